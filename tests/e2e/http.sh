#!/bin/sh
# The utility endpoints and the cross-cutting behaviour of the protocol,
# through a real lighttpd and the real pre-forked pool (socket mode).
. tests/lib.sh

cat > "$WORK/cinto.ini" <<'INI'
[kinto]
multiauth.policies = basicauth
backoff = 7
eos = 2999-12-31
eos_message = moving
[cinto]
workers = 2
max_body_bytes = 4096
INI
stack_start socket || done_testing

# --- hello
req GET /v1/
is "$STATUS" 200 "hello"
has_header "Content-Type: application/json" "hello content type"
json '.http_api_version' '"1.23"' "hello"
json '.project_name' '"kinto"' "hello"
json '.url' "\"http://127.0.0.1:$PORT/v1/\"" "hello url"
json '.settings' '{"batch_max_requests":25,"readonly":false,"explicit_permissions":true}' "hello settings"
json '.config.path' "\"$WORK/cinto.ini\"" "hello config path"
json '.config.hash' "\"$(sha256sum "$WORK/cinto.ini" | cut -c1-64)\"" "hello config hash"
json '.eos' '"2999-12-31"' "hello eos"
json '.capabilities | keys' '["basicauth"]' "hello capabilities"
json 'has("user")' 'false' "anonymous hello"
has_header "X-Content-Type-Options: nosniff" "security header"
has_header "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'; base-uri 'none'; " "csp"
has_header "Backoff: 7" "backoff"
has_header 'Alert: {"code":"soft-eol","message":"moving","url":"https://kinto.readthedocs.io/"}' "soft eol"

req GET /v1/ -u alice:secret
json '.user.id' '"basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"' "user id"
json '.user.principals[1:]' '["system.Everyone","system.Authenticated"]' "principals"

# curl -I stops after the headers; --max-time would trip if a body came.
req HEAD /v1/ -I
is "$STATUS" 200 "HEAD hello"
is "$(tr -d '\r' < "$BODY" | sed '1,/^$/d' | wc -c)" 0 "HEAD has no body"

# --- heartbeats and version
req GET /v1/__heartbeat__
is "$STATUS" 200 "heartbeat"
json '.' '{"storage":true,"cache":true}' "heartbeat body"
req GET /v1/__lbheartbeat__
is "$STATUS" 200 "lbheartbeat"
json '.' '{}' "lbheartbeat body"
req GET /v1/__version__
is "$STATUS" 200 "version"
json '.name' '"cinto"' "version name"

# --- errors
req GET /v1/nothing
is "$STATUS" 404 "unknown url"
json '.' '{"code":404,"errno":111,"error":"Not Found","message":"The resource you are looking for could not be found."}' "404 body"
req GET /v2/anything
is "$STATUS" 404 "other version"
json '.errno' '116' "other version errno"
req PUT /v1/__heartbeat__ -d '{}'
is "$STATUS" 405 "405"
json '.errno' '115' "405 errno"
has_header "Allow: GET, HEAD, OPTIONS" "405 Allow"
req DELETE /v1/
is "$STATUS" 405 "405 on the root"

# --- redirects
req GET '/buckets?a=1&b=%20'
is "$STATUS" 307 "version redirect"
is "$(header Location)" "http://127.0.0.1:$PORT/v1/buckets?a=1&b=%20" "version redirect location"
req GET /v1
is "$STATUS" 307 "/v1 redirect"
is "$(header Location)" "http://127.0.0.1:$PORT/v1/" "/v1 location"
req GET '/v1/__heartbeat__/?x=y'
is "$STATUS" 307 "trailing slash"
is "$(header Location)" "http://127.0.0.1:$PORT/v1/__heartbeat__?x=y" "trailing slash location"
has_header "Cache-Control: max-age=3600" "trailing slash cache"
req GET /v1/__heartbeat__/ -L
is "$STATUS" 200 "redirect followed"

# --- malformed requests
req GET '/v1/?q=%FF%00'
is "$STATUS" 400 "undecodable query"
json '.errno' '107' "undecodable query errno"
json '.error' '"Bad Request"' "undecodable query error"
req GET '/v1/%C3%28'
is "$STATUS" 400 "undecodable path"
json '.message' '"Invalid URL path."' "undecodable path message"

# --- a malformed body (POST /batch is the first endpoint that takes one)
req POST /v1/batch -H 'Content-Type: application/json' -d '{"requests": ['
is "$STATUS" 400 "malformed JSON body"
json '.errno' '107' "malformed body errno"
json '.details | length' '2' "malformed body details"
req POST /v1/batch -H 'Content-Type: text/plain' -d '{"requests": []}'
is "$STATUS" 415 "wrong content type"
req POST /v1/batch -u alice:secret -H 'Content-Type: application/json' \
    -d '{"defaults": {"method": "GET"}, "requests": [{"path": "/"}, {"path": "/__heartbeat__/"}, {"path": "/x"}]}'
is "$STATUS" 200 "batch"
json '[.responses[].status]' '[200,200,404]' "batch statuses"
json '.responses[0].body.user.id' '"basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570"' "batch inherits Authorization"
json '.responses[1].path' '"/v1/__heartbeat__"' "batch follows a redirect"

