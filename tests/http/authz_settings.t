# Permissions granted by settings (auth.md, "Permissions granted by
# settings", "Authorization algorithm" steps 2-4; settings.md,
# "<resource>_<read|write|create>_principals"): a setting grants its
# permission on every object of its type, and only of its type: "the
# check uses the type of the object being requested", so
# bucket_write_principals does not grant write (nor read) on the
# bucket's collections, groups and records.  List endpoints use them
# only when the list itself is checked.
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570  bucket_create
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6  record_read
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4  bucket_write
# carol = basicauth:7911724fb520c07844b0224118d66329a61773f8ecfb6faf94162fab7334a48d  collection_create
# dave  = basicauth:dee3023961db1f972a8f7326cfd189e545c068f52a49dfdb1fcb3b601646afa7  bucket_read
# erin  = basicauth:8c97ebd6eb2a14c69c2b4d722249c01c8c5bcd4f9def2d9a7bb6081fc0496206  through the group
#         /buckets/ops/groups/admins, named in record_write_principals
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_BUCKET_CREATE_PRINCIPALS=basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
@set KINTO_RECORD_READ_PRINCIPALS=basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
@set KINTO_BUCKET_WRITE_PRINCIPALS=basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_COLLECTION_CREATE_PRINCIPALS=basicauth:7911724fb520c07844b0224118d66329a61773f8ecfb6faf94162fab7334a48d
@set KINTO_BUCKET_READ_PRINCIPALS=basicauth:dee3023961db1f972a8f7326cfd189e545c068f52a49dfdb1fcb3b601646afa7
@set KINTO_RECORD_WRITE_PRINCIPALS=/buckets/ops/groups/admins

# the user ids of the file's extra users
GET /v1/ dave:secret
=> 200
{"user": {"id": "basicauth:dee3023961db1f972a8f7326cfd189e545c068f52a49dfdb1fcb3b601646afa7"}}

# ... erin
GET /v1/ erin:secret
=> 200
{"user": {"id": "basicauth:8c97ebd6eb2a14c69c2b4d722249c01c8c5bcd4f9def2d9a7bb6081fc0496206"}}

# --- bucket_create_principals: only alice creates buckets
# bob may not create a bucket
PUT /v1/buckets/bobs bob:secret
=> 403
{"code": 403, "errno": 121}

# bucket_write_principals does not grant creating buckets either
PUT /v1/buckets/mats mat:secret
=> 403
{"code": 403, "errno": 121}

# setup: alice's bucket a (pinned timestamp)
PUT /v1/buckets/a alice:secret
{"data": {"last_modified": 1500000000000}}
=> 201

# setup: a/c
PUT /v1/buckets/a/collections/c alice:secret
=> 201

# setup: a/g
PUT /v1/buckets/a/groups/g alice:secret
=> 201

# setup: a/c/r1
PUT /v1/buckets/a/collections/c/records/r1 alice:secret
{"data": {"v": 1, "last_modified": 1500000000001}}
=> 201

# setup: a/c/r2
PUT /v1/buckets/a/collections/c/records/r2 alice:secret
{"data": {"v": 2, "last_modified": 1500000000002}}
=> 201

# setup: bucket ops with the group admins = [erin]
PUT /v1/buckets/ops alice:secret
=> 201

# setup: ops/groups/admins
PUT /v1/buckets/ops/groups/admins alice:secret
{"data": {"members": ["basicauth:8c97ebd6eb2a14c69c2b4d722249c01c8c5bcd4f9def2d9a7bb6081fc0496206"]}}
=> 201

# --- record_read_principals (bob): every record, nothing else
# bob reads a record of a bucket he has no ACL on; permissions {}
GET /v1/buckets/a/collections/c/records/r1 bob:secret
=> 200
= {"data": {"id": "r1", "v": 1, "last_modified": 1500000000001}, "permissions": {}}

# the records list is checked as a list: the whole list
GET /v1/buckets/a/collections/c/records bob:secret
=> 200
{"data": [{"id": "r2"}, {"id": "r1"}]}

# HEAD counts them all
HEAD /v1/buckets/a/collections/c/records bob:secret
=> 200
< Total-Objects: 2

# an unknown record: read is granted, so 404
GET /v1/buckets/a/collections/c/records/nope bob:secret
=> 404
= {"code": 404, "errno": 110, "error": "Not Found", "details": {"id": "nope", "resource_name": "record"}}

