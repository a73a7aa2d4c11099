# Disabled endpoints (requests.md, "Disabled endpoints")
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_PLURAL_BUCKET_POST_ENABLED=false
@set KINTO_OBJECT_RECORD_DELETE_ENABLED=false

# POST on /buckets is disabled: 405, and Allow lists what is left
POST /v1/buckets alice:secret
{"data": {"id": "b1"}}
=> 405
< Allow: HEAD, GET, DELETE, OPTIONS
{"code": 405, "errno": 115, "error": "Method Not Allowed",
 "message": "Method not allowed on this endpoint."}

# PUT still creates
PUT /v1/buckets/b1 alice:secret
=> 201

PUT /v1/buckets/b1/collections/c alice:secret
=> 201

PUT /v1/buckets/b1/collections/c/records/r alice:secret
=> 201

# DELETE of one record is disabled
DELETE /v1/buckets/b1/collections/c/records/r alice:secret
=> 405
< Allow: GET, HEAD, PUT, PATCH, OPTIONS

# the bulk delete of records is not
DELETE /v1/buckets/b1/collections/c/records alice:secret
=> 200
{"data": [{"id": "r", "deleted": true}]}

# pre-flights do not offer a disabled method
OPTIONS /v1/buckets
Origin: http://a.example
Access-Control-Request-Method: POST
=> 400
{"message": "Access-Control-Request-Method in header: Method not allowed"}
