# Lists of partly readable objects (auth.md, "Authorization algorithm"
# step 4, "Inheritance" for plural endpoints): when the caller may not
# read (write) the whole list, the answer holds only the children he
# may read (write) at object level; with none, create permission in the
# parent gives an empty list; otherwise 403/401.  HEAD counts the same
# objects, pagination walks them only, bulk DELETE deletes only those.
#
# Here for buckets, collections and groups (records: lists_shared.t).
# Timestamps are pinned to know the default order (-last_modified).
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_MULTIAUTH_POLICIES=basicauth

# --- /buckets before anything is shared
# an authenticated user with no bucket: [] (he may create buckets)
GET /v1/buckets mat:secret
=> 200
= {"data": []}

# HEAD likewise
HEAD /v1/buckets mat:secret
=> 200
< Total-Objects: 0

# DELETE likewise: nothing deleted
DELETE /v1/buckets mat:secret
=> 200
= {"data": []}

# anonymous: 401 (nothing shared, no create)
GET /v1/buckets
=> 401
< WWW-Authenticate: Basic realm="Realm"
= {"code": 401, "errno": 104, "error": "Unauthorized", "message": "Please authenticate yourself to use this endpoint."}

# setup: b1, bob holds read
PUT /v1/buckets/b1 alice:secret
{"data": {"last_modified": 1001}, "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: b2, bob holds write
PUT /v1/buckets/b2 alice:secret
{"data": {"last_modified": 1002}, "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: b3, alice's only
PUT /v1/buckets/b3 alice:secret
{"data": {"last_modified": 1003}}
=> 201

# setup: b4, bob holds collection:create
PUT /v1/buckets/b4 alice:secret
{"data": {"last_modified": 1004}, "permissions": {"collection:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: b5, bob holds group:create
PUT /v1/buckets/b5 alice:secret
{"data": {"last_modified": 1005}, "permissions": {"group:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: b6, read for the group b1/g
PUT /v1/buckets/b6 alice:secret
{"data": {"last_modified": 1006}, "permissions": {"read": ["/buckets/b1/groups/g"]}}
=> 201

# setup: the group b1/g with bob
PUT /v1/buckets/b1/groups/g alice:secret
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: b8, alice's only
PUT /v1/buckets/b8 alice:secret
{"data": {"last_modified": 1008}}
=> 201

# --- GET/HEAD /buckets: only what bob may read (read, write,
# collection:create, group:create, through a group)
# bob's buckets
GET /v1/buckets bob:secret
=> 200
{"data": [{"id": "b6"}, {"id": "b5"}, {"id": "b4"}, {"id": "b2"}, {"id": "b1"}]}

# HEAD counts those only
HEAD /v1/buckets bob:secret
=> 200
< Total-Objects: 5

# alice sees all
HEAD /v1/buckets alice:secret
=> 200
< Total-Objects: 7

# mat still sees none
GET /v1/buckets mat:secret
=> 200
= {"data": []}

# filters apply inside the visible set
GET /v1/buckets?in_id=b3,b4,b8 bob:secret
=> 200
{"data": [{"id": "b4"}]}

# pagination over the visible set: page 1
GET /v1/buckets?_limit=2 bob:secret
=> 200
< Next-Page ~ /v1/buckets?_limit=2&_token=
{"data": [{"id": "b6"}, {"id": "b5"}]}

# page 2 (token after b5's timestamp): b3, between b4 and b2, is skipped
GET /v1/buckets?_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDA1fSwib2Zmc2V0IjoyLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D bob:secret
=> 200
< Next-Page ~ /v1/buckets?_limit=2&_token=
{"data": [{"id": "b4"}, {"id": "b2"}]}

# page 3: the last visible bucket, no Next-Page (b3 and b8 do not count)
GET /v1/buckets?_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDAyfSwib2Zmc2V0Ijo0LCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D bob:secret
=> 200
< !Next-Page
{"data": [{"id": "b1"}]}

# a page ending on the last visible bucket has no Next-Page either
GET /v1/buckets?_limit=5 bob:secret
=> 200
< !Next-Page
{"data": [{"id": "b6"}, {"id": "b5"}, {"id": "b4"}, {"id": "b2"}, {"id": "b1"}]}

# --- a bucket shared with system.Everyone
# setup: b7 readable by everyone
PUT /v1/buckets/b7 alice:secret
{"data": {"last_modified": 1007}, "permissions": {"read": ["system.Everyone"]}}
=> 201

# anonymous: 200 with that bucket only (no more 401)
GET /v1/buckets
=> 200
< !WWW-Authenticate
= {"data": [{"id": "b7", "last_modified": 1007}]}

# HEAD anonymous
HEAD /v1/buckets
=> 200
< Total-Objects: 1

# mat sees it too
GET /v1/buckets mat:secret
=> 200
{"data": [{"id": "b7"}]}

# anonymous DELETE: nothing writable, cannot create: 401
DELETE /v1/buckets
=> 401
{"code": 401, "errno": 104}

# --- collections of bucket lb: bob holds read, write, record:create on
# three of them, read through a group on a fourth, nothing on cn
# setup: lb, alice's
PUT /v1/buckets/lb alice:secret
=> 201

# setup: lb/cr, bob reads
PUT /v1/buckets/lb/collections/cr alice:secret
{"data": {"last_modified": 2001}, "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: lb/cw, bob writes
PUT /v1/buckets/lb/collections/cw alice:secret
{"data": {"last_modified": 2002}, "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: lb/crc, bob creates records
PUT /v1/buckets/lb/collections/crc alice:secret
{"data": {"last_modified": 2003}, "permissions": {"record:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: lb/cn, alice's only
PUT /v1/buckets/lb/collections/cn alice:secret
{"data": {"last_modified": 2004}}
=> 201

# setup: lb/cg, read for the group b1/g
PUT /v1/buckets/lb/collections/cg alice:secret
{"data": {"last_modified": 2005}, "permissions": {"read": ["/buckets/b1/groups/g"]}}
=> 201

# setup: lb/crc/r, alice's record
PUT /v1/buckets/lb/collections/crc/records/r alice:secret
=> 201

# setup: group lb/gr, bob reads
PUT /v1/buckets/lb/groups/gr alice:secret
{"permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: group lb/gn, alice's only
PUT /v1/buckets/lb/groups/gn alice:secret
=> 201

# bob's collections of lb: every one but cn (record:create reads attributes)
GET /v1/buckets/lb/collections bob:secret
=> 200
{"data": [{"id": "cg"}, {"id": "crc"}, {"id": "cw"}, {"id": "cr"}]}

# HEAD counts those only
HEAD /v1/buckets/lb/collections bob:secret
=> 200
< Total-Objects: 4

# a filter cannot reach cn
GET /v1/buckets/lb/collections?id=cn bob:secret
=> 200
= {"data": []}

# bob's groups of lb: gr only
GET /v1/buckets/lb/groups bob:secret
=> 200
{"data": [{"id": "gr"}]}

# HEAD likewise
HEAD /v1/buckets/lb/groups bob:secret
=> 200
< Total-Objects: 1

# record:create on crc and no record of his: []
GET /v1/buckets/lb/collections/crc/records bob:secret
=> 200
= {"data": []}

# HEAD: 0
HEAD /v1/buckets/lb/collections/crc/records bob:secret
=> 200
< Total-Objects: 0

# DELETE there: nothing he may write, allowed through create: []
DELETE /v1/buckets/lb/collections/crc/records bob:secret
=> 200
= {"data": []}

# alice's record survived
GET /v1/buckets/lb/collections/crc/records/r alice:secret
=> 200

# records of cr (read on the collection): the whole list
GET /v1/buckets/lb/collections/cr/records bob:secret
=> 200
= {"data": []}

# but no DELETE there: nothing writable, no create: 403
DELETE /v1/buckets/lb/collections/cr/records bob:secret
=> 403
{"code": 403, "errno": 121}

# mat: nothing in lb, no create: 403 on each list
GET /v1/buckets/lb/collections mat:secret
=> 403
= {"code": 403, "errno": 121, "error": "Forbidden", "message": "This user cannot access this resource."}

# ... groups
GET /v1/buckets/lb/groups mat:secret
=> 403
{"code": 403, "errno": 121}

# ... HEAD
HEAD /v1/buckets/lb/collections mat:secret
=> 403

# ... anonymous: 401
GET /v1/buckets/lb/collections
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"code": 401, "errno": 104}

# bulk DELETE by bob: only cw, the one he may write
DELETE /v1/buckets/lb/collections bob:secret
=> 200
{"data": [{"id": "cw", "deleted": true}]}

# the others are still there
GET /v1/buckets/lb/collections alice:secret
=> 200
{"data": [{"id": "cg"}, {"id": "cn"}, {"id": "crc"}, {"id": "cr"}]}

# bulk DELETE of groups by bob: nothing writable, no group:create: 403
DELETE /v1/buckets/lb/groups bob:secret
=> 403
{"code": 403, "errno": 121}

# --- create permission gives the empty list of its own type only
# (auth.md examples: bob with collection:create on b4)
# setup: b4/wheat, alice's
PUT /v1/buckets/b4/collections/wheat alice:secret
=> 201

# setup: b4/g, alice's
PUT /v1/buckets/b4/groups/g alice:secret
=> 201

# collection:create: the collections list is [] (wheat hidden)
GET /v1/buckets/b4/collections bob:secret
=> 200
= {"data": []}

# HEAD: 0
HEAD /v1/buckets/b4/collections bob:secret
=> 200
< Total-Objects: 0

# DELETE: [] (allowed through collection:create), wheat kept
DELETE /v1/buckets/b4/collections bob:secret
=> 200
= {"data": []}

# collection:create does not give the groups list
GET /v1/buckets/b4/groups bob:secret
=> 403
{"code": 403, "errno": 121}

# nor wheat's records
GET /v1/buckets/b4/collections/wheat/records bob:secret
=> 403
{"code": 403, "errno": 121}

# bob creates stout
PUT /v1/buckets/b4/collections/stout bob:secret
=> 201

# the list now holds stout only
GET /v1/buckets/b4/collections bob:secret
=> 200
{"data": [{"id": "stout"}]}

# DELETE deletes only stout
DELETE /v1/buckets/b4/collections bob:secret
=> 200
{"data": [{"id": "stout", "deleted": true}]}

# wheat is still alice's
GET /v1/buckets/b4/collections alice:secret
=> 200
{"data": [{"id": "wheat"}]}

# group:create on b5: the groups list is [] ...
GET /v1/buckets/b5/groups bob:secret
=> 200
= {"data": []}

# ... but not the collections list
GET /v1/buckets/b5/collections bob:secret
=> 403
{"code": 403, "errno": 121}

# --- bulk DELETE /buckets: only the buckets bob may write (b2)
DELETE /v1/buckets bob:secret
=> 200
{"data": [{"id": "b2", "deleted": true}]}

# the readable ones remain readable
GET /v1/buckets bob:secret
=> 200
{"data": [{"id": "b7"}, {"id": "b6"}, {"id": "b5"}, {"id": "b4"}, {"id": "b1"}]}

# alice's, all but b2, remain
HEAD /v1/buckets alice:secret
=> 200
< Total-Objects: 8
