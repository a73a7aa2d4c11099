/*
 * sqlite.c — the SQLite backend's files and transactions: data_dir/
 * server.db (buckets, accounts, which file holds each bucket) plus one
 * file per bucket in data_dir/buckets/ (DESIGN.md, "Storage layout").
 * Every connection runs in WAL mode with foreign keys on and a busy
 * timeout; writes take BEGIN IMMEDIATE; the schema version lives in
 * PRAGMA user_version and migrations run on open.  Objects, lists and
 * queries are in sqlite_obj.c and sqlite_query.c.
 *
 * A bucket's file is named <bid>.<random>.db and the name is recorded
 * in server.db while the bucket lives.  A bucket deleted and created
 * again gets a new file: workers keep bucket files open between
 * requests, and an SQLite file must never be replaced under an open
 * connection (its -wal and -shm would then pair with the wrong file).
 *
 * Deleting a bucket: the deleter holds the bucket file's write lock,
 * commits server.db (the bucket and its file name gone), unlinks the
 * file, then lets the lock go.  A writer that then gets the lock finds
 * the file gone and answers "not found": no write lands in a deleted
 * bucket, and no bucket is ever left without its data.  A crash between
 * the commit and the unlink leaves an orphan file, which start-up
 * removes.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/util.h"
#include "storage/object.h"
#include "storage/sqlite_int.h"

/* Files not named in server.db and older than this are orphans. */
#define ORPHAN_AGE_S	600

enum st_rc
sq_rc(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		return ST_OK;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return ST_BUSY;
	case SQLITE_CONSTRAINT:
		return ST_CONFLICT;
	default:
		return ST_EBACKEND;
	}
}

void
sq_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}

/* Steps a statement to its end; SQLITE_OK when it finished well. */
int
sq_step_done(sqlite3_stmt *st)
{
	int	 rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

sqlite3_stmt *
sq_stmt(struct sdb *d, enum sql e)
{
	sqlite3_reset(d->stmt[e]);
	sqlite3_clear_bindings(d->stmt[e]);
	return d->stmt[e];
}

sqlite3_stmt *
sq_query(struct sdb *d, const char *sql)
{
	size_t	 i, lru = 0;

	for (i = 0; i < QCACHE_SIZE; i++) {
		if (d->qcache[i].sql != NULL &&
		    strcmp(d->qcache[i].sql, sql) == 0) {
			d->qcache[i].used = ++d->used;
			sqlite3_reset(d->qcache[i].st);
			sqlite3_clear_bindings(d->qcache[i].st);
			return d->qcache[i].st;
		}
		if (d->qcache[i].used < d->qcache[lru].used)
			lru = i;
	}
	sqlite3_finalize(d->qcache[lru].st);
	free(d->qcache[lru].sql);
	d->qcache[lru].sql = NULL;
	d->qcache[lru].st = NULL;
	if (sqlite3_prepare_v3(d->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
	    &d->qcache[lru].st, NULL) != SQLITE_OK)
		return NULL;
	d->qcache[lru].sql = xstrdup(sql);
	d->qcache[lru].used = ++d->used;
	return d->qcache[lru].st;
}

static int
exec(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

static int
mkdir_p(const char *path)
{
	char	*copy, *p;
	int	 rc = 0;

	copy = xstrdup(path);
	for (p = copy + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0750) != 0 && errno != EEXIST)
			rc = -1;
		*p = '/';
	}
	if (rc == 0 && mkdir(copy, 0750) != 0 && errno != EEXIST)
		rc = -1;
	free(copy);
	return rc;
}

/* Runs the migrations this file is missing, in one transaction. */
static int
migrate(sqlite3 *db, const char *const *steps, int nsteps)
{
	sqlite3_stmt	*st;
	int		 version, rc;
	char		 pragma[64];

	if ((rc = exec(db, "BEGIN IMMEDIATE")) != SQLITE_OK)
		return rc;
	rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL);
	if (rc != SQLITE_OK)
		goto fail;
	rc = sqlite3_step(st);
	version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_finalize(st);
	if (version < 0 || version > nsteps) {
		/* A newer cinto wrote this file: do not touch it. */
		rc = SQLITE_MISMATCH;
		goto fail;
	}
	for (; version < nsteps; version++) {
		if ((rc = exec(db, steps[version])) != SQLITE_OK)
			goto fail;
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d",
		    version + 1);
		if ((rc = exec(db, pragma)) != SQLITE_OK)
			goto fail;
	}
	return exec(db, "COMMIT");
