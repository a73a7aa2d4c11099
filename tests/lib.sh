# tests/lib.sh — sourced by the end-to-end tests (tests/e2e/*.sh): a
# private cinto and lighttpd in a scratch directory, HTTP requests with
# curl, checks that count, and the "N passed, N failed" last line.
#
#   . tests/lib.sh
#   stack_start socket            # or: binpath
#   req GET /v1/                  # sets $STATUS; body in $BODY, headers in $HDRS
#   is "$STATUS" 200 "hello answers"
#   has_header "Backoff: 10" "backoff"
#   json '.http_api_version' '"1.23"' "api version"
#   kintojs_ready && kintojs_run test.mjs "http://127.0.0.1:$PORT/v1"
#   done_testing                  # stops everything, prints the tally

set -u
TOP=$(pwd)
CINTO=${CINTO:-$TOP/cinto}
T_PASS=0
T_FAIL=0
WORK=$(mktemp -d /tmp/cinto-e2e.XXXXXX)
BODY=$WORK/body
HDRS=$WORK/headers
STATUS=
CPID=
LPID=
PORT=

pass() { T_PASS=$((T_PASS + 1)); }
fail() { T_FAIL=$((T_FAIL + 1)); echo "FAIL: $*" >&2; }

# is GOT WANT NAME
is() {
	if [ "$1" = "$2" ]; then pass; else fail "$3: got '$1', want '$2'"; fi
}

# ok COMMAND... : passes when the command succeeds (name = the command)
ok() {
	if "$@"; then pass; else fail "$*"; fi
}

# json JQ-FILTER WANT NAME : compares jq -c output on the last body
json() {
	got=$(jq -c "$1" "$BODY" 2>/dev/null)
	is "$got" "$2" "$3 ($1)"
}

# has_header "Name: value" NAME : a header line, exactly (CR stripped)
has_header() {
	if tr -d '\r' < "$HDRS" | grep -qiF -x -- "$1"; then pass
	else fail "$2: no header '$1' in: $(tr -d '\r' < "$HDRS" | tr '\n' '|')"; fi
}

# lacks_header NAME DESCRIPTION
lacks_header() {
	if tr -d '\r' < "$HDRS" | grep -qi "^$1:"; then fail "$2: header $1 present"
	else pass; fi
}

# header NAME : prints the value of a response header
header() {
	tr -d '\r' < "$HDRS" | sed -n "s/^$1: //Ip" | head -n 1
}

# req METHOD PATH [curl options...]
req() {
	m=$1 p=$2
	shift 2
	STATUS=$(curl -s -o "$BODY" -D "$HDRS" -w '%{http_code}' \
	    --path-as-is --max-time 20 -X "$m" "$@" "http://127.0.0.1:$PORT$p")
}

# A port nobody listens on (lighttpd fails to start otherwise; we retry).
pick_port() {
	PORT=$(( 20000 + ($$ * 7 + ${1:-0} * 131) % 30000 ))
}

wait_for() {	# wait_for TEST-COMMAND... (up to 10 s)
	i=0
	while ! "$@" 2>/dev/null; do
		i=$((i + 1))
		[ $i -gt 100 ] && return 1
		sleep 0.1
	done
}

http_up() { curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/v1/__lbheartbeat__"; }
# Up, or lighttpd gone (a port in use, a bad configuration): stop waiting.
up_or_dead() { http_up || ! kill -0 "$LPID" 2>/dev/null; }

# stack_start socket|binpath : cinto and lighttpd, settings from the
# environment (CINTO_* / KINTO_*) and $WORK/cinto.ini when present;
# $LIGHTTPD_EXTRA, when set, starts lighttpd's configuration.
stack_start() {
	mode=$1
	mkdir -p "$WORK/data"
	[ -f "$WORK/cinto.ini" ] || : > "$WORK/cinto.ini"
	try=0
	while :; do
		pick_port $try
		if [ "$mode" = socket ]; then
			sed -e "s|^var.cinto_port .*|var.cinto_port = $PORT|" \
			    -e "s|^var.cinto_socket .*|var.cinto_socket = \"$WORK/cinto.sock\"|" \
			    -e "s|^var.state_dir .*|var.state_dir = \"$WORK/data\"|" \
			    "$TOP/etc/lighttpd-socket.conf" > "$WORK/lighttpd.conf"
			if [ -z "$CPID" ]; then
				# A socket left by a stopped run would look ready.
				rm -f "$WORK/cinto.sock"
				CINTO_DATA_DIR=${CINTO_DATA_DIR:-$WORK/data} \
				    "$CINTO" -c "$WORK/cinto.ini" \
				    --listen "$WORK/cinto.sock" \
				    2>>"$WORK/cinto.log" &
				CPID=$!
				wait_for test -S "$WORK/cinto.sock" ||
				    { fail "cinto did not start"; cat "$WORK/cinto.log" >&2; return 1; }
			fi
		else
			env_lines=$(env | grep -E '^(CINTO|KINTO)_' | sed 's/=.*//' |
			    while read -r v; do
				printf '\t\t"%s" => "%s",\n' "$v" "$(printenv "$v")"
			    done)
			sed -e "s|^var.cinto_port .*|var.cinto_port = $PORT|" \
			    -e "s|^var.cinto_bin .*|var.cinto_bin = \"$CINTO\"|" \
			    -e "s|^var.cinto_ini .*|var.cinto_ini = \"$WORK/cinto.ini\"|" \
			    -e "s|^var.state_dir .*|var.state_dir = \"$WORK/data\"|" \
			    "$TOP/etc/lighttpd-binpath.conf" > "$WORK/lighttpd.conf"
			# Our own bin-environment: the file, the data, and
			# every CINTO_* / KINTO_* variable of this test.
			awk -v extra="$env_lines" -v ini="$WORK/cinto.ini" -v dd="$WORK/data" '
			    /"bin-environment"/ { print; skip = 1
				print "\t\t\"CINTO_INI\" => \"" ini "\","
				print "\t\t\"CINTO_DATA_DIR\" => \"" dd "\","
				if (extra != "") print extra
				next }
			    skip && /^\t\),/ { skip = 0 }
			    !skip { print }' "$WORK/lighttpd.conf" > "$WORK/lighttpd.conf.new" &&
			    mv "$WORK/lighttpd.conf.new" "$WORK/lighttpd.conf"
		fi
		# More lighttpd configuration from the test, first: modules
		# such as mod_auth must come before mod_fastcgi.
		if [ -n "${LIGHTTPD_EXTRA:-}" ]; then
			{ printf '%s\n' "$LIGHTTPD_EXTRA"
			  cat "$WORK/lighttpd.conf"; } > "$WORK/lighttpd.conf.new" &&
			    mv "$WORK/lighttpd.conf.new" "$WORK/lighttpd.conf"
		fi
		lighttpd -D -f "$WORK/lighttpd.conf" 2>>"$WORK/lighttpd.log" &
		LPID=$!
		if wait_for up_or_dead; then
			http_up && return 0
		fi
		kill "$LPID" 2>/dev/null; wait "$LPID" 2>/dev/null; LPID=
		try=$((try + 1))
		if [ $try -gt 5 ]; then
			fail "lighttpd did not start"
			cat "$WORK/lighttpd.log" >&2
			return 1
		fi
	done
}

