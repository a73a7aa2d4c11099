# Group object endpoints and POST on /buckets/{bid}/groups
# (objects.md "Groups", requests.md, auth.md "Principals of a request").
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
#
# Group membership is observed through ACLs: bucket "gb" grants read to
# the group /buckets/gb/groups/readers, so bob can read gb exactly when he
# is a member.
@set KINTO_MULTIAUTH_POLICIES=basicauth

PUT /v1/buckets/gb alice:secret
{"permissions": {"read": ["/buckets/gb/groups/readers"]}}
=> 201
{"permissions": {"read": ["/buckets/gb/groups/readers"]}}

# bob is not a member yet
GET /v1/buckets/gb bob:secret
=> 403

# PUT creates a group: 201, members kept as sent
PUT /v1/buckets/gb/groups/readers alice:secret
Content-Type: application/json
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"], "title": "R", "last_modified": 1500000000000}}
=> 201
< ETag: "1500000000000"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
{"data": {"id": "readers", "last_modified": 1500000000000, "title": "R",
          "members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# bob now holds the group principal
GET /v1/buckets/gb bob:secret
=> 200
{"data": {"id": "gb"}, "permissions": {}}

GET /v1/ bob:secret
=> 200
{"user": {"principals": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6",
                         "system.Everyone", "system.Authenticated", "/buckets/gb/groups/readers"]}}

GET /v1/buckets/gb/groups/readers alice:secret
=> 200
< ETag: "1500000000000"
{"data": {"id": "readers", "title": "R",
          "members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

# bob reads the group through his bucket read permission
GET /v1/buckets/gb/groups/readers bob:secret
=> 200
{"data": {"id": "readers"}, "permissions": {}}

PATCH /v1/buckets/gb/groups/readers bob:secret
{"data": {"members": []}}
=> 403

# replacing the members removes bob
PUT /v1/buckets/gb/groups/readers alice:secret
{"data": {"members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 200
{"data": {"id": "readers",
          "members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}

GET /v1/buckets/gb bob:secret
=> 403

GET /v1/buckets/gb mat:secret
=> 200

# the replacement dropped title
GET /v1/buckets/gb/groups?has_title=false alice:secret
=> 200
{"data": [{"id": "readers"}]}

# members default to [] when absent (PUT replacing, PUT creating, POST)
PUT /v1/buckets/gb/groups/readers alice:secret
{"data": {"title": "no members"}}
=> 200
{"data": {"id": "readers", "title": "no members", "members": []}}

GET /v1/buckets/gb mat:secret
=> 403

PUT /v1/buckets/gb/groups/empty alice:secret
=> 201
{"data": {"id": "empty", "members": []},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/gb/groups/empty alice:secret
=> 200
{"data": {"id": "empty", "members": []}}

POST /v1/buckets/gb/groups alice:secret
{"data": {"kind": "generated"}}
=> 201
< ETag ~ "
{"data": {"kind": "generated", "members": []},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

POST /v1/buckets/gb/groups alice:secret
=> 201
{"data": {"members": []}}

# POST with an existing id: 200 with the existing group, nothing written
POST /v1/buckets/gb/groups alice:secret
{"data": {"id": "empty", "members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200
{"data": {"id": "empty", "members": []}}

PUT /v1/buckets/gb alice:secret
{"permissions": {"read": ["/buckets/gb/groups/empty"]}}
=> 200

GET /v1/buckets/gb bob:secret
=> 403

# POST with an invalid id
POST /v1/buckets/gb/groups alice:secret
{"data": {"id": "a b", "members": []}}
=> 400
{"errno": 107, "message": "path: Invalid object id",
 "details": [{"location": "path", "name": null, "description": "Invalid object id"}]}

# members validation: system.Everyone refused (PUT/POST: data.members.N)
PUT /v1/buckets/gb/groups/bad alice:secret
{"data": {"members": ["system.Everyone"]}}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "data.members.0 in body: 'system.Everyone' is not a valid user ID.",
 "details": [{"location": "body", "name": "data.members.0",
              "description": "'system.Everyone' is not a valid user ID."}]}

POST /v1/buckets/gb/groups alice:secret
{"data": {"id": "bad", "members": ["system.Everyone"]}}
=> 400
{"errno": 107, "message": "data.members.0 in body: 'system.Everyone' is not a valid user ID."}

# group URIs (anything starting with /buckets/) refused
PUT /v1/buckets/gb/groups/bad alice:secret
{"data": {"members": ["/buckets/gb/groups/empty"]}}
=> 400
{"errno": 107,
 "message": "data.members.0 in body: '/buckets/gb/groups/empty' is not a valid user ID.",
 "details": [{"location": "body", "name": "data.members.0",
              "description": "'/buckets/gb/groups/empty' is not a valid user ID."}]}

# every invalid entry gets its own details item; the message names the first
PUT /v1/buckets/gb/groups/bad alice:secret
{"data": {"members": ["ok", "system.Everyone", "/buckets/x"]}}
=> 400
{"errno": 107,
 "message": "data.members.1 in body: 'system.Everyone' is not a valid user ID.",
 "details": [{"location": "body", "name": "data.members.1",
              "description": "'system.Everyone' is not a valid user ID."},
             {"location": "body", "name": "data.members.2",
              "description": "'/buckets/x' is not a valid user ID."}]}

# members must be a list of strings
PUT /v1/buckets/gb/groups/bad alice:secret
{"data": {"members": "abc"}}
=> 400
{"errno": 107, "message": "data.members in body: \"abc\" is not iterable",
 "details": [{"location": "body", "name": "data.members", "description": "\"abc\" is not iterable"}]}

PUT /v1/buckets/gb/groups/bad alice:secret
{"data": {"members": null}}
=> 400
{"errno": 107, "message": "data.members in body: \"None\" is not iterable"}

PUT /v1/buckets/gb/groups/bad alice:secret
{"data": {"members": [1]}}
=> 400
{"errno": 107, "message": "data.members.0 in body: 1 is not a string: {'': ''}",
 "details": [{"location": "body", "name": "data.members.0"}]}

GET /v1/buckets/gb/groups/bad alice:secret
=> 404
{"errno": 110, "details": {"id": "bad", "resource_name": "group"}}

# PATCH flavours report members.N
PATCH /v1/buckets/gb/groups/empty alice:secret
{"data": {"members": ["system.Everyone"]}}
=> 400
{"errno": 107, "message": "members.0 in body: 'system.Everyone' is not a valid user ID.",
 "details": [{"location": "body", "name": "members.0"}]}

PATCH /v1/buckets/gb/groups/empty alice:secret
Content-Type: application/merge-patch+json
{"data": {"members": ["x", "/buckets/gb"]}}
=> 400
{"errno": 107, "message": "members.1 in body: '/buckets/gb' is not a valid user ID."}

PATCH /v1/buckets/gb/groups/empty alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/data/members/0", "value": "system.Everyone"}]
=> 400
{"errno": 107, "message": "members.0 in body: 'system.Everyone' is not a valid user ID."}

# nothing was written
GET /v1/buckets/gb/groups/empty alice:secret
=> 200
{"data": {"id": "empty", "members": []}}

# PATCH adds bob to the group: he gains read on gb
PATCH /v1/buckets/gb/groups/empty alice:secret
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200
{"data": {"id": "empty",
          "members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

GET /v1/buckets/gb bob:secret
=> 200

# merge-patch members: null removes the key, which defaults back to []
PATCH /v1/buckets/gb/groups/empty alice:secret
Content-Type: application/merge-patch+json
{"data": {"members": null}}
=> 200
{"data": {"id": "empty", "members": []}}

GET /v1/buckets/gb bob:secret
=> 403

# JSON-Patch on members
PATCH /v1/buckets/gb/groups/empty alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/data/members/-", "value": "basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"}]
=> 200
{"data": {"id": "empty",
          "members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

GET /v1/buckets/gb bob:secret
=> 200

# plain PATCH "members": null is a 400
PATCH /v1/buckets/gb/groups/empty alice:secret
{"data": {"members": null}}
=> 400
{"errno": 107}

# duplicates are kept as sent
PUT /v1/buckets/gb/groups/dup alice:secret
{"data": {"members": ["a", "a"]}}
=> 201
{"data": {"id": "dup", "members": ["a", "a"]}}

# system.Authenticated is an accepted member and applies to every authenticated user
PUT /v1/buckets/gb/groups/all alice:secret
{"data": {"members": ["system.Authenticated"]}}
=> 201
{"data": {"id": "all", "members": ["system.Authenticated"]}}

PUT /v1/buckets/gb alice:secret
{"permissions": {"read": ["/buckets/gb/groups/all"]}}
=> 200

GET /v1/buckets/gb mat:secret
=> 200

GET /v1/buckets/gb
=> 401

# group permissions: read, write only
PUT /v1/buckets/gb/groups/dup alice:secret
{"permissions": {"record:create": ["system.Everyone"]}}
=> 400
{"errno": 107, "message": "permissions in body: \"record:create\" is not one of read, write",
 "details": [{"location": "body", "name": "permissions",
              "description": "\"record:create\" is not one of read, write"}]}

PUT /v1/buckets/gb/groups/dup alice:secret
{"permissions": {"unknown": ["system.Everyone"]}}
=> 400
{"errno": 107, "message": "permissions in body: \"unknown\" is not one of read, write"}

# unknown group: 404 errno 110 for a bucket reader, 403/401 for others
GET /v1/buckets/gb/groups/nope alice:secret
=> 404
{"code": 404, "errno": 110, "error": "Not Found",
 "details": {"id": "nope", "resource_name": "group"}}

PATCH /v1/buckets/gb/groups/nope mat:secret
{"data": {}}
=> 404
{"errno": 110, "details": {"id": "nope", "resource_name": "group"}}

DELETE /v1/buckets/gb/groups/nope mat:secret
=> 404
{"errno": 110}

PUT /v1/buckets/gb/groups/nope mat:secret
=> 403

# (an ACL with an empty read list replaces the whole ACL)
PUT /v1/buckets/gb alice:secret
{"permissions": {"read": []}}
=> 200

GET /v1/buckets/gb/groups/nope mat:secret
=> 403

GET /v1/buckets/gb/groups/nope
=> 401

# invalid group ids
PUT /v1/buckets/gb/groups/a.b alice:secret
=> 400
{"errno": 107, "message": "path: Invalid object id",
 "details": [{"location": "path", "name": null, "description": "Invalid object id"}]}

GET /v1/buckets/gb/groups/_x mat:secret
=> 403

# bob with group:create on the bucket
PUT /v1/buckets/gb alice:secret
{"permissions": {"group:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

PUT /v1/buckets/gb/groups/bobs bob:secret
{"data": {"members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 201
{"data": {"id": "bobs"},
 "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

GET /v1/buckets/gb bob:secret
=> 200
{"data": {"id": "gb"}, "permissions": {}}

GET /v1/buckets/gb/groups/readers bob:secret
=> 403

PATCH /v1/buckets/gb/groups/nope bob:secret
{"data": {}}
=> 403

PUT /v1/buckets/gb/collections/c bob:secret
=> 403

# delete a group: tombstone; the membership goes away
PUT /v1/buckets/gb alice:secret
{"permissions": {"read": ["/buckets/gb/groups/bobs"]}}
=> 200

GET /v1/buckets/gb mat:secret
=> 200

DELETE /v1/buckets/gb/groups/bobs alice:secret
=> 200
< ETag ~ "
{"data": {"deleted": true, "id": "bobs"}}

GET /v1/buckets/gb mat:secret
=> 403

GET /v1/buckets/gb/groups/bobs alice:secret
=> 404
{"errno": 110, "details": {"id": "bobs", "resource_name": "group"}}

DELETE /v1/buckets/gb/groups/bobs alice:secret
=> 404
{"errno": 110}

# re-creating the group restores the membership
PUT /v1/buckets/gb/groups/bobs alice:secret
{"data": {"members": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 201
{"data": {"id": "bobs"}}

GET /v1/buckets/gb mat:secret
=> 200

# DELETE ?last_modified forces the tombstone's timestamp
PUT /v1/buckets/gb/groups/dlm alice:secret
{"data": {"last_modified": 1500000000000}}
=> 201
< ETag: "1500000000000"

DELETE /v1/buckets/gb/groups/dlm?last_modified=1500000000007 alice:secret
=> 200
< ETag: "1500000000007"
{"data": {"deleted": true, "id": "dlm", "last_modified": 1500000000007}}

# a group principal can be used in ACLs of another bucket
PUT /v1/buckets/other alice:secret
{"permissions": {"write": ["/buckets/gb/groups/bobs"]}}
=> 201

# (a read: a write by mat would add mat to the bucket's own write ACL)
GET /v1/buckets/other mat:secret
=> 200
{"data": {"id": "other"}}

# deleting the group's bucket removes the membership too (cinto fixes
# Kinto's gap, objects.md "Cascade and clean-up rules")
DELETE /v1/buckets/gb alice:secret
=> 200

GET /v1/buckets/other mat:secret
=> 403
