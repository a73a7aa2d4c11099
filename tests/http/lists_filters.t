# Filtering on plural endpoints (requests.md, "Querystring value parsing",
# "Filtering"); every record is created with a client timestamp so that the
# default order (newest first) and last_modified filters are deterministic.
@set KINTO_MULTIAUTH_POLICIES=basicauth

# setup: bucket
PUT /v1/buckets/b alice:secret
=> 201

# setup: collection f (one value of each JSON type in v)
PUT /v1/buckets/b/collections/f alice:secret
=> 201

# setup: collection n (nested values)
PUT /v1/buckets/b/collections/n alice:secret
=> 201

# setup: collection s (strings for like_)
PUT /v1/buckets/b/collections/s alice:secret
=> 201

# setup: collection a (arrays for contains_)
PUT /v1/buckets/b/collections/a alice:secret
=> 201

# setup: r01 v=null
PUT /v1/buckets/b/collections/f/records/r01 alice:secret
{"data": {"v": null, "last_modified": 1001}}
=> 201
{"data": {"id": "r01", "last_modified": 1001}}

# setup: r02 v=""
PUT /v1/buckets/b/collections/f/records/r02 alice:secret
{"data": {"v": "", "last_modified": 1002}}
=> 201
{"data": {"id": "r02", "last_modified": 1002}}

# setup: r03 v="2"
PUT /v1/buckets/b/collections/f/records/r03 alice:secret
{"data": {"v": "2", "last_modified": 1003}}
=> 201
{"data": {"id": "r03", "last_modified": 1003}}

# setup: r04 v="B"
PUT /v1/buckets/b/collections/f/records/r04 alice:secret
{"data": {"v": "B", "last_modified": 1004}}
=> 201
{"data": {"id": "r04", "last_modified": 1004}}

# setup: r05 v="abc"
PUT /v1/buckets/b/collections/f/records/r05 alice:secret
{"data": {"v": "abc", "last_modified": 1005}}
=> 201
{"data": {"id": "r05", "last_modified": 1005}}

# setup: r06 v=1.0
PUT /v1/buckets/b/collections/f/records/r06 alice:secret
{"data": {"v": 1.0, "last_modified": 1006}}
=> 201
{"data": {"id": "r06", "last_modified": 1006}}

# setup: r07 v=2
PUT /v1/buckets/b/collections/f/records/r07 alice:secret
{"data": {"v": 2, "last_modified": 1007}}
=> 201
{"data": {"id": "r07", "last_modified": 1007}}

# setup: r08 v=2.5
PUT /v1/buckets/b/collections/f/records/r08 alice:secret
{"data": {"v": 2.5, "last_modified": 1008}}
=> 201
{"data": {"id": "r08", "last_modified": 1008}}

# setup: r09 v=10
PUT /v1/buckets/b/collections/f/records/r09 alice:secret
{"data": {"v": 10, "last_modified": 1009}}
=> 201
{"data": {"id": "r09", "last_modified": 1009}}

# setup: r10 v=false
PUT /v1/buckets/b/collections/f/records/r10 alice:secret
{"data": {"v": false, "last_modified": 1010}}
=> 201
{"data": {"id": "r10", "last_modified": 1010}}

# setup: r11 v=true
PUT /v1/buckets/b/collections/f/records/r11 alice:secret
{"data": {"v": true, "last_modified": 1011}}
=> 201
{"data": {"id": "r11", "last_modified": 1011}}

# setup: r12 v=[]
PUT /v1/buckets/b/collections/f/records/r12 alice:secret
{"data": {"v": [], "last_modified": 1012}}
=> 201
{"data": {"id": "r12", "last_modified": 1012}}

# setup: r13 v=[1,2]
PUT /v1/buckets/b/collections/f/records/r13 alice:secret
{"data": {"v": [1,2], "last_modified": 1013}}
=> 201
{"data": {"id": "r13", "last_modified": 1013}}

# setup: r14 v={"x":1}
PUT /v1/buckets/b/collections/f/records/r14 alice:secret
{"data": {"v": {"x":1}, "last_modified": 1014}}
=> 201
{"data": {"id": "r14", "last_modified": 1014}}

# setup: r15 v=<missing>
PUT /v1/buckets/b/collections/f/records/r15 alice:secret
{"data": {"last_modified": 1015}}
=> 201
{"data": {"id": "r15", "last_modified": 1015}}

# setup: n1
PUT /v1/buckets/b/collections/n/records/n1 alice:secret
{"data": {"a": {"b": 1}, "last_modified": 2001}}
=> 201

# setup: n2
PUT /v1/buckets/b/collections/n/records/n2 alice:secret
{"data": {"a": {"b": "x"}, "last_modified": 2002}}
=> 201

# setup: n3
PUT /v1/buckets/b/collections/n/records/n3 alice:secret
{"data": {"a": 5, "last_modified": 2003}}
=> 201

# setup: n4
PUT /v1/buckets/b/collections/n/records/n4 alice:secret
{"data": {"a": {"c": 1}, "last_modified": 2004}}
=> 201

