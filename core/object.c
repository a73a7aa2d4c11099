/*
 * object.c — the object endpoint of every resource (requests.md,
 * "Object endpoint"): GET/HEAD, PUT, PATCH, DELETE, in the order of
 * checks of requests.md ("Order in which a request is checked").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/body.h"
#include "core/cors.h"
#include "core/ctx.h"
#include "core/endpoint.h"
#include "core/envelope.h"
#include "core/json.h"
#include "core/patch.h"
#include "core/perms.h"
#include "core/pyrepr.h"
#include "core/query.h"
#include "core/resource.h"
#include "core/router.h"
#include "core/sync.h"
#include "core/util.h"
#include "core/views.h"
#include "storage/storage.h"

static const char *const json_types[] = { "application/json", NULL };
static const char *const patch_types[] = {
	"application/merge-patch+json", "application/json-patch+json",
	"application/json", NULL };

/* The object of the URL, live (ST_NOTFOUND for none or a tombstone). */
static enum st_rc
load(struct ctx *ctx, const struct target *t, cJSON **obj, cJSON **acl)
{
	struct st_ref	 ref = { t->res->name, t->parent, t->id };
	enum st_rc	 rc;

	*obj = NULL;
	if (acl != NULL)
		*acl = NULL;
	if (!resource_valid_id(t->res, t->id) || ctx->st == NULL)
		return ctx->st == NULL ? ST_EBACKEND : ST_NOTFOUND;
	if ((rc = storage_get(ctx->st, &ref, false, obj)) != ST_OK)
		return rc;
	if (acl != NULL && (rc = storage_get_acl(ctx->st, &ref, acl)) != ST_OK) {
		cJSON_Delete(*obj);
		*obj = NULL;
	}
	return rc;
}

/* Step 9 of the order: every validation problem, then 400. */
static enum kerr
validated(struct ctx *ctx)
{
	cors_check_origin(ctx);
	return ctx->verr.n > 0 ? KERR_INVALID : KERR_OK;
}

static enum kerr
invalid_id(struct ctx *ctx)
{
	verrors_add(&ctx->verr, "path", NULL, "Invalid object id");
	return KERR_INVALID;
}

/* A 412 answer: ETag of the target, the object in details if any. */
static enum kerr
precondition_failed(struct ctx *ctx, const cJSON *obj, int64_t current)
{
	cJSON	*details;

	sync_etag(ctx, current);
	if (obj != NULL) {
		details = cJSON_CreateObject();
		cJSON_AddItemToObject(details, "existing",
		    cJSON_Duplicate(obj, true));
		ctx->err_details = details;
	}
	return KERR_PRECONDITION;
}

/*
 * What PATCH and DELETE check once the permission is known: every
 * validation problem (step 9), the id, that the object exists, then
 * If-Match / If-None-Match against it (412).  rc is its loading's.
 */
static enum kerr
existing_checks(struct ctx *ctx, const struct target *t, enum st_rc rc,
    const struct precond *pc, const cJSON *obj)
{
	enum kerr	 e;

	if ((e = validated(ctx)) != KERR_OK)
		return e;
	if (!resource_valid_id(t->res, t->id))
		return invalid_id(ctx);
	if (rc == ST_NOTFOUND)
		return endpoint_not_found(ctx, t, t->id);
	if (precond_check(pc, true, endpoint_ts(obj), false) == PRECOND_412)
		return precondition_failed(ctx, obj, endpoint_ts(obj));
	return KERR_OK;
}

/* The list timestamp, for a 412 on an object that does not exist. */
static int64_t
list_ts(struct ctx *ctx, const struct target *t)
{
	int64_t	 ts = 0;

	if (ctx->st != NULL)
		storage_timestamp(ctx->st, t->res->name, t->parent, &ts);
	return ts;
}

