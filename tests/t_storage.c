/*
 * t_storage.c — the storage conformance suite: one suite, run against
 * every backend (STYLE.md, "Tests"; Kinto's storage/testing.py).  It
 * checks the contract of storage/storage.h: objects and tombstones, the
 * timestamp rules of protocol/sync.md, filters, sorting and pagination
 * (protocol/requests.md), bulk deletes, purges, cascades, transactions,
 * the change log, exact JSON round trips and bucket ids that name files.
 *
 *	t_storage		memory, then sqlite
 *	t_storage NAME		that backend only
 *
 * Each backend gets a fresh directory under /tmp (data_dir is its "data"
 * subdirectory), removed at the end.  Every section works in buckets of
 * its own, so sections do not depend on one another's data.  Helpers
 * (tests/storage_suite.h) return printed JSON or comma-separated ids, so
 * that a failure shows what was got and what was wanted.
 */
#include "tests/storage_suite.h"

/* ==== Backend independent: the registry and ids ==== */

static void
test_registry(void)
{
	struct storage_settings	 s = { .backend = "nope", .data_dir = "/x" };
	struct storage		*h = (struct storage *)&s;
	char			 err[128] = "";
	char			 id[ST_ID_MAX + 2];
	static const char *const good[] = {
		"a", "Z", "0", "a_b-c", "A-1_", "0-_", "abc123XYZ", "a--__b",
	};
	static const char *const bad[] = {
		"", "_a", "-a", "a.b", "../x", "..", ".", "a/b", "a b", "é",
		"a\n", "a:b", "a%2F", "a\\b", "*", "a*",
	};
	size_t			 i;

	OK(storage_find("memory") == &storage_memory_ops);
	OK(storage_find("sqlite") == &storage_sqlite_ops);
	OK(storage_find("nope") == NULL);
	OK(storage_find("") == NULL);
	RC(storage_open(&s, &h, err, sizeof(err)), ST_EINVAL);
	OK(h == NULL);
	OK(strstr(err, "nope") != NULL);

	for (i = 0; i < N(good); i++)
		ck(storage_valid_id(good[i]), __LINE__,
		    "storage_valid_id(\"%s\") should be true", good[i]);
	for (i = 0; i < N(bad); i++)
		ck(!storage_valid_id(bad[i]), __LINE__,
		    "storage_valid_id(\"%s\") should be false", bad[i]);
	memset(id, 'a', ST_ID_MAX);
	id[ST_ID_MAX] = '\0';
	OK(storage_valid_id(id));		/* 128 bytes */
	id[ST_ID_MAX] = 'a';
	id[ST_ID_MAX + 1] = '\0';
	OK(!storage_valid_id(id));		/* 129 bytes */
}

/* ==== Objects ==== */

static void
test_objects(void)
{
	const char	*P = "/buckets/obj", *c4;
	cJSON		*out;
	bool		 created;
	int64_t		 t0, t1, t2, t3, t4, t, te;
	struct st_query	 q;
	enum st_rc	 rc;

	/* A bucket: ("bucket", "", id). */
	t0 = MKB("obj");
	OK(t0 > 0);
	EQS(getp("bucket", "", "obj", false), obj("obj", t0, ""));

	/*
	 * The stored object: id and last_modified first, then the data,
	 * without the data's id, last_modified and deleted.
	 */
	out = NULL;
	RC(storage_create(st, REF("collection", P, "c"),
	    J("{\"id\":\"zz\",\"last_modified\":5,\"title\":\"x\","
	    "\"deleted\":true,\"n\":1}"), ST_TS_NONE, &out), ST_OK);
	t1 = ts_of(keep(out));
	OK(t1 >= t0);
	EQS(S(out), obj("c", t1, "\"title\":\"x\",\"n\":1"));
	EQS(getp("collection", P, "c", false),
	    obj("c", t1, "\"title\":\"x\",\"n\":1"));
	/* deleted = true also returns a live object. */
	EQS(getp("collection", P, "c", true),
	    obj("c", t1, "\"title\":\"x\",\"n\":1"));

	/* Create on a live id: ST_EXISTS, nothing changes. */
	out = NULL;
	RC(storage_create(st, REF("collection", P, "c"),
	    J("{\"title\":\"y\"}"), ST_TS_NONE, &out), ST_EXISTS);
	keep(out);
	EQS(getp("collection", P, "c", false),
	    obj("c", t1, "\"title\":\"x\",\"n\":1"));
	EQI(LTS("collection", P), t1);

	/* Replace an existing object: *created false, data replaced. */
	created = true;
	out = NULL;
	RC(storage_replace(st, REF("collection", P, "c"),
	    J("{\"other\":[1]}"), ST_TS_NONE, &out, &created), ST_OK);
	t2 = ts_of(keep(out));
	OK(!created);
	OK(t2 > t1);
	EQS(S(out), obj("c", t2, "\"other\":[1]"));
	EQS(getp("collection", P, "c", false), obj("c", t2, "\"other\":[1]"));

	/* Replace a missing one: *created true; out and created may be NULL. */
	created = false;
	RC(storage_replace(st, REF("collection", P, "d"), J("{\"a\":1}"),
	    ST_TS_NONE, NULL, &created), ST_OK);
	OK(created);
	RC(storage_replace(st, REF("collection", P, "d"), J("{\"a\":2}"),
	    ST_TS_NONE, NULL, NULL), ST_OK);
	RC(storage_create(st, REF("collection", P, "e"), J("{}"), ST_TS_NONE,
	    NULL), ST_OK);
	te = ts_of(getj("collection", P, "e", false, &rc));
	EQS(getp("collection", P, "e", false), obj("e", te, ""));
	OK(strstr(getp("collection", P, "d", false), "\"a\":2}") != NULL);

	/* Delete: a tombstone with a new timestamp. */
	out = NULL;
	RC(storage_delete(st, REF("collection", P, "c"), ST_TS_NONE, &out),
	    ST_OK);
	t3 = ts_of(keep(out));
	OK(t3 > te);
	EQI(LTS("collection", P), t3);
	EQS(S(out), tomb("c", t3));
	EQS(getp("collection", P, "c", false), NF);
	EQS(getp("collection", P, "c", true), tomb("c", t3));
	RC(storage_delete(st, REF("collection", P, "c"), ST_TS_NONE, NULL),
	    ST_NOTFOUND);
	RC(storage_delete(st, REF("collection", P, "nope"), ST_TS_NONE, NULL),
	    ST_NOTFOUND);
	EQS(getp("collection", P, "nope", true), NF);
	EQS(getp("collection", P, "nope", false), NF);
	EQI(LTS("collection", P), t3);

	/* Create over a tombstone. */
	out = NULL;
	RC(storage_create(st, REF("collection", P, "c"),
	    J("{\"again\":true}"), ST_TS_NONE, &out), ST_OK);
	t4 = ts_of(keep(out));
	OK(t4 > t3);
	EQS(S(out), obj("c", t4, "\"again\":true"));
	EQS(getp("collection", P, "c", true), obj("c", t4, "\"again\":true"));

	/* Replace over a tombstone reports created. */
	RC(storage_delete(st, REF("collection", P, "d"), ST_TS_NONE, NULL),
	    ST_OK);
	created = false;
	out = NULL;
	RC(storage_replace(st, REF("collection", P, "d"),
	    J("{\"deleted\":false,\"id\":1,\"last_modified\":\"x\","
	    "\"k\":\"v\"}"), ST_TS_NONE, &out, &created), ST_OK);
	keep(out);
	OK(created);
	EQS(S(out), obj("d", ts_of(out), "\"k\":\"v\""));

	/* Member order is kept, nested too. */
	t = MK("group", P, "g", "{\"z\":1,\"a\":2,\"m\":{\"y\":1,\"b\":2}}");
	EQS(getp("group", P, "g", false),
	    obj("g", t, "\"z\":1,\"a\":2,\"m\":{\"y\":1,\"b\":2}"));

	/* A list is (resource, parent): ids are per list. */
	t = MK("group", P, "c", "{\"kind\":\"group\"}");
	EQS(getp("group", P, "c", false), obj("c", t, "\"kind\":\"group\""));
	EQS(getp("collection", P, "c", false), obj("c", t4, "\"again\":true"));
	t1 = MKR("/buckets/obj/collections/c", "r", "{\"in\":\"c\"}");
	t2 = MKR("/buckets/obj/collections/d", "r", "{\"in\":\"d\"}");
	EQS(getp("record", "/buckets/obj/collections/c", "r", false),
	    obj("r", t1, "\"in\":\"c\""));
	EQS(getp("record", "/buckets/obj/collections/d", "r", false),
	    obj("r", t2, "\"in\":\"d\""));
	EQS(getp("record", "/buckets/obj/collections/e", "r", false), NF);

	/* Lists: live objects; objects as get returns them. */
	q = Q("collection", P);
	EQS(qids(&q), "c,d,e");
	q.with_deleted = true;
	EQS(qids(&q), "c,d,e");
	q = Q("group", P);
	EQS(qids(&q), "c,g");
	c4 = getp("collection", P, "c", false);
	{
		struct st_filter f = { "id", ST_EQ, J("\"c\"") };
		cJSON *arr = NULL;

		q = Q("collection", P);
		q.filters = &f;
		q.nfilters = 1;
		RC(storage_list(st, &q, &arr), ST_OK);
		keep(arr);
		EQS(S(arr), fmt("[%s]", c4));
	}
}

/* Objects under /buckets/<bid> need a live bucket <bid>. */
static void
test_bucket_required(void)
{
	const char	*P = "/buckets/nob", *R = "/buckets/nob/collections/c";
	struct st_change c = chg("create", "/buckets/nob/collections/c",
			    NULL, 1, "{}");
	struct st_query	 q;
	cJSON		*arr;
	int64_t		 n;
	enum st_rc	 rc;
	int64_t		 t;

	mk(__LINE__, "collection", P, "c", "{}", ST_TS_NONE, ST_NOTFOUND);
	mk(__LINE__, "group", P, "g", "{}", ST_TS_NONE, ST_NOTFOUND);
	mk(__LINE__, "record", R, "r", "{}", ST_TS_NONE, ST_NOTFOUND);
	RC(storage_replace(st, REF("collection", P, "c"), J("{}"), ST_TS_NONE,
	    NULL, NULL), ST_NOTFOUND);
	RC(storage_delete(st, REF("collection", P, "c"), ST_TS_NONE, NULL),
	    ST_NOTFOUND);
	RC(storage_log_append(st, "nob", &c), ST_NOTFOUND);
	EQS(getp("collection", P, "c", true), NF);

	/* Reads of a missing bucket's lists: not found, or nothing. */
	q = Q("collection", P);
	arr = NULL;
	rc = storage_list(st, &q, &arr);
	keep(arr);
	ck(rc == ST_NOTFOUND || (rc == ST_OK && cJSON_GetArraySize(arr) == 0),
	    __LINE__, "list of a missing bucket: %s %s", rcn(rc),
	    rc == ST_OK ? S(arr) : "");
	n = -1;
	rc = storage_count(st, &q, &n);
	ck(rc == ST_NOTFOUND || (rc == ST_OK && n == 0), __LINE__,
	    "count of a missing bucket: %s %" PRId64, rcn(rc), n);

	/* Once created, it works; a tombstoned bucket is missing again. */
	MKB("nob");
	t = MKC("nob", "c");
	MK("group", P, "g", "{}");
	MKR(R, "r", "{}");
	RC(storage_log_append(st, "nob", &c), ST_OK);
	EQS(getp("collection", P, "c", false), obj("c", t, ""));
	RC(storage_delete(st, REF("bucket", "", "nob"), ST_TS_NONE, NULL),
	    ST_OK);
	mk(__LINE__, "collection", P, "c3", "{}", ST_TS_NONE, ST_NOTFOUND);
	mk(__LINE__, "record", R, "r2", "{}", ST_TS_NONE, ST_NOTFOUND);
	RC(storage_replace(st, REF("collection", P, "c"), J("{}"), ST_TS_NONE,
	    NULL, NULL), ST_NOTFOUND);
	RC(storage_delete(st, REF("group", P, "g"), ST_TS_NONE, NULL),
	    ST_NOTFOUND);
	RC(storage_log_append(st, "nob", &c), ST_NOTFOUND);
	EQS(getp("collection", P, "c", false), NF);
	EQS(getp("record", R, "r", false), NF);

	/* A bucket whose id starts like a live one's is still missing. */
	MKB("nob2x");
	mk(__LINE__, "collection", "/buckets/nob2", "c", "{}", ST_TS_NONE,
	    ST_NOTFOUND);
	RC(storage_log_append(st, "nob2", &c), ST_NOTFOUND);
	MKC("nob2x", "c");

	/* Parents outside /buckets need no bucket (accounts). */
	t = MK("account", "alice", "alice", "{\"password\":\"x\"}");
	EQS(getp("account", "alice", "alice", false),
	    obj("alice", t, "\"password\":\"x\""));
}

