# The basicauth policy (auth.md, "Basic auth policy" and "Authentication
# policies"): any user:password pair is a user, basicauth:<HMAC-SHA256 of
# "user:password" with userid_hmac_secret, "" here>; credentials it does
# not recognise leave the request anonymous, never an error by
# themselves.  A request is observed as anonymous by GET /buckets: 401
# (nothing shared), while any authenticated user gets 200 [] (he may
# create buckets, bucket_create_principals = system.Authenticated).
@set KINTO_MULTIAUTH_POLICIES=basicauth

# --- recognised credentials
# alice:secret: the user id of auth.md's test vector
GET /v1/ alice:secret
=> 200
{"user": {"id": "basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570",
          "principals": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570",
                         "system.Everyone", "system.Authenticated"]},
 "capabilities": {"basicauth": {"description": "Very basic authentication sessions. Not for production use.",
                                "url": "http://kinto.readthedocs.io/en/stable/api/1.x/authentication.html"}}}

# ... authenticated: the buckets list is []
GET /v1/buckets alice:secret
=> 200
= {"data": []}

# the same header written by hand
GET /v1/
Authorization: Basic YWxpY2U6c2VjcmV0
=> 200
{"user": {"id": "basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"}}

# the scheme name is case-insensitive: basic
GET /v1/
Authorization: basic YWxpY2U6c2VjcmV0
=> 200
{"user": {"id": "basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"}}

# ... BASIC
GET /v1/
Authorization: BASIC YWxpY2U6c2VjcmV0
=> 200
{"user": {"id": "basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"}}

# blanks around the base64 value are ignored
GET /v1/
Authorization: Basic   YWxpY2U6c2VjcmV0  
=> 200
{"user": {"id": "basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"}}

# the other test vectors: bob
GET /v1/ bob:secret
=> 200
{"user": {"id": "basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"}}

# ... mat
GET /v1/ mat:secret
=> 200
{"user": {"id": "basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"}}

# a different password is a different user (no 401: any pair is valid)
GET /v1/ alice:wrong
=> 200
{"user": {"id": "basicauth:3a1b3ca74bcc256d4899622317f62cf3ae187adb60e5023651be62c4be1ac40f"}}

# ... who is denied alice's bucket with 403, not 401
PUT /v1/buckets/a alice:secret
=> 201

# alice:wrong on it
GET /v1/buckets/a alice:wrong
=> 403
< !WWW-Authenticate
{"code": 403, "errno": 121}

# an empty password is accepted (HMAC of "alice:")
GET /v1/ alice:
=> 200
{"user": {"id": "basicauth:083ea2e7832cf48daf1e85a8352d4abe79ecff17dd11fa5bac3fc14d0965ffec"}}

# split at the first colon: a:b:c is user a, password b:c (HMAC of "a:b:c")
GET /v1/ a:b:c
=> 200
{"user": {"id": "basicauth:939a165e3e9c4ce06eaaf91ea0444c61a04192622c19beaf0133916803bbfc57"}}

# UTF-8 user names: HMAC of the UTF-8 bytes of "élève:secret"
GET /v1/
Authorization: Basic w6lsw6h2ZTpzZWNyZXQ=
=> 200
{"user": {"id": "basicauth:e07b93653eed62cb31ffacbef0b3c265923e41291215ff8aab7da6b1ee54e923"}}

# Not UTF-8: auth.md lists the pairs that are no credentials (empty user
# name, no colon, undecodable base64) and bytes that are not UTF-8 are
# not among them, so they are a user.  RFC 7617 (2.1) leaves the charset
# open; Kinto (Pyramid's extract_http_basic_credentials) then reads
# ISO-8859-1, and hashes the UTF-8 of that text: "caf\xe9:secret" is the
# same user as the UTF-8 "café:secret".
GET /v1/
Authorization: Basic Y2Fm6TpzZWNyZXQ=
=> 200
{"user": {"id": "basicauth:40a86e3b5535670f34cc3bdd27e1415931a4bf5c570aba67680eb902caf082b5"}}

# ... "café:secret" in UTF-8
GET /v1/
Authorization: Basic Y2Fmw6k6c2VjcmV0
=> 200
{"user": {"id": "basicauth:40a86e3b5535670f34cc3bdd27e1415931a4bf5c570aba67680eb902caf082b5"}}

# ... bytes that are no UTF-8 at all ("\xff\xfe:secret")
GET /v1/buckets
Authorization: Basic //46c2VjcmV0
=> 200
= {"data": []}

# ... whose user id is the HMAC of "\u00ff\u00fe:secret" in UTF-8
GET /v1/
Authorization: Basic //46c2VjcmV0
=> 200
{"user": {"id": "basicauth:8f390d538e395410a245bedefe081996f964c06a939f1580b163c130178b9d75"}}

# --- credentials that leave the request anonymous
# no Authorization header
GET /v1/buckets
=> 401
< WWW-Authenticate: Basic realm="Realm"
= {"code": 401, "errno": 104, "error": "Unauthorized", "message": "Please authenticate yourself to use this endpoint."}

# an empty user name (":secret")
GET /v1/buckets
Authorization: Basic OnNlY3JldA==
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"code": 401, "errno": 104}

# ... and an empty pair (":")
GET /v1/buckets
Authorization: Basic Og==
=> 401
{"code": 401, "errno": 104}

# no colon in the decoded value ("alice")
GET /v1/buckets
Authorization: Basic YWxpY2U=
=> 401
{"code": 401, "errno": 104}

# an empty decoded value
GET /v1/buckets
Authorization: Basic 
=> 401
{"code": 401, "errno": 104}

# the scheme alone
GET /v1/buckets
Authorization: Basic
=> 401
{"code": 401, "errno": 104}

# undecodable base64
GET /v1/buckets
Authorization: Basic !!!not-base64!!!
=> 401
{"code": 401, "errno": 104}

# base64 with its padding missing (not decodable as such)
GET /v1/buckets
Authorization: Basic Ym9iOnNlY3JldA
=> 401
{"code": 401, "errno": 104}

# another scheme: Bearer (ignored by basicauth)
GET /v1/buckets
Authorization: Bearer YWxpY2U6c2VjcmV0
=> 401
< WWW-Authenticate: Basic realm="Realm"
{"code": 401, "errno": 104}

# ... Digest
GET /v1/buckets
Authorization: Digest username="alice"
=> 401
{"code": 401, "errno": 104}

# a scheme that only starts with Basic
GET /v1/buckets
Authorization: BasicYWxpY2U6c2VjcmV0
=> 401
{"code": 401, "errno": 104}

# anonymous requests are not errors where no permission is needed
GET /v1/
Authorization: Bearer abc
=> 200
< !WWW-Authenticate
{"project_name": "kinto"}

# ... nor on the heartbeat
GET /v1/__heartbeat__
Authorization: Basic !!!
=> 200
