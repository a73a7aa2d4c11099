#!/bin/sh
# Start-up configuration errors stop the binary with a message naming the
# problem; environment overrides reach the running server.
. tests/lib.sh

# starts_with_error EXPECTED-TEXT [ENV=VALUE...] : cinto -t must fail
# (exit status 1) and say EXPECTED-TEXT on stderr.
fails_with() {
	want=$1; shift
	env "$@" "$CINTO" -t -c "$WORK/bad.ini" > "$WORK/out" 2> "$WORK/err"
	st=$?
	is "$st" 1 "exit status for: $want"
	if grep -qF -- "$want" "$WORK/err"; then pass
	else fail "message '$want' not in: $(cat "$WORK/err")"; fi
}

printf '[kinto]\nreadonly = true\nfrobnicate = 1\n' > "$WORK/bad.ini"
fails_with '[kinto] frobnicate: unknown setting'
printf '[kinto]\nreadonly = maybe\n' > "$WORK/bad.ini"
fails_with '[kinto] readonly: "maybe" is not a boolean'
printf '[cinto]\nworkers = lots\n' > "$WORK/bad.ini"
fails_with '[cinto] workers: "lots" is not an integer'
printf '[cinto]\nworkers = 100000\n' > "$WORK/bad.ini"
fails_with '[cinto] workers: "100000" is not an integer between 0 and 1024'
printf '[server:main]\nport = 1\n' > "$WORK/bad.ini"
fails_with 'unknown section [server:main]'
printf '[kinto]\nthis line is not a setting\n' > "$WORK/bad.ini"
fails_with 'bad.ini:2: syntax error'
printf '[kinto]\nreadonly = true\nkinto.readonly = false\n' > "$WORK/bad.ini"
fails_with '[kinto] kinto.readonly: set more than once'
printf '[kinto]\nmultiauth.policies = basicauth ldap\n' > "$WORK/bad.ini"
fails_with 'unknown authentication policy "ldap"'
printf '[kinto]\nstorage_backend = kinto.core.storage.postgresql\n' > "$WORK/bad.ini"
fails_with '[kinto] storage_backend: "kinto.core.storage.postgresql" is not one of'
: > "$WORK/bad.ini"
fails_with 'KINTO_BACKOFF' KINTO_BACKOFF=soon
fails_with '[cinto] listen: "nowhere" is neither' CINTO_LISTEN=nowhere
rm -f "$WORK/bad.ini"
fails_with "$WORK/bad.ini: No such file or directory"
mkdir "$WORK/bad.ini"
fails_with "$WORK/bad.ini"
rmdir "$WORK/bad.ini"

# A good file checks fine, and so does the sample.
"$CINTO" -t -c "$TOP/etc/cinto.ini" > "$WORK/out" 2>&1
is $? 0 "the sample configuration is valid"

# Environment overrides, with and without the key in the file.
printf '[kinto]\nproject_name = fromfile\n' > "$WORK/cinto.ini"
KINTO_PROJECT_NAME=fromenv KINTO_READONLY=true KINTO_BATCH_MAX_REQUESTS=7 \
    stack_start socket || done_testing
req GET /v1/
json '.project_name' '"fromenv"' "env beats the file"
json '.settings' '{"batch_max_requests":7,"readonly":true,"explicit_permissions":true}' "env sets absent keys"
req POST /v1/ -d ""
is "$STATUS" 405 "readonly from the environment"
lacks_header Allow "read-only 405 has no Allow"
stack_stop

# End of service passed: 410 for every request, through lighttpd.
KINTO_EOS=2001-01-01 stack_start socket || done_testing
for p in /v1/ /v1/__heartbeat__ /buckets /v1/nothing; do
	req GET "$p"
	is "$STATUS" 410 "eos passed: $p"
	json '.errno' '202' "eos errno: $p"
	has_header 'Alert: {"code":"hard-eol","message":null,"url":"https://kinto.readthedocs.io/"}' "hard-eol alert: $p"
done

done_testing
