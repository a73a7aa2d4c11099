# Tombstones and polling with _since, _before, _to (sync.md, "Tombstones
# and polling for changes"; requests.md, "Filtering").  Client timestamps
# in the past keep every value known.
@set KINTO_MULTIAUTH_POLICIES=basicauth

# setup: bucket
PUT /v1/buckets/b alice:secret
=> 201

# setup: collection
PUT /v1/buckets/b/collections/c alice:secret
=> 201

# setup: r1
PUT /v1/buckets/b/collections/c/records/r1 alice:secret
{"data": {"x": 1, "last_modified": 1001}}
=> 201
{"data": {"id": "r1", "x": 1, "last_modified": 1001}}

# setup: r2
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
{"data": {"x": 2, "last_modified": 1002}}
=> 201
{"data": {"id": "r2", "x": 2, "last_modified": 1002}}

# setup: r3
PUT /v1/buckets/b/collections/c/records/r3 alice:secret
{"data": {"x": 3, "last_modified": 1003}}
=> 201
{"data": {"id": "r3", "x": 3, "last_modified": 1003}}

# setup: r4
PUT /v1/buckets/b/collections/c/records/r4 alice:secret
{"data": {"x": 4, "last_modified": 1004}}
=> 201
{"data": {"id": "r4", "x": 4, "last_modified": 1004}}

# setup: r5
PUT /v1/buckets/b/collections/c/records/r5 alice:secret
{"data": {"x": 5, "last_modified": 1005}}
=> 201
{"data": {"id": "r5", "x": 5, "last_modified": 1005}}

# setup: delete r2 with a forced tombstone timestamp
DELETE /v1/buckets/b/collections/c/records/r2?last_modified=1010 alice:secret
=> 200
< ETag: "1010"
{"data": {"id": "r2", "deleted": true, "last_modified": 1010}}

# setup: delete r4 likewise
DELETE /v1/buckets/b/collections/c/records/r4?last_modified=1011 alice:secret
=> 200
{"data": {"id": "r4", "deleted": true, "last_modified": 1011}}

# no last_modified filter: no tombstones
GET /v1/buckets/b/collections/c/records? alice:secret
=> 200
{"data": [{"id": "r5"}, {"id": "r3"}, {"id": "r1"}]}

# other filters alone: no tombstones
GET /v1/buckets/b/collections/c/records?has_x=false alice:secret
=> 200
{"data": []}

# _since=1003: later objects and tombstones, newest first
GET /v1/buckets/b/collections/c/records?_since=1003 alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}]}

# _since is exclusive
GET /v1/buckets/b/collections/c/records?_since=1010 alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}]}

# _since at the latest change: nothing
GET /v1/buckets/b/collections/c/records?_since=1011 alice:secret
=> 200
{"data": []}

# _since="1003" (an ETag pasted as is)
GET /v1/buckets/b/collections/c/records?_since="1003" alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}]}

# _since=1003.9 is truncated
GET /v1/buckets/b/collections/c/records?_since=1003.9 alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}]}

# _since=0: everything with tombstones
GET /v1/buckets/b/collections/c/records?_since=0 alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}, {"id": "r3"}, {"id": "r1"}]}

# _since=null is the same as omitting it
GET /v1/buckets/b/collections/c/records?_since=null alice:secret
=> 200
{"data": [{"id": "r5"}, {"id": "r3"}, {"id": "r1"}]}

# _since=abc
GET /v1/buckets/b/collections/c/records?_since=abc alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "_since in querystring: \"abc\" is not a number", "details": [{"location": "querystring", "name": "_since", "description": "\"abc\" is not a number"}]}

# _since=-1
GET /v1/buckets/b/collections/c/records?_since=-1 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "_since in querystring: -1 is less than minimum value 0", "details": [{"location": "querystring", "name": "_since", "description": "-1 is less than minimum value 0"}]}

# _since= (empty)
GET /v1/buckets/b/collections/c/records?_since= alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for _since", "details": [{"location": "querystring", "name": "_since", "description": "Invalid value for _since"}]}

# _since too far in the future
GET /v1/buckets/b/collections/c/records?_since=99999999999999 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for _since", "details": [{"location": "querystring", "name": "_since", "description": "Invalid value for _since"}]}

# _since="abc": the value is JSON-decoded first
GET /v1/buckets/b/collections/c/records?_since="abc" alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "_since in querystring: \"abc\" is not a number", "details": [{"location": "querystring", "name": "_since", "description": "\"abc\" is not a number"}]}

