#!/bin/sh
# JSON-schema validation of records with kinto.js, through a real lighttpd
# and the real pre-forked pool, experimental_collection_schema_validation
# on (tests/e2e/kintojs/schema.mjs): the schema capability, a collection
# schema set by KintoClient, valid and refused writes (create, PUT, PATCH)
# and the errors the client exposes, a schema the Draft 7 meta-schema
# refuses, and an offline collection whose sync reports the records the
# schema refuses and keeps them.
#
# Without node and npm the suite is skipped (see kintojs.sh).
. tests/lib.sh

kintojs_ready || done_testing

cat > "$WORK/cinto.ini" <<'INI'
[kinto]
multiauth.policies = basicauth
experimental_collection_schema_validation = true
[cinto]
workers = 2
INI
stack_start socket || done_testing

kintojs_run schema.mjs "http://127.0.0.1:$PORT/v1"
done_testing