# PATCH of an unknown record: he may read the parent list (step 3): 404
PATCH /v1/buckets/a/collections/c/records/nope bob:secret
{"data": {"v": 1}}
=> 404
{"code": 404, "errno": 110, "details": {"id": "nope", "resource_name": "record"}}

# records of an unknown collection: allowed, then 404 errno 111
GET /v1/buckets/a/collections/nope/records bob:secret
=> 404
= {"code": 404, "errno": 111, "error": "Not Found", "details": {"id": "nope", "resource_name": "collection"}}

# read does not grant write
PATCH /v1/buckets/a/collections/c/records/r1 bob:secret
{"data": {"v": 9}}
=> 403
{"code": 403, "errno": 121}

# ... nor create
POST /v1/buckets/a/collections/c/records bob:secret
{"data": {"v": 9}}
=> 403
{"code": 403, "errno": 121}

# ... nor the collection
GET /v1/buckets/a/collections/c bob:secret
=> 403
{"code": 403, "errno": 121}

# ... nor the bucket
GET /v1/buckets/a bob:secret
=> 403
{"code": 403, "errno": 121}

# ... nor the buckets list (he cannot create buckets here)
GET /v1/buckets bob:secret
=> 403
{"code": 403, "errno": 121}

# --- bucket_write_principals (mat): every bucket, none of their children
# mat reads alice's bucket; permissions {} (not in its own ACL)
GET /v1/buckets/a mat:secret
=> 200
= {"data": {"id": "a", "last_modified": 1500000000000}, "permissions": {}}

# an unknown bucket: 404 (read granted)
GET /v1/buckets/nope mat:secret
=> 404
{"code": 404, "errno": 110, "details": {"id": "nope", "resource_name": "bucket"}}

# PATCH of an unknown bucket: 404 (auth.md step 3: bucket_write_principals)
PATCH /v1/buckets/nope mat:secret
{"data": {}}
=> 404
{"code": 404, "errno": 110, "details": {"id": "nope", "resource_name": "bucket"}}

# bucket_write_principals does not grant write on the bucket's records
PATCH /v1/buckets/a/collections/c/records/r1 mat:secret
{"data": {"v": 9}}
=> 403
{"code": 403, "errno": 121}

# ... nor read of them
GET /v1/buckets/a/collections/c/records/r1 mat:secret
=> 403
{"code": 403, "errno": 121}

# ... nor the records list
GET /v1/buckets/a/collections/c/records mat:secret
=> 403
{"code": 403, "errno": 121}

# ... nor read of a collection
GET /v1/buckets/a/collections/c mat:secret
=> 403
{"code": 403, "errno": 121}

# ... nor write of it
DELETE /v1/buckets/a/collections/c mat:secret
=> 403
{"code": 403, "errno": 121}

# ... nor read of a group
GET /v1/buckets/a/groups/g mat:secret
=> 403
{"code": 403, "errno": 121}

# ... nor creating a collection
PUT /v1/buckets/a/collections/matc mat:secret
=> 403
{"code": 403, "errno": 121}

# ... nor the collections list
GET /v1/buckets/a/collections mat:secret
=> 403
{"code": 403, "errno": 121}

# the buckets list is checked with bucket_read_principals, which he is
# not in, and he may not create buckets: 403 (settings.md: list
# endpoints use the settings only when the list itself is checked)
GET /v1/buckets mat:secret
=> 403
{"code": 403, "errno": 121}

# --- bucket_read_principals (dave)
# the buckets list: every bucket
GET /v1/buckets?_sort=id dave:secret
=> 200
{"data": [{"id": "a"}, {"id": "ops"}]}

# HEAD counts them all
HEAD /v1/buckets dave:secret
=> 200
< Total-Objects: 2

# dave reads a bucket, permissions {}
GET /v1/buckets/a dave:secret
=> 200
= {"data": {"id": "a", "last_modified": 1500000000000}, "permissions": {}}

# an unknown bucket: 404
GET /v1/buckets/nope dave:secret
=> 404
{"code": 404, "errno": 110}

# read does not grant write
PATCH /v1/buckets/a dave:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# PATCH/DELETE of an unknown bucket: only bucket_write_principals lets
# the request through to a 404 (auth.md step 3): 403
PATCH /v1/buckets/nope dave:secret
{"data": {}}
=> 403
{"code": 403, "errno": 121}

# ... DELETE likewise
DELETE /v1/buckets/nope dave:secret
=> 403
{"code": 403, "errno": 121}

# bucket read by settings reaches no collection
GET /v1/buckets/a/collections/c dave:secret
=> 403
{"code": 403, "errno": 121}

