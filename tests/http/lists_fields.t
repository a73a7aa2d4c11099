# Selecting fields with _fields (requests.md, "Selecting fields: _fields")
# and HEAD on plural endpoints (requests.md, "Plural endpoint: GET and HEAD").
# (The harness matches objects as subsets, so removed keys cannot be
# asserted absent here; kept keys and exact nested values are.)
@set KINTO_MULTIAUTH_POLICIES=basicauth

# setup: bucket
PUT /v1/buckets/b alice:secret
=> 201

# setup: collection
PUT /v1/buckets/b/collections/c alice:secret
=> 201

# setup: r1
PUT /v1/buckets/b/collections/c/records/r1 alice:secret
{"data": {"title": "MoCo", "url": "https://mozilla.com", "c": {"d": 1, "e": 2, "f": {"g": 1, "h": 2}}, "s": "str", "last_modified": 1001}}
=> 201

# setup: r2
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
{"data": {"title": "MoFo", "c": 5, "last_modified": 1002}}
=> 201

# setup: r3
PUT /v1/buckets/b/collections/c/records/r3 alice:secret
{"data": {"url": "https://example.com", "last_modified": 1003}}
=> 201

# _fields=title: id and last_modified are always kept
GET /v1/buckets/b/collections/c/records?_fields=title alice:secret
=> 200
{"data": [{"id": "r3", "last_modified": 1003}, {"id": "r2", "last_modified": 1002, "title": "MoFo"}, {"id": "r1", "last_modified": 1001, "title": "MoCo"}]}

# _fields=title,url
GET /v1/buckets/b/collections/c/records?_fields=title,url alice:secret
=> 200
{"data": [{"id": "r3", "url": "https://example.com"}, {"id": "r2", "title": "MoFo"}, {"id": "r1", "title": "MoCo", "url": "https://mozilla.com"}]}

# _fields=c.d keeps only c.d (exact nested value)
GET /v1/buckets/b/collections/c/records?_fields=c.d&id=r1 alice:secret
=> 200
{"data": [{"id": "r1", "last_modified": 1001, "c": {"d": 1}}]}

# _fields=c.d,c.f.g merges dotted paths
GET /v1/buckets/b/collections/c/records?_fields=c.d,c.f.g&id=r1 alice:secret
=> 200
{"data": [{"id": "r1", "c": {"d": 1, "f": {"g": 1}}}]}

# _fields=c.f: a whole nested object
GET /v1/buckets/b/collections/c/records?_fields=c.f&id=r1 alice:secret
=> 200
{"data": [{"id": "r1", "c": {"f": {"g": 1, "h": 2}}}]}

# _fields=c.zz: c is an object without zz
GET /v1/buckets/b/collections/c/records?_fields=c.zz&id=r1 alice:secret
=> 200
{"data": [{"id": "r1", "c": {}}]}

# _fields=c.d on a non-object c returns the whole value
GET /v1/buckets/b/collections/c/records?_fields=c.d&id=r2 alice:secret
=> 200
{"data": [{"id": "r2", "c": 5}]}

# _fields=s.x on a string returns the whole string
GET /v1/buckets/b/collections/c/records?_fields=s.x&id=r1 alice:secret
=> 200
{"data": [{"id": "r1", "s": "str"}]}

# _fields=nope: unknown fields are just absent
GET /v1/buckets/b/collections/c/records?_fields=nope alice:secret
=> 200
{"data": [{"id": "r3", "last_modified": 1003}, {"id": "r2", "last_modified": 1002}, {"id": "r1", "last_modified": 1001}]}

# repeated _fields add their fields
GET /v1/buckets/b/collections/c/records?_fields=title&_fields=url&id=r1 alice:secret
=> 200
{"data": [{"id": "r1", "title": "MoCo", "url": "https://mozilla.com"}]}

# empty items are ignored
GET /v1/buckets/b/collections/c/records?_fields=,title,&id=r1 alice:secret
=> 200
{"data": [{"id": "r1", "title": "MoCo"}]}

# _fields=id
GET /v1/buckets/b/collections/c/records?_fields=id alice:secret
=> 200
{"data": [{"id": "r3", "last_modified": 1003}, {"id": "r2", "last_modified": 1002}, {"id": "r1", "last_modified": 1001}]}