static enum kerr
get_object(struct ctx *ctx, const struct target *t)
{
	struct precond	 pc;
	struct query	 q;
	cJSON		*obj = NULL, *acl = NULL;
	enum kerr	 e;
	enum st_rc	 rc;
	bool		 has_exp;
	int64_t		 exp;

	if ((e = endpoint_accept(ctx)) != KERR_OK)
		return e;
	if (!perm_object(ctx, t->res, t->ids, "read"))
		return perm_denied(ctx);
	if ((e = endpoint_parent(ctx, t, &has_exp, &exp)) != KERR_OK)
		return e;
	if ((e = endpoint_read_checks(ctx, &pc, &q)) != KERR_OK)
		goto out;
	if (!resource_valid_id(t->res, t->id)) {
		e = invalid_id(ctx);
		goto out;
	}
	if ((rc = load(ctx, t, &obj, &acl)) == ST_NOTFOUND) {
		e = endpoint_not_found(ctx, t, t->id);
		goto out;
	}
	if (rc != ST_OK) {
		e = kerr_from_st(rc);
		goto out;
	}
	switch (precond_check(&pc, true, endpoint_ts(obj), true)) {
	case PRECOND_304:
		sync_not_modified(ctx, endpoint_ts(obj));
		goto out;
	case PRECOND_412:
		e = precondition_failed(ctx, obj, endpoint_ts(obj));
		goto out;
	default:
		break;
	}
	/* _fields last (requests.md, object GET). */
	if ((e = query_late_errors(ctx, &q)) != KERR_OK)
		goto out;
	sync_cache_headers(ctx, t->res, t->ids[0], t->ids[1], has_exp, exp);
	if (q.fields != NULL) {
		/* _fields drops the permissions too (requests.md). */
		query_select_fields(&q, obj);
		sync_etag(ctx, endpoint_ts(obj));
		{
			cJSON *body = cJSON_CreateObject();

			cJSON_AddItemToObject(body, "data", obj);
			response_set_json(ctx->resp, 200, body);
		}
		obj = NULL;
	} else {
		endpoint_object_answer(ctx, t->res, 200, obj, acl);
		obj = NULL;
	}
out:
	query_free(&q);
	cJSON_Delete(obj);
	cJSON_Delete(acl);
	return e;
}

/*
 * data.last_modified (requests.md, "Rules on id and last_modified"): an
 * integer (never a boolean) is the client's timestamp on creation, and
 * on replacement when it is above the stored one.
 */
static int64_t
client_ts(const cJSON *data, const cJSON *old)
{
	const cJSON	*v = cJSON_GetObjectItemCaseSensitive(data,
			    "last_modified");
	int64_t		 ts;

	if (!cJSON_IsNumber(v) || v->valuestring == NULL ||
	    !str_to_i64(v->valuestring, INT64_MIN / 2, INT64_MAX / 2, &ts))
		return ST_TS_NONE;
	if (old != NULL && ts <= endpoint_ts(old))
		return ST_TS_NONE;
	return ts;
}

/* data.id, when given, must be the URL's. */
static bool
same_id(struct ctx *ctx, const cJSON *data, const char *id)
{
	const cJSON	*v = cJSON_GetObjectItemCaseSensitive(data, "id");

	if (v == NULL || (cJSON_IsString(v) && strcmp(v->valuestring, id) == 0))
		return true;
	verrors_add(&ctx->verr, "body", "id",
	    "Object id does not match existing object");
	return false;
}

/* Writes data and permissions; answers 201 (created) or 200. */
static enum kerr
write_answer(struct ctx *ctx, const struct target *t, const cJSON *data,
    const cJSON *acl, bool replace, int64_t ts)
{
	struct st_ref	 ref = { t->res->name, t->parent, t->id };
	cJSON		*out = NULL;
	enum st_rc	 rc;
	bool		 created = false;

	enum kerr	 e;

	rc = storage_put(ctx->st, &ref, data, acl, replace, ts, &out, &created);
	if (rc != ST_OK)
		return kerr_from_st(rc);
	if ((e = resource_after_write(ctx, t->res, t->uri, out)) != KERR_OK) {
		cJSON_Delete(out);
		return e;
	}
	endpoint_object_answer(ctx, t->res, created ? 201 : 200, out, acl);
	return KERR_OK;
}