# setup: n5
PUT /v1/buckets/b/collections/n/records/n5 alice:secret
{"data": {"a": {"b": [1, 2, 3]}, "last_modified": 2005}}
=> 201

# setup: n6
PUT /v1/buckets/b/collections/n/records/n6 alice:secret
{"data": {"last_modified": 2006}}
=> 201

# setup: n7
PUT /v1/buckets/b/collections/n/records/n7 alice:secret
{"data": {"a": {"b": {"c": true}}, "last_modified": 2007}}
=> 201

# setup: s1
PUT /v1/buckets/b/collections/s/records/s1 alice:secret
{"data": {"t": "Hello World", "last_modified": 3001}}
=> 201

# setup: s2
PUT /v1/buckets/b/collections/s/records/s2 alice:secret
{"data": {"t": "hello_world", "last_modified": 3002}}
=> 201

# setup: s3
PUT /v1/buckets/b/collections/s/records/s3 alice:secret
{"data": {"t": "Mozilla Firefox", "last_modified": 3003}}
=> 201

# setup: s4
PUT /v1/buckets/b/collections/s/records/s4 alice:secret
{"data": {"t": "moz", "last_modified": 3004}}
=> 201

# setup: s5
PUT /v1/buckets/b/collections/s/records/s5 alice:secret
{"data": {"t": "50% off", "last_modified": 3005}}
=> 201

# setup: s6
PUT /v1/buckets/b/collections/s/records/s6 alice:secret
{"data": {"t": 12, "last_modified": 3006}}
=> 201

# setup: s7
PUT /v1/buckets/b/collections/s/records/s7 alice:secret
{"data": {"t": null, "last_modified": 3007}}
=> 201

# setup: s8
PUT /v1/buckets/b/collections/s/records/s8 alice:secret
{"data": {"last_modified": 3008}}
=> 201

# setup: s9
PUT /v1/buckets/b/collections/s/records/s9 alice:secret
{"data": {"t": "MOZ.org", "last_modified": 3009}}
=> 201

# setup: s10
PUT /v1/buckets/b/collections/s/records/s10 alice:secret
{"data": {"t": ["moz"], "last_modified": 3010}}
=> 201

# setup: s11
PUT /v1/buckets/b/collections/s/records/s11 alice:secret
{"data": {"t": "Ünïcode Straße", "last_modified": 3011}}
=> 201

# setup: a1
PUT /v1/buckets/b/collections/a/records/a1 alice:secret
{"data": {"tags": ["red", "blue"], "in_stock": true, "stock": 1, "last_modified": 4001}}
=> 201

# setup: a2
PUT /v1/buckets/b/collections/a/records/a2 alice:secret
{"data": {"tags": ["red"], "stock": 2, "last_modified": 4002}}
=> 201

# setup: a3
PUT /v1/buckets/b/collections/a/records/a3 alice:secret
{"data": {"tags": ["green", 1], "last_modified": 4003}}
=> 201

# setup: a4
PUT /v1/buckets/b/collections/a/records/a4 alice:secret
{"data": {"tags": "red", "last_modified": 4004}}
=> 201

# setup: a5
PUT /v1/buckets/b/collections/a/records/a5 alice:secret
{"data": {"last_modified": 4005}}
=> 201

# setup: a6
PUT /v1/buckets/b/collections/a/records/a6 alice:secret
{"data": {"tags": [["red"], {"k": 1}], "last_modified": 4006}}
=> 201

# no filter: every record, newest first
GET /v1/buckets/b/collections/f/records alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# v=2: number 2 only
GET /v1/buckets/b/collections/f/records?v=2 alice:secret
=> 200
{"data": [{"id": "r07"}]}

# eq_v=2 is the same
GET /v1/buckets/b/collections/f/records?eq_v=2 alice:secret
=> 200
{"data": [{"id": "r07"}]}

# numbers compare by value: v=1 matches 1.0
GET /v1/buckets/b/collections/f/records?v=1 alice:secret
=> 200
{"data": [{"id": "r06"}]}

# v=2.0 matches 2
GET /v1/buckets/b/collections/f/records?v=2.0 alice:secret
=> 200
{"data": [{"id": "r07"}]}

# v="2" (quoted) is the string
GET /v1/buckets/b/collections/f/records?v="2" alice:secret
=> 200
{"data": [{"id": "r03"}]}

# v=null
GET /v1/buckets/b/collections/f/records?v=null alice:secret
=> 200
{"data": [{"id": "r01"}]}

# v=true
GET /v1/buckets/b/collections/f/records?v=true alice:secret
=> 200
{"data": [{"id": "r11"}]}

# v=false
GET /v1/buckets/b/collections/f/records?v=false alice:secret
=> 200
{"data": [{"id": "r10"}]}

# v=[] only equals []
GET /v1/buckets/b/collections/f/records?v=[] alice:secret
=> 200
{"data": [{"id": "r12"}]}

# v=[1,2]
GET /v1/buckets/b/collections/f/records?v=[1,2] alice:secret
=> 200
{"data": [{"id": "r13"}]}

