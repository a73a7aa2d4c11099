# GET /permissions (auth.md, "GET /permissions"): entries from the
# objects' own permissions, group principals, implied permissions,
# filters, sorting, pagination, _fields, HEAD, and the 400s of a strict
# schema (requests.md).
#
# alice = basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570
# bob   = basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_EXPERIMENTAL_PERMISSIONS_ENDPOINT=true

# the root view announces it, with Kinto's words
GET /v1/
=> 200
{"capabilities": {"permissions_endpoint": {"description": "The permissions endpoint can be used to list all user objects permissions.",
                                           "url": "https://kinto.readthedocs.io/en/latest/configuration/settings.html#activating-the-permissions-endpoint"}}}

# nothing yet: an anonymous caller gets an empty list (no bucket:create)
GET /v1/permissions
=> 200
< ETag: "0"
< Cache-Control: no-cache, no-store
= {"data": []}

# an authenticated caller may create buckets (bucket_create_principals)
GET /v1/permissions alice:secret
=> 200
= {"data": [{"uri": "/", "resource_name": "root", "permissions": ["bucket:create"]}]}

# setup: alice's bucket b
PUT /v1/buckets/b alice:secret
=> 201

# setup: group g with bob
PUT /v1/buckets/b/groups/g alice:secret
{"data": {"members": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: collection c readable by everyone
PUT /v1/buckets/b/collections/c alice:secret
{"permissions": {"read": ["system.Everyone"]}}
=> 201

# setup: collection c2 readable by the group g
PUT /v1/buckets/b/collections/c2 alice:secret
{"permissions": {"read": ["/buckets/b/groups/g"]}}
=> 201

# setup: record r1
PUT /v1/buckets/b/collections/c/records/r1 alice:secret
=> 201

# setup: record r2 writable by bob
PUT /v1/buckets/b/collections/c/records/r2 alice:secret
{"permissions": {"write": ["basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"]}}
=> 201

# setup: bob's bucket b2
PUT /v1/buckets/b2 bob:secret
=> 201

# alice: every object she holds a permission on, uri descending, each
# with what write implies on it (children are not listed from parents)
GET /v1/permissions alice:secret
=> 200
< ETag: "0"
< Last-Modified: Thu, 01 Jan 1970 00:00:00 GMT
< !Total-Objects
< !Next-Page
= {"data": [
  {"uri": "/buckets/b/groups/g", "resource_name": "group", "id": "g", "group_id": "g", "bucket_id": "b",
   "permissions": ["read", "write"]},
  {"uri": "/buckets/b/collections/c2", "resource_name": "collection", "id": "c2", "collection_id": "c2", "bucket_id": "b",
   "permissions": ["read", "write", "record:create", "read:attributes"]},
  {"uri": "/buckets/b/collections/c/records/r2", "resource_name": "record", "id": "r2", "record_id": "r2", "bucket_id": "b", "collection_id": "c",
   "permissions": ["read", "write"]},
  {"uri": "/buckets/b/collections/c/records/r1", "resource_name": "record", "id": "r1", "record_id": "r1", "bucket_id": "b", "collection_id": "c",
   "permissions": ["read", "write"]},
  {"uri": "/buckets/b/collections/c", "resource_name": "collection", "id": "c", "collection_id": "c", "bucket_id": "b",
   "permissions": ["read", "write", "record:create", "read:attributes"]},
  {"uri": "/buckets/b", "resource_name": "bucket", "id": "b", "bucket_id": "b",
   "permissions": ["read", "write", "collection:create", "group:create", "read:attributes"]},
  {"uri": "/", "resource_name": "root", "permissions": ["bucket:create"]}]}

# bob: his bucket, r2 (write), c (system.Everyone), c2 through the group
GET /v1/permissions bob:secret
=> 200
= {"data": [
  {"uri": "/buckets/b2", "resource_name": "bucket", "id": "b2", "bucket_id": "b2",
   "permissions": ["read", "write", "collection:create", "group:create", "read:attributes"]},
  {"uri": "/buckets/b/collections/c2", "resource_name": "collection", "id": "c2", "collection_id": "c2", "bucket_id": "b",
   "permissions": ["read", "read:attributes"]},
  {"uri": "/buckets/b/collections/c/records/r2", "resource_name": "record", "id": "r2", "record_id": "r2", "bucket_id": "b", "collection_id": "c",
   "permissions": ["read", "write"]},
  {"uri": "/buckets/b/collections/c", "resource_name": "collection", "id": "c", "collection_id": "c", "bucket_id": "b",
   "permissions": ["read", "read:attributes"]},
  {"uri": "/", "resource_name": "root", "permissions": ["bucket:create"]}]}

# anonymous: what is shared with system.Everyone
GET /v1/permissions
=> 200
= {"data": [{"uri": "/buckets/b/collections/c", "resource_name": "collection", "id": "c", "collection_id": "c", "bucket_id": "b",
             "permissions": ["read", "read:attributes"]}]}

# carol (authenticated, nothing of her own): system.Everyone's and the root
GET /v1/permissions carol:secret
=> 200
{"data": [{"uri": "/buckets/b/collections/c"}, {"uri": "/"}]}

# HEAD: the count in Total-Objects and Total-Records, an empty body
HEAD /v1/permissions alice:secret
=> 200
< Total-Objects: 7
< Total-Records: 7
< ETag: "0"
< !Next-Page
= {"data": []}

# HEAD with a filter counts what matches
HEAD /v1/permissions?resource_name=record alice:secret
=> 200
< Total-Objects: 2

# in_ on resource_name (Kinto's example)
GET /v1/permissions?in_resource_name=bucket,collection alice:secret
=> 200
{"data": [{"uri": "/buckets/b/collections/c2"}, {"uri": "/buckets/b/collections/c"}, {"uri": "/buckets/b"}]}

# equality on an id field; the root has none
GET /v1/permissions?bucket_id=b2 bob:secret
=> 200
{"data": [{"uri": "/buckets/b2"}]}

# collection_id: the collection and its records
GET /v1/permissions?collection_id=c alice:secret
=> 200
{"data": [{"uri": "/buckets/b/collections/c/records/r2"}, {"uri": "/buckets/b/collections/c/records/r1"}, {"uri": "/buckets/b/collections/c"}]}

# like_ on the uri
GET /v1/permissions?like_uri=*records* alice:secret
=> 200
{"data": [{"id": "r2"}, {"id": "r1"}]}

# has_: entries without a record_id
GET /v1/permissions?has_record_id=false&not_resource_name=root alice:secret
=> 200
{"data": [{"id": "g"}, {"id": "c2"}, {"id": "c"}, {"id": "b"}]}

# id filters compare strings
GET /v1/permissions?in_id=r1,b alice:secret
=> 200
{"data": [{"uri": "/buckets/b/collections/c/records/r1"}, {"uri": "/buckets/b"}]}

# permissions is a field of the entries: contains_ works on it
GET /v1/permissions?contains_permissions=write bob:secret
=> 200
{"data": [{"uri": "/buckets/b2"}, {"uri": "/buckets/b/collections/c/records/r2"}]}

# contains_any_ on it too
GET /v1/permissions?contains_any_permissions=["write","bucket:create"] bob:secret
=> 200
{"data": [{"uri": "/buckets/b2"}, {"uri": "/buckets/b/collections/c/records/r2"}, {"uri": "/"}]}

# _sort=uri: ascending
GET /v1/permissions?_sort=uri alice:secret
=> 200
{"data": [{"uri": "/"}, {"uri": "/buckets/b"}, {"uri": "/buckets/b/collections/c"},
          {"uri": "/buckets/b/collections/c/records/r1"}, {"uri": "/buckets/b/collections/c/records/r2"},
          {"uri": "/buckets/b/collections/c2"}, {"uri": "/buckets/b/groups/g"}]}

# _sort on a field, then uri descending; a missing field sorts last
GET /v1/permissions?_sort=collection_id alice:secret
=> 200
{"data": [{"uri": "/buckets/b/collections/c/records/r2"}, {"uri": "/buckets/b/collections/c/records/r1"},
          {"uri": "/buckets/b/collections/c"}, {"uri": "/buckets/b/collections/c2"},
          {"uri": "/buckets/b/groups/g"}, {"uri": "/buckets/b"}, {"uri": "/"}]}

# _sort=-resource_name,id
GET /v1/permissions?_sort=-resource_name,id alice:secret
=> 200
{"data": [{"uri": "/"}, {"uri": "/buckets/b/collections/c/records/r1"}, {"uri": "/buckets/b/collections/c/records/r2"},
          {"uri": "/buckets/b/groups/g"}, {"uri": "/buckets/b/collections/c"}, {"uri": "/buckets/b/collections/c2"},
          {"uri": "/buckets/b"}]}

# _sort=last_modified is ignored: uri descending
GET /v1/permissions?_sort=last_modified&_limit=2 alice:secret
=> 200
{"data": [{"uri": "/buckets/b/groups/g"}, {"uri": "/buckets/b/collections/c2"}]}

# _since and last_modified filters are ignored (entries have none)
GET /v1/permissions?_since=1&last_modified=1&resource_name=bucket alice:secret
=> 200
{"data": [{"uri": "/buckets/b"}]}

# ... but their values are still checked
GET /v1/permissions?_since=abc alice:secret
=> 400
{"message": "_since in querystring: \"abc\" is not a number"}

# _limit: a page, and Next-Page with a token on uri
GET /v1/permissions?_limit=2 alice:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/permissions?_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJ1cmkiOiIvYnVja2V0cy9iL2NvbGxlY3Rpb25zL2MyIn0s
= {"data": [
  {"uri": "/buckets/b/groups/g", "resource_name": "group", "id": "g", "group_id": "g", "bucket_id": "b",
   "permissions": ["read", "write"]},
  {"uri": "/buckets/b/collections/c2", "resource_name": "collection", "id": "c2", "collection_id": "c2", "bucket_id": "b",
   "permissions": ["read", "write", "record:create", "read:attributes"]}]}

# the next page, after /buckets/b/collections/c2
GET /v1/permissions?_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJ1cmkiOiIvYnVja2V0cy9iL2NvbGxlY3Rpb25zL2MyIn0sIm9mZnNldCI6Miwibm9uY2UiOiJwYWdpbmF0aW9uLXRva2VuLTAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMCJ9 alice:secret
=> 200
< Next-Page ~ _limit=2&_token=
{"data": [{"uri": "/buckets/b/collections/c/records/r2"}, {"uri": "/buckets/b/collections/c/records/r1"}]}

# a token with a sort on a field: after (collection, c), uri descending
GET /v1/permissions?_sort=resource_name&_token=eyJsYXN0X29iamVjdCI6eyJyZXNvdXJjZV9uYW1lIjoiY29sbGVjdGlvbiIsInVyaSI6Ii9idWNrZXRzL2IvY29sbGVjdGlvbnMvYyJ9LCJvZmZzZXQiOjIsIm5vbmNlIjoicGFnaW5hdGlvbi10b2tlbi0wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ%3D%3D alice:secret
=> 200
< !Next-Page
{"data": [{"uri": "/buckets/b/groups/g"}, {"uri": "/buckets/b/collections/c/records/r2"},
          {"uri": "/buckets/b/collections/c/records/r1"}, {"uri": "/"}]}

# the last page has no Next-Page
GET /v1/permissions?_limit=7 alice:secret
=> 200
< !Next-Page

# a bad token
GET /v1/permissions?_token=xyz alice:secret
=> 400
{"message": "querystring: _token has invalid content"}

# _fields=uri still adds id (not on the root)
GET /v1/permissions?_fields=uri&resource_name=bucket alice:secret
=> 200
= {"data": [{"id": "b", "uri": "/buckets/b"}]}

# _fields=uri on the root: uri alone
GET /v1/permissions?_fields=uri&resource_name=root alice:secret
=> 200
= {"data": [{"uri": "/"}]}

# _fields on several fields, permissions included
GET /v1/permissions?_fields=bucket_id,permissions&resource_name=record&_limit=1 bob:secret
=> 200
= {"data": [{"id": "r2", "bucket_id": "b", "permissions": ["read", "write"]}]}

# an unknown filter field: 400, named by its parameter
GET /v1/permissions?movie=bourne alice:secret
=> 400
= {"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Unknown filter field 'movie'",
   "details": [{"location": "querystring", "name": "movie", "description": "Unknown filter field 'movie'"}]}

# with an operator, the whole parameter is named
GET /v1/permissions?gt_title=1 alice:secret
=> 400
{"message": "Unknown filter field 'gt_title'",
 "details": [{"location": "querystring", "name": "gt_title", "description": "Unknown filter field 'gt_title'"}]}

# a dotted field is known by its root
GET /v1/permissions?data.title=x alice:secret
=> 400
{"message": "Unknown filter field 'data.title'"}

# an unknown sort field
GET /v1/permissions?_sort=uri,-foo alice:secret
=> 400
= {"code": 400, "errno": 107, "error": "Invalid parameters", "message": "querystring: Unknown sort field 'foo'",
   "details": [{"location": "querystring", "name": null, "description": "Unknown sort field 'foo'"}]}

# unknown _fields: each root once
GET /v1/permissions?_fields=uri,foo,bar.x,foo alice:secret
=> 400
= {"code": 400, "errno": 107, "error": "Invalid parameters", "message": "Invalid _fields parameter in body: Fields foo,bar do not exist",
   "details": [{"location": "body", "name": "Invalid _fields parameter", "description": "Fields foo,bar do not exist"}]}

# filters are checked before sorts
GET /v1/permissions?_sort=foo&movie=1 alice:secret
=> 400
{"message": "Unknown filter field 'movie'"}

# a bad _limit
GET /v1/permissions?_limit=abc alice:secret
=> 400
{"message": "_limit in querystring: \"abc\" is not a number"}

# If-None-Match with the ETag: 304
GET /v1/permissions alice:secret
If-None-Match: "0"
=> 304
< ETag: "0"

# If-None-Match with another value: 200 (Kinto's test)
GET /v1/permissions alice:secret
If-None-Match: "123"
=> 200

# If-Match with another value: 412
GET /v1/permissions alice:secret
If-Match: "123"
=> 412

# Accept must allow JSON
GET /v1/permissions alice:secret
Accept: text/plain
=> 406

# only GET and HEAD
POST /v1/permissions alice:secret
=> 405
< Allow ~ GET
{"errno": 115}

# the deprecated _to gets its Alert
GET /v1/permissions?_to=1 alice:secret
=> 200
< Alert ~ _to is now deprecated

# inside a batch
POST /v1/batch alice:secret
{"requests": [{"method": "GET", "path": "/permissions?resource_name=bucket"}]}
=> 200
{"responses": [{"status": 200, "body": {"data": [{"uri": "/buckets/b"}]}}]}

# setup: bob out of the group
PATCH /v1/buckets/b/groups/g alice:secret
{"data": {"members": []}}
=> 200

# setup: r2 deleted
DELETE /v1/buckets/b/collections/c/records/r2 alice:secret
=> 200

# bob loses c2 (group) and r2 (deleted)
GET /v1/permissions bob:secret
=> 200
{"data": [{"uri": "/buckets/b2"}, {"uri": "/buckets/b/collections/c"}, {"uri": "/"}]}

# setup: bucket b deleted
DELETE /v1/buckets/b alice:secret
=> 200

# alice's objects went with it
GET /v1/permissions alice:secret
=> 200
= {"data": [{"uri": "/", "resource_name": "root", "permissions": ["bucket:create"]}]}

# setup: b created again by bob
PUT /v1/buckets/b bob:secret
=> 201

# nothing of the old b comes back
GET /v1/permissions bob:secret
=> 200
{"data": [{"uri": "/buckets/b2"}, {"uri": "/buckets/b"}, {"uri": "/"}]}
