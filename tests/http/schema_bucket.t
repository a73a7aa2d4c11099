# Bucket-level schemas (objects.md, "Collections"; kinto's
# validate_from_bucket_schema_or_400): collection:schema, group:schema,
# record:schema, with validation on.
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_EXPERIMENTAL_COLLECTION_SCHEMA_VALIDATION=true

PUT /v1/buckets/b alice:secret
{"data": {"collection:schema": {"type": "object", "required": ["title"], "properties": {"title": {"type": "string"}}}, "group:schema": {"type": "object", "properties": {"members": {"maxItems": 2}}}, "record:schema": {"type": "object", "properties": {"n": {"type": "number"}}}}}
=> 201

# Collections: their attributes (not id, not last_modified)
PUT /v1/buckets/b/collections/c alice:secret
{"data": {}}
=> 400
{"message": "'title' is a required property", "details": [{"name": "title"}]}

PUT /v1/buckets/b/collections/c alice:secret
{"data": {"title": 12}}
=> 400
{"message": "title in body: 12 is not of type 'string'"}

POST /v1/buckets/b/collections alice:secret
{"data": {"id": "c0"}}
=> 400

PUT /v1/buckets/b/collections/c alice:secret
{"data": {"title": "C", "last_modified": 1600000000000}}
=> 201

PATCH /v1/buckets/b/collections/c alice:secret
Content-Type: application/merge-patch+json
{"data": {"title": null}}
=> 400
{"message": "'title' is a required property"}

# Groups
PUT /v1/buckets/b/groups/g alice:secret
{"data": {"members": ["a", "b", "c"]}}
=> 400
{"message": "members in body: ['a', 'b', 'c'] is too long"}

PUT /v1/buckets/b/groups/g alice:secret
{"data": {"members": ["a"]}}
=> 201

# Records: the bucket's record:schema; no "schema" field without a
# collection schema
POST /v1/buckets/b/collections/c/records alice:secret
{"data": {"n": "one"}}
=> 400
{"message": "'one' is not of type 'number'", "details": [{"name": "n"}]}

POST /v1/buckets/b/collections/c/records alice:secret
{"data": {"id": "r1", "n": 1, "last_modified": 1700000000000}}
=> 201
= {"data": {"id": "r1", "n": 1, "last_modified": 1700000000000}, "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# A collection schema and the bucket's: both apply, the collection's first
PATCH /v1/buckets/b/collections/c alice:secret
{"data": {"schema": {"type": "object", "required": ["n"]}}}
=> 200

POST /v1/buckets/b/collections/c/records alice:secret
{"data": {"x": 1}}
=> 400
{"message": "'n' is a required property"}

POST /v1/buckets/b/collections/c/records alice:secret
{"data": {"n": "two"}}
=> 400
{"message": "'two' is not of type 'number'", "details": [{"name": "n"}]}

POST /v1/buckets/b/collections/c/records alice:secret
{"data": {"id": "r2", "n": 2}}
=> 201
{"data": {"id": "r2", "n": 2}}

GET /v1/buckets/b/collections/c/records/r2 alice:secret
=> 200
{"data": {"id": "r2"}}

# Removing the bucket's schema lifts it
PATCH /v1/buckets/b alice:secret
Content-Type: application/merge-patch+json
{"data": {"record:schema": null}}
=> 200

POST /v1/buckets/b/collections/c/records alice:secret
{"data": {"n": "three"}}
=> 201