# v=[1] matches nothing
GET /v1/buckets/b/collections/f/records?v=[1] alice:secret
=> 200
{"data": []}

# v={"x":1} (JSON object)
GET /v1/buckets/b/collections/f/records?v={"x":1} alice:secret
=> 200
{"data": [{"id": "r14"}]}

# v={} only equals {}
GET /v1/buckets/b/collections/f/records?v={} alice:secret
=> 200
{"data": []}

# v=abc: not JSON, kept as a string
GET /v1/buckets/b/collections/f/records?v=abc alice:secret
=> 200
{"data": [{"id": "r05"}]}

# v=B
GET /v1/buckets/b/collections/f/records?v=B alice:secret
=> 200
{"data": [{"id": "r04"}]}

# v="" the empty string
GET /v1/buckets/b/collections/f/records?v="" alice:secret
=> 200
{"data": [{"id": "r02"}]}

# v=%22abc%22 percent-encoded quotes
GET /v1/buckets/b/collections/f/records?v=%22abc%22 alice:secret
=> 200
{"data": [{"id": "r05"}]}

# v=3 matches nothing
GET /v1/buckets/b/collections/f/records?v=3 alice:secret
=> 200
{"data": []}

# not_v=2: everything else, missing included
GET /v1/buckets/b/collections/f/records?not_v=2 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# not_v=null: everything but null
GET /v1/buckets/b/collections/f/records?not_v=null alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}]}

# not_v="2": everything but the string
GET /v1/buckets/b/collections/f/records?not_v="2" alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r02"}, {"id": "r01"}]}

# not_v=1 excludes 1.0
GET /v1/buckets/b/collections/f/records?not_v=1 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# lt_v=2: null, strings, smaller numbers
GET /v1/buckets/b/collections/f/records?lt_v=2 alice:secret
=> 200
{"data": [{"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# gt_v=2: bigger numbers, booleans, arrays, objects, missing
GET /v1/buckets/b/collections/f/records?gt_v=2 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}]}

# min_v=2
GET /v1/buckets/b/collections/f/records?min_v=2 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}]}

# max_v=2
GET /v1/buckets/b/collections/f/records?max_v=2 alice:secret
=> 200
{"data": [{"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# lt_v=null matches nothing
GET /v1/buckets/b/collections/f/records?lt_v=null alice:secret
=> 200
{"data": []}

# max_v=null: only null
GET /v1/buckets/b/collections/f/records?max_v=null alice:secret
=> 200
{"data": [{"id": "r01"}]}

# gt_v=null: everything but null
GET /v1/buckets/b/collections/f/records?gt_v=null alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}]}

# min_v=null: everything
GET /v1/buckets/b/collections/f/records?min_v=null alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# lt_v=B: strings by code point
GET /v1/buckets/b/collections/f/records?lt_v=B alice:secret
=> 200
{"data": [{"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# gt_v=B
GET /v1/buckets/b/collections/f/records?gt_v=B alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}]}

# lt_v=zzz: null and every string
GET /v1/buckets/b/collections/f/records?lt_v=zzz alice:secret
=> 200
{"data": [{"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# lt_v="10": string compare ("2" > "10")
GET /v1/buckets/b/collections/f/records?lt_v="10" alice:secret
=> 200
{"data": [{"id": "r02"}, {"id": "r01"}]}

# gt_v=10
GET /v1/buckets/b/collections/f/records?gt_v=10 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}]}

# lt_v=2.5
GET /v1/buckets/b/collections/f/records?lt_v=2.5 alice:secret
=> 200
{"data": [{"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# lt_v=true: up to false
GET /v1/buckets/b/collections/f/records?lt_v=true alice:secret
=> 200
{"data": [{"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# gt_v=false
GET /v1/buckets/b/collections/f/records?gt_v=false alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}]}

# gt_v=true: arrays, objects, missing
GET /v1/buckets/b/collections/f/records?gt_v=true alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}]}

# lt_v=[]: up to booleans
GET /v1/buckets/b/collections/f/records?lt_v=[] alice:secret
=> 200
{"data": [{"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# gt_v=[]: non-empty array, object, missing
GET /v1/buckets/b/collections/f/records?gt_v=[] alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}]}

