#!/bin/sh
# cinto with a real client: kinto.js (Mozilla's JavaScript client, its
# KintoClient and its offline collections synced through fake-indexeddb),
# in Node, through a real lighttpd and the real pre-forked pool.
#
# The npm packages are pinned in tests/e2e/kintojs/package-lock.json and
# installed once into tests/e2e/kintojs/node_modules (not in git).
# Without node and npm the suite is skipped.  KINTOJS_TRACE=1 logs every
# HTTP exchange of the client.
. tests/lib.sh

DIR=$TOP/tests/e2e/kintojs

skip() {
	echo "kintojs: skipped: $*" >&2
	rm -rf "$WORK"
	echo "0 passed, 0 failed"
	exit 0
}
command -v node >/dev/null 2>&1 || skip "no node (Debian package nodejs)"
command -v npm >/dev/null 2>&1 || skip "no npm (Debian package npm)"

# Installed already when node_modules matches the lock: npm writes
# node_modules/.package-lock.json, a copy of the lock's package list.
installed() {
	[ -f "$DIR/node_modules/.package-lock.json" ] &&
	    [ -f "$DIR/node_modules/kinto/package.json" ] &&
	    [ -f "$DIR/node_modules/fake-indexeddb/package.json" ] &&
	    [ ! "$DIR/package-lock.json" -nt "$DIR/node_modules/.package-lock.json" ]
}
if ! installed; then
	if [ -f "$DIR/package-lock.json" ]; then npm_cmd=ci; else npm_cmd=install; fi
	if ! (cd "$DIR" && npm $npm_cmd --no-audit --no-fund --loglevel=error \
	    >"$WORK/npm.log" 2>&1); then
		fail "npm $npm_cmd in tests/e2e/kintojs"
		cat "$WORK/npm.log" >&2
		done_testing
	fi
fi

cat > "$WORK/cinto.ini" <<'INI'
[kinto]
multiauth.policies = basicauth
paginate_by = 10
[cinto]
workers = 2
INI
stack_start socket || done_testing

node "$DIR/test.mjs" "http://127.0.0.1:$PORT/v1" > "$WORK/node.out" 2>&1
status=$?
grep -v -e '^ok - ' "$WORK/node.out" >&2
n_ok=$(grep -c '^ok - ' "$WORK/node.out")
n_bad=$(grep -c '^not ok - ' "$WORK/node.out")
T_PASS=$((T_PASS + n_ok))
T_FAIL=$((T_FAIL + n_bad))
# A crash (or a check that failed without its line) is one failure more.
if [ "$status" -ne 0 ] && [ "$n_bad" -eq 0 ]; then
	fail "node exited with status $status"
fi
grep -q '^# [0-9]* passed, [0-9]* failed$' "$WORK/node.out" ||
    fail "test.mjs did not run to its end"
done_testing
