/*
 * envelope.c — see envelope.h.
 */
#include <stdlib.h>
#include <string.h>

#include "core/body.h"
#include "core/ctx.h"
#include "core/envelope.h"
#include "core/json.h"
#include "core/pyrepr.h"
#include "core/resource.h"
#include "core/util.h"

/* "read, write, collection:create" for the messages. */
static void
perm_names(struct buf *b, const struct resource *r)
{
	const char *const	*p;

	for (p = r->perms; *p != NULL; p++)
		buf_printf(b, "%s%s", p == r->perms ? "" : ", ", *p);
}

static cJSON *
check_perms(struct ctx *ctx, const struct resource *r, const cJSON *v)
{
	const cJSON	*p, *e, *f;
	cJSON		*out, *list;
	struct buf	 b = { 0 };
	char		*name;
	int		 i;
	bool		 bad = false, dup;

	if (!cJSON_IsObject(v)) {
		body_not_mapping(ctx, "permissions", v);
		return NULL;
	}
	out = cJSON_CreateObject();
	for (p = v->child; p != NULL; p = p->next) {
		if (!resource_has_perm(r, p->string)) {
			buf_reset(&b);
			perm_names(&b, r);
			verrors_add(&ctx->verr, "body", "permissions",
			    "\"%s\" is not one of %s", p->string, b.data);
			bad = true;
			continue;
		}
		if (cJSON_IsNull(p)) {
			cJSON_AddItemToObject(out, p->string,
			    cJSON_CreateNull());
			continue;
		}
		name = xasprintf("permissions.%s", p->string);
		if (!cJSON_IsArray(p)) {
			buf_reset(&b);
			pystr(&b, p);
			verrors_add(&ctx->verr, "body", name,
			    "\"%s\" is not iterable", b.data);
			bad = true;
			free(name);
			continue;
		}
		list = cJSON_CreateArray();
		i = 0;
		cJSON_ArrayForEach(e, p) {
			if (!cJSON_IsString(e)) {
				char *item = xasprintf("%s.%d", name, i);

				buf_reset(&b);
				pyrepr(&b, e);
				verrors_add(&ctx->verr, "body", item,
				    "%s is not a string: {'': ''}", b.data);
				free(item);
				bad = true;
			} else {
				/* Duplicate principals are collapsed. */
				dup = false;
				cJSON_ArrayForEach(f, list)
					if (strcmp(f->valuestring,
					    e->valuestring) == 0)
						dup = true;
				if (!dup)
					cJSON_AddItemToArray(list,
					    json_new_string(e->valuestring));
			}
			i++;
		}
		cJSON_AddItemToObject(out, p->string, list);
		free(name);
	}
	buf_free(&b);
	if (bad) {
		cJSON_Delete(out);
		return NULL;
	}
	return out;
}

void
envelope_parse(struct ctx *ctx, const struct resource *r, const cJSON *body,
    struct envelope *env)
{
	const cJSON	*c, *data, *perms;
	struct buf	 b = { 0 };
	bool		 unknown = false;

	memset(env, 0, sizeof(*env));
	if (body == NULL)
		return;
	if (!cJSON_IsObject(body)) {
		body_not_mapping(ctx, "", body);
		return;
	}
	buf_putc(&b, '{');
	for (c = body->child; c != NULL; c = c->next) {
		if (strcmp(c->string, "data") == 0 ||
		    strcmp(c->string, "permissions") == 0)
			continue;
		if (unknown)
			buf_puts(&b, ", ");
		{
			cJSON key = { .type = cJSON_String };

			key.valuestring = c->string;
			pyrepr(&b, &key);
		}
		buf_puts(&b, ": ");
		pyrepr(&b, c);
		unknown = true;
	}
	buf_putc(&b, '}');
	if (unknown)
		verrors_add(&ctx->verr, "body", "",
		    "Unrecognized keys in mapping: \"%s\"", b.data);
	buf_free(&b);
	if ((data = cJSON_GetObjectItemCaseSensitive(body, "data")) != NULL) {
		if (!cJSON_IsObject(data))
			body_not_mapping(ctx, "data", data);
		else {
			env->data = cJSON_Duplicate(data, true);
			/* objects.md: never an ACL through the data. */
			cJSON_DeleteItemFromObjectCaseSensitive(env->data,
			    "__permissions__");
		}
	}
	if ((perms = cJSON_GetObjectItemCaseSensitive(body, "permissions")) !=
	    NULL)
		env->perms = check_perms(ctx, r, perms);
}

void
envelope_free(struct envelope *env)
{
	cJSON_Delete(env->data);
	cJSON_Delete(env->perms);
	memset(env, 0, sizeof(*env));
}

bool
envelope_has_perms(const struct envelope *env)
{
	const cJSON	*p;

	if (env->perms == NULL)
		return false;
	for (p = env->perms->child; p != NULL; p = p->next)
		if (!cJSON_IsNull(p))
			return true;
	return false;
}
