# Sorting with _sort (requests.md, "Sorting: _sort"); timestamps are
# client-given so that ties broken by -last_modified are deterministic.
@set KINTO_MULTIAUTH_POLICIES=basicauth

# setup: bucket
PUT /v1/buckets/b alice:secret
=> 201

# setup: collection v (mixed types)
PUT /v1/buckets/b/collections/v alice:secret
=> 201

# setup: collection t (ties)
PUT /v1/buckets/b/collections/t alice:secret
=> 201

# setup: m04
PUT /v1/buckets/b/collections/v/records/m04 alice:secret
{"data": {"v": "B", "last_modified": 5000}}
=> 201

# setup: m13
PUT /v1/buckets/b/collections/v/records/m13 alice:secret
{"data": {"v": [1,2], "last_modified": 5001}}
=> 201

# setup: m15
PUT /v1/buckets/b/collections/v/records/m15 alice:secret
{"data": {"last_modified": 5002}}
=> 201

# setup: m08
PUT /v1/buckets/b/collections/v/records/m08 alice:secret
{"data": {"v": 2.5, "last_modified": 5003}}
=> 201

# setup: m12
PUT /v1/buckets/b/collections/v/records/m12 alice:secret
{"data": {"v": [], "last_modified": 5004}}
=> 201

# setup: m05
PUT /v1/buckets/b/collections/v/records/m05 alice:secret
{"data": {"v": "abc", "last_modified": 5005}}
=> 201

# setup: m14
PUT /v1/buckets/b/collections/v/records/m14 alice:secret
{"data": {"v": {"x":1}, "last_modified": 5006}}
=> 201

# setup: m10
PUT /v1/buckets/b/collections/v/records/m10 alice:secret
{"data": {"v": false, "last_modified": 5007}}
=> 201

# setup: m09
PUT /v1/buckets/b/collections/v/records/m09 alice:secret
{"data": {"v": 10, "last_modified": 5008}}
=> 201

# setup: m02
PUT /v1/buckets/b/collections/v/records/m02 alice:secret
{"data": {"v": "", "last_modified": 5009}}
=> 201

# setup: m01
PUT /v1/buckets/b/collections/v/records/m01 alice:secret
{"data": {"v": null, "last_modified": 5010}}
=> 201

# setup: m11
PUT /v1/buckets/b/collections/v/records/m11 alice:secret
{"data": {"v": true, "last_modified": 5011}}
=> 201

# setup: m07
PUT /v1/buckets/b/collections/v/records/m07 alice:secret
{"data": {"v": 2, "last_modified": 5012}}
=> 201

# setup: m03
PUT /v1/buckets/b/collections/v/records/m03 alice:secret
{"data": {"v": "2", "last_modified": 5013}}
=> 201

# setup: m06
PUT /v1/buckets/b/collections/v/records/m06 alice:secret
{"data": {"v": 1.0, "last_modified": 5014}}
=> 201

# _sort=v: null, strings, numbers, booleans, arrays, objects, missing
GET /v1/buckets/b/collections/v/records?_sort=v alice:secret
=> 200
{"data": [{"id": "m01"}, {"id": "m02"}, {"id": "m03"}, {"id": "m04"}, {"id": "m05"}, {"id": "m06"}, {"id": "m07"}, {"id": "m08"}, {"id": "m09"}, {"id": "m10"}, {"id": "m11"}, {"id": "m12"}, {"id": "m13"}, {"id": "m14"}, {"id": "m15"}]}

# _sort=+v: explicit ascending
GET /v1/buckets/b/collections/v/records?_sort=%2Bv alice:secret
=> 200
{"data": [{"id": "m01"}, {"id": "m02"}, {"id": "m03"}, {"id": "m04"}, {"id": "m05"}, {"id": "m06"}, {"id": "m07"}, {"id": "m08"}, {"id": "m09"}, {"id": "m10"}, {"id": "m11"}, {"id": "m12"}, {"id": "m13"}, {"id": "m14"}, {"id": "m15"}]}

# _sort=-v: the exact reverse
GET /v1/buckets/b/collections/v/records?_sort=-v alice:secret
=> 200
{"data": [{"id": "m15"}, {"id": "m14"}, {"id": "m13"}, {"id": "m12"}, {"id": "m11"}, {"id": "m10"}, {"id": "m09"}, {"id": "m08"}, {"id": "m07"}, {"id": "m06"}, {"id": "m05"}, {"id": "m04"}, {"id": "m03"}, {"id": "m02"}, {"id": "m01"}]}

