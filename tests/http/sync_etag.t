# ETag and Last-Modified (sync.md, "Lists and their timestamps",
# "Assigning a timestamp on write", "ETag and Last-Modified response
# headers"), and cache headers of authenticated reads.  A far-future
# client timestamp becomes the list timestamp, so every later write gets
# the next integer and all values are known.
@set KINTO_MULTIAUTH_POLICIES=basicauth

# setup: bucket
PUT /v1/buckets/b alice:secret
=> 201

# setup: collection with a far-future timestamp of its own list
PUT /v1/buckets/b/collections/c alice:secret
{"data": {"last_modified": 3000000000000}}
=> 201
< ETag: "3000000000000"

# the collections list timestamp
GET /v1/buckets/b/collections alice:secret
=> 200
< ETag: "3000000000000"

# an empty list that was never written: ETag and Last-Modified of "now"
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag ~ "
< Last-Modified ~  GMT
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma
{"data": []}

# a far-future client timestamp becomes the list timestamp
PUT /v1/buckets/b/collections/c/records/r1 alice:secret
{"data": {"n": 1, "last_modified": 4000000000000}}
=> 201
< ETag: "4000000000000"
< Last-Modified: Tue, 02 Oct 2096 07:06:40 GMT
{"data": {"id": "r1", "last_modified": 4000000000000}}

# the list ETag is the list timestamp
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag: "4000000000000"
< Last-Modified: Tue, 02 Oct 2096 07:06:40 GMT
< Content-Type: application/json

# a later write gets the next integer
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
{"data": {"n": 2}}
=> 201
< ETag: "4000000000001"
{"data": {"id": "r2", "last_modified": 4000000000001}}

# the list ETag moved
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag: "4000000000001"

# filters do not change the list ETag
GET /v1/buckets/b/collections/c/records?n=1 alice:secret
=> 200
< ETag: "4000000000001"
{"data": [{"id": "r1"}]}

# a filter matching nothing: same ETag
GET /v1/buckets/b/collections/c/records?n=99 alice:secret
=> 200
< ETag: "4000000000001"
{"data": []}

# _limit, _sort, _fields do not change the list ETag
GET /v1/buckets/b/collections/c/records?_limit=1&_sort=n&_fields=n alice:secret
=> 200
< ETag: "4000000000001"

# HEAD: same ETag
HEAD /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag: "4000000000001"
< Last-Modified: Tue, 02 Oct 2096 07:06:40 GMT

# an object's ETag is its own last_modified
GET /v1/buckets/b/collections/c/records/r1 alice:secret
=> 200
< ETag: "4000000000000"
< Last-Modified: Tue, 02 Oct 2096 07:06:40 GMT
< Cache-Control: no-cache, no-store

# HEAD on an object: same headers
HEAD /v1/buckets/b/collections/c/records/r1 alice:secret
=> 200
< ETag: "4000000000000"

# POST: the created object's timestamp
POST /v1/buckets/b/collections/c/records alice:secret
{"data": {"id": "r3", "n": 3}}
=> 201
< ETag: "4000000000002"
< Last-Modified: Tue, 02 Oct 2096 07:06:40 GMT
{"data": {"id": "r3", "last_modified": 4000000000002}}

# POST of an existing id: 200 with the existing object's timestamp, nothing written
POST /v1/buckets/b/collections/c/records alice:secret
{"data": {"id": "r1", "n": 100}}
=> 200
< ETag: "4000000000000"
{"data": {"id": "r1", "n": 1, "last_modified": 4000000000000}}

# the list did not move
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag: "4000000000002"

# PATCH bumps
PATCH /v1/buckets/b/collections/c/records/r1 alice:secret
{"data": {"n": 10}}
=> 200
< ETag: "4000000000003"
{"data": {"id": "r1", "n": 10, "last_modified": 4000000000003}}

# PATCH with no change still bumps
PATCH /v1/buckets/b/collections/c/records/r1 alice:secret
{"data": {}}
=> 200
< ETag: "4000000000004"

