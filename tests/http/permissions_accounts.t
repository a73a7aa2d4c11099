# GET /permissions with the accounts plugin (auth.md, "GET /permissions",
# "Accounts plugin"; Kinto's tests/plugins/test_accounts.py): accounts
# are objects like the others, account:create joins the root entry.
@set KINTO_INCLUDES=kinto.plugins.accounts
@set KINTO_MULTIAUTH_POLICIES=account basicauth
@set KINTO_ACCOUNT_CREATE_PRINCIPALS=system.Everyone
@set KINTO_ACCOUNT_WRITE_PRINCIPALS=account:admin
@set CINTO_BCRYPT_COST=4
@set KINTO_EXPERIMENTAL_PERMISSIONS_ENDPOINT=true

# anonymous: the root entry with account:create only
GET /v1/permissions
=> 200
= {"data": [{"uri": "/", "resource_name": "root", "permissions": ["account:create"]}]}

# setup: alice's account
PUT /v1/accounts/alice
{"data": {"password": "123456"}}
=> 201

# setup: bob's account
PUT /v1/accounts/bob
{"data": {"password": "654321"}}
=> 201

# setup: alice's bucket a
PUT /v1/buckets/a alice:123456
=> 201

# setup: collection a/b
PUT /v1/buckets/a/collections/b alice:123456
=> 201

# setup: record a/b/c
PUT /v1/buckets/a/collections/b/records/c alice:123456
=> 201

# alice: her objects, her account (its own author), the root
GET /v1/permissions alice:123456
=> 200
= {"data": [
  {"uri": "/buckets/a/collections/b/records/c", "resource_name": "record", "id": "c", "record_id": "c", "bucket_id": "a", "collection_id": "b",
   "permissions": ["read", "write"]},
  {"uri": "/buckets/a/collections/b", "resource_name": "collection", "id": "b", "collection_id": "b", "bucket_id": "a",
   "permissions": ["read", "write", "record:create", "read:attributes"]},
  {"uri": "/buckets/a", "resource_name": "bucket", "id": "a", "bucket_id": "a",
   "permissions": ["read", "write", "collection:create", "group:create", "read:attributes"]},
  {"uri": "/accounts/alice", "resource_name": "account", "id": "alice", "account_id": "alice", "permissions": ["read", "write"]},
  {"uri": "/", "resource_name": "root", "permissions": ["bucket:create", "account:create"]}]}

# account_id is a field of the entries
GET /v1/permissions?account_id=alice alice:123456
=> 200
{"data": [{"uri": "/accounts/alice"}]}

# bob sees his account only
GET /v1/permissions?resource_name=account bob:654321
=> 200
= {"data": [{"uri": "/accounts/bob", "resource_name": "account", "id": "bob", "account_id": "bob", "permissions": ["read", "write"]}]}

# setup: the admin's account
PUT /v1/accounts/admin
{"data": {"password": "adminpw"}}
=> 201

# account_write_principals lists no account (Kinto enumerates none)
GET /v1/permissions admin:adminpw
=> 200
{"data": [{"uri": "/accounts/admin"}, {"uri": "/"}]}

# a wrong password: a basicauth user, who owns nothing
GET /v1/permissions alice:wrong
=> 200
= {"data": [{"uri": "/", "resource_name": "root", "permissions": ["bucket:create", "account:create"]}]}

# setup: bob deletes his account
DELETE /v1/accounts/bob bob:654321
=> 200

# it is no longer anyone's (bob:654321 is now a basicauth user)
GET /v1/permissions?resource_name=account bob:654321
=> 200
= {"data": []}