# lt_v={"x":1}: all but objects and missing
GET /v1/buckets/b/collections/f/records?lt_v={"x":1} alice:secret
=> 200
{"data": [{"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# gt_v={"x":1}: only the missing one
GET /v1/buckets/b/collections/f/records?gt_v={"x":1} alice:secret
=> 200
{"data": [{"id": "r15"}]}

# max_v={"x":1}: everything present
GET /v1/buckets/b/collections/f/records?max_v={"x":1} alice:secret
=> 200
{"data": [{"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# lt_v=-100 (negative number)
GET /v1/buckets/b/collections/f/records?lt_v=-100 alice:secret
=> 200
{"data": [{"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# in_v=2,"2",true
GET /v1/buckets/b/collections/f/records?in_v=2,"2",true alice:secret
=> 200
{"data": [{"id": "r11"}, {"id": "r07"}, {"id": "r03"}]}

# in_v=1 keeps types apart (not true)
GET /v1/buckets/b/collections/f/records?in_v=1 alice:secret
=> 200
{"data": [{"id": "r06"}]}

# in_v=true keeps types apart (not 1.0)
GET /v1/buckets/b/collections/f/records?in_v=true alice:secret
=> 200
{"data": [{"id": "r11"}]}

# in_v=false keeps types apart (not 0)
GET /v1/buckets/b/collections/f/records?in_v=false,0 alice:secret
=> 200
{"data": [{"id": "r10"}]}

# in_v=null,abc
GET /v1/buckets/b/collections/f/records?in_v=null,abc alice:secret
=> 200
{"data": [{"id": "r05"}, {"id": "r01"}]}

# in_v=[2,3] is the two strings "[2" and "3]"
GET /v1/buckets/b/collections/f/records?in_v=[2,3] alice:secret
=> 200
{"data": []}

# in_v=10 single item
GET /v1/buckets/b/collections/f/records?in_v=10 alice:secret
=> 200
{"data": [{"id": "r09"}]}

# exclude_v=2,null: the rest, missing included
GET /v1/buckets/b/collections/f/records?exclude_v=2,null alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}]}

# exclude_v=true keeps 1.0
GET /v1/buckets/b/collections/f/records?exclude_v=true alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# exclude_v="2",2.5
GET /v1/buckets/b/collections/f/records?exclude_v="2",2.5 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r02"}, {"id": "r01"}]}

# has_v=true: present, null included
GET /v1/buckets/b/collections/f/records?has_v=true alice:secret
=> 200
{"data": [{"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# has_v=false: absent
GET /v1/buckets/b/collections/f/records?has_v=false alice:secret
=> 200
{"data": [{"id": "r15"}]}

# has_v=0 means absent
GET /v1/buckets/b/collections/f/records?has_v=0 alice:secret
=> 200
{"data": [{"id": "r15"}]}

# has_v=1 means present
GET /v1/buckets/b/collections/f/records?has_v=1 alice:secret
=> 200
{"data": [{"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# has_v="false" is a non-empty string: present
GET /v1/buckets/b/collections/f/records?has_v="false" alice:secret
=> 200
{"data": [{"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# has_v="" is falsy: absent
GET /v1/buckets/b/collections/f/records?has_v="" alice:secret
=> 200
{"data": [{"id": "r15"}]}

# has_v=null is falsy: absent
GET /v1/buckets/b/collections/f/records?has_v=null alice:secret
=> 200
{"data": [{"id": "r15"}]}

# has_nothing=true: nobody
GET /v1/buckets/b/collections/f/records?has_nothing=true alice:secret
=> 200
{"data": []}

# has_ is ANDed with filters before it
GET /v1/buckets/b/collections/f/records?v=2&has_v=true alice:secret
=> 200
{"data": [{"id": "r07"}]}

# has_ is ANDed with filters after it
GET /v1/buckets/b/collections/f/records?has_v=true&lt_v="" alice:secret
=> 200
{"data": [{"id": "r01"}]}

# v= (empty): the empty string
GET /v1/buckets/b/collections/f/records?v= alice:secret
=> 200
{"data": [{"id": "r02"}]}

# in_v= (empty): the empty string
GET /v1/buckets/b/collections/f/records?in_v= alice:secret
=> 200
{"data": [{"id": "r02"}]}

# exclude_v= (empty)
GET /v1/buckets/b/collections/f/records?exclude_v= alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r01"}]}

# in_v=,2: an empty item and 2
GET /v1/buckets/b/collections/f/records?in_v=,2 alice:secret
=> 200
{"data": [{"id": "r07"}, {"id": "r02"}]}

# filters are ANDed
GET /v1/buckets/b/collections/f/records?gt_v=1&lt_v=10 alice:secret
=> 200
{"data": [{"id": "r08"}, {"id": "r07"}]}

# AND of incompatible filters: nothing
GET /v1/buckets/b/collections/f/records?v=2&v_other=1 alice:secret
=> 200
{"data": []}

# min_ and max_ bracket
GET /v1/buckets/b/collections/f/records?min_v=1&max_v=2.5 alice:secret
=> 200
{"data": [{"id": "r08"}, {"id": "r07"}, {"id": "r06"}]}

# names starting with _ are ignored
GET /v1/buckets/b/collections/f/records?_v=2&_foo=bar alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# name spaces are stripped: %20v%20=2 filters on v
GET /v1/buckets/b/collections/f/records?%20v%20=2 alice:secret
=> 200
{"data": [{"id": "r07"}]}

# a repeated filter name matches nothing (v=2&v=10)
GET /v1/buckets/b/collections/f/records?v=2&v=10 alice:secret
=> 200
{"data": []}

# even repeated with the same value (v=2&v=2)
GET /v1/buckets/b/collections/f/records?v=2&v=2 alice:secret
=> 200
{"data": []}

# percent-encoded operator name
GET /v1/buckets/b/collections/f/records?%6Eot_v=2 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# '+' in a value is a space
GET /v1/buckets/b/collections/f/records?v=a+b alice:secret
=> 200
{"data": []}

# unknown field: accepted, matches nothing
GET /v1/buckets/b/collections/f/records?nope=1 alice:secret
=> 200
{"data": []}

# unknown field with not_: matches everything
GET /v1/buckets/b/collections/f/records?not_nope=1 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# id=r07
GET /v1/buckets/b/collections/f/records?id=r07 alice:secret
=> 200
{"data": [{"id": "r07"}]}

# id="r07" quoted
GET /v1/buckets/b/collections/f/records?id="r07" alice:secret
=> 200
{"data": [{"id": "r07"}]}

# id=12 (a JSON number) is a 400
GET /v1/buckets/b/collections/f/records?id=12 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "12 is not a string: {'id': ''}", "details": [{"location": "querystring", "name": "id", "description": "12 is not a string: {'id': ''}"}]}

# id="12" quoted is fine
GET /v1/buckets/b/collections/f/records?id="12" alice:secret
=> 200
{"data": []}

# in_id=r01,r02
GET /v1/buckets/b/collections/f/records?in_id=r01,r02 alice:secret
=> 200
{"data": [{"id": "r02"}, {"id": "r01"}]}

# in_id="12","13" quoted numeric-looking ids
GET /v1/buckets/b/collections/f/records?in_id="12","13" alice:secret
=> 200
{"data": []}

# in_id=1,2 (numbers) is a 400
GET /v1/buckets/b/collections/f/records?in_id=1,2 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for in_id", "details": [{"location": "querystring", "name": "in_id", "description": "Invalid value for in_id"}]}

# in_id=r01,2 (one number) is a 400
GET /v1/buckets/b/collections/f/records?in_id=r01,2 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for in_id", "details": [{"location": "querystring", "name": "in_id", "description": "Invalid value for in_id"}]}

# exclude_id=1 is a 400
GET /v1/buckets/b/collections/f/records?exclude_id=1 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for exclude_id", "details": [{"location": "querystring", "name": "exclude_id", "description": "Invalid value for exclude_id"}]}

# exclude_id=r01,r15
GET /v1/buckets/b/collections/f/records?exclude_id=r01,r15 alice:secret
=> 200
{"data": [{"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}]}

# not_id=r01
GET /v1/buckets/b/collections/f/records?not_id=r01 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}]}

# gt_id=r13: string order
GET /v1/buckets/b/collections/f/records?gt_id=r13 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}]}

# like_id=r0*
GET /v1/buckets/b/collections/f/records?like_id=r0* alice:secret
=> 200
{"data": [{"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# like_id="1": contains
GET /v1/buckets/b/collections/f/records?like_id="1" alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r01"}]}

# like_id=1 (a number): like_ needs a string
GET /v1/buckets/b/collections/f/records?like_id=1 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for like_id", "details": [{"location": "querystring", "name": "like_id", "description": "Invalid value for like_id"}]}

# not_id=1: only the plain id filter must be a string
GET /v1/buckets/b/collections/f/records?not_id=1 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# eq_id=12: only the plain id filter must be a string
GET /v1/buckets/b/collections/f/records?eq_id=12 alice:secret
=> 200
{"data": []}

# contains_id is a 400
GET /v1/buckets/b/collections/f/records?contains_id=r01 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "contains_id in querystring: Field 'id' is not an array", "details": [{"location": "querystring", "name": "contains_id", "description": "Field 'id' is not an array"}]}

# contains_any_id is a 400
GET /v1/buckets/b/collections/f/records?contains_any_id=r01 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "contains_any_id in querystring: Field 'id' is not an array", "details": [{"location": "querystring", "name": "contains_any_id", "description": "Field 'id' is not an array"}]}

# last_modified=1005
GET /v1/buckets/b/collections/f/records?last_modified=1005 alice:secret
=> 200
{"data": [{"id": "r05"}]}

# last_modified="1005" quoted
GET /v1/buckets/b/collections/f/records?last_modified="1005" alice:secret
=> 200
{"data": [{"id": "r05"}]}

# last_modified=1005.7: floats are truncated
GET /v1/buckets/b/collections/f/records?last_modified=1005.7 alice:secret
=> 200
{"data": [{"id": "r05"}]}

# gt_last_modified=1013
GET /v1/buckets/b/collections/f/records?gt_last_modified=1013 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}]}

# gt_last_modified="1013" compares numerically
GET /v1/buckets/b/collections/f/records?gt_last_modified="1013" alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}]}

# lt_last_modified="1003" compares numerically
GET /v1/buckets/b/collections/f/records?lt_last_modified="1003" alice:secret
=> 200
{"data": [{"id": "r02"}, {"id": "r01"}]}

# min_last_modified=1014
GET /v1/buckets/b/collections/f/records?min_last_modified=1014 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}]}

# max_last_modified=1002
GET /v1/buckets/b/collections/f/records?max_last_modified=1002 alice:secret
=> 200
{"data": [{"id": "r02"}, {"id": "r01"}]}

# not_last_modified=1001
GET /v1/buckets/b/collections/f/records?not_last_modified=1001 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}]}

