# 401 versus 403, and 404 versus 403 on missing objects (auth.md,
# "Authorization algorithm" steps 3 and 5 with its examples, "401 versus
# 403"; objects.md, "Identifiers" and "Records"; requests.md, "Order in
# which a request is checked").
#
# Bucket beer is alice's, with {"collection:create": [bob]} and
# {"read": [mat]}; wheat is alice's collection in it.
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_MULTIAUTH_POLICIES=basicauth

# setup: beer
PUT /v1/buckets/beer alice:secret
{"data": {"last_modified": 1500000000000},
 "permissions": {"collection:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"], "read": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 201

# setup: beer/wheat
PUT /v1/buckets/beer/collections/wheat alice:secret
{"data": {"last_modified": 1500000000001}}
=> 201

# setup: beer/wheat/r
PUT /v1/buckets/beer/collections/wheat/records/r alice:secret
=> 201

# --- 401: anonymous and denied, with one challenge per policy
# anonymous GET of a bucket
GET /v1/buckets/beer
=> 401
< WWW-Authenticate: Basic realm="Realm"
< Content-Type: application/json
= {"code": 401, "errno": 104, "error": "Unauthorized", "message": "Please authenticate yourself to use this endpoint."}

# anonymous PUT of a bucket (bucket_create_principals: Authenticated)
PUT /v1/buckets/anon
=> 401
< WWW-Authenticate: Basic realm="Realm"
= {"code": 401, "errno": 104, "error": "Unauthorized", "message": "Please authenticate yourself to use this endpoint."}

# anonymous PATCH of a record
PATCH /v1/buckets/beer/collections/wheat/records/r
{"data": {}}
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"code": 401, "errno": 104}

# anonymous DELETE of a list
DELETE /v1/buckets/beer/collections
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"code": 401, "errno": 104}

# anonymous HEAD: 401 and the challenge, no body
HEAD /v1/buckets/beer/collections/wheat
=> 401
< WWW-Authenticate: Basic realm="Realm"

# --- 403: authenticated and denied, never a challenge
# bob GET of wheat
GET /v1/buckets/beer/collections/wheat bob:secret
=> 403
< !WWW-Authenticate
< Content-Type: application/json
= {"code": 403, "errno": 121, "error": "Forbidden", "message": "This user cannot access this resource."}

# bob PATCH of the bucket
PATCH /v1/buckets/beer bob:secret
{"data": {}}
=> 403
< !WWW-Authenticate
= {"code": 403, "errno": 121, "error": "Forbidden", "message": "This user cannot access this resource."}

# a 200 to anonymous carries no challenge either
GET /v1/
=> 200
< !WWW-Authenticate

# --- the examples of auth.md with beer
# bob reads beer through collection:create, with permissions {}
GET /v1/buckets/beer bob:secret
=> 200
= {"data": {"id": "beer", "last_modified": 1500000000000}, "permissions": {}}

# bob's collections list: [] before he creates one
GET /v1/buckets/beer/collections bob:secret
=> 200
= {"data": []}

# wheat's records list: 403
GET /v1/buckets/beer/collections/wheat/records bob:secret
=> 403
< !WWW-Authenticate
{"code": 403, "errno": 121}

# wheat's record: 403
GET /v1/buckets/beer/collections/wheat/records/r bob:secret
=> 403
{"code": 403, "errno": 121}

# an unknown record under wheat: 403, not 404
GET /v1/buckets/beer/collections/wheat/records/unknown bob:secret
=> 403
{"code": 403, "errno": 121}

# ... PATCH of it: 403
PATCH /v1/buckets/beer/collections/wheat/records/unknown bob:secret
{"data": {}}
=> 403
{"code": 403, "errno": 121}

# an unknown collection: 403 (he may create in the list, not read it)
GET /v1/buckets/beer/collections/nope bob:secret
=> 403
{"code": 403, "errno": 121}

