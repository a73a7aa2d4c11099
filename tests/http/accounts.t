# The accounts plugin (auth.md, "Accounts plugin"), as Kinto's own tests
# configure it: the account policy alone, anyone may create an account.
@set KINTO_INCLUDES=kinto.plugins.accounts
@set KINTO_MULTIAUTH_POLICIES=account
@set KINTO_ACCOUNT_CREATE_PRINCIPALS=system.Everyone
@set CINTO_BCRYPT_COST=4

# The capability (validation is gone since Kinto 20)
GET /v1/
=> 200
{"capabilities": {"accounts": {"description": "Manage user accounts.", "url": "https://kinto.readthedocs.io/en/latest/api/1.x/accounts.html", "validation_enabled": false}}}

# Anyone creates an account with PUT; its author is the account itself
PUT /v1/accounts/alice
{"data": {"password": "123456"}}
=> 201
{"data": {"id": "alice"}, "permissions": {"write": ["account:alice"]}}

# ... and the password is stored as a bcrypt hash, which is what comes back
GET /v1/accounts/alice alice:123456
=> 200
{"data": {"id": "alice"}, "permissions": {"write": ["account:alice"]}}
< ETag ~ "

# ... with POST too (UTF-8 passwords), metadata kept
POST /v1/accounts
{"data": {"id": "me", "password": "12éé6", "age": 42}}
=> 201
{"data": {"id": "me", "age": 42}, "permissions": {"write": ["account:me"]}}

# The credentials authenticate: account:<id>
GET /v1/ me:12éé6
=> 200
{"user": {"id": "account:me", "principals": ["account:me", "system.Everyone", "system.Authenticated"]}}

# A wrong password or an unknown account is anonymous (no error by itself)
GET /v1/ me:wrong
=> 200
= {"project_name": "kinto", "project_version": "0.1.0", "http_api_version": "1.23", "project_docs": "https://kinto.readthedocs.io/", "url": "http://localhost:8888/v1/", "config": null, "settings": {"batch_max_requests": 25, "readonly": false, "explicit_permissions": true}, "capabilities": {"accounts": {"description": "Manage user accounts.", "url": "https://kinto.readthedocs.io/en/latest/api/1.x/accounts.html", "validation_enabled": false}}}

GET /v1/accounts/me nobody:12éé6
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"errno": 104}

# Ids may be e-mail addresses
PUT /v1/accounts/alice+test@example.com
{"data": {"password": "123456"}}
=> 201
{"data": {"id": "alice+test@example.com"}}

GET /v1/accounts/alice+test@example.com alice+test@example.com:123456
=> 200

# ... but not start with one of +.@_- nor hold a slash or a colon
PUT /v1/accounts/.alice
{"data": {"password": "123456"}}
=> 400
{"message": "path: Invalid object id"}

PUT /v1/accounts/al:ice
{"data": {"password": "123456"}}
=> 400
{"message": "path: Invalid object id"}

# The password is required, not empty, a string
POST /v1/accounts
{"data": {"id": "nopw"}}
=> 400
{"message": "data.password in body: Required", "details": [{"location": "body", "name": "data.password", "description": "Required"}]}

PUT /v1/accounts/nopw
{"data": {"password": ""}}
=> 400
{"message": "data.password in body: Required"}

PUT /v1/accounts/nopw
=> 400
{"message": "data.password in body: Required"}

PUT /v1/accounts/nopw
{"data": {"password": 12}}
=> 400
{"message": "data.password in body: 12 is not a string: {'password': ''}"}

PATCH /v1/accounts/alice alice:123456
{"data": {"password": 1}}
=> 400
{"message": "1 is not a string: {'password': ''}"}

PATCH /v1/accounts/alice alice:123456
{"data": {"password": ""}}
=> 400
{"message": "password in body: Required"}

# POST without an id: anonymous callers are told it is required
POST /v1/accounts
{"data": {"password": "pass"}}
=> 400
{"message": "data.id in body: Required", "details": [{"location": "body", "name": "data.id", "description": "data.id in body: Required"}]}

# ... and users that accounts must have one
POST /v1/accounts alice:123456
{"data": {"password": "pass"}}
=> 400
{"message": "data.id in body: Accounts must have an ID."}

# Re-creating an existing account anonymously: 401 (PUT or POST)
POST /v1/accounts
{"data": {"id": "me", "password": "not read"}}
=> 401
{"errno": 104}

PUT /v1/accounts/me
{"data": {"password": "not read"}}
=> 401

