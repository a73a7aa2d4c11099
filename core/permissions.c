/*
 * permissions.c — GET and HEAD /v1/permissions (auth.md, "GET
 * /permissions"); see permissions.h.
 *
 * Built as Kinto builds it (kinto/views/permissions.py): the objects
 * whose own permissions name one of the caller's principals (storage
 * grants_to(), which reads only the bucket files that may hold some),
 * plus what <resource>_<perm>_principals settings grant (every bucket,
 * collection or group listed for their settings, and the root for
 * bucket:create and account:create), each entry's permissions widened
 * with what they imply on the same object; then filters, sorting,
 * pagination and _fields over that list in memory, with the querystring
 * code of the plural endpoints (query.c) and the backends' in-memory
 * filters and sorts (storage/object.h).  Entries have no timestamp:
 * their key is uri, last_modified filters and sorts are ignored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/ctx.h"
#include "core/endpoint.h"
#include "core/json.h"
#include "core/permissions.h"
#include "core/perms.h"
#include "core/query.h"
#include "core/resource.h"
#include "core/sync.h"
#include "core/util.h"
#include "storage/object.h"
#include "storage/storage.h"

/*
 * Fields that may be filtered, sorted and selected (auth.md): Kinto's
 * schema, and permissions and account_id, which Kinto refuses (its
 * schema lacks them) but which are fields of the entries and useful
 * (contains_permissions=write); id, last_modified and deleted are known
 * to every resource.
 */
static const char *const known_fields[] = {
	"uri", "resource_name", "id", "bucket_id", "collection_id",
	"group_id", "record_id", "account_id", "permissions",
	"last_modified", "deleted", NULL };

/* The root's permissions, from settings only (auth.md). */
static const char *const root_perms[] = {
	"bucket:create", "account:create", NULL };

/* For the settings of this list: permissions_cache_expires_seconds. */
static const struct resource res_permissions = { .name = "permissions" };

/* read:attributes, after the bits of a resource's own permissions. */
#define ATTRS_BIT	(1u << 8)

/* An object and what the caller holds on it. */
struct grant {
	char			*uri;
	const struct resource	*res;		/* NULL: the root */
	unsigned		 perms;		/* bit i: perms[i]; ATTRS_BIT */
};

struct grants {
	struct grant	*v;
	size_t		 n;
};

bool
permissions_enabled(const struct config *cfg)
{
	return cfg->experimental_permissions_endpoint;
}

/* Kinto's words (kinto/__init__.py). */
void
permissions_capability(const struct config *cfg, cJSON *caps)
{
	cJSON	*c;

	if (!permissions_enabled(cfg))
		return;
	c = cJSON_CreateObject();
	cJSON_AddItemToObject(c, "description", json_new_string("The "
	    "permissions endpoint can be used to list all user objects "
	    "permissions."));
	cJSON_AddItemToObject(c, "url", json_new_string("https://kinto."
	    "readthedocs.io/en/latest/configuration/settings.html"
	    "#activating-the-permissions-endpoint"));
	cJSON_AddItemToObject(caps, "permissions_endpoint", c);
}

/* A string member of what storage returns ("" if not one). */
static const char *
str_of(const cJSON *o, const char *key)
{
	const char	*s = cJSON_GetStringValue(cJSON_GetObjectItem(o, key));

	return s != NULL ? s : "";
}

/* The permission names of an entry's resource. */
static const char *const *
names_of(const struct resource *r)
{
	return r != NULL ? r->perms : root_perms;
}

/* The bit of a permission name, 0 when the resource has no such one. */
static unsigned
bit_of(const struct resource *r, const char *name)
{
	const char *const	*p;

	for (p = names_of(r); *p != NULL; p++)
		if (strcmp(*p, name) == 0)
			return 1u << (p - names_of(r));
	return 0;
}

/* Takes uri over. */
static void
grant_add(struct grants *g, const struct resource *r, char *uri,
    unsigned perms)
{
	g->v = xrealloc(g->v, (g->n + 1) * sizeof(*g->v));
	g->v[g->n].uri = uri;
	g->v[g->n].res = r;
	g->v[g->n].perms = perms;
	g->n++;
}

