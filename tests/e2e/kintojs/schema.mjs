// JSON-schema validation of records (objects.md, "JSON-schema validation
// of records") with kinto.js: its KintoClient sets a collection schema,
// writes good and bad records, and its offline collection syncs local
// records some of which the schema refuses.
//
//   node tests/e2e/kintojs/schema.mjs http://127.0.0.1:PORT/v1
//
// The server runs with experimental_collection_schema_validation = true
// (tests/e2e/kintojs_schema.sh).  How kinto-http shows a refusal: it
// throws a ServerResponse (node_modules/kinto/lib/http/errors.js) whose
// .response is the fetch Response (.status 400) and .data the parsed
// error body ({code, errno, error, message, details}); its .message is
// "HTTP 400 Invalid parameters: Invalid request parameter (<message>)".
// In a batch (sync) there is no exception: http/batch.js aggregate()
// puts every sub-response other than 2xx/3xx, 404 and 412 in errors as
// {path, sent, error: <the error body>}, and Collection.sync() adds them
// to its result with type "outgoing" (result.ok is then false).

import {
	REMOTE, Kinto, KintoClient, basicAuth, finish, is, ok, show, step,
	tracingFetch,
} from "./lib.mjs";

const AUTH = basicAuth("alice", "secret");
const alice = new KintoClient(REMOTE, { headers: { Authorization: AUTH }, fetchFunc: tracingFetch });

const SCHEMA = {
	type: "object",
	required: ["title"],
	properties: {
		title: { type: "string" },
		// 2020-12 (the draft when "$schema" is absent): prefixItems
		// checks the first item; Draft 7 ignores the keyword.
		tags: { type: "array", prefixItems: [{ type: "string" }] },
	},
};
const REQUIRED = "'title' is a required property";
const NOT_STRING = "1 is not of type 'string'";

// The exception a call throws, or null when it resolves.
async function thrown(promise) {
	try {
		await promise;
		return null;
	} catch (e) {
		return e;
	}
}

// Checks a refused write: the exception kinto-http throws and the error
// body it exposes.
function refused(e, { message, name = "title", description }, what) {
	ok(e, `${what}: the client throws`, "it resolved");
	if (!e) return;
	is(e.constructor && e.constructor.name, "ServerResponse", `${what}: a ServerResponse`);
	is(e.response && e.response.status, 400, `${what}: status 400`);
	const d = e.data || {};
	is([d.code, d.errno, d.error], [400, 107, "Invalid parameters"], `${what}: code 400, errno 107`);
	is(d.message, message, `${what}: message`);
	is(d.details, [{ location: "body", name, description }], `${what}: details`);
	is(e.message, `HTTP 400 Invalid parameters: Invalid request parameter (${message})`, `${what}: the exception's message`);
}

// --- the capability ------------------------------------------------------------

await step("capability", async () => {
	const info = await alice.fetchServerInfo();
	const caps = info.capabilities || {};
	is(caps.schema, {
		description: "Validates collection records with JSON schemas.",
		url: "https://kinto.readthedocs.io/en/latest/api/1.x/collections.html#collection-json-schema",
	}, "the root view lists the schema capability");
	ok("schema" in await alice.fetchServerCapabilities(), "fetchServerCapabilities has schema");
});

// --- a collection with a schema ------------------------------------------------

let collTs;
const articles = alice.bucket("blog").collection("articles");

await step("collection schema", async () => {
	const b = await alice.createBucket("blog");
	is(b.data.id, "blog", "createBucket");
	const c = await alice.bucket("blog").createCollection("articles", { data: { schema: SCHEMA } });
	is(c.data.schema, SCHEMA, "createCollection with data.schema: stored as sent");
	collTs = c.data.last_modified;
	ok(Number.isInteger(collTs), "the collection's last_modified", show(c.data));
	is((await articles.getData()).schema, SCHEMA, "getData gives the schema back");
});

// --- records ---------------------------------------------------------------------

let first;

await step("valid records", async () => {
	const r = await articles.createRecord({ title: "First", body: "text" });
	first = r.data;
	is(first.title, "First", "createRecord of a valid record");
	is(first.schema, collTs, "the record's schema is the collection's last_modified");
	const own = await articles.createRecord({ id: "second", title: "Second", schema: 42, tags: ["a", 2] });
	is(own.data.schema, collTs, "a client's schema value is overwritten");
	is((await articles.getRecord(first.id)).data.schema, collTs, "getRecord: schema stored");
});

