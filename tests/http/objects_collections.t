# Collection object endpoints and POST on /buckets/{bid}/collections
# (objects.md "Collections", requests.md, auth.md "Inheritance").
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_MULTIAUTH_POLICIES=basicauth

# alice's bucket
PUT /v1/buckets/bk alice:secret
=> 201

# PUT creates a collection: 201, the author in write
PUT /v1/buckets/bk/collections/c1 alice:secret
Content-Type: application/json
{"data": {"title": "first", "n": 1, "last_modified": 1500000000000}}
=> 201
< ETag: "1500000000000"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
{"data": {"id": "c1", "last_modified": 1500000000000, "title": "first", "n": 1},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/bk/collections/c1 alice:secret
=> 200
< ETag: "1500000000000"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
< Cache-Control: no-cache, no-store
{"data": {"id": "c1", "last_modified": 1500000000000, "title": "first", "n": 1},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# replace: 200, fields not sent are dropped
PUT /v1/buckets/bk/collections/c1 alice:secret
{"data": {"title": "second"}}
=> 200
{"data": {"id": "c1", "title": "second"},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/bk/collections?has_n=false alice:secret
=> 200
{"data": [{"id": "c1", "title": "second"}]}

GET /v1/buckets/bk/collections/c1 alice:secret
If-None-Match: "1500000000000"
=> 200

# PUT without a body keeps the data
PUT /v1/buckets/bk/collections/c1 alice:secret
=> 200
{"data": {"id": "c1", "title": "second"}}

# a new collection from an empty PUT: data {}
PUT /v1/buckets/bk/collections/c2 alice:secret
=> 201
{"data": {"id": "c2"},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# anonymous and bob cannot create collections in alice's bucket
PUT /v1/buckets/bk/collections/c3
{"data": {}}
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"errno": 104}

PUT /v1/buckets/bk/collections/c3 bob:secret
{"data": {}}
=> 403
{"errno": 121}

POST /v1/buckets/bk/collections bob:secret
{"data": {}}
=> 403
{"errno": 121}

# collection in an unknown bucket: 403 for authenticated users
PUT /v1/buckets/nobucket/collections/c alice:secret
=> 403
{"errno": 121}

GET /v1/buckets/nobucket/collections/c alice:secret
=> 403
{"errno": 121}

# unknown collection: 404 errno 110 for a reader of the bucket
GET /v1/buckets/bk/collections/nope alice:secret
=> 404
{"code": 404, "errno": 110, "error": "Not Found",
 "details": {"id": "nope", "resource_name": "collection"}}

HEAD /v1/buckets/bk/collections/nope alice:secret
=> 404

PATCH /v1/buckets/bk/collections/nope alice:secret
{"data": {"a": 1}}
=> 404
{"errno": 110, "details": {"id": "nope", "resource_name": "collection"}}

DELETE /v1/buckets/bk/collections/nope alice:secret
=> 404
{"errno": 110, "details": {"id": "nope", "resource_name": "collection"}}

# ... 403/401 for callers who cannot read the bucket
GET /v1/buckets/bk/collections/nope bob:secret
=> 403

GET /v1/buckets/bk/collections/nope
=> 401

PATCH /v1/buckets/bk/collections/nope bob:secret
{"data": {"a": 1}}
=> 403

DELETE /v1/buckets/bk/collections/nope
=> 401

# invalid collection ids: 400 after authorization
PUT /v1/buckets/bk/collections/__x__ alice:secret
{"data": {}}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "path: Invalid object id",
 "details": [{"location": "path", "name": null, "description": "Invalid object id"}]}

GET /v1/buckets/bk/collections/a.b alice:secret
=> 400
{"message": "path: Invalid object id"}

DELETE /v1/buckets/bk/collections/a*b alice:secret
=> 400
{"message": "path: Invalid object id"}

PATCH /v1/buckets/bk/collections/%C3%A9 alice:secret
{"data": {}}
=> 400
{"message": "path: Invalid object id"}

GET /v1/buckets/bk/collections/__x__ bob:secret
=> 403

PUT /v1/buckets/bk/collections/__x__ bob:secret
{"data": {}}
=> 403

GET /v1/buckets/bk/collections/__x__
=> 401

# data.id must match the URL
PUT /v1/buckets/bk/collections/c2 alice:secret
{"data": {"id": "c1"}}
=> 400
{"errno": 107, "message": "Object id does not match existing object",
 "details": [{"location": "body", "name": "id",
              "description": "Object id does not match existing object"}]}

PATCH /v1/buckets/bk/collections/c2 alice:secret
{"data": {"id": "c1"}}
=> 400
{"errno": 107, "message": "Object id does not match existing object"}

# "data": null and unknown keys
PUT /v1/buckets/bk/collections/c2 alice:secret
{"data": null}
=> 400
{"errno": 107,
 "message": "data in body: \"None\" is not a mapping type: Does not implement dict-like functionality."}

POST /v1/buckets/bk/collections alice:secret
{"data": {}, "permission": {}}
=> 400
{"errno": 107, "message": "Unrecognized keys in mapping: \"{'permission': {}}\""}

# unknown permission names for collections
PUT /v1/buckets/bk/collections/c2 alice:secret
{"permissions": {"collection:create": ["system.Everyone"]}}
=> 400
{"code": 400, "errno": 107,
 "message": "permissions in body: \"collection:create\" is not one of read, write, record:create",
 "details": [{"location": "body", "name": "permissions",
              "description": "\"collection:create\" is not one of read, write, record:create"}]}

PUT /v1/buckets/bk/collections/c2 alice:secret
{"permissions": {"unknown": ["system.Everyone"]}}
=> 400
{"errno": 107,
 "message": "permissions in body: \"unknown\" is not one of read, write, record:create"}

# POST: without an id, an 8-character name is generated
POST /v1/buckets/bk/collections alice:secret
{"data": {"generated": true}}
=> 201
< ETag ~ "
< Last-Modified ~ GMT
{"data": {"generated": true},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# POST with an id: 201, then 200 with the existing object
POST /v1/buckets/bk/collections alice:secret
{"data": {"id": "pc", "v": 1, "last_modified": 1500000000001}}
=> 201
< ETag: "1500000000001"
{"data": {"id": "pc", "v": 1, "last_modified": 1500000000001}}

POST /v1/buckets/bk/collections alice:secret
{"data": {"id": "pc", "v": 2}}
=> 200
< ETag: "1500000000001"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
{"data": {"id": "pc", "v": 1, "last_modified": 1500000000001},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/bk/collections/pc alice:secret
=> 200
{"data": {"id": "pc", "v": 1, "last_modified": 1500000000001}}

# POST with an invalid data.id
POST /v1/buckets/bk/collections alice:secret
{"data": {"id": "a.b"}}
=> 400
{"errno": 107, "message": "path: Invalid object id",
 "details": [{"location": "path", "name": null, "description": "Invalid object id"}]}

POST /v1/buckets/bk/collections alice:secret
{"data": {"id": ["x"]}}
=> 400
{"errno": 107, "message": "path: Invalid object id"}

# cache_expires must be a number; a float is truncated
PUT /v1/buckets/bk/collections/ce alice:secret
{"data": {"cache_expires": "abc"}}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "data.cache_expires in body: \"abc\" is not a number",
 "details": [{"location": "body", "name": "data.cache_expires",
              "description": "\"abc\" is not a number"}]}

POST /v1/buckets/bk/collections alice:secret
{"data": {"id": "ce", "cache_expires": "abc"}}
=> 400
{"errno": 107, "message": "data.cache_expires in body: \"abc\" is not a number"}

PUT /v1/buckets/bk/collections/ce alice:secret
{"data": {"cache_expires": 1.5}}
=> 201
{"data": {"id": "ce", "cache_expires": 1}}

GET /v1/buckets/bk/collections/ce alice:secret
=> 200
{"data": {"id": "ce", "cache_expires": 1}}

PUT /v1/buckets/bk/collections/ce alice:secret
{"data": {"cache_expires": 3600}}
=> 200
{"data": {"id": "ce", "cache_expires": 3600}}

PATCH /v1/buckets/bk/collections/ce alice:secret
{"data": {"cache_expires": "abc"}}
=> 400
{"errno": 107}

PATCH /v1/buckets/bk/collections/ce alice:secret
Content-Type: application/merge-patch+json
{"data": {"cache_expires": "abc"}}
=> 400
{"errno": 107}

PATCH /v1/buckets/bk/collections/ce alice:secret
Content-Type: application/json-patch+json
[{"op": "replace", "path": "/data/cache_expires", "value": "abc"}]
=> 400
{"errno": 107}

GET /v1/buckets/bk/collections/ce alice:secret
=> 200
{"data": {"id": "ce", "cache_expires": 3600}}

# schema must be an object
PUT /v1/buckets/bk/collections/sc alice:secret
{"data": {"schema": "abc"}}
=> 400
{"code": 400, "errno": 107,
 "message": "data.schema in body: \"abc\" is not a mapping type: Does not implement dict-like functionality.",
 "details": [{"location": "body", "name": "data.schema"}]}

PUT /v1/buckets/bk/collections/sc alice:secret
{"data": {"schema": [1]}}
=> 400
{"errno": 107, "details": [{"location": "body", "name": "data.schema"}]}

# A schema must pass the Draft 7 meta-schema, validation on or off
# (Kinto's wording: the path's last element glued to the message)
PUT /v1/buckets/bk/collections/sc alice:secret
{"data": {"schema": {"type": "foo"}}}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "data.schema in body: type'foo' is not valid under any of the given schemas",
 "details": [{"location": "body", "name": "data.schema", "description": "type'foo' is not valid under any of the given schemas"}]}

PUT /v1/buckets/bk/collections/sc alice:secret
{"data": {"schema": {"properties": {"a": {"minLength": -1}}}}}
=> 400
{"message": "data.schema in body: minLength-1 is less than the minimum of 0"}

# (PATCH names the field without "data.", as objects.md's members.0)
PATCH /v1/buckets/bk/collections/ce alice:secret
{"data": {"schema": {"required": "title"}}}
=> 400
{"message": "schema in body: required'title' is not of type 'array'"}

# ... and the same for the schemas a bucket holds
PATCH /v1/buckets/bk alice:secret
{"data": {"record:schema": {"type": 12}}}
=> 400
{"message": "record:schema in body: type12 is not valid under any of the given schemas"}

PUT /v1/buckets/bk/collections/sc2 alice:secret
{"data": {"schema": {"type": "object", "properties": {"title": {"type": "string"}}}}}
=> 201
{"data": {"id": "sc2", "schema": {"type": "object", "properties": {"title": {"type": "string"}}}}}

PUT /v1/buckets/bk/collections/sc2 alice:secret
{"data": {"schema": {}}}
=> 200
{"data": {"id": "sc2", "schema": {}}}

# with validation off, records are not checked against the schema
PUT /v1/buckets/bk/collections/sc2 alice:secret
{"data": {"schema": {"type": "object", "required": ["title"]}}}
=> 200

POST /v1/buckets/bk/collections/sc2/records alice:secret
{"data": {"no": "title"}}
=> 201
{"data": {"no": "title"}}

# inheritance: bob with read on the bucket reads collections, cannot write
PATCH /v1/buckets/bk alice:secret
{"permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

GET /v1/buckets/bk bob:secret
=> 200

GET /v1/buckets/bk/collections/c1 bob:secret
=> 200
{"data": {"id": "c1", "title": "second"}, "permissions": {}}

GET /v1/buckets/bk/collections bob:secret
=> 200

PUT /v1/buckets/bk/collections/c1 bob:secret
{"data": {"title": "bob"}}
=> 403
{"errno": 121}

PATCH /v1/buckets/bk/collections/c1 bob:secret
{"data": {"title": "bob"}}
=> 403

DELETE /v1/buckets/bk/collections/c1 bob:secret
=> 403

PUT /v1/buckets/bk/collections/bobs bob:secret
=> 403

# a reader of the bucket gets 404 for PATCH/DELETE of unknown collections
PATCH /v1/buckets/bk/collections/nope bob:secret
{"data": {}}
=> 404
{"errno": 110, "details": {"id": "nope", "resource_name": "collection"}}

DELETE /v1/buckets/bk/collections/nope bob:secret
=> 404
{"errno": 110}

GET /v1/buckets/bk/collections/nope bob:secret
=> 404
{"errno": 110}

# bob may POST an existing id he can read: 200 with it
POST /v1/buckets/bk/collections bob:secret
{"data": {"id": "c1", "title": "x"}}
=> 200
{"data": {"id": "c1", "title": "second"}, "permissions": {}}

# ... and read the records of alice's collections
PUT /v1/buckets/bk/collections/c1/records/r1 alice:secret
{"data": {"v": 1}}
=> 201

GET /v1/buckets/bk/collections/c1/records/r1 bob:secret
=> 200
{"data": {"id": "r1", "v": 1}, "permissions": {}}

PUT /v1/buckets/bk/collections/c1/records/r1 bob:secret
{"data": {"v": 2}}
=> 403

# bob with collection:create on the bucket (instead of read)
PUT /v1/buckets/bk alice:secret
{"permissions": {"collection:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

# he may read the bucket's attributes (permissions {})
GET /v1/buckets/bk bob:secret
=> 200
{"data": {"id": "bk"}, "permissions": {}}

# he may create collections: he is their writer
PUT /v1/buckets/bk/collections/bobs bob:secret
{"data": {"owner": "bob"}}
=> 201
{"data": {"id": "bobs", "owner": "bob"},
 "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

POST /v1/buckets/bk/collections bob:secret
{"data": {"id": "bobs2"}}
=> 201
{"data": {"id": "bobs2"},
 "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

GET /v1/buckets/bk/collections/bobs bob:secret
=> 200
{"data": {"id": "bobs", "owner": "bob"},
 "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

PATCH /v1/buckets/bk/collections/bobs bob:secret
{"data": {"more": 1}}
=> 200
{"data": {"id": "bobs", "owner": "bob", "more": 1}}

# alice (bucket writer) reads it, but is not in its own write ACL: permissions {}
GET /v1/buckets/bk/collections/bobs alice:secret
=> 200
{"data": {"id": "bobs", "owner": "bob"}, "permissions": {}}

# ... and may still write it (inherited write)
PATCH /v1/buckets/bk/collections/bobs alice:secret
{"data": {"by": "alice"}}
=> 200
{"data": {"id": "bobs", "owner": "bob", "more": 1, "by": "alice"}}

# bob is still a writer of his collection
PATCH /v1/buckets/bk/collections/bobs bob:secret
{"data": {"again": 1}}
=> 200
{"data": {"id": "bobs", "by": "alice", "again": 1}}

# bob cannot read alice's collections, nor unknown ones
GET /v1/buckets/bk/collections/c1 bob:secret
=> 403
{"errno": 121}

GET /v1/buckets/bk/collections/c1/records/r1 bob:secret
=> 403

GET /v1/buckets/bk/collections/nope bob:secret
=> 403

PATCH /v1/buckets/bk/collections/nope bob:secret
{"data": {}}
=> 403

DELETE /v1/buckets/bk/collections/nope bob:secret
=> 403

# existing id in a POST by bob: needs read on it
POST /v1/buckets/bk/collections bob:secret
{"data": {"id": "c1"}}
=> 403
{"errno": 121}

# bob cannot create groups (collection:create only)
PUT /v1/buckets/bk/groups/g bob:secret
=> 403

# nor write the bucket
PATCH /v1/buckets/bk bob:secret
{"data": {"x": 1}}
=> 403

# bob deletes his own collection: tombstone
DELETE /v1/buckets/bk/collections/bobs2 bob:secret
=> 200
< ETag ~ "
{"data": {"deleted": true, "id": "bobs2"}}

# deleted: alice gets 404, bob (who lost its ACL) 403
GET /v1/buckets/bk/collections/bobs2 alice:secret
=> 404
{"errno": 110, "details": {"id": "bobs2", "resource_name": "collection"}}

GET /v1/buckets/bk/collections/bobs2 bob:secret
=> 403

# re-created by PUT: 201
PUT /v1/buckets/bk/collections/bobs2 bob:secret
=> 201
{"data": {"id": "bobs2"}}

# deleting a collection deletes its records
PUT /v1/buckets/bk/collections/dc alice:secret
{"data": {"last_modified": 1500000000000}}
=> 201
< ETag: "1500000000000"

PUT /v1/buckets/bk/collections/dc/records/r1 alice:secret
{"data": {"v": 1}}
=> 201

PUT /v1/buckets/bk/collections/dc/records/r2 alice:secret
{"data": {"v": 2}}
=> 201

DELETE /v1/buckets/bk/collections/dc?last_modified=1500000000005 alice:secret
=> 200
< ETag: "1500000000005"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
{"data": {"deleted": true, "id": "dc", "last_modified": 1500000000005}}

GET /v1/buckets/bk/collections/dc alice:secret
=> 404
{"errno": 110, "details": {"id": "dc", "resource_name": "collection"}}

GET /v1/buckets/bk/collections/dc/records/r1 alice:secret
=> 404
{"code": 404, "errno": 111, "error": "Not Found",
 "details": {"id": "dc", "resource_name": "collection"}}

GET /v1/buckets/bk/collections/dc/records alice:secret
=> 404
{"errno": 111, "details": {"id": "dc", "resource_name": "collection"}}

# re-created, the collection has no records (and no tombstones)
PUT /v1/buckets/bk/collections/dc alice:secret
=> 201
{"data": {"id": "dc"}}

GET /v1/buckets/bk/collections/dc/records alice:secret
=> 200
{"data": []}

GET /v1/buckets/bk/collections/dc/records?_since=0 alice:secret
=> 200
{"data": []}

GET /v1/buckets/bk/collections/dc/records/r1 alice:secret
=> 404
{"errno": 110, "details": {"id": "r1", "resource_name": "record"}}

# ?last_modified=abc on DELETE: 400, nothing deleted
DELETE /v1/buckets/bk/collections/dc?last_modified=abc alice:secret
=> 400
{"code": 400, "errno": 107}

GET /v1/buckets/bk/collections/dc alice:secret
=> 200

# a forced timestamp not above the current one is ignored
PUT /v1/buckets/bk/collections/dc2 alice:secret
{"data": {"last_modified": 1500000000000}}
=> 201

DELETE /v1/buckets/bk/collections/dc2?last_modified=1400000000000 alice:secret
=> 200
{"data": {"deleted": true, "id": "dc2"}}

GET /v1/buckets/bk/collections?_since=1400000000000&id="dc2" alice:secret
=> 200
{"data": [{"deleted": true, "id": "dc2"}]}

GET /v1/buckets/bk/collections?last_modified=1400000000000 alice:secret
=> 200
{"data": []}

# Content-Type / Accept on collections
PUT /v1/buckets/bk/collections/ct alice:secret
Content-Type: text/plain
{"data": {}}
=> 415
{"code": 415, "errno": 107,
 "message": "Content-Type header should be one of ['application/json']"}

POST /v1/buckets/bk/collections alice:secret
Content-Type: application/merge-patch+json
{"data": {}}
=> 415
{"code": 415, "errno": 107}

GET /v1/buckets/bk/collections/c1 alice:secret
Accept: text/plain
=> 406
{"code": 406, "errno": 107}
