# Precondition headers (sync.md, "Precondition headers", the whole
# "Resulting behaviour" table) on objects and plural endpoints.
# Timestamps are made deterministic by a far-future first write.
@set KINTO_MULTIAUTH_POLICIES=basicauth

# setup: bucket
PUT /v1/buckets/b alice:secret
=> 201

# setup: collection
PUT /v1/buckets/b/collections/c alice:secret
=> 201

# setup: r1 at F
PUT /v1/buckets/b/collections/c/records/r1 alice:secret
{"data": {"title": "Original title", "last_modified": 4000000000000}}
=> 201
< ETag: "4000000000000"

# setup: r2 at F+1
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
{"data": {"title": "two"}}
=> 201
< ETag: "4000000000001"

## GET object

# GET If-Match unchanged: 200
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: "4000000000000"
=> 200
< ETag: "4000000000000"

# GET If-Match changed: 412 with the stored object (no permissions), its ETag
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: "4000000000001"
=> 412
< ETag: "4000000000000"
< Content-Type: application/json
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile", "details": {"existing": {"id": "r1", "last_modified": 4000000000000, "title": "Original title"}}}

# GET If-Match: * on an existing object: 200
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: *
=> 200

# GET If-Match: * on a missing object: 404
GET /v1/buckets/b/collections/c/records/nope alice:secret
If-Match: *
=> 404
{"errno": 110}

# GET If-Match "t" on a missing object: 404
GET /v1/buckets/b/collections/c/records/nope alice:secret
If-Match: "4000000000000"
=> 404

# GET If-None-Match: * on an existing object: 412
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-None-Match: *
=> 412
< ETag: "4000000000000"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile", "details": {"existing": {"id": "r1", "last_modified": 4000000000000}}}

# GET If-None-Match: * on a missing object: 404
GET /v1/buckets/b/collections/c/records/nope alice:secret
If-None-Match: *
=> 404

# GET If-None-Match equal: 304
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-None-Match: "4000000000000"
=> 304
< ETag: "4000000000000"
< !Content-Type
< !Cache-Control

# GET If-None-Match different: 200
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-None-Match: "4000000000001"
=> 200

# GET If-None-Match equal and If-Match different: 304 comes first
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-None-Match: "4000000000000"
If-Match: "1"
=> 304

# HEAD If-Match changed: 412
HEAD /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: "1"
=> 412

## GET plural

# plural GET If-Match equal to the list timestamp: 200
GET /v1/buckets/b/collections/c/records alice:secret
If-Match: "4000000000001"
=> 200
< ETag: "4000000000001"

# plural GET If-Match different: 412 without details, list ETag
GET /v1/buckets/b/collections/c/records alice:secret
If-Match: "4000000000000"
=> 412
< ETag: "4000000000001"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile"}

# plural GET If-Match: * always passes
GET /v1/buckets/b/collections/c/records alice:secret
If-Match: *
=> 200

# plural GET If-None-Match: * always 412
GET /v1/buckets/b/collections/c/records alice:secret
If-None-Match: *
=> 412
< ETag: "4000000000001"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile"}

# plural GET If-None-Match equal: 304
GET /v1/buckets/b/collections/c/records alice:secret
If-None-Match: "4000000000001"
=> 304

# plural GET If-None-Match different: 200
GET /v1/buckets/b/collections/c/records alice:secret
If-None-Match: "4000000000000"
=> 200

# plural GET on a page following a changed list: 412 (sync recipe)
GET /v1/buckets/b/collections/c/records?_limit=1&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjo0MDAwMDAwMDAwMDAxfSwib2Zmc2V0IjoyLCJub25jZSI6Im4ifQ%3D%3D alice:secret
If-Match: "4000000000000"
=> 412

## POST plural

# POST If-Match equal, data.id exists: 200 with the existing object
POST /v1/buckets/b/collections/c/records alice:secret
If-Match: "4000000000000"
{"data": {"id": "r1", "title": "ignored"}}
=> 200
< ETag: "4000000000000"
{"data": {"id": "r1", "title": "Original title", "last_modified": 4000000000000}}

