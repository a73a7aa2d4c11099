#!/bin/sh
# The web-server samples of etc/, run for real: Apache with mod_fcgid
# (etc/apache-fcgid.conf), Apache with mod_proxy_fcgi
# (etc/apache-proxy-fcgi.conf) and nginx (etc/nginx.conf).  Each runs from
# its sample, with only ports and paths changed by sed, on 127.0.0.1 with
# its files in the scratch directory.  A server that is not installed is
# skipped (`make test` installs only lighttpd): with none of them this
# prints "0 passed, 0 failed".
. tests/lib.sh

# --- what is installed
find_bin() {	# find_bin NAME... : the first one installed
	for b in "$@"; do
		p=$(command -v "$b" 2>/dev/null) || continue
		if [ -f "$p" ] && [ -x "$p" ]; then echo "$p"; return 0; fi
	done
	return 1
}
APACHE=$(find_bin apache2 httpd /usr/sbin/apache2 /usr/sbin/httpd)
NGINX=$(find_bin nginx /usr/sbin/nginx)
MODDIR=
for d in /usr/lib/apache2/modules /usr/lib64/httpd/modules \
    /usr/lib/httpd/modules /usr/libexec/apache2; do
	if [ -f "$d/mod_proxy.so" ]; then MODDIR=$d; break; fi
done
skip() { echo "servers.sh: skipping $1" >&2; }
if ! find_bin curl > /dev/null || ! find_bin jq > /dev/null; then
	skip "everything: curl and jq are needed"
	APACHE='' NGINX=''
else
	if [ -z "$APACHE" ]; then
		skip "Apache: apache2 is not installed"
	elif [ -z "$MODDIR" ]; then
		skip "Apache: no modules directory found"
		APACHE=
	fi
	[ -z "$NGINX" ] && skip "nginx: nginx is not installed"
fi

# As root the servers drop to an unprivileged user, which must reach the
# scratch directory, the socket and (mod_fcgid) run cinto.
RUN_USER='' RUN_GROUP=''
if [ "$(id -u)" = 0 ]; then
	for u in www-data apache nginx nobody; do
		if id "$u" > /dev/null 2>&1; then RUN_USER=$u; break; fi
	done
	RUN_GROUP=$(id -gn "$RUN_USER")
fi
chmod 755 "$WORK"
mkdir -p "$WORK/bin" "$WORK/data" "$WORK/data2"
cp "$CINTO" "$WORK/bin/cinto"
chmod 755 "$WORK/bin/cinto"
printf '[cinto]\ndata_dir = %s/data\n' "$WORK" > "$WORK/cinto.ini"
chmod 644 "$WORK/cinto.ini"
[ -n "$RUN_USER" ] && chown "$RUN_USER:$RUN_GROUP" "$WORK/data"
head -c 5000 /dev/zero | tr '\0' x > "$WORK/big"
ALICE=basicauth:d5b0026601f1b251974e09548d44155e16812e3c64ff7ae053fe3542e2ca1570

# The cinto processes mod_fcgid started (they run our copy of the binary).
fcgid_pids() { pgrep -f "^$WORK/bin/cinto" 2>/dev/null; }
no_fcgid_left() { [ -z "$(fcgid_pids)" ]; }

