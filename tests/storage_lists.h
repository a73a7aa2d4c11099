/*
 * storage_lists.h — the list sections of the storage suite: filters,
 * sorting, pagination.  Included once, by tests/t_storage.c, after
 * tests/storage_suite.h (whose helpers it uses).
 */
#ifndef CINTO_STORAGE_LISTS_H
#define CINTO_STORAGE_LISTS_H

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

#endif
