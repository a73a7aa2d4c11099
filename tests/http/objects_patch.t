# PATCH on object endpoints: the three flavours, permissions, and
# Response-Behavior (requests.md "Object endpoint: PATCH (modify)").
#
# JSON-Patch "test" operations are used as exact assertions on stored
# values (the body matcher only checks objects as subsets).
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_MULTIAUTH_POLICIES=basicauth

PUT /v1/buckets/b alice:secret
=> 201

PUT /v1/buckets/b/collections/c alice:secret
=> 201

# ---- Flavour 1: application/json, top-level merge ----

PUT /v1/buckets/b/collections/c/records/r alice:secret
{"data": {"a": "b", "o": {"b": "c"}, "last_modified": 1500000000000}}
=> 201
< ETag: "1500000000000"

PATCH /v1/buckets/b/collections/c/records/r alice:secret
Content-Type: application/json
{"data": {"a": "c"}}
=> 200
< ETag ~ "
< Last-Modified ~ GMT
{"data": {"id": "r", "a": "c", "o": {"b": "c"}},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# the PATCH bumped last_modified
GET /v1/buckets/b/collections/c/records/r alice:secret
If-Match: "1500000000000"
=> 412
{"errno": 114, "details": {"existing": {"id": "r", "a": "c"}}}

PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"data": {"b": "c"}}
=> 200
{"data": {"id": "r", "a": "c", "b": "c", "o": {"b": "c"}}}

# null is stored as a value
PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"data": {"a": null}}
=> 200
{"data": {"id": "r", "a": null, "b": "c"}}

# nested objects are replaced, not merged
PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"data": {"o": {"d": "e"}}}
=> 200
{"data": {"id": "r", "o": {"d": "e"}}}

PATCH /v1/buckets/b/collections/c/records/r alice:secret
Content-Type: application/json-patch+json
[{"op": "test", "path": "/data/o", "value": {"d": "e"}},
 {"op": "test", "path": "/data/a", "value": null},
 {"op": "test", "path": "/data/b", "value": "c"}]
=> 200

# data.last_modified greater than the stored one is kept
PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"data": {"last_modified": 1900000000000}}
=> 200
< ETag: "1900000000000"
< Last-Modified: Sun, 17 Mar 2030 17:46:40 GMT
{"data": {"id": "r", "last_modified": 1900000000000}}

# ... a smaller one is ignored (fresh timestamp)
PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"data": {"last_modified": 1500000000000}}
=> 200

GET /v1/buckets/b/collections/c/records/r alice:secret
If-None-Match: "1500000000000"
=> 200

GET /v1/buckets/b/collections/c/records/r alice:secret
If-None-Match: "1900000000000"
=> 200

# {"data": {}} is accepted and bumps last_modified
PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"data": {"last_modified": 2000000000000}}
=> 200
< ETag: "2000000000000"

PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"data": {}}
=> 200
{"data": {"id": "r", "b": "c"}}

GET /v1/buckets/b/collections/c/records/r alice:secret
If-Match: "2000000000000"
=> 412

# {} and an empty body: 400
PATCH /v1/buckets/b/collections/c/records/r alice:secret
{}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "Provide at least one of data or permissions",
 "details": [{"location": "body", "name": "data"}]}

PATCH /v1/buckets/b/collections/c/records/r alice:secret
=> 400
{"errno": 107, "message": "Provide at least one of data or permissions"}

PATCH /v1/buckets/b/collections/c/records/r alice:secret
Content-Type: application/merge-patch+json
{}
=> 400
{"errno": 107, "message": "Provide at least one of data or permissions"}

# data.id must match
PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"data": {"id": "other"}}
=> 400
{"errno": 107, "message": "Object id does not match existing object",
 "details": [{"location": "body", "name": "id"}]}

PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"data": {"id": "r", "same": 1}}
=> 200
{"data": {"id": "r", "same": 1}}

# permissions: named ones replaced, others untouched, null ignored
PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"permissions": {"read": ["system.Everyone"]}}
=> 200
{"data": {"id": "r", "same": 1},
 "permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200
{"permissions": {"read": ["system.Everyone"]}}

PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"permissions": {"read": null}}
=> 200
{"permissions": {"read": ["system.Everyone"]}}

GET /v1/buckets/b/collections/c/records/r
=> 200
{"data": {"id": "r"}, "permissions": {}}