static enum kerr
put_object(struct ctx *ctx, const struct target *t)
{
	struct envelope	 env = { 0 };
	struct precond	 pc;
	cJSON		*body = NULL, *obj = NULL, *acl = NULL, *data, *newacl;
	enum kerr	 e, be;
	enum st_rc	 rc;
	bool		 exists, has_exp;
	int64_t		 exp, ts;

	/* Step 5: the object, and the parent collection of records. */
	if ((e = endpoint_parent(ctx, t, &has_exp, &exp)) != KERR_OK)
		return e;
	rc = load(ctx, t, &obj, &acl);
	if (rc != ST_OK && rc != ST_NOTFOUND)
		return kerr_from_st(rc);
	exists = rc == ST_OK;
	if ((e = endpoint_accept(ctx)) != KERR_OK)
		goto out;
	be = body_json(ctx, json_types, &body);
	if (be == KERR_UNSUPPORTED_MEDIA) {
		e = be;
		goto out;
	}
	/* Step 7: write to replace; create, when new or If-None-Match: *. */
	precond_parse(ctx, &pc);
	if (exists && !(pc.none && pc.none_any) ?
	    !perm_object(ctx, t->res, t->ids, "write") :
	    !perm_create(ctx, t->res, t->ids)) {
		e = perm_denied(ctx);
		goto out;
	}
	if (be == KERR_OK)
		envelope_parse(ctx, t->res, body, &env);
	if ((e = validated(ctx)) != KERR_OK)
		goto out;
	if (!resource_valid_id(t->res, t->id)) {
		e = invalid_id(ctx);
		goto out;
	}
	ts = exists ? endpoint_ts(obj) : list_ts(ctx, t);
	if (precond_check(&pc, exists, ts, false) == PRECOND_412) {
		e = precondition_failed(ctx, obj, ts);
		goto out;
	}
	/* No data: an existing object keeps its own. */
	data = env.data != NULL ? env.data : exists ?
	    cJSON_Duplicate(obj, true) : cJSON_CreateObject();
	if (env.data == NULL)
		env.data = data;
	if (!same_id(ctx, data, t->id)) {
		e = KERR_INVALID;
		goto out;
	}
	if ((e = endpoint_checked(ctx, t, t->id, data, "data.",
	    exists ? obj : NULL)) != KERR_OK)
		goto out;
	/* Permissions given replace them all, else they stay. */
	newacl = endpoint_acl(ctx, t->res, t->id, envelope_has_perms(&env) ?
	    env.perms : acl);
	e = write_answer(ctx, t, data, newacl, true, client_ts(data,
	    exists ? obj : NULL));
	cJSON_Delete(newacl);
out:
	envelope_free(&env);
	cJSON_Delete(body);
	cJSON_Delete(obj);
	cJSON_Delete(acl);
	return e;
}

/*
 * Write on a missing object (auth.md, algorithm step 3): 404 for a
 * caller who may read the parent list, 403/401 otherwise.  Under the
 * root (buckets, accounts) nothing grants that read but the setting of
 * the write asked (bucket_write_principals), which step 2 checked: a
 * bucket_read_principals holder gets 403.
 */
static enum kerr
missing_write(struct ctx *ctx, const struct target *t)
{
	if (t->res->parent != NULL && perm_list(ctx, t->res, t->ids, "read"))
		return endpoint_not_found(ctx, t, t->id);
	return perm_denied(ctx);
}

/* The ACL as JSON Patch sees it: {perm: {principal: principal}}. */
static cJSON *
acl_as_sets(const struct resource *r, const cJSON *acl)
{
	const cJSON	*p, *who;
	cJSON		*out, *set;

	out = cJSON_CreateObject();
	/* read and write always exist (requests.md, JSON-Patch). */
	cJSON_AddItemToObject(out, "read", cJSON_CreateObject());
	cJSON_AddItemToObject(out, "write", cJSON_CreateObject());
	for (p = acl != NULL ? acl->child : NULL; p != NULL; p = p->next) {
		if (!resource_has_perm(r, p->string))
			continue;
		set = cJSON_GetObjectItemCaseSensitive(out, p->string);
		if (set == NULL) {
			set = cJSON_CreateObject();
			cJSON_AddItemToObject(out, p->string, set);
		}
		cJSON_ArrayForEach(who, p)
			cJSON_AddItemToObject(set, who->valuestring,
			    json_new_string(who->valuestring));
	}
	return out;
}

