/*
 * storage.h — the storage interface: an opaque handle and a const
 * vtable, one implementation per backend (DESIGN.md, "Storage layout").
 * core/ calls the inline storage_*() wrappers, never the vtable itself.
 *
 * The model is Kinto's: an object is addressed by (resource name,
 * parent id, id) — buckets ("bucket", "", "b1"), collections
 * ("collection", "/buckets/b1", "c1"), records ("record",
 * "/buckets/b1/collections/c1", "r1") — and every list (resource name,
 * parent id) has a timestamp (protocol/sync.md).  A deleted object leaves
 * a tombstone {"id", "last_modified", "deleted": true}.  Objects are
 * returned as JSON objects holding "id" and "last_modified" (and
 * "deleted" for tombstones) besides their data; data passed in is stored
 * without its "id" and "last_modified" members, exactly (every digit,
 * every code point: see core/json.h).  A "deleted" member is data (a
 * live object holding it looks like a tombstone in lists, as in Kinto).
 *
 * Transactions: storage_begin() opens one for the request (write =
 * true for requests that may write: their locks are taken before their
 * first read, so that a read-then-write cannot be overtaken), commit or
 * rollback ends it.  An operation outside a transaction runs in its own.
 * Writes in one list get strictly increasing timestamps in commit order,
 * whatever process makes them.
 *
 * storage/ depends on nothing in cinto but the leaf modules core/util
 * and core/json; errors are a storage enum that only core/ maps to HTTP.
 *
 * Ownership: arguments are borrowed; OUT trees and strings are the
 * caller's.  storage_open() gives the caller a handle for
 * storage_close().
 */
#ifndef CINTO_STORAGE_H
#define CINTO_STORAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cJSON.h>

enum st_rc {
	ST_OK = 0,
	ST_NOTFOUND,		/* no such object (or only its tombstone) */
	ST_EXISTS,		/* create: a live object has that id */
	ST_BUSY,		/* a lock still held after the timeout: 503 */
	ST_CONFLICT,		/* integrity constraint: 409, retry */
	ST_EBACKEND,		/* I/O, corruption, anything else: 503 */
	ST_EINVAL,		/* caller error (bad id, bad argument) */
	ST__MAX
};

extern const char *const st_rc_names[ST__MAX];

/* No client-provided timestamp: the list's next one. */
#define ST_TS_NONE	INT64_MIN

/* What a backend needs to know, filled by core from struct config. */
struct storage_settings {
	const char	*backend;	/* "sqlite" or "memory" */
	const char	*data_dir;	/* sqlite: where the files live */
	bool		 readonly;	/* never write, heartbeat included */
	bool		 sync_full;	/* sqlite: synchronous = FULL */
	int64_t		 busy_timeout_ms; /* wait for a lock that long */
	int64_t		 max_open_buckets; /* sqlite: LRU of bucket files */
};

/* An object's address; id is NULL for a list. */
struct st_ref {
	const char	*resource;
	const char	*parent;
	const char	*id;
};

/* Filter operators (protocol/requests.md, "Filtering"). */
enum st_op {
	ST_EQ,			/* (none) / eq_: deep JSON equality */
	ST_NOT,			/* not_ */
	ST_LT,			/* lt_ */
	ST_GT,			/* gt_ */
	ST_MIN,			/* min_: >= */
	ST_MAX,			/* max_: <= */
	ST_IN,			/* in_: value is an array of candidates */
	ST_EXCLUDE,		/* exclude_: value is an array */
	ST_LIKE,		/* like_: value is a string pattern, '*' wild */
	ST_HAS,			/* has_: value true (present) / false */
	ST_CONTAINS,		/* contains_: value is an array, all in */
	ST_CONTAINS_ANY,	/* contains_any_: value is an array, any in */
	ST_OP__MAX
};