# ... nor the collections list
GET /v1/buckets/a/collections dave:secret
=> 403
{"code": 403, "errno": 121}

# ... nor the bucket's DELETE of all buckets
DELETE /v1/buckets dave:secret
=> 403
{"code": 403, "errno": 121}

# --- collection_create_principals (carol): create collections in any
# bucket; nothing else
# carol creates a collection in alice's bucket; she becomes its writer
PUT /v1/buckets/a/collections/carolc carol:secret
=> 201
{"data": {"id": "carolc"},
 "permissions": {"write": ["basicauth:7911724fb520c07844b0224118d66329a61773f8ecfb6faf94162fab7334a48d"]}}

# ... and by POST, in another bucket
POST /v1/buckets/ops/collections carol:secret
{"data": {"id": "carolc2"}}
=> 201
{"data": {"id": "carolc2"}}

# she may not create groups (group_create_principals is not set)
PUT /v1/buckets/a/groups/carolg carol:secret
=> 403
{"code": 403, "errno": 121}

# the collections list shows hers only (auth.md step 4a)
GET /v1/buckets/a/collections carol:secret
=> 200
{"data": [{"id": "carolc"}]}

# HEAD counts hers only
HEAD /v1/buckets/a/collections carol:secret
=> 200
< Total-Objects: 1

# alice sees both
GET /v1/buckets/a/collections?_sort=id alice:secret
=> 200
{"data": [{"id": "c"}, {"id": "carolc"}]}

# alice's collection: 403 for carol
GET /v1/buckets/a/collections/c carol:secret
=> 403
{"code": 403, "errno": 121}

# a collection create setting grants no read of the bucket (a bucket's
# type is bucket: only bucket_* settings)
GET /v1/buckets/a carol:secret
=> 403
{"code": 403, "errno": 121}

# PATCH of an unknown collection: she cannot read the bucket's list: 403
PATCH /v1/buckets/a/collections/nope carol:secret
{"data": {}}
=> 403
{"code": 403, "errno": 121}

# her own collection: she creates records in it (its write ACL)
PUT /v1/buckets/a/collections/carolc/records/x carol:secret
{"data": {"v": 1}}
=> 201

# --- record_write_principals naming a group (erin, member of
# /buckets/ops/groups/admins): write, hence read, on every record
# erin writes alice's record
PATCH /v1/buckets/a/collections/c/records/r1 erin:secret
{"data": {"v": 10}}
=> 200
{"data": {"id": "r1", "v": 10}}

# ... reads another
GET /v1/buckets/a/collections/c/records/r2 erin:secret
=> 200
{"data": {"id": "r2", "v": 2}}

# ... and the records of carol's collection
GET /v1/buckets/a/collections/carolc/records/x erin:secret
=> 200
{"data": {"id": "x", "v": 1}}

# the records list (its write pair C:write names record_write_principals)
GET /v1/buckets/a/collections/c/records erin:secret
=> 200
{"data": [{"id": "r1"}, {"id": "r2"}]}

# creating a record: C:write grants it, and for a record that pair is
# checked against record_write_principals (auth.md, "Inheritance" and
# step 2)
POST /v1/buckets/a/collections/c/records erin:secret
{"data": {"id": "byerin"}}
=> 201
{"data": {"id": "byerin"}}

# no collection read
GET /v1/buckets/a/collections/c erin:secret
=> 403
{"code": 403, "errno": 121}

# erin leaves the group
PUT /v1/buckets/ops/groups/admins alice:secret
{"data": {"members": []}}
=> 200

# ... and loses the setting's grant with it (byerin stays hers: its ACL)
PATCH /v1/buckets/a/collections/c/records/r2 erin:secret
{"data": {"v": 20}}
=> 403
{"code": 403, "errno": 121}

# --- bucket_write_principals (mat), the writes
# mat writes alice's bucket
PATCH /v1/buckets/a mat:secret
{"data": {"x": 1}}
=> 200
{"data": {"id": "a", "x": 1}}

# having written it, he is in its own write ACL: now the bucket's ACL,
# not the setting, gives him its collections
GET /v1/buckets/a/collections/c mat:secret
=> 200
{"data": {"id": "c"}}

# DELETE /buckets: the list write is bucket_write_principals: every bucket
DELETE /v1/buckets?_sort=id mat:secret
=> 200
{"data": [{"id": "a", "deleted": true}, {"id": "ops", "deleted": true}]}

# nothing is left
GET /v1/buckets dave:secret
=> 200
{"data": []}