# POST If-Match changed, data.id exists: 412
POST /v1/buckets/b/collections/c/records alice:secret
If-Match: "4000000000001"
{"data": {"id": "r1"}}
=> 412
< ETag: "4000000000000"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile", "details": {"existing": {"id": "r1", "last_modified": 4000000000000}}}

# POST If-Match: *, data.id exists: 200 (returns existing)
POST /v1/buckets/b/collections/c/records alice:secret
If-Match: *
{"data": {"id": "r1"}}
=> 200
{"data": {"id": "r1", "title": "Original title"}}

# POST If-Match: *, data.id missing: 412, no details, list ETag
POST /v1/buckets/b/collections/c/records alice:secret
If-Match: *
{"data": {"id": "new1"}}
=> 412
< ETag: "4000000000001"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile"}

# POST If-Match "t", data.id missing: 412
POST /v1/buckets/b/collections/c/records alice:secret
If-Match: "4000000000001"
{"data": {"id": "new1"}}
=> 412
< ETag: "4000000000001"

# POST If-Match without data.id never creates: 412
POST /v1/buckets/b/collections/c/records alice:secret
If-Match: "4000000000001"
{"data": {"title": "x"}}
=> 412

# POST If-None-Match: *, data.id exists: 412
POST /v1/buckets/b/collections/c/records alice:secret
If-None-Match: *
{"data": {"id": "r1"}}
=> 412
< ETag: "4000000000000"

# POST If-None-Match: *, data.id missing: created
POST /v1/buckets/b/collections/c/records alice:secret
If-None-Match: *
{"data": {"id": "new1"}}
=> 201
< ETag: "4000000000002"

# POST If-None-Match: * without data.id: created
POST /v1/buckets/b/collections/c/records alice:secret
If-None-Match: *
{"data": {"title": "gen"}}
=> 201
< ETag: "4000000000003"

# POST with an integer If-None-Match: ignored
POST /v1/buckets/b/collections/c/records alice:secret
If-None-Match: "4000000000003"
{"data": {"id": "new2"}}
=> 201
< ETag: "4000000000004"

## PUT

# PUT If-Match unchanged: replaced
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
If-Match: "4000000000001"
{"data": {"title": "two bis"}}
=> 200
< ETag: "4000000000005"

# PUT If-Match changed: 412 with the stored object
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
If-Match: "4000000000001"
{"data": {"title": "three"}}
=> 412
< ETag: "4000000000005"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile", "details": {"existing": {"id": "r2", "last_modified": 4000000000005, "title": "two bis"}}}

# PUT If-Match: * on an existing object: replaced
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
If-Match: *
{"data": {"title": "star"}}
=> 200
< ETag: "4000000000006"

# PUT If-Match: * on a missing object: 412, list ETag
PUT /v1/buckets/b/collections/c/records/nope alice:secret
If-Match: *
{"data": {}}
=> 412
< ETag: "4000000000006"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile"}

# PUT If-Match "t" on a missing object: 412
PUT /v1/buckets/b/collections/c/records/nope alice:secret
If-Match: "4000000000000"
=> 412

# PUT If-None-Match: * on an existing object: 412
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
If-None-Match: *
{"data": {"title": "x"}}
=> 412
< ETag: "4000000000006"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile", "details": {"existing": {"id": "r2", "title": "star"}}}

# PUT If-None-Match: * by someone who cannot create: 403
PUT /v1/buckets/b/collections/c/records/r2 bob:secret
If-None-Match: *
=> 403

# PUT If-None-Match: * on a missing object: created
PUT /v1/buckets/b/collections/c/records/p1 alice:secret
If-None-Match: *
{"data": {"title": "p1"}}
=> 201
< ETag: "4000000000007"

# PUT with an integer If-None-Match: ignored
PUT /v1/buckets/b/collections/c/records/p1 alice:secret
If-None-Match: "4000000000007"
{"data": {"title": "p1 again"}}
=> 200
< ETag: "4000000000008"

# nothing was created by the failed PUTs
GET /v1/buckets/b/collections/c/records/nope alice:secret
=> 404

## PATCH

