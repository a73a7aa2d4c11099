# Default bucket ids with accounts (plugins.md, "Default bucket"): the
# key is default_bucket_hmac_secret, empty by default, never
# userid_hmac_secret (Kinto's fallback to it cannot happen).
@set KINTO_INCLUDES=kinto.plugins.accounts kinto.plugins.default_bucket
@set KINTO_MULTIAUTH_POLICIES=account
@set KINTO_ACCOUNT_CREATE_PRINCIPALS=system.Everyone
@set KINTO_USERID_HMAC_SECRET=not-the-bucket-key
@set CINTO_BCRYPT_COST=4

PUT /v1/accounts/alice
{"data": {"password": "s3cr3t"}}
=> 201

GET /v1/ alice:s3cr3t
=> 200
{"user": {"id": "account:alice", "bucket": "73141b75-6d02-0c03-6aee-82ad1ea55d41"}, "capabilities": {"accounts": {}, "default_bucket": {}}}

GET /v1/buckets/default alice:s3cr3t
=> 200
{"data": {"id": "73141b75-6d02-0c03-6aee-82ad1ea55d41"}, "permissions": {"write": ["account:alice"]}}

# A wrong password is anonymous here: 401
GET /v1/buckets/default alice:wrong
=> 401