# no _sort: newest first
GET /v1/buckets/b/collections/v/records? alice:secret
=> 200
{"data": [{"id": "m06"}, {"id": "m03"}, {"id": "m07"}, {"id": "m11"}, {"id": "m01"}, {"id": "m02"}, {"id": "m09"}, {"id": "m10"}, {"id": "m14"}, {"id": "m05"}, {"id": "m12"}, {"id": "m08"}, {"id": "m15"}, {"id": "m13"}, {"id": "m04"}]}

# _sort= (empty): default order
GET /v1/buckets/b/collections/v/records?_sort= alice:secret
=> 200
{"data": [{"id": "m06"}, {"id": "m03"}, {"id": "m07"}, {"id": "m11"}, {"id": "m01"}, {"id": "m02"}, {"id": "m09"}, {"id": "m10"}, {"id": "m14"}, {"id": "m05"}, {"id": "m12"}, {"id": "m08"}, {"id": "m15"}, {"id": "m13"}, {"id": "m04"}]}

# _sort=last_modified: oldest first
GET /v1/buckets/b/collections/v/records?_sort=last_modified alice:secret
=> 200
{"data": [{"id": "m04"}, {"id": "m13"}, {"id": "m15"}, {"id": "m08"}, {"id": "m12"}, {"id": "m05"}, {"id": "m14"}, {"id": "m10"}, {"id": "m09"}, {"id": "m02"}, {"id": "m01"}, {"id": "m11"}, {"id": "m07"}, {"id": "m03"}, {"id": "m06"}]}

# _sort=-last_modified: newest first
GET /v1/buckets/b/collections/v/records?_sort=-last_modified alice:secret
=> 200
{"data": [{"id": "m06"}, {"id": "m03"}, {"id": "m07"}, {"id": "m11"}, {"id": "m01"}, {"id": "m02"}, {"id": "m09"}, {"id": "m10"}, {"id": "m14"}, {"id": "m05"}, {"id": "m12"}, {"id": "m08"}, {"id": "m15"}, {"id": "m13"}, {"id": "m04"}]}

# _sort=x!,v: invalid items are ignored
GET /v1/buckets/b/collections/v/records?_sort=x!,v alice:secret
=> 200
{"data": [{"id": "m01"}, {"id": "m02"}, {"id": "m03"}, {"id": "m04"}, {"id": "m05"}, {"id": "m06"}, {"id": "m07"}, {"id": "m08"}, {"id": "m09"}, {"id": "m10"}, {"id": "m11"}, {"id": "m12"}, {"id": "m13"}, {"id": "m14"}, {"id": "m15"}]}

# _sort=%20v%20: items are trimmed
GET /v1/buckets/b/collections/v/records?_sort=%20v%20 alice:secret
=> 200
{"data": [{"id": "m01"}, {"id": "m02"}, {"id": "m03"}, {"id": "m04"}, {"id": "m05"}, {"id": "m06"}, {"id": "m07"}, {"id": "m08"}, {"id": "m09"}, {"id": "m10"}, {"id": "m11"}, {"id": "m12"}, {"id": "m13"}, {"id": "m14"}, {"id": "m15"}]}

# _sort=--v: invalid item ignored, default order
GET /v1/buckets/b/collections/v/records?_sort=--v alice:secret
=> 200
{"data": [{"id": "m06"}, {"id": "m03"}, {"id": "m07"}, {"id": "m11"}, {"id": "m01"}, {"id": "m02"}, {"id": "m09"}, {"id": "m10"}, {"id": "m14"}, {"id": "m05"}, {"id": "m12"}, {"id": "m08"}, {"id": "m15"}, {"id": "m13"}, {"id": "m04"}]}

# _sort=,v,: empty items ignored
GET /v1/buckets/b/collections/v/records?_sort=,v, alice:secret
=> 200
{"data": [{"id": "m01"}, {"id": "m02"}, {"id": "m03"}, {"id": "m04"}, {"id": "m05"}, {"id": "m06"}, {"id": "m07"}, {"id": "m08"}, {"id": "m09"}, {"id": "m10"}, {"id": "m11"}, {"id": "m12"}, {"id": "m13"}, {"id": "m14"}, {"id": "m15"}]}

