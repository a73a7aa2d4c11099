/*
 * plural.c — the plural endpoint of every resource (requests.md, "Plural
 * endpoint"): GET/HEAD (filters, sorting, pagination, polling), POST
 * (create), DELETE (bulk delete).
 */
#include <stdlib.h>
#include <string.h>

#include "core/body.h"
#include "core/cors.h"
#include "core/ctx.h"
#include "core/endpoint.h"
#include "core/envelope.h"
#include "core/json.h"
#include "core/perms.h"
#include "core/query.h"
#include "core/resource.h"
#include "core/router.h"
#include "core/sync.h"
#include "core/util.h"
#include "core/views.h"
#include "storage/cache.h"
#include "storage/storage.h"

static const char *const json_types[] = { "application/json", NULL };

/*
 * auth.md, algorithm step 4: the whole list, or only the objects whose
 * own permissions grant perm (*shared), or nothing at all but allowed
 * (*empty), or denied.
 */
static enum kerr
list_access(struct ctx *ctx, const struct target *t, const char *perm,
    struct st_query *sq, cJSON **grants, cJSON **who, bool *empty)
{
	int64_t	 n = 0;

	*grants = *who = NULL;
	*empty = false;
	if (perm_list(ctx, t->res, t->ids, perm))
		return KERR_OK;
	*grants = perm_object_grants(t->res, perm);
	*who = perm_principals(ctx);
	sq->acl_perms = *grants;
	sq->acl_principals = *who;
	{
		struct st_query probe = *sq;

		probe.nfilters = 0;
		probe.after = NULL;
		if (ctx->st != NULL &&
		    storage_count(ctx->st, &probe, &n) == ST_OK && n > 0)
			return KERR_OK;
	}
	if (perm_create(ctx, t->res, t->ids)) {
		*empty = true;
		return KERR_OK;
	}
	return perm_denied(ctx);
}

/*
 * What the resource lets this caller see of the list (list_scope, the
 * accounts' "only your own"): NULL, or the one id, a new string.
 */
static enum kerr
list_scope(struct ctx *ctx, const struct target *t, char **only)
{
	*only = NULL;
	return t->res->list_scope != NULL ? t->res->list_scope(ctx, only) :
	    KERR_OK;
}

/* Narrows the query to that id: one more filter, in *extra (free it). */
static void
scope_query(struct st_query *sq, const char *only, struct st_filter **extra,
    cJSON **value)
{
	*extra = NULL;
	*value = NULL;
	if (only == NULL)
		return;
	*value = json_new_string(only);
	*extra = xcalloc(sq->nfilters + 1, sizeof(**extra));
	if (sq->nfilters > 0)
		memcpy(*extra, sq->filters, sq->nfilters * sizeof(**extra));
	(*extra)[sq->nfilters].field = "id";
	(*extra)[sq->nfilters].op = ST_EQ;
	(*extra)[sq->nfilters].value = *value;
	sq->filters = *extra;
	sq->nfilters++;
}

static void
fill_query(struct st_query *sq, const struct target *t,
    const struct query *q)
{
	memset(sq, 0, sizeof(*sq));
	sq->resource = t->res->name;
	sq->parent = t->parent;
	sq->filters = q->filters;
	sq->nfilters = q->nfilters;
	sq->sorts = q->sorts;
	sq->nsorts = q->nsorts;
	sq->after = q->after;
	sq->with_deleted = q->with_deleted;
}