await step("invalid records", async () => {
	refused(await thrown(articles.createRecord({ id: "bad1", body: "no title" })),
		{ message: REQUIRED, description: REQUIRED }, "createRecord without title");
	refused(await thrown(articles.createRecord({ id: "bad2", title: 1 })),
		{ message: `title in body: ${NOT_STRING}`, description: NOT_STRING }, "createRecord with title 1");
	const e = await thrown(articles.createRecord({ id: "bad3", title: "t", tags: [1] }));
	refused(e, { message: `0 in body: ${NOT_STRING}`, name: "0", description: NOT_STRING },
		"createRecord with tags [1] (2020-12 prefixItems)");
	for (const id of ["bad1", "bad2", "bad3"]) {
		const g = await thrown(articles.getRecord(id));
		is(g && g.response && g.response.status, 404, `refused ${id} is not stored`);
	}

	refused(await thrown(articles.updateRecord({ id: first.id, body: "no title" })),
		{ message: REQUIRED, description: REQUIRED }, "updateRecord (PUT) without title");
	refused(await thrown(articles.updateRecord({ ...first, title: 1 })),
		{ message: `title in body: ${NOT_STRING}`, description: NOT_STRING }, "updateRecord (PUT) with title 1");
	refused(await thrown(articles.updateRecord({ id: "bad4", body: "no title" })),
		{ message: REQUIRED, description: REQUIRED }, "updateRecord (PUT) creating a record without title");
	refused(await thrown(articles.updateRecord({ id: first.id, title: 1 }, { patch: true })),
		{ message: `title in body: ${NOT_STRING}`, description: NOT_STRING }, "updateRecord patch with title 1");
	refused(await thrown(articles.updateRecord({ id: first.id, title: null }, { patch: true })),
		{ message: "title in body: None is not of type 'string'", description: "None is not of type 'string'" },
		"updateRecord patch with title null");

	is((await articles.getRecord(first.id)).data, first, "the record is unchanged after the refusals");
	const g = await thrown(articles.getRecord("bad4"));
	is(g && g.response && g.response.status, 404, "refused PUT created nothing");
	const p = await articles.updateRecord({ id: first.id, body: "patched" }, { patch: true });
	is([p.data.title, p.data.body, p.data.schema], ["First", "patched", collTs], "a valid patch goes through");
	first = p.data;
});

await step("meta-schema", async () => {
	const bad = { message: "data.schema in body: type'foo' is not valid under any of the given schemas",
		name: "data.schema", description: "type'foo' is not valid under any of the given schemas" };
	refused(await thrown(alice.bucket("blog").createCollection("broken", { data: { schema: { type: "foo" } } })),
		bad, "createCollection with schema {type: foo}");
	const g = await thrown(alice.bucket("blog").collection("broken").getData());
	is(g && g.response && g.response.status, 404, "the refused collection is not created");
	// A PATCH names the field without "data." (Kinto validates the
	// merged object, as with a group's members.0), and "schema" is a
	// substring of the description ("...schemas"): the bare description.
	refused(await thrown(articles.setData({ schema: { type: "foo" } }, { patch: true })),
		{ message: bad.description, name: "schema", description: bad.description },
		"setData patch with schema {type: foo}");
	refused(await thrown(articles.setData({ schema: { type: "foo" } })),
		bad, "setData (PUT) with schema {type: foo}");
	const d = await articles.getData();
	is([d.schema, d.last_modified], [SCHEMA, collTs], "the collection's schema is unchanged");
});

await step("schema versions", async () => {
	// Draft 7 named by $schema: prefixItems is not a keyword there.
	const d7 = alice.bucket("blog").collection("draft7");
	await alice.bucket("blog").createCollection("draft7", {
		data: { schema: { ...SCHEMA, $schema: "http://json-schema.org/draft-07/schema#" } },
	});
	const r = await thrown(d7.createRecord({ id: "t", title: "t", tags: [1] }));
	ok(!r, "Draft 7 collection: tags [1] accepted (prefixItems ignored)", r && `${r.message} ${show(r.data)}`);

	// A new schema: a new version for new writes, the old records keep
	// theirs and lt_schema finds them.
	const s = await articles.setData({ schema: { ...SCHEMA, required: ["title", "body"] } }, { patch: true });
	const ts2 = s.data.last_modified;
	ok(ts2 > collTs, "setData of a new schema: a newer last_modified", show([collTs, ts2]));
	// A failed "required" is named after the last name listed, whichever
	// is missing (objects.md).
	refused(await thrown(articles.updateRecord({ id: "second", body: "no title" })),
		{ message: "body in body: 'title' is a required property", name: "body", description: REQUIRED },
		"required [title, body], title missing: named body");
	refused(await thrown(articles.updateRecord({ id: "second", title: "Second" })),
		{ message: "'body' is a required property", name: "body", description: "'body' is a required property" },
		"required [title, body], body missing");
	const u = await articles.updateRecord({ ...first, body: "new" });
	is(u.data.schema, ts2, "a record written after it has the new version");
	const old = await articles.listRecords({ filters: { lt_schema: ts2 } });
	is(old.data.map((x) => x.id), ["second"], "lt_schema lists the records of the older schema");
});