cleanup() {
	stack_stop
	for p in $(fcgid_pids); do kill -KILL "$p" 2>/dev/null; done
}
finish() {
	cleanup
	if [ "$T_FAIL" -ne 0 ]; then
		for f in "$WORK"/*/error.log; do
			[ -f "$f" ] || continue
			echo "--- $f:" >&2; tail -n 20 "$f" >&2
		done
	fi
	done_testing
}
trap 'cleanup; rm -rf "$WORK"; exit 1' INT TERM

# The checks every sample must pass; $1 names the sample.
check_server() {
	n=$1
	req GET /v1/
	is "$STATUS" 200 "$n: hello"
	json '.http_api_version' '"1.23"' "$n: hello"
	json '.url' "\"http://127.0.0.1:$PORT/v1/\"" "$n: hello url"
	req GET '/v1/?a=%2F&b=c%20d'
	is "$STATUS" 200 "$n: a query string reaches cinto"
	req GET /
	is "$STATUS" 307 "$n: / is cinto's"
	is "$(header Location)" "http://127.0.0.1:$PORT/v1/" "$n: redirect to /v1/"
	req GET /v1/__heartbeat__
	is "$STATUS" 200 "$n: heartbeat"
	json '.' '{"storage":true,"cache":true}' "$n: heartbeat"
	req GET /v1/ -u alice:secret
	json '.user.id' "\"$ALICE\"" "$n: Authorization reaches cinto"
	req POST /v1/buckets -H 'Content-Type: application/json' \
	    --data-binary "@$WORK/big"
	is "$STATUS" 413 "$n: cinto answers an oversized body"
	json '.errno' 113 "$n: oversized body"
	req POST /v1/buckets -H 'Content-Type: application/json' \
	    -H 'Transfer-Encoding: chunked' --data-binary "@$WORK/big"
	is "$STATUS" 413 "$n: cinto answers an oversized chunked body"
	json '.errno' 113 "$n: oversized chunked body"
	req GET '/v1/buckets/a%2Fb'
	is "$STATUS" 404 "$n: %2F reaches cinto"
	json '.errno' 111 "$n: %2F reaches cinto"
	has_header "Content-Type: application/json" "$n: cinto's 404"
	# The raw URI, not a decoded one: the redirect keeps the %2F.
	req GET '/v1/a%2Fb/'
	is "$STATUS" 307 "$n: trailing slash redirect"
	is "$(header Location)" "http://127.0.0.1:$PORT/v1/a%2Fb" "$n: REQUEST_URI is raw"
}

# server_start NAME CONFIG-COMMAND START-COMMAND... : writes the
# configuration for $PORT with CONFIG-COMMAND, starts the server in the
# background, tries another port when it does not come up.
server_start() {
	name=$1 mkconf=$2
	shift 2
	try=0
	while :; do
		pick_port $((try + 20))
		$mkconf
		"$@" 2>>"$WORK/$name.out" &
		LPID=$!
		if wait_for up_or_dead && http_up; then
			return 0
		fi
		kill "$LPID" 2>/dev/null; wait "$LPID" 2>/dev/null; LPID=
		try=$((try + 1))
		if [ $try -gt 3 ]; then
			fail "$name did not start"
			cat "$WORK/$name.out" "$WORK/$name/error.log" 2>/dev/null >&2
			return 1
		fi
	done
}

server_stop() {
	[ -n "$LPID" ] && kill -TERM "$LPID" 2>/dev/null && wait "$LPID" 2>/dev/null
	LPID=
}

# cinto on its own socket, for mod_proxy_fcgi and nginx.
cinto_listen() {
	[ -n "$CPID" ] && return 0
	CINTO_DATA_DIR=$WORK/data2 CINTO_SOCKET_MODE=0666 CINTO_WORKERS=2 \
	    CINTO_MAX_BODY_BYTES=4096 KINTO_MULTIAUTH_POLICIES=basicauth \
	    "$CINTO" -c "$WORK/cinto.ini" --listen "$WORK/cinto.sock" \
	    2>>"$WORK/cinto.log" &
	CPID=$!
	wait_for test -S "$WORK/cinto.sock" ||
	    { fail "cinto did not start"; cat "$WORK/cinto.log" >&2; return 1; }
}

# httpd.conf around a site: what Debian's apache2.conf and mods-enabled
# would provide, in the scratch directory.
apache_main() {	# apache_main DIR MODULE...
	dir=$1
	shift
	compiled=$("$APACHE" -l 2>/dev/null)
	{
		echo "ServerRoot $dir"
		echo "ServerName 127.0.0.1"
		echo "PidFile $dir/httpd.pid"
		echo "ErrorLog $dir/error.log"
		echo "DefaultRuntimeDir $dir"
		echo "LogLevel warn"
		for m in mpm_event unixd authz_core "$@"; do
			case "$compiled" in *"mod_$m.c"*) continue ;; esac
			echo "LoadModule ${m}_module $MODDIR/mod_$m.so"
		done
		# Debian's apache2.conf: nothing of the file system is served
		# unless a site says so.
		printf '<Directory />\n\tAllowOverride None\n\tRequire all denied\n</Directory>\n'
		if [ -n "$RUN_USER" ]; then
			echo "User $RUN_USER"
			echo "Group $RUN_GROUP"
		fi
		echo "Include $dir/site.conf"
	} > "$dir/httpd.conf"
}

# --- Apache, mod_fcgid spawning cinto
conf_fcgid() {
	d=$WORK/fcgid
	mkdir -p "$d/ipc"
	[ -n "$RUN_USER" ] && chown "$RUN_USER" "$d/ipc"
	apache_main "$d" alias fcgid
	printf 'FcgidIPCDir %s/ipc\nFcgidProcessTableFile %s/shm\n' "$d" "$d" >> "$d/httpd.conf"
	sed -e "s|^Define cinto_port .*|Define cinto_port $PORT|" \
	    -e "s|^Define cinto_bin .*|Define cinto_bin $WORK/bin/cinto|" \
	    -e "s|^Define cinto_ini .*|Define cinto_ini $WORK/cinto.ini|" \
	    -e "s|^Define state_dir .*|Define state_dir $WORK/data|" \
	    "$TOP/etc/apache-fcgid.conf" |
	awk '{ print }
	    /^[ \t]*FcgidInitialEnv CINTO_INI / {
		print "\tFcgidInitialEnv KINTO_MULTIAUTH_POLICIES basicauth"
		print "\tFcgidInitialEnv CINTO_MAX_BODY_BYTES 4096" }' \
	    > "$d/site.conf"
}
if [ -n "$APACHE" ] && [ ! -f "$MODDIR/mod_fcgid.so" ]; then
	skip "Apache with mod_fcgid: mod_fcgid is not installed"
elif [ -n "$APACHE" ]; then
	if server_start fcgid conf_fcgid "$APACHE" -f "$WORK/fcgid/httpd.conf" \
	    -D FOREGROUND; then
		check_server mod_fcgid
		req GET /v1/
		json '.config.path' "\"$WORK/cinto.ini\"" "mod_fcgid: CINTO_INI reaches cinto"
		pids=$(fcgid_pids)
		ok test -n "$pids"
		# CINTO_WORKERS 0: each process serves, none has a master.
		for p in $pids; do
			pp=$(ps -o ppid= -p "$p" | tr -d ' ')
			case " $(echo $pids) " in
			*" $pp "*) fail "mod_fcgid: cinto $p has a cinto parent" ;;
			*) pass ;;
			esac
		done
		server_stop
		wait_for no_fcgid_left
		ok no_fcgid_left
	fi
fi

# --- Apache, mod_proxy_fcgi to cinto's socket
conf_proxy() {
	d=$WORK/proxy
	mkdir -p "$d"
	apache_main "$d" proxy proxy_fcgi
	sed -e "s|^Define cinto_port .*|Define cinto_port $PORT|" \
	    -e "s|^Define cinto_socket .*|Define cinto_socket $WORK/cinto.sock|" \
	    "$TOP/etc/apache-proxy-fcgi.conf" > "$d/site.conf"
}
if [ -n "$APACHE" ] && [ ! -f "$MODDIR/mod_proxy_fcgi.so" ]; then
	skip "Apache with mod_proxy_fcgi: mod_proxy_fcgi is not installed"
elif [ -n "$APACHE" ] && cinto_listen; then
	if server_start proxy conf_proxy "$APACHE" -f "$WORK/proxy/httpd.conf" \
	    -D FOREGROUND; then
		check_server mod_proxy_fcgi
		server_stop
	fi
fi

# --- nginx to cinto's socket
conf_nginx() {
	d=$WORK/nginx
	mkdir -p "$d/logs" "$d/tmp"
	if [ -n "$RUN_USER" ]; then user="user $RUN_USER $RUN_GROUP;"; else user=; fi
	sed -e "s|^user .*|$user|" \
	    -e "s|^worker_processes .*|worker_processes 2;|" \
	    -e "s|^pid .*|pid $d/nginx.pid;|" \
	    -e "s|^error_log .*|error_log $d/error.log;|" \
	    -e "s|access_log .*;|access_log off;|" \
	    -e "s|listen 127.0.0.1:8888;|listen 127.0.0.1:$PORT;|" \
	    -e "s|fastcgi_pass unix:/run/cinto/cinto.sock;|fastcgi_pass unix:$WORK/cinto.sock;|" \
	    "$TOP/etc/nginx.conf" |
	awk -v t="$d/tmp" '{ print }
	    /^http {/ { n = split("client_body fastcgi proxy scgi uwsgi", k, " ")
		for (i = 1; i <= n; i++)
			print "\t" k[i] "_temp_path " t "/" k[i] ";" }' \
	    > "$d/nginx.conf"
}
if [ -n "$NGINX" ] && cinto_listen; then
	if server_start nginx conf_nginx "$NGINX" -p "$WORK/nginx/" \
	    -c "$WORK/nginx/nginx.conf" -g 'daemon off;'; then
		check_server nginx
		server_stop
	fi
fi

# --- nginx told to keep FastCGI connections (what the sample warns
# against): cinto closes each one anyway, so nothing hangs.
conf_nginx_kept() {
	conf_nginx
	sed -i -e "s|fastcgi_pass unix:$WORK/cinto.sock;|fastcgi_pass cinto_kept; fastcgi_keep_conn on;|" \
	    -e "s|^http {|http {\n\tupstream cinto_kept { server unix:$WORK/cinto.sock; keepalive 4; }|" \
	    "$WORK/nginx/nginx.conf"
}
if [ -n "$NGINX" ] && cinto_listen; then
	if server_start nginx conf_nginx_kept "$NGINX" -p "$WORK/nginx/" \
	    -c "$WORK/nginx/nginx.conf" -g 'daemon off;'; then
		for i in 1 2 3 4 5 6; do
			STATUS=$(curl -s -o /dev/null -w '%{http_code}' \
			    --max-time 2 "http://127.0.0.1:$PORT/v1/__lbheartbeat__")
			is "$STATUS" 200 "nginx with fastcgi_keep_conn: request $i"
		done
		server_stop
	fi
fi

finish
