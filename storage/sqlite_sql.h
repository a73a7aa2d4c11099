/*
 * sqlite_sql.h — every SQL statement of the SQLite backend, fixed at
 * build time and named by an enum (STYLE.md, "SQLite"): prepared once per
 * connection, values always bound, never spliced.
 */
#ifndef CINTO_SQLITE_SQL_H
#define CINTO_SQLITE_SQL_H

enum sql {
	SQL_HEALTH_READ,
	SQL_HEALTH_WRITE,
	SQL__MAX
};

static const char *const sql_text[SQL__MAX] = {
	/* SQL_HEALTH_READ: touches the schema, not a constant. */
	"SELECT count(*) FROM meta",
	/* SQL_HEALTH_WRITE */
	"INSERT INTO meta (name, value) VALUES ('heartbeat', ?1) "
	"ON CONFLICT (name) DO UPDATE SET value = excluded.value",
};

/*
 * Schema migrations of server.db: entry i brings user_version i to
 * i + 1, inside one transaction.
 */
static const char *const server_migrations[] = {
	"CREATE TABLE meta ("
	"  name  TEXT PRIMARY KEY NOT NULL,"
	"  value"
	") WITHOUT ROWID;",
};

#endif
