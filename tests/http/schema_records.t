# JSON-schema validation of records (objects.md, "JSON-schema validation
# of records"), turned on.
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_EXPERIMENTAL_COLLECTION_SCHEMA_VALIDATION=true
@set KINTO_BUCKET_CREATE_PRINCIPALS=system.Authenticated

# The capability
GET /v1/
=> 200
{"capabilities": {"schema": {"description": "Validates collection records with JSON schemas.", "url": "https://kinto.readthedocs.io/en/latest/api/1.x/collections.html#collection-json-schema"}}}

PUT /v1/buckets/blog alice:secret
=> 201

PUT /v1/buckets/blog/collections/articles alice:secret
{"data": {"schema": {"type": "object", "required": ["title"], "properties": {"title": {"type": "string"}, "n": {"type": "integer", "minimum": 0}, "tags": {"type": "array", "items": {"type": "string"}}, "meta": {"type": "object", "properties": {"lang": {"enum": ["en", "fr"]}}}}}}}
=> 201

# A record without its required field: the error of objects.md
POST /v1/buckets/blog/collections/articles/records alice:secret
{"data": {"body": "no title"}}
=> 400
= {"code": 400, "errno": 107, "error": "Invalid parameters", "message": "'title' is a required property", "details": [{"location": "body", "name": "title", "description": "'title' is a required property"}]}

# A wrong type: "<name> in body: <message>"
POST /v1/buckets/blog/collections/articles/records alice:secret
{"data": {"title": 1}}
=> 400
{"message": "title in body: 1 is not of type 'string'", "details": [{"location": "body", "name": "title", "description": "1 is not of type 'string'"}]}

# Nested: the last element of the path names it; array indexes too
POST /v1/buckets/blog/collections/articles/records alice:secret
{"data": {"title": "t", "meta": {"lang": "de"}}}
=> 400
{"message": "lang in body: 'de' is not one of ['en', 'fr']", "details": [{"name": "lang"}]}

POST /v1/buckets/blog/collections/articles/records alice:secret
{"data": {"title": "t", "tags": ["a", 2]}}
=> 400
{"message": "1 in body: 2 is not of type 'string'", "details": [{"name": "1"}]}

POST /v1/buckets/blog/collections/articles/records alice:secret
{"data": {"title": "t", "n": -1}}
=> 400
{"message": "-1 is less than the minimum of 0", "details": [{"name": "n"}]}

# A valid one is stored with the schema's version: the collection's
# timestamp (a client's "schema" value is overwritten)
GET /v1/buckets/blog/collections/articles alice:secret
=> 200

POST /v1/buckets/blog/collections/articles/records alice:secret
{"data": {"id": "a1", "title": "First", "schema": 42, "n": 3}}
=> 201
{"data": {"id": "a1", "title": "First", "n": 3}}

GET /v1/buckets/blog/collections/articles/records/a1 alice:secret
=> 200
{"data": {"id": "a1", "title": "First"}}

# id, last_modified and schema are the server's: never validated
PUT /v1/buckets/blog/collections/articles/records/a2 alice:secret
{"data": {"title": "Second", "last_modified": 1234567890123}}
=> 201
{"data": {"id": "a2", "last_modified": 1234567890123}}

# Replace, merge PATCH, merge-patch and JSON Patch are validated too
PUT /v1/buckets/blog/collections/articles/records/a1 alice:secret
{"data": {"body": "no title"}}
=> 400
{"message": "'title' is a required property"}

PATCH /v1/buckets/blog/collections/articles/records/a1 alice:secret
{"data": {"title": null}}
=> 400
{"message": "title in body: None is not of type 'string'"}

PATCH /v1/buckets/blog/collections/articles/records/a1 alice:secret
Content-Type: application/merge-patch+json
{"data": {"title": null}}
=> 400
{"message": "'title' is a required property"}