# bob, now a writer of r, sees its permissions
GET /v1/buckets/b/collections/c/records/r bob:secret
=> 200
{"permissions": {"read": ["system.Everyone"]}}

# unknown permission names
PATCH /v1/buckets/b/collections/c/records/r alice:secret
{"permissions": {"record:create": ["x"]}}
=> 400
{"errno": 107, "message": "permissions in body: \"record:create\" is not one of read, write"}

# ---- Flavour 2: application/merge-patch+json (RFC 7396) ----

PUT /v1/buckets/b/collections/c/records/m alice:secret
{"data": {"a": "b", "x": {"b": "c"}, "n": 5, "s": "str", "arr": [1], "o": {"a": 1}, "keep": 0}}
=> 201

# null removes a key
PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"data": {"a": null}}
=> 200
{"data": {"id": "m", "x": {"b": "c"}, "keep": 0}}

GET /v1/buckets/b/collections/c/records?has_a=true&id="m" alice:secret
=> 200
{"data": []}

# nested objects merge
PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"data": {"x": {"d": "e"}}}
=> 200
{"data": {"id": "m", "x": {"b": "c", "d": "e"}}}

PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/json-patch+json
[{"op": "test", "path": "/data/x", "value": {"b": "c", "d": "e"}}]
=> 200

# null at depth removes there; new nested objects are created
PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"data": {"x": {"b": null}, "new": {"p": {"q": null}}, "q": {}}}
=> 200
{"data": {"id": "m", "x": {"d": "e"}, "new": {"p": {}}, "q": {}}}

PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/json-patch+json
[{"op": "test", "path": "/data/x", "value": {"d": "e"}},
 {"op": "test", "path": "/data/new", "value": {"p": {}}},
 {"op": "test", "path": "/data/q", "value": {}}]
=> 200

# an array replaces an object; false/0 are ordinary values
PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"data": {"o": [1], "keep": false}}
=> 200
{"data": {"id": "m", "o": [1], "keep": false}}

# an object onto a non-object replaces it (RFC 7396; Kinto 500s)
PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"data": {"n": {"z": 1}, "s": {"z": 2, "gone": null}, "arr": {}}}
=> 200
{"data": {"id": "m", "n": {"z": 1}, "s": {"z": 2}, "arr": {}}}

PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/json-patch+json
[{"op": "test", "path": "/data/n", "value": {"z": 1}},
 {"op": "test", "path": "/data/s", "value": {"z": 2}},
 {"op": "test", "path": "/data/arr", "value": {}}]
=> 200

# arrays are replaced, never merged
PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"data": {"o": [2, {"k": null}]}}
=> 200
{"data": {"id": "m", "o": [2, {"k": null}]}}

# merge-patch permissions: lists replace, null empties, others kept
PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"permissions": {"read": ["system.Everyone"]}}
=> 200
{"permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/b/collections/c/records/m
=> 200

PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"permissions": {"read": null}}
=> 200
{"permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/b/collections/c/records/m
=> 401

# "write": null leaves just the caller
PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

GET /v1/buckets/b/collections/c/records/m bob:secret
=> 200

PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"permissions": {"write": null}}
=> 200
{"permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/b/collections/c/records/m bob:secret
=> 403

# merge-patch "data": null is a 400
PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"data": null}
=> 400
{"errno": 107}

# merge-patch with an unknown top-level key
PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"data": {}, "x": 1}
=> 400
{"errno": 107, "message": "Unrecognized keys in mapping: \"{'x': 1}\""}

# merge-patch with data.id different from the URL
PATCH /v1/buckets/b/collections/c/records/m alice:secret
Content-Type: application/merge-patch+json
{"data": {"id": "zz"}}
=> 400
{"errno": 107, "message": "Object id does not match existing object"}

# ---- Flavour 3: application/json-patch+json (RFC 6902) ----

PUT /v1/buckets/b/collections/c/records/j alice:secret
{"data": {"a": "foo", "list": [1, 2, 3], "obj": {"k": "v"}}, "permissions": {"read": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 201

# the example of requests.md
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "test",    "path": "/data/a", "value": "foo"},
 {"op": "remove",  "path": "/data/a"},
 {"op": "add",     "path": "/data/b", "value": ["foo", "bar"]},
 {"op": "replace", "path": "/data/b", "value": 42},
 {"op": "copy",    "from": "/data/b", "path": "/data/d"},
 {"op": "add",     "path": "/permissions/read/system.Everyone"},
 {"op": "remove",  "path": "/permissions/read/basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"}]
