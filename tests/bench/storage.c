/*
 * storage.c — the storage benchmark (make bench): inserts per second,
 * one per transaction and batched; gets per second; and the latency of
 * a _since poll returning the 10 latest changes of collections of 1k,
 * 100k and 1M records, which must stay flat as the collection grows
 * (the (parent, resource, last_modified) index reads only the changes).
 *
 *	storage [backend] [max records]		(sqlite 1000000)
 *	storage seed DIR N	bucket "bench" (anyone may read and write),
 *				collection "c" with N records, then 10
 *				changes; prints the timestamp before them;
 *				and collection "small" of 1000 records
 *				(the HTTP benchmark's data, tests/bench/run.sh)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/util.h"
#include "storage/storage.h"

#define COLL	"/buckets/bench/collections/c"
#define INS	"/buckets/bench/collections/ins"

static struct storage *
open_st(const char *backend, const char *dir)
{
	struct storage_settings	 set = { .backend = backend,
		.data_dir = dir, .busy_timeout_ms = 5000,
		.max_open_buckets = 8 };
	struct storage		*st = NULL;
	char			 err[256];

	if (storage_open(&set, &st, err, sizeof(err)) != ST_OK) {
		fprintf(stderr, "open: %s\n", err);
		exit(1);
	}
	return st;
}

static cJSON *
record(int64_t i)
{
	cJSON	*d = cJSON_CreateObject();
	char	 t[64];

	snprintf(t, sizeof(t), "title %lld", (long long)i);
	cJSON_AddItemToObject(d, "title", json_new_string(t));
	cJSON_AddItemToObject(d, "n", json_new_int(i % 1000));
	cJSON_AddItemToObject(d, "done", cJSON_CreateBool(i % 2));
	return d;
}

static void
insert(struct storage *st, const char *coll, int64_t from, int64_t to,
    int64_t per_txn)
{
	struct st_ref	 r = { "record", coll, NULL };
	cJSON		*d;
	char		 id[32];
	int64_t		 i;

	for (i = from; i < to; i++) {
		if (per_txn > 1 && (i - from) % per_txn == 0)
			storage_begin(st, true);
		snprintf(id, sizeof(id), "r%lld", (long long)i);
		r.id = id;
		d = record(i);
		if (storage_create(st, &r, d, ST_TS_NONE, NULL) != ST_OK) {
			fprintf(stderr, "insert %s failed\n", id);
			exit(1);
		}
		cJSON_Delete(d);
		if (per_txn > 1 && ((i - from) % per_txn == per_txn - 1 ||
		    i == to - 1))
			storage_commit(st);
	}
}

/* Microseconds per _since poll that returns the 10 newest changes. */
static double
since_latency(struct storage *st, int64_t total)
{
	struct st_sort	 sort[] = { { "last_modified", -1 } };
	struct st_filter f[1];
	struct st_query	 q = { .resource = "record", .parent = COLL,
	    .filters = f, .nfilters = 1, .sorts = sort, .nsorts = 1,
	    .with_deleted = true };
	struct st_ref	 r = { "record", COLL, NULL };
	cJSON		*before, *out, *d;
	int64_t		 ts, t0, i;
	char		 id[32];
	int		 rounds = 2000;

	storage_timestamp(st, "record", COLL, &ts);
	/* Ten changes after ts. */
	for (i = 0; i < 10; i++) {
		snprintf(id, sizeof(id), "r%lld", (long long)(total - 1 - i));
		r.id = id;
		d = record(-i);
		storage_replace(st, &r, d, ST_TS_NONE, NULL, NULL);
		cJSON_Delete(d);
	}
	before = json_new_int(ts);
	f[0] = (struct st_filter){ "last_modified", ST_GT, before };
	t0 = mono_us();
	for (i = 0; i < rounds; i++) {
		if (storage_list(st, &q, &out) != ST_OK ||
		    cJSON_GetArraySize(out) != 10) {
			fprintf(stderr, "_since returned %d\n",
			    out ? cJSON_GetArraySize(out) : -1);
			exit(1);
		}
		cJSON_Delete(out);
	}
	cJSON_Delete(before);
	return (double)(mono_us() - t0) / rounds;
}