/* ==== Timestamps (sync.md) ==== */

static void
test_timestamps(void)
{
	const char	*P = "/buckets/ts/collections/c";
	const char	*NEVER = "/buckets/ts/collections/never";
	int64_t		 prev = 0, ts, t0, t1, a, b, tb, tc, tcol, tbk, n;
	int		 i, bad = -1;
	int64_t		 badts = 0, badprev = 0;
	struct st_query	 q;
	cJSON		*out;

	MKB("ts");
	MKC("ts", "c");

	/* 1000 writes in a tight loop: strictly increasing. */
	t0 = now_ms();
	for (i = 0; i < 1000; i++) {
		ts = MKR(P, fmt("r%04d", i), "{}");
		if (ts <= prev && bad < 0) {
			bad = i;
			badts = ts;
			badprev = prev;
		}
		prev = ts;
		if (i % 100 == 99)
			gc();
	}
	ck(bad < 0, __LINE__, "1000 creates: write %d got %" PRId64
	    ", not above %" PRId64, bad, badts, badprev);
	OK(prev >= t0);
	EQI(LTS("record", P), prev);
	q = QR(P);
	RC(storage_count(st, &q, &n), ST_OK);
	EQI(n, 1000);

	/* Deletes get new timestamps too. */
	out = NULL;
	RC(storage_delete(st, REF("record", P, "r0000"), ST_TS_NONE, &out),
	    ST_OK);
	ts = ts_of(keep(out));
	OK(ts > prev);
	EQI(LTS("record", P), ts);
	out = NULL;
	q = QR(P);
	q.sorts = BY_LM_ASC;
	q.nsorts = N(BY_LM_ASC);
	RC(storage_delete_many(st, &q, &out), ST_OK);
	keep(out);
	EQI(cJSON_GetArraySize(out), 999);
	OK(increasing(out, ts));
	prev = last_ts(out);

	/* The list timestamp survives the deletion of every object... */
	EQI(LTS("record", P), prev);
	RC(storage_count(st, &q, &n), ST_OK);
	EQI(n, 0);
	/* ...and the purge of every tombstone. */
	RC(storage_purge_deleted(st, "record", P, 0, &n), ST_OK);
	EQI(n, 1000);
	EQI(LTS("record", P), prev);
	q.with_deleted = true;
	EQS(qids(&q), "");
	ts = MKR(P, "after", "{}");
	OK(ts > prev);

	/* A list never written: now, stored, stable. */
	t0 = now_ms();
	a = LTS("record", NEVER);
	t1 = now_ms();
	ck(a >= t0 && a <= t1, __LINE__, "timestamp of a new list %"
	    PRId64 " not within [%" PRId64 ", %" PRId64 "]", a, t0, t1);
	sleep_ms(3);
	EQI(LTS("record", NEVER), a);
	b = MKR(NEVER, "x", "{}");
	OK(b > a);
	EQI(LTS("record", NEVER), b);

	/* A child write changes neither its parent nor the parent's list. */
	tb = LTS("bucket", "");
	tc = LTS("collection", "/buckets/ts");
	tcol = lm_of("collection", "/buckets/ts", "c");
	tbk = lm_of("bucket", "", "ts");
	MKR(P, "child", "{}");
	RC(storage_delete(st, REF("record", P, "child"), ST_TS_NONE, NULL),
	    ST_OK);
	EQI(LTS("collection", "/buckets/ts"), tc);
	EQI(lm_of("collection", "/buckets/ts", "c"), tcol);
	EQI(LTS("bucket", ""), tb);
	EQI(lm_of("bucket", "", "ts"), tbk);
	MKC("ts", "c2");
	MK("group", "/buckets/ts", "g", "{}");
	EQI(LTS("bucket", ""), tb);
	EQI(lm_of("bucket", "", "ts"), tbk);
	EQI(LTS("collection", "/buckets/ts"),
	    lm_of("collection", "/buckets/ts", "c2"));
}

/* Client timestamps (sync.md, "Assigning a timestamp on write"). */
static void
test_forced_ts(void)
{
	const char	*P = "/buckets/fts/collections/c";
	int64_t		 ta, T, c, past, tz, t;
	cJSON		*out;

	MKB("fts");
	ta = MKR(P, "a", "{}");
	T = LTS("record", P);
	EQI(T, ta);

	/* c > T: kept; T = c. */
	c = T + 100000;
	EQI(MKF(P, "b", c, ST_OK), c);
	EQI(LTS("record", P), c);
	/* c == T: T + 1. */
	EQI(MKF(P, "x", c, ST_OK), c + 1);
	EQI(LTS("record", P), c + 1);
	/* c < T: kept; T unchanged. */
	past = ta - 5000;
	EQI(MKF(P, "y", past, ST_OK), past);
	EQS(getp("record", P, "y", false), obj("y", past, ""));
	EQI(LTS("record", P), c + 1);
	/* The next normal write: T + 1, T being ahead of now. */
	tz = MKR(P, "z", "{}");
	EQI(tz, c + 2);

	/* A value another object of the list holds: conflict, no write. */
	EQI(MKF(P, "w", ta, ST_CONFLICT), -1);
	EQS(getp("record", P, "w", true), NF);
	RC(storage_replace(st, REF("record", P, "z"), J("{\"changed\":1}"),
	    past, NULL, NULL), ST_CONFLICT);
	EQS(getp("record", P, "z", false), obj("z", tz, ""));
	RC(storage_delete(st, REF("record", P, "z"), ta, NULL), ST_CONFLICT);
	EQS(getp("record", P, "z", false), obj("z", tz, ""));
	EQI(LTS("record", P), c + 2);

	/* Replace and delete take client values too. */
	out = NULL;
	RC(storage_replace(st, REF("record", P, "a"), J("{\"v\":2}"),
	    c + 10, &out, NULL), ST_OK);
	EQS(S(keep(out)), obj("a", c + 10, "\"v\":2"));
	EQI(LTS("record", P), c + 10);
	out = NULL;
	RC(storage_delete(st, REF("record", P, "y"), c + 20, &out), ST_OK);
	EQS(S(keep(out)), tomb("y", c + 20));
	EQI(LTS("record", P), c + 20);
	out = NULL;
	RC(storage_delete(st, REF("record", P, "b"), ta - 7000, &out), ST_OK);
	EQS(S(keep(out)), tomb("b", ta - 7000));
	EQI(LTS("record", P), c + 20);
	/* A tombstone's timestamp is taken as well. */
	EQI(MKF(P, "v", ta - 7000, ST_CONFLICT), -1);
	/* Another list is another sequence. */
	EQI(MKF("/buckets/fts/collections/other", "a", ta, ST_OK), ta);
	EQI(MKF("/buckets/fts/collections/other", "b", c + 20, ST_OK),
	    c + 20);
	/* A far future value becomes the list timestamp, then T + 1. */
	EQI(MKF("/buckets/fts/collections/far", "a", FUTURE, ST_OK), FUTURE);
	t = MKR("/buckets/fts/collections/far", "b", "{}");
	EQI(t, FUTURE + 1);
}

/* ==== Filters (requests.md, "Filtering") ==== */

/* Every type, in the protocol's order; ids name the values. */
static const struct {
	const char	*id;
	const char	*v;		/* NULL: missing */
} VALS[] = {
	{ "nul", "null" }, { "emp", "\"\"" }, { "s2", "\"2\"" },
	{ "sB", "\"B\"" }, { "abc", "\"abc\"" }, { "n1", "1.0" },
	{ "n2", "2" }, { "n2f", "2.0" }, { "n25", "2.5" }, { "n10", "10" },
	{ "big0", "12345678901234567890" }, { "big1", "12345678901234567891" },
	{ "fls", "false" }, { "tru", "true" }, { "arr0", "[]" },
	{ "arr12", "[1,2]" }, { "obj", "{\"x\":1}" },
	{ "miss", NULL }, { "miss2", NULL },
};

#define ALL	"nul,emp,s2,sB,abc,n1,n2,n2f,n25,n10,big0,big1,fls,tru,arr0," \
		"arr12,obj,miss,miss2"

static const char *
upto(const char *id)
{
	return span(ALL, NULL, id);
}

static const char *
from(const char *id)
{
	return span(ALL, id, NULL);
}