static void
grants_free(struct grants *g)
{
	size_t	 i;

	for (i = 0; i < g->n; i++)
		free(g->v[i].uri);
	free(g->v);
}

/* A resource served under this configuration, by name; NULL: none. */
static const struct resource *
served(const struct config *cfg, const char *name)
{
	const struct resource *const	*r;

	for (r = resources; *r != NULL; r++)
		if (strcmp((*r)->name, name) == 0 && resource_enabled(cfg, *r))
			return *r;
	return NULL;
}

/*
 * What the objects' own permissions give the caller.  Permissions of
 * things that are not objects here (another plugin's) are skipped, as
 * Kinto skips URIs that no view serves.
 */
static enum kerr
from_acls(struct ctx *ctx, struct storage *st, struct grants *g)
{
	const struct resource	*r;
	const cJSON		*e, *p;
	cJSON			*who, *found = NULL;
	enum st_rc		 rc;
	unsigned		 perms;

	who = perm_principals(ctx);
	rc = storage_grants_to(st, who, &found);
	cJSON_Delete(who);
	if (rc != ST_OK)
		return kerr_from_st(rc);
	cJSON_ArrayForEach(e, found) {
		r = served(ctx->cfg, str_of(e, "resource"));
		if (r == NULL)
			continue;
		perms = 0;
		cJSON_ArrayForEach(p, cJSON_GetObjectItem(e, "permissions"))
			perms |= bit_of(r, p->valuestring);
		if (perms != 0)
			grant_add(g, r, resource_object_uri(r,
			    str_of(e, "parent"), str_of(e, "id")),
			    perms);
	}
	cJSON_Delete(found);
	return KERR_OK;
}

/* What the settings grant on every object of r: its bits. */
static unsigned
by_settings(const struct ctx *ctx, const struct resource *r)
{
	const char *const	*p;
	unsigned		 perms = 0;

	for (p = names_of(r); *p != NULL; p++)
		if (perm_settings(ctx, r != NULL ? r->name : "root", *p))
			perms |= 1u << (p - names_of(r));
	return perms;
}

/*
 * Every live object of r under parent gets perms; *objs (unless objs is
 * NULL) the objects, a new array.
 */
static enum kerr
every(struct storage *st, const struct resource *r, const char *parent,
    unsigned perms, struct grants *g, cJSON **objs)
{
	static const struct st_sort	 by_id = { "id", 1 };
	struct st_query			 q = { .resource = r->name,
					    .parent = parent, .sorts = &by_id,
					    .nsorts = 1 };
	const cJSON			*o;
	cJSON				*list = NULL;
	enum st_rc			 rc;

	rc = storage_list(st, &q, &list);
	if (rc == ST_NOTFOUND)		/* a bucket deleted meanwhile */
		list = cJSON_CreateArray();
	else if (rc != ST_OK)
		return kerr_from_st(rc);
	if (perms != 0)
		cJSON_ArrayForEach(o, list)
			grant_add(g, r, resource_object_uri(r, parent,
			    str_of(o, "id")), perms);
	if (objs != NULL)
		*objs = list;
	else
		cJSON_Delete(list);
	return KERR_OK;
}

/*
 * What <resource>_<perm>_principals settings give the caller (Kinto's
 * allowed_from_settings()): bucket:create and account:create on the
 * root; the permissions of buckets, collections and groups on every one
 * of them (<child>_create settings being the parent's <child>:create).
 * Record and account settings give nothing here: Kinto lists neither.
 * Enumerating reads every bucket file, but only with such settings.
 */
static enum kerr
from_settings(struct ctx *ctx, struct storage *st, struct grants *g)
{
	unsigned	 root, b, c, gr;
	cJSON		*buckets = NULL;
	const cJSON	*o;
	enum kerr	 e;
	char		*parent;

	root = by_settings(ctx, NULL);
	if (!resource_enabled(ctx->cfg, &res_account))
		root &= ~bit_of(NULL, "account:create");
	if (root != 0)
		grant_add(g, NULL, xstrdup("/"), root);
	b = by_settings(ctx, &res_bucket);
	c = by_settings(ctx, &res_collection);
	gr = by_settings(ctx, &res_group);
	if ((b | c | gr) == 0)
		return KERR_OK;
	if ((e = every(st, &res_bucket, "", b, g, &buckets)) != KERR_OK)
		return e;
	cJSON_ArrayForEach(o, buckets) {
		parent = resource_object_uri(&res_bucket, "", str_of(o, "id"));
		e = c != 0 ? every(st, &res_collection, parent, c, g, NULL) :
		    KERR_OK;
		if (e == KERR_OK && gr != 0)
			e = every(st, &res_group, parent, gr, g, NULL);
		free(parent);
		if (e != KERR_OK)
			break;
	}
	cJSON_Delete(buckets);
	return e;
}