/*
 * The ACL back from the patched document: each permission a set (or, if
 * an operation replaced it, a list) of principals.  Unknown permissions
 * and other values are refused, as every other way of writing them.
 */
static cJSON *
sets_as_acl(struct ctx *ctx, const struct resource *r, const cJSON *sets)
{
	const cJSON	*p, *who;
	cJSON		*acl, *list;
	struct buf	 b = { 0 };
	const char	*name;
	const char *const *n;

	acl = cJSON_CreateObject();
	for (p = sets->child; p != NULL; p = p->next) {
		if (!resource_has_perm(r, p->string)) {
			for (n = r->perms; *n != NULL; n++)
				buf_printf(&b, "%s%s", n == r->perms ? "" :
				    ", ", *n);
			verrors_add(&ctx->verr, "body", "permissions",
			    "\"%s\" is not one of %s", p->string, b.data);
			buf_reset(&b);
			continue;
		}
		if (!cJSON_IsObject(p) && !cJSON_IsArray(p)) {
			verrors_add(&ctx->verr, "body", NULL,
			    "JSON Patch operation failed: permissions.%s is "
			    "not a set of principals", p->string);
			continue;
		}
		list = cJSON_CreateArray();
		for (who = p->child; who != NULL; who = who->next) {
			name = cJSON_IsObject(p) ? who->string :
			    cJSON_IsString(who) ? who->valuestring : NULL;
			if (name != NULL && *name != '\0')
				cJSON_AddItemToArray(list,
				    json_new_string(name));
		}
		cJSON_AddItemToObject(acl, p->string, list);
	}
	buf_free(&b);
	return acl;
}

/* The keys a JSON Patch writes at the top of /data, with their values. */
static cJSON *
patched_keys(const cJSON *ops)
{
	const cJSON	*op, *path, *value;
	cJSON		*sent = cJSON_CreateObject();
	const char	*k;

	cJSON_ArrayForEach(op, ops) {
		path = cJSON_GetObjectItemCaseSensitive(op, "path");
		value = cJSON_GetObjectItemCaseSensitive(op, "value");
		if (!cJSON_IsString(path) ||
		    !str_has_prefix(path->valuestring, "/data/"))
			continue;
		k = path->valuestring + 6;
		if (*k == '\0' || strchr(k, '/') != NULL)
			continue;
		cJSON_DeleteItemFromObjectCaseSensitive(sent, k);
		cJSON_AddItemToObject(sent, k, value != NULL ?
		    cJSON_Duplicate(value, true) : cJSON_CreateNull());
	}
	return sent;
}

/*
 * JSON Patch operations (requests.md): exactly op, path, from, value;
 * problems named "<index>", "<index>.op", "<index>.path".
 */
