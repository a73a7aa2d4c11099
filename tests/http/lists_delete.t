# Plural DELETE (requests.md, "Plural endpoint: DELETE").  The first
# record has a far-future timestamp, which becomes the list timestamp; every
# later write then gets the next integer, so all timestamps are known.
@set KINTO_MULTIAUTH_POLICIES=basicauth

# setup: bucket
PUT /v1/buckets/b alice:secret
=> 201

# setup: collection
PUT /v1/buckets/b/collections/c alice:secret
{"permissions": {"record:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: r1 with a far-future timestamp
PUT /v1/buckets/b/collections/c/records/r1 alice:secret
{"data": {"n": 1, "last_modified": 4000000000000}}
=> 201
< ETag: "4000000000000"
{"data": {"id": "r1", "last_modified": 4000000000000}}

# setup: r2 gets the next timestamp
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
{"data": {"n": 2}}
=> 201
< ETag: "4000000000001"
{"data": {"id": "r2", "last_modified": 4000000000001}}

# setup: r3 gets the next timestamp
PUT /v1/buckets/b/collections/c/records/r3 alice:secret
{"data": {"n": 3}}
=> 201
< ETag: "4000000000002"
{"data": {"id": "r3", "last_modified": 4000000000002}}

# setup: r4 gets the next timestamp
PUT /v1/buckets/b/collections/c/records/r4 alice:secret
{"data": {"n": 4, "tag": "x"}}
=> 201
< ETag: "4000000000003"
{"data": {"id": "r4", "last_modified": 4000000000003}}

# setup: r5 gets the next timestamp
PUT /v1/buckets/b/collections/c/records/r5 alice:secret
{"data": {"n": 5, "tag": "x"}}
=> 201
< ETag: "4000000000004"
{"data": {"id": "r5", "last_modified": 4000000000004}}

# setup: r6 gets the next timestamp
PUT /v1/buckets/b/collections/c/records/r6 alice:secret
{"data": {"n": 6}}
=> 201
< ETag: "4000000000005"
{"data": {"id": "r6", "last_modified": 4000000000005}}

# the list timestamp
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag: "4000000000005"

# DELETE with a filter: matching objects, newest first, fresh timestamps in that order
DELETE /v1/buckets/b/collections/c/records?tag=x alice:secret
=> 200
< ETag: "4000000000007"
< !Next-Page
{"data": [{"id": "r5", "deleted": true, "last_modified": 4000000000006}, {"id": "r4", "deleted": true, "last_modified": 4000000000007}]}

# the deleted objects are gone
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< ETag: "4000000000007"
{"data": [{"id": "r6"}, {"id": "r3"}, {"id": "r2"}, {"id": "r1"}]}

# the tombstones are listed with _since
GET /v1/buckets/b/collections/c/records?_since=0&deleted=true alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 4000000000007}, {"id": "r5", "deleted": true, "last_modified": 4000000000006}]}

# nothing matches any more: empty list, ETag is the list timestamp
DELETE /v1/buckets/b/collections/c/records?tag=x alice:secret
=> 200
< ETag: "4000000000007"
{"data": []}

# tombstones are never deleted again, even with a last_modified filter
DELETE /v1/buckets/b/collections/c/records?_since=0&deleted=true alice:secret
=> 200
< ETag: "4000000000007"
{"data": []}

# ... nor with min_last_modified
DELETE /v1/buckets/b/collections/c/records?min_last_modified=0&has_n=false alice:secret
=> 200
{"data": []}

# the tombstones kept their timestamps
GET /v1/buckets/b/collections/c/records?_since=0&deleted=true alice:secret
=> 200
{"data": [{"id": "r4", "deleted": true, "last_modified": 4000000000007}, {"id": "r5", "deleted": true, "last_modified": 4000000000006}]}

