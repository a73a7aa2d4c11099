// End-to-end tests of cinto with kinto.js, Mozilla's own JavaScript
// client: its KintoClient (the HTTP API) and its offline Kinto
// collections synced against the server (IndexedDB from fake-indexeddb).
//
//   node tests/e2e/kintojs/test.mjs http://127.0.0.1:PORT/v1
//
// The checks, their output and the loading of kinto.js are lib.mjs's.

import {
	REMOTE, Kinto, KintoClient, basicAuth, exchanges, finish, is, ok,
	rejects, requests, show, step, tracingFetch,
} from "./lib.mjs";

const basic = (user) => basicAuth(user, "secret");
const client = (user, opts = {}) => new KintoClient(REMOTE, {
	headers: user ? { Authorization: basic(user) } : {},
	fetchFunc: tracingFetch,
	...opts,
});

const alice = client("alice");
const bob = client("bob");
const anon = client(null);
let aliceId;

// --- the server ------------------------------------------------------------

await step("server info", async () => {
	const info = await alice.fetchServerInfo();
	is(info.http_api_version, "1.23", "hello: http_api_version");
	is(info.project_name, "kinto", "hello: project_name");
	is(await alice.fetchHTTPApiVersion(), "1.23", "fetchHTTPApiVersion");
	const settings = await alice.fetchServerSettings();
	is(settings.batch_max_requests, 25, "fetchServerSettings: batch_max_requests");
	const user = await alice.fetchUser();
	ok(user && /^basicauth:[0-9a-f]{64}$/.test(user.id), "fetchUser: a basicauth user id", show(user));
	aliceId = user && user.id;
	is(await anon.fetchUser(), undefined, "fetchUser: anonymous has none");
});

// --- buckets and collections -----------------------------------------------

await step("buckets", async () => {
	const r = await alice.createBucket("blog", { data: { title: "My blog" } });
	is(r.data.id, "blog", "createBucket: id");
	is(r.data.title, "My blog", "createBucket: data");
	ok(Number.isInteger(r.data.last_modified), "createBucket: last_modified", show(r.data));
	is(r.permissions.write, [aliceId], "createBucket: the creator may write");

	const dup = await rejects(alice.createBucket("blog", { safe: true }));
	is(dup.status, 412, "createBucket safe on an existing bucket: 412");

	await alice.createBucket("other");
	const list = await alice.listBuckets({ sort: "id" });
	is(list.data.map((b) => b.id), ["blog", "other"], "listBuckets sorted by id");
	const since = await alice.listBuckets({ since: String(r.data.last_modified) });
	is(since.data.map((b) => b.id), ["other"], "listBuckets since the first one");
	const bobs = await bob.listBuckets();
	is(bobs.data, [], "listBuckets: bob sees none of alice's");

	const b = await alice.bucket("blog").getData();
	is(b.title, "My blog", "bucket getData");
	const p = await alice.bucket("blog").setData({ title: "Blog" }, { patch: true });
	is(p.data.title, "Blog", "bucket setData patch");

	const del = await alice.deleteBucket("other");
	is(del.data.deleted, true, "deleteBucket");
	const gone = await rejects(alice.bucket("other").getData());
	ok(gone.status === 403 || gone.status === 404, "deleted bucket is gone (403/404)", `status ${gone.status}`);
});

await step("collections", async () => {
	const blog = alice.bucket("blog");
	const c = await blog.createCollection("articles", { data: { kind: "posts" } });
	is(c.data.id, "articles", "createCollection: id");
	is(c.data.kind, "posts", "createCollection: data");
	const auto = await blog.createCollection();
	ok(auto.data && typeof auto.data.id === "string" && auto.data.id.length > 0, "createCollection without id: server-made id", show(auto.data));
	const list = await blog.listCollections({ sort: "id" });
	is(list.data.map((x) => x.id), [auto.data.id, "articles"].sort(), "listCollections");
	await blog.deleteCollection(auto.data.id);
	const after = await blog.listCollections();
	is(after.data.map((x) => x.id), ["articles"], "deleteCollection");
	const d = await blog.collection("articles").getData();
	is(d.kind, "posts", "collection getData");
	// kinto.js hands the ETag header over as it is, quotes included.
	const ts = await blog.getCollectionsTimestamp();
	ok(/^"\d+"$/.test(String(ts)), "getCollectionsTimestamp: an ETag", show(ts));
});

