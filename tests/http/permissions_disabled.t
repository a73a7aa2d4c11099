# GET /permissions is served only with experimental_permissions_endpoint
# (auth.md, "GET /permissions"); otherwise /v1/permissions is a URL like
# any unknown one (utilities.md), and the root view does not announce it.
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_PROJECT_VERSION=1.0

# GET: 404 errno 111
GET /v1/permissions alice:secret
=> 404
= {"code": 404, "errno": 111, "error": "Not Found", "message": "The resource you are looking for could not be found."}

# HEAD likewise
HEAD /v1/permissions
=> 404

# POST too: not a 405, the URL does not exist
POST /v1/permissions alice:secret
=> 404

# a trailing slash is redirected, then 404 too
GET /v1/permissions/ alice:secret
=> 307
< Location: http://localhost:8888/v1/permissions

# no permissions_endpoint capability (the whole root view, exactly)
GET /v1/
=> 200
= {"project_name": "kinto", "project_version": "1.0", "http_api_version": "1.23",
   "project_docs": "https://kinto.readthedocs.io/", "url": "http://localhost:8888/v1/", "config": null,
   "settings": {"batch_max_requests": 25, "readonly": false, "explicit_permissions": true},
   "capabilities": {"basicauth": {"description": "Very basic authentication sessions. Not for production use.",
                                  "url": "http://kinto.readthedocs.io/en/stable/api/1.x/authentication.html"}}}