# _sort=id
GET /v1/buckets/b/collections/v/records?_sort=id alice:secret
=> 200
{"data": [{"id": "m01"}, {"id": "m02"}, {"id": "m03"}, {"id": "m04"}, {"id": "m05"}, {"id": "m06"}, {"id": "m07"}, {"id": "m08"}, {"id": "m09"}, {"id": "m10"}, {"id": "m11"}, {"id": "m12"}, {"id": "m13"}, {"id": "m14"}, {"id": "m15"}]}

# _sort=-id
GET /v1/buckets/b/collections/v/records?_sort=-id alice:secret
=> 200
{"data": [{"id": "m15"}, {"id": "m14"}, {"id": "m13"}, {"id": "m12"}, {"id": "m11"}, {"id": "m10"}, {"id": "m09"}, {"id": "m08"}, {"id": "m07"}, {"id": "m06"}, {"id": "m05"}, {"id": "m04"}, {"id": "m03"}, {"id": "m02"}, {"id": "m01"}]}

# _sort on an unknown field: all missing, ties by -last_modified
GET /v1/buckets/b/collections/v/records?_sort=nope alice:secret
=> 200
{"data": [{"id": "m06"}, {"id": "m03"}, {"id": "m07"}, {"id": "m11"}, {"id": "m01"}, {"id": "m02"}, {"id": "m09"}, {"id": "m10"}, {"id": "m14"}, {"id": "m05"}, {"id": "m12"}, {"id": "m08"}, {"id": "m15"}, {"id": "m13"}, {"id": "m04"}]}

# _sort with a filter
GET /v1/buckets/b/collections/v/records?_sort=-v&has_v=true alice:secret
=> 200
{"data": [{"id": "m14"}, {"id": "m13"}, {"id": "m12"}, {"id": "m11"}, {"id": "m10"}, {"id": "m09"}, {"id": "m08"}, {"id": "m07"}, {"id": "m06"}, {"id": "m05"}, {"id": "m04"}, {"id": "m03"}, {"id": "m02"}, {"id": "m01"}]}

# _sort=v with a range filter
GET /v1/buckets/b/collections/v/records?_sort=v&gt_v=2&lt_v=true alice:secret
=> 200
{"data": [{"id": "m08"}, {"id": "m09"}, {"id": "m10"}]}

# setup: t1
PUT /v1/buckets/b/collections/t/records/t1 alice:secret
{"data": {"g": 1, "h": "b", "n": {"k": 3}, "last_modified": 6001}}
=> 201

# setup: t2
PUT /v1/buckets/b/collections/t/records/t2 alice:secret
{"data": {"g": 1, "h": "a", "n": {"k": 1}, "last_modified": 6002}}
=> 201

# setup: t3
PUT /v1/buckets/b/collections/t/records/t3 alice:secret
{"data": {"g": 2, "h": "z", "n": {"k": 2}, "last_modified": 6003}}
=> 201

# setup: t4
PUT /v1/buckets/b/collections/t/records/t4 alice:secret
{"data": {"g": 1, "h": "a", "last_modified": 6004}}
=> 201

# setup: t5
PUT /v1/buckets/b/collections/t/records/t5 alice:secret
{"data": {"g": 2, "h": "a", "n": {"k": 1}, "last_modified": 6005}}
=> 201

# _sort=g: ties broken by -last_modified
GET /v1/buckets/b/collections/t/records?_sort=g alice:secret
=> 200
{"data": [{"id": "t4"}, {"id": "t2"}, {"id": "t1"}, {"id": "t5"}, {"id": "t3"}]}

# _sort=g,last_modified: explicit tie-breaker
GET /v1/buckets/b/collections/t/records?_sort=g,last_modified alice:secret
=> 200
{"data": [{"id": "t1"}, {"id": "t2"}, {"id": "t4"}, {"id": "t3"}, {"id": "t5"}]}

# _sort=-g: ties still newest first
GET /v1/buckets/b/collections/t/records?_sort=-g alice:secret
=> 200
{"data": [{"id": "t5"}, {"id": "t3"}, {"id": "t4"}, {"id": "t2"}, {"id": "t1"}]}

# _sort=g,-h: two fields
GET /v1/buckets/b/collections/t/records?_sort=g,-h alice:secret
=> 200
{"data": [{"id": "t1"}, {"id": "t4"}, {"id": "t2"}, {"id": "t3"}, {"id": "t5"}]}

# _sort=g,h: two fields ascending
GET /v1/buckets/b/collections/t/records?_sort=g,h alice:secret
=> 200
{"data": [{"id": "t4"}, {"id": "t2"}, {"id": "t1"}, {"id": "t5"}, {"id": "t3"}]}

