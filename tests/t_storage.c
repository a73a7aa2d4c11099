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
	 * without the data's id and last_modified; a "deleted" member is
	 * data (objects.md), the object stays live.
	 */
	out = NULL;
	RC(storage_create(st, REF("collection", P, "c"),
	    J("{\"id\":\"zz\",\"last_modified\":5,\"title\":\"x\","
	    "\"deleted\":true,\"n\":1}"), ST_TS_NONE, &out), ST_OK);
	t1 = ts_of(keep(out));
	/* Another list: its own timestamps, not ordered with t0. */
	OK(t1 > 0);
	EQS(S(out), obj("c", t1, "\"title\":\"x\",\"deleted\":true,\"n\":1"));
	EQS(getp("collection", P, "c", false),
	    obj("c", t1, "\"title\":\"x\",\"deleted\":true,\"n\":1"));
	/* deleted = true also returns a live object. */
	EQS(getp("collection", P, "c", true),
	    obj("c", t1, "\"title\":\"x\",\"deleted\":true,\"n\":1"));

	/* Create on a live id: ST_EXISTS, nothing changes. */
	out = NULL;
	RC(storage_create(st, REF("collection", P, "c"),
	    J("{\"title\":\"y\"}"), ST_TS_NONE, &out), ST_EXISTS);
	keep(out);
	EQS(getp("collection", P, "c", false),
	    obj("c", t1, "\"title\":\"x\",\"deleted\":true,\"n\":1"));
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
	EQS(S(out), obj("d", ts_of(out), "\"deleted\":false,\"k\":\"v\""));

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

#include "tests/storage_lists.h"
#include "tests/storage_writes.h"

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


#include "tests/storage_perms.h"

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
	{ "acl", test_acl, false },
	{ "members", test_members, false },
	{ "grants", test_grants, false },
};

/* Whether the backend has every method of version 5. */
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
		{ "get_acl", o->get_acl != NULL },
		{ "set_members", o->set_members != NULL },
		{ "drop_members", o->drop_members != NULL },
		{ "groups_of", o->groups_of != NULL },
		{ "grants_to", o->grants_to != NULL },
	};
	size_t	 i;
	bool	 ok = o->version >= 5;

	ck(o->version >= 5, __LINE__, "backend %s: ops version %d, want 5",
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