static int
by_uri(const void *a, const void *b)
{
	return strcmp(((const struct grant *)a)->uri,
	    ((const struct grant *)b)->uri);
}

/*
 * auth.md: held permissions imply others on the same object, and only
 * there (children are not listed): write implies every other
 * permission of the object; on a resource with children (one with a
 * create permission) any permission implies read:attributes.
 */
static unsigned
implied(const struct resource *r, unsigned perms)
{
	const char *const	*p;
	bool			 parent = false;
	size_t			 n;

	if (r == NULL)
		return perms;
	for (p = r->perms, n = 0; *p != NULL; p++, n++)
		parent = parent || strchr(*p, ':') != NULL;
	if (perms & bit_of(r, "write"))
		perms |= (1u << n) - 1;
	if (parent && perms != 0)
		perms |= ATTRS_BIT;
	return perms;
}

/* One entry per URI: the grants sorted, merged, then widened. */
static void
merge(struct grants *g)
{
	size_t	 i, n = 0;

	if (g->n > 1)
		qsort(g->v, g->n, sizeof(*g->v), by_uri);
	for (i = 0; i < g->n; i++) {
		if (n > 0 && strcmp(g->v[n - 1].uri, g->v[i].uri) == 0) {
			g->v[n - 1].perms |= g->v[i].perms;
			free(g->v[i].uri);
			continue;
		}
		g->v[n++] = g->v[i];
	}
	g->n = n;
	for (i = 0; i < n; i++)
		g->v[i].perms = implied(g->v[i].res, g->v[i].perms);
}

/*
 * {"uri", "resource_name", "id", "<resource>_id", "bucket_id", ...,
 * "permissions"}: the ids of the URI by the resources they belong to,
 * as Kinto names them (the object's own under "id" too); the root has
 * none.
 */
static cJSON *
entry_of(const struct grant *gr)
{
	const struct resource	*chain[4], *r;
	const char *const	*p;
	cJSON			*e, *perms;
	char			*copy, *tok, *save = NULL, *ids[4], key[64];
	size_t			 depth = 0, k = 0;
	bool			 is_id = false;

	e = cJSON_CreateObject();
	cJSON_AddItemToObject(e, "uri", json_new_string(gr->uri));
	cJSON_AddItemToObject(e, "resource_name", json_new_string(
	    gr->res != NULL ? gr->res->name : "root"));
	for (r = gr->res; r != NULL && depth < 4; r = r->parent)
		chain[depth++] = r;
	/* /buckets/b/collections/c: segments and ids, from the top. */
	copy = xstrdup(gr->uri);
	for (tok = strtok_r(copy, "/", &save); tok != NULL && k < depth;
	    tok = strtok_r(NULL, "/", &save)) {
		if (is_id)
			ids[k++] = tok;
		is_id = !is_id;
	}
	if (depth > 0 && k == depth) {
		cJSON_AddItemToObject(e, "id", json_new_string(ids[depth - 1]));
		snprintf(key, sizeof(key), "%s_id", gr->res->name);
		cJSON_AddItemToObject(e, key, json_new_string(ids[depth - 1]));
		/* ids[k] is the id of chain[depth - 1 - k]. */
		for (k = 0; k + 1 < depth; k++) {
			snprintf(key, sizeof(key), "%s_id",
			    chain[depth - 1 - k]->name);
			cJSON_AddItemToObject(e, key, json_new_string(ids[k]));
		}
	}
	free(copy);
	perms = cJSON_CreateArray();
	for (p = names_of(gr->res); *p != NULL; p++)
		if (gr->perms & (1u << (p - names_of(gr->res))))
			cJSON_AddItemToArray(perms, json_new_string(*p));
	if (gr->perms & ATTRS_BIT)
		cJSON_AddItemToArray(perms, json_new_string("read:attributes"));
	cJSON_AddItemToObject(e, "permissions", perms);
	return e;
}

