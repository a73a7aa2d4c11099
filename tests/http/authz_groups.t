# Groups as principals (auth.md, "Principals of a request"; objects.md,
# "Groups" and "Cascade and clean-up rules"): a permission granted to
# /buckets/{bid}/groups/{gid} is held by every user listed in members,
# from the next request on, and by nobody once the user is removed or
# the group (or its bucket) is deleted.
#
# The root view lists the principals with the user id first; the order
# of the others is left open by auth.md: cinto gives system.Everyone,
# system.Authenticated, then the groups sorted by URI.
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
# carol = basicauth:7911724fb520c07844b0224118d66329a61773f8ecfb6faf94162fab7334a48d
@set KINTO_MULTIAUTH_POLICIES=basicauth

# carol's user id (HMAC-SHA256 of "carol:secret" with the empty key)
GET /v1/ carol:secret
=> 200
{"user": {"id": "basicauth:7911724fb520c07844b0224118d66329a61773f8ecfb6faf94162fab7334a48d"}}

# --- members gain the group's permissions (auth.md, "Principals")
# setup: bucket gb (groups live here), alice's
PUT /v1/buckets/gb alice:secret
=> 201

# setup: bucket data, read granted to the group /buckets/gb/groups/team
PUT /v1/buckets/data alice:secret
{"data": {"last_modified": 1500000000000}, "permissions": {"read": ["/buckets/gb/groups/team"]}}
=> 201

# setup: data/c, write granted to the group /buckets/gb/groups/editors
PUT /v1/buckets/data/collections/c alice:secret
{"permissions": {"write": ["/buckets/gb/groups/editors"]}}
=> 201

# setup: data/c/r
PUT /v1/buckets/data/collections/c/records/r alice:secret
{"data": {"v": 1}}
=> 201

# before the group exists, nobody holds its URI
GET /v1/buckets/data bob:secret
=> 403
{"code": 403, "errno": 121}

# the group is created with bob as member
PUT /v1/buckets/gb/groups/team alice:secret
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# bob's principals now include the group
GET /v1/ bob:secret
=> 200
{"user": {"id": "basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6",
          "principals": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6",
                         "system.Everyone", "system.Authenticated", "/buckets/gb/groups/team"]}}

# ... and the group's permission is his from this request on
GET /v1/buckets/data bob:secret
=> 200
= {"data": {"id": "data", "last_modified": 1500000000000}, "permissions": {}}

# read of the bucket through the group reaches the records below
GET /v1/buckets/data/collections/c/records/r bob:secret
=> 200
{"data": {"id": "r", "v": 1}}

# but not write (the group holds read only)
PATCH /v1/buckets/data/collections/c/records/r bob:secret
{"data": {"v": 2}}
=> 403
{"code": 403, "errno": 121}

# mat is no member
GET /v1/buckets/data mat:secret
=> 403
{"code": 403, "errno": 121}

# members are compared exactly: a member spelled in capitals is someone else
PUT /v1/buckets/gb/groups/editors alice:secret
{"data": {"members": ["BASICAUTH:8A931A10FC88AB2F6D1CC02A07D3A81B5D4768F6F13E85C5D8D4180419ACB1B4"]}}
=> 201

# ... so mat gains nothing
PATCH /v1/buckets/data/collections/c/records/r mat:secret
{"data": {"v": 2}}
=> 403
{"code": 403, "errno": 121}