# PATCH of it: 403
PATCH /v1/buckets/beer/collections/nope bob:secret
{"data": {}}
=> 403
{"code": 403, "errno": 121}

# DELETE of it: 403
DELETE /v1/buckets/beer/collections/nope bob:secret
=> 403
{"code": 403, "errno": 121}

# an unknown group: 403
DELETE /v1/buckets/beer/groups/nope bob:secret
=> 403
{"code": 403, "errno": 121}

# mat (read on the bucket): 404 for the same unknown collection
GET /v1/buckets/beer/collections/nope mat:secret
=> 404
= {"code": 404, "errno": 110, "error": "Not Found", "details": {"id": "nope", "resource_name": "collection"}}

# ... PATCH: 404 (he may read the collections list)
PATCH /v1/buckets/beer/collections/nope mat:secret
{"data": {}}
=> 404
= {"code": 404, "errno": 110, "error": "Not Found", "details": {"id": "nope", "resource_name": "collection"}}

# ... DELETE: 404
DELETE /v1/buckets/beer/collections/nope mat:secret
=> 404
= {"code": 404, "errno": 110, "error": "Not Found", "details": {"id": "nope", "resource_name": "collection"}}

# ... an unknown group: 404
PATCH /v1/buckets/beer/groups/nope mat:secret
{"data": {}}
=> 404
{"code": 404, "errno": 110, "details": {"id": "nope", "resource_name": "group"}}

# ... an unknown record in a collection he can read: 404
PATCH /v1/buckets/beer/collections/wheat/records/unknown mat:secret
{"data": {}}
=> 404
= {"code": 404, "errno": 110, "error": "Not Found", "details": {"id": "unknown", "resource_name": "record"}}

# ... DELETE likewise
DELETE /v1/buckets/beer/collections/wheat/records/unknown mat:secret
=> 404
{"code": 404, "errno": 110, "details": {"id": "unknown", "resource_name": "record"}}

# ... but PUT of it needs record:create: 403, not 404
PUT /v1/buckets/beer/collections/wheat/records/unknown mat:secret
=> 403
{"code": 403, "errno": 121}

# ... and the existing record is his to read, not to write
PATCH /v1/buckets/beer/collections/wheat/records/r mat:secret
{"data": {}}
=> 403
{"code": 403, "errno": 121}

# POST naming an existing id asks read on that object (algorithm step
# 1): bob may create collections but not read wheat: 403
POST /v1/buckets/beer/collections bob:secret
{"data": {"id": "wheat"}}
=> 403
{"code": 403, "errno": 121}

# ... mat may read it but not create: 200, the existing object unchanged
POST /v1/buckets/beer/collections mat:secret
{"data": {"id": "wheat", "new": 1}}
=> 200
= {"data": {"id": "wheat", "last_modified": 1500000000001}, "permissions": {}}

# ... and a new id needs create: mat 403
POST /v1/buckets/beer/collections mat:secret
{"data": {"id": "rye"}}
=> 403
{"code": 403, "errno": 121}

# PUT If-None-Match: * on an existing object asks create: mat 403
PUT /v1/buckets/beer/collections/wheat mat:secret
If-None-Match: *
=> 403
{"code": 403, "errno": 121}

# ... bob, who may create, gets the 412
PUT /v1/buckets/beer/collections/wheat bob:secret
If-None-Match: *
=> 412
{"code": 412, "errno": 114}

# the id syntax is checked after authorization: bob 403, mat 400
GET /v1/buckets/beer/collections/__x__ bob:secret
=> 403
{"code": 403, "errno": 121}

# ... mat gets the 400
GET /v1/buckets/beer/collections/__x__ mat:secret
=> 400
{"code": 400, "errno": 107, "message": "path: Invalid object id"}

# ... anonymous the 401
GET /v1/buckets/beer/collections/__x__
=> 401
{"code": 401, "errno": 104}

