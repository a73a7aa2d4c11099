# The default bucket plugin (plugins.md, "Default bucket").  mat's
# personal bucket, with the empty default_bucket_hmac_secret, is
# ddaf8694-fa9e-2949-ed0e-77198a7907fb.
@set KINTO_INCLUDES=kinto.plugins.default_bucket
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_USERID_HMAC_SECRET=

# The capability, and the bucket id in the root view
GET /v1/ mat:secret
=> 200
{"user": {"id": "basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4", "bucket": "ddaf8694-fa9e-2949-ed0e-77198a7907fb"}, "capabilities": {"default_bucket": {"description": "The default bucket is an alias for a personal bucket where collections are created implicitly.", "url": "https://kinto.readthedocs.io/en/latest/api/1.x/buckets.html#personal-bucket-default"}}}

# Anonymous: 401, through every path of the alias
GET /v1/buckets/default
=> 401
{"errno": 104, "message": "Please authenticate yourself to use this endpoint."}

GET /v1/buckets/default/collections/tasks/records
=> 401

# ... but a pre-flight is answered without credentials
OPTIONS /v1/buckets/default/collections/tasks/records
Origin: http://example.com
Access-Control-Request-Method: GET
=> 200

# First use: the bucket and the collection are created, the list is empty
GET /v1/buckets/default/collections/tasks/records mat:secret
=> 200
= {"data": []}
< ETag ~ "

# They are real: under their real id, mat writing them
GET /v1/buckets/ddaf8694-fa9e-2949-ed0e-77198a7907fb mat:secret
=> 200
{"data": {"id": "ddaf8694-fa9e-2949-ed0e-77198a7907fb"}, "permissions": {"write": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}

GET /v1/buckets/ddaf8694-fa9e-2949-ed0e-77198a7907fb/collections mat:secret
=> 200
{"data": [{"id": "tasks"}]}

# Answers are the real URL's: data.id the real id
GET /v1/buckets/default mat:secret
=> 200
{"data": {"id": "ddaf8694-fa9e-2949-ed0e-77198a7907fb"}}

# Another user, another bucket
GET /v1/buckets/default alice:secret
=> 200
{"data": {"id": "fa756c5b-6ec6-bf05-4d88-116abbae26d0"}}

GET /v1/buckets/ddaf8694-fa9e-2949-ed0e-77198a7907fb alice:secret
=> 403

# Records through the alias; Next-Page names the real bucket
POST /v1/buckets/default/collections/tasks/records mat:secret
{"data": {"title": "one"}}
=> 201

POST /v1/buckets/default/collections/tasks/records mat:secret
{"data": {"title": "two"}}
=> 201

GET /v1/buckets/default/collections/tasks/records?_limit=1 mat:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/buckets/ddaf8694-fa9e-2949-ed0e-77198a7907fb/collections/tasks/records?_limit=1&_token=

# Unknown sub-paths: 404 errno 111 (and nothing created by them)
GET /v1/buckets/default/foo mat:secret
=> 404
{"errno": 111}

GET /v1/buckets/default/collections/x/foo mat:secret
=> 404
{"errno": 111}

GET /v1/buckets/ddaf8694-fa9e-2949-ed0e-77198a7907fb/collections/x mat:secret
=> 404

# An invalid collection id in the path
GET /v1/buckets/default/collections/_x/records mat:secret
=> 400
{"message": "path: Invalid collection id"}

# Trailing slashes redirect, still under the alias
GET /v1/buckets/default/collections/ mat:secret
=> 307
< Location: http://localhost:8888/v1/buckets/default/collections

GET /v1/buckets/default/ mat:secret
=> 307
< Location: http://localhost:8888/v1/buckets/default

# PUT of the bucket itself: data.id "default" names the real one
PUT /v1/buckets/default mat:secret
{"data": {"id": "default", "a": 1}}
=> 200
{"data": {"id": "ddaf8694-fa9e-2949-ed0e-77198a7907fb", "a": 1}}

PUT /v1/buckets/default mat:secret
{"data": {"id": "ddaf8694-fa9e-2949-ed0e-77198a7907fb", "a": 2}}
=> 200
{"data": {"a": 2}}

# ... and another id is refused
PUT /v1/buckets/default mat:secret
{"data": {"id": "other"}}
=> 400
{"message": "Object id does not match existing object"}

# A collection posted with an id starting with "default" keeps it
POST /v1/buckets/default/collections mat:secret
{"data": {"id": "default-tasks"}}
=> 201
{"data": {"id": "default-tasks"}}

# PUT of a new collection through the alias: created by the PUT (201)
PUT /v1/buckets/default/collections/fresh mat:secret
{"data": {"x": 1}}
=> 201
{"data": {"id": "fresh", "x": 1}}

# Implicit creation then the request: GET of a new collection is 200
GET /v1/buckets/default/collections/new mat:secret
=> 200
{"data": {"id": "new"}}

# ... PATCH of a missing one too (created, then patched)
PATCH /v1/buckets/default/collections/patched mat:secret
{"data": {"y": 1}}
=> 200
{"data": {"id": "patched", "y": 1}}

# A failed request undoes the implicit creations
PUT /v1/buckets/default/collections/undone/records/r1 mat:secret
If-Match: "1"
{"data": {}}
=> 412

GET /v1/buckets/ddaf8694-fa9e-2949-ed0e-77198a7907fb/collections/undone mat:secret
=> 404

# Deleting the bucket: the next request through the alias re-creates it
DELETE /v1/buckets/default mat:secret
=> 200
{"data": {"deleted": true, "id": "ddaf8694-fa9e-2949-ed0e-77198a7907fb"}}

GET /v1/buckets/default/collections mat:secret
=> 200
= {"data": []}

# In a batch, the sub-response keeps the alias path
POST /v1/batch mat:secret
{"requests": [{"method": "PUT", "path": "/buckets/default/collections/b/records/r1", "body": {"data": {"n": 1}}}, {"path": "/buckets/default/collections/b/records"}]}
=> 200
{"responses": [{"status": 201, "path": "/v1/buckets/default/collections/b/records/r1", "body": {"data": {"id": "r1", "n": 1}}}, {"status": 200, "path": "/v1/buckets/default/collections/b/records", "body": {"data": [{"id": "r1"}]}}]}

# A literal bucket named "default" is out of reach while the plugin is on
PUT /v1/buckets/default alice:secret
=> 200
{"data": {"id": "fa756c5b-6ec6-bf05-4d88-116abbae26d0"}}
