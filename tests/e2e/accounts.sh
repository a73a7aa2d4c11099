#!/bin/sh
# The accounts plugin through a real lighttpd and the real pre-forked
# pool, with the account policy alone:
#
# - kinto.js (tests/e2e/kintojs/accounts.mjs): two users create accounts,
#   share a collection through a group, sync offline copies of it, resolve
#   a conflict, and one loses access when the group drops him;
# - curl: every way a password comes in (creation by PUT, POST and batch,
#   good and bad passwords with and without a cached verification, changes
#   by PUT and by the three PATCH flavours, deletion), then not one
#   password, nor its "user:password" base64, may show in a log or in any
#   file of the data directory.
#
# Without node and npm only the curl half runs.
. tests/lib.sh

cat > "$WORK/cinto.ini" <<'INI'
[kinto]
includes = kinto.plugins.accounts
multiauth.policies = account
account_create_principals = system.Everyone
[cinto]
workers = 2
bcrypt_cost = 4
INI
stack_start socket || done_testing
URL=http://127.0.0.1:$PORT/v1

# Distinctive passwords; CREDS collects every user:password pair sent.
PW=Pw-7f3a9c
ALICE=$PW-alice BOB=$PW-bob WRONG=$PW-wrong
CREDS="alice:$ALICE bob:$BOB alice:$WRONG bob:$ALICE nobody:$ALICE"

# --- kinto.js: accounts, a group, offline sync
if kintojs_ready; then
	kintojs_run accounts.mjs "$URL" "$ALICE" "$BOB" "$WRONG"
fi

# --- curl: every way in for a password
# send METHOD PATH TYPE BODY [curl options...]: a request with a body
send() {
	m=$1 p=$2 t=$3 d=$4
	shift 4
	req "$m" "$p" -H "Content-Type: $t" -d "$d" "$@"
}
# jreq METHOD PATH JSON [curl options...]: the same in application/json
jreq() {
	m=$1 p=$2
	shift 2
	send "$m" "$p" application/json "$@"
}
# auth_is USER PASSWORD STATUS NAME: GET /accounts/USER as USER:PASSWORD
auth_is() {
	CREDS="$CREDS $1:$2"
	req GET "/v1/accounts/$1" -u "$1:$2"
	is "$STATUS" "$3" "$4"
}
# hashed NAME: the body's data.password is a bcrypt hash of cost 4
hashed() {
	HASH=$(jq -r .data.password "$BODY")
	case "$HASH" in
	'$2b$04$'*) is "${#HASH}" 60 "$1: a \$2b\$04\$ hash" ;;
	*) fail "$1: password is '$HASH', not a \$2b\$04\$ hash" ;;
	esac
}

jreq PUT /v1/accounts/carol "{\"data\":{\"password\":\"$PW-carol-1\"}}"
is "$STATUS" 201 "carol: PUT creates"
hashed "carol: created"
auth_is carol "$PW-carol-1" 200 "carol: first check (bcrypt)"
hashed "GET /accounts/carol"
h1=$HASH
auth_is carol "$PW-carol-1" 200 "carol: again (verification cached)"
req GET /v1/ -u "carol:$PW-carol-1"
json '.user.id' '"account:carol"' "root view: account:carol"
auth_is carol "$WRONG" 401 "carol: a wrong password while the right one is cached"
auth_is carol "$PW-carol-1" 200 "carol: the right one still"

# change_is HOW PASSWORD-BEFORE PASSWORD-AFTER: the change answered 200
# with a new hash; the old password is refused at once (its cached
# verification is forgotten), the new one accepted.
change_is() {
	is "$STATUS" 200 "carol: password changed by $1"
	hashed "carol: changed by $1"
	[ "$HASH" != "$h1" ] && pass || fail "carol: $1 kept the old hash"
	h1=$HASH
	auth_is carol "$2" 401 "carol: the password before $1 is refused"
	auth_is carol "$3" 200 "carol: the password after $1 works"
	auth_is carol "$3" 200 "carol: the password after $1, cached"
}
jreq PUT /v1/accounts/carol "{\"data\":{\"password\":\"$PW-carol-2\"}}" \
    -u "carol:$PW-carol-1"
change_is PUT "$PW-carol-1" "$PW-carol-2"
jreq PATCH /v1/accounts/carol "{\"data\":{\"password\":\"$PW-carol-3\"}}" \
    -u "carol:$PW-carol-2"
change_is PATCH "$PW-carol-2" "$PW-carol-3"
send PATCH /v1/accounts/carol application/merge-patch+json \
    "{\"data\":{\"password\":\"$PW-carol-4\"}}" -u "carol:$PW-carol-3"
