#!/bin/sh
# The remote_user policy behind a real lighttpd whose mod_auth checks the
# passwords (auth.md; README, "Authentication"): the web server
# authenticates, cinto trusts REMOTE_USER and nothing a client sends.
. tests/lib.sh

printf 'jdoe:pw-jdoe\nann:pw-ann\n' > "$WORK/users"
LIGHTTPD_EXTRA="server.modules += ( \"mod_auth\", \"mod_authn_file\" )
auth.backend = \"plain\"
auth.backend.plain.userfile = \"$WORK/users\"
auth.require = ( \"/v1/buckets\" => ( \"method\" => \"basic\",
    \"realm\" => \"cinto\", \"require\" => \"valid-user\" ) )"
export LIGHTTPD_EXTRA
cat > "$WORK/cinto.ini" <<'INI'
[kinto]
multiauth.policies = sso
multiauth.policy.sso.use = pyramid.authentication.RemoteUserAuthenticationPolicy
INI
stack_start socket || done_testing

# Outside the protected paths, no REMOTE_USER: anonymous, even with a
# forged header.
req GET /v1/ -H 'Remote-User: jdoe' -H 'X-Remote-User: jdoe'
is "$STATUS" 200 "root view"
json '.user' 'null' "anonymous without the server's word"

# lighttpd refuses bad passwords itself
req GET /v1/buckets -u jdoe:wrong
is "$STATUS" 401 "lighttpd's 401"
req GET /v1/buckets
is "$STATUS" 401 "no credentials: lighttpd's 401"

# Good ones: cinto's user is the policy's name and the server's user
req PUT /v1/buckets/team -u jdoe:pw-jdoe
is "$STATUS" 201 "jdoe creates a bucket"
json '.permissions.write' '["sso:jdoe"]' "the author is sso:jdoe"
req GET /v1/buckets/team -u ann:pw-ann
is "$STATUS" 403 "ann may not read it"
req PATCH /v1/buckets/team -u jdoe:pw-jdoe -H 'Content-Type: application/json' \
    -d '{"permissions": {"read": ["sso:ann"]}}'
is "$STATUS" 200 "jdoe shares it"
req GET /v1/buckets/team -u ann:pw-ann
is "$STATUS" 200 "ann reads it now"
json '.data.id' '"team"' "ann sees the bucket"

done_testing