static void
test_filters(void)
{
	const char	*P = "/buckets/flt/collections/c";
	int64_t		 ts[N(VALS)];
	size_t		 i;

	MKB("flt");
	for (i = 0; i < N(VALS); i++) {
		if (VALS[i].v != NULL)
			ts[i] = MKR(P, VALS[i].id, fmt("{\"v\":%s,\"a\":"
			    "{\"b\":%s},\"k\":\"%s\"}", VALS[i].v, VALS[i].v,
			    VALS[i].id));
		else if (strcmp(VALS[i].id, "miss") == 0)
			ts[i] = MKR(P, VALS[i].id, "{\"w\":1}");
		else
			ts[i] = MKR(P, VALS[i].id, "{\"a\":{\"c\":1}}");
	}
	fparent = P;
	fdeleted = false;

	/* eq_: deep JSON equality, numbers by exact value. */
	FILTV(ST_EQ, "2", "n2,n2f");
	FILTV(ST_EQ, "2.0", "n2,n2f");
	FILTV(ST_EQ, "2e0", "n2,n2f");
	FILTV(ST_EQ, "1", "n1");
	FILTV(ST_EQ, "0", "");
	FILTV(ST_EQ, "\"2\"", "s2");
	FILTV(ST_EQ, "\"b\"", "");
	FILTV(ST_EQ, "\"\"", "emp");
	FILTV(ST_EQ, "null", "nul");
	FILTV(ST_EQ, "false", "fls");
	FILTV(ST_EQ, "true", "tru");
	FILTV(ST_EQ, "12345678901234567890", "big0");
	FILTV(ST_EQ, "12345678901234567891", "big1");
	FILTV(ST_EQ, "12345678901234567890.0", "big0");
	FILTV(ST_EQ, "1234567890123456789e1", "big0");
	FILTV(ST_EQ, "12345678901234567892", "");
	FILTV(ST_EQ, "[]", "arr0");
	FILTV(ST_EQ, "[1,2]", "arr12");
	FILTV(ST_EQ, "[1.0,2e0]", "arr12");
	FILTV(ST_EQ, "[2,1]", "");
	FILTV(ST_EQ, "[1]", "");
	FILTV(ST_EQ, "{\"x\":1}", "obj");
	FILTV(ST_EQ, "{\"x\":1.0}", "obj");
	FILTV(ST_EQ, "{}", "");

	/* not_: missing matches. */
	FILTV(ST_NOT, "2", but(ALL, "n2,n2f"));
	FILTV(ST_NOT, "null", but(ALL, "nul"));
	FILTV(ST_NOT, "12345678901234567891", but(ALL, "big1"));
	FILTV(ST_NOT, "[1,2]", but(ALL, "arr12"));
	FILTV(ST_NOT, "\"x\"", ALL);

	/* lt_ gt_ min_ max_: the total order, missing above all. */
	FILTV(ST_LT, "2", upto("n1"));
	FILTV(ST_LT, "null", "");
	FILTV(ST_LT, "\"B\"", upto("s2"));
	FILTV(ST_LT, "\"zzz\"", upto("abc"));
	FILTV(ST_LT, "12345678901234567891", upto("big0"));
	FILTV(ST_LT, "false", upto("big1"));
	FILTV(ST_LT, "[]", upto("tru"));
	FILTV(ST_LT, "{}", upto("arr12"));
	FILTV(ST_GT, "2", from("n25"));
	FILTV(ST_GT, "null", from("emp"));
	FILTV(ST_GT, "\"B\"", from("abc"));
	FILTV(ST_GT, "9", from("n10"));
	FILTV(ST_GT, "12345678901234567890", from("big1"));
	FILTV(ST_GT, "true", from("arr0"));
	FILTV(ST_GT, "[1]", from("arr12"));
	FILTV(ST_GT, "{\"x\":0}", from("obj"));
	FILTV(ST_GT, "{\"x\":1}", "miss,miss2");
	FILTV(ST_MIN, "2", from("n2"));
	FILTV(ST_MIN, "false", from("fls"));
	FILTV(ST_MIN, "{}", from("obj"));
	FILTV(ST_MAX, "2", upto("n2f"));
	FILTV(ST_MAX, "null", "nul");
	FILTV(ST_MAX, "true", upto("tru"));
	FILTV(ST_MAX, "{\"x\":1}", upto("obj"));
	FILTV(ST_MAX, "{\"x\":2}", upto("obj"));

	/* in_ / exclude_: JSON types kept apart (true is not 1). */
	FILTV(ST_IN, "[2,\"abc\",null]", "nul,abc,n2,n2f");
	FILTV(ST_IN, "[true]", "tru");
	FILTV(ST_IN, "[1]", "n1");
	FILTV(ST_IN, "[0,false,\"\"]", "emp,fls");
	FILTV(ST_IN, "[[1,2],{\"x\":1},[]]", "arr0,arr12,obj");
	FILTV(ST_IN, "[12345678901234567891]", "big1");
	FILTV(ST_IN, "[]", "");
	FILTV(ST_EXCLUDE, "[2,null]", but(ALL, "n2,n2f,nul"));
	FILTV(ST_EXCLUDE, "[true,[]]", but(ALL, "tru,arr0"));
	FILTV(ST_EXCLUDE, "[]", ALL);

	/* has_: null is present. */
	FILTV(ST_HAS, "true", but(ALL, "miss,miss2"));
	FILTV(ST_HAS, "false", "miss,miss2");

	/* like_: strings only. */
	FILTV(ST_LIKE, "\"b\"", "sB,abc");
	FILTV(ST_LIKE, "\"2\"", "s2");
	FILTV(ST_LIKE, "\"*\"", "emp,s2,sB,abc");
	FILTV(ST_LIKE, "\"\"", "emp,s2,sB,abc");
	FILTV(ST_LIKE, "\"true\"", "");
	FILTV(ST_LIKE, "\"null\"", "");
	FILTV(ST_LIKE, "\"x\"", "");

	/* contains_ / contains_any_: array fields only. */
	FILTV(ST_CONTAINS, "[1]", "arr12");
	FILTV(ST_CONTAINS, "[2,1]", "arr12");
	FILTV(ST_CONTAINS, "[1.0]", "arr12");
	FILTV(ST_CONTAINS, "[1,3]", "");
	FILTV(ST_CONTAINS_ANY, "[3,2]", "arr12");
	FILTV(ST_CONTAINS_ANY, "[3]", "");
	FILTV(ST_CONTAINS_ANY, "[]", "");

	/* id: a string. */
	FILT("id", ST_EQ, "\"n2\"", "n2");
	FILT("id", ST_EQ, "\"N2\"", "");
	FILT("id", ST_NOT, "\"n2\"", but(ALL, "n2"));
	FILT("id", ST_IN, "[\"n2\",\"obj\",\"zzz\"]", "n2,obj");
	FILT("id", ST_EXCLUDE, "[\"n2\",\"obj\"]", but(ALL, "n2,obj"));
	FILT("id", ST_LT, "\"n2\"",
	    "abc,arr0,arr12,big0,big1,emp,fls,miss,miss2,n1,n10");
	FILT("id", ST_GT, "\"s\"", "s2,sB,tru");
	FILT("id", ST_MIN, "\"sB\"", "sB,tru");
	FILT("id", ST_MAX, "\"arr0\"", "abc,arr0");
	FILT("id", ST_LIKE, "\"N2*\"", "n2,n2f,n25");
	FILT("id", ST_LIKE, "\"*2\"", "s2,n2,arr12,miss2");
	FILT("id", ST_HAS, "true", ALL);
	FILT("id", ST_HAS, "false", "");

	/* last_modified: an integer. */
	FILT("last_modified", ST_EQ, I(ts[5]), "n1");
	FILT("last_modified", ST_NOT, I(ts[5]), but(ALL, "n1"));
	FILT("last_modified", ST_GT, I(ts[16]), "miss,miss2");
	FILT("last_modified", ST_MIN, I(ts[16]), "obj,miss,miss2");
	FILT("last_modified", ST_LT, I(ts[2]), "nul,emp");
	FILT("last_modified", ST_MAX, I(ts[2]), "nul,emp,s2");
	FILT("last_modified", ST_IN, fmt("[%" PRId64 ",%" PRId64 "]", ts[0],
	    ts[18]), "nul,miss2");
	FILT("last_modified", ST_LT, "999", "");
	FILT("last_modified", ST_GT, "999", ALL);
	FILT("last_modified", ST_GT, "0", ALL);
	FILT("last_modified", ST_HAS, "true", ALL);

	/* Filters are ANDed. */
	{
		struct st_filter f1[] = {
			{ "v", ST_GT, J("2") }, { "v", ST_LT, J("true") },
		};
		struct st_filter f2[] = {
			{ "v", ST_EQ, J("2") }, { "v", ST_HAS, J("true") },
		};
		struct st_filter f3[] = {
			{ "a.b", ST_HAS, J("false") },
			{ "w", ST_HAS, J("true") },
		};
		struct st_filter f4[] = {
			{ "v", ST_NOT, J("2") }, { "v", ST_NOT, J("null") },
			{ "a.b", ST_LT, J("\"zzz\"") },
		};
		struct st_filter f5[] = {
			{ "id", ST_LIKE, J("\"n*\"") },
			{ "last_modified", ST_MIN, J(I(ts[7])) },
			{ "a.b", ST_LT, J("10") },
		};

		filtn(__LINE__, f1, N(f1), "n25,n10,big0,big1,fls");
		filtn(__LINE__, f2, N(f2), "n2,n2f");
		filtn(__LINE__, f3, N(f3), "miss");
		filtn(__LINE__, f4, N(f4), "emp,s2,sB,abc");
		filtn(__LINE__, f5, N(f5), "n2f,n25");
	}
}

/* like_, contains_, and tombstones as filters see them. */
static void
test_filters_more(void)
{
	const char	*L = "/buckets/flt/collections/like";
	const char	*C = "/buckets/flt/collections/arrays";
	const char	*T = "/buckets/flt/collections/tomb";
	struct st_query	 q;
	int64_t		 t1, n;
	cJSON		*arr;

	MKR(L, "l1", "{\"t\":\"Hello World\"}");
	MKR(L, "l2", "{\"t\":\"hello_world\"}");
	MKR(L, "l3", "{\"t\":\"50% off\"}");
	MKR(L, "l4", "{\"t\":\"Élan vital\"}");
	MKR(L, "l5", "{\"t\":\"élan\"}");
	MKR(L, "l6", "{\"t\":\"HELLO\"}");
	MKR(L, "l7", "{\"t\":12}");
	MKR(L, "l8", "{\"t\":[\"hello\"]}");
	MKR(L, "l9", "{}");
	MKR(L, "l10", "{\"t\":null}");
	MKR(L, "l11", "{\"t\":\"say hello\"}");
	MKR(L, "l12", "{\"t\":{\"hello\":1}}");
	MKR(L, "l13", "{\"t\":\"ÀÉÎ\"}");
	fparent = L;
	fdeleted = false;
	FILT("t", ST_LIKE, "\"hello\"", "l1,l2,l6,l11");
	FILT("t", ST_LIKE, "\"ll\"", "l1,l2,l6,l11");
	FILT("t", ST_LIKE, "\"**hello**\"", "l1,l2,l6,l11");
	FILT("t", ST_LIKE, "\"hello*\"", "l1,l2,l6");
	FILT("t", ST_LIKE, "\"*hello\"", "l6,l11");
	FILT("t", ST_LIKE, "\"*world\"", "l1,l2");
	FILT("t", ST_LIKE, "\"h*o\"", "l6");
	FILT("t", ST_LIKE, "\"h*o*d\"", "l1,l2");
	FILT("t", ST_LIKE, "\"*llo w*\"", "l1");
	FILT("t", ST_LIKE, "\"HELLO WORLD\"", "l1");
	FILT("t", ST_LIKE, "\"hello world!\"", "");
	FILT("t", ST_LIKE, "\"*\"", "l1,l2,l3,l4,l5,l6,l11,l13");
	/* '_' and '%' are plain characters. */
	FILT("t", ST_LIKE, "\"hello_world\"", "l2");
	FILT("t", ST_LIKE, "\"_\"", "l2");
	FILT("t", ST_LIKE, "\"hello%world\"", "");
	FILT("t", ST_LIKE, "\"%\"", "l3");
	FILT("t", ST_LIKE, "\"50%\"", "l3");
	/* Case folding beyond ASCII. */
	FILT("t", ST_LIKE, "\"é\"", "l4,l5,l13");
	FILT("t", ST_LIKE, "\"ÉLAN\"", "l4,l5");
	FILT("t", ST_LIKE, "\"élan v*\"", "l4");
	FILT("t", ST_LIKE, "\"àéî\"", "l13");
	/* Only strings match. */
	FILT("t", ST_LIKE, "\"1\"", "");
	FILT("t", ST_LIKE, "\"null\"", "");

	MKR(C, "c1", "{\"tags\":[\"red\",\"blue\"]}");
	MKR(C, "c2", "{\"tags\":[\"red\"]}");
	MKR(C, "c3", "{\"tags\":[]}");
	MKR(C, "c4", "{\"tags\":\"red\"}");
	MKR(C, "c5", "{\"tags\":[[\"red\"],\"green\"]}");
	MKR(C, "c6", "{\"tags\":{\"red\":true}}");
	MKR(C, "c7", "{}");
	MKR(C, "c8", "{\"tags\":[1,2.0,null,{\"x\":[1]}]}");
	MKR(C, "c9", "{\"tags\":[\"RED\",\"Blue\",\"blue\"]}");
	fparent = C;
	FILT("tags", ST_CONTAINS, "[\"red\"]", "c1,c2");
	FILT("tags", ST_CONTAINS, "[\"red\",\"blue\"]", "c1");
	FILT("tags", ST_CONTAINS, "[\"blue\",\"red\"]", "c1");
	FILT("tags", ST_CONTAINS, "[\"blue\",\"blue\"]", "c1,c9");
	FILT("tags", ST_CONTAINS, "[[\"red\"]]", "c5");
	FILT("tags", ST_CONTAINS, "[\"green\"]", "c5");
	FILT("tags", ST_CONTAINS, "[2]", "c8");
	FILT("tags", ST_CONTAINS, "[2,1.0,null]", "c8");
	FILT("tags", ST_CONTAINS, "[{\"x\":[1.0]}]", "c8");
	FILT("tags", ST_CONTAINS, "[\"RED\",\"red\"]", "");
	FILT("tags", ST_CONTAINS, "[]", "c1,c2,c3,c5,c8,c9");
	FILT("tags", ST_CONTAINS_ANY, "[\"blue\",\"green\"]", "c1,c5,c9");
	FILT("tags", ST_CONTAINS_ANY, "[\"red\",1]", "c1,c2,c8");
	FILT("tags", ST_CONTAINS_ANY, "[\"RED\"]", "c9");
	FILT("tags", ST_CONTAINS_ANY, "[\"purple\"]", "");
	FILT("tags", ST_CONTAINS_ANY, "[]", "");
	FILT("tags", ST_EQ, "[\"red\"]", "c2");
	FILT("tags", ST_EQ, "\"red\"", "c4");

	/*
	 * Tombstones: with with_deleted only, filtered as objects holding
	 * only id, last_modified and deleted: true (sync.md).
	 */
	t1 = MKR(T, "t1", "{\"title\":\"x\"}");
	MKR(T, "t2", "{\"title\":\"y\"}");
	MKR(T, "t3", "{\"other\":1}");
	arr = NULL;
	RC(storage_delete(st, REF("record", T, "t2"), ST_TS_NONE, &arr),
	    ST_OK);
	keep(arr);
	q = QR(T);
	EQS(qids(&q), "t1,t3");
	q.with_deleted = true;
	EQS(qids(&q), "t1,t2~,t3");
	RC(storage_count(st, &q, &n), ST_OK);
	EQI(n, 2);
	{
		struct st_filter f = { "id", ST_EQ, J("\"t2\"") };
		cJSON *l = NULL;

		q.filters = &f;
		q.nfilters = 1;
		RC(storage_list(st, &q, &l), ST_OK);
		keep(l);
		EQS(S(l), fmt("[%s]", S(arr)));
	}
	fparent = T;
	fdeleted = true;
	FILT("title", ST_NOT, "\"x\"", "t2~,t3");
	FILT("title", ST_EQ, "\"y\"", "");
	FILT("title", ST_HAS, "false", "t2~,t3");
	FILT("title", ST_EXCLUDE, "[\"x\"]", "t2~,t3");
	FILT("title", ST_GT, "\"x\"", "t2~,t3");
	FILT("deleted", ST_EQ, "true", "t2~");
	FILT("deleted", ST_HAS, "true", "t2~");
	FILT("deleted", ST_HAS, "false", "t1,t3");
	FILT("last_modified", ST_GT, I(t1), "t2~,t3");
	FILT("id", ST_IN, "[\"t2\",\"t3\"]", "t2~,t3");
	fdeleted = false;
	FILT("deleted", ST_EQ, "true", "");
	FILT("title", ST_NOT, "\"x\"", "t3");
	{
		/* Missing sorts last: the tombstone with t3, newest first. */
		static const struct st_sort s[] = {
			{ "title", 1 }, { "last_modified", -1 }
		};

		q = QR(T);
		q.with_deleted = true;
		q.sorts = s;
		q.nsorts = N(s);
		EQS(qids(&q), "t1,t2~,t3");
	}
}