// --- records ---------------------------------------------------------------

const TITLES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"];
const recs = {};

await step("records", async () => {
	const coll = alice.bucket("blog").collection("articles");
	for (const [i, title] of TITLES.entries()) {
		const r = await coll.createRecord({ title, n: i, tag: i % 2 ? "odd" : "even" });
		recs[title] = r.data;
	}
	const a = recs.alpha;
	ok(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(a.id), "createRecord: a UUID4 made by the client", a.id);
	ok(Number.isInteger(a.last_modified), "createRecord: last_modified", show(a));
	const stamps = TITLES.map((t) => recs[t].last_modified);
	ok(stamps.every((s, i) => i === 0 || s > stamps[i - 1]), "record timestamps increase", show(stamps));

	const own = await coll.createRecord({ id: "my-record", title: "hotel", n: 7, tag: "odd" });
	is(own.data.id, "my-record", "createRecord with an id");
	recs.hotel = own.data;

	const g = await coll.getRecord("my-record");
	is(g.data, own.data, "getRecord");
	const gf = await coll.getRecord("my-record", { fields: ["title"] });
	is(Object.keys(gf.data).sort(), ["id", "last_modified", "title"], "getRecord with fields");

	const u = await coll.updateRecord({ id: "my-record", title: "hotel", n: 7, tag: "odd", extra: true });
	is(u.data.extra, true, "updateRecord (PUT)");
	ok(u.data.last_modified > own.data.last_modified, "updateRecord: newer last_modified", show([own.data.last_modified, u.data.last_modified]));
	const pt = await coll.updateRecord({ id: "my-record", note: "patched" }, { patch: true });
	is([pt.data.title, pt.data.note, pt.data.extra], ["hotel", "patched", true], "updateRecord patch (PATCH merge)");
	recs.hotel = pt.data;

	is(await coll.getTotalRecords(), 8, "getTotalRecords (Total-Objects)");
	const ts = await coll.getRecordsTimestamp();
	is(ts, `"${pt.data.last_modified}"`, "getRecordsTimestamp: the last write");

	const missing = await rejects(coll.getRecord("nope"));
	is(missing.status, 404, "getRecord of a missing record: 404");
	is(missing.data && missing.data.errno, 110, "404 errno 110");
});

// --- lists: filters, sorting, pages -----------------------------------------