fail:
	exec(db, "ROLLBACK");
	return rc;
}

static void
db_close(struct sdb *d)
{
	size_t	 i;

	if (d == NULL)
		return;
	for (i = 0; i < SQL__MAX; i++)
		sqlite3_finalize(d->stmt[i]);
	for (i = 0; i < QCACHE_SIZE; i++) {
		sqlite3_finalize(d->qcache[i].st);
		free(d->qcache[i].sql);
	}
	sqlite3_close(d->db);
	free(d->bid);
	free(d->file);
	free(d);
}

/*
 * Opens one database file.  create: the file may be created (a new
 * bucket); otherwise a missing file is ST_NOTFOUND.
 */
static enum st_rc
db_open(struct sqlite_storage *s, const char *path, const char *bid,
    const char *file, bool create, struct sdb **out, char *err, size_t errsz)
{
	struct sdb	*d;
	int		 rc, i, flags, nmig;
	const char	*const *mig;

	*out = NULL;
	d = xcalloc(1, sizeof(*d));
	d->bid = bid != NULL ? xstrdup(bid) : NULL;
	d->file = file != NULL ? xstrdup(file) : NULL;
	flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
	    (create ? SQLITE_OPEN_CREATE : 0);
	if ((rc = sqlite3_open_v2(path, &d->db, flags, NULL)) != SQLITE_OK) {
		snprintf(err, errsz, "%s: %s", path, sqlite3_errstr(rc));
		db_close(d);
		return (rc & 0xff) == SQLITE_CANTOPEN && !create ?
		    ST_NOTFOUND : sq_rc(rc) == ST_OK ? ST_EBACKEND : sq_rc(rc);
	}
	sqlite3_extended_result_codes(d->db, 1);
	sqlite3_busy_timeout(d->db, s->busy_ms);
	if (bid == NULL) {
		mig = server_migrations;
		nmig = (int)(sizeof(server_migrations) /
		    sizeof(server_migrations[0]));
	} else {
		mig = bucket_migrations;
		nmig = (int)(sizeof(bucket_migrations) /
		    sizeof(bucket_migrations[0]));
	}
	if ((rc = exec(d->db, "PRAGMA journal_mode = WAL")) != SQLITE_OK ||
	    (rc = exec(d->db, "PRAGMA foreign_keys = ON")) != SQLITE_OK ||
	    (rc = exec(d->db, s->sync_full ? "PRAGMA synchronous = FULL" :
	    "PRAGMA synchronous = NORMAL")) != SQLITE_OK ||
	    (rc = migrate(d->db, mig, nmig)) != SQLITE_OK ||
	    (rc = sq_functions(d->db)) != SQLITE_OK)
		goto fail;
	for (i = 0; i < SQL__MAX; i++) {
		if (bid != NULL && i >= SQL_SERVER_ONLY)
			break;
		rc = sqlite3_prepare_v3(d->db, sql_text[i], -1,
		    SQLITE_PREPARE_PERSISTENT, &d->stmt[i], NULL);
		if (rc != SQLITE_OK)
			goto fail;
	}
	*out = d;
	return ST_OK;
fail:
	snprintf(err, errsz, "%s: %s", path, sqlite3_errmsg(d->db));
	db_close(d);
	return sq_rc(rc) == ST_OK ? ST_EBACKEND : sq_rc(rc);
}

static char *
bucket_path(struct sqlite_storage *s, const char *file)
{
	return xasprintf("%s/buckets/%s", s->data_dir, file);
}

/* Removes a bucket file and what SQLite keeps beside it. */
static void
unlink_bucket(struct sqlite_storage *s, const char *file)
{
	static const char *const suffixes[] = { "", "-wal", "-shm",
	    "-journal" };
	char	*path;
	size_t	 i;

	for (i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
		path = xasprintf("%s/buckets/%s%s", s->data_dir, file,
		    suffixes[i]);
		unlink(path);
		free(path);
	}
}

