/*
 * storage_writes.h — the bulk-write sections of the storage suite:
 * delete_many, purge_deleted, delete_tree, transactions.  Included once,
 * by tests/t_storage.c, after tests/storage_suite.h.
 */
#ifndef CINTO_STORAGE_WRITES_H
#define CINTO_STORAGE_WRITES_H

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

#endif
