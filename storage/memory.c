/*
 * memory.c — the in-memory backend: everything lives in the worker's
 * heap and dies with it.  For tests and for an ephemeral
 * storage_backend = memory (each worker then has its own data).
 */
#include <stdlib.h>

#include "core/util.h"
#include "storage/storage.h"

struct memory_storage {
	struct storage	 base;		/* first: the handle core sees */
};

static enum st_rc
memory_open(const struct storage_settings *set, struct storage **out,
    char *err, size_t errsz)
{
	struct memory_storage	*m;

	(void)set;
	(void)err;
	(void)errsz;
	m = xcalloc(1, sizeof(*m));
	m->base.ops = &storage_memory_ops;
	*out = &m->base;
	return ST_OK;
}

static void
memory_close(struct storage *base)
{
	free(base);
}

/* Nothing can fail in memory short of the allocator, which aborts. */
static enum st_rc
memory_health(struct storage *base, int64_t timeout_ms)
{
	(void)base;
	(void)timeout_ms;
	return ST_OK;
}

const struct storage_ops storage_memory_ops = {
	.name = "memory",
	.version = 1,
	.open = memory_open,
	.close = memory_close,
	.health = memory_health,
};
