/*
 * sqlite_int.h — what the files of the SQLite backend share: the handle,
 * one struct per open database file, and the helpers that take a file
 * into the current transaction.  Internal to storage/sqlite*.c.
 */
#ifndef CINTO_SQLITE_INT_H
#define CINTO_SQLITE_INT_H

#include <stdbool.h>
#include <stdint.h>

#include <sqlite3.h>

#include "storage/sqlite_sql.h"
#include "storage/storage.h"

/* Composed list queries kept prepared, per file. */
#define QCACHE_SIZE	16

enum txn_state {
	TXN_NONE,		/* not in the request's transaction */
	TXN_READ,		/* BEGIN (deferred): a read snapshot */
	TXN_WRITE,		/* BEGIN IMMEDIATE: the file's write lock */
};

/* One open database file: server.db or a bucket's. */
struct sdb {
	sqlite3		*db;
	sqlite3_stmt	*stmt[SQL__MAX];
	struct {
		char		*sql;
		sqlite3_stmt	*st;
		uint64_t	 used;
	}		 qcache[QCACHE_SIZE];
	char		*bid;		/* NULL for server.db */
	char		*file;		/* name in buckets/, NULL for server */
	enum txn_state	 txn;
	uint64_t	 used;		/* LRU clock */
	bool		 doomed;	/* bucket deleted: unlink on commit */
};

struct sqlite_storage {
	struct storage	 base;		/* first: the handle core sees */
	char		*data_dir;
	bool		 readonly;
	bool		 sync_full;
	int		 busy_ms;
	size_t		 max_open;
	struct sdb	*server;
	struct sdb	**buckets;	/* open bucket files, LRU */
	size_t		 nbuckets;
	bool		 in_txn;	/* the request's transaction */
	bool		 txn_write;
	uint64_t	 clock;
	char		**created;	/* bucket files made in the txn */
	size_t		 ncreated;
	/*
	 * "<bucket file>\n<principal>" pairs this process read in
	 * acl_buckets, so that most writes of permissions read nothing
	 * more.  A bucket deleted and made again has another file: no
	 * stale pair.
	 */
	char		*noted[64];
	size_t		 noted_next;	/* the slot to replace next */
};

#define S(st)	((struct sqlite_storage *)(st))

enum st_rc	 sq_rc(int);
int		 sq_step_done(sqlite3_stmt *);

/*
 * The file that holds objects of this parent, in the request's
 * transaction (write: its write lock), or ST_NOTFOUND when parent lies
 * in a bucket that does not exist.
 */
enum st_rc	 sq_file(struct sqlite_storage *, const char *parent, bool write,
		    struct sdb **out);
/*
 * A live bucket's file, for a read outside the request's transaction
 * (unless the file is in it already), so that a scan of many buckets
 * keeps at most max_open_buckets open; ST_NOTFOUND when it is gone.
 */
enum st_rc	 sq_bucket_peek(struct sqlite_storage *, const char *bid,
		    struct sdb **out);
/* server.db, in the request's transaction. */
enum st_rc	 sq_server(struct sqlite_storage *, bool write,
		    struct sdb **out);
/* A bucket's file, in the transaction (write), ready to be unlinked. */
enum st_rc	 sq_doom_bucket(struct sqlite_storage *, const char *bid);
/* Creates the files of a bucket that has none (at its creation). */
enum st_rc	 sq_bucket_created(struct sqlite_storage *, const char *bid);
/* The statement, reset and unbound, ready for this use. */
sqlite3_stmt	*sq_stmt(struct sdb *, enum sql);
/* A composed query, prepared once and kept. */
sqlite3_stmt	*sq_query(struct sdb *, const char *sql);
/* Registers cinto's SQL functions on a connection. */
int		 sq_functions(sqlite3 *);

/* Binds a C string (NULL binds NULL). */
void		 sq_bind_text(sqlite3_stmt *, int, const char *);

/* An object from a row: id, last_modified, deleted, data (JSON text). */
enum st_rc	 sq_object(const char *id, int64_t ts, bool deleted,
		    const unsigned char *data, int len, cJSON **out);

/* The operations of the vtable (sqlite_obj.c, sqlite_query.c). */
enum st_rc	 sq_get(struct storage *, const struct st_ref *, bool,
		    cJSON **);
enum st_rc	 sq_put(struct storage *, const struct st_ref *,
		    const cJSON *, const cJSON *, bool, int64_t, cJSON **,
		    bool *);
enum st_rc	 sq_get_acl(struct storage *, const struct st_ref *,
		    cJSON **);
enum st_rc	 sq_set_members(struct storage *, const char *, const cJSON *);
enum st_rc	 sq_drop_members(struct storage *, const char *);
enum st_rc	 sq_groups_of(struct storage *, const cJSON *, cJSON **);
enum st_rc	 sq_grants_to(struct storage *, const cJSON *, cJSON **);
/*
 * sqlite_grants.c: notes in server.db that bucket bid's file now holds
 * permissions naming the principals of acl (after a write of them);
 * builds that index at start-up after the migration that made it.
 */
enum st_rc	 sq_grants_note(struct sqlite_storage *, const struct sdb *,
		    const cJSON *acl);
enum st_rc	 sq_grants_reindex(struct sqlite_storage *);
enum st_rc	 sq_delete(struct storage *, const struct st_ref *, int64_t,
		    cJSON **);
enum st_rc	 sq_timestamp(struct storage *, const char *, const char *,
		    int64_t *);
enum st_rc	 sq_purge_deleted(struct storage *, const char *,
		    const char *, int64_t, int64_t *);
enum st_rc	 sq_delete_tree(struct storage *, const char *);
enum st_rc	 sq_log_append(struct storage *, const char *,
		    const struct st_change *);
enum st_rc	 sq_log_read(struct storage *, const char *, int64_t,
		    int64_t, cJSON **);
enum st_rc	 sq_list(struct storage *, const struct st_query *,
		    cJSON **);
enum st_rc	 sq_count(struct storage *, const struct st_query *,
		    int64_t *);
enum st_rc	 sq_delete_many(struct storage *, const struct st_query *,
		    cJSON **);
/* A transaction of the call's own unless the caller holds one. */
enum st_rc	 sq_implicit(struct sqlite_storage *, bool, bool *);
enum st_rc	 sq_implicit_end(struct sqlite_storage *, bool, enum st_rc);
/*
 * A read of principals that fills a new array *out (NULL on failure),
 * in such a transaction: groups_of(), grants_to().
 */
typedef enum st_rc	(*sq_fill_fn)(struct sqlite_storage *,
			    const cJSON *principals, cJSON *out);
enum st_rc	 sq_read_array(struct sqlite_storage *, sq_fill_fn,
		    const cJSON *principals, cJSON **out);
/* Deletes one object in the current transaction (for delete_many). */
enum st_rc	 sq_delete_in_txn(struct sqlite_storage *,
		    const struct st_ref *, cJSON **);

#endif
