// Accounts and sharing with kinto.js: two users create their accounts,
// authenticate with them, share a collection through a group, sync
// offline copies of it (one fake-indexeddb database each), resolve a
// conflict, and lose their access when the group drops them.
//
//   node tests/e2e/kintojs/accounts.mjs http://127.0.0.1:PORT/v1 \
//       ALICE_PASSWORD BOB_PASSWORD WRONG_PASSWORD
//
// The server runs the accounts plugin as the only policy, anyone may
// create an account, bcrypt cost 4 (tests/e2e/accounts.sh).

import {
	REMOTE, Kinto, KintoClient, basicAuth, finish, is, ok, rejects, show,
	step, tracingFetch,
} from "./lib.mjs";

const [, , , ALICE_PW, BOB_PW, WRONG_PW] = process.argv;
if (!ALICE_PW || !BOB_PW || !WRONG_PW) {
	console.error("usage: accounts.mjs URL ALICE_PASSWORD BOB_PASSWORD WRONG_PASSWORD");
	process.exit(2);
}

const client = (auth) => Object.assign(new KintoClient(REMOTE, {
	headers: auth ? { Authorization: auth } : {},
	fetchFunc: tracingFetch,
}), { auth });
const anon = client(null);
const alice = client(basicAuth("alice", ALICE_PW));
const bob = client(basicAuth("bob", BOB_PW));
// KintoClient has no accounts API: its execute() on /accounts, which
// does not add the client's own headers.
const account = (c, request, options) =>
	c.execute({ ...request, headers: c.auth ? { Authorization: c.auth } : {} }, options);

const BID = "shared";
const FRIENDS = `/buckets/${BID}/groups/friends`;
// A bcrypt hash of cost 4, as libcrypt writes it.
const BCRYPT4 = /^\$2b\$04\$[./A-Za-z0-9]{53}$/;

// --- accounts ----------------------------------------------------------------

await step("accounts", async () => {
	// The root view lists the capability "accounts" (auth.md), which the
	// client reads to offer accounts.
	const caps = await anon.fetchServerCapabilities();
	ok(caps.accounts && caps.accounts.validation_enabled === false,
		"the accounts capability, validation off", show(caps));

	// alice through KintoClient, bob with a plain fetch.
	const a = await account(anon, {
		method: "PUT", path: "/accounts/alice", body: { data: { password: ALICE_PW } },
	}, { raw: true });
	is(a.status, 201, "alice creates her account (PUT, anonymous)");
	is(a.json.data.id, "alice", "account id");
	ok(BCRYPT4.test(a.json.data.password), "the answer shows a $2b$04$ hash, not the password", show(a.json.data.password));
	is(a.json.permissions, { write: ["account:alice"] }, "the account is its own writer");

	const b = await tracingFetch(`${REMOTE}/accounts/bob`, {
		method: "PUT",
		headers: { "Content-Type": "application/json" },
		body: JSON.stringify({ data: { password: BOB_PW } }),
	});
	is(b.status, 201, "bob creates his account (plain fetch)");
});

await step("authentication", async () => {
	const info = await alice.fetchServerInfo();
	is(info.user && info.user.id, "account:alice", "root view: user account:alice");
	ok(info.user && info.user.principals.includes("system.Authenticated"), "alice is authenticated", show(info.user));
	is((await bob.fetchUser()).id, "account:bob", "fetchUser: account:bob");
	is(await anon.fetchUser(), undefined, "anonymous: no user");

	const mine = await account(alice, { path: "/accounts/alice" });
	ok(BCRYPT4.test(mine.data.password), "GET /accounts/alice: password is a $2b$04$ hash", show(mine.data.password));
	const list = await account(alice, { path: "/accounts" });
	is(list.data.map((x) => x.id), ["alice"], "GET /accounts: alice sees only her account");
	const other = await rejects(account(bob, { path: "/accounts/alice" }));
	is(other.status, 403, "bob may not read alice's account: 403");
});

// --- a collection shared through a group -------------------------------------

