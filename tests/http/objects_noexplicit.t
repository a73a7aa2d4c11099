# explicit_permissions = false: the author is not added to write
# (auth.md "Permissions and ACLs").
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_EXPLICIT_PERMISSIONS=false

GET /v1/
=> 200
{"settings": {"explicit_permissions": false}}

# the creator gets 201 with permissions {} ...
PUT /v1/buckets/x alice:secret
{"data": {"t": 1}}
=> 201
{"data": {"id": "x", "t": 1}, "permissions": {}}

# ... then 403 on the bucket she created
GET /v1/buckets/x alice:secret
=> 403
{"errno": 121}

PATCH /v1/buckets/x alice:secret
{"data": {"t": 2}}
=> 403

# re-creating it: she needs write on the existing bucket
PUT /v1/buckets/x alice:secret
=> 403

# POST: the same
POST /v1/buckets alice:secret
{"data": {"id": "y"}}
=> 201
{"data": {"id": "y"}, "permissions": {}}

GET /v1/buckets/y alice:secret
=> 403

# she sees no bucket in the list
GET /v1/buckets alice:secret
=> 200
{"data": []}

# an explicit ACL in the body still applies (without adding her)
PUT /v1/buckets/z alice:secret
{"permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"],
                 "read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201
{"data": {"id": "z"},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"],
                 "read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

GET /v1/buckets/z alice:secret
=> 200
{"data": {"id": "z"},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# children she creates in z get no ACL; access is inherited
PUT /v1/buckets/z/collections/c alice:secret
=> 201
{"data": {"id": "c"}, "permissions": {}}

GET /v1/buckets/z/collections/c alice:secret
=> 200
{"data": {"id": "c"}, "permissions": {}}

POST /v1/buckets/z/collections/c/records alice:secret
{"data": {"id": "r", "v": 1}}
=> 201
{"data": {"id": "r", "v": 1}, "permissions": {}}

# bob (bucket read) reads the record
GET /v1/buckets/z/collections/c/records/r bob:secret
=> 200
{"data": {"id": "r", "v": 1}, "permissions": {}}

# a PATCH does not add the caller to write either
PATCH /v1/buckets/z/collections/c/records/r alice:secret
{"data": {"v": 2}}
=> 200
{"data": {"id": "r", "v": 2}, "permissions": {}}

# writing the bucket's ACL without her removes her access
PATCH /v1/buckets/z alice:secret
{"permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200
{"permissions": {}}

GET /v1/buckets/z alice:secret
=> 403

GET /v1/buckets/z bob:secret
=> 200
{"data": {"id": "z"},
 "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"],
                 "read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
