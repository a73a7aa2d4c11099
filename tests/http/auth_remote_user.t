# The remote_user policy: the web server authenticated the caller and
# says who in REMOTE_USER (X-Remote-User: in these files sets it, it is
# not a header); the user id prefix is the configured policy name.
# A policy named "ldap" using Pyramid's class, then basicauth.
@set KINTO_MULTIAUTH_POLICIES=ldap basicauth
@set KINTO_MULTIAUTH_POLICY_LDAP_USE=pyramid.authentication.RemoteUserAuthenticationPolicy
@set KINTO_MULTIAUTH_POLICY_BASICAUTH_REALM=Kinto here

GET /v1/
X-Remote-User: jdoe
=> 200
{"user": {"id": "ldap:jdoe", "principals": ["ldap:jdoe", "system.Everyone", "system.Authenticated"]}}

# REMOTE_USER wins over Basic credentials (policy order)
GET /v1/ mat:secret
X-Remote-User: jdoe
=> 200
{"user": {"id": "ldap:jdoe"}}

# Without it, basicauth's turn
GET /v1/ mat:secret
=> 200
{"user": {"id": "basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b5d4768f6f13e85c5d8d4180419acb1b4"}}

# A header named Remote-User is a client's: ignored
GET /v1/
Remote-User: jdoe
=> 200
= {"project_name": "kinto", "project_version": "0.1.0", "http_api_version": "1.23", "project_docs": "https://kinto.readthedocs.io/", "url": "http://localhost:8888/v1/", "config": null, "settings": {"batch_max_requests": 25, "readonly": false, "explicit_permissions": true}, "capabilities": {"basicauth": {"description": "Very basic authentication sessions. Not for production use.", "url": "http://kinto.readthedocs.io/en/stable/api/1.x/authentication.html"}}}

# The server's user writes like any other
PUT /v1/buckets/team
X-Remote-User: jdoe
=> 201
{"permissions": {"write": ["ldap:jdoe"]}}

GET /v1/buckets/team
X-Remote-User: someone
=> 403

# The 401 challenge: basicauth's configured realm only (the server
# authenticates for remote_user)
GET /v1/buckets/team
=> 401
< WWW-Authenticate: Basic realm="Kinto here"