# PATCH If-Match unchanged: modified
PATCH /v1/buckets/b/collections/c/records/p1 alice:secret
If-Match: "4000000000008"
{"data": {"k": 1}}
=> 200
< ETag: "4000000000009"

# PATCH If-Match changed: 412
PATCH /v1/buckets/b/collections/c/records/p1 alice:secret
If-Match: "4000000000008"
{"data": {"k": 2}}
=> 412
< ETag: "4000000000009"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile", "details": {"existing": {"id": "p1", "last_modified": 4000000000009, "k": 1}}}

# PATCH If-Match: * existing: modified
PATCH /v1/buckets/b/collections/c/records/p1 alice:secret
If-Match: *
{"data": {"k": 3}}
=> 200
< ETag: "4000000000010"

# PATCH If-Match: * missing: 404
PATCH /v1/buckets/b/collections/c/records/nope alice:secret
If-Match: *
{"data": {"k": 3}}
=> 404
{"errno": 110}

# PATCH If-Match "t" missing: 404
PATCH /v1/buckets/b/collections/c/records/nope alice:secret
If-Match: "4000000000000"
{"data": {"k": 3}}
=> 404

# PATCH If-None-Match: * existing: 412
PATCH /v1/buckets/b/collections/c/records/p1 alice:secret
If-None-Match: *
{"data": {"k": 4}}
=> 412
< ETag: "4000000000010"

# PATCH If-None-Match: * missing: 404
PATCH /v1/buckets/b/collections/c/records/nope alice:secret
If-None-Match: *
{"data": {"k": 4}}
=> 404

# PATCH with an integer If-None-Match: ignored
PATCH /v1/buckets/b/collections/c/records/p1 alice:secret
If-None-Match: "4000000000010"
{"data": {"k": 5}}
=> 200
< ETag: "4000000000011"

## DELETE object

# DELETE If-Match changed: 412
DELETE /v1/buckets/b/collections/c/records/p1 alice:secret
If-Match: "4000000000010"
=> 412
< ETag: "4000000000011"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile", "details": {"existing": {"id": "p1", "last_modified": 4000000000011, "k": 5}}}

# DELETE If-None-Match: * existing: 412
DELETE /v1/buckets/b/collections/c/records/p1 alice:secret
If-None-Match: *
=> 412

# DELETE If-Match: * missing: 404
DELETE /v1/buckets/b/collections/c/records/nope alice:secret
If-Match: *
=> 404

# DELETE If-Match "t" missing: 404
DELETE /v1/buckets/b/collections/c/records/nope alice:secret
If-Match: "4000000000000"
=> 404

# DELETE If-None-Match: * missing: 404
DELETE /v1/buckets/b/collections/c/records/nope alice:secret
If-None-Match: *
=> 404

# DELETE If-Match unchanged: deleted
DELETE /v1/buckets/b/collections/c/records/p1 alice:secret
If-Match: "4000000000011"
=> 200
< ETag: "4000000000012"
{"data": {"id": "p1", "deleted": true, "last_modified": 4000000000012}}

# DELETE If-Match: * existing: deleted
DELETE /v1/buckets/b/collections/c/records/new2 alice:secret
If-Match: *
=> 200
< ETag: "4000000000013"

# a tombstone does not exist: If-Match: * on PUT gives 412
PUT /v1/buckets/b/collections/c/records/p1 alice:secret
If-Match: *
=> 412

# a tombstone does not exist: If-None-Match: * on PUT creates
PUT /v1/buckets/b/collections/c/records/p1 alice:secret
If-None-Match: *
=> 201
< ETag: "4000000000014"

## plural DELETE

# plural DELETE If-Match different: 412
DELETE /v1/buckets/b/collections/c/records alice:secret
If-Match: "4000000000000"
=> 412
< ETag: "4000000000014"
{"code": 412, "errno": 114, "error": "Precondition Failed", "message": "Resource was modified meanwhile"}

# plural DELETE If-None-Match: *: 412
DELETE /v1/buckets/b/collections/c/records alice:secret
If-None-Match: *
=> 412

# plural DELETE If-Match equal: deleted
DELETE /v1/buckets/b/collections/c/records?id=p1 alice:secret
If-Match: "4000000000014"
=> 200
< ETag: "4000000000015"