# PUT replace bumps
PUT /v1/buckets/b/collections/c/records/r1 alice:secret
{"data": {"n": 11}}
=> 200
< ETag: "4000000000005"

# a client timestamp equal to the list timestamp gets the next one
PUT /v1/buckets/b/collections/c/records/r4 alice:secret
{"data": {"last_modified": 4000000000005}}
=> 201
< ETag: "4000000000006"
{"data": {"id": "r4", "last_modified": 4000000000006}}

# a client timestamp in the past is kept, the list does not move
PUT /v1/buckets/b/collections/c/records/r5 alice:secret
{"data": {"last_modified": 1000999}}
=> 201
< ETag: "1000999"
< Last-Modified: Thu, 01 Jan 1970 00:16:40 GMT
{"data": {"id": "r5", "last_modified": 1000999}}

# the list timestamp is unchanged
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag: "4000000000006"

# the object ETag of r5
GET /v1/buckets/b/collections/c/records/r5 alice:secret
=> 200
< ETag: "1000999"
< Last-Modified: Thu, 01 Jan 1970 00:16:40 GMT

# a client timestamp above the list timestamp becomes it
PUT /v1/buckets/b/collections/c/records/r6 alice:secret
{"data": {"last_modified": 4000000000100}}
=> 201
< ETag: "4000000000100"

# next write after that
PUT /v1/buckets/b/collections/c/records/r7 alice:secret
=> 201
< ETag: "4000000000101"

# a PATCH with a greater last_modified keeps it
PATCH /v1/buckets/b/collections/c/records/r7 alice:secret
{"data": {"last_modified": 4000000000200}}
=> 200
< ETag: "4000000000200"

# a PATCH with a smaller last_modified is ignored: fresh timestamp
PATCH /v1/buckets/b/collections/c/records/r7 alice:secret
{"data": {"last_modified": 5}}
=> 200
< ETag: "4000000000201"

# a PUT with a float last_modified on creation: dropped
PUT /v1/buckets/b/collections/c/records/r8 alice:secret
{"data": {"last_modified": 5.5}}
=> 201
< ETag: "4000000000202"

# a DELETE gets a new timestamp: the tombstone's
DELETE /v1/buckets/b/collections/c/records/r8 alice:secret
=> 200
< ETag: "4000000000203"
< Last-Modified: Tue, 02 Oct 2096 07:06:40 GMT
{"data": {"id": "r8", "deleted": true, "last_modified": 4000000000203}}

# the list ETag includes deletions
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag: "4000000000203"

# a DELETE with a greater ?last_modified keeps it
DELETE /v1/buckets/b/collections/c/records/r7?last_modified=4000000000300 alice:secret
=> 200
< ETag: "4000000000300"
{"data": {"id": "r7", "deleted": true, "last_modified": 4000000000300}}

# a DELETE with a smaller ?last_modified: ignored
DELETE /v1/buckets/b/collections/c/records/r6?last_modified=7 alice:secret
=> 200
< ETag: "4000000000301"
{"data": {"id": "r6", "deleted": true, "last_modified": 4000000000301}}

# deleting every object: the list ETag survives (the last tombstone's)
DELETE /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag: "4000000000306"

# the list after deleting all
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag: "4000000000306"
< Last-Modified: Tue, 02 Oct 2096 07:06:40 GMT
{"data": []}

# record writes change neither the collection's timestamp...
GET /v1/buckets/b/collections/c alice:secret
=> 200
< ETag: "3000000000000"
{"data": {"id": "c", "last_modified": 3000000000000}}

# ... nor the collections list timestamp
GET /v1/buckets/b/collections alice:secret
=> 200
< ETag: "3000000000000"

# a collection write does not change its records list timestamp
PATCH /v1/buckets/b/collections/c alice:secret
{"data": {"k": 1}}
=> 200
< ETag: "3000000000001"