# _since="-1": JSON-decoded first
GET /v1/buckets/b/collections/c/records?_since="-1" alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "_since in querystring: -1 is less than minimum value 0", "details": [{"location": "querystring", "name": "_since", "description": "-1 is less than minimum value 0"}]}

# _before=1005: earlier objects
GET /v1/buckets/b/collections/c/records?_before=1005 alice:secret
=> 200
{"data": [{"id": "r3"}, {"id": "r1"}]}

# _before is exclusive and includes tombstones
GET /v1/buckets/b/collections/c/records?_before=1011 alice:secret
=> 200
{"data": [{"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}, {"id": "r3"}, {"id": "r1"}]}

# _before="1011" quoted
GET /v1/buckets/b/collections/c/records?_before="1011" alice:secret
=> 200
{"data": [{"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}, {"id": "r3"}, {"id": "r1"}]}

# _before=abc
GET /v1/buckets/b/collections/c/records?_before=abc alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "_before in querystring: \"abc\" is not a number", "details": [{"location": "querystring", "name": "_before", "description": "\"abc\" is not a number"}]}

# _before= (empty)
GET /v1/buckets/b/collections/c/records?_before= alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid value for _before", "details": [{"location": "querystring", "name": "_before", "description": "Invalid value for _before"}]}

# _since and _before together
GET /v1/buckets/b/collections/c/records?_since=1001&_before=1011 alice:secret
=> 200
{"data": [{"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}, {"id": "r3"}]}

# _to is _before, with the deprecation Alert
GET /v1/buckets/b/collections/c/records?_to=1011 alice:secret
=> 200
< Alert: {"code":"soft-eol","message":"_to is now deprecated, you should use _before instead","url":"https://kinto.readthedocs.io/en/2.4.0/api/resource.html#list-of-available-url-parameters"}
{"data": [{"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}, {"id": "r3"}, {"id": "r1"}]}

# _to and _before both apply
GET /v1/buckets/b/collections/c/records?_to=1011&_before=1005 alice:secret
=> 200
< Alert: {"code":"soft-eol","message":"_to is now deprecated, you should use _before instead","url":"https://kinto.readthedocs.io/en/2.4.0/api/resource.html#list-of-available-url-parameters"}
{"data": [{"id": "r3"}, {"id": "r1"}]}

# _before sends no Alert
GET /v1/buckets/b/collections/c/records?_before=1011 alice:secret
=> 200
< !Alert
{"data": [{"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}, {"id": "r3"}, {"id": "r1"}]}

# _since sends no Alert
GET /v1/buckets/b/collections/c/records?_since=0 alice:secret
=> 200
< !Alert
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}, {"id": "r3"}, {"id": "r1"}]}

# _to=abc
GET /v1/buckets/b/collections/c/records?_to=abc alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "_to in querystring: \"abc\" is not a number", "details": [{"location": "querystring", "name": "_to", "description": "\"abc\" is not a number"}]}

# gt_last_modified includes tombstones
GET /v1/buckets/b/collections/c/records?gt_last_modified=1003 alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}]}

# min_last_modified includes tombstones
GET /v1/buckets/b/collections/c/records?min_last_modified=1010 alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}]}

# not_last_modified includes tombstones
GET /v1/buckets/b/collections/c/records?not_last_modified=1001 alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}, {"id": "r3"}]}

# last_modified=1010 finds the tombstone
GET /v1/buckets/b/collections/c/records?last_modified=1010 alice:secret
=> 200
{"data": [{"id": "r2", "deleted": true, "last_modified": 1010}]}

# lt_last_modified includes tombstones
GET /v1/buckets/b/collections/c/records?lt_last_modified=1011 alice:secret
=> 200
{"data": [{"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}, {"id": "r3"}, {"id": "r1"}]}

# tombstones match not_x
GET /v1/buckets/b/collections/c/records?_since=1003&not_x=5 alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}]}

# tombstones do not match x=
GET /v1/buckets/b/collections/c/records?_since=1003&x=5 alice:secret
=> 200
{"data": [{"id": "r5"}]}

# tombstones match has_x=false
GET /v1/buckets/b/collections/c/records?_since=0&has_x=false alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}]}

# tombstones match deleted=true
GET /v1/buckets/b/collections/c/records?_since=0&deleted=true alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}]}

