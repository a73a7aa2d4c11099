/*
 * sqlite_sql.h — the fixed SQL of the SQLite backend, named by an enum
 * (STYLE.md, "SQLite"): prepared once per connection, values always
 * bound, never spliced.  (List queries are composed in sqlite_query.c
 * from fixed fragments only; their values are bound too.)
 */
#ifndef CINTO_SQLITE_SQL_H
#define CINTO_SQLITE_SQL_H

enum sql {
	SQL_HEALTH_READ,
	SQL_HEALTH_WRITE,
	SQL_OBJ_GET,
	SQL_OBJ_UPSERT,
	SQL_OBJ_ACL,
	SQL_TS_GET,
	SQL_TS_SET,
	SQL_TS_INIT,
	SQL_PURGE,
	SQL_PURGE_BEFORE,
	SQL_TREE_OBJECTS,
	SQL_TREE_TIMESTAMPS,
	SQL_TREE_CHANGES,
	SQL_LOG_APPEND,
	SQL_LOG_READ,
	SQL_GRANTS_TO,
	SQL_ACL_PRINCIPALS,
	SQL_BUCKET_FILE,	/* server.db only */
	SQL_BUCKET_FILE_SET,	/* server.db only */
	SQL_BUCKET_FILE_DEL,	/* server.db only */
	SQL_BUCKET_FILES,	/* server.db only */
	SQL_MEMBERS_DEL,	/* server.db only */
	SQL_MEMBERS_ADD,	/* server.db only */
	SQL_MEMBERS_DROP,	/* server.db only */
	SQL_GROUPS_OF,		/* server.db only */
	SQL_BUCKET_IDS,		/* server.db only */
	SQL_ACL_BUCKETS,	/* server.db only */
	SQL_ACL_BUCKET_HAS,	/* server.db only */
	SQL_ACL_BUCKET_ADD,	/* server.db only */
	SQL_ACL_BUCKET_DROP,	/* server.db only */
	SQL_ACL_STALE,		/* server.db only */
	SQL_ACL_FRESH,		/* server.db only */
	SQL__MAX
};

/* Statements from here on exist in server.db only. */
#define SQL_SERVER_ONLY	SQL_BUCKET_FILE

/*
 * Who each live object's permissions name: rows (o, p, w) of object o,
 * permission p.key, principal w.value.  A tombstone names no one; an
 * ACL of another shape than an object of arrays of strings (storage.h)
 * names no one rather than failing.
 */
#define ACL_ROWS \
	"FROM objects AS o, json_each(o.acl) AS p, " \
	"json_each(CASE p.type WHEN 'array' THEN p.value ELSE '[]' END) AS w " \
	"WHERE o.deleted = 0 AND w.type = 'text'"