## buckets and collections (any resource)

# bucket GET If-None-Match: * : 412
GET /v1/buckets/b alice:secret
If-None-Match: *
=> 412
{"details": {"existing": {"id": "b"}}}

# collection PUT If-Match on a missing collection: 412
PUT /v1/buckets/b/collections/zz alice:secret
If-Match: "1"
=> 412

# buckets list If-None-Match: * : 412
GET /v1/buckets alice:secret
If-None-Match: *
=> 412

## malformed headers

# If-Match: W/"1" is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: W/"1"
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-Match: 1 is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: 1
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-Match: "abc" is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: "abc"
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-Match: "" is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: ""
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-Match: "-1" is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: "-1"
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-Match: " 1" is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: " 1"
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-Match: "1", "2" is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: "1", "2"
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-Match: "1.5" is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: "1.5"
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-Match: *foo is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: *foo
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-Match: ** is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: **
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-Match: *, "1" is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: *, "1"
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-Match: abc is malformed (GET object)
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: abc
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match", "description": "The value should be integer between double quotes."}]}

# If-None-Match: W/"1" is malformed (GET list)
GET /v1/buckets/b/collections/c/records alice:secret
If-None-Match: W/"1"
=> 400
{"code": 400, "errno": 107, "message": "If-None-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-None-Match"}]}

# If-None-Match: 1 is malformed (GET list)
GET /v1/buckets/b/collections/c/records alice:secret
If-None-Match: 1
=> 400
{"code": 400, "errno": 107, "message": "If-None-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-None-Match"}]}

# If-None-Match: "abc" is malformed (GET list)
GET /v1/buckets/b/collections/c/records alice:secret
If-None-Match: "abc"
=> 400
{"code": 400, "errno": 107, "message": "If-None-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-None-Match"}]}

# If-None-Match: *foo is malformed (GET list)
GET /v1/buckets/b/collections/c/records alice:secret
If-None-Match: *foo
=> 400
{"code": 400, "errno": 107, "message": "If-None-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-None-Match"}]}

# If-Match: *foo on PUT: 400 (Kinto's 500 not copied)
PUT /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: *foo
{"data": {}}
=> 400
{"message": "If-Match in header: The value should be integer between double quotes."}

# If-Match: *foo on PATCH: 400 (Kinto's 500 not copied)
PATCH /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: *foo
{"data": {}}
=> 400
{"message": "If-Match in header: The value should be integer between double quotes."}

# If-Match: *foo on DELETE: 400 (Kinto's 500 not copied)
DELETE /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: *foo
=> 400
{"message": "If-Match in header: The value should be integer between double quotes."}

# a malformed If-Match on POST plural: 400
POST /v1/buckets/b/collections/c/records alice:secret
If-Match: W/"1"
{"data": {}}
=> 400
{"message": "If-Match in header: The value should be integer between double quotes."}

# If-None-Match malformed on plural DELETE
DELETE /v1/buckets/b/collections/c/records alice:secret
If-None-Match: **
=> 400
{"message": "If-None-Match in header: The value should be integer between double quotes."}

# both malformed: both listed, sorted by name
GET /v1/buckets/b/collections/c/records alice:secret
If-Match: x
If-None-Match: y
=> 400
{"message": "If-Match in header: The value should be integer between double quotes.", "details": [{"name": "If-Match"}, {"name": "If-None-Match"}]}

# header and querystring errors together: sorted by name ("If-Match" < "_limit")
GET /v1/buckets/b/collections/c/records?_limit=abc alice:secret
If-Match: x
=> 400
{"message": "If-Match in header: The value should be integer between double quotes.", "details": [{"location": "header", "name": "If-Match"}, {"location": "querystring", "name": "_limit"}]}

# leading zeros are fine
GET /v1/buckets/b/collections/c/records/r1 alice:secret
If-Match: "04000000000000"
=> 200

# a malformed header on a missing object: 400 (validation comes before the 404)
GET /v1/buckets/b/collections/c/records/nope alice:secret
If-Match: abc
=> 400

# authorization comes before header validation: 403
GET /v1/buckets/b/collections/c/records/r1 bob:secret
If-Match: abc
=> 403

