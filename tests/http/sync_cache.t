# Cache headers on anonymous reads (sync.md, "Cache headers on reads").
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_BUCKET_CACHE_EXPIRES_SECONDS=30
@set KINTO_RECORD_CACHE_EXPIRES_SECONDS=0
@set KINTO_PUB_RECORD_CACHE_EXPIRES_SECONDS=20

# setup: bucket pub readable by everyone
PUT /v1/buckets/pub alice:secret
{"data": {"last_modified": 1001}, "permissions": {"read": ["system.Everyone"]}}
=> 201

# setup: bucket pub2 readable by everyone
PUT /v1/buckets/pub2 alice:secret
{"permissions": {"read": ["system.Everyone"]}}
=> 201

# setup: pub/c
PUT /v1/buckets/pub/collections/c alice:secret
=> 201

# setup: pub2/c
PUT /v1/buckets/pub2/collections/c alice:secret
=> 201

# setup: pub2/hour with cache_expires 3600
PUT /v1/buckets/pub2/collections/hour alice:secret
{"data": {"cache_expires": 3600}}
=> 201

# setup: pub2/zero with cache_expires 0
PUT /v1/buckets/pub2/collections/zero alice:secret
{"data": {"cache_expires": 0}}
=> 201

# setup: pub2/neg with cache_expires -10
PUT /v1/buckets/pub2/collections/neg alice:secret
{"data": {"cache_expires": -10}}
=> 201

# setup: pub/short with cache_expires 5
PUT /v1/buckets/pub/collections/short alice:secret
{"data": {"cache_expires": 5}}
=> 201

# setup: a record in pub/collections/c
PUT /v1/buckets/pub/collections/c/records/r1 alice:secret
{"data": {"last_modified": 1001}}
=> 201

# setup: a record in pub2/collections/c
PUT /v1/buckets/pub2/collections/c/records/r1 alice:secret
{"data": {"last_modified": 1001}}
=> 201

# setup: a record in pub2/collections/hour
PUT /v1/buckets/pub2/collections/hour/records/r1 alice:secret
{"data": {"last_modified": 1001}}
=> 201

# setup: a record in pub2/collections/zero
PUT /v1/buckets/pub2/collections/zero/records/r1 alice:secret
{"data": {"last_modified": 1001}}
=> 201

# setup: a record in pub2/collections/neg
PUT /v1/buckets/pub2/collections/neg/records/r1 alice:secret
{"data": {"last_modified": 1001}}
=> 201

# setup: a record in pub/collections/short
PUT /v1/buckets/pub/collections/short/records/r1 alice:secret
{"data": {"last_modified": 1001}}
=> 201

# anonymous GET /buckets: max-age=30 and Expires
GET /v1/buckets
=> 200
< Cache-Control: max-age=30
< Expires ~  GMT
< !Pragma

# anonymous HEAD /buckets
HEAD /v1/buckets
=> 200
< Cache-Control: max-age=30
< Expires ~  GMT
< !Pragma

# anonymous GET of a bucket: max-age=30
GET /v1/buckets/pub
=> 200
< Cache-Control: max-age=30
< Expires ~  GMT
< !Pragma

# anonymous HEAD of a bucket
HEAD /v1/buckets/pub
=> 200
< Cache-Control: max-age=30
< Expires ~  GMT
< !Pragma

# authenticated GET /buckets: no-cache, no-store
GET /v1/buckets alice:secret
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# authenticated GET of a bucket: no-cache, no-store
GET /v1/buckets/pub alice:secret
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# anonymous GET of a collection (no setting): no-cache, no-store
GET /v1/buckets/pub/collections/c
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# anonymous GET of the collections list: no-cache, no-store
GET /v1/buckets/pub/collections
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# a collection with cache_expires is not itself affected
GET /v1/buckets/pub2/collections/hour
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# records of pub: record_cache_expires_seconds is looked up before <bid>_record_...
GET /v1/buckets/pub/collections/c/records
=> 200
< Cache-Control: max-age=0, must-revalidate, no-cache, no-store
< Expires ~  GMT
< Pragma: no-cache

