/*
 * sqlite.c — the SQLite backend: data_dir/server.db plus one
 * data_dir/buckets/<bid>.db per bucket (DESIGN.md, "Storage layout").
 * Every connection runs in WAL mode with foreign keys on and a busy
 * timeout; writes take BEGIN IMMEDIATE; the schema version lives in
 * PRAGMA user_version and migrations run on open.
 *
 * The only file of cinto that includes sqlite3.h.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>

#include "core/util.h"
#include "storage/sqlite_sql.h"
#include "storage/storage.h"

#define BUSY_TIMEOUT_MS	5000

struct sqlite_storage {
	struct storage	 base;		/* first: the handle core sees */
	sqlite3		*db;		/* server.db */
	sqlite3_stmt	*stmt[SQL__MAX];
	bool		 readonly;
};

static enum st_rc
rc_from_sqlite(int rc)
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

static int
exec(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

/* Runs the migrations this file is missing, each in its transaction. */
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
sqlite_close(struct storage *base)
{
	struct sqlite_storage	*s = (struct sqlite_storage *)base;
	int			 i;

	if (s == NULL)
		return;
	for (i = 0; i < SQL__MAX; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close(s->db);
	free(s);
}

static enum st_rc
sqlite_open(const struct storage_settings *set, struct storage **out,
    char *err, size_t errsz)
{
	struct sqlite_storage	*s;
	char			*path = NULL;
	int			 rc, i, flags;

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
	s->readonly = set->readonly;
	path = xasprintf("%s/server.db", set->data_dir);
	flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
	    SQLITE_OPEN_NOMUTEX;
	if ((rc = sqlite3_open_v2(path, &s->db, flags, NULL)) != SQLITE_OK)
		goto fail;
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	if ((rc = exec(s->db, "PRAGMA journal_mode = WAL")) != SQLITE_OK ||
	    (rc = exec(s->db, "PRAGMA foreign_keys = ON")) != SQLITE_OK ||
	    (rc = exec(s->db, "PRAGMA synchronous = NORMAL")) != SQLITE_OK)
		goto fail;
	rc = migrate(s->db, server_migrations, (int)(sizeof(server_migrations)
	    / sizeof(server_migrations[0])));
	if (rc != SQLITE_OK)
		goto fail;
	for (i = 0; i < SQL__MAX; i++) {
		rc = sqlite3_prepare_v3(s->db, sql_text[i], -1,
		    SQLITE_PREPARE_PERSISTENT, &s->stmt[i], NULL);
		if (rc != SQLITE_OK)
			goto fail;
	}
	free(path);
	*out = &s->base;
	return ST_OK;
fail:
	snprintf(err, errsz, "%s: %s", path, s->db != NULL ?
	    sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
	free(path);
	sqlite_close(&s->base);
	return rc_from_sqlite(rc) == ST_OK ? ST_EBACKEND : rc_from_sqlite(rc);
}

/* Steps a prepared statement to its end and resets it. */
static int
step_reset(sqlite3_stmt *st)
{
	int	 rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static enum st_rc
sqlite_health(struct storage *base, int64_t timeout_ms)
{
	struct sqlite_storage	*s = (struct sqlite_storage *)base;
	int			 rc;

	sqlite3_busy_timeout(s->db, (int)timeout_ms);
	rc = step_reset(s->stmt[SQL_HEALTH_READ]);
	if (rc == SQLITE_OK && !s->readonly) {
		rc = exec(s->db, "BEGIN IMMEDIATE");
		if (rc == SQLITE_OK) {
			sqlite3_bind_int64(s->stmt[SQL_HEALTH_WRITE], 1,
			    now_ms());
			rc = step_reset(s->stmt[SQL_HEALTH_WRITE]);
			rc = exec(s->db, rc == SQLITE_OK ? "COMMIT" :
			    "ROLLBACK") == SQLITE_OK ? rc : SQLITE_ERROR;
		}
	}
	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	return rc_from_sqlite(rc);
}

const struct storage_ops storage_sqlite_ops = {
	.name = "sqlite",
	.version = 1,
	.open = sqlite_open,
	.close = sqlite_close,
	.health = sqlite_health,
};