static enum kerr
get_list(struct ctx *ctx, const struct target *t)
{
	struct precond	 pc;
	struct query	 q;
	struct st_query	 sq;
	cJSON		*grants = NULL, *who = NULL, *objs = NULL, *o, *body;
	cJSON		*scope_value = NULL;
	struct st_filter *scope = NULL;
	enum kerr	 e;
	enum st_rc	 rc;
	bool		 empty, has_exp, head = ctx->req->method == METHOD_HEAD;
	int64_t		 ts = 0, exp, total = 0;
	char		*only = NULL;

	memset(&q, 0, sizeof(q));
	if ((e = endpoint_accept(ctx)) != KERR_OK)
		return e;
	fill_query(&sq, t, &q);
	if ((e = list_access(ctx, t, "read", &sq, &grants, &who, &empty)) !=
	    KERR_OK || (e = list_scope(ctx, t, &only)) != KERR_OK)
		goto out;
	if ((e = endpoint_parent(ctx, t, &has_exp, &exp)) != KERR_OK ||
	    (e = endpoint_read_checks(ctx, &pc, &q)) != KERR_OK)
		goto out;
	/* The list timestamp first (sync.md, property 6). */
	if ((rc = storage_timestamp(ctx->st, t->res->name, t->parent, &ts)) !=
	    ST_OK) {
		e = kerr_from_st(rc);
		goto out;
	}
	switch (precond_check(&pc, true, ts, true)) {
	case PRECOND_304:
		sync_not_modified(ctx, ts);
		goto out;
	case PRECOND_412:
		sync_etag(ctx, ts);
		e = KERR_PRECONDITION;
		goto out;
	default:
		break;
	}
	/* Then filters, sort, fields and token (requests.md, GET). */
	if ((e = query_late_errors(ctx, &q)) != KERR_OK)
		goto out;
	fill_query(&sq, t, &q);
	scope_query(&sq, only, &scope, &scope_value);
	sq.acl_perms = grants;
	sq.acl_principals = who;
	/* One more than a page says whether another follows. */
	sq.limit = q.limit + 1;
	if (empty)
		objs = cJSON_CreateArray();
	else if ((rc = storage_list(ctx->st, &sq, &objs)) != ST_OK) {
		e = kerr_from_st(rc);
		goto out;
	}
	query_paginate(ctx, &q, objs, head);
	cJSON_ArrayForEach(o, objs)
		query_select_fields(&q, o);
	sync_etag(ctx, ts);
	sync_cache_headers(ctx, t->res, t->ids[0], t->ids[1], has_exp, exp);
	if (head) {
		sq.after = NULL;
		sq.limit = 0;
		if (!empty && (rc = storage_count(ctx->st, &sq, &total)) !=
		    ST_OK) {
			e = kerr_from_st(rc);
			goto out;
		}
		query_set_total(ctx, total);
	}
	query_alert(ctx, &q);
	body = cJSON_CreateObject();
	cJSON_AddItemToObject(body, "data", objs);
	objs = NULL;
	response_set_json(ctx->resp, 200, body);
out:
	cJSON_Delete(objs);
	cJSON_Delete(grants);
	cJSON_Delete(who);
	cJSON_Delete(scope_value);
	free(scope);
	free(only);
	query_free(&q);
	return e;
}