# lt_last_modified=0: nothing
GET /v1/buckets/b/collections/f/records?lt_last_modified=0 alice:secret
=> 200
{"data": []}

# min_last_modified=0: everything
GET /v1/buckets/b/collections/f/records?min_last_modified=0 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# last_modified=abc
GET /v1/buckets/b/collections/f/records?last_modified=abc alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "last_modified in querystring: \"abc\" is not a number", "details": [{"location": "querystring", "name": "last_modified", "description": "\"abc\" is not a number"}]}

# last_modified="abc": JSON-decoded first
GET /v1/buckets/b/collections/f/records?last_modified="abc" alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "last_modified in querystring: \"abc\" is not a number", "details": [{"location": "querystring", "name": "last_modified", "description": "\"abc\" is not a number"}]}

# min_last_modified=abc
GET /v1/buckets/b/collections/f/records?min_last_modified=abc alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for min_last_modified", "details": [{"location": "querystring", "name": "min_last_modified", "description": "Invalid value for min_last_modified"}]}

# gt_last_modified=-1 (negative)
GET /v1/buckets/b/collections/f/records?gt_last_modified=-1 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for gt_last_modified", "details": [{"location": "querystring", "name": "gt_last_modified", "description": "Invalid value for gt_last_modified"}]}

# lt_last_modified far in the future
GET /v1/buckets/b/collections/f/records?lt_last_modified=99999999999999 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for lt_last_modified", "details": [{"location": "querystring", "name": "lt_last_modified", "description": "Invalid value for lt_last_modified"}]}

