# End of service passed: 410 for everything (utilities.md)
@set KINTO_EOS=2001-01-01

# the root view
GET /v1/
=> 410
< Alert: {"code":"hard-eol","message":null,"url":"https://kinto.readthedocs.io/"}
{"code": 410, "errno": 202, "error": "Gone",
 "message": "The service you are trying to connect no longer exists at this location."}

# heartbeat
GET /v1/__heartbeat__
=> 410
{"errno": 202}

# pre-flights
OPTIONS /v1/
Origin: http://a.example
Access-Control-Request-Method: GET
=> 410
{"errno": 202}

# unprefixed paths are not redirected
GET /buckets
=> 410
< !Location
{"errno": 202}