static enum kerr
post_list(struct ctx *ctx, const struct target *t)
{
	struct envelope	 env = { 0 };
	struct precond	 pc;
	struct target	 x;
	struct st_ref	 ref;
	cJSON		*body = NULL, *data, *old = NULL, *acl = NULL, *out = NULL;
	cJSON		*newacl;
	const cJSON	*idv;
	enum kerr	 e, be;
	enum st_rc	 rc = ST_NOTFOUND;
	char		*id = NULL;
	bool		 has_exp, exists = false;
	int64_t		 exp, ts;
	size_t		 depth = (size_t)resource_depth(t->res);

	memset(&x, 0, sizeof(x));
	/* Step 5: the parent collection, and the object data.id names. */
	if ((e = endpoint_parent(ctx, t, &has_exp, &exp)) != KERR_OK)
		return e;
	be = body_json(ctx, json_types, &body);
	idv = be == KERR_OK && cJSON_IsObject(body) ?
	    cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(
	    body, "data"), "id") : NULL;
	if (idv != NULL) {
		if (!cJSON_IsString(idv) ||
		    !resource_valid_id(t->res, idv->valuestring)) {
			verrors_add(&ctx->verr, "path", NULL,
			    "Invalid object id");
			e = KERR_INVALID;
			goto out;
		}
		id = xstrdup(idv->valuestring);
		ref.resource = t->res->name;
		ref.parent = t->parent;
		ref.id = id;
		rc = storage_get(ctx->st, &ref, false, &old);
		if (rc == ST_OK)
			rc = storage_get_acl(ctx->st, &ref, &acl);
		if (rc != ST_OK && rc != ST_NOTFOUND) {
			e = kerr_from_st(rc);
			goto out;
		}
		exists = rc == ST_OK;
	}
	if ((e = endpoint_accept(ctx)) != KERR_OK)
		goto out;
	if (be == KERR_UNSUPPORTED_MEDIA) {
		e = be;
		goto out;
	}
	/* Step 7: read on an existing object, else create in the parent. */
	x = *t;
	x.ids[depth - 1] = id;
	if (exists ? !perm_object(ctx, t->res, x.ids, "read") :
	    !perm_create(ctx, t->res, t->ids)) {
		e = perm_denied(ctx);
		goto out;
	}
	precond_parse(ctx, &pc);
	if (be == KERR_OK)
		envelope_parse(ctx, t->res, body, &env);
	cors_check_origin(ctx);
	if (ctx->verr.n > 0) {
		e = KERR_INVALID;
		goto out;
	}
	/*
	 * sync.md: If-None-Match: * fails on an existing id; If-Match only
	 * ever returns an existing object, never creates.
	 */
	ts = exists ? endpoint_ts(old) : 0;
	if (!exists && pc.match) {
		storage_timestamp(ctx->st, t->res->name, t->parent, &ts);
		sync_etag(ctx, ts);
		e = KERR_PRECONDITION;
		goto out;
	}
	if (precond_check(&pc, exists, ts, false) == PRECOND_412) {
		sync_etag(ctx, ts);
		if (exists) {
			cJSON *details = cJSON_CreateObject();

			cJSON_AddItemToObject(details, "existing",
			    cJSON_Duplicate(old, true));
			ctx->err_details = details;
		}
		e = KERR_PRECONDITION;
		goto out;
	}
	if (exists) {
		/* Nothing is written: 200 with the existing object. */
		endpoint_object_answer(ctx, t->res, 200, old, acl);
		old = NULL;
		goto out;
	}
	data = env.data != NULL ? env.data : cJSON_CreateObject();
	env.data = data;
	if ((e = endpoint_checked(ctx, t, id, data, "data.", NULL)) !=
	    KERR_OK)
		goto out;
	if (id == NULL)
		id = resource_new_id(t->res);
	newacl = endpoint_acl(ctx, t->res, id, env.perms);
	ref.resource = t->res->name;
	ref.parent = t->parent;
	ref.id = id;
	{
		const cJSON	*lm = cJSON_GetObjectItemCaseSensitive(data,
				    "last_modified");
		int64_t		 forced = ST_TS_NONE;

		if (cJSON_IsNumber(lm) && lm->valuestring != NULL &&
		    !str_to_i64(lm->valuestring, INT64_MIN / 2, INT64_MAX / 2,
		    &forced))
			forced = ST_TS_NONE;
		rc = storage_put(ctx->st, &ref, data, newacl, false, forced,
		    &out, NULL);
	}
	if (rc == ST_OK) {
		char *uri = resource_object_uri(t->res, t->parent, id);

		e = resource_after_write(ctx, t->res, uri, out);
		free(uri);
	} else
		e = kerr_from_st(rc);
	if (e == KERR_OK)
		endpoint_object_answer(ctx, t->res, 201, out, newacl);
	else
		cJSON_Delete(out);
	cJSON_Delete(newacl);
out:
	envelope_free(&env);
	cJSON_Delete(body);
	cJSON_Delete(old);
	cJSON_Delete(acl);
	free(id);
	return e;
}