await step("sharing", async () => {
	await alice.createBucket(BID);
	const bucket = alice.bucket(BID);
	const g = await bucket.createGroup("friends", ["account:bob"]);
	is(g.data.members, ["account:bob"], "group friends: [account:bob]");
	const c = await bucket.createCollection("notes", { permissions: { write: [FRIENDS] } });
	is(c.permissions.write.sort(), [FRIENDS, "account:alice"].sort(), "collection notes: write to the group (and alice)");

	const me = await bob.fetchUser();
	ok(me.principals.includes(FRIENDS), "bob has the group as a principal", show(me.principals));

	// What write on the collection gives bob, and what it does not.
	const notes = bob.bucket(BID).collection("notes");
	ok((await notes.getData()).id === "notes", "bob reads the collection");
	is((await notes.listRecords()).data, [], "bob lists its records");
	const made = await notes.createRecord({ id: "by-bob", title: "scratch" });
	is(made.data.id, "by-bob", "bob creates a record");
	const mod = await alice.bucket(BID).collection("notes").updateRecord({ id: "by-bob", title: "edited by alice" });
	is(mod.data.title, "edited by alice", "alice (bucket writer) edits bob's record");
	const del = await notes.deleteRecord("by-bob");
	is(del.data.deleted, true, "bob deletes it (write covers records of others)");
	const b = await rejects(bob.bucket(BID).getData());
	is(b.status, 403, "bob may not read the bucket: 403");
	const bw = await rejects(bob.bucket(BID).setData({ title: "mine" }));
	is(bw.status, 403, "bob may not write the bucket: 403");
	const gw = await rejects(bob.bucket(BID).updateGroup({ id: "friends", members: ["account:bob", "account:eve"] }));
	is(gw.status, 403, "bob may not change the group: 403");
	const cc = await rejects(bob.bucket(BID).createCollection("bobs"));
	is(cc.status, 403, "bob may not create collections in the bucket: 403");
});

// --- offline collections synced by both ---------------------------------------

function device(user, password, db = user) {
	const coll = new Kinto({
		remote: REMOTE,
		bucket: BID,
		headers: { Authorization: basicAuth(user, password) },
		adapterOptions: { dbName: `accounts-${db}` },
	}).collection("notes");
	coll.api.http.fetchFunc = tracingFetch;
	return coll;
}
const a = device("alice", ALICE_PW);
const b = device("bob", BOB_PW);
const server = alice.bucket(BID).collection("notes");
const view = async (coll) => (await coll.list({ order: "id" })).data
	.map((x) => `${x.id}:${x.title}:${x.done}:${x.last_modified}:${x._status}`);
let shared, alice2;

await step("sync", async () => {
	shared = (await a.create({ title: "from alice 1", done: false })).data;
	alice2 = (await a.create({ title: "from alice 2", done: false })).data;
	await b.create({ title: "from bob 1", done: false });
	await b.create({ title: "from bob 2", done: false });

	let r = await a.sync();
	ok(r.ok, "alice: sync ok", show(r.errors));
	is(r.published.length, 2, "alice: published her two");
	r = await b.sync();
	ok(r.ok, "bob: sync ok", show(r.errors));
	is(r.created.map((x) => x.title).sort(), ["from alice 1", "from alice 2"], "bob: pulled alice's two");
	is(r.published.length, 2, "bob: published his two");
	r = await a.sync();
	ok(r.ok, "alice: second sync ok", show(r.errors));
	is(r.created.map((x) => x.title).sort(), ["from bob 1", "from bob 2"], "alice: pulled bob's two");

	const va = await view(a), vb = await view(b);
	is(va.length, 4, "alice has four notes");
	is(vb, va, "bob has exactly alice's notes (ids, titles, timestamps), all synced");
	ok(va.every((x) => x.endsWith(":synced")), "every note synced", show(va));
	const rs = (await server.listRecords({ sort: "id" })).data;
	is(rs.map((x) => `${x.id}:${x.title}:${x.done}:${x.last_modified}:synced`), va, "the server has the same four");
});

