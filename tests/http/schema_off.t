# Validation turned off (the default): schemas are stored (and still
# checked against the Draft 7 meta-schema), records are not validated.
@set KINTO_MULTIAUTH_POLICIES=basicauth

GET /v1/
=> 200
= {"project_name": "kinto", "project_version": "0.1.0", "http_api_version": "1.23", "project_docs": "https://kinto.readthedocs.io/", "url": "http://localhost:8888/v1/", "config": null, "settings": {"batch_max_requests": 25, "readonly": false, "explicit_permissions": true}, "capabilities": {"basicauth": {"description": "Very basic authentication sessions. Not for production use.", "url": "http://kinto.readthedocs.io/en/stable/api/1.x/authentication.html"}}}

PUT /v1/buckets/b alice:secret
{"data": {"record:schema": {"type": "object", "required": ["x"]}}}
=> 201

PUT /v1/buckets/b/collections/c alice:secret
{"data": {"schema": {"type": "object", "required": ["title"], "properties": {"title": {"type": "string"}}}}}
=> 201

POST /v1/buckets/b/collections/c/records alice:secret
{"data": {"id": "r", "title": 1, "schema": "client's"}}
=> 201
{"data": {"id": "r", "title": 1, "schema": "client's"}}

PUT /v1/buckets/b/collections/c alice:secret
{"data": {"schema": {"type": "nope"}}}
=> 400
{"message": "data.schema in body: type'nope' is not valid under any of the given schemas"}