/* ==== Sorting (requests.md, "Sorting") ==== */

static void
sorted_list(int line, const char *parent, const char *const *vals,
    size_t n, const int *order, const char *prefix)
{
	size_t	 i, j;

	for (i = 0; i < n; i++) {
		j = order != NULL ? (size_t)order[i] : i;
		mk(line, "record", parent, fmt("%s%02zu", prefix, j),
		    vals[j] != NULL ? fmt("{\"v\":%s,\"a\":{\"b\":%s}}",
		    vals[j], vals[j]) : "{}", ST_TS_NONE, ST_OK);
	}
}

static const char *
seq_ids(const char *prefix, size_t n)
{
	struct buf	 b = { NULL, 0, 0 };
	size_t		 i;

	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%s%02zu", i ? "," : "", prefix, i);
	return keeps(buf_detach(&b, NULL));
}

static void
test_sort(void)
{
	/* requests.md: exactly this order, ascending. */
	static const char *const types[] = {
		"null", "\"\"", "\"2\"", "\"B\"", "\"abc\"", "1.0", "2", "2.5",
		"10", "false", "true", "[]", "[1,2]", "{\"x\":1}", NULL,
	};
	/* Strings by code point: U+0000 first, astral after U+FF21. */
	static const char *const strs[] = {
		"\"\"", "\"\\u0000\"", "\"Z\"", "\"a\"", "\"a\\u0000\"",
		"\"ab\"", "\"z\"", "\"é\"", "\"\\uff21\"", "\"😀\"",
	};
	/* Numbers by exact value. */
	static const char *const nums[] = {
		"-1.5e300", "-1", "-0.5", "1e-400", "0.3",
		"0.30000000000000004", "99.999", "1e2", "100.5",
		"9007199254740992", "9007199254740993",
		"12345678901234567890", "12345678901234567891", "1.5e300",
	};
	static const int order15[] = {
		7, 14, 0, 12, 3, 9, 1, 11, 5, 13, 2, 8, 4, 10, 6,
	};
	static const struct st_sort va[] = {
		{ "v", 1 }, { "last_modified", -1 }
	};
	static const struct st_sort vd[] = {
		{ "v", -1 }, { "last_modified", -1 }
	};
	static const struct st_sort na[] = {
		{ "a.b", 1 }, { "last_modified", -1 }
	};
	static const struct st_sort nd[] = {
		{ "a.b", -1 }, { "last_modified", -1 }
	};
	static const struct st_sort s1[] = {
		{ "status", 1 }, { "title", -1 }, { "last_modified", -1 }
	};
	static const struct st_sort s2[] = {
		{ "status", -1 }, { "title", 1 }, { "last_modified", -1 }
	};
	static const struct st_sort s3[] = {
		{ "status", 1 }, { "title", -1 }, { "last_modified", 1 }
	};
	static const struct st_sort none[] = {
		{ "nobody", 1 }, { "last_modified", -1 }
	};
	const char	*T = "/buckets/srt/collections/types";
	const char	*Sx = "/buckets/srt/collections/strings";
	const char	*Nx = "/buckets/srt/collections/numbers";
	const char	*M = "/buckets/srt/collections/multi";
	const char	*want, *created;
	struct buf	 b = { NULL, 0, 0 };
	size_t		 i;

	MKB("srt");
	sorted_list(__LINE__, T, types, N(types), order15, "k");
	want = seq_ids("k", N(types));
	sortcheck(__LINE__, T, va, N(va), want);
	sortcheck(__LINE__, T, vd, N(vd), reversed(want));
	sortcheck(__LINE__, T, na, N(na), want);
	sortcheck(__LINE__, T, nd, N(nd), reversed(want));
	sortcheck(__LINE__, T, BY_ID, N(BY_ID), want);
	sortcheck(__LINE__, T, BY_ID_DESC, N(BY_ID_DESC), reversed(want));
	for (i = 0; i < N(order15); i++)
		buf_printf(&b, "%sk%02d", i ? "," : "", order15[i]);
	created = keeps(buf_detach(&b, NULL));
	sortcheck(__LINE__, T, BY_LM_ASC, N(BY_LM_ASC), created);
	sortcheck(__LINE__, T, BY_LM_DESC, N(BY_LM_DESC), reversed(created));
	sortcheck(__LINE__, T, none, N(none), reversed(created));

	sorted_list(__LINE__, Sx, strs, N(strs), (const int[]){
	    9, 4, 0, 7, 2, 5, 1, 8, 3, 6 }, "s");
	sortcheck(__LINE__, Sx, va, N(va), seq_ids("s", N(strs)));
	sortcheck(__LINE__, Sx, vd, N(vd), reversed(seq_ids("s", N(strs))));

	sorted_list(__LINE__, Nx, nums, N(nums), (const int[]){
	    13, 5, 0, 11, 3, 8, 1, 12, 10, 6, 2, 9, 4, 7 }, "n");
	sortcheck(__LINE__, Nx, va, N(va), seq_ids("n", N(nums)));
	sortcheck(__LINE__, Nx, vd, N(vd), reversed(seq_ids("n", N(nums))));
	/* 0 and -0 are equal: last_modified decides. */
	MKR(Nx, "z0", "{\"v\":0}");
	MKR(Nx, "z1", "{\"v\":-0}");
	MKR(Nx, "z2", "{\"v\":0.0}");
	sortcheck(__LINE__, Nx, va, N(va),
	    "n00,n01,n02,z2,z1,z0,n03,n04,n05,n06,n07,n08,n09,n10,n11,n12,n13");
	sortcheck(__LINE__, Nx, (const struct st_sort[]){ { "v", 1 },
	    { "last_modified", 1 } }, 2,
	    "n00,n01,n02,z0,z1,z2,n03,n04,n05,n06,n07,n08,n09,n10,n11,n12,n13");

	/* Several keys; ties by last_modified. */
	MKR(M, "m1", "{\"status\":1,\"title\":\"a\"}");
	MKR(M, "m2", "{\"status\":2,\"title\":\"b\"}");
	MKR(M, "m3", "{\"status\":1,\"title\":\"c\"}");
	MKR(M, "m4", "{\"status\":2,\"title\":\"b\"}");
	MKR(M, "m5", "{\"status\":1}");
	MKR(M, "m6", "{\"title\":\"z\"}");
	sortcheck(__LINE__, M, s1, N(s1), "m5,m3,m1,m4,m2,m6");
	sortcheck(__LINE__, M, s2, N(s2), "m6,m4,m2,m1,m3,m5");
	sortcheck(__LINE__, M, s3, N(s3), "m5,m3,m1,m2,m4,m6");
}

/* ==== Pagination ==== */

#define NPAG	57

static const char *
pag_data(int i)
{
	const char	*g, *n;

	if (i % 5 == 0)
		g = "";
	else if (i % 7 == 0)
		g = "\"g\":null,";
	else if (i % 11 == 0)
		g = "\"g\":\"s\",";
	else
		g = fmt("\"g\":%d,", i % 6);
	n = i % 9 == 0 ? "" : fmt(",\"n\":{\"x\":%d}", i % 4);
	return fmt("{%s\"h\":%d%s}", g, i % 3, n);
}

/* NPAG objects, created in an order unrelated to their ids. */
static void
pag_fill(const char *parent)
{
	int	 k, i;

	for (k = 0; k < NPAG; k++) {
		i = (k * 23) % NPAG;
		MKR(parent, fmt("p%02d", i), pag_data(i));
	}
}

static const struct st_sort PS_LM[] = { { "last_modified", -1 } };
static const struct st_sort PS_GA[] = { { "g", 1 }, { "last_modified", -1 } };
static const struct st_sort PS_GD[] = { { "g", -1 }, { "last_modified", -1 } };
static const struct st_sort PS_HG[] = {
	{ "h", 1 }, { "g", -1 }, { "last_modified", -1 }
};
static const struct st_sort PS_ID[] = { { "id", -1 }, { "last_modified", -1 } };
static const struct st_sort PS_LMA[] = { { "last_modified", 1 } };
static const struct st_sort PS_NX[] = { { "n.x", 1 }, { "last_modified", 1 } };

static const struct {
	const char		*label;
	const struct st_sort	*s;
	size_t			 n;
} WALKS[] = {
	{ "-last_modified", PS_LM, N(PS_LM) },
	{ "g,-last_modified", PS_GA, N(PS_GA) },
	{ "-g,-last_modified", PS_GD, N(PS_GD) },
	{ "h,-g,-last_modified", PS_HG, N(PS_HG) },
	{ "-id,-last_modified", PS_ID, N(PS_ID) },
	{ "last_modified", PS_LMA, N(PS_LMA) },
};