await step("conflict", async () => {
	const ra = (await a.get(shared.id)).data;
	const rb = (await b.get(shared.id)).data;
	await a.update({ ...ra, title: "alice's title" });
	await b.update({ ...rb, title: "bob's title", done: true });

	let r = await a.sync();
	ok(r.ok, "alice syncs first: ok", show(r.errors));
	is(r.published.map((x) => x.title), ["alice's title"], "alice published her change");

	r = await b.sync();
	ok(!r.ok, "bob's sync reports a problem", show(r));
	is(r.conflicts.length, 1, "bob: one conflict");
	const cf = r.conflicts[0];
	if (!cf) return;
	is([cf.type, cf.local.id], ["incoming", shared.id], "an incoming conflict on the shared note");
	is([cf.local.title, cf.remote.title], ["bob's title", "alice's title"], "local and remote versions");
	// Merged: alice's title, bob's done.
	await b.resolve(cf, { ...cf.local, title: cf.remote.title, done: true });
	r = await b.sync();
	ok(r.ok, "bob: resolved and synced", show(r.errors));
	is(r.published.map((x) => `${x.title}:${x.done}`), ["alice's title:true"], "bob published the merge");
	r = await a.sync();
	ok(r.ok, "alice: sync after the resolution", show(r.errors));
	is(r.updated.map((x) => `${x.new.title}:${x.new.done}`), ["alice's title:true"], "alice pulled the merge");

	const fa = (await a.get(shared.id)).data, fb = (await b.get(shared.id)).data;
	const fs = (await server.getRecord(shared.id)).data;
	is([fa.title, fa.done, fa._status], ["alice's title", true, "synced"], "alice ends with the merge");
	is([fb.title, fb.done, fb.last_modified], [fa.title, fa.done, fa.last_modified], "bob ends with the same version");
	is([fs.title, fs.done, fs.last_modified], [fa.title, fa.done, fa.last_modified], "and so does the server");
	is(await view(b), await view(a), "alice and bob hold the same notes");
});

// --- bob leaves the group ------------------------------------------------------

await step("removal", async () => {
	const g = await alice.bucket(BID).updateGroup({ id: "friends", members: [] });
	is(g.data.members, [], "alice empties the group");
	const me = await bob.fetchUser();
	ok(!me.principals.includes(FRIENDS), "bob no longer has the group principal", show(me.principals));

	const late = (await b.create({ title: "too late", done: false })).data;
	const s = await rejects(b.sync());
	is(s.status, 403, "bob's next sync fails with 403");
	is(s.data && s.data.errno, 121, "errno 121");
	is((await b.get(late.id)).data._status, "created", "his new note stays unsynced");
	const notes = bob.bucket(BID).collection("notes");
	const c = await rejects(notes.getData());
	is(c.status, 403, "bob may no longer read the collection: 403");
	const w = await rejects(notes.updateRecord({ id: alice2.id, title: "mine now" }));
	is(w.status, 403, "nor write alice's records: 403");
	const n = await rejects(notes.createRecord({ title: "another try" }));
	is(n.status, 403, "nor create records: 403");
	// Every record bob wrote holds account:bob in its own write ACL (the
	// author is always added): those stay his, as in Kinto.
	const l = await notes.listRecords({ sort: "title" });
	is(l.data.map((x) => x.title), ["alice's title", "from bob 1", "from bob 2"],
		"bob's list shows only the records he wrote (their own ACL names him)");
	const own = await notes.getRecord(shared.id);
	is(own.permissions.write.sort(), ["account:alice", "account:bob"], "the shared note: both its writers");

	await a.create({ title: "alice goes on", done: false });
	const r = await a.sync();
	ok(r.ok, "alice still syncs", show(r.errors));
	const titles = (await server.listRecords({ sort: "title" })).data.map((x) => x.title);
	is(titles, ["alice goes on", "alice's title", "from alice 2", "from bob 1", "from bob 2"],
		"alice still lists the whole collection; bob's late note never reached it");
});

// --- wrong credentials ----------------------------------------------------------

await step("wrong password", async () => {
	const wrong = client(basicAuth("alice", WRONG_PW));
	is(await wrong.fetchUser(), undefined, "alice with a wrong password is anonymous");
	const r = await rejects(wrong.bucket(BID).getData());
	is(r.status, 401, "a protected endpoint with a wrong password: 401");
	is(r.data && r.data.errno, 104, "errno 104");
	is(r.headers && r.headers.get("WWW-Authenticate"), 'Basic realm="Realm"', "WWW-Authenticate");
	const acc = await rejects(account(wrong, { path: "/accounts/alice" }));
	is(acc.status, 401, "GET /accounts/alice with a wrong password: 401");
	const swapped = await rejects(client(basicAuth("bob", ALICE_PW)).bucket(BID).collection("notes").listRecords());
	is(swapped.status, 401, "bob with alice's password: 401");
	const nobody = await rejects(client(basicAuth("nobody", ALICE_PW)).bucket(BID).getData());
	is(nobody.status, 401, "an unknown account: 401");
	const s = await rejects(device("alice", WRONG_PW, "alice-wrong").sync());
	is(s.status, 401, "an offline sync with a wrong password: 401");
	const good = await alice.bucket(BID).getData();
	is(good.id, BID, "and the right password still works");
});

finish();