/* Joins a file to the request's transaction. */
static enum st_rc
join(struct sqlite_storage *s, struct sdb *d, bool write)
{
	int	 rc;

	if (!s->in_txn || d->txn == TXN_WRITE ||
	    (d->txn == TXN_READ && !write))
		return ST_OK;
	if (d->txn == TXN_NONE) {
		rc = exec(d->db, write || s->txn_write ? "BEGIN IMMEDIATE" :
		    "BEGIN");
		if (rc != SQLITE_OK)
			return sq_rc(rc);
		d->txn = write || s->txn_write ? TXN_WRITE : TXN_READ;
		return ST_OK;
	}
	/* A read snapshot turning into a write: the next write statement
	 * takes the lock, or fails with BUSY if the snapshot is stale. */
	d->txn = TXN_WRITE;
	return ST_OK;
}

enum st_rc
sq_server(struct sqlite_storage *s, bool write, struct sdb **out)
{
	*out = s->server;
	return join(s, s->server, write);
}

static void
evict(struct sqlite_storage *s)
{
	size_t	 i, lru = SIZE_MAX;

	while (s->nbuckets >= s->max_open) {
		for (i = 0; i < s->nbuckets; i++)
			if (s->buckets[i]->txn == TXN_NONE &&
			    (lru == SIZE_MAX ||
			    s->buckets[i]->used < s->buckets[lru]->used))
				lru = i;
		if (lru == SIZE_MAX)
			return;		/* all in the transaction */
		db_close(s->buckets[lru]);
		s->buckets[lru] = s->buckets[--s->nbuckets];
		lru = SIZE_MAX;
	}
}

static void
forget_bucket(struct sqlite_storage *s, size_t i)
{
	db_close(s->buckets[i]);
	s->buckets[i] = s->buckets[--s->nbuckets];
}

/* The file name server.db records for a live bucket (new), or NULL. */
static enum st_rc
bucket_file(struct sqlite_storage *s, const char *bid, char **file)
{
	sqlite3_stmt	*st;
	int		 rc;

	*file = NULL;
	st = sq_stmt(s->server, SQL_BUCKET_FILE);
	sq_bind_text(st, 1, bid);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*file = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ST_OK : sq_rc(rc);
}

static enum st_rc
open_bucket(struct sqlite_storage *s, const char *bid, const char *file,
    bool create, struct sdb **out)
{
	char		*path, err[256];
	enum st_rc	 rc;

	evict(s);
	path = bucket_path(s, file);
	rc = db_open(s, path, bid, file, create, out, err, sizeof(err));
	free(path);
	if (rc != ST_OK)
		return rc;
	s->buckets = xrealloc(s->buckets,
	    (s->nbuckets + 1) * sizeof(*s->buckets));
	s->buckets[s->nbuckets++] = *out;
	return ST_OK;
}

enum st_rc
sq_bucket_peek(struct sqlite_storage *s, const char *bid, struct sdb **out)
{
	char		*file = NULL;
	struct sdb	*d = NULL;
	enum st_rc	 rc;
	size_t		 i;

	*out = NULL;
	for (i = 0; i < s->nbuckets; i++)
		if (strcmp(s->buckets[i]->bid, bid) == 0)
			break;
	/* In the transaction already: the same file, whatever happened. */
	if (i < s->nbuckets && s->buckets[i]->txn != TXN_NONE) {
		*out = s->buckets[i];
		return ST_OK;
	}
	if ((rc = bucket_file(s, bid, &file)) != ST_OK)
		return rc;
	if (file == NULL)
		return ST_NOTFOUND;
	if (i < s->nbuckets && strcmp(s->buckets[i]->file, file) != 0)
		forget_bucket(s, i);	/* an earlier bucket of that id */
	else if (i < s->nbuckets)
		d = s->buckets[i];
	rc = d == NULL ? open_bucket(s, bid, file, false, &d) : ST_OK;
	free(file);
	if (rc != ST_OK)
		return rc;
	d->used = ++s->clock;
	*out = d;
	return ST_OK;
}

enum st_rc
sq_file(struct sqlite_storage *s, const char *parent, bool write,
    struct sdb **out)
{
	char		 bid[ST_ID_MAX + 1], *path;
	struct sdb	*d = NULL;
	struct stat	 sb;
	enum st_rc	 rc;
	size_t		 i;
	bool		 joined;