static void
walkcheck(int line, const char *label, const struct st_query *q,
    int64_t limit, int pages)
{
	struct st_query	 all = *q;
	const char	*full, *got;
	int		 np = -1;

	all.limit = 0;
	all.after = NULL;
	ordercheck(line, label, &all);
	full = qids(&all);
	got = walk(q, limit, &np);
	ck_str(line, fmt("pages of %" PRId64 ", %s", limit, label), got, full);
	if (pages >= 0)
		ck_int(line, fmt("pages of %" PRId64 ", %s: pages", limit,
		    label), np, pages);
}

static void
test_pagination(void)
{
	const char	*P = "/buckets/pag/collections/c";
	struct st_query	 q;
	size_t		 i;
	char		**v;
	size_t		 n;
	const char	*full;

	MKB("pag");
	pag_fill(P);
	between = NULL;
	for (i = 0; i < N(WALKS); i++) {
		q = QR(P);
		q.sorts = WALKS[i].s;
		q.nsorts = WALKS[i].n;
		full = qids(&q);
		split(full, ',', &n);
		ck_int(__LINE__, fmt("list %s", WALKS[i].label), (int64_t)n,
		    NPAG);
		walkcheck(__LINE__, WALKS[i].label, &q, 5, 12);
	}

	/* limit alone: the first objects. */
	q = QR(P);
	q.sorts = PS_GA;
	q.nsorts = N(PS_GA);
	full = qids(&q);
	v = split(full, ',', &n);
	ck_int(__LINE__, "list g,-last_modified", (int64_t)n, NPAG);
	if (n == NPAG) {
		q.limit = 5;
		EQS(qids(&q), join(v, 5, ','));
		q.limit = 1;
		EQS(qids(&q), join(v, 1, ','));
	}
	q.limit = 100;
	EQS(qids(&q), full);
	q.limit = 0;
	walkcheck(__LINE__, "g,-last_modified", &q, 1, NPAG + 1);
	walkcheck(__LINE__, "g,-last_modified", &q, 57, 2);
	walkcheck(__LINE__, "g,-last_modified", &q, 100, 1);

	/* A cursor lacking a sort field stands for "missing". */
	if (n == NPAG) {
		q.after = J(fmt("{\"last_modified\":%" PRId64 "}",
		    lm_of("record", P, v[n - 3])));
		EQS(qids(&q), fmt("%s,%s", v[n - 2], v[n - 1]));
		q.after = NULL;
	}

	/* Filters and tombstones. */
	RC(storage_delete(st, REF("record", P, "p03"), ST_TS_NONE, NULL),
	    ST_OK);
	RC(storage_delete(st, REF("record", P, "p10"), ST_TS_NONE, NULL),
	    ST_OK);
	RC(storage_delete(st, REF("record", P, "p20"), ST_TS_NONE, NULL),
	    ST_OK);
	{
		struct st_filter f = { "h", ST_NOT, J("1") };

		q = QR(P);
		q.sorts = PS_HG;
		q.nsorts = N(PS_HG);
		q.with_deleted = true;
		walkcheck(__LINE__, "h,-g,-last_modified, with_deleted", &q,
		    5, 12);
		q.filters = &f;
		q.nfilters = 1;
		walkcheck(__LINE__, "h,-g,-last_modified, not_h=1, "
		    "with_deleted", &q, 4, -1);
		q.sorts = PS_GD;
		q.nsorts = N(PS_GD);
		walkcheck(__LINE__, "-g,-last_modified, not_h=1, "
		    "with_deleted", &q, 3, -1);
		q.with_deleted = false;
		walkcheck(__LINE__, "-g,-last_modified, not_h=1", &q, 3, -1);
	}

	/*
	 * A dotted sort field: the cursor nests its value as the objects
	 * do ({"n": {"x": 2}}), as both backends read it (match_field());
	 * Kinto's token keeps "n.x" as a key, so core must nest it.
	 */
	q = QR(P);
	q.sorts = PS_NX;
	q.nsorts = N(PS_NX);
	walkcheck(__LINE__, "n.x,last_modified (nested cursor)", &q, 5, -1);
	{
		/* Objects lacking "n": a cursor lacking it. */
		static const struct st_sort s[] = {
			{ "n.x", -1 }, { "last_modified", -1 }
		};

		q.sorts = s;
		q.nsorts = N(s);
		walkcheck(__LINE__, "-n.x,-last_modified (nested cursor)", &q,
		    4, -1);
	}
}

static const char	*ins_parent;
static int		 ins_count;

/* Two new objects between pages, with values all over the order. */
static void
insert_two(int page)
{
	static const char *const gv[] = {
		"", "\"g\":null,", "\"g\":0,", "\"g\":3,", "\"g\":\"s\",",
		"\"g\":5,", "\"g\":true,", "\"g\":2,",
	};
	int	 k;

	(void)page;
	for (k = 0; k < 2; k++, ins_count++)
		MKR(ins_parent, fmt("new%03d", ins_count),
		    fmt("{%s\"h\":%d,\"n\":{\"x\":%d}}", gv[ins_count % N(gv)],
		    ins_count % 3, ins_count % 4));
}

static void
test_pagination_inserts(void)
{
	struct st_query	 q;
	const char	*orig, *got;
	size_t		 i;
	int		 np;

	MKB("pagi");
	for (i = 0; i < N(WALKS); i++) {
		ins_parent = fmt("/buckets/pagi/collections/c%zu", i);
		pag_fill(ins_parent);
		q = QR(ins_parent);
		q.sorts = WALKS[i].s;
		q.nsorts = WALKS[i].n;
		orig = qids(&q);
		between = insert_two;
		got = walk(&q, 5, &np);
		between = NULL;
		nodup_nogap(__LINE__, fmt("pages of 5 with inserts, %s",
		    WALKS[i].label), got, orig);
		/* New objects sort first here: none may show. */
		if (WALKS[i].s == PS_LM)
			EQS(got, orig);
	}
}

/* ==== delete_many, purge_deleted, delete_tree ==== */

static void
test_delete_many(void)
{
	const char	*P = "/buckets/dm/collections/c";
	struct st_filter f = { "k", ST_EQ, NULL };
	struct st_query	 q;
	int64_t		 T, t6, n;
	cJSON		*out;
	int		 i;

	MKB("dm");
	for (i = 0; i < 10; i++)
		MKR(P, fmt("d%d", i), fmt("{\"k\":%d}", i % 3));
	T = LTS("record", P);
	t6 = lm_of("record", P, "d6");

	/* Matching live objects in sort order, limit applied. */
	f.value = J("1");
	q = QR(P);
	q.filters = &f;
	q.nfilters = 1;
	q.sorts = BY_LM_ASC;
	q.nsorts = N(BY_LM_ASC);
	q.limit = 2;
	out = NULL;
	RC(storage_delete_many(st, &q, &out), ST_OK);
	keep(out);
	EQS(ids_of(out), "d1~,d4~");
	OK(increasing(out, T));
	EQS(S(cJSON_GetArrayItem(out, 0)), tomb("d1",
	    ts_of(cJSON_GetArrayItem(out, 0))));
	EQS(getp("record", P, "d4", true), S(cJSON_GetArrayItem(out, 1)));
	T = last_ts(out);
	EQI(LTS("record", P), T);
	EQS(qids(&(struct st_query){ .resource = "record", .parent = P,
	    .sorts = BY_ID, .nsorts = 2 }), "d0,d2,d3,d5,d6,d7,d8,d9");

	/* Tombstones are never deleted again. */
	q.limit = 0;
	out = NULL;
	RC(storage_delete_many(st, &q, &out), ST_OK);
	keep(out);
	EQS(ids_of(out), "d7~");
	OK(increasing(out, T));
	T = last_ts(out);
	out = NULL;
	RC(storage_delete_many(st, &q, &out), ST_OK);
	keep(out);
	EQS(ids_of(out), "");
	q.with_deleted = true;
	out = NULL;
	RC(storage_delete_many(st, &q, &out), ST_OK);
	keep(out);
	EQS(ids_of(out), "");
	EQI(LTS("record", P), T);

	/* after and limit: by id descending, after d6. */
	q = QR(P);
	q.sorts = BY_ID_DESC;
	q.nsorts = N(BY_ID_DESC);
	q.after = J(fmt("{\"id\":\"d6\",\"last_modified\":%" PRId64 "}", t6));
	q.limit = 3;
	out = NULL;
	RC(storage_delete_many(st, &q, &out), ST_OK);
	keep(out);
	EQS(ids_of(out), "d5~,d3~,d2~");
	OK(increasing(out, T));
	EQS(qids(&(struct st_query){ .resource = "record", .parent = P,
	    .sorts = BY_ID, .nsorts = 2 }), "d0,d6,d8,d9");

	/* out may be NULL. */
	q = QR(P);
	RC(storage_delete_many(st, &q, NULL), ST_OK);
	RC(storage_count(st, &q, &n), ST_OK);
	EQI(n, 0);
	q.with_deleted = true;
	EQS(qids(&q), "d0~,d1~,d2~,d3~,d4~,d5~,d6~,d7~,d8~,d9~");
	/* with_deleted: tombstones are skipped, never deleted again. */
	MKR(P, "e1", "{}");
	MKR(P, "e2", "{}");
	q = QR(P);
	q.with_deleted = true;
	q.limit = 1;
	out = NULL;
	RC(storage_delete_many(st, &q, &out), ST_OK);
	keep(out);
	EQS(ids_of(out), "e1~");
	f.field = "deleted";
	f.value = J("true");
	q.filters = &f;
	q.nfilters = 1;
	q.limit = 0;
	out = NULL;
	RC(storage_delete_many(st, &q, &out), ST_OK);
	keep(out);
	EQS(ids_of(out), "");
	EQS(getp("record", P, "e2", false), obj("e2", lm_of("record", P, "e2"),
	    ""));
	/* A list never written has nothing to delete. */
	q = QR("/buckets/dm/collections/empty");
	out = NULL;
	RC(storage_delete_many(st, &q, &out), ST_OK);
	keep(out);
	EQS(ids_of(out), "");
}

static void
test_purge(void)
{
	const char	*P = "/buckets/prg/collections/c";
	const char	*O = "/buckets/prg/collections/other";
	struct st_query	 q;
	int64_t		 d[4], T, n;
	cJSON		*out;
	int		 i;

	MKB("prg");
	for (i = 0; i < 5; i++)
		MKR(P, fmt("p%d", i), "{}");
	for (i = 0; i < 4; i++) {
		out = NULL;
		RC(storage_delete(st, REF("record", P, fmt("p%d", i)),
		    ST_TS_NONE, &out), ST_OK);
		d[i] = ts_of(keep(out));
	}
	MKR(O, "o", "{}");
	RC(storage_delete(st, REF("record", O, "o"), ST_TS_NONE, NULL), ST_OK);
	T = LTS("record", P);

	/* Older than before: strictly. */
	n = -1;
	RC(storage_purge_deleted(st, "record", P, d[2], &n), ST_OK);
	EQI(n, 2);
	q = QR(P);
	q.with_deleted = true;
	EQS(qids(&q), "p2~,p3~,p4");
	RC(storage_purge_deleted(st, "record", P, d[2], &n), ST_OK);
	EQI(n, 0);
	/* 0: all. */
	RC(storage_purge_deleted(st, "record", P, 0, &n), ST_OK);
	EQI(n, 2);
	EQS(qids(&q), "p4");
	EQI(LTS("record", P), T);
	RC(storage_purge_deleted(st, "record", P, 0, &n), ST_OK);
	EQI(n, 0);
	/* Other lists keep theirs. */
	q = QR(O);
	q.with_deleted = true;
	EQS(qids(&q), "o~");
	/* A purge rolls back. */
	RC(storage_begin(st, true), ST_OK);
	RC(storage_purge_deleted(st, "record", O, 0, &n), ST_OK);
	EQI(n, 1);
	EQS(qids(&q), "");
	storage_rollback(st);
	EQS(qids(&q), "o~");
	RC(storage_purge_deleted(st, "record",
	    "/buckets/prg/collections/never", 0, &n), ST_OK);
	EQI(n, 0);
	/* A purged id is free, and gets a new timestamp. */
	OK(MKR(P, "p0", "{}") > T);
}