# DELETE with _sort and _limit: the first in sort order, and a Next-Page whose token
# holds the deleted object's sort values as they were (not the tombstone's), offset 0
DELETE /v1/buckets/b/collections/c/records?_sort=n&_limit=1 alice:secret
=> 200
< ETag: "4000000000008"
< Next-Page ~ http://localhost:8888/v1/buckets/b/collections/c/records?_sort=n&_limit=1&_token=
< Next-Page ~ _token=eyJsYXN0X29iamVjdCI6eyJuIjoxLCJsYXN0X21vZGlmaWVkIjo0MDAwMDAwMDAwMDAwfSwib2Zmc2V0IjowLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4t
{"data": [{"id": "r1", "deleted": true, "last_modified": 4000000000008}]}

# a token this server never gave for a DELETE (e.g. a GET's) is refused
DELETE /v1/buckets/b/collections/c/records?_limit=1&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjo0MDAwMDAwMDAwMDA1fSwib2Zmc2V0IjoyLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "querystring: _token was already used or has expired.",
 "details": [{"location": "querystring", "description": "_token was already used or has expired."}]}

# ... and nothing was deleted
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
{"data": [{"id": "r6"}, {"id": "r3"}, {"id": "r2"}]}

# an invalid token: invalid content
DELETE /v1/buckets/b/collections/c/records?_token=abc alice:secret
=> 400
{"message": "querystring: _token has invalid content"}

# an empty _token is ignored
DELETE /v1/buckets/b/collections/c/records?_token=&n=6 alice:secret
=> 200
{"data": [{"id": "r6", "deleted": true, "last_modified": 4000000000009}]}

# _fields is accepted and ignored
DELETE /v1/buckets/b/collections/c/records?_fields=n&n=3 alice:secret
=> 200
{"data": [{"id": "r3", "deleted": true, "last_modified": 4000000000010}]}

# a bad filter: 400, nothing deleted
DELETE /v1/buckets/b/collections/c/records?_limit=abc alice:secret
=> 400
{"message": "_limit in querystring: \"abc\" is not a number"}

# a bad id filter
DELETE /v1/buckets/b/collections/c/records?id=12 alice:secret
=> 400
{"message": "12 is not a string: {'id': ''}"}

# setup: more records
PUT /v1/buckets/b/collections/c/records/r7 alice:secret
{"data": {"n": 7}}
=> 201
< ETag: "4000000000011"

# setup: r8
PUT /v1/buckets/b/collections/c/records/r8 alice:secret
{"data": {"n": 8}}
=> 201
< ETag: "4000000000012"

# If-Match different from the list timestamp: 412, list ETag
DELETE /v1/buckets/b/collections/c/records alice:secret
If-Match: "4000000000005"
=> 412
< ETag: "4000000000012"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile"}

# If-None-Match: * always 412 on a list
DELETE /v1/buckets/b/collections/c/records alice:secret
If-None-Match: *
=> 412
< ETag: "4000000000012"
{"code": 412, "errno": 114}

# an integer If-None-Match is ignored (no 304 on DELETE)
DELETE /v1/buckets/b/collections/c/records?n=8 alice:secret
If-None-Match: "4000000000012"
=> 200
{"data": [{"id": "r8", "deleted": true, "last_modified": 4000000000013}]}

# If-Match equal to the list timestamp: deleted
DELETE /v1/buckets/b/collections/c/records?n=7 alice:secret
If-Match: "4000000000013"
=> 200
< ETag: "4000000000014"
{"data": [{"id": "r7", "deleted": true, "last_modified": 4000000000014}]}

# If-Match: * always passes on a list
DELETE /v1/buckets/b/collections/c/records?n=2 alice:secret
If-Match: *
=> 200
{"data": [{"id": "r2", "deleted": true, "last_modified": 4000000000015}]}

# a malformed If-Match on a plural DELETE
DELETE /v1/buckets/b/collections/c/records alice:secret
If-Match: 1
=> 400
{"message": "If-Match in header: The value should be integer between double quotes."}

# anonymous: 401
DELETE /v1/buckets/b/collections/c/records
=> 401
{"code": 401, "errno": 104}

