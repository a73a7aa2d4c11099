# POST /batch (utilities.md, "POST /batch") and body decoding (requests.md)
@set KINTO_MULTIAUTH_POLICIES=basicauth

# an empty list of requests
POST /v1/batch
{"requests": []}
=> 200
< Content-Type: application/json
{"responses": []}

# sub-requests run in order; defaults fill what they lack
POST /v1/batch
{"defaults": {"method": "GET"},
 "requests": [{"path": "/__heartbeat__"}, {"path": "/v1/nowhere"}, {"path": "/"}]}
=> 200
{"responses": [
  {"status": 200, "path": "/v1/__heartbeat__", "body": {"storage": true},
   "headers": {"Content-Type": "application/json"}},
  {"status": 404, "path": "/v1/nowhere", "body": {"errno": 111}},
  {"status": 200, "path": "/v1/", "body": {"http_api_version": "1.23"}}]}

# error sub-responses lack the security headers
POST /v1/batch
{"requests": [{"path": "/nowhere/"}, {"path": "/v1/nowhere"}]}
=> 200
{"responses": [{"status": 404}, {"status": 404, "headers": {"Content-Type": "application/json"}}]}

# a redirect is followed once; the path is the final one, decoded
POST /v1/batch
{"requests": [{"path": "/__heartbeat__/"}, {"path": "/__lb%68eartbeat__"}]}
=> 200
{"responses": [{"status": 200, "path": "/v1/__heartbeat__", "body": {"storage": true}},
               {"status": 200, "path": "/v1/__lbheartbeat__", "body": {}}]}

# HEAD sub-requests have an empty body
POST /v1/batch
{"requests": [{"method": "HEAD", "path": "/"}]}
=> 200
{"responses": [{"status": 200, "body": ""}]}

# TRACE passes validation and gets a 405 sub-response
POST /v1/batch
{"requests": [{"method": "TRACE", "path": "/"}]}
=> 200
{"responses": [{"status": 405, "body": {"errno": 115}}]}

# the batch's Authorization is inherited
POST /v1/batch alice:secret
{"requests": [{"path": "/"}]}
=> 200
{"responses": [{"body": {"user": {"id": "basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"}}}]}

# a sub-request header overrides it; defaults headers apply to all
POST /v1/batch alice:secret
{"defaults": {"headers": {"Authorization": "Basic Ym9iOnNlY3JldA=="}},
 "requests": [{"path": "/"}, {"path": "/", "headers": {"Authorization": ""}}]}
=> 200
{"responses": [{"body": {"user": {"id": "basicauth:c031ced27503f788b102ca54269a062ec73794bb075154c74a0d4311e74ca8b6"}}},
               {"status": 200}]}

# a sub-request body is sent as JSON (405 here: the root takes no POST)
POST /v1/batch
{"requests": [{"method": "POST", "path": "/", "body": {"data": {"a": 1}}}]}
=> 200
{"responses": [{"status": 405, "path": "/v1/"}]}

# charset parameters are ignored in Content-Type
POST /v1/batch
Content-Type: application/json; charset=utf-8
{"requests": []}
=> 200

# another Content-Type: 415
POST /v1/batch
Content-Type: text/plain
{"requests": []}
=> 415
{"code": 415, "errno": 107, "error": "Invalid parameters",
 "message": "Content-Type header should be one of ['application/json']",
 "details": [{"location": "header", "name": "Content-Type",
              "description": "Content-Type header should be one of ['application/json']"}]}

# no body: requests are required
POST /v1/batch
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters",
 "message": "requests in body: Required",
 "details": [{"location": "body", "name": "requests", "description": "Required"}]}

# invalid JSON: two details, the parser's and Required
POST /v1/batch
{"requests": [}
=> 400
{"errno": 107, "details": [{"location": "body", "name": "", "description": "Invalid JSON: Parse error at offset 14: Invalid value."},
                           {"location": "body", "name": "", "description": "Required"}],
 "message": "Invalid JSON: Parse error at offset 14: Invalid value."}

# trailing garbage after the document
POST /v1/batch
{"requests": []} x
=> 400
{"errno": 107, "message": "Invalid JSON: Parse error at offset 17: The document root must not be followed by other values."}

# NaN is not JSON
POST /v1/batch
{"requests": [], "x": NaN}
=> 400
{"errno": 107}

# nesting beyond json_max_depth is a 400, never a crash
POST /v1/batch
{"requests": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}
=> 400
{"errno": 107, "message": "Invalid JSON: Parse error at offset 140: Nesting too deep."}

# a scalar body
POST /v1/batch
42
=> 400
{"message": "Should be a JSON object or an array",
 "details": [{"description": "Should be a JSON object or an array"}, {"description": "Required"}]}

# an array body
POST /v1/batch
[1]
=> 400
{"message": "\"[1]\" is not a mapping type: Does not implement dict-like functionality."}

# unknown top-level keys
POST /v1/batch
{"requests": [], "x": 1}
=> 400
{"message": "Unrecognized keys in mapping: \"{'x': 1}\""}

# requests must be a list
POST /v1/batch
{"requests": {}}
=> 400
{"message": "requests in body: \"{}\" is not iterable"}

# each request: unknown keys, path required, path pattern, method, headers, body
POST /v1/batch
{"requests": [{"path": "/", "foo": 1}, {}, {"path": "buckets"}, {"path": "/", "method": "OPTIONS"},
              {"path": "/", "headers": {"X": 1}}, {"path": "/", "body": [1]}]}
=> 400
{"message": "requests.0 in body: Unrecognized keys in mapping: \"{'foo': 1}\"",
 "details": [
   {"name": "requests.0", "description": "Unrecognized keys in mapping: \"{'foo': 1}\""},
   {"name": "requests.1.path", "description": "Required"},
   {"name": "requests.2.path", "description": "String does not match expected pattern"},
   {"name": "requests.3.method", "description": "\"OPTIONS\" is not one of GET, HEAD, DELETE, TRACE, POST, PUT, PATCH"},
   {"name": "requests.4.headers", "description": "{'X': 1} contains non string value"},
   {"name": "requests.5.body", "description": "\"[1]\" is not a mapping type: Does not implement dict-like functionality."}]}

# unknown keys in defaults are reported for defaults and for each request
POST /v1/batch
{"defaults": {"bar": 2}, "requests": [{"path": "/"}]}
=> 400
{"details": [{"name": "defaults", "description": "Unrecognized keys in mapping: \"{'bar': 2}\""},
             {"name": "requests.0", "description": "Unrecognized keys in mapping: \"{'bar': 2}\""}]}

# a recursive batch is refused
POST /v1/batch
{"requests": [{"path": "/__heartbeat__"}, {"path": "/buckets/batch"}]}
=> 400
{"message": "requests in body: Recursive call on /batch endpoint is forbidden."}

# GET on /batch: 405 with Allow
GET /v1/batch
=> 405
< Allow: POST, OPTIONS
{"errno": 115}

# pre-flight on /batch
OPTIONS /v1/batch
Origin: http://a.example
Access-Control-Request-Method: POST
=> 200
< Access-Control-Allow-Methods: POST,OPTIONS