	*out = NULL;
	if (!st_parent_bucket(parent, bid)) {
		if (strncmp(parent, "/buckets/", 9) == 0)
			return ST_NOTFOUND;	/* not a valid bucket id */
		return sq_server(s, write, out);
	}
	if ((rc = sq_bucket_peek(s, bid, &d)) != ST_OK)
		return rc;
	joined = d->txn != TXN_NONE;
	if ((rc = join(s, d, write)) != ST_OK)
		return rc;
	/* With the write lock: a deleted bucket's file is gone by now. */
	if (!joined && d->txn == TXN_WRITE) {
		path = bucket_path(s, d->file);
		if (stat(path, &sb) != 0) {
			exec(d->db, "ROLLBACK");
			d->txn = TXN_NONE;
			for (i = 0; i < s->nbuckets && s->buckets[i] != d; i++)
				;
			forget_bucket(s, i);
			free(path);
			return ST_NOTFOUND;
		}
		free(path);
	}
	*out = d;
	return ST_OK;
}

enum st_rc
sq_bucket_created(struct sqlite_storage *s, const char *bid)
{
	unsigned char	 r[8];
	char		*file;
	struct sdb	*d;
	sqlite3_stmt	*st;
	enum st_rc	 rc;
	int		 src;

	arc4random_buf(r, sizeof(r));
	file = xasprintf("%s.%02x%02x%02x%02x%02x%02x%02x%02x.db", bid, r[0],
	    r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
	if ((rc = open_bucket(s, bid, file, true, &d)) != ST_OK) {
		free(file);
		return rc;
	}
	/* Until the transaction commits, the file is undone with it. */
	s->created = xrealloc(s->created,
	    (s->ncreated + 1) * sizeof(*s->created));
	s->created[s->ncreated++] = file;
	d->used = ++s->clock;
	st = sq_stmt(s->server, SQL_BUCKET_FILE_SET);
	sq_bind_text(st, 1, bid);
	sq_bind_text(st, 2, file);
	if ((src = sq_step_done(st)) != SQLITE_OK)
		return sq_rc(src);
	return join(s, d, true);
}

enum st_rc
sq_doom_bucket(struct sqlite_storage *s, const char *bid)
{
	char		 parent[ST_ID_MAX + 16];
	struct sdb	*d;
	sqlite3_stmt	*st;
	enum st_rc	 rc;

	snprintf(parent, sizeof(parent), "/buckets/%s", bid);
	rc = sq_file(s, parent, true, &d);
	if (rc == ST_NOTFOUND)
		return ST_OK;		/* nothing to remove */
	if (rc != ST_OK)
		return rc;
	st = sq_stmt(s->server, SQL_BUCKET_FILE_DEL);
	sq_bind_text(st, 1, bid);
	if ((rc = sq_rc(sq_step_done(st))) != ST_OK)
		return rc;
	/* Its permissions go with it (sqlite_grants.c). */
	st = sq_stmt(s->server, SQL_ACL_BUCKET_DROP);
	sq_bind_text(st, 1, bid);
	if ((rc = sq_rc(sq_step_done(st))) != ST_OK)
		return rc;
	d->doomed = true;
	return ST_OK;
}

/*
 * Removes bucket files no live bucket names (a crash between a bucket's
 * deletion and the removal of its file), if old enough not to be one
 * that a creation in progress has not recorded yet.
 */
static void
remove_orphans(struct sqlite_storage *s)
{
	struct dirent	*e;
	struct stat	 sb;
	sqlite3_stmt	*st;
	char		*dir, *path, **live = NULL;
	size_t		 nlive = 0, i, len;
	DIR		*dp;

	st = sq_stmt(s->server, SQL_BUCKET_FILES);
	while (sqlite3_step(st) == SQLITE_ROW) {
		live = xrealloc(live, (nlive + 1) * sizeof(*live));
		live[nlive++] = xstrdup((const char *)
		    sqlite3_column_text(st, 0));
	}
	sqlite3_reset(st);
	dir = xasprintf("%s/buckets", s->data_dir);
	if ((dp = opendir(dir)) != NULL) {
		while ((e = readdir(dp)) != NULL) {
			len = strlen(e->d_name);
			if (len < 4 || strcmp(e->d_name + len - 3, ".db") != 0)
				continue;
			for (i = 0; i < nlive; i++)
				if (strcmp(live[i], e->d_name) == 0)
					break;
			if (i < nlive)
				continue;
			path = xasprintf("%s/%s", dir, e->d_name);
			if (stat(path, &sb) == 0 &&
			    sb.st_mtime + ORPHAN_AGE_S < time(NULL))
				unlink_bucket(s, e->d_name);
			free(path);
		}
		closedir(dp);
	}
	for (i = 0; i < nlive; i++)
		free(live[i]);
	free(live);
	free(dir);
}

static void	sqlite_rollback(struct storage *);

static void
sqlite_close(struct storage *st)
{
	struct sqlite_storage	*s = S(st);
	size_t			 i;

	if (s == NULL)
		return;
	if (s->in_txn)
		sqlite_rollback(st);
	for (i = 0; i < s->nbuckets; i++)
		db_close(s->buckets[i]);
	free(s->buckets);
	db_close(s->server);
	for (i = 0; i < sizeof(s->noted) / sizeof(s->noted[0]); i++)
		free(s->noted[i]);
	free(s->data_dir);
	free(s);
}

static enum st_rc
sqlite_open(const struct storage_settings *set, struct storage **out,
    char *err, size_t errsz)
{
	struct sqlite_storage	*s;
	char			*path;
	enum st_rc		 rc;

	*out = NULL;
	if (set->data_dir == NULL || *set->data_dir == '\0') {
		snprintf(err, errsz, "sqlite storage needs data_dir");
		return ST_EINVAL;
	}
	path = xasprintf("%s/buckets", set->data_dir);
	if (mkdir_p(path) != 0) {
		snprintf(err, errsz, "%s: %s", path, strerror(errno));
		free(path);
		return ST_EBACKEND;
	}
	free(path);
	s = xcalloc(1, sizeof(*s));
	s->base.ops = &storage_sqlite_ops;
	s->data_dir = xstrdup(set->data_dir);
	s->readonly = set->readonly;
	s->sync_full = set->sync_full;
	s->busy_ms = set->busy_timeout_ms > 0 ? (int)set->busy_timeout_ms :
	    5000;
	s->max_open = set->max_open_buckets > 0 ?
	    (size_t)set->max_open_buckets : 64;
	path = xasprintf("%s/server.db", set->data_dir);
	rc = db_open(s, path, NULL, NULL, true, &s->server, err, errsz);
	free(path);
	if (rc != ST_OK) {
		sqlite_close(&s->base);
		return rc;
	}
	if (!s->readonly) {
		remove_orphans(s);
		/* Not fatal: until it is built, searches read every file. */
		(void)sq_grants_reindex(s);
	}
	*out = &s->base;
	return ST_OK;
}

static enum st_rc
sqlite_health(struct storage *st, int64_t timeout_ms)
{
	struct sqlite_storage	*s = S(st);
	sqlite3_stmt		*q;
	int			 rc;

	sqlite3_busy_timeout(s->server->db, (int)timeout_ms);
	rc = sq_step_done(sq_stmt(s->server, SQL_HEALTH_READ));
	if (rc == SQLITE_OK && !s->readonly && !s->in_txn) {
		rc = exec(s->server->db, "BEGIN IMMEDIATE");
		if (rc == SQLITE_OK) {
			q = sq_stmt(s->server, SQL_HEALTH_WRITE);
			sqlite3_bind_int64(q, 1, now_ms());
			rc = sq_step_done(q);
			rc = exec(s->server->db, rc == SQLITE_OK ? "COMMIT" :
			    "ROLLBACK") == SQLITE_OK ? rc : SQLITE_ERROR;
		}
	}
	sqlite3_busy_timeout(s->server->db, s->busy_ms);
	return sq_rc(rc);
}

static enum st_rc
sqlite_begin(struct storage *st, bool write)
{
	struct sqlite_storage	*s = S(st);

	if (s->in_txn)
		return ST_EINVAL;
	s->in_txn = true;
	s->txn_write = write && !s->readonly;
	return ST_OK;
}

/* Ends every file's part; the doomed files go once server.db committed. */
static enum st_rc
finish(struct sqlite_storage *s, bool commit)
{
	enum st_rc	 rc = ST_OK;
	struct sdb	*d;
	size_t		 i;
	int		 src;

	if (!s->in_txn)
		return ST_OK;
	if (s->server->txn != TXN_NONE) {
		src = exec(s->server->db, commit ? "COMMIT" : "ROLLBACK");
		if (src != SQLITE_OK) {
			rc = sq_rc(src);
			exec(s->server->db, "ROLLBACK");
			commit = false;
		}
		s->server->txn = TXN_NONE;
	}
	for (i = 0; i < s->nbuckets;) {
		d = s->buckets[i];
		if (d->txn == TXN_NONE) {
			i++;
			continue;
		}
		if (d->doomed && commit) {
			/* Unlinked while still holding its write lock. */
			unlink_bucket(s, d->file);
			exec(d->db, "ROLLBACK");
			forget_bucket(s, i);
			continue;
		}
		src = exec(d->db, commit ? "COMMIT" : "ROLLBACK");
		if (src != SQLITE_OK) {
			exec(d->db, "ROLLBACK");
			if (rc == ST_OK)
				rc = sq_rc(src);
		}
		d->txn = TXN_NONE;
		d->doomed = false;
		i++;
	}
	s->in_txn = false;
	s->txn_write = false;
	return rc;
}

/* Files made for buckets whose creation is undone go with it. */
static void
drop_created(struct sqlite_storage *s, bool unlink_them)
{
	size_t	 i, j;

	for (i = 0; i < s->ncreated; i++) {
		if (unlink_them) {
			for (j = 0; j < s->nbuckets; j++)
				if (strcmp(s->buckets[j]->file,
				    s->created[i]) == 0) {
					forget_bucket(s, j);
					break;
				}
			unlink_bucket(s, s->created[i]);
		}
		free(s->created[i]);
	}
	free(s->created);
	s->created = NULL;
	s->ncreated = 0;
}

static enum st_rc
sqlite_commit(struct storage *st)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;

	rc = finish(s, true);
	drop_created(s, rc != ST_OK);
	return rc;
}

