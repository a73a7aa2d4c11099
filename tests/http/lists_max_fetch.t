# storage_max_fetch_size caps every page, even _limit=0 (requests.md,
# "Pagination"); http_scheme/http_host shape the Next-Page URL.
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_STORAGE_MAX_FETCH_SIZE=3
@set KINTO_HTTP_SCHEME=https
@set KINTO_HTTP_HOST=kinto.example.com

# setup: bucket
PUT /v1/buckets/b alice:secret
=> 201

# setup: collection
PUT /v1/buckets/b/collections/c alice:secret
=> 201

# setup: r1
PUT /v1/buckets/b/collections/c/records/r1 alice:secret
{"data": {"last_modified": 1001}}
=> 201

# setup: r2
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
{"data": {"last_modified": 1002}}
=> 201

# setup: r3
PUT /v1/buckets/b/collections/c/records/r3 alice:secret
{"data": {"last_modified": 1003}}
=> 201

# setup: r4
PUT /v1/buckets/b/collections/c/records/r4 alice:secret
{"data": {"last_modified": 1004}}
=> 201

# setup: r5
PUT /v1/buckets/b/collections/c/records/r5 alice:secret
{"data": {"last_modified": 1005}}
=> 201

# no _limit: storage_max_fetch_size is the page size
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< Next-Page ~ https://kinto.example.com/v1/buckets/b/collections/c/records?_limit=3&_token=
{"data": [{"id": "r5"}, {"id": "r4"}, {"id": "r3"}]}

# _limit=0: capped too
GET /v1/buckets/b/collections/c/records?_limit=0 alice:secret
=> 200
< Next-Page ~ https://kinto.example.com/v1/buckets/b/collections/c/records?_limit=3&_token=
{"data": [{"id": "r5"}, {"id": "r4"}, {"id": "r3"}]}

# _limit=10: capped
GET /v1/buckets/b/collections/c/records?_limit=10 alice:secret
=> 200
< Next-Page ~ _limit=3&_token=
{"data": [{"id": "r5"}, {"id": "r4"}, {"id": "r3"}]}

# _limit=2: kept
GET /v1/buckets/b/collections/c/records?_limit=2 alice:secret
=> 200
< Next-Page ~ _limit=2&_token=
{"data": [{"id": "r5"}, {"id": "r4"}]}

# a token: the rest
GET /v1/buckets/b/collections/c/records?_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDAzfSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r2"}, {"id": "r1"}]}

# HEAD counts every object
HEAD /v1/buckets/b/collections/c/records alice:secret
=> 200
< Total-Objects: 5