/*
 * One condition.  field is "id", "last_modified" or a dotted path into
 * the data ("author.name").  Values compare with the protocol's total
 * order (json_compare(): null < strings < numbers < booleans < arrays <
 * objects), an object lacking the field being greater than any value.
 * "id" compares as a string, "last_modified" as an integer.
 */
struct st_filter {
	const char	*field;
	enum st_op	 op;
	const cJSON	*value;
};

struct st_sort {
	const char	*field;
	int		 dir;		/* 1 ascending, -1 descending */
};

/*
 * A list request.  The sort must end with a unique key: core appends
 * last_modified (unique within a list) unless it is already there.
 * after, when not NULL, is an object holding the sort fields' values of
 * the last object of the previous page, each at its place as in an
 * object ({"n": {"x": 2}} for the field n.x; Kinto's pagination token
 * keeps "n.x" flat, core nests it), a field it lacks standing for an
 * object missing it: only objects strictly after it in the sort order
 * are returned.
 */
struct st_query {
	const char		*resource;
	const char		*parent;
	const struct st_filter	*filters;
	size_t			 nfilters;
	const struct st_sort	*sorts;
	size_t			 nsorts;
	const cJSON		*after;
	bool			 with_deleted;	/* tombstones too */
	int64_t			 limit;		/* 0: no limit */
	/*
	 * Version 3: when both are set (arrays of strings), only objects
	 * whose own permissions give one of acl_perms to one of
	 * acl_principals (a partly shared list, auth.md).
	 */
	const cJSON		*acl_perms;
	const cJSON		*acl_principals;
};

/* One entry of a bucket's change log (DESIGN.md, "the change log"). */
struct st_change {
	const char	*action;	/* "create", "update", "delete" */
	const char	*resource;	/* resource name */
	const char	*uri;		/* object URI */
	const char	*user_id;	/* author, or NULL */
	int64_t		 timestamp;	/* the write's */
	const cJSON	*data;		/* the object after (or tombstone) */
};

struct storage;

