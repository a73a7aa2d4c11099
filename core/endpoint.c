/*
 * endpoint.c — see endpoint.h.
 */
#include <stdlib.h>
#include <string.h>

#include "core/cors.h"
#include "core/ctx.h"
#include "core/endpoint.h"
#include "core/json.h"
#include "core/perms.h"
#include "core/query.h"
#include "core/resource.h"
#include "core/schema.h"
#include "core/router.h"
#include "core/sync.h"
#include "core/util.h"
#include "storage/storage.h"

/* The transaction of the request being answered (batch: the batch's). */
static int	 txn_depth;
static bool	 txn_failed;

void
endpoint_target(struct ctx *ctx, bool object, struct target *t)
{
	const struct resource	*r = ctx->route->resource;
	size_t			 i, n = (size_t)resource_depth(r);

	memset(t, 0, sizeof(*t));
	t->res = r;
	for (i = 0; i < ctx->nparams && i < 4; i++)
		t->ids[i] = ctx->params[i];
	t->parent = resource_parent_uri(r, t->ids);
	if (object && ctx->nparams == n) {
		t->id = ctx->params[n - 1];
		t->uri = resource_object_uri(r, t->parent, t->id);
	}
}

void
endpoint_target_free(struct target *t)
{
	free(t->parent);
	free(t->uri);
	memset(t, 0, sizeof(*t));
}

enum kerr
endpoint_storage(struct ctx *ctx, struct storage **st)
{
	*st = ctx_storage(ctx);
	return *st != NULL ? KERR_OK : KERR_BACKEND;
}

/*
 * Accept: a list of media ranges; application/json, the application
 * range and the any range (whatever their q) accept JSON.
 */
enum kerr
endpoint_accept(struct ctx *ctx)
{
	const char	*a = ctx->req->headers[HDR_ACCEPT], *p, *end;
	size_t		 n;

	if (a == NULL || *a == '\0')
		return KERR_OK;
	for (p = a; *p != '\0'; p = *end == ',' ? end + 1 : end) {
		while (*p == ' ')
			p++;
		end = p + strcspn(p, ",");
		n = strcspn(p, ";, ");
		if ((n == 16 && str_ncasecmp(p, "application/json", 16) == 0) ||
		    (n == 13 && str_ncasecmp(p, "application/*", 13) == 0) ||
		    (n == 3 && strncmp(p, "*/*", 3) == 0))
			return KERR_OK;
	}
	verrors_add(&ctx->verr, "header", "Accept",
	    "Accept header should be one of ['application/json']");
	return KERR_NOT_ACCEPTABLE;
}

enum kerr
endpoint_read_checks(struct ctx *ctx, struct precond *pc, struct query *q)
{
	precond_parse(ctx, pc);
	query_parse(ctx, q);
	cors_check_origin(ctx);
	return ctx->verr.n > 0 ? KERR_INVALID : KERR_OK;
}

enum kerr
endpoint_parent(struct ctx *ctx, const struct target *t, bool *has_expires,
    int64_t *expires)
{
	struct st_ref	 ref;
	struct storage	*st;
	cJSON		*coll = NULL, *details, *e;
	char		*bparent;
	enum st_rc	 rc;
	enum kerr	 k;

	*has_expires = false;
	if (t->res->parent == NULL || strcmp(t->res->parent->name,
	    "collection") != 0)
		return KERR_OK;
	if ((k = endpoint_storage(ctx, &st)) != KERR_OK)
		return k;
	bparent = resource_parent_uri(t->res->parent, t->ids);
	ref.resource = "collection";
	ref.parent = bparent;
	ref.id = t->ids[1];
	rc = storage_get(st, &ref, false, &coll);
	free(bparent);
	if (rc == ST_NOTFOUND) {
		details = cJSON_CreateObject();
		cJSON_AddItemToObject(details, "id", json_new_string(t->ids[1]));
		cJSON_AddItemToObject(details, "resource_name",
		    json_new_string("collection"));
		ctx->err_details = details;
		return KERR_PARENT_NOT_FOUND;
	}
	if (rc != ST_OK)
		return kerr_from_st(rc);
	e = cJSON_GetObjectItemCaseSensitive(coll, "cache_expires");
	if (cJSON_IsNumber(e)) {
		*has_expires = true;
		*expires = (int64_t)e->valuedouble;
	}
	cJSON_Delete(coll);
	return KERR_OK;
}

enum kerr
endpoint_checked(struct ctx *ctx, const struct target *t, const char *id,
    cJSON *data, const char *prefix, const cJSON *old)
{
	enum kerr	 e;

	if (t->res->check_write != NULL)
		t->res->check_write(ctx, id);
	if (t->res->validate != NULL)
		t->res->validate(ctx, data, prefix);
	if (ctx->verr.n > 0)
		return KERR_INVALID;
	if ((e = schema_validate(ctx, t, id, data)) != KERR_OK)
		return e;
	return t->res->prepare != NULL ? t->res->prepare(ctx, data, old) :
	    KERR_OK;
}

static endpoint_fn
method_fn(enum method m, const struct endpoint_methods *fns)
{
	switch (m) {
	case METHOD_GET:
	case METHOD_HEAD:
		return fns->get;
	case METHOD_PUT:
		return fns->put;
	case METHOD_PATCH:
		return fns->patch;
	case METHOD_POST:
		return fns->post;
	case METHOD_DELETE:
		return fns->delete;
	default:
		return NULL;
	}
}

