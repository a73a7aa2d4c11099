# Inheritance from a bucket's permissions (auth.md, "Inheritance: which
# permissions grant an operation"): bob holds exactly one permission on
# one bucket, and every operation of the table is tried below it.
#
#   read bucket       B:write B:read B:collection:create B:group:create
#   write bucket      B:write
#   create collection B:write B:collection:create
#   create group      B:write B:group:create
#   read collection   ... B:write B:read       write collection  ... B:write
#   create record     ... B:write
#   read group        ... B:write B:read       write group       ... B:write
#   read record       ... B:write B:read       write record      ... B:write
#
# Each bucket (bw, br, bcc, bgc) is alice's, with a collection c, a group
# g and a record c/r of hers; mat holds nothing and is the control.
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_MULTIAUTH_POLICIES=basicauth

# setup: bw, bob holds B:write
PUT /v1/buckets/bw alice:secret
{"permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: bw/c
PUT /v1/buckets/bw/collections/c alice:secret
{"data": {"last_modified": 1500000000011}}
=> 201
{"permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# setup: bw/g
PUT /v1/buckets/bw/groups/g alice:secret
{"data": {"last_modified": 1500000000021}}
=> 201

# setup: bw/c/r
PUT /v1/buckets/bw/collections/c/records/r alice:secret
{"data": {"v": 1, "last_modified": 1500000000031}}
=> 201

# setup: br, bob holds B:read
PUT /v1/buckets/br alice:secret
{"data": {"last_modified": 1500000000002}, "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: br/c
PUT /v1/buckets/br/collections/c alice:secret
{"data": {"last_modified": 1500000000012}}
=> 201

# setup: br/g
PUT /v1/buckets/br/groups/g alice:secret
{"data": {"last_modified": 1500000000022}}
=> 201

# setup: br/c/r
PUT /v1/buckets/br/collections/c/records/r alice:secret
{"data": {"v": 1, "last_modified": 1500000000032}}
=> 201

# setup: bcc, bob holds B:collection:create
PUT /v1/buckets/bcc alice:secret
{"data": {"last_modified": 1500000000003}, "permissions": {"collection:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: bcc/c
PUT /v1/buckets/bcc/collections/c alice:secret
=> 201

# setup: bcc/g
PUT /v1/buckets/bcc/groups/g alice:secret
=> 201

# setup: bcc/c/r
PUT /v1/buckets/bcc/collections/c/records/r alice:secret
{"data": {"v": 1}}
=> 201

# setup: bgc, bob holds B:group:create
PUT /v1/buckets/bgc alice:secret
{"data": {"last_modified": 1500000000004}, "permissions": {"group:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: bgc/c
PUT /v1/buckets/bgc/collections/c alice:secret
=> 201

# setup: bgc/g
PUT /v1/buckets/bgc/groups/g alice:secret
=> 201

# setup: bgc/c/r
PUT /v1/buckets/bgc/collections/c/records/r alice:secret
{"data": {"v": 1}}
=> 201

# --- control: mat holds nothing on these buckets (auth.md, "401 versus 403")
# mat cannot read bw
GET /v1/buckets/bw mat:secret
=> 403
= {"code": 403, "errno": 121, "error": "Forbidden", "message": "This user cannot access this resource."}

# mat cannot read bw/c/r
GET /v1/buckets/bw/collections/c/records/r mat:secret
=> 403
{"code": 403, "errno": 121}

# mat cannot create in bcc
PUT /v1/buckets/bcc/collections/matc mat:secret
=> 403
{"code": 403, "errno": 121}

# --- B:read (bucket br): read everything below, write nothing
# B:read grants read bucket; bob is not in its write ACL: permissions {}
GET /v1/buckets/br bob:secret
=> 200
= {"data": {"id": "br", "last_modified": 1500000000002}, "permissions": {}}

# B:read does not grant write bucket
PATCH /v1/buckets/br bob:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# B:read does not grant create collection
PUT /v1/buckets/br/collections/bobc bob:secret
=> 403
{"code": 403, "errno": 121}

# ... nor by POST
POST /v1/buckets/br/collections bob:secret
{"data": {"id": "bobc"}}
=> 403
{"code": 403, "errno": 121}

# B:read does not grant create group
PUT /v1/buckets/br/groups/bobg bob:secret
=> 403
{"code": 403, "errno": 121}

# B:read grants read collection
GET /v1/buckets/br/collections/c bob:secret
=> 200
= {"data": {"id": "c", "last_modified": 1500000000012}, "permissions": {}}

# B:read does not grant write collection
PATCH /v1/buckets/br/collections/c bob:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# B:read does not grant create record
POST /v1/buckets/br/collections/c/records bob:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# ... nor by PUT
PUT /v1/buckets/br/collections/c/records/bobr bob:secret
=> 403
{"code": 403, "errno": 121}

# B:read grants read group
GET /v1/buckets/br/groups/g bob:secret
=> 200
= {"data": {"id": "g", "members": [], "last_modified": 1500000000022}, "permissions": {}}

# B:read does not grant write group
PUT /v1/buckets/br/groups/g bob:secret
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 403
{"code": 403, "errno": 121}

# B:read grants read record
GET /v1/buckets/br/collections/c/records/r bob:secret
=> 200
= {"data": {"id": "r", "v": 1, "last_modified": 1500000000032}, "permissions": {}}

# B:read does not grant write record
DELETE /v1/buckets/br/collections/c/records/r bob:secret
=> 403
{"code": 403, "errno": 121}

# nothing was written by bob in br
GET /v1/buckets/br/collections/c/records alice:secret
=> 200
{"data": [{"id": "r", "v": 1}]}

# --- B:collection:create (bucket bcc): read the bucket's attributes and
# create collections; nothing of alice's below it (auth.md examples)
# B:collection:create grants read bucket, with permissions {}
GET /v1/buckets/bcc bob:secret
=> 200
= {"data": {"id": "bcc", "last_modified": 1500000000003}, "permissions": {}}

# B:collection:create does not grant write bucket
PATCH /v1/buckets/bcc bob:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# B:collection:create does not grant create group
PUT /v1/buckets/bcc/groups/bobg bob:secret
=> 403
{"code": 403, "errno": 121}

# B:collection:create does not grant read of alice's collection
GET /v1/buckets/bcc/collections/c bob:secret
=> 403
{"code": 403, "errno": 121}

# ... nor write of it
PATCH /v1/buckets/bcc/collections/c bob:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# ... nor create record in it
POST /v1/buckets/bcc/collections/c/records bob:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# ... nor read of its record
GET /v1/buckets/bcc/collections/c/records/r bob:secret
=> 403
{"code": 403, "errno": 121}

# B:collection:create does not grant read group
GET /v1/buckets/bcc/groups/g bob:secret
=> 403
{"code": 403, "errno": 121}

# B:collection:create grants create collection (PUT); bob becomes its writer
PUT /v1/buckets/bcc/collections/bobc bob:secret
{"data": {"last_modified": 1500000000103}}
=> 201
= {"data": {"id": "bobc", "last_modified": 1500000000103},
   "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

# ... and by POST
POST /v1/buckets/bcc/collections bob:secret
{"data": {"id": "bobc2"}}
=> 201
{"data": {"id": "bobc2"},
 "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

# he may then create records in his own collection (X:write)
PUT /v1/buckets/bcc/collections/bobc/records/mine bob:secret
{"data": {"v": 2}}
=> 201
{"data": {"id": "mine", "v": 2}}

# ... which alice reads through her bucket write
GET /v1/buckets/bcc/collections/bobc/records/mine alice:secret
=> 200
{"data": {"id": "mine", "v": 2}}

# mat reads neither the bucket nor bob's collection
GET /v1/buckets/bcc/collections/bobc mat:secret
=> 403
{"code": 403, "errno": 121}

# --- B:group:create (bucket bgc)
# B:group:create grants read bucket, with permissions {}
GET /v1/buckets/bgc bob:secret
=> 200
= {"data": {"id": "bgc", "last_modified": 1500000000004}, "permissions": {}}

# B:group:create does not grant write bucket
DELETE /v1/buckets/bgc bob:secret
=> 403
{"code": 403, "errno": 121}

# B:group:create does not grant create collection
PUT /v1/buckets/bgc/collections/bobc bob:secret
=> 403
{"code": 403, "errno": 121}

# B:group:create does not grant read of alice's group
GET /v1/buckets/bgc/groups/g bob:secret
=> 403
{"code": 403, "errno": 121}

# ... nor write of it
PATCH /v1/buckets/bgc/groups/g bob:secret
{"data": {"members": []}}
=> 403
{"code": 403, "errno": 121}

# B:group:create does not grant read collection
GET /v1/buckets/bgc/collections/c bob:secret
=> 403
{"code": 403, "errno": 121}

# B:group:create does not grant read record
GET /v1/buckets/bgc/collections/c/records/r bob:secret
=> 403
{"code": 403, "errno": 121}

# B:group:create grants create group (PUT)
PUT /v1/buckets/bgc/groups/bobg bob:secret
{"data": {"members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 201
{"data": {"id": "bobg", "members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]},
 "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

# ... and by POST
POST /v1/buckets/bgc/groups bob:secret
{"data": {"id": "bobg2"}}
=> 201
{"data": {"id": "bobg2", "members": []}}

# --- B:write (bucket bw): everything below
# B:write grants read bucket
GET /v1/buckets/bw bob:secret
=> 200
{"data": {"id": "bw"}}

# B:write grants read collection
GET /v1/buckets/bw/collections/c bob:secret
=> 200
= {"data": {"id": "c", "last_modified": 1500000000011}, "permissions": {}}

# B:write grants read group
GET /v1/buckets/bw/groups/g bob:secret
=> 200
= {"data": {"id": "g", "members": [], "last_modified": 1500000000021}, "permissions": {}}

# B:write grants read record
GET /v1/buckets/bw/collections/c/records/r bob:secret
=> 200
= {"data": {"id": "r", "v": 1, "last_modified": 1500000000031}, "permissions": {}}

# B:write grants write record
PATCH /v1/buckets/bw/collections/c/records/r bob:secret
{"data": {"v": 2}}
=> 200
{"data": {"id": "r", "v": 2}}

# B:write grants create record (POST)
POST /v1/buckets/bw/collections/c/records bob:secret
{"data": {"id": "bobr", "v": 3}}
=> 201
{"data": {"id": "bobr", "v": 3}}

# B:write grants write group
PATCH /v1/buckets/bw/groups/g bob:secret
{"data": {"members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 200
{"data": {"id": "g", "members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}

# B:write grants write collection
PATCH /v1/buckets/bw/collections/c bob:secret
{"data": {"x": 1}}
=> 200
{"data": {"id": "c", "x": 1}}

# B:write grants create collection
PUT /v1/buckets/bw/collections/bobc bob:secret
=> 201
{"data": {"id": "bobc"}}

# B:write grants create group
POST /v1/buckets/bw/groups bob:secret
{"data": {"id": "bobg"}}
=> 201
{"data": {"id": "bobg", "members": []}}

# B:write grants write bucket
PATCH /v1/buckets/bw bob:secret
{"data": {"x": 1}}
=> 200
{"data": {"id": "bw", "x": 1}}

# B:write grants delete of a collection (write, cascade)
DELETE /v1/buckets/bw/collections/c bob:secret
=> 200
{"data": {"id": "c", "deleted": true}}

# ... and of the bucket itself
DELETE /v1/buckets/bw bob:secret
=> 200
{"data": {"id": "bw", "deleted": true}}

# alice gets 403 now: the bucket's ACL went with it
GET /v1/buckets/bw alice:secret
=> 403
{"code": 403, "errno": 121}
