# Partly shared lists (auth.md, "Authorization algorithm" step 4;
# requests.md, "Plural endpoint: GET and HEAD").
@set KINTO_MULTIAUTH_POLICIES=basicauth

# anonymous GET /buckets with no bucket shared: 401
GET /v1/buckets
=> 401
< WWW-Authenticate ~ Basic
{"code": 401, "errno": 104, "error": "Unauthorized", "message": "Please authenticate yourself to use this endpoint."}

# an authenticated user with no bucket: 200 [] (may create buckets)
GET /v1/buckets bob:secret
=> 200
{"data": []}

# HEAD /buckets likewise
HEAD /v1/buckets bob:secret
=> 200
< Total-Objects: 0

# setup: bucket
PUT /v1/buckets/b alice:secret
=> 201

# setup: group g with bob
PUT /v1/buckets/b/groups/g alice:secret
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: collection c
PUT /v1/buckets/b/collections/c alice:secret
=> 201

# setup: collection c2 (nothing shared)
PUT /v1/buckets/b/collections/c2 alice:secret
=> 201

# setup: c2/z
PUT /v1/buckets/b/collections/c2/records/z alice:secret
=> 201

# setup: r1 readable by every authenticated user
PUT /v1/buckets/b/collections/c/records/r1 alice:secret
{"data": {"x": 1, "last_modified": 1001}, "permissions": {"read": ["system.Authenticated"]}}
=> 201