struct storage_ops {
	const char	*name;
	int		 version;	/* bump when adding methods below */
	/* Version 1. */
	enum st_rc	(*open)(const struct storage_settings *,
			    struct storage **out, char *err, size_t errsz);
	void		(*close)(struct storage *);
	/*
	 * A real round trip to the backend within timeout_ms: a query, and
	 * a committed write unless read-only (utilities.md, heartbeat).
	 */
	enum st_rc	(*health)(struct storage *, int64_t timeout_ms);
	/* Version 2. */
	enum st_rc	(*begin)(struct storage *, bool write);
	enum st_rc	(*commit)(struct storage *);
	void		(*rollback)(struct storage *);
	/* The live object (ST_NOTFOUND for a tombstone unless deleted). */
	enum st_rc	(*get)(struct storage *, const struct st_ref *,
			    bool deleted, cJSON **out);
	/*
	 * Creates (ST_EXISTS if a live object has the id; a tombstone is
	 * replaced) or, with replace, creates or replaces.  acl: the
	 * object's permissions ({"read": [principals], ...}), or NULL to
	 * keep those it has (none for a new object).  ts: a client
	 * timestamp (sync.md, "Assigning a timestamp on write") or
	 * ST_TS_NONE.  *out (may be NULL) gets the stored object and
	 * *created whether it was new (may be NULL).
	 */
	enum st_rc	(*put)(struct storage *, const struct st_ref *,
			    const cJSON *data, const cJSON *acl, bool replace,
			    int64_t ts, cJSON **out, bool *created);
	/*
	 * Deletes a live object, leaving a tombstone (*out, may be NULL)
	 * and no permissions.  A bucket takes everything in it along (as
	 * delete_tree()).
	 */
	enum st_rc	(*delete)(struct storage *, const struct st_ref *,
			    int64_t ts, cJSON **out);
	/* Objects of a list in sort order: *out is a JSON array. */
	enum st_rc	(*list)(struct storage *, const struct st_query *,
			    cJSON **out);
	/* How many match (tombstones never counted; limit/after ignored). */
	enum st_rc	(*count)(struct storage *, const struct st_query *,
			    int64_t *out);
	/*
	 * Deletes the live objects matching the query (limit and after
	 * apply), each with a fresh timestamp in sort order; *out (may be
	 * NULL) is the array of their tombstones.
	 */
	enum st_rc	(*delete_many)(struct storage *, const struct st_query *,
			    cJSON **out);
	/*
	 * The list timestamp (sync.md, "Lists and their timestamps"): the
	 * largest ever assigned, or, for a list never written, the current
	 * time, stored so that it stays (unless read-only).
	 */
	enum st_rc	(*timestamp)(struct storage *, const char *resource,
			    const char *parent, int64_t *out);
	/* Removes tombstones of a list older than before (0: all). */
	enum st_rc	(*purge_deleted)(struct storage *, const char *resource,
			    const char *parent, int64_t before, int64_t *n);
	/*
	 * Removes, without tombstones, every object and list timestamp
	 * whose parent is uri or lies below it (the cascade of objects.md):
	 * "/buckets/b/collections/c" takes the records of c; "/buckets/b"
	 * takes everything in bucket b.
	 */
	enum st_rc	(*delete_tree)(struct storage *, const char *uri);
	/* Appends to the change log of a bucket (NULL: the server's). */
	enum st_rc	(*log_append)(struct storage *, const char *bucket,
			    const struct st_change *);
	/*
	 * Entries after position after_seq, oldest first, at most limit
	 * (0: all): *out is an array of {"seq", "timestamp", "action",
	 * "resource_name", "uri", "user_id", "data"}.
	 */
	enum st_rc	(*log_read)(struct storage *, const char *bucket,
			    int64_t after_seq, int64_t limit, cJSON **out);
	/* Version 3. */
	/*
	 * The permissions of a live object: an object mapping permission
	 * names to arrays of principals (ST_NOTFOUND for none).
	 */
	enum st_rc	(*get_acl)(struct storage *, const struct st_ref *,
			    cJSON **out);
	/* Version 4: group memberships, server-wide (auth.md, principals). */
	/*
	 * Records the members of a group (an array of principals), or
	 * forgets them with NULL.  uri_prefix variant: every group whose
	 * URI starts with it (a deleted bucket's "/buckets/b/groups/").
	 */
	enum st_rc	(*set_members)(struct storage *, const char *group_uri,
			    const cJSON *members);
	enum st_rc	(*drop_members)(struct storage *, const char *uri_prefix);
	/* The URIs of the groups listing any of the principals (array). */
	enum st_rc	(*groups_of)(struct storage *, const cJSON *principals,
			    cJSON **out);
	/* Version 5: what the permissions name, server-wide. */
	/*
	 * Every live object whose own permissions give something to one of
	 * the principals (an array of strings), wherever it lives
	 * (GET /permissions, auth.md): *out is an array of {"resource",
	 * "parent", "id", "permissions": [names]}, one per object, naming
	 * only the permissions that list one of the principals; objects and
	 * names in no particular order.
	 */
	enum st_rc	(*grants_to)(struct storage *, const cJSON *principals,
			    cJSON **out);
};

/* Every backend's handle starts with this. */
struct storage {
	const struct storage_ops	*ops;
};

extern const struct storage_ops storage_sqlite_ops;
extern const struct storage_ops storage_memory_ops;

/* The backend of that name, or NULL. */
const struct storage_ops	*storage_find(const char *name);

/* Opens the backend named in settings; err says why on failure. */
enum st_rc	 storage_open(const struct storage_settings *,
		    struct storage **out, char *err, size_t errsz);

/*
 * True when the id may name a bucket, collection, group or record
 * (objects.md, "Identifiers": ^[a-zA-Z0-9][a-zA-Z0-9_-]*$), and is at
 * most ST_ID_MAX bytes (a bucket id becomes a file name).
 */
#define ST_ID_MAX	128
bool		 storage_valid_id(const char *);

