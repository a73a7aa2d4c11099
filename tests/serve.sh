#!/bin/sh
# make run: cinto on a unix socket and a real lighttpd in front of it,
# on http://127.0.0.1:PORT/v1 with data in DATA, in the foreground.
# Ctrl-C or SIGTERM (make forwards it) stops both and leaves nothing.
#
#   sh tests/serve.sh --port 8888 --data ./var --config etc/cinto.ini
port=8888 data=./var config=etc/cinto.ini
while [ $# -gt 0 ]; do
	case "$1" in
	--port)	port=$2; shift 2 ;;
	--data)	data=$2; shift 2 ;;
	--config) config=$2; shift 2 ;;
	*)	echo "serve.sh: unknown option $1" >&2; exit 2 ;;
	esac
done
mkdir -p "$data" || exit 1
data=$(cd "$data" && pwd)
top=$(pwd)

# The sample configuration itself, pointed at our port and directory.
sed -e "s|^var.cinto_port .*|var.cinto_port   = $port|" \
    -e "s|^var.cinto_socket .*|var.cinto_socket = \"$data/cinto.sock\"|" \
    -e "s|^var.state_dir .*|var.state_dir    = \"$data\"|" \
    etc/lighttpd-socket.conf > "$data/lighttpd.conf"

cpid= lpid=
stop() {
	trap - INT TERM
	[ -n "$lpid" ] && kill -TERM "$lpid" 2>/dev/null
	[ -n "$cpid" ] && kill -TERM "$cpid" 2>/dev/null
	wait
	exit "${1:-0}"
}
trap 'stop 0' INT TERM

CINTO_DATA_DIR=$data "$top/cinto" -c "$config" --listen "$data/cinto.sock" &
cpid=$!
i=0
while [ ! -S "$data/cinto.sock" ] && [ $i -lt 50 ]; do
	kill -0 $cpid 2>/dev/null || { echo "cinto did not start" >&2; stop 1; }
	sleep 0.1; i=$((i + 1))
done
lighttpd -D -f "$data/lighttpd.conf" &
lpid=$!
echo "cinto: serving http://127.0.0.1:$port/v1 (data in $data); Ctrl-C stops"
while kill -0 $cpid 2>/dev/null && kill -0 $lpid 2>/dev/null; do
	sleep 1 &
	wait $! 2>/dev/null
done
echo "cinto or lighttpd stopped on its own" >&2
stop 1