=> 200
{"data": {"id": "j", "b": 42, "d": 42, "list": [1, 2, 3], "obj": {"k": "v"}},
 "permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/b/collections/c/records?has_a=true&id="j" alice:secret
=> 200
{"data": []}

GET /v1/buckets/b/collections/c/records/j
=> 200

# move, array indexes, "-"
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "move", "from": "/data/d", "path": "/data/moved"},
 {"op": "add", "path": "/data/list/0", "value": 0},
 {"op": "add", "path": "/data/list/-", "value": 4},
 {"op": "remove", "path": "/data/list/2"},
 {"op": "replace", "path": "/data/obj/k", "value": "w"},
 {"op": "add", "path": "/data/obj/a~1b", "value": "slash"},
 {"op": "add", "path": "/data/obj/t~0", "value": "tilde"}]
=> 200
{"data": {"id": "j", "moved": 42, "list": [0, 1, 3, 4], "obj": {"k": "w", "a/b": "slash", "t~": "tilde"}}}

PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "test", "path": "/data/obj", "value": {"k": "w", "a/b": "slash", "t~": "tilde"}},
 {"op": "test", "path": "/data/list", "value": [0, 1, 3, 4]},
 {"op": "test", "path": "/data/moved", "value": 42}]
=> 200

GET /v1/buckets/b/collections/c/records?has_d=true alice:secret
=> 200
{"data": []}

# a failing test: 400, nothing applied
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "replace", "path": "/data/moved", "value": 0},
 {"op": "test", "path": "/data/moved", "value": 43}]
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "details": [{"location": "body", "name": null}]}

PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "test", "path": "/data/moved", "value": 42}]
=> 200

# removing a missing member fails
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "remove", "path": "/data/zz"}]
=> 400
{"errno": 107, "details": [{"location": "body", "name": null}]}

# replace of a missing member fails
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "replace", "path": "/data/zz", "value": 1}]
=> 400
{"errno": 107, "details": [{"location": "body", "name": null}]}

# operation validation
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "bad", "path": "/data/a"}]
=> 400
{"code": 400, "errno": 107,
 "message": "0.op in body: \"bad\" is not one of test, add, remove, replace, move, copy",
 "details": [{"location": "body", "name": "0.op",
              "description": "\"bad\" is not one of test, add, remove, replace, move, copy"}]}

PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/data/x", "value": 1, "extra": 1}]
=> 400
{"errno": 107, "message": "0 in body: Unrecognized keys in mapping: \"{'extra': 1}\"",
 "details": [{"location": "body", "name": "0",
              "description": "Unrecognized keys in mapping: \"{'extra': 1}\""}]}

# (errors.md substring rule: the name "1" occurs in the description)
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "test", "path": "/data/moved", "value": 42}, {"op": "add", "path": "/data/x", "value": 1, "extra": 1}]
=> 400
{"errno": 107, "message": "Unrecognized keys in mapping: \"{'extra': 1}\"",
 "details": [{"location": "body", "name": "1"}]}

PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "data/x", "value": 1}]
=> 400
{"errno": 107, "message": "0.path in body: String does not match expected pattern"}

PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
{"data": {}}
=> 400
{"errno": 107, "message": "\"{'data': {}}\" is not iterable"}

# an empty list is accepted and bumps last_modified
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "replace", "path": "/data/last_modified", "value": 2100000000000}]
=> 200
< ETag: "2100000000000"

PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[]
=> 200
{"data": {"id": "j", "moved": 42}}

GET /v1/buckets/b/collections/c/records/j alice:secret
If-None-Match: "2100000000000"
=> 200

# replace on /data with a whole object (the id is kept)
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "replace", "path": "/data", "value": {"fresh": true}}]
=> 200
{"data": {"id": "j", "fresh": true}}

GET /v1/buckets/b/collections/c/records?has_moved=true alice:secret
=> 200
{"data": []}

# paths outside /data and /permissions are discarded
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/foo", "value": 1}]
=> 200
{"data": {"id": "j", "fresh": true}}