# objects do not match deleted=true
GET /v1/buckets/b/collections/c/records?_since=0&has_deleted=false alice:secret
=> 200
{"data": [{"id": "r5"}, {"id": "r3"}, {"id": "r1"}]}

# tombstones match an id filter
GET /v1/buckets/b/collections/c/records?_since=0&id=r2 alice:secret
=> 200
{"data": [{"id": "r2", "deleted": true, "last_modified": 1010}]}

# tombstones match exclude_x
GET /v1/buckets/b/collections/c/records?_since=0&exclude_x=5 alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r3"}, {"id": "r1"}]}

# tombstones do not match in_x
GET /v1/buckets/b/collections/c/records?_since=0&in_x=1,5 alice:secret
=> 200
{"data": [{"id": "r5"}, {"id": "r1"}]}

# tombstones do not match lt_x (missing is largest)
GET /v1/buckets/b/collections/c/records?_since=0&lt_x=100 alice:secret
=> 200
{"data": [{"id": "r5"}, {"id": "r3"}, {"id": "r1"}]}

# tombstones match gt_x (missing is largest)
GET /v1/buckets/b/collections/c/records?_since=0&gt_x=3 alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}, {"id": "r5"}]}

# tombstones sort as lacking x
GET /v1/buckets/b/collections/c/records?_since=0&_sort=x alice:secret
=> 200
{"data": [{"id": "r1"}, {"id": "r3"}, {"id": "r5"}, {"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}]}

# pagination over tombstones
GET /v1/buckets/b/collections/c/records?_since=0&_limit=2 alice:secret
=> 200
< Next-Page ~ _since=0&_limit=2&_token=
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}, {"id": "r2", "deleted": true, "last_modified": 1010}]}

# HEAD never counts tombstones
HEAD /v1/buckets/b/collections/c/records?_since=0 alice:secret
=> 200
< Total-Objects: 3

# an object GET on a tombstone: 404
GET /v1/buckets/b/collections/c/records/r2 alice:secret
=> 404
{"code": 404, "errno": 110, "error": "Not Found", "details": {"id": "r2", "resource_name": "record"}}

# PATCH on a tombstone: 404
PATCH /v1/buckets/b/collections/c/records/r2 alice:secret
{"data": {"x": 9}}
=> 404
{"errno": 110}

# DELETE on a tombstone: 404
DELETE /v1/buckets/b/collections/c/records/r2 alice:secret
=> 404
{"errno": 110}

# PUT on a tombstoned id creates a new object
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
{"data": {"x": 22, "last_modified": 1020}}
=> 201
{"data": {"id": "r2", "x": 22, "last_modified": 1020}}

# ... and removes the tombstone
GET /v1/buckets/b/collections/c/records?_since=0&deleted=true alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 1011}]}

# the revived object is polled as an object
GET /v1/buckets/b/collections/c/records?_since=1011 alice:secret
=> 200
{"data": [{"id": "r2", "x": 22, "last_modified": 1020}]}

# setup: a collection with a record, deleted (cascade)
PUT /v1/buckets/b/collections/gone alice:secret
=> 201

# setup: gone/z
PUT /v1/buckets/b/collections/gone/records/z alice:secret
=> 201

# setup: delete gone/z then gone/y tombstone
DELETE /v1/buckets/b/collections/gone/records/z alice:secret
=> 200

# setup: delete the collection
DELETE /v1/buckets/b/collections/gone alice:secret
=> 200
{"data": {"id": "gone", "deleted": true}}

# the collection's tombstone is in the collections list
GET /v1/buckets/b/collections?_since=0&deleted=true alice:secret
=> 200
{"data": [{"id": "gone", "deleted": true}]}

# setup: re-create it
PUT /v1/buckets/b/collections/gone alice:secret
=> 201

# its records' tombstones disappeared with it
GET /v1/buckets/b/collections/gone/records?_since=0 alice:secret
=> 200
{"data": []}

# _fields on tombstones keeps id and last_modified
GET /v1/buckets/b/collections/c/records?_since=1010&_fields=x alice:secret
=> 200
{"data": [{"id": "r2", "x": 22, "last_modified": 1020}, {"id": "r4", "last_modified": 1011}]}

# a bad _since with a bad _limit: both listed, sorted by name
GET /v1/buckets/b/collections/c/records?_since=abc&_limit=abc alice:secret
=> 400
{"details": [{"name": "_limit"}, {"name": "_since"}]}

