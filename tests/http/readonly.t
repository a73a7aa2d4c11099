# Read-only mode (utilities.md, "Read-only mode")
@set KINTO_READONLY=true

# GET still works; the root view says so and is cacheable
GET /v1/
=> 200
< Cache-Control: max-age=86400
< Expires ~ GMT
{"settings": {"readonly": true}}

# writes: 405 without Allow, before routing
POST /v1/__heartbeat__
=> 405
< !Allow
{"errno": 115, "message": "Method not allowed on this endpoint."}

# even on unknown and unprefixed paths
DELETE /nothing
=> 405
< !Allow
{"errno": 115}

# heartbeat does not write
GET /v1/__heartbeat__
=> 200
{"storage": true}

# pre-flight lists only safe methods
OPTIONS /v1/
Origin: http://a.example
Access-Control-Request-Method: GET
=> 200
< Access-Control-Allow-Methods: GET,HEAD,OPTIONS

# POST /batch is refused on read-only servers
POST /v1/batch
{"requests": [{"path": "/"}]}
=> 405
{"errno": 115}