static inline void
storage_close(struct storage *st)
{
	if (st != NULL)
		st->ops->close(st);
}

static inline enum st_rc
storage_health(struct storage *st, int64_t timeout_ms)
{
	return st->ops->health(st, timeout_ms);
}

static inline enum st_rc
storage_begin(struct storage *st, bool write)
{
	return st->ops->begin(st, write);
}

static inline enum st_rc
storage_commit(struct storage *st)
{
	return st->ops->commit(st);
}

static inline void
storage_rollback(struct storage *st)
{
	st->ops->rollback(st);
}

static inline enum st_rc
storage_get(struct storage *st, const struct st_ref *r, bool deleted,
    cJSON **out)
{
	return st->ops->get(st, r, deleted, out);
}

static inline enum st_rc
storage_create(struct storage *st, const struct st_ref *r,
    const cJSON *data, int64_t ts, cJSON **out)
{
	return st->ops->put(st, r, data, NULL, false, ts, out, NULL);
}

static inline enum st_rc
storage_replace(struct storage *st, const struct st_ref *r,
    const cJSON *data, int64_t ts, cJSON **out, bool *created)
{
	return st->ops->put(st, r, data, NULL, true, ts, out, created);
}

/* create (replace false) or replace, setting the permissions too. */
static inline enum st_rc
storage_put(struct storage *st, const struct st_ref *r, const cJSON *data,
    const cJSON *acl, bool replace, int64_t ts, cJSON **out, bool *created)
{
	return st->ops->put(st, r, data, acl, replace, ts, out, created);
}

static inline enum st_rc
storage_get_acl(struct storage *st, const struct st_ref *r, cJSON **out)
{
	return st->ops->get_acl(st, r, out);
}

static inline enum st_rc
storage_set_members(struct storage *st, const char *group_uri,
    const cJSON *members)
{
	return st->ops->set_members(st, group_uri, members);
}

static inline enum st_rc
storage_drop_members(struct storage *st, const char *uri_prefix)
{
	return st->ops->drop_members(st, uri_prefix);
}

static inline enum st_rc
storage_groups_of(struct storage *st, const cJSON *principals, cJSON **out)
{
	return st->ops->groups_of(st, principals, out);
}

static inline enum st_rc
storage_grants_to(struct storage *st, const cJSON *principals, cJSON **out)
{
	return st->ops->grants_to(st, principals, out);
}

static inline enum st_rc
storage_delete(struct storage *st, const struct st_ref *r, int64_t ts,
    cJSON **out)
{
	return st->ops->delete(st, r, ts, out);
}

static inline enum st_rc
storage_list(struct storage *st, const struct st_query *q, cJSON **out)
{
	return st->ops->list(st, q, out);
}

static inline enum st_rc
storage_count(struct storage *st, const struct st_query *q, int64_t *out)
{
	return st->ops->count(st, q, out);
}

static inline enum st_rc
storage_delete_many(struct storage *st, const struct st_query *q,
    cJSON **out)
{
	return st->ops->delete_many(st, q, out);
}

static inline enum st_rc
storage_timestamp(struct storage *st, const char *resource,
    const char *parent, int64_t *out)
{
	return st->ops->timestamp(st, resource, parent, out);
}

static inline enum st_rc
storage_purge_deleted(struct storage *st, const char *resource,
    const char *parent, int64_t before, int64_t *n)
{
	return st->ops->purge_deleted(st, resource, parent, before, n);
}

static inline enum st_rc
storage_delete_tree(struct storage *st, const char *uri)
{
	return st->ops->delete_tree(st, uri);
}

static inline enum st_rc
storage_log_append(struct storage *st, const char *bucket,
    const struct st_change *c)
{
	return st->ops->log_append(st, bucket, c);
}

static inline enum st_rc
storage_log_read(struct storage *st, const char *bucket, int64_t after_seq,
    int64_t limit, cJSON **out)
{
	return st->ops->log_read(st, bucket, after_seq, limit, out);
}

#endif
