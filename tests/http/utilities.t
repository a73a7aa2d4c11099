# Utility endpoints and cross-cutting behaviour (utilities.md, errors.md)
@set KINTO_MULTIAUTH_POLICIES=basicauth

# hello: Kinto's fields, API 1.23, absolute URL with trailing slash
GET /v1/
=> 200
< Content-Type: application/json
< Content-Security-Policy: default-src 'none'; frame-ancestors 'none'; base-uri 'none'; 
< X-Content-Type-Options: nosniff
< Access-Control-Expose-Headers: Backoff, Retry-After, Alert, Content-Length, Content-Type
< !Backoff
< !Alert
< !Cache-Control
{"project_name": "kinto", "http_api_version": "1.23",
 "project_docs": "https://kinto.readthedocs.io/",
 "url": "http://localhost:8888/v1/", "config": null,
 "settings": {"batch_max_requests": 25, "readonly": false, "explicit_permissions": true},
 "capabilities": {"basicauth": {"description": "Very basic authentication sessions. Not for production use.",
                                "url": "http://kinto.readthedocs.io/en/stable/api/1.x/authentication.html"}}}

# hello: no user key when anonymous
GET /v1/
=> 200
{"capabilities": {"basicauth": {}}}

# hello: authenticated user with Kinto's HMAC user id (auth.md test vector)
GET /v1/ alice:secret
=> 200
{"user": {"id": "basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570",
          "principals": ["basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570",
                         "system.Everyone", "system.Authenticated"]}}

# hello: second test vector
GET /v1/ mat:secret
=> 200
{"user": {"id": "basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"}}

# basicauth: empty user name is anonymous
GET /v1/ :secret
=> 200
< !WWW-Authenticate

# basicauth: password may contain ':' (split at the first)
GET /v1/ bob:secret
=> 200
{"user": {"id": "basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"}}

# basicauth: other schemes are ignored
GET /v1/
Authorization: Bearer abc
=> 200
< !WWW-Authenticate

# basicauth: undecodable base64 is anonymous
GET /v1/
Authorization: Basic %%%%
=> 200

# hello: the root view ignores Accept
GET /v1/
Accept: text/plain
=> 200
< Content-Type: application/json

# HEAD on the root
HEAD /v1/
=> 200

# heartbeat: real storage check
GET /v1/__heartbeat__
=> 200
{"storage": true}

# lbheartbeat: always {}
GET /v1/__lbheartbeat__
=> 200
{}

# version: cinto's own build without version_json_path
GET /v1/__version__
=> 200
{"name": "cinto"}

# unknown URL under /v1: 404 errno 111
GET /v1/nothing/here
=> 404
< Access-Control-Expose-Headers: Backoff, Retry-After, Alert, Content-Length, Content-Type
{"code": 404, "errno": 111, "error": "Not Found",
 "message": "The resource you are looking for could not be found."}

# double slash is unknown
GET /v1//__heartbeat__
=> 404
{"errno": 111}

# a %2F inside a segment never splits it
GET /v1/__heart%2Fbeat__
=> 404
{"errno": 111}

# a percent-encoded known path matches
GET /v1/__lbheart%62eat__
=> 200
{}

# other version: 404 errno 116
GET /v2/buckets
=> 404
{"code": 404, "errno": 116, "error": "Not Found",
 "message": "The requested API version is not available on this server."}

# a version is a whole segment: /v10 is not /v1
GET /v10/
=> 404
{"errno": 116}

# /v1foo is not /v1 either
GET /v1foo
=> 404
{"errno": 116}

# method not allowed: 405 errno 115 with Allow
POST /v1/
=> 405
< Allow: GET, HEAD, OPTIONS
{"code": 405, "errno": 115, "error": "Method Not Allowed",
 "message": "Method not allowed on this endpoint."}

# unknown method: 405
BREW /v1/__heartbeat__
=> 405
< Allow: GET, HEAD, OPTIONS
{"errno": 115}

# methods are case-sensitive
get /v1/
=> 405
{"errno": 115}

# unprefixed path: 307 to /v1 with the query string
GET /buckets?x=1&y=%20
=> 307
< Location: http://localhost:8888/v1/buckets?x=1&y=%20
< Content-Type: text/html; charset=UTF-8
< !Cache-Control

# unprefixed root
GET /
=> 307
< Location: http://localhost:8888/v1/

# unprefixed utility endpoint
GET /__heartbeat__
=> 307
< Location: http://localhost:8888/v1/__heartbeat__

