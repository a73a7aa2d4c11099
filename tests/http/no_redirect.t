# version_prefix_redirect_enabled = false
@set KINTO_VERSION_PREFIX_REDIRECT_ENABLED=false

# unprefixed paths: 404 errno 116
GET /buckets
=> 404
{"errno": 116}