await step("listRecords", async () => {
	const coll = alice.bucket("blog").collection("articles");
	const all = await coll.listRecords();
	is(all.data.map((r) => r.title), ["hotel", ...TITLES.slice().reverse()], "listRecords: default sort -last_modified");
	ok(!all.hasNextPage, "listRecords: one page", show(all.hasNextPage));

	const before = requests;
	const odd = await coll.listRecords({ filters: { tag: "odd" }, sort: "-title", limit: 2, pages: Infinity });
	is(odd.data.map((r) => r.title), ["hotel", "foxtrot", "delta", "bravo"], "filters + sort -title + limit 2 + all pages");
	is(requests - before, 2, "two pages of two fetched");

	const p1 = await coll.listRecords({ sort: "title", limit: 3 });
	is(p1.data.map((r) => r.title), ["alpha", "bravo", "charlie"], "page 1 (sort title, limit 3)");
	ok(p1.hasNextPage, "page 1 has a next page");
	const p2 = await p1.next();
	is(p2.data.map((r) => r.title), ["delta", "echo", "foxtrot"], "page 2 via Next-Page");
	const p3 = await p2.next();
	is(p3.data.map((r) => r.title), ["golf", "hotel"], "page 3");
	ok(!p3.hasNextPage, "page 3 is the last");

	const two = await coll.listRecords({ sort: "n", limit: 2, pages: 2 });
	is(two.data.map((r) => r.n), [0, 1, 2, 3], "pages: 2 stops after two pages");
	ok(two.hasNextPage, "and says more remain");

	const cases = [
		[{ min_n: 5 }, "n", ["foxtrot", "golf", "hotel"]],
		[{ lt_n: 2 }, "n", ["alpha", "bravo"]],
		[{ not_tag: "odd" }, "n", ["alpha", "charlie", "echo", "golf"]],
		[{ in_title: "echo,alpha,zulu" }, "title", ["alpha", "echo"]],
		[{ exclude_n: "0,1,2,3,4" }, "-n", ["hotel", "golf", "foxtrot"]],
		[{ like_title: "*l*" }, "title", ["alpha", "charlie", "delta", "golf", "hotel"]],
		[{ like_title: "e*" }, "title", ["echo"]],
		[{ has_extra: "true" }, "title", ["hotel"]],
		[{ tag: "even", max_n: 4 }, "-n", ["echo", "charlie", "alpha"]],
	];
	for (const [filters, sort, want] of cases) {
		const r = await coll.listRecords({ filters, sort });
		is(r.data.map((x) => x.title), want, `filter ${show(filters)} sort ${sort}`);
	}

	const f = await coll.listRecords({ sort: "n", limit: 1, fields: ["n"] });
	is(f.data, [{ id: recs.alpha.id, last_modified: recs.alpha.last_modified, n: 0 }], "fields: [n]");
	const multi = await coll.listRecords({ sort: "tag,-n" });
	is(multi.data.map((r) => r.title), ["golf", "echo", "charlie", "alpha", "hotel", "foxtrot", "delta", "bravo"], "sort on two fields");

	// Not JSON, so the string "abc": every number sorts above a string.
	is((await coll.listRecords({ filters: { min_n: "abc" } })).data.length, 8, "min_n=abc matches every number");
	is((await coll.listRecords({ filters: { lt_n: "abc" } })).data.length, 0, "lt_n=abc matches none");
});

// --- polling with since ------------------------------------------------------

await step("since", async () => {
	const coll = alice.bucket("blog").collection("articles");
	const first = await coll.listRecords();
	const etag = first.last_modified;
	ok(/^\d+$/.test(etag || ""), "list ETag as last_modified", show(etag));

	const none = await coll.listRecords({ since: etag });
	is(none.data, [], "since the ETag: nothing new");
	is(none.last_modified, etag, "since: same ETag");

	const up = await coll.updateRecord({ ...recs.alpha, title: "alpha2" });
	await coll.deleteRecord(recs.bravo.id);
	const added = await coll.createRecord({ title: "india", n: 8, tag: "even" });
	recs.india = added.data;
	const changes = await coll.listRecords({ since: etag });
	is(changes.data.map((r) => r.title ?? (r.deleted ? "deleted:" + r.id : "?")),
		["india", "deleted:" + recs.bravo.id, "alpha2"], "since: changes newest first, with the tombstone");
	const tomb = changes.data.find((r) => r.deleted);
	ok(tomb && Object.keys(tomb).sort().join() === "deleted,id,last_modified", "tombstone is {id, last_modified, deleted}", show(tomb));
	is(changes.last_modified, String(added.data.last_modified), "since: new ETag is the last write");
	ok(BigInt(changes.last_modified) > BigInt(etag), "ETag moved forward");

	const quiet = await coll.listRecords({ since: changes.last_modified });
	is(quiet.data, [], "since the new ETag: nothing");

	const withFilter = await coll.listRecords({ since: etag, filters: { tag: "even" } });
	is(withFilter.data.map((r) => r.title), ["india", "alpha2"], "since + filter: tombstones do not match tag=even");

	const nofilter = await coll.listRecords({ sort: "title" });
	ok(!nofilter.data.some((r) => r.deleted), "no tombstones without since", show(nofilter.data.length));
	is(await coll.getTotalRecords(), 8, "getTotalRecords does not count tombstones");

	recs.alpha = up.data;
	delete recs.bravo;
});

// --- concurrency control: 412 ----------------------------------------------

