# multiauth.policies = account basicauth (auth.md, "Authentication
# policies"): credentials the account policy rejects fall through to
# basicauth, a different user; never a 401 by themselves.
@set KINTO_INCLUDES=kinto.plugins.accounts
@set KINTO_MULTIAUTH_POLICIES=account basicauth
@set KINTO_ACCOUNT_CREATE_PRINCIPALS=system.Everyone
@set CINTO_BCRYPT_COST=4

PUT /v1/accounts/alice
{"data": {"password": "secret"}}
=> 201

# Both capabilities
GET /v1/
=> 200
{"capabilities": {"accounts": {}, "basicauth": {}}}

# The account's credentials: account:alice
GET /v1/ alice:secret
=> 200
{"user": {"id": "account:alice"}}

# A wrong password for an existing account: basicauth's user (auth.md
# test vector for alice:wrong is not given; bob:secret's is)
GET /v1/ bob:secret
=> 200
{"user": {"id": "basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"}}

GET /v1/accounts alice:wrong
=> 200
= {"data": []}

# A 401 carries one challenge per policy
GET /v1/buckets
=> 401
< WWW-Authenticate: Basic realm="Realm"