static void
test_delete_tree(void)
{
	const char	*B = "/buckets/dt", *C1 = "/buckets/dt/collections/c1";
	const char	*C2 = "/buckets/dt/collections/c2";
	const char	*X = "/buckets/dt2/collections/c1";
	const char	*bobj, *x2, *lg2, *srv;
	struct st_change c = chg("create", "/buckets/dt/x", "u", 1, "{}");
	struct st_query	 q;
	int64_t		 t0, t, T2, tc2, tb, tx;
	cJSON		*out;
	int		 i;

	MKB("dt");
	MKB("dt2");
	MKC("dt", "c1");
	MKC("dt", "c2");
	MK("group", B, "g1", "{}");
	MKR(C1, "a", "{}");
	MKR(C1, "b", "{}");
	RC(storage_delete(st, REF("record", C1, "b"), ST_TS_NONE, NULL), ST_OK);
	EQI(MKF(C1, "fut", FUTURE, ST_OK), FUTURE);
	MKR(C2, "x", "{}");
	MKC("dt2", "c1");
	tx = MKR(X, "a", "{}");
	RC(storage_log_append(st, "dt", &c), ST_OK);
	RC(storage_log_append(st, "dt", &c), ST_OK);
	RC(storage_log_append(st, "dt2", &c), ST_OK);
	bobj = getp("bucket", "", "dt", false);
	x2 = getp("record", C2, "x", false);
	tc2 = LTS("record", C2);
	lg2 = S(LOGR("dt2", 0, 0));
	srv = S(LOGR(NULL, 0, 0));
	tb = LTS("bucket", "");

	/* A collection: its records go, tombstones and timestamp too. */
	RC(storage_delete_tree(st, C1), ST_OK);
	q = QR(C1);
	q.with_deleted = true;
	EQS(qids(&q), "");
	EQS(getp("record", C1, "a", true), NF);
	EQS(getp("record", C1, "b", true), NF);
	t0 = now_ms();
	t = LTS("record", C1);
	ck(t >= t0 && t <= now_ms(), __LINE__, "records of c1 after "
	    "delete_tree: timestamp %" PRId64 ", want now (%" PRId64 ")", t,
	    t0);
	OK(getp("collection", B, "c1", false)[0] == '{');
	EQS(getp("record", C2, "x", false), x2);
	EQI(LTS("record", C2), tc2);
	OK(MKR(C1, "a", "{}") < FUTURE);

	/* A bucket: everything in it, not the bucket itself. */
	EQI(mk(__LINE__, "collection", B, "fut", "{}", FUTURE, ST_OK), FUTURE);
	T2 = LTS("record", C2);
	RC(storage_delete_tree(st, B), ST_OK);
	EQS(getp("bucket", "", "dt", false), bobj);
	EQS(getp("collection", B, "c1", true), NF);
	EQS(getp("collection", B, "c2", true), NF);
	EQS(getp("group", B, "g1", true), NF);
	EQS(getp("record", C2, "x", true), NF);
	EQS(getp("record", C1, "a", true), NF);
	q = Q("collection", B);
	q.with_deleted = true;
	EQS(qids(&q), "");
	q = Q("group", B);
	q.with_deleted = true;
	EQS(qids(&q), "");
	q = QR(C2);
	q.with_deleted = true;
	EQS(qids(&q), "");
	EQS(S(LOGR("dt", 0, 0)), "[]");
	t0 = now_ms();
	t = LTS("collection", B);
	ck(t >= t0 && t <= now_ms(), __LINE__, "collections of dt after "
	    "delete_tree: timestamp %" PRId64 ", want now (%" PRId64 ")", t,
	    t0);
	wait_past(T2);
	OK(LTS("record", C2) > T2);
	/* Nothing else moved. */
	EQS(getp("record", X, "a", false), obj("a", tx, ""));
	EQS(S(LOGR("dt2", 0, 0)), lg2);
	EQS(S(LOGR(NULL, 0, 0)), srv);
	EQI(LTS("bucket", ""), tb);
	/* The bucket lives on. */
	MKC("dt", "c1");
	RC(storage_log_append(st, "dt", &c), ST_OK);
	EQI(cJSON_GetArraySize(LOGR("dt", 0, 0)), 1);

	/*
	 * Deleting a bucket as core does: the tombstone and the cascade,
	 * in a transaction (either order) or not; created again, the
	 * bucket is empty.
	 */
	for (i = 0; i < 3; i++) {
		const char *bid = fmt("dtx%d", i);
		const char *bp = fmt("/buckets/%s", bid);
		const char *cp = fmt("%s/collections/c", bp);
		int64_t tdel;

		MKB(bid);
		MKC(bid, "c");
		MK("group", bp, "g", "{}");
		MKR(cp, "r", "{}");
		RC(storage_log_append(st, bid, &c), ST_OK);
		if (i < 2)
			RC(storage_begin(st, true), ST_OK);
		if (i == 0)
			RC(storage_delete_tree(st, bp), ST_OK);
		out = NULL;
		RC(storage_delete(st, REF("bucket", "", bid), ST_TS_NONE,
		    &out), ST_OK);
		tdel = ts_of(keep(out));
		if (i != 0)
			RC(storage_delete_tree(st, bp), ST_OK);
		if (i < 2)
			RC(storage_commit(st), ST_OK);
		EQS(getp("bucket", "", bid, true), tomb(bid, tdel));
		EQS(getp("collection", bp, "c", true), NF);
		t = MKB(bid);
		EQS(getp("bucket", "", bid, false), obj(bid, t, ""));
		EQS(getp("collection", bp, "c", true), NF);
		EQS(getp("group", bp, "g", true), NF);
		EQS(getp("record", cp, "r", true), NF);
		q = Q("collection", bp);
		q.with_deleted = true;
		EQS(qids(&q), "");
		q = QR(cp);
		q.with_deleted = true;
		EQS(qids(&q), "");
		EQS(S(LOGR(bid, 0, 0)), "[]");
		OK(MKC(bid, "c") > 0);
	}
}

/* ==== Transactions ==== */

static void
test_transactions(void)
{
	const char	*P = "/buckets/txb/collections/c";
	const char	*r0, *srv, *lgb, *all;
	struct st_change c = chg("update", "/buckets/txb/collections/c",
			    "u", 5, "{\"x\":1}");
	struct st_query	 q;
	int64_t		 tr, tb, tc, t1;

	MKB("txb");
	MKC("txb", "c");
	MKR(P, "r0", "{\"v\":0}");
	MKR(P, "r5", "{\"v\":5}");
	r0 = getp("record", P, "r0", false);
	tr = LTS("record", P);
	tb = LTS("bucket", "");
	tc = LTS("collection", "/buckets/txb");
	RC(storage_log_append(st, "txb", &c), ST_OK);
	srv = S(LOGR(NULL, 0, 0));
	lgb = S(LOGR("txb", 0, 0));

	/* Rollback: nothing remains. */
	RC(storage_begin(st, true), ST_OK);
	MKR(P, "r1", "{}");
	RC(storage_replace(st, REF("record", P, "r0"), J("{\"v\":1}"),
	    ST_TS_NONE, NULL, NULL), ST_OK);
	MKR(P, "r2", "{}");
	RC(storage_delete(st, REF("record", P, "r2"), ST_TS_NONE, NULL),
	    ST_OK);
	RC(storage_delete(st, REF("record", P, "r5"), ST_TS_NONE, NULL),
	    ST_OK);
	MKB("txnew");
	MKC("txnew", "c");
	MKR("/buckets/txnew/collections/c", "r", "{}");
	MKC("txb", "c2");
	RC(storage_log_append(st, NULL, &c), ST_OK);
	RC(storage_log_append(st, "txb", &c), ST_OK);
	RC(storage_log_append(st, "txnew", &c), ST_OK);
	/* The transaction sees its own writes. */
	OK(strstr(getp("record", P, "r0", false), "\"v\":1") != NULL);
	q = QR(P);
	q.with_deleted = true;
	EQS(qids(&q), "r0,r1,r2~,r5~");
	EQI(cJSON_GetArraySize(LOGR("txb", 0, 0)), 2);
	storage_rollback(st);
	EQS(getp("record", P, "r0", false), r0);
	EQS(getp("record", P, "r1", true), NF);
	EQS(getp("record", P, "r2", true), NF);
	OK(getp("record", P, "r5", false)[0] == '{');
	EQS(qids(&q), "r0,r5");
	EQS(getp("bucket", "", "txnew", true), NF);
	EQS(getp("collection", "/buckets/txb", "c2", true), NF);
	EQI(LTS("record", P), tr);
	EQI(LTS("bucket", ""), tb);
	EQI(LTS("collection", "/buckets/txb"), tc);
	EQS(S(LOGR(NULL, 0, 0)), srv);
	EQS(S(LOGR("txb", 0, 0)), lgb);
	/* The rolled back bucket left nothing behind. */
	MKB("txnew");
	EQS(getp("collection", "/buckets/txnew", "c", true), NF);
	q = QR("/buckets/txnew/collections/c");
	q.with_deleted = true;
	EQS(qids(&q), "");
	EQS(S(LOGR("txnew", 0, 0)), "[]");

	/* Commit keeps everything. */
	RC(storage_begin(st, true), ST_OK);
	t1 = MKR(P, "r1", "{\"c\":1}");
	RC(storage_delete(st, REF("record", P, "r0"), ST_TS_NONE, NULL),
	    ST_OK);
	RC(storage_log_append(st, "txb", &c), ST_OK);
	RC(storage_commit(st), ST_OK);
	EQS(getp("record", P, "r1", false), obj("r1", t1, "\"c\":1"));
	EQS(getp("record", P, "r0", false), NF);
	OK(LTS("record", P) > t1);
	EQI(cJSON_GetArraySize(LOGR("txb", 0, 0)), 2);

	/* Read transactions; a write one without writes. */
	RC(storage_begin(st, false), ST_OK);
	EQS(getp("record", P, "r1", false), obj("r1", t1, "\"c\":1"));
	q = QR(P);
	EQS(qids(&q), "r1,r5");
	RC(storage_commit(st), ST_OK);
	RC(storage_begin(st, false), ST_OK);
	EQS(qids(&q), "r1,r5");
	storage_rollback(st);
	RC(storage_begin(st, true), ST_OK);
	RC(storage_commit(st), ST_OK);

	/* Cascades and bulk operations roll back too. */
	all = qids(&(struct st_query){ .resource = "record", .parent = P,
	    .sorts = BY_ID, .nsorts = 2, .with_deleted = true });
	tr = LTS("record", P);
	RC(storage_begin(st, true), ST_OK);
	RC(storage_delete_many(st, &q, NULL), ST_OK);
	RC(storage_purge_deleted(st, "record", P, 0, &(int64_t){ 0 }), ST_OK);
	RC(storage_delete_tree(st, "/buckets/txb"), ST_OK);
	EQS(getp("collection", "/buckets/txb", "c", true), NF);
	EQS(S(LOGR("txb", 0, 0)), "[]");
	storage_rollback(st);
	EQS(qids(&(struct st_query){ .resource = "record", .parent = P,
	    .sorts = BY_ID, .nsorts = 2, .with_deleted = true }), all);
	EQI(LTS("record", P), tr);
	OK(getp("collection", "/buckets/txb", "c", false)[0] == '{');
	/* The log delete_tree emptied is back whole, not just truncated. */
	EQI(cJSON_GetArraySize(LOGR("txb", 0, 0)), 2);

	/* Outside a transaction, each operation commits on its own. */
	t1 = MKR(P, "r9", "{}");
	EQS(getp("record", P, "r9", false), obj("r9", t1, ""));
}