# _fields with filters, _sort and _limit
GET /v1/buckets/b/collections/c/records?_fields=title&has_title=true&_sort=title&_limit=1 alice:secret
=> 200
< Next-Page ~ _fields=title&has_title=true&_sort=title&_limit=1&_token=
{"data": [{"id": "r1", "title": "MoCo"}]}

# _fields= (empty)
GET /v1/buckets/b/collections/c/records?_fields=&id=r1 alice:secret
=> 200
{"data": [{"id": "r1", "last_modified": 1001}]}

# _fields on an object GET
GET /v1/buckets/b/collections/c/records/r1?_fields=title alice:secret
=> 200
{"data": {"id": "r1", "last_modified": 1001, "title": "MoCo"}}

# _fields on an object GET, dotted
GET /v1/buckets/b/collections/c/records/r1?_fields=c.f.h alice:secret
=> 200
{"data": {"id": "r1", "c": {"f": {"h": 2}}}}

# object GET without _fields has permissions
GET /v1/buckets/b/collections/c/records/r1 alice:secret
=> 200
{"permissions": {"write": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"]}}

# _fields on the buckets list
GET /v1/buckets?_fields=x alice:secret
=> 200
{"data": [{"id": "b"}]}

# _fields on a bucket GET
GET /v1/buckets/b?_fields=x alice:secret
=> 200
{"data": {"id": "b"}}

# HEAD: counts, no Next-Page
HEAD /v1/buckets/b/collections/c/records?_limit=1 alice:secret
=> 200
< Total-Objects: 3
< Total-Records: 3
< !Next-Page
< ETag ~ "

# HEAD with a filter: the filtered count
HEAD /v1/buckets/b/collections/c/records?has_title=true alice:secret
=> 200
< Total-Objects: 2
< Total-Records: 2

# HEAD with a filter matching nothing
HEAD /v1/buckets/b/collections/c/records?title=nope alice:secret
=> 200
< Total-Objects: 0
< Total-Records: 0

# HEAD ignores _token in the counts
HEAD /v1/buckets/b/collections/c/records?_limit=1&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDAyfSwib2Zmc2V0IjoxLCJub25jZSI6Im4ifQ%3D%3D alice:secret
=> 200
< Total-Objects: 3

# GET sends no Total-Objects (API 1.21)
GET /v1/buckets/b/collections/c/records alice:secret
=> 200
< !Total-Objects
< !Total-Records

# HEAD: ETag and Last-Modified like GET
HEAD /v1/buckets/b/collections/c/records?title=nope alice:secret
=> 200
< ETag ~ "
< Last-Modified ~  GMT

# HEAD has no body (seen through a batch sub-response)
POST /v1/batch alice:secret
{"requests": [{"method": "HEAD", "path": "/buckets/b/collections/c/records?has_title=true"}]}
=> 200
{"responses": [{"status": 200, "body": "", "headers": {"Total-Objects": "2", "Total-Records": "2"}}]}

# HEAD with a bad querystring: 400
HEAD /v1/buckets/b/collections/c/records?_limit=abc alice:secret
=> 400

# HEAD on the records of a missing collection: 404
HEAD /v1/buckets/b/collections/nope/records alice:secret
=> 404

# HEAD on the buckets list
HEAD /v1/buckets alice:secret
=> 200
< Total-Objects: 1

# HEAD on the collections list
HEAD /v1/buckets/b/collections alice:secret
=> 200
< Total-Objects: 1

# setup: delete r3 (tombstone)
DELETE /v1/buckets/b/collections/c/records/r3?last_modified=1010 alice:secret
=> 200
{"data": {"id": "r3", "deleted": true, "last_modified": 1010}}

# HEAD never counts tombstones, even with _since
HEAD /v1/buckets/b/collections/c/records?_since=0 alice:secret
=> 200
< Total-Objects: 2

# GET with _since lists the tombstone
GET /v1/buckets/b/collections/c/records?_since=0 alice:secret
=> 200
{"data": [{"id": "r3", "deleted": true, "last_modified": 1010}, {"id": "r2"}, {"id": "r1"}]}

# _fields on a tombstone keeps id and last_modified
GET /v1/buckets/b/collections/c/records?_since=1005&_fields=title alice:secret
=> 200
{"data": [{"id": "r3", "last_modified": 1010}]}

# _fields=deleted keeps the flag
GET /v1/buckets/b/collections/c/records?_since=1005&_fields=deleted alice:secret
=> 200
{"data": [{"id": "r3", "last_modified": 1010, "deleted": true}]}