# a record of pub: expire-now set
GET /v1/buckets/pub/collections/c/records/r1
=> 200
< Cache-Control: max-age=0, must-revalidate, no-cache, no-store
< Expires ~  GMT
< Pragma: no-cache

# records of pub2: record_cache_expires_seconds = 0 gives the expire-now set
GET /v1/buckets/pub2/collections/c/records
=> 200
< Cache-Control: max-age=0, must-revalidate, no-cache, no-store
< Expires ~  GMT
< Pragma: no-cache

# HEAD records of pub2: expire-now set
HEAD /v1/buckets/pub2/collections/c/records
=> 200
< Cache-Control: max-age=0, must-revalidate, no-cache, no-store
< Expires ~  GMT
< Pragma: no-cache

# a record of pub2: expire-now set
GET /v1/buckets/pub2/collections/c/records/r1
=> 200
< Cache-Control: max-age=0, must-revalidate, no-cache, no-store
< Expires ~  GMT
< Pragma: no-cache

# records of a collection with cache_expires 3600: max-age=3600
GET /v1/buckets/pub2/collections/hour/records
=> 200
< Cache-Control: max-age=3600
< Expires ~  GMT
< !Pragma

# HEAD on them: max-age=3600
HEAD /v1/buckets/pub2/collections/hour/records
=> 200
< Cache-Control: max-age=3600

# a record of it: max-age=3600
GET /v1/buckets/pub2/collections/hour/records/r1
=> 200
< Cache-Control: max-age=3600
< Expires ~  GMT

# records with the filters and pagination: same headers
GET /v1/buckets/pub2/collections/hour/records?_limit=1&_since=0
=> 200
< Cache-Control: max-age=3600

# cache_expires 0: expire-now set
GET /v1/buckets/pub2/collections/zero/records
=> 200
< Cache-Control: max-age=0, must-revalidate, no-cache, no-store
< Expires ~  GMT
< Pragma: no-cache

# a record of it: expire-now set
GET /v1/buckets/pub2/collections/zero/records/r1
=> 200
< Cache-Control: max-age=0, must-revalidate, no-cache, no-store
< Expires ~  GMT
< Pragma: no-cache

# negative cache_expires with the setting 0: max(0, -10) = 0
GET /v1/buckets/pub2/collections/neg/records
=> 200
< Cache-Control: max-age=0, must-revalidate, no-cache, no-store
< Expires ~  GMT
< Pragma: no-cache

# cache_expires 5 with the setting 0: max(0, 5) = 5
GET /v1/buckets/pub/collections/short/records
=> 200
< Cache-Control: max-age=5
< Expires ~  GMT
< !Pragma

# authenticated records reads: no-cache, no-store
GET /v1/buckets/pub2/collections/hour/records alice:secret
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# authenticated record read: no-cache, no-store
GET /v1/buckets/pub2/collections/hour/records/r1 bob:secret
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# 304 anonymous on a record: no cache headers
GET /v1/buckets/pub2/collections/hour/records/r1
If-None-Match: "1001"
=> 304
< ETag: "1001"
< !Cache-Control
< !Expires
< !Pragma

# 304 anonymous on a record (expire-now set otherwise): no cache headers
GET /v1/buckets/pub/collections/c/records/r1
If-None-Match: "1001"
=> 304
< !Cache-Control
< !Expires
< !Pragma

# 304 anonymous on a bucket (max-age=30 otherwise): no cache headers
GET /v1/buckets/pub
If-None-Match: "1001"
=> 304
< !Cache-Control
< !Expires
< !Pragma

# writes carry no cache headers
PUT /v1/buckets/pub2/collections/hour/records/r2 alice:secret
=> 201
< !Cache-Control
< !Expires

# errors carry no cache headers
GET /v1/buckets/pub2/collections/hour/records/nope
=> 404
< !Cache-Control

# the root URL sends no Cache-Control unless read-only
GET /v1/
=> 200
< !Cache-Control

