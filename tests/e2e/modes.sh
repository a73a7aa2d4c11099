#!/bin/sh
# The other ways to start cinto: the listening socket inherited on fd 0
# (lighttpd bin-path, spawn-fcgi), plain CGI (directly and under
# lighttpd's mod_cgi), and a command-line request.
. tests/lib.sh

# --- lighttpd bin-path: lighttpd spawns cinto with the socket on fd 0
printf '[kinto]\nproject_name = binpath\n' > "$WORK/cinto.ini"
CINTO_WORKERS=3 stack_start binpath || done_testing
req GET /v1/
is "$STATUS" 200 "bin-path hello"
json '.project_name' '"binpath"' "bin-path reads CINTO_INI"
master=$(pgrep -P "$LPID" -f "$CINTO" | head -n 1)
ok test -n "$master"
wait_for [ "$(workers_of "$master" | wc -l | tr -d ' ')" = 3 ]
is "$(workers_of "$master" | wc -l | tr -d ' ')" 3 "bin-path master forks CINTO_WORKERS"
kids=$(workers_of "$master")
kill -TERM "$LPID"; wait "$LPID"; LPID=
sleep 0.5
for p in $master $kids; do
	wait_for sh -c "! kill -0 $p"
	if kill -0 "$p" 2>/dev/null; then fail "bin-path process $p outlived lighttpd"; else pass; fi
done

# --- spawn-fcgi hands over a socket the same way
spawn-fcgi -s "$WORK/spawn.sock" -- /usr/bin/env CINTO_WORKERS=2 \
    CINTO_DATA_DIR="$WORK/data" "$CINTO" > "$WORK/spawn.out" 2>&1
spid=$(sed -n 's/.*PID: *\([0-9]*\).*/\1/p' "$WORK/spawn.out")
ok test -n "$spid"
env -i REQUEST_METHOD=GET REQUEST_URI=/v1/__heartbeat__ SERVER_NAME=x \
    SERVER_PORT=80 cgi-fcgi -bind -connect "$WORK/spawn.sock" > "$WORK/sp" 2>&1
ok grep -q '^Status: 200' "$WORK/sp"
ok grep -q '{"storage":true,"cache":true}' "$WORK/sp"
kill -TERM "$spid" 2>/dev/null
wait_for sh -c "! kill -0 $spid"

# --- plain CGI: one request from the environment and stdin
out=$(printf '' | env -i REQUEST_METHOD=GET REQUEST_URI='/v1/?x=1' \
    SERVER_NAME=example.com SERVER_PORT=8080 CINTO_DATA_DIR="$WORK/data" \
    "$CINTO" 2>/dev/null)
case "$out" in "Status: 200 OK"*) pass ;; *) fail "CGI status: $out" ;; esac
case "$out" in *'"url":"http://example.com:8080/v1/"'*) pass ;; *) fail "CGI url: $out" ;; esac
out=$(printf '{"a":1}' | env -i REQUEST_METHOD=PUT REQUEST_URI=/v1/ \
    CONTENT_LENGTH=7 CONTENT_TYPE=application/json SERVER_NAME=x \
    CINTO_DATA_DIR="$WORK/data" "$CINTO" 2>/dev/null)
case "$out" in "Status: 405 "*'"errno":115'*) pass ;; *) fail "CGI 405: $out" ;; esac
# Mounted under a prefix (SCRIPT_NAME + PATH_INFO): URLs keep it.
out=$(env -i REQUEST_METHOD=GET REQUEST_URI=/cgi-bin/cinto/v1/ \
    SCRIPT_NAME=/cgi-bin/cinto PATH_INFO=/v1/ SERVER_NAME=h SERVER_PORT=80 \
    CINTO_DATA_DIR="$WORK/data" "$CINTO" < /dev/null 2>/dev/null)
case "$out" in *'"url":"http://h/cgi-bin/cinto/v1/"'*) pass ;; *) fail "CGI mount: $out" ;; esac

# --- plain CGI under lighttpd's mod_cgi
mkdir -p "$WORK/www/cgi-bin"
cat > "$WORK/www/cgi-bin/cinto.cgi" <<CGI
#!/bin/sh
CINTO_DATA_DIR="$WORK/data" exec "$CINTO"
CGI
chmod +x "$WORK/www/cgi-bin/cinto.cgi"
cgi_up() { curl -s -o /dev/null "http://127.0.0.1:$PORT/cgi-bin/cinto.cgi/v1/__lbheartbeat__"; }
cgi_up_or_dead() { cgi_up || ! kill -0 "$LPID" 2>/dev/null; }
# A port someone else took makes lighttpd exit: the next one then.
for try in 9 10 11 12 13; do
	pick_port $try
	cat > "$WORK/cgi.conf" <<CONF
server.port = $PORT
server.bind = "127.0.0.1"
server.document-root = "$WORK/www"
server.modules += ( "mod_cgi" )
server.http-parseopts = ( "url-ctrls-reject" => "disable" )
\$HTTP["url"] =~ "^/cgi-bin/" { cgi.assign = ( ".cgi" => "" ) }
CONF
	lighttpd -D -f "$WORK/cgi.conf" 2>>"$WORK/lighttpd.log" &
	LPID=$!
	wait_for cgi_up_or_dead
	cgi_up && break
	kill "$LPID" 2>/dev/null; wait "$LPID" 2>/dev/null
done
req GET /cgi-bin/cinto.cgi/v1/
is "$STATUS" 200 "mod_cgi hello"
json '.url' "\"http://127.0.0.1:$PORT/cgi-bin/cinto.cgi/v1/\"" "mod_cgi mount point"
req GET /cgi-bin/cinto.cgi/v1/nowhere
is "$STATUS" 404 "mod_cgi 404"
json '.errno' '111' "mod_cgi errno"
req GET /cgi-bin/cinto.cgi/buckets
is "$STATUS" 307 "mod_cgi redirect"
is "$(header Location)" "http://127.0.0.1:$PORT/cgi-bin/cinto.cgi/v1/buckets" "mod_cgi redirect keeps the mount"
kill -TERM "$LPID"; wait "$LPID"; LPID=

# --- the command line
out=$(CINTO_DATA_DIR="$WORK/data" "$CINTO" request GET /v1/__heartbeat__)
case "$out" in "HTTP/1.1 200 OK"*'{"storage":true,"cache":true}'*) pass ;; *) fail "cli: $out" ;; esac
CINTO_DATA_DIR="$WORK/data" "$CINTO" request GET /v1/nope > /dev/null
is $? 1 "cli exit status on 404"

done_testing