# --- body limit: 413 with Kinto's JSON, through lighttpd
head -c 5000 /dev/zero | tr '\0' 'a' > "$WORK/big"
req POST /v1/ --data-binary @"$WORK/big" -H 'Content-Type: application/json'
is "$STATUS" 413 "oversized body"
json '.errno' '113' "oversized errno"
head -c 100 /dev/zero | tr '\0' 'a' > "$WORK/small"
req POST /v1/ --data-binary @"$WORK/small"
is "$STATUS" 405 "small body reaches routing"
# A chunked body (no Content-Length from the client) over the limit.
req POST /v1/ --data-binary @"$WORK/big" -H 'Transfer-Encoding: chunked'
is "$STATUS" 413 "oversized chunked body"

# --- CORS
req OPTIONS /v1/ -H 'Origin: http://localhost:3000' \
    -H 'Access-Control-Request-Method: GET' \
    -H 'Access-Control-Request-Headers: authorization,content-type'
is "$STATUS" 200 "preflight"
has_header "Access-Control-Allow-Origin: *" "preflight origin"
has_header "Access-Control-Allow-Methods: GET,HEAD,OPTIONS" "preflight methods"
has_header "Access-Control-Max-Age: 3600" "preflight max age"
case "$(header Access-Control-Allow-Headers)" in
*authorization*content-type*) pass ;;
*) fail "preflight allow headers: $(header Access-Control-Allow-Headers)" ;;
esac
json '.' 'null' "preflight body"
req OPTIONS /v1/ -H 'Origin: http://localhost:3000'
is "$STATUS" 400 "preflight without method"
json '.message' '"Access-Control-Request-Method in header: this header is mandatory"' "preflight error"
req GET /v1/ -H 'Origin: http://localhost:3000'
has_header "Access-Control-Allow-Origin: *" "actual request origin"

# --- records: exact data through lighttpd, and single-use DELETE tokens
req PUT /v1/buckets/e2e -u alice:secret
is "$STATUS" 201 "bucket"
req PUT /v1/buckets/e2e/collections/c -u alice:secret
is "$STATUS" 201 "collection"
printf '%s' '{"data":{"big":12345678901234567890,"f":0.30000000000000004,"z":-0,"e":1E2,"s":"nul\u0000 \u00e9 \ud83d\ude00 \"q\" \\ /","deep":{"a":[1.0,{"b":null}]}}}' > "$WORK/exact.json"
req PUT /v1/buckets/e2e/collections/c/records/x -u alice:secret \
    -H 'Content-Type: application/json' --data-binary @"$WORK/exact.json"
is "$STATUS" 201 "exact record"
req GET /v1/buckets/e2e/collections/c/records/x -u alice:secret
ok grep -qF '"big":12345678901234567890,"f":0.30000000000000004,"z":-0,"e":1E2,"s":"nul\u0000 é 😀 \"q\" \\ /","deep":{"a":[1.0,{"b":null}]}' "$BODY"
for i in 1 2 3; do
	req PUT "/v1/buckets/e2e/collections/c/records/d$i" -u alice:secret \
	    -H 'Content-Type: application/json' -d '{"data":{"kind":"d"}}'
done
req DELETE '/v1/buckets/e2e/collections/c/records?kind="d"&_limit=1' -u alice:secret
is "$STATUS" 200 "bulk delete, first page"
next=$(header Next-Page)
case "$next" in http://127.0.0.1:$PORT/v1/buckets/e2e/collections/c/records?*_token=*) pass ;; *) fail "Next-Page: $next" ;; esac
path=${next#http://127.0.0.1:$PORT}
req DELETE "$path" -u alice:secret
is "$STATUS" 200 "bulk delete token, first use"
json '.data | length' '1' "second page deleted one"
req DELETE "$path" -u alice:secret
is "$STATUS" 400 "bulk delete token, used again"
json '.message' '"querystring: _token was already used or has expired."' "token reuse message"
req DELETE '/v1/buckets/e2e/collections/c/records?_token=bm9wZQ==' -u alice:secret
is "$STATUS" 400 "tampered token"
json '.message' '"querystring: _token has invalid content"' "tampered token message"

# --- the summary log: one line per request, no credentials
req GET /v1/__lbheartbeat__ -u 'carol:hunter2'
sleep 0.2
ok grep -q '"path":"/v1/__lbheartbeat__"' "$WORK/cinto.log"
ok grep -q '"msg":"request.summary".*"status":200' "$WORK/cinto.log"
if grep -q -e hunter2 -e "$(printf carol:hunter2 | base64)" "$WORK/cinto.log"; then
	fail "a password reached the log"
else
	pass
fi
line=$(grep '"path":"/v1/__lbheartbeat__"' "$WORK/cinto.log" | tail -n 1)
echo "$line" | jq -e 'has("time") and has("pid") and has("method") and has("status") and has("errno") and has("duration_ms") and (.uid | startswith("basicauth:"))' >/dev/null
is $? 0 "summary line fields"

done_testing
