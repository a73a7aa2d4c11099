#!/bin/sh
# The pre-forked pool through lighttpd: respawn after SIGKILL, recycling
# after max_requests, SIGHUP reloads, SIGTERM finishes requests in
# flight and leaves nothing behind (DESIGN.md, "Process model").
. tests/lib.sh

all_ok() {	# all_ok N PATH: N requests, all 200
	n=0
	while [ $n -lt "$1" ]; do
		req GET "$2"
		[ "$STATUS" = 200 ] || return 1
		n=$((n + 1))
	done
}

count_workers() { workers_of "$CPID" | wc -l | tr -d ' '; }

# slow_post SECONDS OUTFILE: a FastCGI request whose 5-byte body arrives
# in two parts, SECONDS apart, so a worker is busy with it meanwhile.
slow_post() {
	( printf 'ab'; sleep "$1"; printf 'cde' ) |
	    env -i REQUEST_METHOD=POST REQUEST_URI=/v1/ CONTENT_LENGTH=5 \
	    SERVER_NAME=x SERVER_PORT=80 cgi-fcgi -bind -connect \
	    "$WORK/cinto.sock" > "$2" 2>&1 &
	client=$!
}

# --- respawn: a worker killed with SIGKILL is replaced
cat > "$WORK/cinto.ini" <<'INI'
[cinto]
workers = 2
INI
stack_start socket || done_testing
wait_for [ "$(count_workers)" = 2 ]
is "$(count_workers)" 2 "two workers"
victim=$(workers_of "$CPID" | head -n 1)
kill -KILL "$victim"
# Gone from the master's children once reaped (a zombie still answers kill -0).
wait_for sh -c "! pgrep -P $CPID | grep -qx $victim"
wait_for [ "$(count_workers)" = 2 ]
is "$(count_workers)" 2 "the killed worker is replaced"
if workers_of "$CPID" | grep -qx "$victim"; then fail "old pid still there"; else pass; fi
ok all_ok 20 /v1/__heartbeat__
ok grep -q "killed by signal 9" "$WORK/cinto.log"

# --- SIGHUP: a changed setting is picked up, workers roll
before=$(workers_of "$CPID" | tr '\n' ' ')
req GET /v1/
lacks_header Backoff "no backoff before reload"
cat > "$WORK/cinto.ini" <<'INI'
[kinto]
backoff = 42
[cinto]
workers = 3
INI
kill -HUP "$CPID"
wait_for [ "$(count_workers)" = 3 ]
is "$(count_workers)" 3 "reload applies the new worker count"
req GET /v1/
has_header "Backoff: 42" "reload applies the new backoff"
after=$(workers_of "$CPID" | tr '\n' ' ')
for p in $before; do
	case " $after " in *" $p "*) fail "worker $p survived the reload" ;; *) pass ;; esac
done
json '.config.hash' "\"$(sha256sum "$WORK/cinto.ini" | cut -c1-64)\"" "root view shows the new file"

# --- SIGHUP with a broken file: logged, the running config stays
printf '[kinto]\nbackoff = soon\n' > "$WORK/cinto.ini"
kill -HUP "$CPID"
wait_for grep -q 'reload: \[kinto\] backoff' "$WORK/cinto.log"
ok grep -q 'keeping the running configuration' "$WORK/cinto.log"
req GET /v1/
is "$STATUS" 200 "still serving after a bad reload"
has_header "Backoff: 42" "old settings kept"

# --- SIGTERM: the pool stops cleanly, nothing left behind
pids=$(workers_of "$CPID")
master=$CPID
kill -TERM "$CPID"
wait "$CPID"
is $? 0 "master exits 0 on SIGTERM"
CPID=
for p in $pids $master; do
	if kill -0 "$p" 2>/dev/null; then fail "process $p left behind"; else pass; fi
done
ok test ! -e "$WORK/cinto.sock"
stack_stop

# --- the unix socket: default mode, then a configured mode and owner,
# and privileges dropped after it was opened (root only)
cat > "$WORK/cinto.ini" <<'INI'
[cinto]
workers = 1
INI
stack_start socket || done_testing
is "$(stat -c %a "$WORK/cinto.sock")" 660 "socket mode by default"
stack_stop
if [ "$(id -u)" -eq 0 ] && getent passwd nobody >/dev/null; then
	cat > "$WORK/cinto.ini" <<'INI'
[cinto]
workers = 2
socket_mode = 0666
socket_owner = nobody:nogroup
user = nobody
group = nogroup
INI
	chown nobody:nogroup "$WORK/data" "$WORK/data"/* "$WORK/data/buckets" 2>/dev/null
	chmod 755 "$WORK"
	stack_start socket || done_testing
	is "$(stat -c %a "$WORK/cinto.sock")" 666 "socket_mode"
	is "$(stat -c %U:%G "$WORK/cinto.sock")" "nobody:nogroup" "socket_owner"
	wait_for [ "$(workers_of "$CPID" | wc -l | tr -d ' ')" = 2 ]
	is "$(ps -o user= -p "$CPID" | tr -d ' ')" nobody "master runs as user"
	for p in $(workers_of "$CPID"); do
		is "$(ps -o user= -p "$p" | tr -d ' ')" nobody "worker runs as user"
	done
	req GET /v1/__heartbeat__
	is "$STATUS" 200 "heartbeat as nobody"
	stack_stop
	chown -R root:root "$WORK/data"
fi

# --- recycling: a worker is replaced after max_requests
cat > "$WORK/cinto.ini" <<'INI'
[cinto]
workers = 1
max_requests = 5
INI
: > "$WORK/cinto.log"
stack_start socket || done_testing
ok all_ok 17 /v1/__lbheartbeat__
sleep 0.3
n=$(grep '"path":"/v1/__lbheartbeat__"' "$WORK/cinto.log" | jq -r .pid | sort -u | wc -l)
# 17 requests (plus the start-up probe) at 5 per worker: 4 workers.
is "$n" 4 "workers recycled every 5 requests"
ok sh -c "! grep -q 'killed by signal' '$WORK/cinto.log'"
stack_stop

# --- SIGTERM lets the request in flight finish (FastCGI directly)
cat > "$WORK/cinto.ini" <<'INI'
[cinto]
workers = 1
grace_seconds = 10
INI
stack_start socket || done_testing
slow_post 1 "$WORK/inflight"
sleep 0.4
kill -TERM "$CPID"
wait "$client"
ok grep -q '^Status: 405' "$WORK/inflight"
wait "$CPID"
is $? 0 "master exits after the request in flight"
CPID=
stack_stop

# --- a request stuck past grace_seconds is cut off by SIGKILL
cat > "$WORK/cinto.ini" <<'INI'
[cinto]
workers = 1
grace_seconds = 1
INI
stack_start socket || done_testing
slow_post 3 "$WORK/stuck"
sleep 0.4
t0=$(date +%s)
kill -TERM "$CPID"
wait "$CPID"
t1=$(date +%s)
CPID=
ok test $((t1 - t0)) -le 3
ok grep -q 'killing them' "$WORK/cinto.log"
wait "$client"

done_testing