static void
check_ops(struct ctx *ctx, const cJSON *ops)
{
	static const char *const names[] = { "test", "add", "remove",
	    "replace", "move", "copy", NULL };
	const cJSON	*op, *c, *o, *p;
	struct buf	 b = { 0 };
	char		 name[32];
	int		 i = 0, k;

	if (!cJSON_IsArray(ops)) {
		pyrepr(&b, ops);
		verrors_add(&ctx->verr, "body", "", "\"%s\" is not iterable",
		    b.data);
		buf_free(&b);
		return;
	}
	cJSON_ArrayForEach(op, ops) {
		snprintf(name, sizeof(name), "%d", i++);
		if (!cJSON_IsObject(op)) {
			body_not_mapping(ctx, name, op);
			continue;
		}
		buf_reset(&b);
		for (c = op->child; c != NULL; c = c->next)
			if (strcmp(c->string, "op") != 0 &&
			    strcmp(c->string, "path") != 0 &&
			    strcmp(c->string, "from") != 0 &&
			    strcmp(c->string, "value") != 0) {
				cJSON key = { .type = cJSON_String };

				buf_puts(&b, b.len == 0 ? "{" : ", ");
				key.valuestring = c->string;
				pyrepr(&b, &key);
				buf_puts(&b, ": ");
				pyrepr(&b, c);
			}
		if (b.len > 0) {
			buf_putc(&b, '}');
			verrors_add(&ctx->verr, "body", name,
			    "Unrecognized keys in mapping: \"%s\"", b.data);
		}
		o = cJSON_GetObjectItemCaseSensitive(op, "op");
		for (k = 0; names[k] != NULL; k++)
			if (cJSON_IsString(o) &&
			    strcmp(o->valuestring, names[k]) == 0)
				break;
		if (names[k] == NULL) {
			buf_reset(&b);
			pystr(&b, o);
			snprintf(name, sizeof(name), "%d.op", i - 1);
			verrors_add(&ctx->verr, "body", name, "\"%s\" is not one "
			    "of test, add, remove, replace, move, copy", b.data);
		}
		p = cJSON_GetObjectItemCaseSensitive(op, "path");
		if (!cJSON_IsString(p) || p->valuestring[0] != '/') {
			snprintf(name, sizeof(name), "%d.path", i - 1);
			verrors_add(&ctx->verr, "body", name, p == NULL ?
			    "Required" : "String does not match expected "
			    "pattern");
		}
	}
	buf_free(&b);
}

/* Principals of /permissions/<perm>/<principal> paths come from them. */
static void
principal_values(cJSON *ops)
{
	cJSON	*op, *p;
	char	*who;

	cJSON_ArrayForEach(op, ops) {
		p = cJSON_GetObjectItemCaseSensitive(op, "path");
		if (!cJSON_IsString(p) ||
		    (!str_has_prefix(p->valuestring, "/permissions/read/") &&
		    !str_has_prefix(p->valuestring, "/permissions/write/")))
			continue;
		who = strchr(p->valuestring + 13, '/') + 1;
		cJSON_DeleteItemFromObjectCaseSensitive(op, "value");
		cJSON_AddItemToObject(op, "value", json_new_string(who));
	}
}

