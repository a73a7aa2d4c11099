# Redirect settings (utilities.md, "URL prefix and redirects")
@set KINTO_VERSION_PREFIX_REDIRECT_TTL_SECONDS=60
@set KINTO_TRAILING_SLASH_REDIRECT_ENABLED=false
@set KINTO_HTTP_SCHEME=https
@set KINTO_HTTP_HOST=kinto.example.com

# version redirect with cache headers and the forced scheme/host
GET /buckets
=> 307
< Location: https://kinto.example.com/v1/buckets
< Cache-Control: max-age=60

# trailing slash redirect disabled: 404 errno 111
GET /v1/__heartbeat__/
=> 404
{"errno": 111}

# /v1 without slash: 404 errno 111 too
GET /v1
=> 404
{"errno": 111}

# the root view's url honours http_scheme and http_host
GET /v1/
=> 200
{"url": "https://kinto.example.com/v1/"}