static enum kerr
delete_list(struct ctx *ctx, const struct target *t)
{
	struct precond	 pc;
	struct query	 q;
	struct st_query	 sq;
	struct buf	 next = { 0 };
	struct cache	*cache;
	cJSON		*grants = NULL, *who = NULL, *sel = NULL, *tombs, *o, *body;
	cJSON		*tomb, *scope_value = NULL;
	struct st_filter *scope = NULL;
	struct st_ref	 ref = { t->res->name, t->parent, NULL };
	enum kerr	 e;
	enum st_rc	 rc;
	bool		 empty, has_exp, more;
	int64_t		 ts = 0, exp, last = 0;
	char		*uuid, *nonce = NULL, *token, *v = NULL, *only = NULL;

	memset(&q, 0, sizeof(q));
	if ((e = endpoint_accept(ctx)) != KERR_OK)
		return e;
	fill_query(&sq, t, &q);
	if ((e = list_access(ctx, t, "write", &sq, &grants, &who, &empty)) !=
	    KERR_OK || (e = list_scope(ctx, t, &only)) != KERR_OK)
		goto out;
	if ((e = endpoint_parent(ctx, t, &has_exp, &exp)) != KERR_OK)
		goto out;
	precond_parse(ctx, &pc);
	query_parse(ctx, &q);
	cors_check_origin(ctx);
	/* A token must be one this server gave for a DELETE, unused. */
	cache = ctx_cache(ctx);
	if (q.nonce != NULL && (cache == NULL || cache_get(cache, q.nonce,
	    &v) != ST_OK || v == NULL))
		verrors_add(&ctx->verr, "querystring", NULL,
		    "_token was already used or has expired.");
	else if (q.nonce != NULL)
		cache_delete(cache, q.nonce);
	free(v);
	if (ctx->verr.n > 0) {
		e = KERR_INVALID;
		goto out;
	}
	if ((rc = storage_timestamp(ctx->st, t->res->name, t->parent, &ts)) !=
	    ST_OK) {
		e = kerr_from_st(rc);
		goto out;
	}
	/* No 304 on DELETE: an integer If-None-Match is ignored. */
	if (pc.none && !pc.none_any)
		pc.none = false;
	if (precond_check(&pc, true, ts, false) == PRECOND_412) {
		sync_etag(ctx, ts);
		e = KERR_PRECONDITION;
		goto out;
	}
	if ((e = query_late_errors(ctx, &q)) != KERR_OK)
		goto out;
	fill_query(&sq, t, &q);
	scope_query(&sq, only, &scope, &scope_value);
	sq.with_deleted = false;	/* tombstones are never deleted again */
	sq.acl_perms = grants;
	sq.acl_principals = who;
	sq.limit = q.limit + 1;
	if (empty)
		sel = cJSON_CreateArray();
	else if ((rc = storage_list(ctx->st, &sq, &sel)) != ST_OK) {
		e = kerr_from_st(rc);
		goto out;
	}
	more = cJSON_GetArraySize(sel) > q.limit;
	if (more)
		cJSON_DeleteItemFromArray(sel, cJSON_GetArraySize(sel) - 1);
	tombs = cJSON_CreateArray();
	cJSON_ArrayForEach(o, sel) {
		ref.id = cJSON_GetObjectItemCaseSensitive(o, "id")->valuestring;
		char *uri = resource_object_uri(t->res, t->parent, ref.id);

		/* The cascade of each object (objects.md). */
		rc = strcmp(t->res->name, "bucket") != 0 ?
		    storage_delete_tree(ctx->st, uri) : ST_OK;
		if (rc == ST_OK)
			rc = storage_delete(ctx->st, &ref, ST_TS_NONE, &tomb);
		e = rc == ST_OK ? resource_after_write(ctx, t->res, uri, NULL) :
		    kerr_from_st(rc);
		free(uri);
		if (e != KERR_OK) {
			cJSON_Delete(tombs);
			goto out;
		}
		if (endpoint_ts(tomb) > last)
			last = endpoint_ts(tomb);
		cJSON_AddItemToArray(tombs, tomb);
	}
	if (more && cache != NULL) {
		/*
		 * The token carries the last deleted object's sort values as
		 * it was (Kinto takes the tombstone's: a quirk), and a nonce
		 * the cache remembers for one use.
		 */
		uuid = resource_new_id(&res_record);
		nonce = xasprintf(QUERY_NONCE_PREFIX "%s", uuid);
		free(uuid);
		cache_set(cache, nonce, "1",
		    ctx->cfg->pagination_token_validity_seconds);
		token = query_token(&q, cJSON_GetArrayItem(sel,
		    cJSON_GetArraySize(sel) - 1), 0, nonce);
		query_next_page(ctx, &q, token, &next);
		response_set_header(ctx->resp, "Next-Page", next.data);
		free(token);
	}
	sync_etag(ctx, cJSON_GetArraySize(tombs) > 0 ? last : ts);
	/* _fields is accepted and ignored on DELETE (requests.md). */
	body = cJSON_CreateObject();
	cJSON_AddItemToObject(body, "data", tombs);
	response_set_json(ctx->resp, 200, body);
out:
	buf_free(&next);
	free(nonce);
	cJSON_Delete(sel);
	cJSON_Delete(grants);
	cJSON_Delete(who);
	cJSON_Delete(scope_value);
	free(scope);
	free(only);
	query_free(&q);
	return e;
}

static const struct endpoint_methods plural_methods = {
	.get = get_list,
	.post = post_list,
	.delete = delete_list,
};

enum kerr
view_plural(struct ctx *ctx)
{
	return endpoint_serve(ctx, false, &plural_methods);
}