# changing the id through JSON-Patch is refused
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "replace", "path": "/data/id", "value": "other"}]
=> 400
{"errno": 107, "message": "Object id does not match existing object"}

# /permissions/write/<principal>: value ignored
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/permissions/write/basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6", "value": "ignored"},
 {"op": "remove", "path": "/permissions/read/system.Everyone"}]
=> 200

GET /v1/buckets/b/collections/c/records/j
=> 401

PATCH /v1/buckets/b/collections/c/records/j bob:secret
{"data": {"bob": 1}}
=> 200
{"data": {"id": "j", "fresh": true, "bob": 1}}

# removing a principal that is not there fails
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "remove", "path": "/permissions/read/nobody"}]
=> 400
{"errno": 107, "details": [{"location": "body", "name": null}]}

# a test on a whole permission
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "test", "path": "/permissions/read", "value": {}}]
=> 200

# a data-only JSON-Patch by a writer keeps the ACL (cinto applies
# patches to the stored ACL; Kinto empties read/write here)
PATCH /v1/buckets/b/collections/c/records/j alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/permissions/read/basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"}]
=> 200

PUT /v1/buckets/b/collections/c/records/other bob:secret
=> 403

PATCH /v1/buckets/b alice:secret
{"permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

PUT /v1/buckets/b/collections/c/records/q alice:secret
{"data": {"a": 1}, "permissions": {"read": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}
=> 201

PATCH /v1/buckets/b/collections/c/records/q bob:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/data/b", "value": 2}]
=> 200
{"data": {"id": "q", "a": 1, "b": 2}}

GET /v1/buckets/b/collections/c/records/q mat:secret
=> 200

GET /v1/buckets/b/collections/c/records/q alice:secret
=> 200
{"permissions": {"read": ["basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"]}}

PATCH /v1/buckets/b/collections/c/records/q bob:secret
Content-Type: application/merge-patch+json
{"permissions": {"write": ["x"]}}
=> 200

GET /v1/buckets/b/collections/c/records/q mat:secret
=> 200

# collection permission record:create has no /permissions helper
PATCH /v1/buckets/b/collections/c alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/permissions/record:create/system.Everyone"}]
=> 400
{"errno": 107, "details": [{"location": "body", "name": null}]}

# ... with a value it works like any JSON member
PATCH /v1/buckets/b/collections/c alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/permissions/record:create", "value": {"system.Authenticated": "system.Authenticated"}}]
=> 200
{"permissions": {"record:create": ["system.Authenticated"]}}

POST /v1/buckets/b/collections/c/records mat:secret
{"data": {"by": "mat"}}
=> 201

# ---- Response-Behavior ----
# (The matcher cannot tell that light/diff bodies lack other keys or the
# "permissions" key: objects match as subsets.  The expected bodies below
# are the exact ones of requests.md.)

PUT /v1/buckets/b/collections/c/records/rb alice:secret
{"data": {"k": 1, "n": {"x": 1}, "a": "b"}}
=> 201

PATCH /v1/buckets/b/collections/c/records/rb alice:secret
Response-Behavior: light
{"data": {"k": 1, "n": 5, "a": "c"}}
=> 200
{"data": {"n": 5, "a": "c"}}

PATCH /v1/buckets/b/collections/c/records/rb alice:secret
Response-Behavior: diff
{"data": {"k": 1, "n": 6, "m": 7}}
=> 200
{"data": {}}

PATCH /v1/buckets/b/collections/c/records/rb alice:secret
Response-Behavior: full
{"data": {"z": 0}}
=> 200
{"data": {"id": "rb", "k": 1, "n": 6, "m": 7, "a": "c", "z": 0},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# light with a patched last_modified returns the new timestamp
PATCH /v1/buckets/b/collections/c/records/rb alice:secret
Response-Behavior: light
{"data": {"last_modified": 2200000000000, "k": 2}}
=> 200
< ETag: "2200000000000"
{"data": {"last_modified": 2200000000000, "k": 2}}

# a bad value: 400 (case-sensitive)
PATCH /v1/buckets/b/collections/c/records/rb alice:secret
Response-Behavior: LIGHT
{"data": {"k": 3}}
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "Response-Behavior in header: \"LIGHT\" is not one of full, light, diff",
 "details": [{"location": "header", "name": "Response-Behavior",
              "description": "\"LIGHT\" is not one of full, light, diff"}]}

PATCH /v1/buckets/b/collections/c/records/rb alice:secret
Content-Type: application/json-patch+json
[{"op": "test", "path": "/data/k", "value": 2}]
=> 200

# Response-Behavior is ignored on PUT
PUT /v1/buckets/b/collections/c/records/rb alice:secret
Response-Behavior: light
{"data": {"k": 9}}
=> 200
{"data": {"id": "rb", "k": 9},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# light with merge-patch and JSON-Patch
PATCH /v1/buckets/b/collections/c/records/rb alice:secret
Content-Type: application/merge-patch+json
Response-Behavior: light
{"data": {"k": null, "new": {"a": 1}}}
=> 200
{"data": {"new": {"a": 1}}}

PATCH /v1/buckets/b/collections/c/records/rb alice:secret
Content-Type: application/json-patch+json
Response-Behavior: diff
[{"op": "add", "path": "/data/q", "value": 1}]
=> 200
{"data": {}}

# ---- PATCH on buckets, collections, groups ----

PATCH /v1/buckets/b alice:secret
Content-Type: application/merge-patch+json
{"data": {"meta": {"a": 1}}}
=> 200
{"data": {"id": "b", "meta": {"a": 1}}}

PATCH /v1/buckets/b/collections/c alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/data/title", "value": "C"}]
=> 200
{"data": {"id": "c", "title": "C"}}

PUT /v1/buckets/b/groups/g alice:secret
{"data": {"members": ["a"]}}
=> 201

PATCH /v1/buckets/b/groups/g alice:secret
Content-Type: application/merge-patch+json
{"data": {"title": "G"}}
=> 200
{"data": {"id": "g", "title": "G", "members": ["a"]}}

# ---- JSON-Patch failures and validation ----

PUT /v1/buckets/b/collections/c/records/f alice:secret
{"data": {"l": [1]}}
=> 201

# add / copy to a location whose parent does not exist: 400
PATCH /v1/buckets/b/collections/c/records/f alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/data/a/b", "value": {"deep": [1, 2]}}]
=> 400
{"code": 400, "errno": 107, "details": [{"location": "body", "name": null}]}

PATCH /v1/buckets/b/collections/c/records/f alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/data/l/5", "value": 1}]
=> 400
{"errno": 107, "details": [{"location": "body", "name": null}]}

PATCH /v1/buckets/b/collections/c/records/f alice:secret
Content-Type: application/json-patch+json
[{"op": "copy", "from": "/data/l", "path": "/data/x/y"}]
=> 400
{"errno": 107, "details": [{"location": "body", "name": null}]}

PATCH /v1/buckets/b/collections/c/records/f alice:secret
Content-Type: application/json-patch+json
[{"op": "move", "from": "/data/l", "path": "/data/x/y"}]
=> 400
{"errno": 107, "details": [{"location": "body", "name": null}]}

PATCH /v1/buckets/b/collections/c/records/f alice:secret
Content-Type: application/json-patch+json
[{"op": "test", "path": "/data/l", "value": [1]}]
=> 200

# __permissions__ cannot be smuggled into data by the patch flavours
PATCH /v1/buckets/b/collections/c/records/f alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/data/__permissions__", "value": {"read": ["system.Everyone"]}}]
=> 200
{"data": {"id": "f", "l": [1]}}

PATCH /v1/buckets/b/collections/c/records/f alice:secret
Content-Type: application/merge-patch+json
{"data": {"__permissions__": {"read": ["system.Everyone"]}}}
=> 200
{"data": {"id": "f", "l": [1]}}

PATCH /v1/buckets/b/collections/c/records/f alice:secret
Content-Type: application/json-patch+json
[{"op": "remove", "path": "/data/__permissions__"}]
=> 400
{"errno": 107, "details": [{"location": "body", "name": null}]}

GET /v1/buckets/b/collections/c/records/f
=> 401

# an unknown permission name cannot be added through JSON-Patch
PATCH /v1/buckets/b/collections/c/records/f alice:secret
Content-Type: application/json-patch+json
[{"op": "add", "path": "/permissions/foo", "value": {"system.Everyone": "system.Everyone"}}]
=> 400
{"code": 400, "errno": 107}
