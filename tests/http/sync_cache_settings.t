# Cache headers: per-bucket and per-collection record settings, the
# collection's cache_expires as max(N or -1, cache_expires), and 0 meaning
# "no setting" for buckets (sync.md, "Cache headers on reads").
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_BUCKET_CACHE_EXPIRES_SECONDS=0
@set KINTO_COLLECTION_CACHE_EXPIRES_SECONDS=15
@set KINTO_PUB_RECORD_CACHE_EXPIRES_SECONDS=20
@set KINTO_PUB2_C2_RECORD_CACHE_EXPIRES_SECONDS=7

# setup: bucket pub readable by everyone
PUT /v1/buckets/pub alice:secret
{"permissions": {"read": ["system.Everyone"]}}
=> 201

# setup: bucket pub2 readable by everyone
PUT /v1/buckets/pub2 alice:secret
{"permissions": {"read": ["system.Everyone"]}}
=> 201

# setup: pub/c
PUT /v1/buckets/pub/collections/c alice:secret
=> 201

# setup: pub/c/r1
PUT /v1/buckets/pub/collections/c/records/r1 alice:secret
=> 201

# setup: pub/short
PUT /v1/buckets/pub/collections/short alice:secret
{"data": {"cache_expires": 5}}
=> 201

# setup: pub/short/r1
PUT /v1/buckets/pub/collections/short/records/r1 alice:secret
=> 201

# setup: pub/big
PUT /v1/buckets/pub/collections/big alice:secret
{"data": {"cache_expires": 100}}
=> 201

# setup: pub/big/r1
PUT /v1/buckets/pub/collections/big/records/r1 alice:secret
=> 201

# setup: pub2/c
PUT /v1/buckets/pub2/collections/c alice:secret
=> 201

# setup: pub2/c/r1
PUT /v1/buckets/pub2/collections/c/records/r1 alice:secret
=> 201

# setup: pub2/c2
PUT /v1/buckets/pub2/collections/c2 alice:secret
=> 201

# setup: pub2/c2/r1
PUT /v1/buckets/pub2/collections/c2/records/r1 alice:secret
=> 201

# setup: pub2/neg
PUT /v1/buckets/pub2/collections/neg alice:secret
{"data": {"cache_expires": -10}}
=> 201

# setup: pub2/neg/r1
PUT /v1/buckets/pub2/collections/neg/records/r1 alice:secret
=> 201

# setup: pub2/zero
PUT /v1/buckets/pub2/collections/zero alice:secret
{"data": {"cache_expires": 0}}
=> 201

# setup: pub2/zero/r1
PUT /v1/buckets/pub2/collections/zero/records/r1 alice:secret
=> 201

# setup: pub2/hour
PUT /v1/buckets/pub2/collections/hour alice:secret
{"data": {"cache_expires": 3600}}
=> 201

# setup: pub2/hour/r1
PUT /v1/buckets/pub2/collections/hour/records/r1 alice:secret
=> 201

# bucket_cache_expires_seconds = 0 means no setting: no-cache, no-store
GET /v1/buckets
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# a bucket likewise
GET /v1/buckets/pub
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# collection_cache_expires_seconds = 15 on a collection
GET /v1/buckets/pub/collections/c
=> 200
< Cache-Control: max-age=15
< Expires ~  GMT

# and on the collections list
GET /v1/buckets/pub/collections
=> 200
< Cache-Control: max-age=15

# a collection with cache_expires: its own setting only
GET /v1/buckets/pub2/collections/hour
=> 200
< Cache-Control: max-age=15

# authenticated: no-cache, no-store
GET /v1/buckets/pub/collections/c alice:secret
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# <bid>_record_cache_expires_seconds = 20
GET /v1/buckets/pub/collections/c/records
=> 200
< Cache-Control: max-age=20
< Expires ~  GMT
< !Pragma

# ... on a record too
GET /v1/buckets/pub/collections/c/records/r1
=> 200
< Cache-Control: max-age=20

# cache_expires 5 below the setting: max(20, 5) = 20
GET /v1/buckets/pub/collections/short/records
=> 200
< Cache-Control: max-age=20

# cache_expires 100 above the setting: 100
GET /v1/buckets/pub/collections/big/records
=> 200
< Cache-Control: max-age=100

# no setting and no cache_expires: no-cache, no-store
GET /v1/buckets/pub2/collections/c/records
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# ... on a record too
GET /v1/buckets/pub2/collections/c/records/r1
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

# <bid>_<cid>_record_cache_expires_seconds = 7
GET /v1/buckets/pub2/collections/c2/records
=> 200
< Cache-Control: max-age=7

# negative cache_expires: max(-1, -10) gives max-age=-1 (Kinto quirk)
GET /v1/buckets/pub2/collections/neg/records
=> 200
< Cache-Control: max-age=-1
< Expires ~  GMT

# cache_expires 0: the expire-now set
GET /v1/buckets/pub2/collections/zero/records
=> 200
< Cache-Control: max-age=0, must-revalidate, no-cache, no-store
< Expires ~  GMT
< Pragma: no-cache

# cache_expires 3600
GET /v1/buckets/pub2/collections/hour/records/r1
=> 200
< Cache-Control: max-age=3600

# authenticated records: no-cache, no-store
GET /v1/buckets/pub2/collections/hour/records alice:secret
=> 200
< Cache-Control: no-cache, no-store
< !Expires
< !Pragma