# setup: r2 readable by bob
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
{"data": {"x": 2, "last_modified": 1002}, "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: r3 readable by the group g
PUT /v1/buckets/b/collections/c/records/r3 alice:secret
{"data": {"x": 3, "last_modified": 1003}, "permissions": {"read": ["/buckets/b/groups/g"]}}
=> 201

# setup: r4 writable by bob
PUT /v1/buckets/b/collections/c/records/r4 alice:secret
{"data": {"x": 4, "last_modified": 1004}, "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: r5 readable by everyone
PUT /v1/buckets/b/collections/c/records/r5 alice:secret
{"data": {"x": 5, "last_modified": 1005}, "permissions": {"read": ["system.Everyone"]}}
=> 201

# setup: r6 private
PUT /v1/buckets/b/collections/c/records/r6 alice:secret
{"data": {"x": 6, "last_modified": 1006}}
=> 201

# alice sees everything
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
{"data": [{"id": "r6"}, {"id": "r5"}, {"id": "r4"}, {"id": "r3"}, {"id": "r2"}, {"id": "r1"}]}

# bob sees only the records he may read (user, group, Authenticated, Everyone, write)
GET /v1/buckets/b/collections/c/records bob:secret
=> 200
{"data": [{"id": "r5"}, {"id": "r4"}, {"id": "r3"}, {"id": "r2"}, {"id": "r1"}]}

# the ETag is the list timestamp, whoever asks
GET /v1/buckets/b/collections/c/records bob:secret
=> 200
< ETag ~ "

# HEAD counts only what bob may read
HEAD /v1/buckets/b/collections/c/records bob:secret
=> 200
< Total-Objects: 5
< Total-Records: 5

# carol (authenticated, nothing of her own) sees r1 and r5
GET /v1/buckets/b/collections/c/records carol:secret
=> 200
{"data": [{"id": "r5"}, {"id": "r1"}]}

# anonymous sees r5 only
GET /v1/buckets/b/collections/c/records
=> 200
{"data": [{"id": "r5"}]}

# HEAD anonymous
HEAD /v1/buckets/b/collections/c/records
=> 200
< Total-Objects: 1

# has_ does not widen a shared list (Kinto memory bug not copied)
GET /v1/buckets/b/collections/c/records?has_x=true carol:secret
=> 200
{"data": [{"id": "r5"}, {"id": "r1"}]}

# has_ after a filter: still ANDed with the sharing
GET /v1/buckets/b/collections/c/records?x=6&has_x=true carol:secret
=> 200
{"data": []}

# filters apply within the shared set
GET /v1/buckets/b/collections/c/records?gt_x=2 bob:secret
=> 200
{"data": [{"id": "r5"}, {"id": "r4"}, {"id": "r3"}]}

# a filter on a record bob cannot read matches nothing
GET /v1/buckets/b/collections/c/records?id=r6 bob:secret
=> 200
{"data": []}

# in_id cannot reach unreadable records
GET /v1/buckets/b/collections/c/records?in_id=r6,r1 bob:secret
=> 200
{"data": [{"id": "r1"}]}

# sorting within the shared set
GET /v1/buckets/b/collections/c/records?_sort=x bob:secret
=> 200
{"data": [{"id": "r1"}, {"id": "r2"}, {"id": "r3"}, {"id": "r4"}, {"id": "r5"}]}

# pagination within the shared set
GET /v1/buckets/b/collections/c/records?_sort=x&_limit=2 bob:secret
=> 200
< Next-Page ~ _sort=x&_limit=2&_token=
{"data": [{"id": "r1"}, {"id": "r2"}]}

# following a token within the shared set (r6 stays hidden)
GET /v1/buckets/b/collections/c/records?_sort=x&_limit=3&_token=eyJsYXN0X29iamVjdCI6eyJ4IjozLCJsYXN0X21vZGlmaWVkIjoxMDAzfSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D bob:secret
=> 200
< !Next-Page
{"data": [{"id": "r4"}, {"id": "r5"}]}

# HEAD with a filter within the shared set
HEAD /v1/buckets/b/collections/c/records?lt_x=4 carol:secret
=> 200
< Total-Objects: 1

# _since within the shared set
GET /v1/buckets/b/collections/c/records?_since=1002 carol:secret
=> 200
{"data": [{"id": "r5"}]}

# nothing shared, no create permission: 403
GET /v1/buckets/b/collections/c2/records bob:secret
=> 403
{"code": 403, "errno": 121, "error": "Forbidden", "message": "This user cannot access this resource."}

# nothing shared, anonymous: 401
GET /v1/buckets/b/collections/c2/records
=> 401

# HEAD nothing shared: 403
HEAD /v1/buckets/b/collections/c2/records bob:secret
=> 403

# DELETE nothing writable, no create permission: 403
DELETE /v1/buckets/b/collections/c2/records bob:secret
=> 403

# the collections list: bob can read no collection and create none: 403
GET /v1/buckets/b/collections bob:secret
=> 403

# GET /buckets: bob reads no bucket but may create: 200 []
GET /v1/buckets bob:secret
=> 200
{"data": []}

# GET /buckets anonymously: still 401 (no bucket shared with Everyone)
GET /v1/buckets
=> 401

# setup: grant bob record:create on c2
PATCH /v1/buckets/b/collections/c2 alice:secret
{"permissions": {"record:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

# record:create on c2 and nothing readable: 200 []
GET /v1/buckets/b/collections/c2/records bob:secret
=> 200
{"data": []}

# HEAD likewise
HEAD /v1/buckets/b/collections/c2/records bob:secret
=> 200
< Total-Objects: 0

# setup: bob's own record in c2
PUT /v1/buckets/b/collections/c2/records/mine bob:secret
{"data": {"k": 1}}
=> 201

# bob sees his own record only
GET /v1/buckets/b/collections/c2/records bob:secret
=> 200
{"data": [{"id": "mine"}]}

# bob's DELETE on c removes only what he may write (r4)
DELETE /v1/buckets/b/collections/c/records bob:secret
=> 200
{"data": [{"id": "r4", "deleted": true}]}

# alice still has the others
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
{"data": [{"id": "r6"}, {"id": "r5"}, {"id": "r3"}, {"id": "r2"}, {"id": "r1"}]}

# setup: grant bob read on the collection c
PATCH /v1/buckets/b/collections/c alice:secret
{"permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

# read on the collection: the whole list
GET /v1/buckets/b/collections/c/records bob:secret
=> 200
{"data": [{"id": "r6"}, {"id": "r5"}, {"id": "r3"}, {"id": "r2"}, {"id": "r1"}]}

# setup: share the bucket with everyone
PATCH /v1/buckets/b alice:secret
{"permissions": {"read": ["system.Everyone"]}}
=> 200

# anonymous GET /buckets now lists b
GET /v1/buckets
=> 200
{"data": [{"id": "b"}]}

# bob sees b in the buckets list
GET /v1/buckets bob:secret
=> 200
{"data": [{"id": "b"}]}