# a user with no right at all: 403
DELETE /v1/buckets/b/collections/c/records carol:secret
=> 403
{"code": 403, "errno": 121}

# setup: alice's record for bob to leave alone
PUT /v1/buckets/b/collections/c/records/a1 alice:secret
{"data": {"n": 100}}
=> 201

# bob may create records but owns none: 200 and nothing deleted
DELETE /v1/buckets/b/collections/c/records bob:secret
=> 200
{"data": []}

# alice's record survived
GET /v1/buckets/b/collections/c/records/a1 alice:secret
=> 200

# setup: bob creates his own record
PUT /v1/buckets/b/collections/c/records/b1 bob:secret
{"data": {"n": 200}}
=> 201

# bob's DELETE deletes only what he may write
DELETE /v1/buckets/b/collections/c/records bob:secret
=> 200
{"data": [{"id": "b1", "deleted": true}]}

# alice's record is still there
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
{"data": [{"id": "a1"}]}

# DELETE /buckets by an authenticated user with no bucket: 200 []
DELETE /v1/buckets bob:secret
=> 200
{"data": []}

# alice's bucket survived
GET /v1/buckets/b alice:secret
=> 200

# DELETE /buckets anonymously: 401
DELETE /v1/buckets
=> 401

# DELETE records of a missing collection: 404
DELETE /v1/buckets/b/collections/nope/records alice:secret
=> 404
{"errno": 111, "details": {"id": "nope", "resource_name": "collection"}}

# setup: two collections to delete
PUT /v1/buckets/b/collections/x1 alice:secret
=> 201

# setup: x2
PUT /v1/buckets/b/collections/x2 alice:secret
=> 201

# setup: a record in x1
PUT /v1/buckets/b/collections/x1/records/z alice:secret
=> 201

# DELETE on the collections list with a filter
DELETE /v1/buckets/b/collections?like_id=x* alice:secret
=> 200
{"data": [{"id": "x2", "deleted": true}, {"id": "x1", "deleted": true}]}

# c survived
GET /v1/buckets/b/collections alice:secret
=> 200
{"data": [{"id": "c"}]}

# the cascade removed x1's records (collection gone: 404)
GET /v1/buckets/b/collections/x1/records alice:secret
=> 404

# setup: d collection with default sort deletion over pages
PUT /v1/buckets/b/collections/d alice:secret
=> 201

# setup: d1 far future
PUT /v1/buckets/b/collections/d/records/d1 alice:secret
{"data": {"last_modified": 5000000000000}}
=> 201

# setup: d2
PUT /v1/buckets/b/collections/d/records/d2 alice:secret
=> 201
< ETag: "5000000000001"

# setup: d3
PUT /v1/buckets/b/collections/d/records/d3 alice:secret
=> 201
< ETag: "5000000000002"

# setup: d4
PUT /v1/buckets/b/collections/d/records/d4 alice:secret
=> 201
< ETag: "5000000000003"

# DELETE _limit=2: the two newest, a Next-Page keeping the parameters
DELETE /v1/buckets/b/collections/d/records?has_id=true&_limit=2 alice:secret
=> 200
< ETag: "5000000000005"
< Next-Page ~ http://localhost:8888/v1/buckets/b/collections/d/records?has_id=true&_limit=2&_token=
{"data": [{"id": "d4", "deleted": true, "last_modified": 5000000000004}, {"id": "d3", "deleted": true, "last_modified": 5000000000005}]}

# DELETE _limit=2 again: the rest, no Next-Page
DELETE /v1/buckets/b/collections/d/records?_limit=2 alice:secret
=> 200
< !Next-Page
{"data": [{"id": "d2", "deleted": true, "last_modified": 5000000000006}, {"id": "d1", "deleted": true, "last_modified": 5000000000007}]}

# DELETE _sort=-last_modified is the default order
DELETE /v1/buckets/b/collections/d/records alice:secret
=> 200
< ETag: "5000000000007"
{"data": []}