PATCH /v1/buckets/blog/collections/articles/records/a1 alice:secret
Content-Type: application/json-patch+json
[{"op": "replace", "path": "/data/n", "value": "three"}]
=> 400
{"message": "'three' is not of type 'integer'", "details": [{"name": "n"}]}

PATCH /v1/buckets/blog/collections/articles/records/a1 alice:secret
{"data": {"n": 4}}
=> 200
{"data": {"title": "First", "n": 4}}

PATCH /v1/buckets/blog/collections/articles/records/a1 alice:secret
Content-Type: application/merge-patch+json
{"data": {"n": null, "tags": ["x"]}}
=> 200
{"data": {"id": "a1", "title": "First", "tags": ["x"]}}

PATCH /v1/buckets/blog/collections/articles/records/a1 alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/data/n", "value": 4}, {"op": "remove", "path": "/data/tags"}]
=> 200
{"data": {"title": "First", "n": 4}}

PUT /v1/buckets/blog/collections/articles/records/a3 alice:secret
{"data": {"title": "Third", "n": 0}}
=> 201

PUT /v1/buckets/blog/collections/articles/records/a3 alice:secret
{"data": {"title": "Third again"}}
=> 200
{"data": {"id": "a3", "title": "Third again"}}

# Nothing was written by the failures
GET /v1/buckets/blog/collections/articles/records/a1 alice:secret
=> 200
{"data": {"title": "First", "n": 4}}

# required lists: the name is the LAST listed, whichever is missing
PUT /v1/buckets/blog/collections/req alice:secret
{"data": {"schema": {"type": "object", "required": ["a", "b", "c"]}}}
=> 201

POST /v1/buckets/blog/collections/req/records alice:secret
{"data": {"b": 1}}
=> 400
= {"code": 400, "errno": 107, "error": "Invalid parameters", "message": "c in body: 'a' is a required property", "details": [{"location": "body", "name": "c", "description": "'a' is a required property"}]}

# id is validated when the schema's properties name it (then required
# may ask for it)
PUT /v1/buckets/blog/collections/ids alice:secret
{"data": {"schema": {"type": "object", "properties": {"id": {"type": "string", "pattern": "^[a-z]+$"}}, "required": ["id", "last_modified"]}}}
=> 201

PUT /v1/buckets/blog/collections/ids/records/abc alice:secret
{"data": {}}
=> 201

PUT /v1/buckets/blog/collections/ids/records/abc9 alice:secret
{"data": {}}
=> 400
{"message": "id in body: 'abc9' does not match '^[a-z]+$'"}

# An empty schema accepts anything, and still versions the record
PUT /v1/buckets/blog/collections/free alice:secret
{"data": {"schema": {}}}
=> 201

POST /v1/buckets/blog/collections/free/records alice:secret
{"data": {"anything": [1, {"x": null}]}}
=> 201

# No schema: no validation, no "schema" field added
PUT /v1/buckets/blog/collections/none alice:secret
=> 201

POST /v1/buckets/blog/collections/none/records alice:secret
{"data": {"id": "r", "schema": "mine"}}
=> 201
{"data": {"id": "r", "schema": "mine"}}

# A schema change: new records carry the new version
PATCH /v1/buckets/blog/collections/articles alice:secret
{"data": {"schema": {"type": "object", "properties": {"title": {"type": "string", "maxLength": 5}}}}}
=> 200

POST /v1/buckets/blog/collections/articles/records alice:secret
{"data": {"title": "Too long"}}
=> 400
{"message": "title in body: 'Too long' is too long"}

POST /v1/buckets/blog/collections/articles/records alice:secret
{"data": {"title": "Short"}}
=> 201

# 2020-12 by default; a $schema picks draft 7 (items as a list)
PUT /v1/buckets/blog/collections/d7 alice:secret
{"data": {"schema": {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {"p": {"items": [{"type": "integer"}], "additionalItems": false}}}}}
=> 201

