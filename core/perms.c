/*
 * perms.c — see perms.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "core/ctx.h"
#include "core/json.h"
#include "core/perms.h"
#include "core/resource.h"
#include "core/util.h"
#include "storage/storage.h"

/* The caller's principals against a JSON array of strings. */
bool
perm_any(const struct ctx *ctx, const cJSON *list)
{
	const cJSON	*p;
	size_t		 i;

	cJSON_ArrayForEach(p, list)
		if (cJSON_IsString(p))
			for (i = 0; i < ctx->principals.n; i++)
				if (strcmp(p->valuestring,
				    ctx->principals.v[i]) == 0)
					return true;
	return false;
}

static bool
any_in_strlist(const struct ctx *ctx, const struct strlist *l)
{
	size_t	 i;

	for (i = 0; i < ctx->principals.n; i++)
		if (strlist_has(l, ctx->principals.v[i]))
			return true;
	return false;
}

bool
perm_settings(const struct ctx *ctx, const char *resource, const char *perm)
{
	char		 key[96];
	const char	*colon = strchr(perm, ':');

	if (colon != NULL)
		snprintf(key, sizeof(key), "%.*s_create_principals",
		    (int)(colon - perm), perm);
	else
		snprintf(key, sizeof(key), "%s_%s_principals", resource, perm);
	return any_in_strlist(ctx, config_principals(ctx->cfg, key));
}

/*
 * Whether the setting matching one granting permission names the caller,
 * for a request on an object of resource type (auth.md, "Permissions
 * granted by settings": the check uses the type of the object being
 * requested, so bucket_write_principals never grants write on records).
 * perm "write" names <type>_write_principals, "<type>:create"
 * <type>_create_principals; another type's create permission (the
 * collection:create that grants reading a bucket) has no setting.
 */
static bool
by_settings(const struct ctx *ctx, const struct resource *type,
    const char *perm)
{
	if (strchr(perm, ':') != NULL && strcmp(perm, type->create_perm) != 0)
		return false;
	return perm_settings(ctx, type->name, perm);
}

/* The ACL of an object (cached for the request); NULL when none. */
static const cJSON *
acl_of(struct ctx *ctx, const struct resource *r, char *const *ids)
{
	struct st_ref	 ref;
	struct storage	*st;
	char		*parent, *uri;
	cJSON		*acl = NULL;
	size_t		 i;

	parent = resource_parent_uri(r, ids);
	uri = resource_object_uri(r, parent, ids[resource_depth(r) - 1]);
	for (i = 0; i < ctx->nacls; i++)
		if (strcmp(ctx->acls[i].uri, uri) == 0) {
			free(parent);
			free(uri);
			return ctx->acls[i].acl;
		}
	ref.resource = r->name;
	ref.parent = parent;
	ref.id = ids[resource_depth(r) - 1];
	if ((st = ctx_storage(ctx)) != NULL &&
	    storage_get_acl(st, &ref, &acl) != ST_OK)
		acl = NULL;
	free(parent);
	ctx->acls = xrealloc(ctx->acls, (ctx->nacls + 1) *
	    sizeof(*ctx->acls));
	ctx->acls[ctx->nacls].uri = uri;
	ctx->acls[ctx->nacls].acl = acl;
	ctx->nacls++;
	return acl;
}

void
perm_forget(struct ctx *ctx)
{
	size_t	 i;

	for (i = 0; i < ctx->nacls; i++) {
		free(ctx->acls[i].uri);
		cJSON_Delete(ctx->acls[i].acl);
	}
	free(ctx->acls);
	ctx->acls = NULL;
	ctx->nacls = 0;
}

/*
 * One granting pair of a request on an object of resource type: perm on
 * the object (r, ids), by the setting of type or by r's ACL.
 */
static bool
granted(struct ctx *ctx, const struct resource *type,
    const struct resource *r, char *const *ids, const char *perm)
{
	const cJSON	*acl;

	if (by_settings(ctx, type, perm))
		return true;
	acl = acl_of(ctx, r, ids);
	return acl != NULL && perm_any(ctx,
	    cJSON_GetObjectItemCaseSensitive(acl, perm));
}

/* write on any ancestor of r (every parent's write grants below it). */
static bool
ancestors(struct ctx *ctx, const struct resource *type,
    const struct resource *r, char *const *ids, const char *perm)
{
	const struct resource	*p;

	for (p = r->parent; p != NULL; p = p->parent)
		if (granted(ctx, type, p, ids, "write") ||
		    (strcmp(perm, "read") == 0 &&
		    granted(ctx, type, p, ids, "read")))
			return true;
	return false;
}

/*
 * auth.md, "Inheritance": read on X is granted by X's write, read and
 * create permissions, and by read or write on its parents; write by
 * write on X or a parent.
 */
bool
perm_object(struct ctx *ctx, const struct resource *r, char *const *ids,
    const char *perm)
{
	const char *const	*p;

	if (granted(ctx, r, r, ids, "write"))
		return true;
	if (strcmp(perm, "read") == 0) {
		if (granted(ctx, r, r, ids, "read"))
			return true;
		for (p = r->perms; *p != NULL; p++)
			if (strchr(*p, ':') != NULL &&
			    granted(ctx, r, r, ids, *p))
				return true;
	}
	return ancestors(ctx, r, r, ids, perm);
}

/*
 * Under the root (buckets, accounts) no pair grants creation: only the
 * <type>_create_principals setting.
 */
bool
perm_create(struct ctx *ctx, const struct resource *r, char *const *ids)
{
	if (r->parent == NULL)
		return by_settings(ctx, r, r->create_perm);
	return granted(ctx, r, r->parent, ids, r->create_perm) ||
	    granted(ctx, r, r->parent, ids, "write") ||
	    ancestors(ctx, r, r->parent, ids, "write");
}

/*
 * The root has no ACL: a list of buckets (or accounts) is checked with
 * the setting of the permission asked alone (bucket_read_principals).
 */
bool
perm_list(struct ctx *ctx, const struct resource *r, char *const *ids,
    const char *perm)
{
	if (r->parent == NULL)
		return by_settings(ctx, r, perm);
	return granted(ctx, r, r->parent, ids, "write") ||
	    (strcmp(perm, "read") == 0 &&
	    granted(ctx, r, r->parent, ids, "read")) ||
	    ancestors(ctx, r, r->parent, ids, perm);
}

cJSON *
perm_object_grants(const struct resource *r, const char *perm)
{
	const char *const	*p;
	cJSON			*a;

	a = cJSON_CreateArray();
	cJSON_AddItemToArray(a, json_new_string("write"));
	if (strcmp(perm, "read") == 0)
		for (p = r->perms; *p != NULL; p++)
			if (strcmp(*p, "write") != 0)
				cJSON_AddItemToArray(a, json_new_string(*p));
	return a;
}

cJSON *
perm_principals(const struct ctx *ctx)
{
	cJSON	*a;
	size_t	 i;

	a = cJSON_CreateArray();
	for (i = 0; i < ctx->principals.n; i++)
		cJSON_AddItemToArray(a, json_new_string(ctx->principals.v[i]));
	return a;
}

enum kerr
perm_denied(const struct ctx *ctx)
{
	return ctx->user_id == NULL ? KERR_UNAUTHORIZED : KERR_FORBIDDEN;
}