await step("412", async () => {
	const coll = alice.bucket("blog").collection("articles");
	const cur = (await coll.getRecord(recs.charlie.id)).data;
	const w = await coll.updateRecord({ ...cur, title: "charlie2" }, { safe: true, last_modified: cur.last_modified });
	is(w.data.title, "charlie2", "safe update with the current last_modified");

	const stale = await rejects(coll.updateRecord({ ...cur, title: "charlie3" }, { safe: true, last_modified: cur.last_modified }));
	is(stale.status, 412, "safe update with a stale last_modified: 412");
	is(stale.data && stale.data.errno, 114, "412 errno 114");
	is(stale.data && stale.data.details && stale.data.details.existing && stale.data.details.existing.title, "charlie2",
		"412 details.existing is the server's version");
	is((await coll.getRecord(cur.id)).data.title, "charlie2", "the stale write changed nothing");

	const stalePatch = await rejects(coll.updateRecord({ id: cur.id, x: 1 }, { safe: true, patch: true, last_modified: cur.last_modified }));
	is(stalePatch.status, 412, "safe patch with a stale last_modified: 412");

	const staleDel = await rejects(coll.deleteRecord(cur.id, { safe: true, last_modified: cur.last_modified }));
	is(staleDel.status, 412, "safe delete with a stale last_modified: 412");

	// The record from the object form: its own last_modified.
	const staleObj = await rejects(coll.deleteRecord({ id: cur.id, last_modified: cur.last_modified }, { safe: true }));
	is(staleObj.status, 412, "safe delete of a stale object: 412");

	const dupe = await rejects(coll.createRecord({ id: cur.id, title: "again" }, { safe: true }));
	is(dupe.status, 412, "safe create of an existing id (If-None-Match: *): 412");

	const safeBucket = await rejects(alice.bucket("blog").setData({ title: "x" }, { safe: true, last_modified: 1 }));
	is(safeBucket.status, 412, "safe bucket setData with a stale last_modified: 412");
	const safeColl = await rejects(alice.bucket("blog").collection("articles").setData({ kind: "x" }, { safe: true, last_modified: 1 }));
	is(safeColl.status, 412, "safe collection setData with a stale last_modified: 412");

	const fresh = (await coll.getRecord(cur.id)).data;
	const d = await coll.deleteRecord(cur.id, { safe: true, last_modified: fresh.last_modified });
	is(d.data.deleted, true, "safe delete with the current last_modified");
	delete recs.charlie;
});

// --- permissions and groups --------------------------------------------------

await step("permissions", async () => {
	const blog = alice.bucket("blog");
	const coll = blog.collection("articles");
	const denied = await rejects(bob.bucket("blog").collection("articles").listRecords());
	is(denied.status, 403, "bob may not read alice's collection: 403");
	const anonDenied = await rejects(anon.bucket("blog").collection("articles").listRecords());
	is(anonDenied.status, 401, "anonymous may not read it: 401");

	await coll.setPermissions({ read: ["system.Everyone"] });
	const perms = await coll.getPermissions();
	is(perms.read, ["system.Everyone"], "collection setPermissions / getPermissions");
	const pub = await anon.bucket("blog").collection("articles").listRecords({ sort: "title", limit: 2 });
	is(pub.data.map((r) => r.title), ["alpha2", "delta"], "anonymous reads a public collection");

	const bobId = (await bob.fetchUser()).id;
	const g = await blog.createGroup("editors", [bobId]);
	is(g.data.id, "editors", "createGroup");
	is(g.data.members.length, 1, "group members");
	// addPermissions is a JSON-Patch: without a "value", Kinto (and so
	// cinto) refuses to add to a permission other than read and write.
	await coll.addPermissions({ read: [bobId] });
	is((await coll.getPermissions()).read.sort(), [bobId, "system.Everyone"].sort(), "addPermissions (JSON-Patch)");
	await coll.removePermissions({ read: ["system.Everyone"] });
	is((await coll.getPermissions()).read, [bobId], "removePermissions (JSON-Patch)");
	const anonAgain = await rejects(anon.bucket("blog").collection("articles").listRecords());
	is(anonAgain.status, 401, "no longer public: 401");
	await coll.setPermissions({ read: ["system.Everyone"], "record:create": ["/buckets/blog/groups/editors"] });
	const bobUser = await bob.fetchUser();
	ok(bobUser.principals.includes("/buckets/blog/groups/editors"), "a group member has the group as a principal", show(bobUser.principals));
	const byBob = await rejects(bob.bucket("blog").collection("articles").createRecord({ title: "juliett", n: 9, tag: "odd" }));
	const made = byBob.resolved;
	ok(made && made.data && made.data.id, "a group member may create records (record:create to the group)", `HTTP ${byBob.status} ${show(byBob.data)}`);
	if (made) {
		is(made.permissions && made.permissions.write, [bobId], "the creator may write its record");
		await coll.deleteRecord(made.data.id);
	}
	const bobEdit = await rejects(bob.bucket("blog").collection("articles").updateRecord({ ...recs.delta, title: "nope" }));
	is(bobEdit.status, 403, "but not alice's records: 403");

	const groups = await blog.listGroups();
	is(groups.data.map((x) => x.id), ["editors"], "listGroups");
	// GET /permissions only when the server has it (a setting).
	if ((await alice.fetchServerCapabilities()).permissions_endpoint) {
		const ps = await alice.listPermissions({ filters: { resource_name: "bucket" } });
		ok(ps.data.some((p) => p.uri === "/buckets/blog" && p.permissions.includes("write")), "listPermissions: alice writes /buckets/blog", show(ps.data));
	} else {
		console.log("# skip listPermissions: no permissions_endpoint capability");
	}
});