# the prefix test is case-sensitive
GET /V1/buckets
=> 307
< Location: http://localhost:8888/v1/V1/buckets

# CR/LF in the path is never redirected
GET /foo%0D%0ASet-Cookie:x
=> 404
{"errno": 116}

# /v1 goes to /v1/ with the trailing-slash cache headers
GET /v1?x=1
=> 307
< Location: http://localhost:8888/v1/?x=1
< Cache-Control: max-age=3600
< Expires ~ GMT

# trailing slash removed
GET /v1/__heartbeat__/?a=b
=> 307
< Location: http://localhost:8888/v1/__heartbeat__?a=b
< Cache-Control: max-age=3600

# several trailing slashes removed
GET /v1/nothing//
=> 307
< Location: http://localhost:8888/v1/nothing

# redirects are not JSON but carry the common headers
GET /v1/x/
=> 307
< X-Content-Type-Options: nosniff

# undecodable path: 400 Invalid URL path
GET /v1/%FF
=> 400
{"code": 400, "errno": 107, "error": "Bad Request", "message": "Invalid URL path."}

# undecodable querystring: 400 with Kinto's message
GET /v1/?a=%FF
=> 400
{"code": 400, "errno": 107, "error": "Bad Request",
 "message": "A request with an incorrect encoding in the querystring wasreceived. Please make sure your requests are encoded in UTF-8: a=%FF"}

# body too large: 413 errno 113
POST /v1/__heartbeat__
X-Flaw: 3
=> 413
{"code": 413, "errno": 113, "error": "Request Entity Too Large"}

# CORS: allowed origin on an actual request
GET /v1/
Origin: http://localhost:3000
=> 200
< Access-Control-Allow-Origin: *

# CORS: no Origin, no Allow-Origin
GET /v1/
=> 200
< !Access-Control-Allow-Origin

# CORS pre-flight on the root
OPTIONS /v1/
Origin: http://localhost:3000
Access-Control-Request-Method: GET
Access-Control-Request-Headers: authorization,content-type
=> 200
< Access-Control-Allow-Origin: *
< Access-Control-Allow-Methods: GET,HEAD,OPTIONS
< Access-Control-Allow-Headers ~ Backoff
< Access-Control-Allow-Headers ~ authorization
< Access-Control-Allow-Headers ~ content-type
< Access-Control-Max-Age: 3600
< !Access-Control-Expose-Headers
< Content-Type: application/json
null

# CORS pre-flight needs no authentication and ignores bad credentials
OPTIONS /v1/__heartbeat__ nobody:wrong
Origin: http://a.example
Access-Control-Request-Method: GET
=> 200
< Access-Control-Allow-Methods: GET,HEAD,OPTIONS

# CORS pre-flight without Access-Control-Request-Method
OPTIONS /v1/
Origin: http://localhost:3000
=> 400
< Access-Control-Allow-Origin: *
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "Access-Control-Request-Method in header: this header is mandatory",
 "details": [{"location": "header", "name": "Access-Control-Request-Method",
              "description": "this header is mandatory"}]}

# CORS pre-flight without Origin
OPTIONS /v1/
Access-Control-Request-Method: GET
=> 400
{"message": "Origin in header: this header is mandatory"}

# CORS pre-flight without both: both listed, sorted by name
OPTIONS /v1/
=> 400
{"message": "Access-Control-Request-Method in header: this header is mandatory",
 "details": [{"name": "Access-Control-Request-Method"}, {"name": "Origin"}]}

# CORS pre-flight for a method the endpoint lacks
OPTIONS /v1/
Origin: http://localhost:3000
Access-Control-Request-Method: DELETE
=> 400
{"message": "Access-Control-Request-Method in header: Method not allowed"}

# CORS pre-flight outside /v1: 200, not a redirect
OPTIONS /buckets
Origin: http://localhost:3000
Access-Control-Request-Method: GET
=> 200
< Access-Control-Allow-Origin: *
< !Location

# CORS pre-flight on an unknown /v1 URL: 404 with CORS headers
OPTIONS /v1/unknown
Origin: http://localhost:3000
Access-Control-Request-Method: GET
=> 404
< Access-Control-Allow-Origin: *
{"errno": 111}

# CORS pre-flight with a trailing slash redirects
OPTIONS /v1/__heartbeat__/
Origin: http://localhost:3000
Access-Control-Request-Method: GET
=> 307
< Location: http://localhost:8888/v1/__heartbeat__

# CR/LF under /v1 is just an unknown path
GET /v1/%0D%0A
=> 404
{"errno": 111}