static const char *const sql_text[SQL__MAX] = {
	/* SQL_HEALTH_READ: touches the schema, not a constant. */
	"SELECT count(*) FROM meta",
	/* SQL_HEALTH_WRITE */
	"INSERT INTO meta (name, value) VALUES ('heartbeat', ?1) "
	"ON CONFLICT (name) DO UPDATE SET value = excluded.value",
	/* SQL_OBJ_GET */
	"SELECT last_modified, deleted, data FROM objects "
	"WHERE parent = ?1 AND resource = ?2 AND id = ?3",
	/* SQL_OBJ_UPSERT: ?7 NULL keeps the permissions (none if new). */
	"INSERT INTO objects (parent, resource, id, last_modified, deleted, "
	"data, acl) VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, '{}')) "
	"ON CONFLICT (parent, resource, id) DO UPDATE SET "
	"last_modified = excluded.last_modified, deleted = excluded.deleted, "
	"data = excluded.data, acl = coalesce(?7, acl)",
	/* SQL_OBJ_ACL */
	"SELECT acl FROM objects "
	"WHERE parent = ?1 AND resource = ?2 AND id = ?3 AND deleted = 0",
	/* SQL_TS_GET */
	"SELECT last_modified FROM timestamps "
	"WHERE parent = ?1 AND resource = ?2",
	/* SQL_TS_SET */
	"INSERT INTO timestamps (parent, resource, last_modified) "
	"VALUES (?1, ?2, ?3) ON CONFLICT (parent, resource) DO UPDATE SET "
	"last_modified = excluded.last_modified",
	/* SQL_TS_INIT: a list read for the first time keeps this "now". */
	"INSERT OR IGNORE INTO timestamps (parent, resource, last_modified) "
	"VALUES (?1, ?2, ?3)",
	/* SQL_PURGE */
	"DELETE FROM objects WHERE parent = ?1 AND resource = ?2 AND "
	"deleted = 1",
	/* SQL_PURGE_BEFORE */
	"DELETE FROM objects WHERE parent = ?1 AND resource = ?2 AND "
	"deleted = 1 AND last_modified < ?3",
	/* SQL_TREE_OBJECTS: parent = uri or below ("uri/..."; '0' follows
	 * '/' in byte order). */
	"DELETE FROM objects WHERE parent = ?1 OR "
	"(parent >= ?1 || '/' AND parent < ?1 || '0')",
	/* SQL_TREE_TIMESTAMPS */
	"DELETE FROM timestamps WHERE parent = ?1 OR "
	"(parent >= ?1 || '/' AND parent < ?1 || '0')",
	/* SQL_TREE_CHANGES: the log of a bucket file, all of it. */
	"DELETE FROM changes",
	/* SQL_LOG_APPEND */
	"INSERT INTO changes (timestamp, action, resource, uri, user_id, "
	"data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	/* SQL_LOG_READ */
	"SELECT seq, timestamp, action, resource, uri, user_id, data "
	"FROM changes WHERE seq > ?1 ORDER BY seq LIMIT ?2",
	/* SQL_GRANTS_TO: ?1 a JSON array of principals; an object's rows
	 * come together.  A scan of the file's permissions: writes, the
	 * hot path, keep no index of them for GET /permissions. */
	"SELECT o.parent, o.resource, o.id, p.key " ACL_ROWS " AND w.value IN "
	"(SELECT value FROM json_each(?1)) "
	"GROUP BY o.parent, o.resource, o.id, p.key "
	"ORDER BY o.parent, o.resource, o.id, p.key",
	/* SQL_ACL_PRINCIPALS: everyone the file's permissions name. */
	"SELECT DISTINCT w.value " ACL_ROWS,
	/* SQL_BUCKET_FILE */
	"SELECT file FROM bucket_files WHERE id = ?1",
	/* SQL_BUCKET_FILE_SET */
	"INSERT INTO bucket_files (id, file) VALUES (?1, ?2) "
	"ON CONFLICT (id) DO UPDATE SET file = excluded.file",
	/* SQL_BUCKET_FILE_DEL */
	"DELETE FROM bucket_files WHERE id = ?1",
	/* SQL_BUCKET_FILES */
	"SELECT file FROM bucket_files",
	/* SQL_MEMBERS_DEL */
	"DELETE FROM memberships WHERE group_uri = ?1",
	/* SQL_MEMBERS_ADD */
	"INSERT OR IGNORE INTO memberships (principal, group_uri) "
	"VALUES (?1, ?2)",
	/* SQL_MEMBERS_DROP: group_uri starting with ?1 */
	"DELETE FROM memberships WHERE "
	"substr(group_uri, 1, length(?1)) = ?1",
	/* SQL_GROUPS_OF */
	"SELECT DISTINCT group_uri FROM memberships WHERE principal IN "
	"(SELECT value FROM json_each(?1)) ORDER BY group_uri",
	/* SQL_BUCKET_IDS */
	"SELECT id FROM bucket_files ORDER BY id",
	/* SQL_ACL_BUCKETS: the bucket files that may hold permissions of
	 * the principals ?1 (a JSON array); every one while the index is
	 * not built yet. */
	"SELECT bucket FROM acl_buckets WHERE principal IN "
	"(SELECT value FROM json_each(?1)) "
	"UNION SELECT id FROM bucket_files WHERE EXISTS "
	"(SELECT 1 FROM meta WHERE name = 'acl_index_stale')",
	/* SQL_ACL_BUCKET_HAS */
	"SELECT 1 FROM acl_buckets WHERE principal = ?1 AND bucket = ?2",
	/* SQL_ACL_BUCKET_ADD */
	"INSERT OR IGNORE INTO acl_buckets (principal, bucket) "
	"VALUES (?1, ?2)",
	/* SQL_ACL_BUCKET_DROP */
	"DELETE FROM acl_buckets WHERE bucket = ?1",
	/* SQL_ACL_STALE */
	"SELECT 1 FROM meta WHERE name = 'acl_index_stale'",
	/* SQL_ACL_FRESH */
	"DELETE FROM meta WHERE name = 'acl_index_stale'",
};