# has_last_modified=1 is an accepted last_modified filter
GET /v1/buckets/b/collections/f/records?has_last_modified=1 alice:secret
=> 200
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# in_last_modified is always a 400
GET /v1/buckets/b/collections/f/records?in_last_modified=1001 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for in_last_modified", "details": [{"location": "querystring", "name": "in_last_modified", "description": "Invalid value for in_last_modified"}]}

# in_last_modified, several integers
GET /v1/buckets/b/collections/f/records?in_last_modified=1001,1002 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for in_last_modified", "details": [{"location": "querystring", "name": "in_last_modified", "description": "Invalid value for in_last_modified"}]}

# exclude_last_modified is always a 400
GET /v1/buckets/b/collections/f/records?exclude_last_modified=1001 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for exclude_last_modified", "details": [{"location": "querystring", "name": "exclude_last_modified", "description": "Invalid value for exclude_last_modified"}]}

# contains_last_modified
GET /v1/buckets/b/collections/f/records?contains_last_modified=1001 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for contains_last_modified", "details": [{"location": "querystring", "name": "contains_last_modified", "description": "Invalid value for contains_last_modified"}]}

# like_ with a number is a 400
GET /v1/buckets/b/collections/s/records?like_x=12 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for like_x", "details": [{"location": "querystring", "name": "like_x", "description": "Invalid value for like_x"}]}

# like_ with true is a 400
GET /v1/buckets/b/collections/s/records?like_t=true alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for like_t", "details": [{"location": "querystring", "name": "like_t", "description": "Invalid value for like_t"}]}

# like_ with null is a 400
GET /v1/buckets/b/collections/s/records?like_t=null alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for like_t", "details": [{"location": "querystring", "name": "like_t", "description": "Invalid value for like_t"}]}

# like_ with an array is a 400
GET /v1/buckets/b/collections/s/records?like_t=["a"] alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for like_t", "details": [{"location": "querystring", "name": "like_t", "description": "Invalid value for like_t"}]}

# like_t="12" is a string: matches strings only
GET /v1/buckets/b/collections/s/records?like_t="12" alice:secret
=> 200
{"data": []}

# like_t=moz: case-insensitive contains
GET /v1/buckets/b/collections/s/records?like_t=moz alice:secret
=> 200
{"data": [{"id": "s9"}, {"id": "s4"}, {"id": "s3"}]}

# like_t=moz*: starts with
GET /v1/buckets/b/collections/s/records?like_t=moz* alice:secret
=> 200
{"data": [{"id": "s9"}, {"id": "s4"}, {"id": "s3"}]}

# like_t=*FOX: ends with
GET /v1/buckets/b/collections/s/records?like_t=*FOX alice:secret
=> 200
{"data": [{"id": "s3"}]}

# like_t=*o*d: several wildcards
GET /v1/buckets/b/collections/s/records?like_t=*o*d alice:secret
=> 200
{"data": [{"id": "s2"}, {"id": "s1"}]}

# like_t=hello*world: wildcard in the middle
GET /v1/buckets/b/collections/s/records?like_t=hello*world alice:secret
=> 200
{"data": [{"id": "s2"}, {"id": "s1"}]}

# like_t=hello_world: _ is not a wildcard
GET /v1/buckets/b/collections/s/records?like_t=hello_world alice:secret
=> 200
{"data": [{"id": "s2"}]}

# like_t=.*: . is not regex syntax
GET /v1/buckets/b/collections/s/records?like_t=.* alice:secret
=> 200
{"data": []}

