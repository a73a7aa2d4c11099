# A backend that cannot work: heartbeat 503, the body stays the mapping
@set CINTO_DATA_DIR=/proc/cinto-cannot-exist

# heartbeat fails
GET /v1/__heartbeat__
=> 503
{"storage": false}

# the rest still answers
GET /v1/__lbheartbeat__
=> 200

# a sub-request failing with 503 makes the whole batch fail with it
POST /v1/batch
{"requests": [{"path": "/__lbheartbeat__"}, {"path": "/__heartbeat__"}]}
=> 503
{"storage": false}