change_is merge-patch "$PW-carol-3" "$PW-carol-4"
send PATCH /v1/accounts/carol application/json-patch+json \
    "[{\"op\":\"replace\",\"path\":\"/data/password\",\"value\":\"$PW-carol-5\"}]" \
    -u "carol:$PW-carol-4"
change_is JSON-Patch "$PW-carol-4" "$PW-carol-5"

# Other fields change, the hash stays (and still checks).
jreq PATCH /v1/accounts/carol '{"data":{"email":"carol@example.com"}}' \
    -u "carol:$PW-carol-5"
is "$STATUS" 200 "carol: PATCH of another field"
is "$(jq -r .data.password "$BODY")" "$h1" "carol: the hash is kept"
auth_is carol "$PW-carol-5" 200 "carol: the password is unchanged"

# A bucket and a record of carol's: a bucket file to search too.
req PUT /v1/buckets/carols -u "carol:$PW-carol-5"
is "$STATUS" 201 "carol: a bucket"
req PUT /v1/buckets/carols/collections/c -u "carol:$PW-carol-5"
jreq PUT /v1/buckets/carols/collections/c/records/r '{"data":{"x":1}}' \
    -u "carol:$PW-carol-5"
is "$STATUS" 201 "carol: a record"

# Refused writes: an id that does not match, a password of another type.
CREDS="$CREDS frank:$PW-frank"
jreq PUT /v1/accounts/frank "{\"data\":{\"id\":\"frankie\",\"password\":\"$PW-frank\"}}"
is "$STATUS" 400 "a mismatching id: 400"
jreq PATCH /v1/accounts/carol "{\"data\":{\"password\":[\"$PW-carol-6\"]}}" \
    -u "carol:$PW-carol-5"
is "$STATUS" 400 "a password that is not a string: 400"
auth_is carol "$PW-carol-6" 401 "carol: the refused password does not work"

jreq POST /v1/accounts "{\"data\":{\"id\":\"dave\",\"password\":\"$PW-dave-1\"}}"
is "$STATUS" 201 "dave: POST creates"
auth_is dave "$PW-dave-1" 200 "dave: authenticates"

# Batches: a creation, and a change with the credentials in the body.
jreq POST /v1/batch "{\"requests\":[{\"method\":\"PUT\",\"path\":\"/accounts/erin\",\"body\":{\"data\":{\"password\":\"$PW-erin\"}}}]}"
is "$STATUS" 200 "batch"
json '[.responses[].status]' '[201]' "erin: created in a batch"
auth_is erin "$PW-erin" 200 "erin: authenticates"
b64=$(printf '%s' "dave:$PW-dave-1" | base64 | tr -d '\n')
jreq POST /v1/batch "{\"defaults\":{\"headers\":{\"Authorization\":\"Basic $b64\"}},\"requests\":[{\"method\":\"PATCH\",\"path\":\"/accounts/dave\",\"body\":{\"data\":{\"password\":\"$PW-dave-2\"}}}]}"
json '[.responses[].status]' '[200]' "dave: password changed in a batch"
auth_is dave "$PW-dave-1" 401 "dave: the old password is refused"
auth_is dave "$PW-dave-2" 200 "dave: the new one works"
hashed "GET /accounts/dave"
dave_hash=$HASH

req DELETE /v1/accounts/carol -u "carol:$PW-carol-5"
is "$STATUS" 200 "carol: DELETE"
json '.data.deleted' 'true' "carol: deleted"
auth_is carol "$PW-carol-5" 401 "carol: her password no longer works"

# --- no password anywhere
# Every password sent, and every user:password pair in base64.
secrets() {
	for c in $CREDS; do
		printf '%s\n' "${c#*:}"
		printf '%s' "$c" | base64 | tr -d '\n'
		echo
	done | sort -u
}
# no_secrets WHEN: not one secret in the logs or the data directory
no_secrets() {
	files=$(find "$WORK/data" -type f; ls "$WORK"/*.log)
	n=0
	for s in $(secrets); do
		n=$((n + 1))
		# shellcheck disable=SC2086
		where=$(grep -a -l -F -e "$s" $files)
		is "$where" "" "$1: '$s' in no log and no data file"
	done
	[ "$n" -ge 25 ] && pass || fail "$1: only $n secrets searched"
}
# What is searched, and that grep -a does see into it.
ok test -s "$WORK/data/server.db"
ok test -s "$WORK/data/cache.db"
ok ls "$WORK"/data/buckets/carols.*.db >/dev/null
ok grep -q '"path":"/v1/accounts/carol","status":200' "$WORK/cinto.log"
ok grep -aqF "$dave_hash" "$WORK"/data/server.db*
no_secrets "running"
stack_stop
no_secrets "stopped"

done_testing
