# A policy under another name (auth.md, "Authentication policies"):
# multiauth.policy.<name>.use picks the implementation, the user id
# prefix is the lowercased name given in multiauth.policies, and the
# challenge of a 401 carries the policy's configured realm.
@set KINTO_MULTIAUTH_POLICIES=corp
@set KINTO_MULTIAUTH_POLICY_CORP_USE=kinto.core.authentication.BasicAuthAuthenticationPolicy
@set KINTO_MULTIAUTH_POLICY_CORP_REALM=Corporate

# the same HMAC as basicauth's, under the prefix corp
GET /v1/ alice:secret
=> 200
{"user": {"id": "corp:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570",
          "principals": ["corp:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570",
                         "system.Everyone", "system.Authenticated"]}}

# the author's principal is that user id
PUT /v1/buckets/b alice:secret
{"data": {"last_modified": 1500000000000}}
=> 201
= {"data": {"id": "b", "last_modified": 1500000000000}, "permissions": {"write": ["corp:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# ACLs name it with that prefix: a basicauth: principal is someone else
PUT /v1/buckets/b/collections/c alice:secret
{"permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# bob (corp:c031...) is not basicauth:c031...: 403
GET /v1/buckets/b/collections/c bob:secret
=> 403
{"code": 403, "errno": 121}

# with his own prefix he reads it
PATCH /v1/buckets/b/collections/c alice:secret
{"permissions": {"read": ["corp:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

# bob: 200
GET /v1/buckets/b/collections/c bob:secret
=> 200
{"data": {"id": "c"}}

# anonymous: 401 with the configured realm
GET /v1/buckets/b
=> 401
< WWW-Authenticate: Basic realm="Corporate"
= {"code": 401, "errno": 104, "error": "Unauthorized", "message": "Please authenticate yourself to use this endpoint."}

# unrecognised credentials: anonymous as well
GET /v1/buckets/b
Authorization: Bearer x
=> 401
< WWW-Authenticate: Basic realm="Corporate"
{"code": 401, "errno": 104}