# like_t=%25: % is not a wildcard
GET /v1/buckets/b/collections/s/records?like_t=%25 alice:secret
=> 200
{"data": [{"id": "s5"}]}

# like_t=o(: regex metacharacters are literal
GET /v1/buckets/b/collections/s/records?like_t=o( alice:secret
=> 200
{"data": []}

# like_t=z.o: literal dot
GET /v1/buckets/b/collections/s/records?like_t=z.o alice:secret
=> 200
{"data": [{"id": "s9"}]}

# like_t=*: every string
GET /v1/buckets/b/collections/s/records?like_t=* alice:secret
=> 200
{"data": [{"id": "s11"}, {"id": "s9"}, {"id": "s5"}, {"id": "s4"}, {"id": "s3"}, {"id": "s2"}, {"id": "s1"}]}

# like_t=%C3%BC: non-ASCII
GET /v1/buckets/b/collections/s/records?like_t=%C3%BCn alice:secret
=> 200
{"data": [{"id": "s11"}]}

# like_t="moz" quoted
GET /v1/buckets/b/collections/s/records?like_t="moz" alice:secret
=> 200
{"data": [{"id": "s9"}, {"id": "s4"}, {"id": "s3"}]}

# like_t=mozilla+firefox: + is a space
GET /v1/buckets/b/collections/s/records?like_t=mozilla+firefox alice:secret
=> 200
{"data": [{"id": "s3"}]}

# like_t=WORLD
GET /v1/buckets/b/collections/s/records?like_t=WORLD alice:secret
=> 200
{"data": [{"id": "s2"}, {"id": "s1"}]}

# like_nothing=x: missing fields never match
GET /v1/buckets/b/collections/s/records?like_nothing=x alice:secret
=> 200
{"data": []}

# NUL in a value: Invalid character 0x00
GET /v1/buckets/b/collections/f/records?v=%00 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid character 0x00", "details": [{"location": "querystring", "name": "v", "description": "Invalid character 0x00"}]}

# NUL in a quoted value with an operator name: prefixed
GET /v1/buckets/b/collections/f/records?in_v="a%00" alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "in_v in querystring: Invalid character 0x00", "details": [{"location": "querystring", "name": "in_v", "description": "Invalid character 0x00"}]}

# NUL inside a like_ value
GET /v1/buckets/b/collections/s/records?like_t=a%00b alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "like_t in querystring: Invalid character 0x00", "details": [{"location": "querystring", "name": "like_t", "description": "Invalid character 0x00"}]}

# NUL in a filter name: 400
GET /v1/buckets/b/collections/f/records?v%00=1 alice:secret
=> 400
{"errno": 107}

# a.b=1: nested equality
GET /v1/buckets/b/collections/n/records?a.b=1 alice:secret
=> 200
{"data": [{"id": "n1"}]}

# a.b=x
GET /v1/buckets/b/collections/n/records?a.b=x alice:secret
=> 200
{"data": [{"id": "n2"}]}

# a.b={"c":true}
GET /v1/buckets/b/collections/n/records?a.b={"c":true} alice:secret
=> 200
{"data": [{"id": "n7"}]}

# a.b.c=true: two levels
GET /v1/buckets/b/collections/n/records?a.b.c=true alice:secret
=> 200
{"data": [{"id": "n7"}]}

# a.c=1
GET /v1/buckets/b/collections/n/records?a.c=1 alice:secret
=> 200
{"data": [{"id": "n4"}]}

# a=5: whole value
GET /v1/buckets/b/collections/n/records?a=5 alice:secret
=> 200
{"data": [{"id": "n3"}]}

# a={"b":1}: whole object
GET /v1/buckets/b/collections/n/records?a={"b":1} alice:secret
=> 200
{"data": [{"id": "n1"}]}

# in_a.b=1,x
GET /v1/buckets/b/collections/n/records?in_a.b=1,x alice:secret
=> 200
{"data": [{"id": "n2"}, {"id": "n1"}]}

# lt_a.b=2: string and number
GET /v1/buckets/b/collections/n/records?lt_a.b=2 alice:secret
=> 200
{"data": [{"id": "n2"}, {"id": "n1"}]}

# like_a.b=X
GET /v1/buckets/b/collections/n/records?like_a.b=X alice:secret
=> 200
{"data": [{"id": "n2"}]}

# has_a.b=true
GET /v1/buckets/b/collections/n/records?has_a.b=true alice:secret
=> 200
{"data": [{"id": "n7"}, {"id": "n5"}, {"id": "n2"}, {"id": "n1"}]}

# has_a.b=false: missing or parent not an object
GET /v1/buckets/b/collections/n/records?has_a.b=false alice:secret
=> 200
{"data": [{"id": "n6"}, {"id": "n4"}, {"id": "n3"}]}

# contains_a.b=2
GET /v1/buckets/b/collections/n/records?contains_a.b=2 alice:secret
=> 200
{"data": [{"id": "n5"}]}

# contains_a.b=[3,1]
GET /v1/buckets/b/collections/n/records?contains_a.b=[3,1] alice:secret
=> 200
{"data": [{"id": "n5"}]}