# PATCH of members adds mat (write granted to editors on data/c)
PATCH /v1/buckets/gb/groups/editors alice:secret
{"data": {"members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 200

# mat writes the record through the group
PATCH /v1/buckets/data/collections/c/records/r mat:secret
{"data": {"v": 2}}
=> 200
{"data": {"id": "r", "v": 2}}

# ... creates records in it (C:write)
PUT /v1/buckets/data/collections/c/records/byeditor mat:secret
=> 201
{"data": {"id": "byeditor"}}

# ... but cannot read the bucket (the group has nothing on it)
GET /v1/buckets/data mat:secret
=> 403
{"code": 403, "errno": 121}

# a user in two groups holds both (sorted by URI here)
PATCH /v1/buckets/gb/groups/team alice:secret
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6",
                      "basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 200

# mat's principals: both groups
GET /v1/ mat:secret
=> 200
{"user": {"principals": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4",
                         "system.Everyone", "system.Authenticated",
                         "/buckets/gb/groups/editors", "/buckets/gb/groups/team"]}}

# mat now reads the bucket through team
GET /v1/buckets/data mat:secret
=> 200
{"data": {"id": "data"}}

# --- losing membership (objects.md, "Groups": memberships follow every
# create, update or replacement of members)
# PATCH removing mat from team
PATCH /v1/buckets/gb/groups/team alice:secret
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

# mat lost read of the bucket on the next request
GET /v1/buckets/data mat:secret
=> 403
{"code": 403, "errno": 121}

# ... but kept editors
PATCH /v1/buckets/data/collections/c/records/r mat:secret
{"data": {"v": 3}}
=> 200

# PUT replacing editors' members without mat
PUT /v1/buckets/gb/groups/editors alice:secret
{"data": {"members": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}
=> 200

# mat lost write on the collection: no more record creation
PUT /v1/buckets/data/collections/c/records/again mat:secret
=> 403
{"code": 403, "errno": 121}

# ... nor collection write
PATCH /v1/buckets/data/collections/c mat:secret
{"data": {"x": 1}}
=> 403
{"code": 403, "errno": 121}

# the records he wrote keep him in their own write ACL (auth.md, "the
# author keeps control")
PATCH /v1/buckets/data/collections/c/records/byeditor mat:secret
{"data": {"v": 4}}
=> 200

# mat's principals: no group left
GET /v1/ mat:secret
=> 200
{"user": {"principals": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4",
                         "system.Everyone", "system.Authenticated"]}}

# JSON-Patch removing bob from team
PATCH /v1/buckets/gb/groups/team alice:secret
Content-Type: application/json-patch+json
[{"op": "remove", "path": "/data/members/0"}]
=> 200
{"data": {"id": "team", "members": []}}

# bob lost read of the bucket
GET /v1/buckets/data bob:secret
=> 403
{"code": 403, "errno": 121}

# --- deleting the group (objects.md: the principal goes from every user)
# setup: bob back in team
PUT /v1/buckets/gb/groups/team alice:secret
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

# bob reads again
GET /v1/buckets/data bob:secret
=> 200

# delete the group
DELETE /v1/buckets/gb/groups/team alice:secret
=> 200
{"data": {"id": "team", "deleted": true}}

# bob lost read
GET /v1/buckets/data bob:secret
=> 403
{"code": 403, "errno": 121}

# ... and the group from his principals
GET /v1/ bob:secret
=> 200
{"user": {"principals": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6",
                         "system.Everyone", "system.Authenticated"]}}

# re-creating the group without bob does not give it back to him
PUT /v1/buckets/gb/groups/team alice:secret
{"data": {"members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 201

# bob: still 403
GET /v1/buckets/data bob:secret
=> 403
{"code": 403, "errno": 121}

# mat: the ACL of data names the URI, whoever its members are now
GET /v1/buckets/data mat:secret
=> 200

# the bulk DELETE of groups removes memberships too
DELETE /v1/buckets/gb/groups alice:secret
=> 200
{"data": [{"id": "team", "deleted": true}, {"id": "editors", "deleted": true}]}

# mat lost read
GET /v1/buckets/data mat:secret
=> 403
{"code": 403, "errno": 121}

# --- deleting the bucket of the group (objects.md, "Cascade"; Kinto keeps
# the memberships of a bucket cascade: "an implementation should remove
# them"), then re-creating it, resurrects nothing
# setup: group gb/team with bob
PUT /v1/buckets/gb/groups/team alice:secret
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# bob reads through it
GET /v1/buckets/data bob:secret
=> 200

# delete the whole bucket gb
DELETE /v1/buckets/gb alice:secret
=> 200

# bob lost read on data
GET /v1/buckets/data bob:secret
=> 403
{"code": 403, "errno": 121}

# bob's principals: no group
GET /v1/ bob:secret
=> 200
{"user": {"principals": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6",
                         "system.Everyone", "system.Authenticated"]}}

# re-create the bucket gb
PUT /v1/buckets/gb alice:secret
=> 201

# ... it is empty: no group team
GET /v1/buckets/gb/groups alice:secret
=> 200
{"data": []}

# ... and bob is still no member of anything
GET /v1/buckets/data bob:secret
=> 403
{"code": 403, "errno": 121}

# a group re-created empty under the same URI gives bob nothing
PUT /v1/buckets/gb/groups/team alice:secret
=> 201
{"data": {"id": "team", "members": []}}

# bob: 403
GET /v1/buckets/data bob:secret
=> 403
{"code": 403, "errno": 121}

# --- system.Authenticated as a member (objects.md, "Groups")
# team with system.Authenticated
PUT /v1/buckets/gb/groups/team alice:secret
{"data": {"members": ["system.Authenticated"]}}
=> 200

# any authenticated user, even one never seen before, holds the group
GET /v1/buckets/data carol:secret
=> 200
{"data": {"id": "data"}}

# carol's principals list it
GET /v1/ carol:secret
=> 200
{"user": {"principals": ["basicauth:7911724fb520c07844b0224118d66329a61773f8ecfb6faf94162fab7334a48d",
                         "system.Everyone", "system.Authenticated", "/buckets/gb/groups/team"]}}

# anonymous requests do not
GET /v1/buckets/data
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"code": 401, "errno": 104}
