# Bucket object endpoints and POST /buckets (objects.md "Buckets",
# requests.md "Plural endpoint: POST", "Object endpoint: ...",
# "Content negotiation and body parsing", "Order in which a request is
# checked"; auth.md; errors.md).
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
#         (holds write on every bucket through bucket_write_principals,
#         and read on every collection, group and record through their
#         own settings: bucket_write_principals does not reach them,
#         auth.md "Permissions granted by settings")
#
# Timestamps are pinned with data.last_modified on creation (kept when an
# integer, requests.md "Rules on id and last_modified") so that ETag and
# Last-Modified can be asserted exactly.
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_BUCKET_WRITE_PRINCIPALS=basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_COLLECTION_READ_PRINCIPALS=basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_GROUP_READ_PRINCIPALS=basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_RECORD_READ_PRINCIPALS=basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4

# creating a bucket needs an authenticated user (bucket_create_principals)
PUT /v1/buckets/b1
Content-Type: application/json
{"data": {"title": "one"}}
=> 401
< WWW-Authenticate: Basic realm="Realm"
< Content-Type: application/json
{"code": 401, "errno": 104, "error": "Unauthorized",
 "message": "Please authenticate yourself to use this endpoint."}

# anonymous POST /buckets: 401 as well
POST /v1/buckets
{"data": {"title": "one"}}
=> 401
{"code": 401, "errno": 104}

