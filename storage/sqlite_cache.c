/*
 * sqlite_cache.c — the SQLite cache: data_dir/cache.db, one table,
 * shared by every worker of the pool (cache.h).  Expired entries are
 * read as absent and removed now and then by set().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "core/util.h"
#include "storage/cache.h"

enum csql {
	C_GET,
	C_SET,
	C_DELETE,
	C_EXPIRE,
	C__MAX
};

static const char *const csql_text[C__MAX] = {
	/* C_GET */
	"SELECT value FROM cache WHERE key = ?1 AND "
	"(expires = 0 OR expires > ?2)",
	/* C_SET */
	"INSERT INTO cache (key, value, expires) VALUES (?1, ?2, ?3) "
	"ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
	"expires = excluded.expires",
	/* C_DELETE */
	"DELETE FROM cache WHERE key = ?1",
	/* C_EXPIRE */
	"DELETE FROM cache WHERE expires != 0 AND expires <= ?1",
};

struct sqlite_cache {
	struct cache	 base;		/* first: the handle */
	sqlite3		*db;
	sqlite3_stmt	*stmt[C__MAX];
	unsigned	 sets;		/* expire every 256 sets */
};

#define SC(c)	((struct sqlite_cache *)(c))

static enum st_rc
rc_of(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		return ST_OK;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return ST_BUSY;
	default:
		return ST_EBACKEND;
	}
}

static void
sc_close(struct cache *c)
{
	struct sqlite_cache	*s = SC(c);
	int			 i;

	for (i = 0; i < C__MAX; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close(s->db);
	free(s);
}

static enum st_rc
sc_open(const struct cache_settings *set, struct cache **out, char *err,
    size_t errsz)
{
	struct sqlite_cache	*s;
	char			*path;
	int			 rc, i;

	*out = NULL;
	s = xcalloc(1, sizeof(*s));
	s->base.ops = &cache_sqlite_ops;
	path = xasprintf("%s/cache.db", set->data_dir);
	rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(s->db, set->busy_timeout_ms > 0 ?
		    (int)set->busy_timeout_ms : 5000);
		/* A cache need not survive a power loss. */
		rc = sqlite3_exec(s->db, "PRAGMA journal_mode = WAL;"
		    "PRAGMA synchronous = OFF;"
		    "CREATE TABLE IF NOT EXISTS cache ("
		    "  key     TEXT PRIMARY KEY NOT NULL,"
		    "  value   TEXT NOT NULL,"
		    "  expires INTEGER NOT NULL"
		    ") WITHOUT ROWID", NULL, NULL, NULL);
	}
	for (i = 0; rc == SQLITE_OK && i < C__MAX; i++)
		rc = sqlite3_prepare_v3(s->db, csql_text[i], -1,
		    SQLITE_PREPARE_PERSISTENT, &s->stmt[i], NULL);
	if (rc != SQLITE_OK) {
		snprintf(err, errsz, "%s: %s", path, s->db != NULL ?
		    sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
		free(path);
		sc_close(&s->base);
		return rc_of(rc) == ST_OK ? ST_EBACKEND : rc_of(rc);
	}
	free(path);
	*out = &s->base;
	return ST_OK;
}

static sqlite3_stmt *
stmt(struct sqlite_cache *s, enum csql e)
{
	sqlite3_reset(s->stmt[e]);
	sqlite3_clear_bindings(s->stmt[e]);
	return s->stmt[e];
}

static int
done(sqlite3_stmt *st)
{
	int	 rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static enum st_rc
sc_get(struct cache *c, const char *key, char **value)
{
	sqlite3_stmt	*st = stmt(SC(c), C_GET);
	int		 rc;

	*value = NULL;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, now_ms());
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*value = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ST_OK : rc_of(rc);
}

static enum st_rc
sc_set(struct cache *c, const char *key, const char *value, int64_t ttl)
{
	struct sqlite_cache	*s = SC(c);
	sqlite3_stmt		*st;
	int			 rc;

	if (++s->sets % 256 == 0) {
		st = stmt(s, C_EXPIRE);
		sqlite3_bind_int64(st, 1, now_ms());
		(void)done(st);
	}
	st = stmt(s, C_SET);
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, ttl > 0 ? now_ms() + ttl * 1000 : 0);
	rc = done(st);
	return rc_of(rc);
}

static enum st_rc
sc_delete(struct cache *c, const char *key)
{
	sqlite3_stmt	*st = stmt(SC(c), C_DELETE);

	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	return rc_of(done(st));
}

const struct cache_ops cache_sqlite_ops = {
	.name = "sqlite",
	.version = 1,
	.open = sc_open,
	.close = sc_close,
	.get = sc_get,
	.set = sc_set,
	.delete = sc_delete,
	.health = cache_roundtrip,
};