// --- an offline collection synced against the schema ------------------------------

await step("sync", async () => {
	// Set up with setData on an existing collection.
	await alice.bucket("blog").createCollection("notes");
	const s = await alice.bucket("blog").collection("notes").setData({ schema: SCHEMA }, { patch: true });
	is(s.data.schema, SCHEMA, "setData patch adds the schema to a collection");
	const notesTs = s.data.last_modified;
	const server = alice.bucket("blog").collection("notes");

	const dev = new Kinto({
		remote: REMOTE, bucket: "blog", headers: { Authorization: AUTH },
		adapterOptions: { dbName: "kintojs-schema" },
	}).collection("notes");
	dev.api.http.fetchFunc = tracingFetch;

	const good1 = (await dev.create({ title: "buy milk" })).data;
	const good2 = (await dev.create({ title: "call mom" })).data;
	const noTitle = (await dev.create({ body: "no title" })).data;
	const numTitle = (await dev.create({ title: 1 })).data;

	let r = await dev.sync();
	ok(!r.ok, "sync with two invalid local records: result not ok");
	is(r.published.map((x) => x.title).sort(), ["buy milk", "call mom"], "sync: the valid records are published");
	const errs = {};
	for (const e of r.errors) errs[String(e.path).split("/").pop()] = e;
	is(Object.keys(errs).sort(), [noTitle.id, numTitle.id].sort(), "sync: result.errors names the two invalid records");
	is(r.errors.map((e) => e.type), ["outgoing", "outgoing"], "sync errors are outgoing");
	const e1 = errs[noTitle.id], e2 = errs[numTitle.id];
	is(e1 && e1.path, `/buckets/blog/collections/notes/records/${noTitle.id}`, "sync error: the record's path");
	is(e1 && e1.sent && e1.sent.body && e1.sent.body.data && e1.sent.body.data.body, "no title", "sync error: the request sent");
	is(e1 && e1.error, { code: 400, errno: 107, error: "Invalid parameters", message: REQUIRED,
		details: [{ location: "body", name: "title", description: REQUIRED }] }, "sync error: the 400 body, required");
	is(e2 && e2.error && [e2.error.code, e2.error.errno, e2.error.message, e2.error.details], [400, 107,
		`title in body: ${NOT_STRING}`, [{ location: "body", name: "title", description: NOT_STRING }]],
		"sync error: the 400 body, type");
	is(r.conflicts, [], "sync: no conflicts");

	const onServer = (await server.listRecords({ sort: "title" })).data;
	is(onServer.map((x) => x.title), ["buy milk", "call mom"], "the server has the valid records only");
	ok(onServer.every((x) => x.schema === notesTs), "with the schema version", show(onServer));
	const local = async (id) => (await dev.get(id)).data;
	is([(await local(good1.id))._status, (await local(good2.id))._status], ["synced", "synced"], "valid records: synced locally");
	is((await local(good1.id)).schema, notesTs, "and got their schema version");
	is([(await local(noTitle.id))._status, (await local(numTitle.id))._status], ["created", "created"],
		"refused records: kept locally, still to be pushed");
	is((await dev.list()).data.length, 4, "nothing lost locally");

	// Fixed locally, they go through.
	await dev.update({ ...(await local(noTitle.id)), title: "fixed" });
	await dev.update({ ...(await local(numTitle.id)), title: "one" });
	r = await dev.sync();
	ok(r.ok, "after fixing them: sync ok", show(r.errors));
	is(r.published.map((x) => x.title).sort(), ["fixed", "one"], "the fixed records are published");
	is((await server.listRecords({ sort: "title" })).data.map((x) => x.title), ["buy milk", "call mom", "fixed", "one"],
		"the server has all four");
	is((await dev.list({ order: "title" })).data.map((x) => `${x.title}:${x._status}`),
		["buy milk:synced", "call mom:synced", "fixed:synced", "one:synced"], "all synced locally");
});

finish();
