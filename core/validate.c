/*
 * validate.c — see validate.h.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/body.h"
#include "core/ctx.h"
#include "core/json.h"
#include "core/pyrepr.h"
#include "core/schema.h"
#include "core/util.h"
#include "core/validate.h"

/*
 * A JSON schema when present: an object, valid under the Draft 7
 * meta-schema (objects.md, "Collections"; whatever the settings).
 */
static void
want_schema(struct ctx *ctx, cJSON *data, const char *prefix,
    const char *field)
{
	const cJSON	*v = cJSON_GetObjectItemCaseSensitive(data, field);
	char		*name;

	if (v == NULL)
		return;
	name = xasprintf("%s%s", prefix, field);
	if (cJSON_IsObject(v))
		schema_check_field(ctx, data, field, name);
	else
		body_not_mapping(ctx, name, v);
	free(name);
}

void
validate_bucket(struct ctx *ctx, cJSON *data, const char *prefix)
{
	want_schema(ctx, data, prefix, "collection:schema");
	want_schema(ctx, data, prefix, "group:schema");
	want_schema(ctx, data, prefix, "record:schema");
}

/*
 * cache_expires: an integer; a float is truncated (1.5 is stored as 1),
 * anything else is "not a number" (objects.md, "Collections").
 */
void
validate_collection(struct ctx *ctx, cJSON *data, const char *prefix)
{
	cJSON		*v;
	struct buf	 b = { 0 };
	char		*name;

	want_schema(ctx, data, prefix, "schema");
	v = cJSON_GetObjectItemCaseSensitive(data, "cache_expires");
	if (v == NULL)
		return;
	if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) ||
	    fabs(v->valuedouble) > 9.2e18) {
		name = xasprintf("%scache_expires", prefix);
		pystr(&b, v);
		verrors_add(&ctx->verr, "body", name, "\"%s\" is not a number",
		    b.data);
		free(name);
		buf_free(&b);
		return;
	}
	if (v->valuestring != NULL && strpbrk(v->valuestring, ".eE") != NULL)
		cJSON_ReplaceItemInObjectCaseSensitive(data, "cache_expires",
		    json_new_int((int64_t)trunc(v->valuedouble)));
}

/*
 * members: a list of strings, none a group URI nor system.Everyone;
 * [] when absent (objects.md, "Groups").
 */
void
validate_group(struct ctx *ctx, cJSON *data, const char *prefix)
{
	const cJSON	*m = cJSON_GetObjectItemCaseSensitive(data, "members");
	const cJSON	*e;
	struct buf	 b = { 0 };
	char		*name;
	int		 i = 0;

	if (m == NULL) {
		cJSON_AddItemToObject(data, "members", cJSON_CreateArray());
		return;
	}
	if (!cJSON_IsArray(m)) {
		name = xasprintf("%smembers", prefix);
		pystr(&b, m);
		verrors_add(&ctx->verr, "body", name, "\"%s\" is not iterable",
		    b.data);
		free(name);
		buf_free(&b);
		return;
	}
	cJSON_ArrayForEach(e, m) {
		name = xasprintf("%smembers.%d", prefix, i++);
		if (!cJSON_IsString(e)) {
			buf_reset(&b);
			pyrepr(&b, e);
			verrors_add(&ctx->verr, "body", name,
			    "%s is not a string: {'': ''}", b.data);
		} else if (str_has_prefix(e->valuestring, "/buckets/") ||
		    strcmp(e->valuestring, "system.Everyone") == 0)
			verrors_add(&ctx->verr, "body", name,
			    "'%s' is not a valid user ID.", e->valuestring);
		free(name);
	}
	buf_free(&b);
}