stack_stop() {
	[ -n "$LPID" ] && kill -TERM "$LPID" 2>/dev/null && wait "$LPID" 2>/dev/null
	[ -n "$CPID" ] && kill -TERM "$CPID" 2>/dev/null && wait "$CPID" 2>/dev/null
	LPID= CPID=
}

# The pids of the workers of master $1.
workers_of() { pgrep -P "$1" | sort; }

# --- kinto.js (npm packages in tests/e2e/kintojs) --------------------------

KINTOJS=$TOP/tests/e2e/kintojs

# kintojs_ready : node and npm are there and the npm packages pinned in
# tests/e2e/kintojs/package-lock.json are installed in its node_modules
# (not in git; installed once: npm writes node_modules/.package-lock.json,
# a copy of the lock's package list).  Without node or npm it says so on
# stderr and returns 1; a failed install is also a failure.
kintojs_ready() {
	for c in node npm; do
		command -v $c >/dev/null 2>&1 && continue
		echo "$(basename "$0" .sh): kinto.js skipped: no $c" \
		    "(Debian package nodejs, npm)" >&2
		return 1
	done
	[ -f "$KINTOJS/node_modules/.package-lock.json" ] &&
	    [ -f "$KINTOJS/node_modules/kinto/package.json" ] &&
	    [ -f "$KINTOJS/node_modules/fake-indexeddb/package.json" ] &&
	    [ ! "$KINTOJS/package-lock.json" -nt "$KINTOJS/node_modules/.package-lock.json" ] &&
	    return 0
	if [ -f "$KINTOJS/package-lock.json" ]; then c=ci; else c=install; fi
	if ! (cd "$KINTOJS" && npm $c --no-audit --no-fund --loglevel=error \
	    >"$WORK/npm.out" 2>&1); then
		fail "npm $c in tests/e2e/kintojs"
		cat "$WORK/npm.out" >&2
		return 1
	fi
}

# kintojs_run SCRIPT ARGS... : runs tests/e2e/kintojs/SCRIPT with node;
# its "ok - " and "not ok - " lines join the tally, its other lines go to
# stderr.  A crash, or a script that stops before its last line, is one
# failure more.
kintojs_run() {
	script=$1
	shift
	out=$WORK/$(basename "$script" .mjs).out
	node "$KINTOJS/$script" "$@" > "$out" 2>&1
	status=$?
	grep -v -e '^ok - ' "$out" >&2
	n_ok=$(grep -c '^ok - ' "$out")
	n_bad=$(grep -c '^not ok - ' "$out")
	T_PASS=$((T_PASS + n_ok))
	T_FAIL=$((T_FAIL + n_bad))
	if [ "$status" -ne 0 ] && [ "$n_bad" -eq 0 ]; then
		fail "node $script exited with status $status"
	fi
	grep -q '^# [0-9]* passed, [0-9]* failed$' "$out" ||
	    fail "$script did not run to its end"
}

done_testing() {
	stack_stop
	# A sanitizer report anywhere is a failure, whatever the checks said.
	if grep -l -e 'ERROR: AddressSanitizer' -e 'runtime error:' \
	    -e 'ERROR: LeakSanitizer' "$WORK"/*.log 2>/dev/null; then
		fail "sanitizer report in the logs"
		grep -h -A 30 -e 'ERROR: AddressSanitizer' -e 'runtime error:' \
		    -e 'ERROR: LeakSanitizer' "$WORK"/*.log >&2
	fi
	if [ "$T_FAIL" -ne 0 ] && [ -z "${KEEP:-}" ]; then
		echo "--- cinto log:" >&2; tail -n 20 "$WORK/cinto.log" >&2 2>/dev/null
		echo "--- lighttpd log:" >&2; tail -n 20 "$WORK/lighttpd.log" >&2 2>/dev/null
	fi
	rm -rf "$WORK"
	echo "$T_PASS passed, $T_FAIL failed"
	[ "$T_FAIL" -eq 0 ]
	exit $?
}
trap 'stack_stop; rm -rf "$WORK"' INT TERM