POST /v1/buckets/blog/collections/d7/records alice:secret
{"data": {"p": [1, 2]}}
=> 400
{"details": [{"name": "p"}]}

POST /v1/buckets/blog/collections/d7/records alice:secret
{"data": {"p": [1]}}
=> 201

PUT /v1/buckets/blog/collections/d2020 alice:secret
{"data": {"schema": {"type": "object", "properties": {"p": {"prefixItems": [{"type": "integer"}], "items": false}}}}}
=> 201

POST /v1/buckets/blog/collections/d2020/records alice:secret
{"data": {"p": [1, 2]}}
=> 400
{"details": [{"name": "p"}]}

# An unresolvable $ref: name "schema" (never fetched from the network)
PUT /v1/buckets/blog/collections/remote alice:secret
{"data": {"schema": {"type": "object", "properties": {"x": {"$ref": "http://example.com/x.json"}}}}}
=> 201

POST /v1/buckets/blog/collections/remote/records alice:secret
{"data": {"x": 1}}
=> 400
{"message": "schema in body: Unresolvable: http://example.com/x.json", "details": [{"name": "schema"}]}

# Batch: each sub-request validated
POST /v1/batch alice:secret
{"requests": [{"method": "POST", "path": "/buckets/blog/collections/req/records", "body": {"data": {"a": 1, "b": 2, "c": 3}}}, {"method": "POST", "path": "/buckets/blog/collections/req/records", "body": {"data": {"a": 1}}}]}
=> 200
{"responses": [{"status": 201}, {"status": 400, "body": {"message": "c in body: 'b' is a required property"}}]}

# A schema Draft 7 accepts but its own draft (2020-12, no $schema) does
# not: "items" as a list.  Kinto answers 500 there; cinto names "schema".
PUT /v1/buckets/blog/collections/items7 alice:secret
{"data": {"schema": {"type": "object", "properties": {"p": {"items": [{"type": "string"}]}}}}}
=> 201

POST /v1/buckets/blog/collections/items7/records alice:secret
{"data": {"p": ["a"]}}
=> 400
{"errno": 107, "message": "schema in body: [{'type': 'string'}] is not of type 'object', 'boolean'", "details": [{"location": "body", "name": "schema"}]}

# Hostile schemas end in a 400 on "schema", never a stalled worker
PUT /v1/buckets/blog/collections/loop alice:secret
{"data": {"schema": {"properties": {"a": {"$ref": "#"}}, "anyOf": [{"$ref": "#"}, {"$ref": "#"}]}}}
=> 201

POST /v1/buckets/blog/collections/loop/records alice:secret
{"data": {"a": 1}}
=> 400
{"errno": 107, "details": [{"location": "body", "name": "schema"}]}

PUT /v1/buckets/blog/collections/regex alice:secret
{"data": {"schema": {"properties": {"s": {"pattern": "^(a+)+$"}}}}}
=> 201

POST /v1/buckets/blog/collections/regex/records alice:secret
{"data": {"s": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"}}
=> 400
{"errno": 107, "message": "schema in body: validation takes too much work", "details": [{"location": "body", "name": "schema"}]}

POST /v1/buckets/blog/collections/regex/records alice:secret
{"data": {"s": "aaaa"}}
=> 201

# A keyword of the wrong shape where Draft 7 does not look ($defs): the
# write passes its check, the record meets 2020-12's (never a crash)
PUT /v1/buckets/blog/collections/shape alice:secret
{"data": {"schema": {"$defs": {"x": {"patternProperties": [1]}}, "properties": {"a": {"$ref": "#/$defs/x"}}}}}
=> 201

POST /v1/buckets/blog/collections/shape/records alice:secret
{"data": {"a": {"b": 1}}}
=> 400
{"errno": 107, "message": "schema in body: [1] is not of type 'object'", "details": [{"location": "body", "name": "schema"}]}
