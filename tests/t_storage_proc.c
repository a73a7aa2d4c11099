/*
 * t_storage_proc.c — the SQLite backend under several processes, as the
 * worker pool uses it:
 *
 *  - concurrency: 4 processes x 500 writes into one collection, each
 *    write with a change log entry in its transaction: no error, the
 *    count right, every timestamp unique, and strictly increasing in
 *    commit order (the log's order);
 *  - crash: a writer killed with SIGKILL in the middle of a transaction,
 *    and another killed at a random moment of a stream of commits: the
 *    files pass PRAGMA integrity_check, every acknowledged write is
 *    there, nothing of the killed transaction is;
 *  - a lock held past the busy timeout is ST_BUSY (503 for core);
 *  - start-up removes orphan bucket files, and only them;
 *  - server.db's index of the buckets whose permissions name a principal:
 *    kept by writes and bucket deletions, built after the migration
 *    that made it, and a search opens no bucket file it does not name.
 */
#include <glob.h>
#include <utime.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "core/json.h"
#include "core/util.h"
#include "storage/storage.h"
#include "tests/t.h"

#define NPROC		4
#define NWRITES		500
#define COLL		"/buckets/b/collections/c"

static char	 dir[] = "/tmp/t_storage_proc.XXXXXX";

static struct storage *
open_st(void)
{
	struct storage_settings	 set = {
		.backend = "sqlite", .data_dir = dir, .busy_timeout_ms = 20000,
		.max_open_buckets = 8 };
	struct storage		*st = NULL;
	char			 err[256];

	if (storage_open(&set, &st, err, sizeof(err)) != ST_OK)
		fprintf(stderr, "open: %s\n", err);
	return st;
}

static void
setup(void)
{
	struct st_ref	 b = { "bucket", "", "b" };
	struct st_ref	 c = { "collection", "/buckets/b", "c" };
	struct storage	*st = open_st();
	cJSON		*empty = cJSON_CreateObject();

	T(storage_create(st, &b, empty, ST_TS_NONE, NULL) == ST_OK);
	T(storage_create(st, &c, empty, ST_TS_NONE, NULL) == ST_OK);
	cJSON_Delete(empty);
	storage_close(st);
}

/* One write: the record and its log entry in one transaction. */
static enum st_rc
write_one(struct storage *st, const char *id, int64_t *ts)
{
	struct st_ref		 r = { "record", COLL, id };
	struct st_change	 ch = { "create", "record", NULL, NULL, 0, NULL };
	cJSON			*data, *out = NULL;
	enum st_rc		 rc;
	char			 uri[128];

	data = cJSON_CreateObject();
	cJSON_AddItemToObject(data, "who", json_new_string(id));
	if ((rc = storage_begin(st, true)) != ST_OK)
		goto done;
	if ((rc = storage_create(st, &r, data, ST_TS_NONE, &out)) != ST_OK) {
		storage_rollback(st);
		goto done;
	}
	snprintf(uri, sizeof(uri), "%s/records/%s", COLL, id);
	ch.uri = uri;
	ch.timestamp = *ts = (int64_t)cJSON_GetObjectItem(out,
	    "last_modified")->valuedouble;
	ch.data = out;
	if ((rc = storage_log_append(st, "b", &ch)) != ST_OK) {
		storage_rollback(st);
		goto done;
	}
	rc = storage_commit(st);
done:
	cJSON_Delete(data);
	cJSON_Delete(out);
	return rc;
}

static int
writer(int k)
{
	struct storage	*st = open_st();
	int64_t		 ts, last = 0;
	char		 id[32];
	int		 i, bad = 0;

	for (i = 0; i < NWRITES && st != NULL; i++) {
		snprintf(id, sizeof(id), "p%d-%d", k, i);
		if (write_one(st, id, &ts) != ST_OK || ts <= last)
			bad++;
		last = ts;
	}
	storage_close(st);
	return st == NULL || bad > 0 ? 1 : 0;
}