static int
seed(const char *dir, int64_t n)
{
	struct st_ref	 b = { "bucket", "", "bench" };
	struct st_ref	 c = { "collection", "/buckets/bench", "c" };
	struct st_ref	 r = { "record", COLL, NULL };
	struct storage	*st = open_st("sqlite", dir);
	cJSON		*acl, *empty = cJSON_CreateObject(), *d;
	int64_t		 ts, i;
	char		 id[32];
	const char	*open_acl = "{\"read\":[\"system.Everyone\"],"
			    "\"write\":[\"system.Everyone\"]}";

	json_parse(open_acl, strlen(open_acl), 4, &acl, NULL);
	storage_put(st, &b, empty, acl, true, ST_TS_NONE, NULL, NULL);
	storage_put(st, &c, empty, acl, true, ST_TS_NONE, NULL, NULL);
	insert(st, COLL, 0, n, 10000);
	/* A collection of 1000 for list queries that read it all. */
	c.id = "small";
	storage_put(st, &c, empty, acl, true, ST_TS_NONE, NULL, NULL);
	insert(st, "/buckets/bench/collections/small", 0, 1000, 1000);
	storage_timestamp(st, "record", COLL, &ts);
	for (i = 0; i < 10; i++) {
		snprintf(id, sizeof(id), "r%lld", (long long)(n - 1 - i));
		r.id = id;
		d = record(-i);
		storage_replace(st, &r, d, ST_TS_NONE, NULL, NULL);
		cJSON_Delete(d);
	}
	printf("%lld\n", (long long)ts);
	cJSON_Delete(acl);
	cJSON_Delete(empty);
	storage_close(st);
	return 0;
}

int
main(int argc, char **argv)
{
	const char	*backend = argc > 1 ? argv[1] : "sqlite";
	int64_t		 max = argc > 2 ? atoll(argv[2]) : 1000000, have, i;
	int64_t		 sizes[] = { 1000, 100000, 1000000 }, t0, n;
	struct st_ref	 b = { "bucket", "", "bench" };
	struct st_ref	 c = { "collection", "/buckets/bench", "c" };
	struct st_ref	 ins = { "collection", "/buckets/bench", "ins" };
	struct st_ref	 r = { "record", INS, NULL };
	struct storage	*st;
	char		 dir[] = "/tmp/cinto-bench-storage.XXXXXX", *cmd, id[32];
	cJSON		*empty, *o;
	size_t		 k;

	json_init();
	if (argc == 4 && strcmp(argv[1], "seed") == 0)
		return seed(argv[2], atoll(argv[3]));
	if (mkdtemp(dir) == NULL)
		return 1;
	st = open_st(backend, dir);
	empty = cJSON_CreateObject();
	storage_create(st, &b, empty, ST_TS_NONE, NULL);
	storage_create(st, &c, empty, ST_TS_NONE, NULL);
	storage_create(st, &ins, empty, ST_TS_NONE, NULL);
	cJSON_Delete(empty);

	n = 2000;
	t0 = mono_us();
	insert(st, INS, 0, n, 1);
	printf("%-44s %10.0f /s\n", "insert, one per transaction",
	    n * 1e6 / (double)(mono_us() - t0));
	t0 = mono_us();
	insert(st, INS, n, n + 20000, 1000);
	printf("%-44s %10.0f /s\n", "insert, 1000 per transaction",
	    20000 * 1e6 / (double)(mono_us() - t0));
	t0 = mono_us();
	for (i = 0; i < 20000; i++) {
		snprintf(id, sizeof(id), "r%lld", (long long)(i * 7 %
		    (n + 20000)));
		r.id = id;
		if (storage_get(st, &r, false, &o) != ST_OK)
			return 1;
		cJSON_Delete(o);
	}
	printf("%-44s %10.0f /s\n", "get by id",
	    20000 * 1e6 / (double)(mono_us() - t0));

	have = 0;
	for (k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		if (sizes[k] > max)
			break;
		insert(st, COLL, have, sizes[k], 10000);
		have = sizes[k];
		printf("_since, 10 changes, %8lld records %13.1f us\n",
		    (long long)have, since_latency(st, have));
	}
	storage_close(st);
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return 1;
	free(cmd);
	return 0;
}
