# Record object endpoints and POST on .../records (objects.md "Records",
# requests.md "Body decoding", "JSON output", auth.md "Inheritance").
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
# mat   = basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4
@set KINTO_MULTIAUTH_POLICIES=basicauth

PUT /v1/buckets/rb alice:secret
=> 201

PUT /v1/buckets/rb/collections/rc alice:secret
=> 201

# PUT creates a record
PUT /v1/buckets/rb/collections/rc/records/r1 alice:secret
Content-Type: application/json
{"data": {"title": "a", "n": 1, "last_modified": 1500000000000}}
=> 201
< ETag: "1500000000000"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
{"data": {"id": "r1", "last_modified": 1500000000000, "title": "a", "n": 1},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/rb/collections/rc/records/r1 alice:secret
=> 200
< ETag: "1500000000000"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
< Cache-Control: no-cache, no-store
{"data": {"id": "r1", "last_modified": 1500000000000, "title": "a", "n": 1},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

HEAD /v1/buckets/rb/collections/rc/records/r1 alice:secret
=> 200
< ETag: "1500000000000"

# replace drops n
PUT /v1/buckets/rb/collections/rc/records/r1 alice:secret
{"data": {"title": "b"}}
=> 200
{"data": {"id": "r1", "title": "b"},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/rb/collections/rc/records?has_n=false alice:secret
=> 200
{"data": [{"id": "r1", "title": "b"}]}

GET /v1/buckets/rb/collections/rc/records/r1 alice:secret
If-None-Match: "1500000000000"
=> 200

# PUT with only permissions keeps data
PUT /v1/buckets/rb/collections/rc/records/r1 alice:secret
{"permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200
{"data": {"id": "r1", "title": "b"},
 "permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# bob reads that record only
GET /v1/buckets/rb/collections/rc/records/r1 bob:secret
=> 200
{"data": {"id": "r1", "title": "b"}, "permissions": {}}

PUT /v1/buckets/rb/collections/rc/records/r1 bob:secret
{"data": {}}
=> 403

# an unknown record in a collection bob cannot read: 403 (no leak)
GET /v1/buckets/rb/collections/rc/records/nope bob:secret
=> 403

PATCH /v1/buckets/rb/collections/rc/records/nope bob:secret
{"data": {}}
=> 403

DELETE /v1/buckets/rb/collections/rc/records/nope
=> 401

# unknown record: 404 errno 110 for a reader of the collection
GET /v1/buckets/rb/collections/rc/records/nope alice:secret
=> 404
{"code": 404, "errno": 110, "error": "Not Found",
 "details": {"id": "nope", "resource_name": "record"}}

PATCH /v1/buckets/rb/collections/rc/records/nope alice:secret
{"data": {}}
=> 404
{"errno": 110, "details": {"id": "nope", "resource_name": "record"}}

DELETE /v1/buckets/rb/collections/rc/records/nope alice:secret
=> 404
{"errno": 110, "details": {"id": "nope", "resource_name": "record"}}

# record ids: the common regex; invalid ones: 400 after authorization
PUT /v1/buckets/rb/collections/rc/records/a.b alice:secret
=> 400
{"code": 400, "errno": 107, "message": "path: Invalid object id",
 "details": [{"location": "path", "name": null, "description": "Invalid object id"}]}

GET /v1/buckets/rb/collections/rc/records/__x__ alice:secret
=> 400
{"message": "path: Invalid object id"}

GET /v1/buckets/rb/collections/rc/records/__x__ bob:secret
=> 403

GET /v1/buckets/rb/collections/rc/records/__x__
=> 401

PUT /v1/buckets/rb/collections/rc/records/not-a-uuid_1 alice:secret
=> 201
{"data": {"id": "not-a-uuid_1"}}

# POST without id: a UUID4 is generated
POST /v1/buckets/rb/collections/rc/records alice:secret
{"data": {"title": "Hello"}, "permissions": {"read": ["system.Everyone"]}}
=> 201
< ETag ~ "
< Last-Modified ~ GMT
{"data": {"title": "Hello"},
 "permissions": {"read": ["system.Everyone"],
                 "write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

POST /v1/buckets/rb/collections/rc/records alice:secret
=> 201
{"data": {}}

# POST with an id: 201, then 200 with the existing record, nothing written
POST /v1/buckets/rb/collections/rc/records alice:secret
{"data": {"id": "p1", "v": 1, "last_modified": 1500000000001}}
=> 201
< ETag: "1500000000001"
{"data": {"id": "p1", "v": 1, "last_modified": 1500000000001}}

POST /v1/buckets/rb/collections/rc/records alice:secret
{"data": {"id": "p1", "v": 2, "w": 3}}
=> 200
< ETag: "1500000000001"
{"data": {"id": "p1", "v": 1, "last_modified": 1500000000001}}

GET /v1/buckets/rb/collections/rc/records?has_w=true alice:secret
=> 200
{"data": []}

# POST of an existing id needs read on it
POST /v1/buckets/rb/collections/rc/records bob:secret
{"data": {"id": "p1"}}
=> 403

# bob may read r1: POST returns it
POST /v1/buckets/rb/collections/rc/records bob:secret
{"data": {"id": "r1"}}
=> 200
{"data": {"id": "r1", "title": "b"}, "permissions": {}}

# POST invalid data.id
POST /v1/buckets/rb/collections/rc/records alice:secret
{"data": {"id": "a*b"}}
=> 400
{"errno": 107, "message": "path: Invalid object id",
 "details": [{"location": "path", "name": null, "description": "Invalid object id"}]}

POST /v1/buckets/rb/collections/rc/records alice:secret
{"data": {"id": null}}
=> 400
{"errno": 107, "message": "path: Invalid object id"}

# records URL with an unknown collection: 404 errno 111
GET /v1/buckets/rb/collections/nope/records/r1 alice:secret
=> 404
{"code": 404, "errno": 111, "error": "Not Found",
 "details": {"id": "nope", "resource_name": "collection"}}

GET /v1/buckets/rb/collections/nope/records alice:secret
=> 404
{"errno": 111, "details": {"id": "nope", "resource_name": "collection"}}

PUT /v1/buckets/rb/collections/nope/records/r1 alice:secret
{"data": {}}
=> 404
{"errno": 111, "details": {"id": "nope", "resource_name": "collection"}}

PATCH /v1/buckets/rb/collections/nope/records/r1 alice:secret
{"data": {}}
=> 404
{"errno": 111, "details": {"id": "nope", "resource_name": "collection"}}

DELETE /v1/buckets/rb/collections/nope/records/r1 alice:secret
=> 404
{"errno": 111, "details": {"id": "nope", "resource_name": "collection"}}

POST /v1/buckets/rb/collections/nope/records alice:secret
{"data": {}}
=> 404
{"errno": 111, "details": {"id": "nope", "resource_name": "collection"}}

# GET: the collection lookup comes after authorization
GET /v1/buckets/rb/collections/nope/records/r1
=> 401

GET /v1/buckets/rb/collections/nope/records/r1 bob:secret
=> 403

# PUT/PATCH/DELETE/POST: before authorization, even for anonymous callers
PUT /v1/buckets/rb/collections/nope/records/r1
{"data": {}}
=> 404
{"errno": 111, "details": {"id": "nope", "resource_name": "collection"}}

POST /v1/buckets/rb/collections/nope/records bob:secret
{"data": {}}
=> 404
{"errno": 111}

DELETE /v1/buckets/rb/collections/nope/records/r1
=> 404
{"errno": 111}

# ... and before Content-Type checks (step 5 comes before step 6)
PUT /v1/buckets/rb/collections/nope/records/r1 alice:secret
Content-Type: text/plain
{"data": {}}
=> 404
{"errno": 111}

# the collection id in a records URL is not validated: 404
GET /v1/buckets/rb/collections/a%20b/records/r1 alice:secret
=> 404
{"code": 404, "errno": 111, "error": "Not Found",
 "details": {"id": "a b", "resource_name": "collection"}}

PUT /v1/buckets/rb/collections/__x__/records/r1 alice:secret
{"data": {}}
=> 404
{"errno": 111, "details": {"id": "__x__", "resource_name": "collection"}}

# unknown bucket in a records URL: 403
GET /v1/buckets/nobucket/collections/c/records/r1 alice:secret
=> 403

# inheritance: bob with read on the collection reads every record
PATCH /v1/buckets/rb/collections/rc alice:secret
{"permissions": {"read": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

GET /v1/buckets/rb/collections/rc/records/p1 bob:secret
=> 200
{"data": {"id": "p1", "v": 1}, "permissions": {}}

GET /v1/buckets/rb/collections/rc/records/nope bob:secret
=> 404
{"errno": 110}

PATCH /v1/buckets/rb/collections/rc/records/nope bob:secret
{"data": {}}
=> 404
{"errno": 110}

PATCH /v1/buckets/rb/collections/rc/records/p1 bob:secret
{"data": {"v": 9}}
=> 403

POST /v1/buckets/rb/collections/rc/records bob:secret
{"data": {"new": true}}
=> 403

# bob with record:create on the collection creates records
PATCH /v1/buckets/rb/collections/rc alice:secret
{"permissions": {"record:create": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

POST /v1/buckets/rb/collections/rc/records bob:secret
{"data": {"id": "bobs", "new": true}}
=> 201
{"data": {"id": "bobs", "new": true},
 "permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}

PUT /v1/buckets/rb/collections/rc/records/bobs2 bob:secret
=> 201
{"data": {"id": "bobs2"}}

# the collection's owner (alice) writes bob's record, sees permissions {}
GET /v1/buckets/rb/collections/rc/records/bobs alice:secret
=> 200
{"data": {"id": "bobs", "new": true}, "permissions": {}}

# bob with collection write
PUT /v1/buckets/rb/collections/rc alice:secret
{"permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 200

PATCH /v1/buckets/rb/collections/rc/records/p1 bob:secret
{"data": {"v": 9}}
=> 200
{"data": {"id": "p1", "v": 9}}

DELETE /v1/buckets/rb/collections/rc/records/p1 bob:secret
=> 200
{"data": {"deleted": true, "id": "p1"}}

# DELETE then GET 404 then PUT 201
GET /v1/buckets/rb/collections/rc/records/p1 alice:secret
=> 404
{"errno": 110, "details": {"id": "p1", "resource_name": "record"}}

DELETE /v1/buckets/rb/collections/rc/records/p1 alice:secret
=> 404
{"errno": 110}

PATCH /v1/buckets/rb/collections/rc/records/p1 alice:secret
{"data": {"v": 1}}
=> 404
{"errno": 110}

PUT /v1/buckets/rb/collections/rc/records/p1 alice:secret
{"data": {"again": 1}}
=> 201
{"data": {"id": "p1", "again": 1}}

# the tombstone timestamp can be forced with ?last_modified
PUT /v1/buckets/rb/collections/rc/records/dlm alice:secret
{"data": {"last_modified": 1500000000000}}
=> 201
< ETag: "1500000000000"

DELETE /v1/buckets/rb/collections/rc/records/dlm?last_modified=1500000000003 alice:secret
=> 200
< ETag: "1500000000003"
< Last-Modified: Fri, 14 Jul 2017 02:40:00 GMT
{"data": {"deleted": true, "id": "dlm", "last_modified": 1500000000003}}

PUT /v1/buckets/rb/collections/rc/records/dlm2 alice:secret
=> 201

DELETE /v1/buckets/rb/collections/rc/records/dlm2?last_modified=abc alice:secret
=> 400
{"code": 400, "errno": 107}

GET /v1/buckets/rb/collections/rc/records/dlm2 alice:secret
=> 200

# Content-Type and Accept
PUT /v1/buckets/rb/collections/rc/records/ct alice:secret
Content-Type: text/plain
{"data": {}}
=> 415
{"code": 415, "errno": 107, "error": "Invalid parameters",
 "message": "Content-Type header should be one of ['application/json']"}

PUT /v1/buckets/rb/collections/rc/records/ct alice:secret
Content-Type: application/merge-patch+json
{"data": {}}
=> 415

POST /v1/buckets/rb/collections/rc/records alice:secret
Content-Type: text/plain
{"data": {}}
=> 415
{"code": 415, "errno": 107}

# a 415 comes before authorization
POST /v1/buckets/rb/collections/rc/records
Content-Type: text/plain
{"data": {}}
=> 415

GET /v1/buckets/rb/collections/rc/records/r1 alice:secret
Accept: text/plain
=> 406
{"code": 406, "errno": 107,
 "message": "Accept header should be one of ['application/json']"}

DELETE /v1/buckets/rb/collections/rc/records/r1 alice:secret
Accept: application/json
Content-Type: text/plain
=> 200
{"data": {"deleted": true, "id": "r1"}}

# data exactness: numbers keep their value over a round trip
PUT /v1/buckets/rb/collections/rc/records/num alice:secret
{"data": {"big": 12345678901234567890, "neg": -12345678901234567890, "f": 0.30000000000000004, "one": 1.0, "mz": -0, "tiny": 1e-400, "e": 1E2, "huge": 1.5e300, "i64": 9223372036854775807}}
=> 201
{"data": {"id": "num", "big": 12345678901234567890, "neg": -12345678901234567890, "f": 0.30000000000000004, "one": 1.0, "mz": -0, "tiny": 1e-400, "e": 100.0, "huge": 1.5e300, "i64": 9223372036854775807}}

GET /v1/buckets/rb/collections/rc/records/num alice:secret
=> 200
{"data": {"id": "num", "big": 12345678901234567890, "neg": -12345678901234567890, "f": 0.30000000000000004, "one": 1.0, "mz": -0, "tiny": 1e-400, "e": 100.0, "huge": 1.5e300, "i64": 9223372036854775807}}

# ... and compare by exact value (12345678901234567890 != ...891)
GET /v1/buckets/rb/collections/rc/records?big=12345678901234567891 alice:secret
=> 200
{"data": []}

GET /v1/buckets/rb/collections/rc/records?big=12345678901234567890 alice:secret
=> 200
{"data": [{"id": "num"}]}

# strings: NUL, emoji, escapes, non-ASCII round-trip
PUT /v1/buckets/rb/collections/rc/records/str alice:secret
{"data": {"nul": "a\u0000b", "emoji": "\uD83D\uDE00 😀", "esc": "q\"b\\s\/n\nt\tr\rf\fb\b", "ctl": "\u0001\u001f", "e": "é\u00e9", "ls": "\u2028\u2029", "k\u0000ey": 1}}
=> 201
{"data": {"id": "str", "nul": "a\u0000b", "emoji": "😀 \uD83D\uDE00", "esc": "q\"b\\s/n\nt\tr\rf\fb\b", "ctl": "\u0001\u001F", "e": "\u00E9é", "ls": "\u2028\u2029", "k\u0000ey": 1}}

GET /v1/buckets/rb/collections/rc/records/str alice:secret
=> 200
{"data": {"id": "str", "nul": "a\u0000b", "emoji": "😀 \uD83D\uDE00", "esc": "q\"b\\s/n\nt\tr\rf\fb\b", "ctl": "\u0001\u001F", "e": "\u00E9é", "ls": "\u2028\u2029", "k\u0000ey": 1}}

# NUL is distinct: "a" is not "a\u0000b"
GET /v1/buckets/rb/collections/rc/records?nul="a" alice:secret
=> 200
{"data": []}

# nested structures, empty containers, booleans, null
PUT /v1/buckets/rb/collections/rc/records/deep alice:secret
{"data": {"a": {"b": {"c": [1, [2, [3, {"d": null}]], {}, []]}}, "t": true, "f": false, "z": null, "empty": "", "eo": {}, "ea": []}}
=> 201
{"data": {"id": "deep", "a": {"b": {"c": [1, [2, [3, {"d": null}]], {}, []]}}, "t": true, "f": false, "z": null, "empty": "", "eo": {}, "ea": []}}

# duplicate keys: the last one wins
PUT /v1/buckets/rb/collections/rc/records/dupkey alice:secret
{"data": {"a": 1, "a": 2}}
=> 201
{"data": {"id": "dupkey", "a": 2}}

# NaN, Infinity, 1e999 are invalid JSON
PUT /v1/buckets/rb/collections/rc/records/nan alice:secret
{"data": {"a": NaN}}
=> 400
{"errno": 107, "details": [{"location": "body", "name": ""}, {"location": "body", "name": "", "description": "Required"}]}

PUT /v1/buckets/rb/collections/rc/records/nan alice:secret
{"data": {"a": 1e999}}
=> 400
{"errno": 107}

PUT /v1/buckets/rb/collections/rc/records/nan alice:secret
{"data": {"a": Infinity}}
=> 400
{"errno": 107}

PUT /v1/buckets/rb/collections/rc/records/nan alice:secret
{"data": {}} x
=> 400
{"errno": 107}

GET /v1/buckets/rb/collections/rc/records/nan alice:secret
=> 404

# data.deleted is an ordinary field
PUT /v1/buckets/rb/collections/rc/records/del alice:secret
{"data": {"deleted": true}}
=> 201
{"data": {"id": "del", "deleted": true}}

GET /v1/buckets/rb/collections/rc/records/del alice:secret
=> 200
{"data": {"id": "del", "deleted": true}}

# data.last_modified that is not an integer is dropped on creation
PUT /v1/buckets/rb/collections/rc/records/lmf alice:secret
{"data": {"last_modified": 5.5}}
=> 201
{"data": {"id": "lmf"}}

GET /v1/buckets/rb/collections/rc/records/lmf alice:secret
If-None-Match: "5"
=> 200

PUT /v1/buckets/rb/collections/rc/records/lmt alice:secret
{"data": {"last_modified": true}}
=> 201
{"data": {"id": "lmt"}}

GET /v1/buckets/rb/collections/rc/records/lmt alice:secret
If-None-Match: "1"
=> 200

PUT /v1/buckets/rb/collections/rc/records/lms alice:secret
{"data": {"last_modified": "1500000000000"}}
=> 201
{"data": {"id": "lms"}}

GET /v1/buckets/rb/collections/rc/records/lms alice:secret
If-None-Match: "1500000000000"
=> 200

# a negative integer is kept
PUT /v1/buckets/rb/collections/rc/records/lmn alice:secret
{"data": {"last_modified": -5}}
=> 201
< ETag: "-5"
{"data": {"id": "lmn", "last_modified": -5}}

# replace with a smaller last_modified: ignored, a fresh one is assigned
PUT /v1/buckets/rb/collections/rc/records/lmn alice:secret
{"data": {"last_modified": -10}}
=> 200
{"data": {"id": "lmn"}}

# __permissions__ in record data is dropped
PUT /v1/buckets/rb/collections/rc/records/pp alice:secret
{"data": {"__permissions__": {"read": ["system.Everyone"]}, "x": 1}}
=> 201
{"data": {"id": "pp", "x": 1},
 "permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

GET /v1/buckets/rb/collections/rc/records/pp
=> 401

PATCH /v1/buckets/rb/collections/rc/records/pp alice:secret
Content-Type: application/json-patch+json
[{"op": "remove", "path": "/data/__permissions__"}]
=> 400
{"errno": 107, "details": [{"location": "body", "name": null}]}

# unknown permission name on a record
PUT /v1/buckets/rb/collections/rc/records/pp alice:secret
{"permissions": {"record:create": []}}
=> 400
{"errno": 107, "message": "permissions in body: \"record:create\" is not one of read, write"}

# anonymous writers allowed through system.Everyone add system.Everyone
PUT /v1/buckets/rb/collections/pub alice:secret
{"permissions": {"record:create": ["system.Everyone"]}}
=> 201

POST /v1/buckets/rb/collections/pub/records
{"data": {"id": "anon"}}
=> 201
{"data": {"id": "anon"}, "permissions": {"write": ["system.Everyone"]}}

PATCH /v1/buckets/rb/collections/pub/records/anon bob:secret
{"data": {"by": "bob"}}
=> 200
{"data": {"id": "anon", "by": "bob"}}