static void
test_concurrency(void)
{
	struct st_sort	 asc[] = { { "last_modified", 1 } };
	struct st_query	 q = { .resource = "record", .parent = COLL,
	    .sorts = asc, .nsorts = 1 };
	struct storage	*st;
	cJSON		*list = NULL, *log = NULL, *e;
	pid_t		 pids[NPROC];
	int64_t		 n = 0, prev = 0, ts;
	int		 k, status, ok = 1;

	setup();
	for (k = 0; k < NPROC; k++)
		if ((pids[k] = fork()) == 0)
			_exit(writer(k));
	for (k = 0; k < NPROC; k++) {
		waitpid(pids[k], &status, 0);
		T(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	st = open_st();
	T(storage_count(st, &q, &n) == ST_OK);
	T_INT(n, NPROC * NWRITES);
	T(storage_list(st, &q, &list) == ST_OK);
	T_INT(cJSON_GetArraySize(list), NPROC * NWRITES);
	/* Unique: sorted ascending, each strictly above the one before. */
	cJSON_ArrayForEach(e, list) {
		ts = (int64_t)cJSON_GetObjectItem(e, "last_modified")->valuedouble;
		if (ts <= prev)
			ok = 0;
		prev = ts;
	}
	T(ok);
	/* In commit order (the log's): strictly increasing too. */
	T(storage_log_read(st, "b", 0, 0, &log) == ST_OK);
	T_INT(cJSON_GetArraySize(log), NPROC * NWRITES);
	prev = 0;
	ok = 1;
	cJSON_ArrayForEach(e, log) {
		ts = (int64_t)cJSON_GetObjectItem(e, "timestamp")->valuedouble;
		if (ts <= prev)
			ok = 0;
		prev = ts;
	}
	T(ok);
	/* The list timestamp is the largest ever given. */
	T(storage_timestamp(st, "record", COLL, &ts) == ST_OK);
	T_INT(ts, prev);
	cJSON_Delete(list);
	cJSON_Delete(log);
	storage_close(st);
}

/* PRAGMA integrity_check of every database file: all "ok". */
static int
integrity_ok(void)
{
	glob_t		 g;
	sqlite3		*db;
	sqlite3_stmt	*s;
	char		*pat;
	size_t		 i;
	int		 ok = 1;

	pat = xasprintf("%s/buckets/*.db", dir);
	if (glob(pat, 0, NULL, &g) != 0) {
		free(pat);
		return 0;
	}
	for (i = 0; i < g.gl_pathc; i++) {
		if (sqlite3_open(g.gl_pathv[i], &db) != SQLITE_OK ||
		    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s,
		    NULL) != SQLITE_OK)
			ok = 0;
		else {
			if (sqlite3_step(s) != SQLITE_ROW || strcmp((const char *)
			    sqlite3_column_text(s, 0), "ok") != 0)
				ok = 0;
			sqlite3_finalize(s);
		}
		sqlite3_close(db);
	}
	globfree(&g);
	free(pat);
	return ok;
}

static bool
present(struct storage *st, const char *id)
{
	struct st_ref	 r = { "record", COLL, id };
	cJSON		*o = NULL;
	enum st_rc	 rc = storage_get(st, &r, false, &o);

	cJSON_Delete(o);
	return rc == ST_OK;
}

/*
 * A writer that commits 20 records, then writes 20 more in one
 * transaction and stops there, telling the parent, which kills it.
 */
static void
test_kill_in_transaction(void)
{
	struct storage	*st;
	int		 fds[2], i, missing = 0, leaked = 0;
	char		 id[32], c;
	pid_t		 pid;
	int64_t		 ts;

	if (pipe(fds) != 0) {
		T(0);
		return;
	}
	if ((pid = fork()) == 0) {
		struct st_ref	 r = { "record", COLL, NULL };
		cJSON		*d = cJSON_CreateObject();

		close(fds[0]);
		st = open_st();
		for (i = 0; i < 20; i++) {
			snprintf(id, sizeof(id), "kept-%d", i);
			if (write_one(st, id, &ts) != ST_OK)
				_exit(1);
		}
		storage_begin(st, true);
		for (i = 0; i < 20; i++) {
			snprintf(id, sizeof(id), "lost-%d", i);
			r.id = id;
			storage_create(st, &r, d, ST_TS_NONE, NULL);
		}
		if (write(fds[1], "x", 1) != 1)
			_exit(1);
		pause();
		_exit(0);
	}
	close(fds[1]);
	T(read(fds[0], &c, 1) == 1);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	close(fds[0]);
	T(integrity_ok());
	st = open_st();
	for (i = 0; i < 20; i++) {
		snprintf(id, sizeof(id), "kept-%d", i);
		if (!present(st, id))
			missing++;
		snprintf(id, sizeof(id), "lost-%d", i);
		if (present(st, id))
			leaked++;
	}
	T_INT(missing, 0);
	T_INT(leaked, 0);
	storage_close(st);
}

/*
 * A writer committing as fast as it can, reporting each acknowledged
 * id, killed at a random moment: every acknowledged write survives.
 */
static void
test_kill_anytime(int round)
{
	struct storage	*st;
	FILE		*acks;
	char		 line[64], id[32];
	int		 fds[2], n = 0, missing = 0, i;
	pid_t		 pid;
	int64_t		 ts;
	bool		 first;

	if (pipe(fds) != 0) {
		T(0);
		return;
	}
	if ((pid = fork()) == 0) {
		close(fds[0]);
		st = open_st();
		for (i = 0; ; i++) {
			snprintf(id, sizeof(id), "r%d-%d", round, i);
			if (write_one(st, id, &ts) != ST_OK)
				_exit(1);
			/* Acknowledged only once committed. */
			snprintf(line, sizeof(line), "%s\n", id);
			if (write(fds[1], line, strlen(line)) < 0)
				_exit(1);
		}
	}
	close(fds[1]);
	/*
	 * The first acknowledgement, then a random while: the kill lands
	 * in the middle of writes however loaded the machine is.
	 */
	acks = fdopen(fds[0], "r");
	first = fgets(line, sizeof(line), acks) != NULL;
	usleep((useconds_t)((rand() % 80) * 1000));
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	T(integrity_ok());
	st = open_st();
	for (; first || fgets(line, sizeof(line), acks) != NULL;
	    first = false) {
		line[strcspn(line, "\n")] = '\0';
		n++;
		if (!present(st, line))
			missing++;
	}
	fclose(acks);
	T(n > 0);
	T_INT(missing, 0);
	storage_close(st);
}

/* Another process holds the bucket's write lock: ST_BUSY in time. */
static void
test_busy(void)
{
	struct storage_settings	 set = {
		.backend = "sqlite", .data_dir = dir, .busy_timeout_ms = 200,
		.max_open_buckets = 8 };
	struct st_ref		 r = { "record", COLL, "busy" };
	struct storage		*st = NULL;
	sqlite3			*db;
	glob_t			 g;
	cJSON			*d = cJSON_CreateObject();
	char			*pat, err[256];
	int64_t			 t0;

	pat = xasprintf("%s/buckets/b.*.db", dir);
	T(glob(pat, 0, NULL, &g) == 0 && g.gl_pathc == 1);
	T(sqlite3_open(g.gl_pathv[0], &db) == SQLITE_OK);
	T(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK);
	T(storage_open(&set, &st, err, sizeof(err)) == ST_OK);
	t0 = mono_us();
	T_INT(storage_create(st, &r, d, ST_TS_NONE, NULL), ST_BUSY);
	T(mono_us() - t0 >= 150000 && mono_us() - t0 < 5000000);
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	T_INT(storage_create(st, &r, d, ST_TS_NONE, NULL), ST_OK);
	sqlite3_close(db);
	storage_close(st);
	globfree(&g);
	free(pat);
	cJSON_Delete(d);
}

static bool
exists(const char *name)
{
	char	*p = xasprintf("%s/buckets/%s", dir, name);
	bool	 r = access(p, F_OK) == 0;

	free(p);
	return r;
}

static void
touch(const char *name, time_t age)
{
	struct utimbuf	 t = { time(NULL) - age, time(NULL) - age };
	char		*p = xasprintf("%s/buckets/%s", dir, name);
	FILE		*f = fopen(p, "w");

	if (f != NULL)
		fclose(f);
	utime(p, &t);
	free(p);
}

/* Orphans old enough go at start-up; young ones and live files stay. */
static void
test_orphans(void)
{
	struct storage	*st;
	glob_t		 g;
	char		*pat;

	touch("gone.0123456789abcdef.db", 3600);
	touch("gone.0123456789abcdef.db-wal", 3600);
	touch("young.0123456789abcdef.db", 0);
	st = open_st();
	T(!exists("gone.0123456789abcdef.db"));
	T(!exists("gone.0123456789abcdef.db-wal"));
	T(exists("young.0123456789abcdef.db"));
	pat = xasprintf("%s/buckets/b.*.db", dir);
	T(glob(pat, 0, NULL, &g) == 0 && g.gl_pathc == 1);
	if (g.gl_pathc > 0)
		globfree(&g);
	free(pat);
	T(present(st, "kept-0"));
	storage_close(st);
}

/* ==== The index of permissions by bucket (sqlite_grants.c) ==== */

/* The first column of each row, joined by ','; a new string. */
static char *
sql_rows(const char *file, const char *sql)
{
	struct buf	 b = { 0 };
	sqlite3		*db;
	sqlite3_stmt	*q;
	char		*path = xasprintf("%s/%s", dir, file);

	if (sqlite3_open(path, &db) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK) {
		while (sqlite3_step(q) == SQLITE_ROW)
			buf_printf(&b, "%s%s", b.len > 0 ? "," : "",
			    (const char *)sqlite3_column_text(q, 0));
		sqlite3_finalize(q);
	}
	sqlite3_close(db);
	free(path);
	return b.data != NULL ? buf_detach(&b, NULL) : xstrdup("");
}

#define ROWS_IDX	"SELECT principal || ' ' || bucket FROM acl_buckets " \
			"WHERE principal LIKE 'idx:%' ORDER BY 1"
#define ROWS_STALE	"SELECT name FROM meta WHERE name = 'acl_index_stale'"

static void
check_rows(int line, const char *sql, const char *want)
{
	char	*got = sql_rows("server.db", sql);

	if (strcmp(got, want) == 0)
		t_pass++;
	else {
		t_fail++;
		fprintf(stderr, "%s:%d: FAIL: %s\n  got:  %s\n  want: %s\n",
		    __FILE__, line, sql, got, want);
	}
	free(got);
}

/* How many objects grants_to() gives the principal; -1: an error. */
static int
ngrants(struct storage *st, const char *principal)
{
	cJSON	*who = cJSON_CreateArray(), *out = NULL;
	int	 n;

	cJSON_AddItemToArray(who, json_new_string(principal));
	n = storage_grants_to(st, who, &out) == ST_OK ?
	    cJSON_GetArraySize(out) : -1;
	cJSON_Delete(who);
	cJSON_Delete(out);
	return n;
}

/* Record id of bucket bid's collection c, read by who only. */
static void
put_acl(struct storage *st, const char *bid, const char *id, const char *who)
{
	struct st_ref	 r = { "record", NULL, id };
	cJSON		*empty = cJSON_CreateObject(), *acl;
	char		*rparent;

	rparent = xasprintf("/buckets/%s/collections/c", bid);
	r.parent = rparent;
	acl = cJSON_CreateObject();
	cJSON_AddItemToObject(acl, "read", cJSON_CreateArray());
	cJSON_AddItemToArray(cJSON_GetObjectItem(acl, "read"),
	    json_new_string(who));
	T(storage_put(st, &r, empty, acl, true, ST_TS_NONE, NULL, NULL) ==
	    ST_OK);
	free(rparent);
	cJSON_Delete(acl);
	cJSON_Delete(empty);
}

/* Bucket bid, its collection c, and c's record r shared with who. */
static void
put_shared(struct storage *st, const char *bid, const char *who)
{
	char		 parent[64];
	struct st_ref	 b = { "bucket", "", bid };
	struct st_ref	 c = { "collection", parent, "c" };
	cJSON		*empty = cJSON_CreateObject();

	snprintf(parent, sizeof(parent), "/buckets/%s", bid);
	T(storage_create(st, &b, empty, ST_TS_NONE, NULL) == ST_OK);
	T(storage_create(st, &c, empty, ST_TS_NONE, NULL) == ST_OK);
	put_acl(st, bid, "r", who);
	cJSON_Delete(empty);
}

/* The one file of bucket bid, relative to dir; a new string. */
static char *
bucket_file(const char *bid)
{
	glob_t	 g;
	char	*pat = xasprintf("%s/buckets/%s.*.db", dir, bid), *f = NULL;

	if (glob(pat, 0, NULL, &g) == 0) {
		if (g.gl_pathc == 1)
			f = xstrdup(g.gl_pathv[0] + strlen(dir) + 1);
		globfree(&g);
	}
	free(pat);
	T(f != NULL);
	return f != NULL ? f : xstrdup("none");
}

/*
 * Writes at most n bytes of with over the start of a file (relative to
 * dir), no further than its end, keeping what was there in was (may be
 * NULL): how many bytes were written.
 */
static size_t
overwrite(const char *file, const char *with, size_t n, char *was)
{
	char	*path = xasprintf("%s/%s", dir, file), tmp[4096];
	FILE	*f;
	size_t	 len = 0;

	if ((f = fopen(path, "r+")) != NULL) {
		len = fread(was != NULL ? was : tmp, 1, n < sizeof(tmp) ? n :
		    sizeof(tmp), f);
		rewind(f);
		len = fwrite(with, 1, len, f);
		fclose(f);
	}
	free(path);
	return len;
}

static void
sql_exec(const char *file, const char *sql)
{
	sqlite3	*db;
	char	*path = xasprintf("%s/%s", dir, file);

	T(sqlite3_open(path, &db) == SQLITE_OK);
	T(sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(db);
	free(path);
}

static void
test_acl_index(void)
{
	struct storage_settings	 ro = {
		.backend = "sqlite", .data_dir = dir, .readonly = true,
		.busy_timeout_ms = 20000, .max_open_buckets = 8 };
	struct storage		*st = open_st();
	struct st_ref		 pb = { "bucket", "", "pb" };
	char			*pc, *pa, err[256], saved[4096], junk[4096];
	size_t			 n;

	put_shared(st, "pa", "idx:a");
	put_shared(st, "pb", "idx:b");
	put_shared(st, "pc", "idx:c");
	check_rows(__LINE__, ROWS_IDX, "idx:a pa,idx:b pb,idx:c pc");
	check_rows(__LINE__, ROWS_STALE, "");
	storage_close(st);

	/* A file the index does not name for the principal is not read. */
	pc = bucket_file("pc");
	pa = bucket_file("pa");
	memset(junk, 'x', sizeof(junk));
	n = overwrite(pc, junk, sizeof(junk), saved);
	T(n > 100);
	st = open_st();
	T_INT(ngrants(st, "idx:a"), 1);
	T_INT(ngrants(st, "idx:c"), -1);	/* it is, for idx:c: broken */
	storage_close(st);
	T_INT(overwrite(pc, saved, n, NULL), n);

	/*
	 * A row added by a write that was rolled back is not taken for
	 * one that is there: the next write of that principal adds it.
	 */
	st = open_st();
	T(storage_begin(st, true) == ST_OK);
	put_acl(st, "pa", "r2", "idx:rolled");
	storage_rollback(st);
	check_rows(__LINE__, ROWS_IDX, "idx:a pa,idx:b pb,idx:c pc");
	put_acl(st, "pa", "r2", "idx:rolled");
	check_rows(__LINE__, ROWS_IDX,
	    "idx:a pa,idx:b pb,idx:c pc,idx:rolled pa");
	T_INT(ngrants(st, "idx:rolled"), 1);
	storage_close(st);

	/* A deleted bucket's rows go with it. */
	st = open_st();
	T_INT(ngrants(st, "idx:c"), 1);
	T(storage_delete(st, &pb, ST_TS_NONE, NULL) == ST_OK);
	check_rows(__LINE__, ROWS_IDX, "idx:a pa,idx:c pc,idx:rolled pa");
	storage_close(st);

	/* Files of a cinto before storage version 5: migrated on open. */
	sql_exec("server.db", "DROP TABLE acl_buckets; "
	    "PRAGMA user_version = 4;");
	st = NULL;
	T(storage_open(&ro, &st, err, sizeof(err)) == ST_OK);
	/* Read-only: not indexed yet, so every file is searched. */
	T_INT(ngrants(st, "idx:a"), 1);
	T_INT(ngrants(st, "idx:c"), 1);
	check_rows(__LINE__, ROWS_IDX, "");
	check_rows(__LINE__, ROWS_STALE, "acl_index_stale");
	storage_close(st);
	st = open_st();
	check_rows(__LINE__, ROWS_IDX, "idx:a pa,idx:c pc,idx:rolled pa");
	check_rows(__LINE__, ROWS_STALE, "");
	T_INT(ngrants(st, "idx:a"), 1);
	T_INT(ngrants(st, "idx:b"), 0);
	storage_close(st);
	free(pa);
	free(pc);
}

int
main(void)
{
	char	*cmd;
	int	 i;

	json_init();
	srand((unsigned)time(NULL));
	if (mkdtemp(dir) == NULL)
		return 1;
	test_concurrency();
	test_kill_in_transaction();
	for (i = 0; i < 5; i++)
		test_kill_anytime(i);
	test_busy();
	test_orphans();
	test_acl_index();
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		T(0);
	free(cmd);
	return t_report();
}
