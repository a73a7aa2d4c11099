# Authorization on object endpoints (auth.md "Inheritance",
# "Authorization algorithm", "401 versus 403"), with a restricted
# bucket_create_principals: only alice may create buckets.
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_BUCKET_CREATE_PRINCIPALS=basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570

# bob may not create buckets: 403; anonymous 401
PUT /v1/buckets/bobs bob:secret
=> 403
{"code": 403, "errno": 121, "error": "Forbidden",
 "message": "This user cannot access this resource."}

POST /v1/buckets bob:secret
{"data": {"id": "bobs"}}
=> 403

POST /v1/buckets bob:secret
=> 403

PUT /v1/buckets/bobs
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"code": 401, "errno": 104, "error": "Unauthorized",
 "message": "Please authenticate yourself to use this endpoint."}

# ... and an invalid id from him is a 403 (authorization comes first)
PUT /v1/buckets/__x__ bob:secret
=> 403

PUT /v1/buckets/__x__ alice:secret
=> 400
{"message": "path: Invalid object id"}

# bob's list of buckets: 403 now (he can neither read any nor create)
GET /v1/buckets bob:secret
=> 403

PUT /v1/buckets/a alice:secret
{"data": {"last_modified": 1500000000000}}
=> 201
< ETag: "1500000000000"

# If-None-Match: * on an existing object: 412 for who may create, else 403
PUT /v1/buckets/a alice:secret
If-None-Match: *
=> 412
{"code": 412, "errno": 114, "error": "Precondition Failed"}

PUT /v1/buckets/a bob:secret
If-None-Match: *
=> 403

# If-Match on a missing object: 412
PUT /v1/buckets/missing alice:secret
If-Match: "1500000000000"
=> 412
{"errno": 114}

# If-Match equal to the current ETag: the replace goes through
PUT /v1/buckets/a alice:secret
If-Match: "1500000000000"
{"data": {"v": 1}}
=> 200
{"data": {"id": "a", "v": 1}}

PUT /v1/buckets/a alice:secret
If-Match: "1500000000000"
{"data": {"v": 2}}
=> 412
< ETag ~ "
{"errno": 114, "details": {"existing": {"id": "a", "v": 1}}}

# POST If-None-Match: * with an existing id: 412
POST /v1/buckets alice:secret
If-None-Match: *
{"data": {"id": "a"}}
=> 412
{"errno": 114}

# system.Authenticated and system.Everyone in ACLs
PUT /v1/buckets/a/collections/c alice:secret
{"permissions": {"read": ["system.Authenticated"]}}
=> 201

PUT /v1/buckets/a/collections/c/records/r alice:secret
{"data": {"x": 1}}
=> 201

GET /v1/buckets/a/collections/c/records/r bob:secret
=> 200
{"data": {"id": "r", "x": 1}, "permissions": {}}

GET /v1/buckets/a/collections/c/records/r
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"code": 401, "errno": 104}

# bob may read the collection but neither it nor the bucket's other children
GET /v1/buckets/a/collections/c bob:secret
=> 200
{"data": {"id": "c"}, "permissions": {}}

GET /v1/buckets/a bob:secret
=> 403

PUT /v1/buckets/a/collections/c2 alice:secret
=> 201

GET /v1/buckets/a/collections/c2 bob:secret
=> 403

# write for everyone on a collection: anonymous writes records
PUT /v1/buckets/a/collections/open alice:secret
{"permissions": {"write": ["system.Everyone"]}}
=> 201

PUT /v1/buckets/a/collections/open/records/anon
{"data": {"by": "nobody"}}
=> 201
{"data": {"id": "anon", "by": "nobody"}, "permissions": {"write": ["system.Everyone"]}}

GET /v1/buckets/a/collections/open/records/anon
=> 200
{"data": {"id": "anon", "by": "nobody"}, "permissions": {"write": ["system.Everyone"]}}

DELETE /v1/buckets/a/collections/open/records/anon
=> 200
{"data": {"deleted": true, "id": "anon"}}

# unknown record there: 404 for anonymous (everyone may read the collection)
GET /v1/buckets/a/collections/open/records/anon
=> 404
{"errno": 110, "details": {"id": "anon", "resource_name": "record"}}

# anonymous may write the collection itself but not the bucket
PATCH /v1/buckets/a/collections/open
{"data": {"t": 1}}
=> 200
{"data": {"id": "open", "t": 1}}

PATCH /v1/buckets/a
{"data": {"t": 1}}
=> 401

# record-level sharing: bob reads one record of a private collection
PUT /v1/buckets/a/collections/c2/records/shared alice:secret
{"data": {"s": 1}, "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

PUT /v1/buckets/a/collections/c2/records/private alice:secret
{"data": {"p": 1}}
=> 201

GET /v1/buckets/a/collections/c2/records/shared bob:secret
=> 200
{"data": {"id": "shared", "s": 1}, "permissions": {}}

GET /v1/buckets/a/collections/c2/records/private bob:secret
=> 403

GET /v1/buckets/a/collections/c2/records/unknown bob:secret
=> 403

PATCH /v1/buckets/a/collections/c2/records/shared bob:secret
{"data": {"s": 2}}
=> 403

# record-level write: bob becomes writer of "shared"
PATCH /v1/buckets/a/collections/c2/records/shared alice:secret
{"permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

PATCH /v1/buckets/a/collections/c2/records/shared bob:secret
{"data": {"s": 2}}
=> 200
{"data": {"id": "shared", "s": 2},
 "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

# the parent's writers may still write it
DELETE /v1/buckets/a/collections/c2/records/shared alice:secret
=> 200
{"data": {"deleted": true, "id": "shared"}}

# bob lost his ACL with the record: 403 now (no read on the collection)
GET /v1/buckets/a/collections/c2/records/shared bob:secret
=> 403

# mat: no access anywhere
GET /v1/buckets/a/collections/c2/records/private mat:secret
=> 403

DELETE /v1/buckets/a mat:secret
=> 403

# a bucket writer can do everything below it
PUT /v1/buckets/a alice:secret
{"permissions": {"write": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 200

GET /v1/buckets/a/collections/c2/records/private mat:secret
=> 200
{"data": {"id": "private", "p": 1}, "permissions": {}}

PUT /v1/buckets/a/groups/g mat:secret
=> 201
{"data": {"id": "g", "members": []}}

DELETE /v1/buckets/a/collections/c2 mat:secret
=> 200

GET /v1/buckets/a/collections/c2/records/private mat:secret
=> 404
{"errno": 111, "details": {"id": "c2", "resource_name": "collection"}}
