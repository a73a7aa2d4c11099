/*
 * cache.c — the memory cache and the registry; see cache.h.  Entries
 * sit in a hash table and in a recency list; when keys and values
 * together pass max_size_bytes, the least recently used go.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "storage/cache.h"

#define NBUCKETS	1024

struct entry {
	char		*key;
	char		*value;
	int64_t		 expires_ms;	/* 0: never */
	struct entry	*next;		/* hash chain */
	struct entry	*newer, *older;	/* recency list */
};

struct memory_cache {
	struct cache	 base;		/* first: the handle */
	struct entry	*table[NBUCKETS];
	struct entry	*newest, *oldest;
	int64_t		 size, max;
};

#define MC(c)	((struct memory_cache *)(c))

static size_t
hash(const char *s)
{
	uint64_t	 h = 1469598103934665603ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (size_t)(h % NBUCKETS);
}

static void
unlink_recency(struct memory_cache *m, struct entry *e)
{
	if (e->newer != NULL)
		e->newer->older = e->older;
	else
		m->newest = e->older;
	if (e->older != NULL)
		e->older->newer = e->newer;
	else
		m->oldest = e->newer;
	e->newer = e->older = NULL;
}

static void
push_newest(struct memory_cache *m, struct entry *e)
{
	e->older = m->newest;
	e->newer = NULL;
	if (m->newest != NULL)
		m->newest->newer = e;
	m->newest = e;
	if (m->oldest == NULL)
		m->oldest = e;
}

static struct entry **
find(struct memory_cache *m, const char *key)
{
	struct entry	**p;

	for (p = &m->table[hash(key)]; *p != NULL; p = &(*p)->next)
		if (strcmp((*p)->key, key) == 0)
			return p;
	return p;
}

static void
drop(struct memory_cache *m, struct entry **p)
{
	struct entry	*e = *p;

	*p = e->next;
	unlink_recency(m, e);
	m->size -= (int64_t)(strlen(e->key) + strlen(e->value));
	free(e->key);
	free(e->value);
	free(e);
}

static enum st_rc
mc_open(const struct cache_settings *set, struct cache **out, char *err,
    size_t errsz)
{
	struct memory_cache	*m;

	(void)err;
	(void)errsz;
	m = xcalloc(1, sizeof(*m));
	m->base.ops = &cache_memory_ops;
	m->max = set->max_size_bytes > 0 ? set->max_size_bytes : 524288;
	*out = &m->base;
	return ST_OK;
}

static void
mc_close(struct cache *c)
{
	struct memory_cache	*m = MC(c);
	size_t			 i;

	for (i = 0; i < NBUCKETS; i++)
		while (m->table[i] != NULL)
			drop(m, &m->table[i]);
	free(m);
}

static enum st_rc
mc_get(struct cache *c, const char *key, char **value)
{
	struct memory_cache	*m = MC(c);
	struct entry		**p = find(m, key);

	*value = NULL;
	if (*p == NULL)
		return ST_OK;
	if ((*p)->expires_ms != 0 && (*p)->expires_ms <= now_ms()) {
		drop(m, p);
		return ST_OK;
	}
	unlink_recency(m, *p);
	push_newest(m, *p);
	*value = xstrdup((*p)->value);
	return ST_OK;
}

static enum st_rc
mc_delete(struct cache *c, const char *key)
{
	struct memory_cache	*m = MC(c);
	struct entry		**p = find(m, key);

	if (*p != NULL)
		drop(m, p);
	return ST_OK;
}

static enum st_rc
mc_set(struct cache *c, const char *key, const char *value, int64_t ttl)
{
	struct memory_cache	*m = MC(c);
	struct entry		*e, **p;

	mc_delete(c, key);
	e = xcalloc(1, sizeof(*e));
	e->key = xstrdup(key);
	e->value = xstrdup(value);
	e->expires_ms = ttl > 0 ? now_ms() + ttl * 1000 : 0;
	p = find(m, key);
	*p = e;
	push_newest(m, e);
	m->size += (int64_t)(strlen(key) + strlen(value));
	/* Over the bound: the least recently used go, never the new one. */
	while (m->size > m->max && m->oldest != e)
		drop(m, find(m, m->oldest->key));
	return ST_OK;
}

enum st_rc
cache_roundtrip(struct cache *c)
{
	char		*v = NULL;
	enum st_rc	 rc;

	if ((rc = c->ops->set(c, "__heartbeat__", "1", 10)) == ST_OK)
		rc = c->ops->get(c, "__heartbeat__", &v);
	if (rc == ST_OK && v == NULL)
		rc = ST_EBACKEND;
	free(v);
	return rc;
}

const struct cache_ops cache_memory_ops = {
	.name = "memory",
	.version = 1,
	.open = mc_open,
	.close = mc_close,
	.get = mc_get,
	.set = mc_set,
	.delete = mc_delete,
	.health = cache_roundtrip,
};

enum st_rc
cache_open(const struct cache_settings *set, struct cache **out, char *err,
    size_t errsz)
{
	*out = NULL;
	if (strcmp(set->backend, "memory") == 0)
		return cache_memory_ops.open(set, out, err, errsz);
	if (strcmp(set->backend, "sqlite") == 0)
		return cache_sqlite_ops.open(set, out, err, errsz);
	snprintf(err, errsz, "unknown cache backend \"%s\"", set->backend);
	return ST_EINVAL;
}
