# Pagination with paginate_by = 2 (requests.md, "Pagination")
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_PAGINATE_BY=2

# setup: bucket
PUT /v1/buckets/b alice:secret
=> 201

# setup: collection
PUT /v1/buckets/b/collections/c alice:secret
=> 201

# setup: r1
PUT /v1/buckets/b/collections/c/records/r1 alice:secret
{"data": {"n": 1, "last_modified": 1001}}
=> 201

# setup: r2
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
{"data": {"n": 2, "last_modified": 1002}}
=> 201

# setup: r3
PUT /v1/buckets/b/collections/c/records/r3 alice:secret
{"data": {"n": 3, "last_modified": 1003}}
=> 201

# setup: r4
PUT /v1/buckets/b/collections/c/records/r4 alice:secret
{"data": {"n": 4, "last_modified": 1004}}
=> 201

# setup: r5
PUT /v1/buckets/b/collections/c/records/r5 alice:secret
{"data": {"n": 5, "last_modified": 1005}}
=> 201

# no _limit: the default page size is paginate_by
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/buckets/b/collections/c/records?_limit=2&_token=
{"data": [{"id": "r5"}, {"id": "r4"}]}

# _limit is appended to the other parameters
GET /v1/buckets/b/collections/c/records?_sort=n alice:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/buckets/b/collections/c/records?_sort=n&_limit=2&_token=
{"data": [{"id": "r1"}, {"id": "r2"}]}

# _limit=3 is lowered to paginate_by
GET /v1/buckets/b/collections/c/records?_limit=3 alice:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/buckets/b/collections/c/records?_limit=2&_token=
{"data": [{"id": "r5"}, {"id": "r4"}]}

# _limit=1 is kept
GET /v1/buckets/b/collections/c/records?_limit=1 alice:secret
=> 200
< Next-Page ~ /v1/buckets/b/collections/c/records?_limit=1&_token=
{"data": [{"id": "r5"}]}

# _limit=2
GET /v1/buckets/b/collections/c/records?_limit=2 alice:secret
=> 200
< Next-Page ~ _limit=2&_token=
{"data": [{"id": "r5"}, {"id": "r4"}]}

# _limit=0 returns everything (Kinto quirk kept)
GET /v1/buckets/b/collections/c/records?_limit=0 alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r5"}, {"id": "r4"}, {"id": "r3"}, {"id": "r2"}, {"id": "r1"}]}

# following a token
GET /v1/buckets/b/collections/c/records?_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDA0fSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< Next-Page ~ /v1/buckets/b/collections/c/records?_token=
{"data": [{"id": "r3"}, {"id": "r2"}]}

# last page
GET /v1/buckets/b/collections/c/records?_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDAyfSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r1"}]}

# last page, exactly paginate_by left
GET /v1/buckets/b/collections/c/records?_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDAzfSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r2"}, {"id": "r1"}]}

# a filter leaving two objects: no Next-Page
GET /v1/buckets/b/collections/c/records?min_n=4 alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r5"}, {"id": "r4"}]}

# a filter leaving three objects: Next-Page
GET /v1/buckets/b/collections/c/records?min_n=3 alice:secret
=> 200
< Next-Page ~ min_n=3&_limit=2&_token=
{"data": [{"id": "r5"}, {"id": "r4"}]}

# HEAD counts everything despite paginate_by
HEAD /v1/buckets/b/collections/c/records alice:secret
=> 200
< Total-Objects: 5
< !Next-Page

# DELETE is paginated too
DELETE /v1/buckets/b/collections/c/records?lt_n=4 alice:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/buckets/b/collections/c/records?lt_n=4&_limit=2&_token=
{"data": [{"id": "r3", "deleted": true}, {"id": "r2", "deleted": true}]}

# DELETE of the rest
DELETE /v1/buckets/b/collections/c/records?lt_n=4 alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r1", "deleted": true}]}

# GET after the deletions
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r5"}, {"id": "r4"}]}

# the buckets list is paginated too
PUT /v1/buckets/b2 alice:secret
=> 201

# PUT b3
PUT /v1/buckets/b3 alice:secret
=> 201

# the buckets list: two of three
GET /v1/buckets alice:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/buckets?_limit=2&_token=
{"data": [{"id": "b3"}, {"id": "b2"}]}

