/*
 * storage.h — the storage interface: an opaque handle and a const
 * vtable, one implementation per backend (DESIGN.md, "Storage layout").
 * core/ calls the inline storage_*() wrappers, never the vtable itself.
 *
 * storage/ depends on nothing in cinto but the leaf modules core/util
 * and core/json; errors are a storage enum that only core/ maps to HTTP.
 *
 * Ownership: storage_open() gives the caller a handle to storage_close();
 * arguments are borrowed.
 */
#ifndef CINTO_STORAGE_H
#define CINTO_STORAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum st_rc {
	ST_OK = 0,
	ST_NOTFOUND,		/* no such object */
	ST_EXISTS,		/* unique id already taken */
	ST_BUSY,		/* lock still held after the timeout: 503 */
	ST_CONFLICT,		/* integrity constraint: 409 */
	ST_EBACKEND,		/* I/O, corruption, anything else: 503 */
	ST_EINVAL,		/* caller error (bad id, bad argument) */
	ST__MAX
};

extern const char *const st_rc_names[ST__MAX];

/* What a backend needs to know, filled by core from struct config. */
struct storage_settings {
	const char	*backend;	/* "sqlite" or "memory" */
	const char	*data_dir;	/* sqlite: where the files live */
	bool		 readonly;	/* never write, heartbeat included */
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

#endif