# a.b.c on a non-object a.b: no match
GET /v1/buckets/b/collections/n/records?a.b.c=1 alice:secret
=> 200
{"data": []}

# a.b on a number a: no match
GET /v1/buckets/b/collections/n/records?a.b=5 alice:secret
=> 200
{"data": []}

# contains_tags=red
GET /v1/buckets/b/collections/a/records?contains_tags=red alice:secret
=> 200
{"data": [{"id": "a2"}, {"id": "a1"}]}

# contains_tags=["red","blue"]: all of them
GET /v1/buckets/b/collections/a/records?contains_tags=["red","blue"] alice:secret
=> 200
{"data": [{"id": "a1"}]}

# contains_tags=["blue","red"]: order does not matter
GET /v1/buckets/b/collections/a/records?contains_tags=["blue","red"] alice:secret
=> 200
{"data": [{"id": "a1"}]}

# contains_tags=1: number element
GET /v1/buckets/b/collections/a/records?contains_tags=1 alice:secret
=> 200
{"data": [{"id": "a3"}]}

# contains_tags="1": types kept apart
GET /v1/buckets/b/collections/a/records?contains_tags="1" alice:secret
=> 200
{"data": []}

# contains_any_tags=["blue","green"]
GET /v1/buckets/b/collections/a/records?contains_any_tags=["blue","green"] alice:secret
=> 200
{"data": [{"id": "a3"}, {"id": "a1"}]}

# contains_any_tags=red
GET /v1/buckets/b/collections/a/records?contains_any_tags=red alice:secret
=> 200
{"data": [{"id": "a2"}, {"id": "a1"}]}

# contains_any_tags=["x","y"]: none
GET /v1/buckets/b/collections/a/records?contains_any_tags=["x","y"] alice:secret
=> 200
{"data": []}

# contains_tags on a string field never matches
GET /v1/buckets/b/collections/a/records?contains_tags=red&id=a4 alice:secret
=> 200
{"data": []}

# contains_tags=[["red"]]: nested array element
GET /v1/buckets/b/collections/a/records?contains_tags=[["red"]] alice:secret
=> 200
{"data": [{"id": "a6"}]}

# contains_tags=[{"k":1}]: object element
GET /v1/buckets/b/collections/a/records?contains_tags=[{"k":1}] alice:secret
=> 200
{"data": [{"id": "a6"}]}

# contains_stock=1: not an array, no match
GET /v1/buckets/b/collections/a/records?contains_stock=1 alice:secret
=> 200
{"data": []}

# in_stock=1 parses as in_ on stock
GET /v1/buckets/b/collections/a/records?in_stock=1 alice:secret
=> 200
{"data": [{"id": "a1"}]}

# eq_in_stock=true filters on in_stock
GET /v1/buckets/b/collections/a/records?eq_in_stock=true alice:secret
=> 200
{"data": [{"id": "a1"}]}

# not_tags="red": string value differs from arrays
GET /v1/buckets/b/collections/a/records?not_tags="red" alice:secret
=> 200
{"data": [{"id": "a6"}, {"id": "a5"}, {"id": "a3"}, {"id": "a2"}, {"id": "a1"}]}

# a percent-encoded non-UTF-8 querystring: 400 Bad Request
GET /v1/buckets/b/collections/f/records?v=%FF alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Bad Request"}

# a non-UTF-8 filter name: 400 Bad Request
GET /v1/buckets/b/collections/f/records?%FF=1 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Bad Request"}

# the missing collection (404) comes before querystring validation
GET /v1/buckets/b/collections/nope/records?id=12&_limit=abc alice:secret
=> 404
{"errno": 111, "details": {"id": "nope", "resource_name": "collection"}}

# authorization (401) comes before querystring validation
GET /v1/buckets/b/collections/f/records?id=12
=> 401

# authorization (403) comes before querystring validation
GET /v1/buckets/b/collections/f/records?id=12 bob:secret
=> 403

# type errors of the querystring (step 9) are listed together, sorted by name; filter-value errors (in_id) come later, at endpoint logic
GET /v1/buckets/b/collections/f/records?_limit=abc&id=12&in_id=1 alice:secret
=> 400
{"message": "_limit in querystring: \"abc\" is not a number", "details": [{"name": "_limit"}, {"name": "id"}]}

# filters work on the buckets list
GET /v1/buckets?id=b alice:secret
=> 200
{"data": [{"id": "b"}]}

# filters work on the buckets list (no match)
GET /v1/buckets?id=zz alice:secret
=> 200
{"data": []}

# filters work on the collections list
GET /v1/buckets/b/collections?in_id=f,s alice:secret
=> 200
{"data": [{"id": "s"}, {"id": "f"}]}

# filters are checked before the list is read: 400 on a collection list too
GET /v1/buckets/b/collections?id=12 alice:secret
=> 400
{"message": "12 is not a string: {'id': ''}"}

# HEAD counts only the matching objects
HEAD /v1/buckets/b/collections/f/records?gt_v=2 alice:secret
=> 200
< Total-Objects: 8
< Total-Records: 8

