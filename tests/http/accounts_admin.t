# Account administrators (auth.md, "Accounts plugin", "Who sees what"):
# principals of account_write_principals reach every account; listing
# every account takes account_read_principals too.
@set KINTO_INCLUDES=kinto.plugins.accounts
@set KINTO_MULTIAUTH_POLICIES=account
@set KINTO_ACCOUNT_CREATE_PRINCIPALS=system.Everyone
@set KINTO_ACCOUNT_WRITE_PRINCIPALS=account:admin account:boss
@set KINTO_ACCOUNT_READ_PRINCIPALS=account:admin
@set CINTO_BCRYPT_COST=4

PUT /v1/accounts/admin
{"data": {"password": "123456"}}
=> 201

PUT /v1/accounts/boss
{"data": {"password": "123456"}}
=> 201

PUT /v1/accounts/bob
{"data": {"password": "987654"}}
=> 201

# An admin reads another's account, permissions shown (the account is
# its own author, so the admin sees them)
GET /v1/accounts/bob admin:123456
=> 200
{"data": {"id": "bob"}, "permissions": {"write": ["account:bob"]}}

# ... an unknown one: 404 (not 403: the admin may know)
GET /v1/accounts/jeanine admin:123456
=> 404
{"errno": 110, "details": {"id": "jeanine", "resource_name": "account"}}

PATCH /v1/accounts/jeanine admin:123456
{"data": {"password": "x"}}
=> 404

# ... creates accounts for others: the new account writes itself
PUT /v1/accounts/alice admin:123456
{"data": {"password": "bouh"}}
=> 201
{"data": {"id": "alice"}, "permissions": {"write": ["account:alice"]}}

GET /v1/accounts/alice alice:bouh
=> 200
{"permissions": {"write": ["account:alice"]}}

POST /v1/accounts admin:123456
{"data": {"id": "carol", "password": "c"}}
=> 201
{"permissions": {"write": ["account:carol"]}}

# ... without an id: required (an admin is not told it must be theirs)
POST /v1/accounts admin:123456
{"data": {"password": "c"}}
=> 400
{"message": "data.id in body: Required"}

# ... sets another's password
PATCH /v1/accounts/bob admin:123456
{"data": {"password": "bouh"}}
=> 200

GET /v1/accounts/bob bob:987654
=> 401

GET /v1/accounts/bob bob:bouh
=> 200

# ... lists every account (account_read_principals)
GET /v1/accounts?_sort=id admin:123456
=> 200
{"data": [{"id": "admin"}, {"id": "alice"}, {"id": "bob"}, {"id": "boss"}, {"id": "carol"}]}

# An admin without account_read_principals lists only the accounts whose
# permissions name them: their own
GET /v1/accounts boss:123456
=> 200
{"data": [{"id": "boss"}]}

# ... but reads and writes any
GET /v1/accounts/carol boss:123456
=> 200

# A user still sees their own only
GET /v1/accounts bob:bouh
=> 200
{"data": [{"id": "bob"}]}

# An admin deletes another's account, which stops authenticating
DELETE /v1/accounts/bob admin:123456
=> 200
{"data": {"deleted": true}}

GET /v1/accounts/bob bob:bouh
=> 401

# ... and deletes every account at once, their own included
DELETE /v1/accounts admin:123456
=> 200
{"data": [{"deleted": true}, {"deleted": true}, {"deleted": true}, {"deleted": true}]}

GET /v1/accounts/alice alice:bouh
=> 401