# The URL's id and data.id must agree
PUT /v1/accounts/carol
{"data": {"id": "bob", "password": "bouh"}}
=> 400
{"message": "Object id does not match existing object"}

# A user POSTing their own account gets it back, unchanged
POST /v1/accounts me:12éé6
{"data": {"id": "me", "password": "12éé6"}}
=> 200
{"data": {"id": "me", "age": 42}}

# ... but may not create another one
POST /v1/accounts me:12éé6
{"data": {"id": "you", "password": "bouh"}}
=> 400
{"message": "data.id in body: Username and account ID do not match."}

PUT /v1/accounts/you me:12éé6
{"data": {"password": "bouh"}}
=> 400
{"message": "data.id in body: Username and account ID do not match."}

PATCH /v1/accounts/alice alice:123456
{"data": {"id": "bob", "password": "bouh"}}
=> 400
{"message": "Object id does not match existing object"}

# Nobody reads or changes another's account: 403, known or not
PUT /v1/accounts/bob
{"data": {"password": "azerty"}}
=> 201

GET /v1/accounts/bob alice:123456
=> 403

GET /v1/accounts/jeanine alice:123456
=> 403

PATCH /v1/accounts/bob alice:123456
{"data": {"password": "bouh"}}
=> 403

PATCH /v1/accounts/jeanine alice:123456
{"data": {"password": "bouh"}}
=> 403

DELETE /v1/accounts/bob alice:123456
=> 403

PUT /v1/accounts/bob alice:123456
{"data": {"password": "bouh"}}
=> 403

# Anonymous: 401 on an account, known or not
GET /v1/accounts/alice
=> 401
{"errno": 104}

GET /v1/accounts/jeanine
=> 401
{"errno": 104}

# Anonymous lists: a 401 of its own, errno 999, no WWW-Authenticate
GET /v1/accounts
=> 401
= {"code": 401, "errno": 999, "error": "Cannot read accounts."}
< !WWW-Authenticate

HEAD /v1/accounts
=> 401
< !WWW-Authenticate

DELETE /v1/accounts
=> 401
= {"code": 401, "errno": 999, "error": "Cannot read accounts."}

# A user lists only their own account
GET /v1/accounts alice:123456
=> 200
{"data": [{"id": "alice"}]}
< ETag ~ "

HEAD /v1/accounts bob:azerty
=> 200
< Total-Objects: 1

# ... whatever the filters say
GET /v1/accounts?id=bob alice:123456
=> 200
= {"data": []}

GET /v1/accounts?in_id=alice,bob,me alice:123456
=> 200
{"data": [{"id": "alice"}]}

# Metadata changes, the hash stays (and so does the login)
PATCH /v1/accounts/alice alice:123456
{"data": {"age": "captain"}}
=> 200
{"data": {"age": "captain"}}

GET /v1/accounts/alice alice:123456
=> 200
{"data": {"age": "captain"}}

# A password change: the old one no longer works, the new one does
PUT /v1/accounts/alice alice:123456
{"data": {"password": "bouh"}}
=> 200
{"data": {"id": "alice"}, "permissions": {"write": ["account:alice"]}}

GET /v1/accounts/alice alice:123456
=> 401

GET /v1/accounts/alice alice:bouh
=> 200

# ... with JSON Patch too, the new password hashed (never stored plain)
PATCH /v1/accounts/alice alice:bouh
Content-Type: application/json-patch+json
[{"op": "replace", "path": "/data/password", "value": "viajsonpatch"}]
=> 200

GET /v1/accounts/alice alice:viajsonpatch
=> 200

# ... and merge-patch
PATCH /v1/accounts/alice alice:viajsonpatch
Content-Type: application/merge-patch+json
{"data": {"password": "viamerge"}}
=> 200

GET /v1/accounts/alice alice:viamerge
=> 200

# A user deletes their account; it no longer authenticates
DELETE /v1/accounts/alice alice:viamerge
=> 200
{"data": {"deleted": true, "id": "alice"}}

GET /v1/accounts/alice alice:viamerge
=> 401

# Bulk delete by a user: their own account only
DELETE /v1/accounts bob:azerty
=> 200
{"data": [{"id": "bob", "deleted": true}]}

GET /v1/accounts/me me:12éé6
=> 200

# Without the plugin's users, an account's buckets work as any user's
PUT /v1/buckets/mine me:12éé6
=> 201
{"permissions": {"write": ["account:me"]}}
