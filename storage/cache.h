/*
 * cache.h — the cache interface (Kinto-Core's cache backend): text
 * values under text keys, each with a time to live.  Two
 * implementations: "memory" (per process, bounded by size, the least
 * recently used entries going first) and "sqlite" (data_dir/cache.db,
 * shared by every worker: what the accounts plugin caches verified
 * passwords in, and DELETE pagination its single-use tokens).
 *
 * Ownership: cache_open() gives the caller a handle for cache_close();
 * cache_get() gives a new string (free()) or NULL.
 */
#ifndef CINTO_CACHE_H
#define CINTO_CACHE_H

#include <stddef.h>
#include <stdint.h>

#include "storage/storage.h"

struct cache_settings {
	const char	*backend;	/* "memory" or "sqlite" */
	const char	*data_dir;	/* sqlite: where cache.db lives */
	int64_t		 max_size_bytes; /* memory: keys + values */
	int64_t		 busy_timeout_ms;
};

struct cache;

struct cache_ops {
	const char	*name;
	int		 version;	/* bump when adding methods below */
	/* Version 1. */
	enum st_rc	(*open)(const struct cache_settings *, struct cache **,
			    char *err, size_t errsz);
	void		(*close)(struct cache *);
	/* The value, or NULL (ST_OK) when absent or expired. */
	enum st_rc	(*get)(struct cache *, const char *key, char **value);
	/* ttl_seconds <= 0: no expiry. */
	enum st_rc	(*set)(struct cache *, const char *key,
			    const char *value, int64_t ttl_seconds);
	enum st_rc	(*delete)(struct cache *, const char *key);
	/* A real round trip (a write and a read back). */
	enum st_rc	(*health)(struct cache *);
};

struct cache {
	const struct cache_ops	*ops;
};

extern const struct cache_ops cache_memory_ops;

/*
 * A health check any backend can use as its .health: a write of
 * "__heartbeat__" and a read back, through its own ops.
 */
enum st_rc	 cache_roundtrip(struct cache *);
extern const struct cache_ops cache_sqlite_ops;

enum st_rc	 cache_open(const struct cache_settings *, struct cache **,
		    char *err, size_t errsz);

static inline void
cache_close(struct cache *c)
{
	if (c != NULL)
		c->ops->close(c);
}

static inline enum st_rc
cache_get(struct cache *c, const char *key, char **value)
{
	return c->ops->get(c, key, value);
}

static inline enum st_rc
cache_set(struct cache *c, const char *key, const char *value, int64_t ttl)
{
	return c->ops->set(c, key, value, ttl);
}

static inline enum st_rc
cache_delete(struct cache *c, const char *key)
{
	return c->ops->delete(c, key);
}

static inline enum st_rc
cache_health(struct cache *c)
{
	return c->ops->health(c);
}

#endif
