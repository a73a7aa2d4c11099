#!/bin/sh
# Benchmarks through a real lighttpd (etc/lighttpd-socket.conf): wrk
# against cinto, and against a libfcgi hello-world behind the same
# lighttpd; prints requests/s and the ratio to that ceiling.
#
#   make bench                 (DURATION=10 CONNECTIONS=16 WORKERS=nproc)
set -u
TOP=$(pwd)
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
WORKERS=${WORKERS:-$(nproc)}
WORK=$(mktemp -d /tmp/cinto-bench.XXXXXX)
B=${B:-build/std}
PORT=$(( 30000 + $$ % 20000 ))
pids=

cleanup() {
	for p in $pids; do kill -TERM "$p" 2>/dev/null; done
	wait 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }
mkdir -p "$WORK/data"

lighttpd_for() {	# lighttpd_for SOCKET: lighttpd on $PORT in front of it
	sed -e "s|^var.cinto_port .*|var.cinto_port = $PORT|" \
	    -e "s|^var.cinto_socket .*|var.cinto_socket = \"$1\"|" \
	    -e "s|^var.state_dir .*|var.state_dir = \"$WORK/data\"|" \
	    etc/lighttpd-socket.conf > "$WORK/lighttpd.conf"
	lighttpd -D -f "$WORK/lighttpd.conf" 2>>"$WORK/lighttpd.log" &
	lpid=$!
	pids="$pids $lpid"
	i=0
	until curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do
		sleep 0.1; i=$((i + 1)); [ $i -gt 50 ] && { echo "lighttpd did not start" >&2; exit 1; }
	done
}

# wrk's requests/s for a path, after a short warm-up ($WRK_SCRIPT: a
# Lua script, for POST).
rps() {
	script=${WRK_SCRIPT:+-s $WRK_SCRIPT}
	wrk -t2 -c"$CONNECTIONS" -d1s $script "http://127.0.0.1:$PORT$1" \
	    >/dev/null 2>&1
	wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" $script \
	    "http://127.0.0.1:$PORT$1" |
	    awk '/^Requests\/sec:/ { printf "%d", $2 }'
}

stop_all() {
	for p in $pids; do kill -TERM "$p" 2>/dev/null; done
	wait 2>/dev/null
	pids=
}

# --- the ceiling: libfcgi hello-world, $WORKERS processes
spawn-fcgi -s "$WORK/hello.sock" -F "$WORKERS" -P "$WORK/hello.pid" \
    -- "$TOP/$B/tests/bench/hello" >/dev/null
lighttpd_for "$WORK/hello.sock"
hello=$(rps /)
stop_all
pkill -F "$WORK/hello.pid" 2>/dev/null
pkill -f "$TOP/$B/tests/bench/hello" 2>/dev/null

# --- the data: 100k records in bench/c (anyone may read and write)
since=$("$TOP/$B/tests/bench/storage" seed "$WORK/data" 100000)
R=/v1/buckets/bench/collections/c/records

# --- cinto, $WORKERS workers, request log off to /dev/null; accounts on
# (Kinto's default bcrypt cost, 12) for the authenticated figures.
start_cinto() {	# start_cinto [VAR=value...]: cinto and its lighttpd
	rm -f "$WORK/cinto.sock"
	env CINTO_DATA_DIR="$WORK/data" CINTO_WORKERS="$WORKERS" \
	    KINTO_INCLUDES=kinto.plugins.accounts \
	    KINTO_MULTIAUTH_POLICIES=account \
	    KINTO_ACCOUNT_CREATE_PRINCIPALS=system.Everyone "$@" \
	    "$TOP/cinto" --listen "$WORK/cinto.sock" 2>/dev/null &
	pids="$pids $!"
	while [ ! -S "$WORK/cinto.sock" ]; do sleep 0.1; done
	lighttpd_for "$WORK/cinto.sock"
}
start_cinto
root=$(rps /v1/)
heartbeat=$(rps /v1/__heartbeat__)
getrec=$(rps "$R/r4242")
list=$(rps "/v1/buckets/bench/collections/small/records?min_n=100&_sort=-n,title&_limit=100")
biglist=$(rps "$R?min_n=100&_sort=-n,title&_limit=100")
poll=$(rps "$R?_since=$since")
cat > "$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"data": {"title": "posted", "n": 7, "done": false}}'
wrk.headers["Content-Type"] = "application/json"
LUA
post=$(WRK_SCRIPT="$WORK/post.lua" rps "$R")
# An account (bob:azerty123) reading a record: verified once, then cached.
curl -s -o /dev/null -X PUT -H 'Content-Type: application/json' \
    -d '{"data": {"password": "azerty123"}}' \
    "http://127.0.0.1:$PORT/v1/accounts/bob"