/* A second handle on the same data (backends that persist). */
static void
test_second_handle(void)
{
	const char	*P = "/buckets/sh/collections/c";
	struct storage	*h = NULL, *mine = st;
	char		 err[256] = "";
	const char	*got;
	int64_t		 t1, t2, t3;

	RC(storage_open(&set, &h, err, sizeof(err)), ST_OK);
	if (h == NULL)
		return;
	MKB("sh");
	MKC("sh", "c");
	t1 = MKR(P, "a", "{\"n\":1}");
	st = h;
	got = getp("record", P, "a", false);
	st = mine;
	EQS(got, obj("a", t1, "\"n\":1"));

	/* Uncommitted writes are not seen elsewhere; committed ones are. */
	RC(storage_begin(st, true), ST_OK);
	t2 = MKR(P, "b", "{}");
	st = h;
	got = getp("record", P, "b", false);
	st = mine;
	EQS(got, NF);
	RC(storage_commit(st), ST_OK);
	st = h;
	got = getp("record", P, "b", false);
	st = mine;
	EQS(got, obj("b", t2, ""));

	/* Writes through both handles: still strictly increasing. */
	st = h;
	t3 = MKR(P, "c", "{}");
	st = mine;
	OK(t3 > t2);
	OK(MKR(P, "d", "{}") > t3);
	st = h;
	t3 = LTS("record", P);
	st = mine;
	EQI(LTS("record", P), t3);
	storage_close(h);
}

/* ==== Change log ==== */

static void
test_log(void)
{
	struct st_change c1 = chg("create", "/buckets/lga/collections/c/"
			    "records/r1", "alice", 1000, "{\"id\":\"r1\","
			    "\"big\":12345678901234567890,\"s\":\"\\u0000\"}");
	struct st_change c2 = chg("delete", "/buckets/lga/collections/c/"
			    "records/r1", NULL, 1001, "{\"id\":\"r1\","
			    "\"last_modified\":1001,\"deleted\":true}");
	struct st_change e;
	cJSON		*l, *x;
	int64_t		 s0, s1, s2, n0;
	int		 i;
	const char	*const ba[] = { "a1", "b1", "a2", "b2", "a3" };

	/* The server's log. */
	l = LOGR(NULL, 0, 0);
	s0 = last_seq(l);
	n0 = cJSON_GetArraySize(l);
	RC(storage_log_append(st, NULL, &c1), ST_OK);
	RC(storage_log_append(st, NULL, &c2), ST_OK);
	l = LOGR(NULL, s0, 0);
	EQI(cJSON_GetArraySize(l), 2);
	s1 = int_of(cJSON_GetArrayItem(l, 0), "seq");
	s2 = int_of(cJSON_GetArrayItem(l, 1), "seq");
	OK(s1 > s0);
	OK(s2 > s1);
	x = keep(cJSON_Duplicate(cJSON_GetArrayItem(l, 0), true));
	cJSON_DeleteItemFromObjectCaseSensitive(x, "seq");
	OK(json_equal(x, J("{\"timestamp\":1000,\"action\":\"create\","
	    "\"resource_name\":\"record\",\"uri\":\"/buckets/lga/collections/"
	    "c/records/r1\",\"user_id\":\"alice\",\"data\":{\"id\":\"r1\","
	    "\"big\":12345678901234567890,\"s\":\"\\u0000\"}}")));
	EQS(S(cJSON_GetObjectItem(x, "data")),
	    "{\"id\":\"r1\",\"big\":12345678901234567890,\"s\":\"\\u0000\"}");
	x = keep(cJSON_Duplicate(cJSON_GetArrayItem(l, 1), true));
	cJSON_DeleteItemFromObjectCaseSensitive(x, "seq");
	OK(json_equal(x, J("{\"timestamp\":1001,\"action\":\"delete\","
	    "\"resource_name\":\"record\",\"uri\":\"/buckets/lga/collections/"
	    "c/records/r1\",\"user_id\":null,\"data\":{\"id\":\"r1\","
	    "\"last_modified\":1001,\"deleted\":true}}")));
	/* Paging by seq. */
	EQS(uris_of(LOGR(NULL, s0, 1)), c1.uri);
	EQI(int_of(cJSON_GetArrayItem(LOGR(NULL, s1, 1), 0), "seq"), s2);
	EQS(S(LOGR(NULL, s2, 0)), "[]");
	EQS(S(LOGR(NULL, s2, 5)), "[]");

	/* Each bucket has its own. */
	MKB("lga");
	MKB("lgb");
	MKB("lgc");
	for (i = 0; i < 5; i++) {
		e = chg("update", ba[i], "u", 2000 + i, "{}");
		RC(storage_log_append(st, ba[i][0] == 'a' ? "lga" : "lgb", &e),
		    ST_OK);
	}
	EQS(uris_of(LOGR("lga", 0, 0)), "a1,a2,a3");
	EQS(uris_of(LOGR("lgb", 0, 0)), "b1,b2");
	EQS(S(LOGR("lgc", 0, 0)), "[]");
	l = LOGR("lga", 0, 2);
	EQS(uris_of(l), "a1,a2");
	l = LOGR("lga", last_seq(l), 2);
	EQS(uris_of(l), "a3");
	EQS(S(LOGR("lga", last_seq(l), 2)), "[]");
	EQI(cJSON_GetArraySize(LOGR(NULL, 0, 0)), n0 + 2);
}

/* ==== Exactness ==== */

static const char EXACT[] =
    "{\"big\":12345678901234567890,\"neg\":-12345678901234567891,"
    "\"f\":0.30000000000000004,\"nz\":-0,\"nzf\":-0.0,\"tiny\":1e-400,"
    "\"huge\":1.5e300,\"d17\":2.2250738585072014e-308,"
    "\"max\":1.7976931348623157e308,\"e\":1E+2,\"frac\":1.50,"
    "\"int\":9007199254740993,\"nul\":\"a\\u0000b\","
    "\"k\\u0000ey\":\"\\u0000\",\"emoji\":\"\\ud83d\\ude00 😀\","
    "\"esc\":\"q\\\"b\\\\c\\u0001\\n\\t\\r\\b\\f\\u001f/\\u007f\","
    "\"uni\":\"é€𝄞\",\"empty\":{},\"arr\":[],\"t\":true,\"n\":null}";

static void
exact(int line, const char *parent, const char *id, const char *data)
{
	cJSON		*d = J(data), *out = NULL, *arr = NULL;
	const char	*body = S(d), *want;
	struct st_filter f = { "id", ST_EQ, NULL };
	struct st_query	 q = QR(parent);
	enum st_rc	 rc;

	rc = storage_create(st, REF("record", parent, id), d, ST_TS_NONE,
	    &out);
	keep(out);
	ck_rc(line, fmt("create %s", id), rc, ST_OK);
	want = fmt("{\"id\":\"%s\",\"last_modified\":%" PRId64 "%s%s", id,
	    ts_of(out), strcmp(body, "{}") != 0 ? "," : "", body + 1);
	ck_str(line, fmt("create %s: *out", id), S(out), want);
	ck_str(line, fmt("get %s", id), getp("record", parent, id, false),
	    want);
	f.value = J(fmt("\"%s\"", id));
	q.filters = &f;
	q.nfilters = 1;
	rc = storage_list(st, &q, &arr);
	keep(arr);
	ck_str(line, fmt("list %s", id), rc == ST_OK ? S(arr) : rcn(rc),
	    fmt("[%s]", want));
	out = NULL;
	rc = storage_replace(st, REF("record", parent, id), d, ST_TS_NONE,
	    &out, NULL);
	keep(out);
	want = fmt("{\"id\":\"%s\",\"last_modified\":%" PRId64 "%s%s", id,
	    ts_of(out), strcmp(body, "{}") != 0 ? "," : "", body + 1);
	ck_str(line, fmt("replace %s: *out", id), S(out), want);
	ck_str(line, fmt("get %s after replace", id),
	    getp("record", parent, id, true), want);
}

static void
test_exact(void)
{
	const char	*P = "/buckets/ex/collections/c";
	struct buf	 b = { NULL, 0, 0 };
	const char	*got;
	int		 i;

	MKB("ex");
	exact(__LINE__, P, "x", EXACT);
	got = getp("record", P, "x", false);
	OK(strstr(got, "\"big\":12345678901234567890,") != NULL);
	OK(strstr(got, "\"neg\":-12345678901234567891,") != NULL);
	OK(strstr(got, "\"f\":0.30000000000000004,") != NULL);
	OK(strstr(got, "\"nz\":-0,\"nzf\":-0.0,\"tiny\":1e-400,") != NULL);
	OK(strstr(got, "\"huge\":1.5e300,") != NULL);
	OK(strstr(got, "\"d17\":2.2250738585072014e-308,") != NULL);
	OK(strstr(got, "\"e\":1E+2,\"frac\":1.50,") != NULL);
	OK(strstr(got, "\"int\":9007199254740993,") != NULL);
	OK(strstr(got, "\"nul\":\"a\\u0000b\",") != NULL);
	OK(strstr(got, "\"k\\u0000ey\":\"\\u0000\",") != NULL);
	OK(strstr(got, "\"emoji\":\"😀 😀\",") != NULL);
	OK(strstr(got, "\"uni\":\"é€𝄞\",") != NULL);

	/* 100 levels of arrays and of objects. */
	buf_puts(&b, "{\"deep\":");
	for (i = 0; i < 100; i++)
		buf_putc(&b, '[');
	buf_puts(&b, "1.10");
	for (i = 0; i < 100; i++)
		buf_putc(&b, ']');
	buf_puts(&b, ",\"deepo\":");
	for (i = 0; i < 100; i++)
		buf_puts(&b, "{\"a\":");
	buf_puts(&b, "\"\\u0000\"");
	for (i = 0; i < 100; i++)
		buf_putc(&b, '}');
	buf_putc(&b, '}');
	exact(__LINE__, P, "deep", keeps(buf_detach(&b, NULL)));
	exact(__LINE__, P, "empty", "{}");

	/* Filters see the exact values. */
	fparent = P;
	fdeleted = false;
	FILT("big", ST_EQ, "12345678901234567890", "x");
	FILT("big", ST_EQ, "12345678901234567891", "");
	FILT("big", ST_GT, "12345678901234567889", "x,deep,empty");
	FILT("big", ST_LT, "12345678901234567891", "x");
	FILT("int", ST_EQ, "9007199254740993", "x");
	FILT("int", ST_EQ, "9007199254740992", "");
	FILT("f", ST_EQ, "0.3", "");
	FILT("f", ST_GT, "0.3", "x,deep,empty");
	FILT("nz", ST_EQ, "0", "x");
	FILT("tiny", ST_EQ, "0", "");
	FILT("tiny", ST_GT, "0", "x,deep,empty");
	FILT("e", ST_EQ, "100", "x");
	FILT("nul", ST_EQ, "\"a\\u0000b\"", "x");
	FILT("nul", ST_EQ, "\"a\"", "");
	FILT("nul", ST_LIKE, "\"A\\u0000*\"", "x");
	FILT("emoji", ST_EQ, "\"😀 \\ud83d\\ude00\"", "x");
	FILT("esc", ST_LIKE, "\"*q\\\"b\\\\*\"", "x");

	/* Field names: any word characters (requests.md: [\w.]+). */
	P = "/buckets/ex/collections/keys";
	MKR(P, "k1", "{\"é\":1,\"名前\":\"b\",\"0\":2,\"_u\":3,"
	    "\"a1\":{\"b_2\":4,\"ü\":{\"0\":5}}}");
	MKR(P, "k2", "{\"é\":2,\"名前\":\"a\",\"0\":1,\"_u\":4,"
	    "\"a1\":{\"b_2\":3,\"ü\":{\"0\":6}}}");
	MKR(P, "k3", "{}");
	fparent = P;
	FILT("é", ST_EQ, "1", "k1");
	FILT("名前", ST_EQ, "\"a\"", "k2");
	FILT("0", ST_GT, "1", "k1,k3");
	FILT("_u", ST_MIN, "4", "k2,k3");
	FILT("a1.b_2", ST_LT, "4", "k2");
	FILT("a1.ü.0", ST_EQ, "5", "k1");
	FILT("a1.ü.0", ST_HAS, "false", "k3");
	sortcheck(__LINE__, P, (const struct st_sort[]){ { "名前", 1 },
	    { "last_modified", -1 } }, 2, "k2,k1,k3");
	sortcheck(__LINE__, P, (const struct st_sort[]){ { "a1.ü.0", -1 },
	    { "last_modified", -1 } }, 2, "k3,k2,k1");
	sortcheck(__LINE__, P, (const struct st_sort[]){ { "0", 1 },
	    { "last_modified", -1 } }, 2, "k2,k1,k3");
}

