# Backoff and CORS origins from settings (utilities.md)
@set KINTO_BACKOFF=10
@set KINTO_CORS_ORIGINS=http://good.example *.trusted.org
@set KINTO_CORS_MAX_AGE_SECONDS=

# Backoff on every response
GET /v1/
=> 200
< Backoff: 10

# on errors
GET /v1/nothing
=> 404
< Backoff: 10

# on redirects
GET /nothing
=> 307
< Backoff: 10

# an exact origin is echoed
GET /v1/
Origin: http://good.example
=> 200
< Access-Control-Allow-Origin: http://good.example

# glob patterns echo the origin
GET /v1/
Origin: http://a.trusted.org
=> 200
< Access-Control-Allow-Origin: http://a.trusted.org

# a disallowed origin fails validation on API endpoints
GET /v1/
Origin: http://evil.example
=> 400
< !Access-Control-Allow-Origin
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "Origin in header: http://evil.example not allowed",
 "details": [{"location": "header", "name": "Origin",
              "description": "http://evil.example not allowed"}]}

# and on pre-flights
OPTIONS /v1/__heartbeat__
Origin: http://evil.example
Access-Control-Request-Method: GET
=> 400
{"message": "Origin in header: http://evil.example not allowed"}

# an empty cors_max_age_seconds omits the header
OPTIONS /v1/
Origin: http://good.example
Access-Control-Request-Method: GET
=> 200
< !Access-Control-Max-Age

# unknown URLs just omit the header
GET /v1/nothing
Origin: http://evil.example
=> 404
< !Access-Control-Allow-Origin
