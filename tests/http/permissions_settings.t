# GET /permissions with <resource>_<perm>_principals settings (auth.md,
# "GET /permissions", "Permissions granted by settings"): every bucket,
# collection and group gets what the settings grant, the root what
# bucket_create_principals grants; record settings list nothing (records
# are not enumerated); permissions_read_principals guards the endpoint.
# On the memory backend (the other files use SQLite).
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_EXPERIMENTAL_PERMISSIONS_ENDPOINT=true
@set KINTO_STORAGE_BACKEND=memory
@set KINTO_PERMISSIONS_READ_PRINCIPALS=system.Authenticated
@set KINTO_BUCKET_CREATE_PRINCIPALS=basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570 basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
@set KINTO_BUCKET_READ_PRINCIPALS=system.Authenticated
@set KINTO_GROUP_CREATE_PRINCIPALS=basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_COLLECTION_WRITE_PRINCIPALS=basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
@set KINTO_RECORD_CREATE_PRINCIPALS=/buckets/beers/groups/admins
@set KINTO_GROUP_READ_PRINCIPALS=basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
@set KINTO_RECORD_READ_PRINCIPALS=system.Everyone

# anonymous callers are not in permissions_read_principals: 401
GET /v1/permissions
=> 401
< WWW-Authenticate ~ Basic
{"errno": 104}

# HEAD likewise
HEAD /v1/permissions
=> 401

# no bucket yet: carol gets nothing (bucket_create_principals is not hers)
GET /v1/permissions carol:secret
=> 200
= {"data": []}

# bob may create buckets: the root entry
GET /v1/permissions bob:secret
=> 200
= {"data": [{"uri": "/", "resource_name": "root", "permissions": ["bucket:create"]}]}

# setup: bucket beers
PUT /v1/buckets/beers alice:secret
=> 201

# setup: group admins with mat
PUT /v1/buckets/beers/groups/admins alice:secret
{"data": {"members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 201

# setup: collection barley
PUT /v1/buckets/beers/collections/barley alice:secret
=> 201

# setup: record r1
PUT /v1/buckets/beers/collections/barley/records/r1 alice:secret
=> 201

# setup: bucket wine
PUT /v1/buckets/wine alice:secret
=> 201

# setup: collection red
PUT /v1/buckets/wine/collections/red alice:secret
=> 201

# carol: read on every bucket (bucket_read_principals); records are not
# listed from record_read_principals
GET /v1/permissions carol:secret
=> 200
= {"data": [
  {"uri": "/buckets/wine", "resource_name": "bucket", "id": "wine", "bucket_id": "wine", "permissions": ["read", "read:attributes"]},
  {"uri": "/buckets/beers", "resource_name": "bucket", "id": "beers", "bucket_id": "beers", "permissions": ["read", "read:attributes"]}]}

# mat: group:create on every bucket (group_create_principals) and
# record:create on every collection through the group admins
GET /v1/permissions mat:secret
=> 200
= {"data": [
  {"uri": "/buckets/wine/collections/red", "resource_name": "collection", "id": "red", "collection_id": "red", "bucket_id": "wine",
   "permissions": ["record:create", "read:attributes"]},
  {"uri": "/buckets/wine", "resource_name": "bucket", "id": "wine", "bucket_id": "wine",
   "permissions": ["read", "group:create", "read:attributes"]},
  {"uri": "/buckets/beers/collections/barley", "resource_name": "collection", "id": "barley", "collection_id": "barley", "bucket_id": "beers",
   "permissions": ["record:create", "read:attributes"]},
  {"uri": "/buckets/beers", "resource_name": "bucket", "id": "beers", "bucket_id": "beers",
   "permissions": ["read", "group:create", "read:attributes"]}]}

# bob: write on every collection, read on every group, the root
GET /v1/permissions bob:secret
=> 200
= {"data": [
  {"uri": "/buckets/wine/collections/red", "resource_name": "collection", "id": "red", "collection_id": "red", "bucket_id": "wine",
   "permissions": ["read", "write", "record:create", "read:attributes"]},
  {"uri": "/buckets/wine", "resource_name": "bucket", "id": "wine", "bucket_id": "wine", "permissions": ["read", "read:attributes"]},
  {"uri": "/buckets/beers/groups/admins", "resource_name": "group", "id": "admins", "group_id": "admins", "bucket_id": "beers",
   "permissions": ["read"]},
  {"uri": "/buckets/beers/collections/barley", "resource_name": "collection", "id": "barley", "collection_id": "barley", "bucket_id": "beers",
   "permissions": ["read", "write", "record:create", "read:attributes"]},
  {"uri": "/buckets/beers", "resource_name": "bucket", "id": "beers", "bucket_id": "beers", "permissions": ["read", "read:attributes"]},
  {"uri": "/", "resource_name": "root", "permissions": ["bucket:create"]}]}

# alice: her own permissions merged with the settings' (one entry each)
GET /v1/permissions alice:secret
=> 200
{"data": [{"uri": "/buckets/wine/collections/red"}, {"uri": "/buckets/wine"}, {"uri": "/buckets/beers/groups/admins"},
          {"uri": "/buckets/beers/collections/barley/records/r1"}, {"uri": "/buckets/beers/collections/barley"},
          {"uri": "/buckets/beers", "permissions": ["read", "write", "collection:create", "group:create", "read:attributes"]},
          {"uri": "/"}]}

# settings grants can be filtered and paginated like the others
GET /v1/permissions?resource_name=collection&_limit=1 bob:secret
=> 200
< Next-Page ~ resource_name=collection&_limit=1&_token=
{"data": [{"uri": "/buckets/wine/collections/red"}]}

# HEAD counts them
HEAD /v1/permissions bob:secret
=> 200
< Total-Objects: 6

# setup: a permission of mat's own on barley
PATCH /v1/buckets/beers/collections/barley alice:secret
{"permissions": {"read": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 200

# merged with what the settings give him there
GET /v1/permissions?collection_id=barley mat:secret
=> 200
= {"data": [{"uri": "/buckets/beers/collections/barley", "resource_name": "collection", "id": "barley", "collection_id": "barley", "bucket_id": "beers",
             "permissions": ["read", "record:create", "read:attributes"]}]}

# setup: wine deleted
DELETE /v1/buckets/wine alice:secret
=> 200

# its collection is no longer enumerated
GET /v1/permissions carol:secret
=> 200
= {"data": [{"uri": "/buckets/beers", "resource_name": "bucket", "id": "beers", "bucket_id": "beers", "permissions": ["read", "read:attributes"]}]}
