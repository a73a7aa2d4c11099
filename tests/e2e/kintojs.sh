#!/bin/sh
# cinto with a real client: kinto.js (Mozilla's JavaScript client, its
# KintoClient and its offline collections synced through fake-indexeddb),
# in Node, through a real lighttpd and the real pre-forked pool.
#
# The npm packages are pinned in tests/e2e/kintojs/package-lock.json
# (see kintojs_ready in tests/lib.sh).  Without node and npm the suite is
# skipped.  KINTOJS_TRACE=1 logs every HTTP exchange of the client.
. tests/lib.sh

kintojs_ready || done_testing

cat > "$WORK/cinto.ini" <<'INI'
[kinto]
multiauth.policies = basicauth
paginate_by = 10
[cinto]
workers = 2
INI
stack_start socket || done_testing

kintojs_run test.mjs "http://127.0.0.1:$PORT/v1"
done_testing