enum kerr
endpoint_serve(struct ctx *ctx, bool object,
    const struct endpoint_methods *fns)
{
	endpoint_fn	 fn = method_fn(ctx->req->method, fns);
	struct target	 t;
	enum kerr	 e;
	int64_t		 ts;

	if (fn == NULL)
		return KERR_METHOD;
	endpoint_target(ctx, object, &t);
	e = endpoint_begin(ctx, fn != fns->get);
	if (e == KERR_OK) {
		ctx->st = ctx_storage(ctx);
		/*
		 * Kinto reads the list timestamp at the start of every
		 * resource request: a list never read gets "now" before any
		 * write in it.
		 */
		if (ctx->st != NULL)
			(void)storage_timestamp(ctx->st, t.res->name, t.parent,
			    &ts);
		e = endpoint_end(ctx, fn(ctx, &t));
	}
	endpoint_target_free(&t);
	return e;
}

enum kerr
endpoint_begin(struct ctx *ctx, bool write)
{
	struct storage	*st;
	enum kerr	 k;

	if ((k = endpoint_storage(ctx, &st)) != KERR_OK)
		return k;
	if (txn_depth++ > 0)
		return KERR_OK;
	txn_failed = false;
	if (storage_begin(st, write) != ST_OK) {
		txn_depth--;
		return KERR_BACKEND;
	}
	return KERR_OK;
}

enum kerr
endpoint_end(struct ctx *ctx, enum kerr e)
{
	struct storage	*st = ctx_storage(ctx);
	bool		 ok = e == KERR_OK && ctx->resp->status < 400;

	if (txn_depth == 0 || st == NULL)
		return e;
	if (--txn_depth > 0)
		return e;	/* the batch decides */
	if (ok && !txn_failed) {
		if (storage_commit(st) != ST_OK)
			return KERR_BACKEND;
	} else
		storage_rollback(st);
	return e;
}

cJSON *
endpoint_acl(struct ctx *ctx, const struct resource *r, const char *id,
    const cJSON *base)
{
	const char	*author = ctx->user_id != NULL ? ctx->user_id :
			    "system.Everyone";
	char		*own = NULL;
	cJSON		*acl, *w;
	const cJSON	*p;

	acl = base != NULL ? cJSON_Duplicate(base, true) : cJSON_CreateObject();
	/* Permissions set to null in the body: none. */
	for (w = acl->child; w != NULL;) {
		cJSON *next = w->next;

		if (cJSON_IsNull(w))
			cJSON_Delete(cJSON_DetachItemViaPointer(acl, w));
		w = next;
	}
	if (!ctx->cfg->explicit_permissions)
		return acl;
	if (r->author_prefix != NULL)
		author = own = xasprintf("%s%s", r->author_prefix, id);
	w = cJSON_GetObjectItemCaseSensitive(acl, "write");
	if (w == NULL) {
		w = cJSON_CreateArray();
		cJSON_AddItemToObject(acl, "write", w);
	}
	cJSON_ArrayForEach(p, w)
		if (strcmp(p->valuestring, author) == 0)
			break;
	if (p == NULL)
		cJSON_AddItemToArray(w, json_new_string(author));
	free(own);
	return acl;
}

/*
 * Whether the caller writes the object by its own "write" permission
 * (auth.md), the resource's own author (an account) counting as the
 * caller, as Kinto counts the "current principal".
 */
static bool
own_writer(struct ctx *ctx, const struct resource *r, const cJSON *obj,
    const cJSON *acl)
{
	const cJSON	*w = cJSON_GetObjectItemCaseSensitive(acl, "write");
	const cJSON	*id = cJSON_GetObjectItemCaseSensitive(obj, "id");
	const cJSON	*p;
	size_t		 n;

	if (perm_any(ctx, w))
		return true;
	if (r->author_prefix == NULL || !cJSON_IsString(id))
		return false;
	n = strlen(r->author_prefix);
	cJSON_ArrayForEach(p, w)
		if (cJSON_IsString(p) &&
		    strncmp(p->valuestring, r->author_prefix, n) == 0 &&
		    strcmp(p->valuestring + n, id->valuestring) == 0)
			return true;
	return false;
}

void
endpoint_object_answer(struct ctx *ctx, const struct resource *r,
    int status, cJSON *obj, const cJSON *acl)
{
	const cJSON	*p;
	cJSON		*body, *perms;

	sync_etag(ctx, endpoint_ts(obj));
	perms = cJSON_CreateObject();
	if (acl != NULL && own_writer(ctx, r, obj, acl))
		for (p = acl->child; p != NULL; p = p->next)
			if (cJSON_GetArraySize(p) > 0)
				cJSON_AddItemToObject(perms, p->string,
				    cJSON_Duplicate(p, true));
	body = cJSON_CreateObject();
	cJSON_AddItemToObject(body, "data", obj);
	cJSON_AddItemToObject(body, "permissions", perms);
	response_set_json(ctx->resp, status, body);
}

enum kerr
endpoint_not_found(struct ctx *ctx, const struct target *t, const char *id)
{
	cJSON	*details;

	details = cJSON_CreateObject();
	cJSON_AddItemToObject(details, "id", json_new_string(id));
	cJSON_AddItemToObject(details, "resource_name",
	    json_new_string(t->res->name));
	cJSON_Delete(ctx->err_details);
	ctx->err_details = details;
	return KERR_OBJECT_NOT_FOUND;
}

int64_t
endpoint_ts(const cJSON *obj)
{
	const cJSON	*v = cJSON_GetObjectItemCaseSensitive(obj,
			    "last_modified");
	int64_t		 ts;

	if (v != NULL && v->valuestring != NULL &&
	    str_to_i64(v->valuestring, INT64_MIN, INT64_MAX, &ts))
		return ts;
	return v != NULL ? (int64_t)v->valuedouble : 0;
}