/* ==== Bucket ids as file names ==== */

static void
test_bucket_ids(void)
{
	static const char *const bad[] = {
		"", "_a", "-a", "a.b", "../x", "../../x", "..", ".", "a/b",
		"a b", "é", "a\n", "a:b", "*",
	};
	static const char *const what[] = {
		"get bucket: want not found or invalid",
		"create collection under /buckets/<id> (no such bucket): "
		    "want not found or invalid",
		"log_append(<id>) (no such bucket): want not found or invalid",
		"create bucket: want invalid",
		"replace bucket: want invalid",
	};
	struct buf	 wrong[N(what)];
	char		 id[ST_ID_MAX + 2];
	const char	*before, *after, *P, *b;
	struct st_query	 q = Q("bucket", "");
	int64_t		 nb0, nb1;
	enum st_rc	 rc[N(what)];
	cJSON		*o = NULL;
	size_t		 i, k;

	memset(wrong, 0, sizeof(wrong));
	RC(storage_count(st, &q, &nb0), ST_OK);
	before = snapshot();
	if (strcmp(be, "memory") != 0)
		ck(*before != '\0', __LINE__, "no file under %s", root);
	for (i = 0; i < N(bad) + 1; i++) {
		b = bad[i < N(bad) ? i : 0];
		if (i == N(bad)) {
			memset(id, 'a', ST_ID_MAX + 1);
			id[ST_ID_MAX + 1] = '\0';
			b = id;
		}
		/*
		 * No bucket can have that id, so nothing lives under
		 * "/buckets/<id>" (not a parent outside /buckets either).
		 */
		rc[0] = storage_get(st, REF("bucket", "", b), true, &o);
		keep(o);
		o = NULL;
		P = fmt("/buckets/%s", b);
		rc[1] = storage_create(st, REF("collection", P, "c"), J("{}"),
		    ST_TS_NONE, NULL);
		rc[2] = storage_log_append(st, b, &(struct st_change){
		    "create", "bucket", "/x", NULL, 1, NULL });
		/* Bucket ids name files: put checks them, whatever backend. */
		rc[3] = storage_create(st, REF("bucket", "", b), J("{}"),
		    ST_TS_NONE, NULL);
		rc[4] = storage_replace(st, REF("bucket", "", b), J("{}"),
		    ST_TS_NONE, NULL, NULL);
		for (k = 0; k < N(what); k++)
			if (k < 3 ? rc[k] != ST_NOTFOUND && rc[k] != ST_EINVAL :
			    rc[k] != ST_EINVAL)
				buf_printf(&wrong[k], "\n    %s: %s",
				    S(keep(json_new_string(b))), rcn(rc[k]));
	}
	for (k = 0; k < N(what); k++) {
		ck(wrong[k].len == 0, __LINE__, "%s; got:%s", what[k],
		    wrong[k].data);
		buf_free(&wrong[k]);
	}
	after = snapshot();
	ck_str(__LINE__, fmt("files under %s after invalid bucket ids", root),
	    after, before);
	RC(storage_count(st, &q, &nb1), ST_OK);
	EQI(nb1, nb0);

	/* The longest valid id works. */
	memset(id, 'b', ST_ID_MAX);
	id[ST_ID_MAX] = '\0';
	OK(MKB(id) > 0);
	P = fmt("/buckets/%s", id);
	OK(MK("collection", P, "c", "{}") > 0);
	OK(MKR(fmt("%s/collections/c", P), "r", "{}") > 0);
	OK(getp("record", fmt("%s/collections/c", P), "r", false)[0] == '{');
	OK(MKB("A-z_09") > 0);
}

/* ==== Many buckets: more than the open files kept (max_open_buckets) ==== */

#define NMB	10

static void
test_many_buckets(void)
{
	struct st_filter f = { "b", ST_NOT, NULL };
	struct st_query	 q;
	const char	*P;
	int64_t		 last[NMB], n;
	int		 r, i;

	for (i = 0; i < NMB; i++) {
		MKB(fmt("mb%d", i));
		MKC(fmt("mb%d", i), "c");
	}
	for (r = 0; r < 5; r++)
		for (i = 0; i < NMB; i++) {
			P = fmt("/buckets/mb%d/collections/c", i);
			last[i] = MKR(P, fmt("r%d", r),
			    fmt("{\"b\":\"mb%d\",\"round\":%d}", i, r));
			/* A read elsewhere between writes. */
			if (r > 0)
				OK(getp("record", fmt("/buckets/mb%d/"
				    "collections/c", (i + 3) % NMB), "r0",
				    false)[0] == '{');
		}
	/* One transaction over every bucket, committed, then rolled back. */
	RC(storage_begin(st, true), ST_OK);
	for (i = 0; i < NMB; i++)
		last[i] = MKR(fmt("/buckets/mb%d/collections/c", i), "t",
		    fmt("{\"b\":\"mb%d\"}", i));
	RC(storage_commit(st), ST_OK);
	RC(storage_begin(st, true), ST_OK);
	for (i = 0; i < NMB; i++)
		MKR(fmt("/buckets/mb%d/collections/c", i), "u",
		    fmt("{\"b\":\"mb%d\"}", i));
	storage_rollback(st);
	for (i = 0; i < NMB; i++) {
		P = fmt("/buckets/mb%d/collections/c", i);
		q = QR(P);
		EQS(qids(&q), "r0,r1,r2,r3,r4,t");
		f.value = J(fmt("\"mb%d\"", i));
		q.filters = &f;
		q.nfilters = 1;
		q.with_deleted = true;
		ck_str(__LINE__, fmt("records of mb%d from another bucket", i),
		    qids(&q), "");
		RC(storage_count(st, &(struct st_query){ .resource = "record",
		    .parent = P, .sorts = BY_ID, .nsorts = 2 }, &n), ST_OK);
		EQI(n, 6);
		ck_int(__LINE__, fmt("timestamp of mb%d's records", i),
		    LTS("record", P), last[i]);
	}
}

static void
test_health(void)
{
	RC(storage_health(st, 1000), ST_OK);
	RC(storage_health(st, 1000), ST_OK);
}

/* ==== Driver ==== */

static const struct {
	const char	*name;
	void		(*fn)(void);
	bool		 persistent;	/* only for backends with files */
} sections[] = {
	{ "objects", test_objects, false },
	{ "bucket_required", test_bucket_required, false },
	{ "timestamps", test_timestamps, false },
	{ "forced_ts", test_forced_ts, false },
	{ "filters", test_filters, false },
	{ "filters_more", test_filters_more, false },
	{ "sort", test_sort, false },
	{ "pagination", test_pagination, false },
	{ "pagination_inserts", test_pagination_inserts, false },
	{ "delete_many", test_delete_many, false },
	{ "purge", test_purge, false },
	{ "delete_tree", test_delete_tree, false },
	{ "transactions", test_transactions, false },
	{ "second_handle", test_second_handle, true },
	{ "log", test_log, false },
	{ "exact", test_exact, false },
	{ "bucket_ids", test_bucket_ids, false },
	{ "many_buckets", test_many_buckets, false },
	{ "health", test_health, false },
};

/* Whether the backend has every method of version 2. */
static bool
complete(const struct storage_ops *o)
{
	const struct {
		const char	*name;
		bool		 ok;
	} m[] = {
		{ "health", o->health != NULL }, { "begin", o->begin != NULL },
		{ "commit", o->commit != NULL },
		{ "rollback", o->rollback != NULL }, { "get", o->get != NULL },
		{ "put", o->put != NULL }, { "delete", o->delete != NULL },
		{ "list", o->list != NULL }, { "count", o->count != NULL },
		{ "delete_many", o->delete_many != NULL },
		{ "timestamp", o->timestamp != NULL },
		{ "purge_deleted", o->purge_deleted != NULL },
		{ "delete_tree", o->delete_tree != NULL },
		{ "log_append", o->log_append != NULL },
		{ "log_read", o->log_read != NULL },
	};
	size_t	 i;
	bool	 ok = o->version >= 2;

	ck(o->version >= 2, __LINE__, "backend %s: ops version %d, want 2",
	    o->name, o->version);
	for (i = 0; i < N(m); i++) {
		ck(m[i].ok, __LINE__, "backend %s: no %s method", o->name,
		    m[i].name);
		ok = ok && m[i].ok;
	}
	return ok;
}

static void
run_backend(const char *name)
{
	char		 err[256] = "";
	enum st_rc	 rc;
	size_t		 i;
	int		 p0 = t_pass, f0 = t_fail;
	int64_t		 t0 = mono_us();

	be = name;
	sect = "open";
	snprintf(root, sizeof(root), "/tmp/t_storage.XXXXXX");
	if (mkdtemp(root) == NULL) {
		ck(false, __LINE__, "mkdtemp: %s", strerror(errno));
		return;
	}
	snprintf(datadir, sizeof(datadir), "%s/data", root);
	if (mkdir(datadir, 0700) != 0)
		ck(false, __LINE__, "mkdir %s: %s", datadir, strerror(errno));
	set = (struct storage_settings){
		.backend = name,
		.data_dir = datadir,
		.readonly = false,
		.sync_full = false,
		.busy_timeout_ms = 5000,
		.max_open_buckets = 4,
	};
	st = NULL;
	rc = storage_open(&set, &st, err, sizeof(err));
	ck(rc == ST_OK && st != NULL, __LINE__, "storage_open(%s): %s: %s",
	    name, rcn(rc), err);
	if (rc == ST_OK && st != NULL && complete(st->ops))
		for (i = 0; i < N(sections); i++) {
			if (sections[i].persistent &&
			    strcmp(name, "memory") == 0)
				continue;
			sect = sections[i].name;
			sections[i].fn();
			gc();
		}
	sect = "close";
	storage_close(st);
	st = NULL;
	gc();
	nftw(root, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	printf("# %s: %d passed, %d failed (%" PRId64 " ms)\n", name,
	    t_pass - p0, t_fail - f0, (mono_us() - t0) / 1000);
}

int
main(int argc, char **argv)
{
	static const char *const all[] = { "memory", "sqlite" };
	size_t	 i;

	json_init();
	setvbuf(stdout, NULL, _IOLBF, 0);
	sect = "registry";
	test_registry();
	gc();
	if (argc > 1)
		run_backend(argv[1]);
	else
		for (i = 0; i < N(all); i++)
			run_backend(all[i]);
	free(gc_p);
	free(gc_isjson);
	return t_report();
}