# _sort=-g,h
GET /v1/buckets/b/collections/t/records?_sort=-g,h alice:secret
=> 200
{"data": [{"id": "t5"}, {"id": "t3"}, {"id": "t4"}, {"id": "t2"}, {"id": "t1"}]}

# _sort=h,g
GET /v1/buckets/b/collections/t/records?_sort=h,g alice:secret
=> 200
{"data": [{"id": "t4"}, {"id": "t2"}, {"id": "t5"}, {"id": "t1"}, {"id": "t3"}]}

# _sort=n.k: dotted field, missing last
GET /v1/buckets/b/collections/t/records?_sort=n.k alice:secret
=> 200
{"data": [{"id": "t5"}, {"id": "t2"}, {"id": "t3"}, {"id": "t1"}, {"id": "t4"}]}

# _sort=-n.k: missing first
GET /v1/buckets/b/collections/t/records?_sort=-n.k alice:secret
=> 200
{"data": [{"id": "t4"}, {"id": "t1"}, {"id": "t3"}, {"id": "t5"}, {"id": "t2"}]}

# _sort=-last_modified,g: last_modified first wins
GET /v1/buckets/b/collections/t/records?_sort=-last_modified,g alice:secret
=> 200
{"data": [{"id": "t5"}, {"id": "t4"}, {"id": "t3"}, {"id": "t2"}, {"id": "t1"}]}

# _sort=last_modified,g
GET /v1/buckets/b/collections/t/records?_sort=last_modified,g alice:secret
=> 200
{"data": [{"id": "t1"}, {"id": "t2"}, {"id": "t3"}, {"id": "t4"}, {"id": "t5"}]}

# _sort=g,-last_modified,h: no extra tie-breaker needed
GET /v1/buckets/b/collections/t/records?_sort=g,-last_modified,h alice:secret
=> 200
{"data": [{"id": "t4"}, {"id": "t2"}, {"id": "t1"}, {"id": "t5"}, {"id": "t3"}]}

# HEAD with _sort: the count only
HEAD /v1/buckets/b/collections/t/records?_sort=g alice:secret
=> 200
< Total-Objects: 5

# setup: collection big
PUT /v1/buckets/b/collections/big alice:secret
=> 201

# setup: big1
PUT /v1/buckets/b/collections/big/records/big1 alice:secret
{"data": {"v": 12345678901234567891, "o": {"x": 2}, "last_modified": 7001}}
=> 201

# setup: big2
PUT /v1/buckets/b/collections/big/records/big2 alice:secret
{"data": {"v": 12345678901234567890, "o": {"x": 1}, "last_modified": 7002}}
=> 201

# setup: big3 (2^53 + 1)
PUT /v1/buckets/b/collections/big/records/big3 alice:secret
{"data": {"v": 9007199254740993, "o": {}, "last_modified": 7003}}
=> 201

# setup: big4 (2^53)
PUT /v1/buckets/b/collections/big/records/big4 alice:secret
{"data": {"v": 9007199254740992.0, "o": {"a": [1]}, "last_modified": 7004}}
=> 201

# integers beyond doubles sort by exact value
GET /v1/buckets/b/collections/big/records?_sort=v alice:secret
=> 200
{"data": [{"id": "big4"}, {"id": "big3"}, {"id": "big2"}, {"id": "big1"}]}

# and filter by exact value
GET /v1/buckets/b/collections/big/records?v=12345678901234567890 alice:secret
=> 200
{"data": [{"id": "big2"}]}

# 2^53 + 1 is not 2^53
GET /v1/buckets/b/collections/big/records?v=9007199254740993 alice:secret
=> 200
{"data": [{"id": "big3"}]}

# several objects in a sort field: a deterministic order, no error
GET /v1/buckets/b/collections/big/records?_sort=o alice:secret
=> 200

# descending too
GET /v1/buckets/b/collections/big/records?_sort=-o,v alice:secret
=> 200

# _sort on the collections list
GET /v1/buckets/b/collections?_sort=id alice:secret
=> 200
{"data": [{"id": "big"}, {"id": "t"}, {"id": "v"}]}

# _sort=-id on the collections list
GET /v1/buckets/b/collections?_sort=-id alice:secret
=> 200
{"data": [{"id": "v"}, {"id": "t"}, {"id": "big"}]}