# PUT creates: 201, the author is added to write, ETag/Last-Modified of the object
PUT /v1/buckets/b1 alice:secret
Content-Type: application/json
{"data": {"title": "one", "n": 1, "nested": {"a": [1, 2]}, "last_modified": 1500000000000}}
=> 201
< Content-Type: application/json
< ETag: "1500000000000"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
{"data": {"id": "b1", "last_modified": 1500000000000, "title": "one", "n": 1, "nested": {"a": [1, 2]}},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# GET: same object, ETag is the object's last_modified, no-cache for authenticated reads
GET /v1/buckets/b1 alice:secret
=> 200
< ETag: "1500000000000"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
< Cache-Control: no-cache, no-store
< Content-Type: application/json
{"data": {"id": "b1", "last_modified": 1500000000000, "title": "one", "n": 1, "nested": {"a": [1, 2]}},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# HEAD: same headers, no body
HEAD /v1/buckets/b1 alice:secret
=> 200
< ETag: "1500000000000"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT

# GET with If-None-Match equal to the ETag: 304
GET /v1/buckets/b1 alice:secret
If-None-Match: "1500000000000"
=> 304
< ETag: "1500000000000"

# bob has no permission on b1: GET 403
GET /v1/buckets/b1 bob:secret
=> 403
{"code": 403, "errno": 121, "error": "Forbidden",
 "message": "This user cannot access this resource."}

# anonymous GET of b1: 401
GET /v1/buckets/b1
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"code": 401, "errno": 104}

# bob cannot replace b1 (write needed on an existing object)
PUT /v1/buckets/b1 bob:secret
{"data": {"title": "bob"}}
=> 403
{"errno": 121}

# bob cannot patch or delete it either
PATCH /v1/buckets/b1 bob:secret
{"data": {"title": "bob"}}
=> 403
{"errno": 121}

DELETE /v1/buckets/b1 bob:secret
=> 403
{"errno": 121}

# anonymous PATCH: 401
PATCH /v1/buckets/b1
{"data": {"title": "anon"}}
=> 401
{"errno": 104}

# PUT replaces: 200, fields not sent are dropped, a fresh timestamp
PUT /v1/buckets/b1 alice:secret
{"data": {"title": "two"}}
=> 200
{"data": {"id": "b1", "title": "two"},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# the replaced bucket lost n and nested (lists filter on presence)
GET /v1/buckets?has_n=false&has_nested=false&title="two" alice:secret
=> 200
{"data": [{"id": "b1", "title": "two"}]}

GET /v1/buckets?has_n=true alice:secret
=> 200
{"data": []}

# the replacement bumped last_modified: the old ETag no longer matches
GET /v1/buckets/b1 alice:secret
If-None-Match: "1500000000000"
=> 200
{"data": {"id": "b1", "title": "two"}}

GET /v1/buckets/b1 alice:secret
If-Match: "1500000000000"
=> 412
{"code": 412, "errno": 114, "error": "Precondition Failed",
 "message": "Resource was modified meanwhile",
 "details": {"existing": {"id": "b1", "title": "two"}}}

# PUT replace keeps an integer last_modified greater than the stored one
PUT /v1/buckets/b1 alice:secret
{"data": {"title": "three", "last_modified": 1900000000000}}
=> 200
< ETag: "1900000000000"
< Last-Modified: Sun, 17 Mar 2030 17:46:40 GMT
{"data": {"id": "b1", "last_modified": 1900000000000, "title": "three"}}

# PUT with no body keeps the data of an existing object (only bumps last_modified)
PUT /v1/buckets/b1 alice:secret
=> 200
{"data": {"id": "b1", "title": "three"},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/b1 alice:secret
If-None-Match: "1900000000000"
=> 200
{"data": {"id": "b1", "title": "three"}}

# PUT with only permissions replaces the ACL and keeps the data
PUT /v1/buckets/b1 alice:secret
{"permissions": {"read": ["system.Everyone"]}}
=> 200
{"data": {"id": "b1", "title": "three"},
 "permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# with read for everyone bob and anonymous may read b1; permissions are
# only shown to callers in the object's own write ACL
GET /v1/buckets/b1 bob:secret
=> 200
{"data": {"id": "b1", "title": "three"}, "permissions": {}}

GET /v1/buckets/b1
=> 200
{"data": {"id": "b1", "title": "three"}, "permissions": {}}

# ... but not write it
PUT /v1/buckets/b1
{"data": {}}
=> 401
{"errno": 104}

# PUT with a "data" only keeps the ACL
PUT /v1/buckets/b1 alice:secret
{"data": {"title": "four"}}
=> 200
{"data": {"id": "b1", "title": "four"},
 "permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# PUT with only null permissions keeps the ACL
PUT /v1/buckets/b1 alice:secret
{"data": {"title": "four"}, "permissions": {"read": null}}
=> 200
{"permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# PUT with "permissions": {} keeps the ACL too
PUT /v1/buckets/b1 alice:secret
{"data": {"title": "four"}, "permissions": {}}
=> 200
{"permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/b1 bob:secret
=> 200

# PUT with another permission replaces the whole ACL: read is emptied,
# the author is re-added to write
PUT /v1/buckets/b1 alice:secret
{"permissions": {"collection:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200
{"permissions": {"collection:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/b1
=> 401
{"errno": 104}

# PUT permissions with a write list: the author is always kept in write
PUT /v1/buckets/b1 alice:secret
{"permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"], "group:create": ["system.Authenticated"]}}
=> 200
{"permissions": {"group:create": ["system.Authenticated"]}}

# bob is now in the object's own write ACL: he sees the permissions
GET /v1/buckets/b1 bob:secret
=> 200
{"data": {"id": "b1", "title": "four"},
 "permissions": {"group:create": ["system.Authenticated"]}}

# bob, a writer, replaces the ACL with read only; he is re-added to write
PUT /v1/buckets/b1 bob:secret
{"permissions": {"read": ["system.Everyone"]}}
=> 200
{"permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

# alice lost write: she may read (Everyone) but not write
PATCH /v1/buckets/b1 alice:secret
{"data": {"x": 1}}
=> 403
{"errno": 121}

# bob gives alice write back (PUT of the ACL with several principals)
PUT /v1/buckets/b1 bob:secret
{"permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}
=> 200
{"data": {"id": "b1", "title": "four"}}

# duplicate principals are collapsed
PUT /v1/buckets/bdup alice:secret
{"permissions": {"read": ["system.Everyone", "system.Everyone"]}}
=> 201
{"data": {"id": "bdup"},
 "permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# PUT of a new bucket without a body creates an empty object
PUT /v1/buckets/b2 alice:secret
=> 201
< ETag ~ "
< Last-Modified ~ GMT
{"data": {"id": "b2"},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# PUT of a new bucket with permissions only: data {}
PUT /v1/buckets/b3 alice:secret
{"permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201
{"data": {"id": "b3"},
 "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# a PUT with data.id equal to the URL id is fine
PUT /v1/buckets/b3 alice:secret
{"data": {"id": "b3", "v": 1}}
=> 200
{"data": {"id": "b3", "v": 1}}

# data.id different from the URL id: 400
PUT /v1/buckets/b3 alice:secret
{"data": {"id": "other"}}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "Object id does not match existing object",
 "details": [{"location": "body", "name": "id",
              "description": "Object id does not match existing object"}]}

# ... also on creation
PUT /v1/buckets/b4 alice:secret
{"data": {"id": "b5"}}
=> 400
{"errno": 107, "message": "Object id does not match existing object"}

GET /v1/buckets/b4 mat:secret
=> 404

# "data": null is not "absent": 400
PUT /v1/buckets/b3 alice:secret
{"data": null}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "data in body: \"None\" is not a mapping type: Does not implement dict-like functionality.",
 "details": [{"location": "body", "name": "data",
              "description": "\"None\" is not a mapping type: Does not implement dict-like functionality."}]}

# data must be an object
PUT /v1/buckets/b3 alice:secret
{"data": [1]}
=> 400
{"errno": 107,
 "message": "data in body: \"[1]\" is not a mapping type: Does not implement dict-like functionality."}

# unknown top-level keys: 400
PUT /v1/buckets/b3 alice:secret
{"data": {}, "datta": {}}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "Unrecognized keys in mapping: \"{'datta': {}}\""}

POST /v1/buckets alice:secret
{"x": 1, "datta": {}}
=> 400
{"errno": 107, "message": "Unrecognized keys in mapping: \"{'x': 1, 'datta': {}}\""}

PATCH /v1/buckets/b3 alice:secret
{"data": {}, "foo": "bar"}
=> 400
{"errno": 107, "message": "Unrecognized keys in mapping: \"{'foo': 'bar'}\""}

# permissions must be an object
PUT /v1/buckets/b3 alice:secret
{"permissions": null}
=> 400
{"errno": 107,
 "message": "permissions in body: \"None\" is not a mapping type: Does not implement dict-like functionality."}

# unknown permission name on a bucket
PUT /v1/buckets/b3 alice:secret
{"permissions": {"unknown": ["system.Everyone"]}}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "permissions in body: \"unknown\" is not one of read, write, collection:create, group:create",
 "details": [{"location": "body", "name": "permissions",
              "description": "\"unknown\" is not one of read, write, collection:create, group:create"}]}

# record:create is a collection permission, not a bucket one
PUT /v1/buckets/b3 alice:secret
{"permissions": {"record:create": ["system.Everyone"]}}
=> 400
{"errno": 107,
 "message": "permissions in body: \"record:create\" is not one of read, write, collection:create, group:create"}

# the same validation on POST and PATCH
POST /v1/buckets alice:secret
{"data": {"id": "bperm"}, "permissions": {"unknown": []}}
=> 400
{"errno": 107,
 "message": "permissions in body: \"unknown\" is not one of read, write, collection:create, group:create"}

PATCH /v1/buckets/b3 alice:secret
{"permissions": {"unknown": []}}
=> 400
{"errno": 107,
 "message": "permissions in body: \"unknown\" is not one of read, write, collection:create, group:create"}

# a permission value must be a list of strings
PUT /v1/buckets/b3 alice:secret
{"permissions": {"read": "book"}}
=> 400
{"errno": 107, "message": "permissions.read in body: \"book\" is not iterable"}

PUT /v1/buckets/b3 alice:secret
{"permissions": {"read": [1]}}
=> 400
{"errno": 107, "message": "permissions.read.0 in body: 1 is not a string: {'': ''}"}

# nothing was written by the failed requests
GET /v1/buckets/b3 alice:secret
=> 200
{"data": {"id": "b3", "v": 1},
 "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

GET /v1/buckets/bperm mat:secret
=> 404

# body decoding: invalid JSON, scalar, array
PUT /v1/buckets/b3 alice:secret
{"data": 
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "details": [{"location": "body", "name": ""}, {"location": "body", "name": "", "description": "Required"}]}

PUT /v1/buckets/b3 alice:secret
42
=> 400
{"errno": 107, "message": "Should be a JSON object or an array"}

PUT /v1/buckets/b3 alice:secret
[1]
=> 400
{"errno": 107,
 "message": "\"[1]\" is not a mapping type: Does not implement dict-like functionality.",
 "details": [{"location": "body", "name": ""}]}

# invalid ids in the URL: 400 for a caller who may create buckets
PUT /v1/buckets/__x__ alice:secret
{"data": {}}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "path: Invalid object id",
 "details": [{"location": "path", "name": null, "description": "Invalid object id"}]}

PUT /v1/buckets/a*b alice:secret
=> 400
{"message": "path: Invalid object id"}

PUT /v1/buckets/-ab alice:secret
=> 400
{"message": "path: Invalid object id"}

PUT /v1/buckets/_ab alice:secret
=> 400
{"message": "path: Invalid object id"}

PUT /v1/buckets/a.b alice:secret
=> 400
{"message": "path: Invalid object id"}

PUT /v1/buckets/a%20b alice:secret
=> 400
{"message": "path: Invalid object id"}

PUT /v1/buckets/%C3%A9 alice:secret
=> 400
{"message": "path: Invalid object id"}

# ids are checked on the decoded path segment: %41 is A
PUT /v1/buckets/%41b-c_d alice:secret
=> 201
{"data": {"id": "Ab-c_d"}}

# ids are case-sensitive
GET /v1/buckets/ab-c_d mat:secret
=> 404
{"errno": 110, "details": {"id": "ab-c_d", "resource_name": "bucket"}}

# the id syntax is checked after authorization: anonymous 401, no right 403
GET /v1/buckets/__x__
=> 401
{"errno": 104}

GET /v1/buckets/__x__ alice:secret
=> 403
{"errno": 121}

PATCH /v1/buckets/__x__ alice:secret
{"data": {}}
=> 403
{"errno": 121}

DELETE /v1/buckets/__x__ alice:secret
=> 403
{"errno": 121}

PUT /v1/buckets/__x__
{"data": {}}
=> 401
{"errno": 104}

# ... and a caller with bucket write everywhere gets the 400
GET /v1/buckets/__x__ mat:secret
=> 400
{"message": "path: Invalid object id",
 "details": [{"location": "path", "name": null, "description": "Invalid object id"}]}

DELETE /v1/buckets/__x__ mat:secret
=> 400
{"message": "path: Invalid object id"}

# unknown bucket: authenticated users get 403, never 404
GET /v1/buckets/unknown alice:secret
=> 403
{"errno": 121}

GET /v1/buckets/unknown
=> 401
{"errno": 104}

PATCH /v1/buckets/unknown alice:secret
{"data": {}}
=> 403

DELETE /v1/buckets/unknown alice:secret
=> 403

# ... except to a holder of bucket write (settings): 404 errno 110
GET /v1/buckets/unknown mat:secret
=> 404
{"code": 404, "errno": 110, "error": "Not Found",
 "details": {"id": "unknown", "resource_name": "bucket"}}

PATCH /v1/buckets/unknown mat:secret
{"data": {}}
=> 404
{"code": 404, "errno": 110, "details": {"id": "unknown", "resource_name": "bucket"}}

DELETE /v1/buckets/unknown mat:secret
=> 404
{"errno": 110, "details": {"id": "unknown", "resource_name": "bucket"}}

# mat sees b3 but is not in its own write ACL: permissions {}
GET /v1/buckets/b3 mat:secret
=> 200
{"data": {"id": "b3", "v": 1}, "permissions": {}}

# POST with an id: 201 the first time
POST /v1/buckets alice:secret
Content-Type: application/json
{"data": {"id": "p1", "title": "posted", "last_modified": 1500000000001}}
=> 201
< ETag: "1500000000001"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
{"data": {"id": "p1", "title": "posted", "last_modified": 1500000000001},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# POST with an existing id: 200 with the existing object, nothing written
POST /v1/buckets alice:secret
{"data": {"id": "p1", "title": "ignored", "extra": 1}, "permissions": {"read": ["system.Everyone"]}}
=> 200
< ETag: "1500000000001"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
{"data": {"id": "p1", "title": "posted", "last_modified": 1500000000001},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/p1 alice:secret
=> 200
< ETag: "1500000000001"
{"data": {"id": "p1", "title": "posted", "last_modified": 1500000000001}}

GET /v1/buckets?has_extra=true alice:secret
=> 200
{"data": []}

# the posted permissions were not applied either
GET /v1/buckets/p1
=> 401

# POST of an existing id needs read on it
POST /v1/buckets bob:secret
{"data": {"id": "p1"}}
=> 403
{"errno": 121}

POST /v1/buckets
{"data": {"id": "p1"}}
=> 401
{"errno": 104}

# invalid data.id in a POST: 400 path: Invalid object id
POST /v1/buckets alice:secret
{"data": {"id": "__x__"}}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "path: Invalid object id",
 "details": [{"location": "path", "name": null, "description": "Invalid object id"}]}

# ... also a non-string one
POST /v1/buckets alice:secret
{"data": {"id": 12}}
=> 400
{"errno": 107, "message": "path: Invalid object id"}

# ... checked before authorization (step 5 of the order)
POST /v1/buckets
{"data": {"id": "a b"}}
=> 400
{"errno": 107, "message": "path: Invalid object id"}

# POST without data creates an empty bucket with a generated id
POST /v1/buckets alice:secret
=> 201
< ETag ~ "
{"data": {},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# POST without an id but with data
POST /v1/buckets bob:secret
{"data": {"gen": true}, "permissions": {"read": ["system.Everyone"]}}
=> 201
{"data": {"gen": true},
 "permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

# "data": null on POST: 400
POST /v1/buckets alice:secret
{"data": null}
=> 400
{"errno": 107,
 "message": "data in body: \"None\" is not a mapping type: Does not implement dict-like functionality."}

# Content-Type: text/plain on PUT/POST is a 415 (before authorization)
PUT /v1/buckets/ct
Content-Type: text/plain
{"data": {}}
=> 415
{"code": 415, "errno": 107, "error": "Invalid parameters",
 "message": "Content-Type header should be one of ['application/json']",
 "details": [{"location": "header", "name": "Content-Type",
              "description": "Content-Type header should be one of ['application/json']"}]}

POST /v1/buckets alice:secret
Content-Type: text/plain
{"data": {}}
=> 415
{"code": 415, "errno": 107,
 "message": "Content-Type header should be one of ['application/json']"}

# PUT with merge-patch is a 415
PUT /v1/buckets/ct alice:secret
Content-Type: application/merge-patch+json
{"data": {}}
=> 415
{"code": 415, "errno": 107}

PUT /v1/buckets/ct alice:secret
Content-Type: application/json-patch+json
[]
=> 415
{"code": 415, "errno": 107}

# media-type parameters are ignored
PUT /v1/buckets/ct alice:secret
Content-Type: application/json; charset=utf-8
{"data": {"c": 1}}
=> 201
{"data": {"id": "ct", "c": 1}}

# PATCH accepts the three JSON types, not text/plain
PATCH /v1/buckets/ct alice:secret
Content-Type: text/plain
{"data": {"c": 2}}
=> 415
{"code": 415, "errno": 107, "error": "Invalid parameters",
 "details": [{"location": "header", "name": "Content-Type"}]}

PATCH /v1/buckets/ct alice:secret
Content-Type: application/json
{"data": {"c": 2}}
=> 200
{"data": {"id": "ct", "c": 2}}

PATCH /v1/buckets/ct alice:secret
Content-Type: application/merge-patch+json
{"data": {"c": 3}}
=> 200
{"data": {"id": "ct", "c": 3}}

PATCH /v1/buckets/ct alice:secret
Content-Type: application/json-patch+json
[{"op": "replace", "path": "/data/c", "value": 4}]
=> 200
{"data": {"id": "ct", "c": 4}}

PATCH /v1/buckets/ct alice:secret
{"data": {"c": 5}}
=> 200
{"data": {"id": "ct", "c": 5}}

# DELETE and GET ignore Content-Type
GET /v1/buckets/ct alice:secret
Content-Type: text/plain
=> 200
{"data": {"id": "ct", "c": 5}}

# Accept: text/plain is a 406 on resource endpoints
GET /v1/buckets/ct alice:secret
Accept: text/plain
=> 406
{"code": 406, "errno": 107, "error": "Invalid parameters",
 "message": "Accept header should be one of ['application/json']",
 "details": [{"location": "header", "name": "Accept",
              "description": "Accept header should be one of ['application/json']"}]}

PUT /v1/buckets/ct alice:secret
Accept: text/plain
{"data": {}}
=> 406
{"code": 406, "errno": 107}

# ... checked before authorization
GET /v1/buckets/ct
Accept: text/plain
=> 406

GET /v1/buckets/ct alice:secret
Accept: */*
=> 200

GET /v1/buckets/ct alice:secret
Accept: application/*
=> 200

GET /v1/buckets/ct alice:secret
Accept: text/html, application/json;q=0.1
=> 200

# PATCH merges top-level keys
PUT /v1/buckets/pb alice:secret
{"data": {"a": "b", "k": 1, "last_modified": 1500000000002}}
=> 201
< ETag: "1500000000002"

PATCH /v1/buckets/pb alice:secret
{"data": {"b": "c"}}
=> 200
{"data": {"id": "pb", "a": "b", "b": "c", "k": 1},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# the PATCH bumped last_modified
GET /v1/buckets/pb alice:secret
If-Match: "1500000000002"
=> 412
{"errno": 114}

# PATCH {"data": {}} is accepted and still bumps last_modified
PATCH /v1/buckets/pb alice:secret
{"data": {"last_modified": 2000000000000}}
=> 200
< ETag: "2000000000000"
< Last-Modified: Wed, 18 May 2033 03:33:20 GMT

PATCH /v1/buckets/pb alice:secret
{"data": {}}
=> 200
{"data": {"id": "pb", "a": "b", "b": "c", "k": 1}}

GET /v1/buckets/pb alice:secret
If-None-Match: "2000000000000"
=> 200

# PATCH without data and permissions: 400
PATCH /v1/buckets/pb alice:secret
{}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "Provide at least one of data or permissions",
 "details": [{"location": "body", "name": "data"}]}

PATCH /v1/buckets/pb alice:secret
=> 400
{"errno": 107, "message": "Provide at least one of data or permissions"}

# PATCH with data.id different from the URL: 400
PATCH /v1/buckets/pb alice:secret
{"data": {"id": "zz"}}
=> 400
{"errno": 107, "message": "Object id does not match existing object"}

# PATCH "data": null: 400
PATCH /v1/buckets/pb alice:secret
{"data": null}
=> 400
{"errno": 107}

# PATCH permissions: each named permission replaced, others kept
PATCH /v1/buckets/pb alice:secret
{"permissions": {"read": ["system.Everyone"]}}
=> 200
{"data": {"id": "pb", "a": "b"},
 "permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

PATCH /v1/buckets/pb alice:secret
{"permissions": {"collection:create": ["system.Authenticated"], "read": null}}
=> 200
{"permissions": {"read": ["system.Everyone"],
                 "collection:create": ["system.Authenticated"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/pb
=> 200
{"data": {"id": "pb", "a": "b"}, "permissions": {}}

# DELETE: a tombstone
PUT /v1/buckets/del alice:secret
{"data": {"x": 1, "last_modified": 1500000000000}}
=> 201

DELETE /v1/buckets/del alice:secret
=> 200
< ETag ~ "
< Content-Type: application/json
{"data": {"deleted": true, "id": "del"}}

# the bucket's ACL is gone with it: 403 for its former owner, 404 for mat
GET /v1/buckets/del alice:secret
=> 403

GET /v1/buckets/del mat:secret
=> 404
{"code": 404, "errno": 110, "error": "Not Found",
 "details": {"id": "del", "resource_name": "bucket"}}

DELETE /v1/buckets/del mat:secret
=> 404
{"errno": 110}

# PUT re-creates it (201), without the old fields
PUT /v1/buckets/del alice:secret
{"data": {"y": 2}}
=> 201
{"data": {"id": "del", "y": 2},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets?has_x=true alice:secret
=> 200
{"data": []}

# DELETE ?last_modified above the current forces the tombstone's timestamp
PUT /v1/buckets/dlm alice:secret
{"data": {"last_modified": 1500000000000}}
=> 201
< ETag: "1500000000000"

DELETE /v1/buckets/dlm?last_modified=1500000000010 alice:secret
=> 200
< ETag: "1500000000010"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
{"data": {"deleted": true, "id": "dlm", "last_modified": 1500000000010}}

# ?last_modified=abc: 400 (cinto's fix; Kinto answers 500)
PUT /v1/buckets/dlm2 alice:secret
=> 201

DELETE /v1/buckets/dlm2?last_modified=abc alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "last_modified in querystring: \"abc\" is not a number",
 "details": [{"location": "querystring", "name": "last_modified"}]}

DELETE /v1/buckets/dlm2?last_modified="5" alice:secret
=> 400
{"code": 400, "errno": 107}

# nothing was deleted
GET /v1/buckets/dlm2 alice:secret
=> 200
{"data": {"id": "dlm2"}}

# deleting a bucket deletes everything below it
PUT /v1/buckets/casc alice:secret
=> 201

PUT /v1/buckets/casc/collections/c alice:secret
=> 201

PUT /v1/buckets/casc/collections/c/records/r alice:secret
{"data": {"v": 1}}
=> 201

PUT /v1/buckets/casc/groups/g alice:secret
{"data": {"members": ["system.Authenticated"]}}
=> 201

DELETE /v1/buckets/casc alice:secret
=> 200
{"data": {"deleted": true, "id": "casc"}}

GET /v1/buckets/casc/collections/c mat:secret
=> 404
{"errno": 110, "details": {"id": "c", "resource_name": "collection"}}

GET /v1/buckets/casc/groups/g mat:secret
=> 404
{"errno": 110, "details": {"id": "g", "resource_name": "group"}}

GET /v1/buckets/casc/collections/c/records/r mat:secret
=> 404
{"errno": 111, "details": {"id": "c", "resource_name": "collection"}}

# the group membership went with the group
GET /v1/ alice:secret
=> 200
{"user": {"principals": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570",
                         "system.Everyone", "system.Authenticated"]}}

# re-created, the bucket is empty
PUT /v1/buckets/casc alice:secret
=> 201

GET /v1/buckets/casc/collections alice:secret
=> 200
{"data": []}

GET /v1/buckets/casc/groups alice:secret
=> 200
{"data": []}

PUT /v1/buckets/casc/collections/c alice:secret
=> 201

GET /v1/buckets/casc/collections/c/records alice:secret
=> 200
{"data": []}

# __permissions__ in data never becomes the ACL
PUT /v1/buckets/pp alice:secret
{"data": {"t": 1, "__permissions__": {"foo": ["system.Everyone"], "write": ["system.Everyone"]}}}
=> 201
{"data": {"id": "pp", "t": 1},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/pp
=> 401

PATCH /v1/buckets/pp bob:secret
{"data": {"t": 2}}
=> 403

PATCH /v1/buckets/pp alice:secret
{"data": {"__permissions__": {"read": ["system.Everyone"]}}}
=> 200
{"data": {"id": "pp", "t": 1},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/pp
=> 401

POST /v1/buckets alice:secret
{"data": {"id": "pp2", "__permissions__": "zz"}}
=> 201
{"data": {"id": "pp2"}}

# it is not stored as data either
PATCH /v1/buckets/pp alice:secret
Content-Type: application/json-patch+json
[{"op": "remove", "path": "/data/__permissions__"}]
=> 400
{"errno": 107, "details": [{"location": "body", "name": null}]}