// --- batch --------------------------------------------------------------------

await step("batch", async () => {
	const res = await alice.batch((b) => {
		b.createBucket("shop");
		const shop = b.bucket("shop");
		shop.createCollection("items");
		shop.collection("items").createRecord({ id: "apple", price: 1 });
		shop.collection("items").createRecord({ id: "pear", price: 2 });
		shop.collection("items").createRecord({ id: "plum", price: 3 });
	});
	is(res.map((r) => r.status), [201, 201, 201, 201, 201], "client.batch: five creations");
	is(res[2].body && res[2].body.data && res[2].body.data.price, 1, "batch sub-response body");
	is(res[2].path, "/v1/buckets/shop/collections/items/records/apple", "batch sub-response path");
	const items = alice.bucket("shop").collection("items");
	is((await items.listRecords({ sort: "price" })).data.map((r) => r.id), ["apple", "pear", "plum"], "batch writes are stored");

	const apple = (await items.getRecord("apple")).data;
	const pear = (await items.getRecord("pear")).data;
	const res2 = await items.batch((b) => {
		b.updateRecord({ ...apple, price: 10 });
		b.deleteRecord({ id: "pear", last_modified: pear.last_modified });
		b.createRecord({ id: "apple", price: 99 }); // safe: If-None-Match: *
		b.updateRecord({ id: "plum", price: 30 }, { last_modified: 1 });
	}, { safe: true });
	is(res2.map((r) => r.status), [200, 200, 412, 412], "collection.batch, safe: two writes, two conflicts");
	is(res2[2].body && res2[2].body.details && res2[2].body.details.existing && res2[2].body.details.existing.price, 10,
		"batch 412 carries details.existing");

	const agg = await alice.bucket("shop").collection("items").batch((b) => {
		b.createRecord({ id: "apple", price: 5 });
		b.createRecord({ id: "kiwi", price: 4 });
	}, { safe: true, aggregate: true });
	is([agg.published.length, agg.conflicts.length, agg.errors.length, agg.skipped.length], [1, 1, 0, 0],
		"aggregate batch: one published, one conflict");
	is(agg.conflicts[0] && agg.conflicts[0].remote && agg.conflicts[0].remote.price, 10, "aggregate conflict: the remote version");

	const gone = await rejects(items.getRecord("pear"));
	is(gone.status, 404, "batch delete happened");

	const bucketBatch = await alice.bucket("shop").batch((b) => {
		b.createCollection("more");
		b.createGroup("staff", [aliceId]);
		b.collection("more").createRecord({ id: "x", i: -1 });
	});
	is(bucketBatch.map((r) => r.status), [201, 201, 201], "bucket.batch");

	const many = await alice.bucket("shop").collection("more").batch((b) => {
		for (let i = 0; i < 30; i++) b.createRecord({ id: `r${i}`, i });
	});
	is(many.length, 30, "a batch over batch_max_requests is split by the client");
	is(many.filter((r) => r.status === 201).length, 30, "every chunk written");
	is(await alice.bucket("shop").collection("more").getTotalRecords(), 31, "31 records");

	// The server pages lists by 10 (paginate_by): a plural DELETE too.
	const more = alice.bucket("shop").collection("more");
	const del1 = await more.deleteRecords({ filters: { min_i: 10 } });
	is(del1.data.map((r) => r.id), ["r29", "r28", "r27", "r26", "r25", "r24", "r23", "r22", "r21", "r20"],
		"deleteRecords with a filter (plural DELETE): the first page of 10");
	ok(del1.data.every((r) => r.deleted === true && Object.keys(r).length === 3), "plural DELETE returns tombstones", show(del1.data[0]));
	ok(del1.hasNextPage, "plural DELETE: a Next-Page when more match");
	is(await more.getTotalRecords(), 21, "21 records left");
	const del2 = await more.deleteRecords({ filters: { min_i: 10 } });
	is(del2.data.length, 10, "deleteRecords again: the next 10");
	ok(!del2.hasNextPage, "and no Next-Page");
	is(await more.getTotalRecords(), 11, "11 records left");
	const rest = await more.listRecords({ sort: "i", pages: Infinity });
	is(rest.data.map((r) => r.i), [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9], "the records left (two pages)");
	const tombs = await more.listRecords({ since: "0", pages: Infinity });
	is(tombs.data.filter((r) => r.deleted).length, 20, "since=0 over pages: 20 tombstones");
	is(tombs.data.length, 31, "since=0 over pages: every record and tombstone once");

	// Deleting a collection takes its records; a new one starts empty.
	await alice.bucket("shop").deleteCollection("more");
	const gone2 = await rejects(more.listRecords());
	is(gone2.status, 404, "records of a deleted collection: 404");
	await alice.bucket("shop").createCollection("more");
	is((await more.listRecords()).data, [], "a re-created collection is empty");
	const noTombs = await more.listRecords({ since: "0" });
	is(noTombs.data, [], "and has no tombstones of the old one");
});