static enum kerr
patch_object(struct ctx *ctx, const struct target *t)
{
	struct envelope	 env = { 0 };
	struct precond	 pc;
	struct buf	 perr = { 0 };
	const char	*ct = ctx->req->headers[HDR_CONTENT_TYPE];
	const char	*rb = ctx->req->headers[HDR_RESPONSE_BEHAVIOR];
	cJSON		*body = NULL, *obj = NULL, *acl = NULL, *data = NULL;
	cJSON		*newacl = NULL, *out = NULL, *doc, *p, *sent = NULL;
	struct st_ref	 ref = { t->res->name, t->parent, t->id };
	enum kerr	 e, be;
	enum st_rc	 rc;
	bool		 jsonpatch, mergepatch, has_exp;
	int64_t		 exp;

	jsonpatch = ct != NULL && str_has_prefix(ct,
	    "application/json-patch+json");
	mergepatch = ct != NULL && str_has_prefix(ct,
	    "application/merge-patch+json");
	if ((e = endpoint_parent(ctx, t, &has_exp, &exp)) != KERR_OK)
		return e;
	rc = load(ctx, t, &obj, &acl);
	if (rc != ST_OK && rc != ST_NOTFOUND)
		return kerr_from_st(rc);
	if ((e = endpoint_accept(ctx)) != KERR_OK)
		goto out;
	be = body_json(ctx, patch_types, &body);
	if (be == KERR_UNSUPPORTED_MEDIA) {
		e = be;
		goto out;
	}
	if (!perm_object(ctx, t->res, t->ids, "write")) {
		e = rc == ST_NOTFOUND ? missing_write(ctx, t) :
		    perm_denied(ctx);
		goto out;
	}
	precond_parse(ctx, &pc);
	if (rb != NULL && strcmp(rb, "full") != 0 && strcmp(rb, "light") != 0 &&
	    strcmp(rb, "diff") != 0)
		verrors_add(&ctx->verr, "header", "Response-Behavior",
		    "\"%s\" is not one of full, light, diff", rb);
	if (be == KERR_OK) {
		if (jsonpatch)
			check_ops(ctx, body);
		else
			envelope_parse(ctx, t->res, body, &env);
	}
	if ((e = existing_checks(ctx, t, rc, &pc, obj)) != KERR_OK)
		goto out;
	data = cJSON_Duplicate(obj, true);
	if (jsonpatch) {
		/* On the stored ACL, not the one shown (requests.md). */
		doc = cJSON_CreateObject();
		cJSON_AddItemToObject(doc, "data", data);
		cJSON_AddItemToObject(doc, "permissions",
		    acl_as_sets(t->res, acl));
		principal_values(body);
		if (!patch_json(doc, body, &perr)) {
			verrors_add(&ctx->verr, "body", NULL,
			    "JSON Patch operation failed: %s", perr.data);
			cJSON_Delete(doc);
			data = NULL;
			e = KERR_INVALID;
			goto out;
		}
		data = cJSON_DetachItemFromObjectCaseSensitive(doc, "data");
		p = cJSON_GetObjectItemCaseSensitive(doc, "permissions");
		newacl = cJSON_IsObject(p) ? sets_as_acl(ctx, t->res, p) : NULL;
		cJSON_Delete(doc);
		sent = patched_keys(body);
		if (!cJSON_IsObject(data)) {
			verrors_add(&ctx->verr, "body", NULL,
			    "JSON Patch operation failed: data is not an "
			    "object");
			e = KERR_INVALID;
			goto out;
		}
		if (ctx->verr.n > 0 || !same_id(ctx, data, t->id)) {
			e = KERR_INVALID;
			goto out;
		}
		/* objects.md: never an ACL, nor data, under that key. */
		cJSON_DeleteItemFromObjectCaseSensitive(data,
		    "__permissions__");
	} else {
		if (env.data == NULL && env.perms == NULL) {
			verrors_add(&ctx->verr, "body", "data",
			    "Provide at least one of data or permissions");
			e = KERR_INVALID;
			goto out;
		}
		if (env.data != NULL && !same_id(ctx, env.data, t->id)) {
			e = KERR_INVALID;
			goto out;
		}
		if (env.data != NULL && mergepatch)
			patch_merge_rfc7396(data, env.data);
		else if (env.data != NULL)
			patch_merge(data, env.data);
		/*
		 * Each permission named is replaced; null is ignored, but
		 * for merge-patch, where it empties the permission.
		 */
		newacl = acl != NULL ? cJSON_Duplicate(acl, true) :
		    cJSON_CreateObject();
		for (p = env.perms != NULL ? env.perms->child : NULL; p != NULL;
		    p = p->next) {
			if (cJSON_IsNull(p) && !mergepatch)
				continue;
			cJSON_DeleteItemFromObjectCaseSensitive(newacl,
			    p->string);
			cJSON_AddItemToObject(newacl, p->string,
			    cJSON_IsNull(p) ? cJSON_CreateArray() :
			    cJSON_Duplicate(p, true));
		}
		sent = env.data != NULL ? cJSON_Duplicate(env.data, true) :
		    cJSON_CreateObject();
	}
	if ((e = endpoint_checked(ctx, t, t->id, data, "", obj)) != KERR_OK)
		goto out;
	p = endpoint_acl(ctx, t->res, t->id, newacl);
	cJSON_Delete(newacl);
	newacl = p;
	rc = storage_put(ctx->st, &ref, data, newacl, true, client_ts(data, obj),
	    &out, NULL);
	if (rc != ST_OK) {
		e = kerr_from_st(rc);
		goto out;
	}
	if ((e = resource_after_write(ctx, t->res, t->uri, out)) != KERR_OK)
		goto out;
	if (rb != NULL && strcmp(rb, "full") != 0) {
		sync_etag(ctx, endpoint_ts(out));
		p = cJSON_CreateObject();
		cJSON_AddItemToObject(p, "data", patch_behavior(rb, sent, obj,
		    out));
		response_set_json(ctx->resp, 200, p);
		cJSON_Delete(out);
	} else
		endpoint_object_answer(ctx, t->res, 200, out, newacl);
	out = NULL;
out:
	buf_free(&perr);
	envelope_free(&env);
	cJSON_Delete(body);
	cJSON_Delete(obj);
	cJSON_Delete(acl);
	cJSON_Delete(data);
	cJSON_Delete(newacl);
	cJSON_Delete(out);
	cJSON_Delete(sent);
	return e;
}