static void
sqlite_rollback(struct storage *st)
{
	struct sqlite_storage	*s = S(st);

	finish(s, false);
	drop_created(s, true);
}

/*
 * A call made outside the caller's begin/commit runs in a transaction of
 * its own: sq_implicit() opens one (or joins the caller's, *own false) and
 * sq_implicit_end() commits it if it wrote and succeeded, else rolls back.
 */
enum st_rc
sq_implicit(struct sqlite_storage *s, bool write, bool *own)
{
	*own = false;
	if (write && s->readonly)
		return ST_EINVAL;
	if (s->in_txn)
		return ST_OK;
	*own = true;
	return sqlite_begin(&s->base, write);
}

enum st_rc
sq_implicit_end(struct sqlite_storage *s, bool own, enum st_rc rc)
{
	if (!own)
		return rc;
	if (rc == ST_OK && s->txn_write)
		return sqlite_commit(&s->base);
	sqlite_rollback(&s->base);
	return rc;
}

enum st_rc
sq_read_array(struct sqlite_storage *s, sq_fill_fn fill,
    const cJSON *principals, cJSON **out)
{
	enum st_rc	 rc;
	bool		 own;

	*out = cJSON_CreateArray();
	if ((rc = sq_implicit(s, false, &own)) == ST_OK)
		rc = sq_implicit_end(s, own, fill(s, principals, *out));
	if (rc != ST_OK) {
		cJSON_Delete(*out);
		*out = NULL;
	}
	return rc;
}

const struct storage_ops storage_sqlite_ops = {
	.name = "sqlite",
	.version = 5,
	.open = sqlite_open,
	.close = sqlite_close,
	.health = sqlite_health,
	.begin = sqlite_begin,
	.commit = sqlite_commit,
	.rollback = sqlite_rollback,
	.get = sq_get,
	.put = sq_put,
	.delete = sq_delete,
	.list = sq_list,
	.count = sq_count,
	.delete_many = sq_delete_many,
	.timestamp = sq_timestamp,
	.purge_deleted = sq_purge_deleted,
	.delete_tree = sq_delete_tree,
	.log_append = sq_log_append,
	.log_read = sq_log_read,
	.get_acl = sq_get_acl,
	.set_members = sq_set_members,
	.drop_members = sq_drop_members,
	.groups_of = sq_groups_of,
	.grants_to = sq_grants_to,
};