// --- offline collections synced with the server -----------------------------

function device(name) {
	return new Kinto({
		remote: REMOTE,
		bucket: "sync",
		headers: { Authorization: basic("alice") },
		adapterOptions: { dbName: `kintojs-${name}` },
	});
}

await step("sync", async () => {
	await alice.createBucket("sync");
	await alice.bucket("sync").createCollection("notes");
	const server = alice.bucket("sync").collection("notes");
	const a = device("a").collection("notes");
	const b = device("b").collection("notes");
	// The Kinto objects build their own KintoClient: log its traffic too.
	for (const c of [a, b]) c.api.http.fetchFunc = tracingFetch;

	const n1 = (await a.create({ title: "buy milk", done: false })).data;
	const n2 = (await a.create({ title: "call mom", done: false })).data;
	let r = await a.sync();
	ok(r.ok, "device a: first sync ok", show(r.errors));
	is(r.published.map((x) => x.title).sort(), ["buy milk", "call mom"], "device a: pushed two notes");
	is((await server.listRecords({ sort: "title" })).data.map((x) => x.title), ["buy milk", "call mom"], "the server has them");
	const local = (await a.get(n1.id)).data;
	is(local._status, "synced", "local note marked synced");
	ok(Number.isInteger(local.last_modified), "local note got the server's last_modified", show(local));

	r = await b.sync();
	ok(r.ok, "device b: first sync ok", show(r.errors));
	is(r.created.map((x) => x.title).sort(), ["buy milk", "call mom"], "device b: pulled two notes");

	await b.update({ ...(await b.get(n1.id)).data, done: true });
	await b.delete(n2.id);
	const n3 = (await b.create({ title: "water plants", done: false })).data;
	r = await b.sync();
	ok(r.ok, "device b: push changes", show(r.errors));
	is(r.published.length, 3, "device b: published an update, a deletion, a creation");

	await server.createRecord({ id: "from-server", title: "from the web", done: false });
	r = await a.sync();
	ok(r.ok, "device a: pull changes", show(r.errors));
	is(r.updated.map((x) => x.new.title), ["buy milk"], "device a: one updated");
	is(r.deleted.map((x) => x.id), [n2.id], "device a: one deleted");
	is(r.created.map((x) => x.title).sort(), ["from the web", "water plants"], "device a: two created");
	const listA = await a.list({ order: "title" });
	is(listA.data.map((x) => `${x.title}:${x.done}`), ["buy milk:true", "from the web:false", "water plants:false"],
		"device a: the same notes as the server");

	r = await a.sync();
	ok(r.ok && r.created.length + r.updated.length + r.deleted.length + r.published.length === 0,
		"a sync with nothing new does nothing", show(r));

	// A conflict: both devices change the same note.
	await b.sync();
	await a.update({ ...(await a.get(n3.id)).data, title: "water the plants" });
	await b.update({ ...(await b.get(n3.id)).data, title: "water plants today" });
	r = await a.sync();
	ok(r.ok, "device a: first writer wins", show(r.errors));
	r = await b.sync();
	is(r.conflicts.length, 1, "device b: a conflict (MANUAL)");
	is(r.conflicts[0] && r.conflicts[0].remote && r.conflicts[0].remote.title, "water the plants", "conflict: the remote version");
	if (r.conflicts.length) {
		await b.resolve(r.conflicts[0], { ...r.conflicts[0].local, title: "water the plants today" });
		r = await b.sync();
		ok(r.ok, "device b: resolved and pushed", show(r.errors));
	}
	r = await b.sync({ strategy: Kinto.syncStrategy.SERVER_WINS });
	ok(r.ok, "SERVER_WINS sync", show(r.errors));
	is((await server.getRecord(n3.id)).data.title, "water the plants today", "the resolution reached the server");
	r = await a.sync();
	is((await a.get(n3.id)).data.title, "water the plants today", "and device a");

	// CLIENT_WINS over a server-side change.
	const cur = (await server.getRecord("from-server")).data;
	await server.updateRecord({ ...cur, title: "changed on the web" });
	await a.update({ ...(await a.get("from-server")).data, title: "changed offline" });
	r = await a.sync({ strategy: Kinto.syncStrategy.CLIENT_WINS });
	ok(r.ok, "CLIENT_WINS sync", show(r.errors));
	is((await server.getRecord("from-server")).data.title, "changed offline", "CLIENT_WINS: the local version is on the server");

	// More notes than a page (paginate_by = 10): a new device follows
	// Next-Page through the whole collection.
	for (let i = 0; i < 25; i++) await a.create({ title: `note ${String(i).padStart(2, "0")}`, done: i % 3 === 0 });
	r = await a.sync();
	ok(r.ok, "device a: pushed 25 more notes", show(r.errors));
	is(r.published.length, 25, "25 published");
	const c = device("c").collection("notes");
	c.api.http.fetchFunc = tracingFetch;
	const mark = exchanges.length;
	r = await c.sync();
	ok(r.ok, "device c: first sync over pages", show(r.errors));
	is(r.created.length, 28, "device c: pulled 28 notes");
	const pages = exchanges.slice(mark).filter((x) => x.startsWith("GET /buckets/sync/collections/notes/records?")).length;
	is(pages, 3, "device c: three pages of 10, 10 and 8 (Next-Page followed)");
	const total = await server.getTotalRecords();
	is(total, 28, "the server has 28 notes");
	const la = (await a.list({ order: "id" })).data.map((x) => `${x.id}:${x.title}:${x.last_modified}`);
	const lc = (await c.list({ order: "id" })).data.map((x) => `${x.id}:${x.title}:${x.last_modified}`);
	is(lc, la, "device c has exactly device a's notes");

	// A later change on the server: the next sync pulls just that.
	await server.updateRecord({ ...(await server.getRecord("from-server")).data, title: "last word" });
	r = await c.sync();
	is(r.updated.map((x) => x.new.title), ["last word"], "device c: the next sync pulls only the change");
});

// --- the end -------------------------------------------------------------------

finish();