/* ?last_modified= on DELETE: an integer above the current one, if any. */
static bool
delete_ts(struct ctx *ctx, int64_t current, int64_t *ts)
{
	const char	*v = request_query(ctx->req, "last_modified");
	cJSON		*j = NULL;
	int64_t		 n;

	*ts = ST_TS_NONE;
	if (v == NULL)
		return true;
	/* Kinto answers 500 for "abc" or "5" quoted: a 400 here. */
	if (json_parse(v, strlen(v), 1, &j, NULL) != JSON_OK ||
	    !cJSON_IsNumber(j)) {
		verrors_add(&ctx->verr, "querystring", "last_modified",
		    "\"%s\" is not a number", v);
		cJSON_Delete(j);
		return false;
	}
	/* Floats and values not above the current one are ignored. */
	if (j->valuestring != NULL &&
	    str_to_i64(j->valuestring, INT64_MIN / 2, INT64_MAX / 2, &n) &&
	    n > current)
		*ts = n;
	cJSON_Delete(j);
	return true;
}

static enum kerr
delete_object(struct ctx *ctx, const struct target *t)
{
	struct precond	 pc;
	struct st_ref	 ref = { t->res->name, t->parent, t->id };
	cJSON		*obj = NULL, *tomb = NULL, *body;
	enum kerr	 e;
	enum st_rc	 rc;
	bool		 has_exp;
	int64_t		 exp, ts = ST_TS_NONE;

	if ((e = endpoint_parent(ctx, t, &has_exp, &exp)) != KERR_OK)
		return e;
	rc = load(ctx, t, &obj, NULL);
	if (rc != ST_OK && rc != ST_NOTFOUND)
		return kerr_from_st(rc);
	if ((e = endpoint_accept(ctx)) != KERR_OK)
		goto out;
	if (!perm_object(ctx, t->res, t->ids, "write")) {
		e = rc == ST_NOTFOUND ? missing_write(ctx, t) :
		    perm_denied(ctx);
		goto out;
	}
	precond_parse(ctx, &pc);
	delete_ts(ctx, obj != NULL ? endpoint_ts(obj) : 0, &ts);
	if ((e = existing_checks(ctx, t, rc, &pc, obj)) != KERR_OK)
		goto out;
	/* Cascade (objects.md): a bucket takes its file, a collection its
	 * records. */
	if (strcmp(t->res->name, "bucket") != 0 &&
	    (rc = storage_delete_tree(ctx->st, t->uri)) != ST_OK) {
		e = kerr_from_st(rc);
		goto out;
	}
	if ((rc = storage_delete(ctx->st, &ref, ts, &tomb)) != ST_OK) {
		e = kerr_from_st(rc);
		goto out;
	}
	if ((e = resource_after_write(ctx, t->res, t->uri, NULL)) != KERR_OK) {
		cJSON_Delete(tomb);
		goto out;
	}
	sync_etag(ctx, endpoint_ts(tomb));
	body = cJSON_CreateObject();
	cJSON_AddItemToObject(body, "data", tomb);
	response_set_json(ctx->resp, 200, body);
out:
	cJSON_Delete(obj);
	return e;
}

static const struct endpoint_methods object_methods = {
	.get = get_object,
	.put = put_object,
	.patch = patch_object,
	.delete = delete_object,
};

enum kerr
view_object(struct ctx *ctx)
{
	return endpoint_serve(ctx, true, &object_methods);
}