/* The tables every file has: objects, list timestamps, change log. */
#define SCHEMA_COMMON \
	"CREATE TABLE objects (" \
	"  parent        TEXT NOT NULL," \
	"  resource      TEXT NOT NULL," \
	"  id            TEXT NOT NULL," \
	"  last_modified INTEGER NOT NULL," \
	"  deleted       INTEGER NOT NULL DEFAULT 0," \
	"  data          TEXT NOT NULL," \
	"  PRIMARY KEY (parent, resource, id)" \
	") WITHOUT ROWID;" \
	/* Serves _since and sorts on last_modified; unique as sync.md \
	 * requires of a list's timestamps. */ \
	"CREATE UNIQUE INDEX objects_since ON objects " \
	"  (parent, resource, last_modified);" \
	"CREATE TABLE timestamps (" \
	"  parent        TEXT NOT NULL," \
	"  resource      TEXT NOT NULL," \
	"  last_modified INTEGER NOT NULL," \
	"  PRIMARY KEY (parent, resource)" \
	") WITHOUT ROWID;" \
	"CREATE TABLE changes (" \
	"  seq           INTEGER PRIMARY KEY AUTOINCREMENT," \
	"  timestamp     INTEGER NOT NULL," \
	"  action        TEXT NOT NULL," \
	"  resource      TEXT NOT NULL," \
	"  uri           TEXT NOT NULL," \
	"  user_id       TEXT," \
	"  data          TEXT" \
	");"

/* An object's permissions live in its row: they go with it. */
#define MIGRATION_ACL \
	"ALTER TABLE objects ADD COLUMN acl TEXT NOT NULL DEFAULT '{}';"


/*
 * Migrations: entry i brings PRAGMA user_version from i to i + 1,
 * inside one transaction.
 */
static const char *const server_migrations[] = {
	"CREATE TABLE meta ("
	"  name  TEXT PRIMARY KEY NOT NULL,"
	"  value"
	") WITHOUT ROWID;",
	SCHEMA_COMMON
	/* Which file holds a live bucket: buckets/<id>.<random>.db; a
	 * bucket created again gets a new file (sqlite.c says why). */
	"CREATE TABLE bucket_files ("
	"  id   TEXT PRIMARY KEY NOT NULL,"
	"  file TEXT NOT NULL"
	") WITHOUT ROWID;",
	MIGRATION_ACL,
	/* Who is in which group, for every request's principals without
	 * opening bucket files (DESIGN.md, "Storage layout"). */
	"CREATE TABLE memberships ("
	"  principal TEXT NOT NULL,"
	"  group_uri TEXT NOT NULL,"
	"  PRIMARY KEY (principal, group_uri)"
	") WITHOUT ROWID;"
	"CREATE INDEX memberships_group ON memberships (group_uri);",
	/* Which bucket files hold permissions naming a principal, so that
	 * GET /permissions opens only those (DESIGN.md, "Storage layout"):
	 * a superset, rows added by each write of permissions in a bucket
	 * file (sqlite_grants.c), a bucket's rows dropped with it.  Files
	 * written before this migration are indexed at the next start-up
	 * (acl_index_stale), and searched all until then. */
	"CREATE TABLE acl_buckets ("
	"  principal TEXT NOT NULL,"
	"  bucket    TEXT NOT NULL,"
	"  PRIMARY KEY (principal, bucket)"
	") WITHOUT ROWID;"
	"CREATE INDEX acl_buckets_bucket ON acl_buckets (bucket);"
	"INSERT INTO meta (name, value) VALUES ('acl_index_stale', 1);",
};

static const char *const bucket_migrations[] = {
	"CREATE TABLE meta ("
	"  name  TEXT PRIMARY KEY NOT NULL,"
	"  value"
	") WITHOUT ROWID;",
	SCHEMA_COMMON,
	MIGRATION_ACL,
};

#endif