cat > "$WORK/auth.lua" <<'LUA'
wrk.headers["Authorization"] = "Basic Ym9iOmF6ZXJ0eTEyMw=="
LUA
authget=$(WRK_SCRIPT="$WORK/auth.lua" rps "$R/r4242")
stop_all
# The same without the cache: a bcrypt check (cost 12) every request.
start_cinto KINTO_ACCOUNT_CACHE_TTL_SECONDS=0
uncached=$(WRK_SCRIPT="$WORK/auth.lua" rps "$R/r4242")
stop_all
# POST against a collection's JSON schema (validation on).
start_cinto KINTO_EXPERIMENTAL_COLLECTION_SCHEMA_VALIDATION=true
curl -s -o /dev/null -X PUT -H 'Content-Type: application/json' -d '{"data":
    {"schema": {"type": "object", "required": ["title", "n"],
    "properties": {"title": {"type": "string", "maxLength": 100},
    "n": {"type": "integer", "minimum": 0}, "done": {"type": "boolean"},
    "tags": {"type": "array", "items": {"type": "string"},
    "uniqueItems": true}}, "additionalProperties": false}}}' \
    "http://127.0.0.1:$PORT/v1/buckets/bench/collections/schemed"
schemapost=$(WRK_SCRIPT="$WORK/post.lua" \
    rps /v1/buckets/bench/collections/schemed/records)
stop_all

ratio() { awk -v a="$1" -v b="$hello" 'BEGIN { printf "%.2f", a / b }'; }
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "wrk: 2 threads, $CONNECTIONS connections, ${DURATION}s; $WORKERS FastCGI processes"
printf '%-32s %8s req/s\n' "hello-world (libfcgi)" "$hello"
printf '%-32s %8s req/s  ratio %s\n' "GET /v1/" "$root" "$(ratio "$root")"
printf '%-32s %8s req/s  ratio %s\n' "GET /v1/__heartbeat__" "$heartbeat" "$(ratio "$heartbeat")"
printf '%-32s %8s req/s  ratio %s\n' "GET a record" "$getrec" "$(ratio "$getrec")"
printf '%-32s %8s req/s  ratio %s\n' "POST a record" "$post" "$(ratio "$post")"
printf '%-32s %8s req/s  ratio %s\n' "POST, JSON-schema validated" "$schemapost" "$(ratio "$schemapost")"
printf '%-32s %8s req/s  ratio %s\n' "list 100 of 1k, sorted+filtered" "$list" "$(ratio "$list")"
printf '%-32s %8s req/s  ratio %s\n' "the same of 100k records" "$biglist" "$(ratio "$biglist")"
printf '%-32s %8s req/s  ratio %s\n' "_since, 100k records" "$poll" "$(ratio "$poll")"
printf '%-32s %8s req/s  ratio %s\n' "GET a record as an account" "$authget" "$(ratio "$authget")"
printf '%-32s %8s req/s  ratio %s  (%s ms of CPU per check)\n' \
    "the same, uncached bcrypt" "$uncached" "$(ratio "$uncached")" \
    "$(awk -v r="$uncached" -v w="$WORKERS" 'BEGIN { printf "%.0f", (r > 0 ? 1000 * w / r : 0) }')"
