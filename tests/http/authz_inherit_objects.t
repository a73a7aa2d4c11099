# Inheritance from the permissions of collections, groups and records
# (auth.md, "Inheritance: which permissions grant an operation"): bob
# holds exactly one permission on one object of alice's bucket b, and
# every row of the table that could involve it is tried.
#
#   read collection   X:write X:read X:record:create (B:write B:read)
#   write collection  X:write (B:write)
#   create record     C:write C:record:create (B:write)
#   read group        X:write X:read (B:...)      write group  X:write
#   read record       X:write X:read C:write C:read (B:...)
#   write record      X:write C:write (B:write)
#
# Nothing grants upwards (a child's permission never reads its parent)
# nor sideways (one object's permission never reaches its sibling).
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_MULTIAUTH_POLICIES=basicauth

# setup: bucket b, alice's only
PUT /v1/buckets/b alice:secret
=> 201

# setup: cw, bob holds C:write
PUT /v1/buckets/b/collections/cw alice:secret
{"permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: cw/r
PUT /v1/buckets/b/collections/cw/records/r alice:secret
{"data": {"v": 1, "last_modified": 1500000000001}}
=> 201

# setup: cr, bob holds C:read
PUT /v1/buckets/b/collections/cr alice:secret
{"data": {"last_modified": 1500000000002}, "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: cr/r
PUT /v1/buckets/b/collections/cr/records/r alice:secret
{"data": {"v": 1, "last_modified": 1500000000012}}
=> 201

# setup: crc, bob holds C:record:create
PUT /v1/buckets/b/collections/crc alice:secret
{"data": {"last_modified": 1500000000003}, "permissions": {"record:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: crc/r
PUT /v1/buckets/b/collections/crc/records/r alice:secret
{"data": {"v": 1}}
=> 201

# setup: other (nothing for bob)
PUT /v1/buckets/b/collections/other alice:secret
=> 201

# setup: other/r
PUT /v1/buckets/b/collections/other/records/r alice:secret
{"data": {"v": 1}}
=> 201

# setup: group gw, bob holds X:write
PUT /v1/buckets/b/groups/gw alice:secret
{"data": {"last_modified": 1500000000004}, "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: group gr, bob holds X:read
PUT /v1/buckets/b/groups/gr alice:secret
{"data": {"last_modified": 1500000000005}, "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: group gn (nothing for bob)
PUT /v1/buckets/b/groups/gn alice:secret
=> 201

# setup: collection recs (nothing for bob)
PUT /v1/buckets/b/collections/recs alice:secret
=> 201

# setup: recs/rw, bob holds X:write
PUT /v1/buckets/b/collections/recs/records/rw alice:secret
{"data": {"v": 1, "last_modified": 1500000000006}, "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: recs/rr, bob holds X:read
PUT /v1/buckets/b/collections/recs/records/rr alice:secret
{"data": {"v": 1, "last_modified": 1500000000007}, "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: recs/rn (nothing for bob)
PUT /v1/buckets/b/collections/recs/records/rn alice:secret
{"data": {"v": 1}}
=> 201

# --- C:read (collection cr)
# C:read grants read collection; bob is not in its write ACL: permissions {}
GET /v1/buckets/b/collections/cr bob:secret
=> 200
= {"data": {"id": "cr", "last_modified": 1500000000002}, "permissions": {}}

# C:read grants read record
GET /v1/buckets/b/collections/cr/records/r bob:secret
=> 200
= {"data": {"id": "r", "v": 1, "last_modified": 1500000000012}, "permissions": {}}

# C:read does not grant write collection
PATCH /v1/buckets/b/collections/cr bob:secret
{"data": {"x": 1}}
=> 403
= {"code": 403, "errno": 121, "error": "Forbidden", "message": "This user cannot access this resource."}

# C:read does not grant create record
POST /v1/buckets/b/collections/cr/records bob:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# C:read does not grant write record
PATCH /v1/buckets/b/collections/cr/records/r bob:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# C:read does not grant read bucket
GET /v1/buckets/b bob:secret
=> 403
{"code": 403, "errno": 121}

# --- C:record:create (collection crc)
# C:record:create grants read collection (its attributes), permissions {}
GET /v1/buckets/b/collections/crc bob:secret
=> 200
= {"data": {"id": "crc", "last_modified": 1500000000003}, "permissions": {}}

# C:record:create does not grant read of another's record
GET /v1/buckets/b/collections/crc/records/r bob:secret
=> 403
{"code": 403, "errno": 121}

# C:record:create does not grant write of another's record
DELETE /v1/buckets/b/collections/crc/records/r bob:secret
=> 403
{"code": 403, "errno": 121}

# C:record:create does not grant write collection
PATCH /v1/buckets/b/collections/crc bob:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# C:record:create does not grant read bucket
GET /v1/buckets/b bob:secret
=> 403
{"code": 403, "errno": 121}

# C:record:create grants create record (PUT); bob becomes its writer
PUT /v1/buckets/b/collections/crc/records/mine bob:secret
{"data": {"v": 2}}
=> 201
{"data": {"id": "mine", "v": 2},
 "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

# ... and by POST
POST /v1/buckets/b/collections/crc/records bob:secret
{"data": {"id": "mine2", "v": 3}}
=> 201
{"data": {"id": "mine2", "v": 3}}

# PUT with If-None-Match: * on an existing record needs create, not write:
# 412 for bob (he may create), the record unchanged
PUT /v1/buckets/b/collections/crc/records/r bob:secret
If-None-Match: *
{"data": {"v": 9}}
=> 412
{"code": 412, "errno": 114}

# bob reads and writes his own record (X:write)
PATCH /v1/buckets/b/collections/crc/records/mine bob:secret
{"data": {"v": 4}}
=> 200
{"data": {"id": "mine", "v": 4}}

# the records list shows him only his own (auth.md, step 4a)
GET /v1/buckets/b/collections/crc/records?_sort=id bob:secret
=> 200
{"data": [{"id": "mine", "v": 4}, {"id": "mine2", "v": 3}]}

# the crc record alice wrote was not replaced by the 412
GET /v1/buckets/b/collections/crc/records/r alice:secret
=> 200
{"data": {"id": "r", "v": 1}}

# --- C:write (collection cw)
# C:write grants read collection
GET /v1/buckets/b/collections/cw bob:secret
=> 200
{"data": {"id": "cw"}}

# C:write grants read record, permissions {} (not in the record's own ACL)
GET /v1/buckets/b/collections/cw/records/r bob:secret
=> 200
= {"data": {"id": "r", "v": 1, "last_modified": 1500000000001}, "permissions": {}}

# C:write grants write record
PATCH /v1/buckets/b/collections/cw/records/r bob:secret
{"data": {"v": 2}}
=> 200
{"data": {"id": "r", "v": 2}}

# C:write grants create record
POST /v1/buckets/b/collections/cw/records bob:secret
{"data": {"id": "bobr"}}
=> 201
{"data": {"id": "bobr"}}

# C:write grants write collection
PATCH /v1/buckets/b/collections/cw bob:secret
{"data": {"x": 1}}
=> 200
{"data": {"id": "cw", "x": 1}}

# C:write does not grant read bucket
GET /v1/buckets/b bob:secret
=> 403
{"code": 403, "errno": 121}

# C:write does not grant write bucket
PATCH /v1/buckets/b bob:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# C:write does not grant create collection
PUT /v1/buckets/b/collections/bobc bob:secret
=> 403
{"code": 403, "errno": 121}

# C:write does not grant create group
PUT /v1/buckets/b/groups/bobg bob:secret
=> 403
{"code": 403, "errno": 121}

# C:write does not grant read of a sibling collection
GET /v1/buckets/b/collections/other bob:secret
=> 403
{"code": 403, "errno": 121}

# ... nor of its records
GET /v1/buckets/b/collections/other/records/r bob:secret
=> 403
{"code": 403, "errno": 121}

# ... nor create record in it
PUT /v1/buckets/b/collections/other/records/bobr bob:secret
=> 403
{"code": 403, "errno": 121}

# C:write does not grant read group
GET /v1/buckets/b/groups/gn bob:secret
=> 403
{"code": 403, "errno": 121}

# C:write grants delete of the collection (its records go with it)
DELETE /v1/buckets/b/collections/cw bob:secret
=> 200
{"data": {"id": "cw", "deleted": true}}

# --- group X:read (gr) and X:write (gw)
# G:read grants read group, permissions {}
GET /v1/buckets/b/groups/gr bob:secret
=> 200
= {"data": {"id": "gr", "members": [], "last_modified": 1500000000005}, "permissions": {}}

# G:read does not grant write group
PATCH /v1/buckets/b/groups/gr bob:secret
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 403
{"code": 403, "errno": 121}

# G:write grants read group
GET /v1/buckets/b/groups/gw bob:secret
=> 200
{"data": {"id": "gw", "members": [], "last_modified": 1500000000004}}

# G:write grants write group
PATCH /v1/buckets/b/groups/gw bob:secret
{"data": {"members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 200
{"data": {"id": "gw", "members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}

# a group's permissions do not reach its bucket
GET /v1/buckets/b bob:secret
=> 403
{"code": 403, "errno": 121}

# ... nor a sibling group
GET /v1/buckets/b/groups/gn bob:secret
=> 403
{"code": 403, "errno": 121}

# ... nor create group
POST /v1/buckets/b/groups bob:secret
{"data": {"id": "bobg"}}
=> 403
{"code": 403, "errno": 121}

# G:write grants delete group
DELETE /v1/buckets/b/groups/gw bob:secret
=> 200
{"data": {"id": "gw", "deleted": true}}

# --- record X:read (recs/rr) and X:write (recs/rw)
# R:read grants read record, permissions {}
GET /v1/buckets/b/collections/recs/records/rr bob:secret
=> 200
= {"data": {"id": "rr", "v": 1, "last_modified": 1500000000007}, "permissions": {}}

# R:read does not grant write record
PUT /v1/buckets/b/collections/recs/records/rr bob:secret
{"data": {"v": 2}}
=> 403
{"code": 403, "errno": 121}

# R:write grants read record
GET /v1/buckets/b/collections/recs/records/rw bob:secret
=> 200
{"data": {"id": "rw", "v": 1, "last_modified": 1500000000006}}

# R:write grants write record (PUT replaces)
PUT /v1/buckets/b/collections/recs/records/rw bob:secret
{"data": {"v": 2}}
=> 200
{"data": {"id": "rw", "v": 2}}

# a record's permissions do not reach its collection
GET /v1/buckets/b/collections/recs bob:secret
=> 403
{"code": 403, "errno": 121}

# ... nor a sibling record
GET /v1/buckets/b/collections/recs/records/rn bob:secret
=> 403
{"code": 403, "errno": 121}

# ... nor create record
POST /v1/buckets/b/collections/recs/records bob:secret
{"data": {"v": 3}}
=> 403
{"code": 403, "errno": 121}

# ... nor the bucket
GET /v1/buckets/b bob:secret
=> 403
{"code": 403, "errno": 121}

# R:write grants delete record
DELETE /v1/buckets/b/collections/recs/records/rw bob:secret
=> 200
{"data": {"id": "rw", "deleted": true}}

# mat, holding nothing, reads none of these
GET /v1/buckets/b/collections/recs/records/rr mat:secret
=> 403
{"code": 403, "errno": 121}

# anonymous: 401 with the challenge
GET /v1/buckets/b/collections/recs/records/rr
=> 401
< WWW-Authenticate: Basic realm="Realm"
= {"code": 401, "errno": 104, "error": "Unauthorized", "message": "Please authenticate yourself to use this endpoint."}