# the records list is unchanged
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag: "4000000000306"

# If-None-Match with the list ETag: 304, ETag and Last-Modified, no Content-Type nor cache headers
GET /v1/buckets/b/collections/c/records alice:secret
If-None-Match: "4000000000306"
=> 304
< ETag: "4000000000306"
< Last-Modified: Tue, 02 Oct 2096 07:06:40 GMT
< !Content-Type
< !Cache-Control
< !Expires
< !Pragma

# 304 on HEAD
HEAD /v1/buckets/b/collections/c/records alice:secret
If-None-Match: "4000000000306"
=> 304
< ETag: "4000000000306"
< !Cache-Control

# 304 with a filter (the list ETag whatever the filter)
GET /v1/buckets/b/collections/c/records?n=1 alice:secret
If-None-Match: "4000000000306"
=> 304

# 304 and 412 come before the filters' and _fields' errors (requests.md:
# steps of GET, and of DELETE for 412)
GET /v1/buckets/b/collections/c/records?in_id=12&_fields=a.b.c alice:secret
If-None-Match: "4000000000306"
=> 304

GET /v1/buckets/b/collections/c/records?in_id=12 alice:secret
If-Match: "1"
=> 412

DELETE /v1/buckets/b/collections/c/records?in_id=12 alice:secret
If-Match: "1"
=> 412

GET /v1/buckets/b/collections/c/records?in_id=12 alice:secret
=> 400
{"message": "Invalid value for in_id"}

# a 304 has an empty body (seen through a batch sub-response)
POST /v1/batch alice:secret
{"requests": [{"path": "/buckets/b/collections/c/records", "headers": {"If-None-Match": "\"4000000000306\""}}]}
=> 200
{"responses": [{"status": 304, "body": ""}]}

# If-None-Match with an older value: 200
GET /v1/buckets/b/collections/c/records alice:secret
If-None-Match: "4000000000305"
=> 200
< ETag: "4000000000306"
< Cache-Control: no-cache, no-store
{"data": []}

# leading zeros are allowed
GET /v1/buckets/b/collections/c/records alice:secret
If-None-Match: "04000000000306"
=> 304

# setup: a record to poll on the object
PUT /v1/buckets/b/collections/c/records/o1 alice:secret
=> 201
< ETag: "4000000000307"

# 304 on an object
GET /v1/buckets/b/collections/c/records/o1 alice:secret
If-None-Match: "4000000000307"
=> 304
< ETag: "4000000000307"
< Last-Modified: Tue, 02 Oct 2096 07:06:40 GMT
< !Content-Type
< !Cache-Control

# the object changed: 200
GET /v1/buckets/b/collections/c/records/o1 alice:secret
If-None-Match: "4000000000306"
=> 200
< ETag: "4000000000307"

# the list's If-None-Match now differs: 200
GET /v1/buckets/b/collections/c/records alice:secret
If-None-Match: "4000000000306"
=> 200
< ETag: "4000000000307"

# authenticated reads of buckets: no-cache, no-store
GET /v1/buckets alice:secret
=> 200
< Cache-Control: no-cache, no-store
< !Expires

# authenticated reads of one bucket
GET /v1/buckets/b alice:secret
=> 200
< Cache-Control: no-cache, no-store

# authenticated reads of collections
GET /v1/buckets/b/collections alice:secret
=> 200
< Cache-Control: no-cache, no-store

# writes send no Cache-Control
PUT /v1/buckets/b/collections/c/records/o2 alice:secret
=> 201
< !Cache-Control

# setup: a deleted and re-created collection restarts its lists
DELETE /v1/buckets/b/collections/c alice:secret
=> 200

# setup: re-create c
PUT /v1/buckets/b/collections/c alice:secret
=> 201

# a re-created collection's records list starts again (the past is forgotten)
PUT /v1/buckets/b/collections/c/records/z alice:secret
{"data": {"last_modified": 1000999}}
=> 201
< ETag: "1000999"