# --- records of a missing collection (objects.md, "Records")
# GET: authorization first: bob 403
GET /v1/buckets/beer/collections/nope/records bob:secret
=> 403
{"code": 403, "errno": 121}

# ... anonymous 401
GET /v1/buckets/beer/collections/nope/records
=> 401
{"code": 401, "errno": 104}

# ... mat (allowed) 404 errno 111
GET /v1/buckets/beer/collections/nope/records mat:secret
=> 404
= {"code": 404, "errno": 111, "error": "Not Found", "details": {"id": "nope", "resource_name": "collection"}}

# PUT of a record: the collection is looked up first, even for anonymous
PUT /v1/buckets/beer/collections/nope/records/r
=> 404
= {"code": 404, "errno": 111, "error": "Not Found", "details": {"id": "nope", "resource_name": "collection"}}

# ... POST on the list likewise
POST /v1/buckets/beer/collections/nope/records bob:secret
{"data": {}}
=> 404
{"code": 404, "errno": 111, "details": {"id": "nope", "resource_name": "collection"}}

# --- unknown buckets: 403 for authenticated users, even those who could
# create them; 401 for anonymous
# GET
GET /v1/buckets/unknown bob:secret
=> 403
{"code": 403, "errno": 121}

# PATCH
PATCH /v1/buckets/unknown bob:secret
{"data": {}}
=> 403
{"code": 403, "errno": 121}

# DELETE
DELETE /v1/buckets/unknown bob:secret
=> 403
{"code": 403, "errno": 121}

# HEAD
HEAD /v1/buckets/unknown bob:secret
=> 403

# its collections
GET /v1/buckets/unknown/collections bob:secret
=> 403
{"code": 403, "errno": 121}

# its groups
GET /v1/buckets/unknown/groups bob:secret
=> 403
{"code": 403, "errno": 121}

# the records of a collection in it
GET /v1/buckets/unknown/collections/x/records bob:secret
=> 403
{"code": 403, "errno": 121}

# a collection in it
GET /v1/buckets/unknown/collections/x bob:secret
=> 403
{"code": 403, "errno": 121}

# creating a collection in it
PUT /v1/buckets/unknown/collections/x bob:secret
=> 403
{"code": 403, "errno": 121}

# anonymous: 401
GET /v1/buckets/unknown
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"code": 401, "errno": 104}

# anonymous, its collections: 401
GET /v1/buckets/unknown/collections
=> 401
{"code": 401, "errno": 104}

# a bucket that existed: 403 too once deleted
PUT /v1/buckets/gone bob:secret
=> 201

# ... deleted
DELETE /v1/buckets/gone bob:secret
=> 200
{"data": {"id": "gone", "deleted": true}}

# ... its author now gets 403 (its ACL went with it)
GET /v1/buckets/gone bob:secret
=> 403
{"code": 403, "errno": 121}

# --- GET /buckets: bob sees beer, mat too; [] for another user
GET /v1/buckets bob:secret
=> 200
{"data": [{"id": "beer"}]}

# mat likewise
GET /v1/buckets mat:secret
=> 200
{"data": [{"id": "beer"}]}

# a user with nothing: [] (he may create buckets)
GET /v1/buckets carol:secret
=> 200
= {"data": []}

# --- DELETE /buckets/beer/collections by bob
# with no collection of his: [] (allowed through collection:create)
DELETE /v1/buckets/beer/collections bob:secret
=> 200
= {"data": []}

# he creates stout
PUT /v1/buckets/beer/collections/stout bob:secret
=> 201

# mat reads stout through the bucket
GET /v1/buckets/beer/collections/stout mat:secret
=> 200
{"data": {"id": "stout"}}

# the same DELETE deletes only stout
DELETE /v1/buckets/beer/collections bob:secret
=> 200
{"data": [{"id": "stout", "deleted": true}]}

# wheat is still there
GET /v1/buckets/beer/collections mat:secret
=> 200
{"data": [{"id": "wheat"}]}