/* Every entry of the caller (a new array), in no order. */
static enum kerr
entries(struct ctx *ctx, cJSON **out)
{
	struct grants	 g = { NULL, 0 };
	struct storage	*st;
	enum kerr	 e;
	size_t		 i;

	*out = NULL;
	if ((e = endpoint_storage(ctx, &st)) != KERR_OK ||
	    (e = from_acls(ctx, st, &g)) != KERR_OK ||
	    (e = from_settings(ctx, st, &g)) != KERR_OK)
		goto out;
	merge(&g);
	*out = cJSON_CreateArray();
	for (i = 0; i < g.n; i++)
		cJSON_AddItemToArray(*out, entry_of(&g.v[i]));
out:
	grants_free(&g);
	return e;
}

/*
 * The entries passing q's filters; with page, after its cursor too, in
 * its order.  Borrowed pointers into all.
 */
static size_t
select_entries(const cJSON *all, const struct query *q, bool page,
    const cJSON ***out)
{
	const cJSON	*e;
	size_t		 n = 0;

	*out = xcalloc((size_t)cJSON_GetArraySize(all) + 1, sizeof(**out));
	cJSON_ArrayForEach(e, all) {
		if (!st_object_matches(e, q->filters, q->nfilters))
			continue;
		if (page && q->after != NULL && st_object_cmp_sorted(e,
		    q->after, q->sorts, q->nsorts) <= 0)
			continue;
		(*out)[n++] = e;
	}
	if (page)
		st_sort_objects(*out, n, q->sorts, q->nsorts);
	return n;
}

/*
 * requests.md, "Plural endpoint: GET and HEAD", in its order: Accept,
 * permission, querystring types and preconditions, then the list.
 * Kinto's ETag here is "0" (no timestamp): If-None-Match: "0" is a 304.
 */
enum kerr
view_permissions(struct ctx *ctx)
{
	struct precond	 pc;
	struct query	 q;
	const cJSON	**sel = NULL;
	cJSON		*all = NULL, *page, *o, *body;
	enum kerr	 e;
	size_t		 n, i;
	bool		 head = ctx->req->method == METHOD_HEAD;

	memset(&q, 0, sizeof(q));
	if ((e = endpoint_accept(ctx)) != KERR_OK)
		return e;
	if (!perm_settings(ctx, "permissions", "read"))
		return perm_denied(ctx);
	if ((e = endpoint_read_checks(ctx, &pc, &q)) != KERR_OK)
		goto out;
	sync_etag(ctx, 0);
	sync_cache_headers(ctx, &res_permissions, NULL, NULL, false, 0);
	switch (precond_check(&pc, true, 0, true)) {
	case PRECOND_304:
		sync_not_modified(ctx, 0);
		goto out;
	case PRECOND_412:
		e = KERR_PRECONDITION;
		goto out;
	default:
		break;
	}
	if ((e = query_check_known(ctx, &q, known_fields)) != KERR_OK ||
	    (e = query_late_errors(ctx, &q)) != KERR_OK)
		goto out;
	query_untimed(&q, "uri");
	if ((e = entries(ctx, &all)) != KERR_OK)
		goto out;
	page = cJSON_CreateArray();
	if (head)
		query_set_total(ctx, (int64_t)select_entries(all, &q, false,
		    &sel));
	else {
		/* One more than a page says whether another follows. */
		n = select_entries(all, &q, true, &sel);
		for (i = 0; i < n && (int64_t)i <= q.limit; i++)
			cJSON_AddItemToArray(page, cJSON_Duplicate(sel[i],
			    true));
		query_paginate(ctx, &q, page, false);
		cJSON_ArrayForEach(o, page)
			query_select_fields(&q, o);
	}
	query_alert(ctx, &q);
	body = cJSON_CreateObject();
	cJSON_AddItemToObject(body, "data", page);
	response_set_json(ctx->resp, 200, body);
out:
	free(sel);
	cJSON_Delete(all);
	query_free(&q);
	return e;
}
