/*
 * default_bucket.c — the default bucket plugin; see default_bucket.h.
 * plugins.md, "Default bucket": anonymous callers get 401, read-only
 * servers 405; the bucket, then the collection the path names, are
 * created when missing (as real creations, with the caller as writer);
 * the request then goes on for /buckets/<real id>.
 */
#include <stdlib.h>
#include <string.h>

#include "core/auth.h"
#include "core/config.h"
#include "core/ctx.h"
#include "core/default_bucket.h"
#include "core/endpoint.h"
#include "core/json.h"
#include "core/resource.h"
#include "core/util.h"
#include "storage/storage.h"

#define ALIAS	"/v1/buckets/default"

char *
default_bucket_id(const struct config *cfg, const char *user_id)
{
	char	*hex, *id;

	/*
	 * Kinto's setting always exists (default ""), so its fallback to
	 * userid_hmac_secret never happens: an empty key is the key.
	 */
	hex = auth_hmac_hex(cfg->default_bucket_hmac_secret != NULL ?
	    cfg->default_bucket_hmac_secret : "", user_id, strlen(user_id));
	id = xasprintf("%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12,
	    hex + 16, hex + 20);
	free(hex);
	return id;
}

/*
 * The alias, and not a path with a trailing slash: those are redirected
 * to the path without it, still under the alias (handle.c).
 */
bool
default_bucket_applies(const struct ctx *ctx)
{
	const char	*p = ctx->req->raw_path;
	size_t		 n = strlen(p);

	if (!config_has_plugin(ctx->cfg, "kinto.plugins.default_bucket") ||
	    ctx->req->method == METHOD_OPTIONS || p[n - 1] == '/')
		return false;
	return str_has_prefix(p, ALIAS) &&
	    (p[strlen(ALIAS)] == '\0' || p[strlen(ALIAS)] == '/');
}

/* Creates the object if it does not exist (live), the caller writing. */
static enum kerr
ensure(struct ctx *ctx, const struct resource *r, const char *parent,
    const char *id)
{
	struct st_ref	 ref = { r->name, parent, id };
	cJSON		*obj = NULL, *data, *acl, *out = NULL;
	char		*uri;
	enum st_rc	 rc;
	enum kerr	 e;

	rc = storage_get(ctx->st, &ref, false, &obj);
	cJSON_Delete(obj);
	if (rc != ST_NOTFOUND)
		return kerr_from_st(rc);
	data = cJSON_CreateObject();
	acl = endpoint_acl(ctx, r, id, NULL);
	rc = storage_put(ctx->st, &ref, data, acl, true, ST_TS_NONE, &out,
	    NULL);
	uri = resource_object_uri(r, parent, id);
	e = rc == ST_OK ? resource_after_write(ctx, r, uri, out) :
	    kerr_from_st(rc);
	free(uri);
	cJSON_Delete(out);
	cJSON_Delete(acl);
	cJSON_Delete(data);
	return e;
}

/*
 * The implicit creations, skipped for what the request itself creates
 * (PUT of the bucket, PUT of the collection).  sub is the decoded path
 * after the alias: "" or "/collections/<cid>/...".
 */
static enum kerr
create_implicitly(struct ctx *ctx, const char *bid, const char *sub)
{
	const bool	 put = ctx->req->method == METHOD_PUT;
	const char	*cid, *end;
	char		*parent, *id;
	enum kerr	 e;

	if (!(put && *sub == '\0') &&
	    (e = ensure(ctx, &res_bucket, "", bid)) != KERR_OK)
		return e;
	if (!str_has_prefix(sub, "/collections/"))
		return KERR_OK;
	cid = sub + strlen("/collections/");
	end = strchr(cid, '/');
	id = end != NULL ? xstrndup(cid, (size_t)(end - cid)) : xstrdup(cid);
	if (!resource_valid_id(&res_collection, id)) {
		free(id);
		verrors_add(&ctx->verr, "path", NULL, "Invalid collection id");
		return KERR_INVALID;
	}
	e = KERR_OK;
	if (!(put && end == NULL)) {
		parent = xasprintf("/buckets/%s", bid);
		e = ensure(ctx, &res_collection, parent, id);
		free(parent);
	}
	free(id);
	return e;
}

/*
 * PUT /buckets/default with {"data": {"id": "default"}} names the real
 * bucket.  Kinto rewrites "default" inside any posted id at any depth
 * ("default-tasks" too); only the bucket's own id is rewritten here.
 */
static void
rewrite_body(const struct ctx *ctx, const char *bid, struct request *r)
{
	cJSON	*body = NULL, *id;
	size_t	 len;

	if (json_parse(r->body, r->bodylen, (int)ctx->cfg->json_max_depth,
	    &body, NULL) != JSON_OK)
		return;
	id = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(
	    body, "data"), "id");
	if (cJSON_IsString(id) && strcmp(id->valuestring, "default") == 0) {
		cJSON_SetValuestring(id, bid);
		r->body = json_print(body, &len);
		r->bodylen = len;
	}
	cJSON_Delete(body);
}

enum kerr
default_bucket_serve(struct ctx *ctx, enum kerr (*next)(struct ctx *))
{
	const struct request	*orig = ctx->req;
	struct request		 alias;
	const char		*sub;
	char			*bid;
	size_t			 sublen, prefixlen;
	enum kerr		 e;

	if (ctx->user_id == NULL)
		return KERR_UNAUTHORIZED;
	if (ctx->cfg->readonly)
		return KERR_METHOD;
	bid = default_bucket_id(ctx->cfg, ctx->user_id);
	/* The same request, for /v1/buckets/<bid>... */
	alias = *orig;
	alias.raw_path = xasprintf("/v1/buckets/%s%s", bid,
	    orig->raw_path + strlen(ALIAS));
	/* The decoded path may hold a NUL (%00): lengths, not strings. */
	sub = orig->path + strlen(ALIAS);
	sublen = orig->pathlen - strlen(ALIAS);
	prefixlen = strlen("/v1/buckets/") + strlen(bid);
	alias.pathlen = prefixlen + sublen;
	alias.path = xmalloc(alias.pathlen + 1);
	memcpy(alias.path, "/v1/buckets/", strlen("/v1/buckets/"));
	memcpy(alias.path + strlen("/v1/buckets/"), bid, strlen(bid));
	memcpy(alias.path + prefixlen, sub, sublen);
	alias.path[alias.pathlen] = '\0';
	if (*sub == '\0' && orig->method == METHOD_PUT)
		rewrite_body(ctx, bid, &alias);
	ctx->req = &alias;
	if ((e = endpoint_begin(ctx, true)) == KERR_OK) {
		ctx->st = ctx_storage(ctx);
		e = create_implicitly(ctx, bid, sub);
		if (e == KERR_OK)
			e = next(ctx);
		e = endpoint_end(ctx, e);
	}
	ctx->req = orig;
	if (alias.body != orig->body)
		free(alias.body);
	free(alias.path);
	free(alias.raw_path);
	free(bid);
	return e;
}
