/*
 * t_cache.c — the cache interface against both backends: values, time
 * to live, deletion, the memory cache's size bound (least recently used
 * first), and the SQLite cache shared between handles (as between the
 * workers of the pool).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/json.h"
#include "core/util.h"
#include "storage/cache.h"
#include "tests/t.h"

static struct cache *
open_cache(const char *backend, const char *dir, int64_t max)
{
	struct cache_settings	 set = { backend, dir, max, 1000 };
	struct cache		*c = NULL;
	char			 err[256];

	if (cache_open(&set, &c, err, sizeof(err)) != ST_OK)
		fprintf(stderr, "%s: %s\n", backend, err);
	return c;
}

static void
get_is(struct cache *c, const char *key, const char *want)
{
	char	*v = NULL;

	T(cache_get(c, key, &v) == ST_OK);
	T_STR(v, want);
	free(v);
}

static void
suite(const char *backend, const char *dir)
{
	struct cache	*c;

	if ((c = open_cache(backend, dir, 0)) == NULL) {
		T(0);
		return;
	}
	get_is(c, "absent", NULL);
	T(cache_set(c, "k", "v1", 0) == ST_OK);
	get_is(c, "k", "v1");
	T(cache_set(c, "k", "v2", 60) == ST_OK);
	get_is(c, "k", "v2");
	T(cache_delete(c, "k") == ST_OK);
	get_is(c, "k", NULL);
	T(cache_delete(c, "k") == ST_OK);
	/* Values are text, whatever they hold. */
	T(cache_set(c, "json", "{\"a\": [1, \"\\u00e9\"]}", 60) == ST_OK);
	get_is(c, "json", "{\"a\": [1, \"\\u00e9\"]}");
	T(cache_set(c, "exp", "soon", 1) == ST_OK);
	get_is(c, "exp", "soon");
	usleep(1100 * 1000);
	get_is(c, "exp", NULL);
	get_is(c, "json", "{\"a\": [1, \"\\u00e9\"]}");
	T(cache_health(c) == ST_OK);
	cache_close(c);
}

int
main(void)
{
	char		 dir[] = "/tmp/t_cache.XXXXXX", *cmd;
	struct cache	*a, *b;
	char		 key[32];
	int		 i;

	json_init();
	if (mkdtemp(dir) == NULL)
		return 1;
	suite("memory", dir);
	suite("sqlite", dir);

	/* Memory: over max_size_bytes, the least recently used go. */
	a = open_cache("memory", dir, 100);
	for (i = 0; i < 10; i++) {
		snprintf(key, sizeof(key), "key%d", i);
		T(cache_set(a, key, "0123456789", 0) == ST_OK);
		if (i == 5)
			get_is(a, "key0", "0123456789");	/* used */
	}
	get_is(a, "key0", "0123456789");
	get_is(a, "key1", NULL);
	get_is(a, "key9", "0123456789");
	/* An entry larger than the bound still goes in, alone. */
	T(cache_set(a, "big", "0123456789012345678901234567890123456789"
	    "0123456789012345678901234567890123456789012345678901234567890",
	    0) == ST_OK);
	get_is(a, "key9", NULL);
	cache_close(a);

	/* SQLite: two handles (two workers) share the entries. */
	a = open_cache("sqlite", dir, 0);
	b = open_cache("sqlite", dir, 0);
	T(a != NULL && b != NULL);
	if (a != NULL && b != NULL) {
		T(cache_set(a, "shared", "yes", 60) == ST_OK);
		get_is(b, "shared", "yes");
		T(cache_delete(b, "shared") == ST_OK);
		get_is(a, "shared", NULL);
	}
	cache_close(a);
	cache_close(b);
	T(open_cache("nosuch", dir, 0) == NULL);

	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		T(0);
	free(cmd);
	return t_report();
}
