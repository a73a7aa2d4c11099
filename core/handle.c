/*
 * handle.c — core_handle(): the order in which a request is checked
 * (requests.md, "Order in which a request is checked"), then the headers
 * common to every answer (utilities.md).
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core/auth.h"
#include "core/core.h"
#include "core/cors.h"
#include "core/ctx.h"
#include "core/default_bucket.h"
#include "core/json.h"
#include "core/log.h"
#include "core/perms.h"
#include "core/router.h"
#include "core/util.h"
#include "storage/cache.h"
#include "storage/storage.h"

static const struct config	*core_cfg;
static struct storage		*core_st;
static struct cache		*core_cache;
static int64_t			 core_st_retry_us;	/* next reopen */
static int64_t			 core_cache_retry_us;

#define REOPEN_INTERVAL_US	1000000

static bool
open_storage(char *err, size_t errsz)
{
	struct storage_settings	 set = {
		.backend = core_cfg->storage_backend,
		.data_dir = core_cfg->data_dir,
		.readonly = core_cfg->readonly,
		.sync_full = core_cfg->sqlite_sync_full,
		.busy_timeout_ms = core_cfg->sqlite_busy_timeout_ms,
		.max_open_buckets = core_cfg->max_open_buckets,
	};

	return storage_open(&set, &core_st, err, errsz) == ST_OK;
}

static bool
open_cache(char *err, size_t errsz)
{
	struct cache_settings	 set = {
		.backend = core_cfg->cache_backend,
		.data_dir = core_cfg->data_dir,
		.max_size_bytes = core_cfg->cache_max_size_bytes,
		.busy_timeout_ms = core_cfg->sqlite_busy_timeout_ms,
	};

	return cache_open(&set, &core_cache, err, errsz) == ST_OK;
}

bool
core_init(const struct config *cfg, char *err, size_t errsz)
{
	core_cfg = cfg;
	log_setup(cfg->log_format);
	if (sodium_init() < 0) {
		snprintf(err, errsz, "libsodium failed to initialise");
		return false;
	}
	json_init();
	/* The storage makes data_dir: it goes first. */
	return open_storage(err, errsz) && open_cache(err, errsz);
}

void
core_fini(void)
{
	storage_close(core_st);
	cache_close(core_cache);
	core_st = NULL;
	core_cache = NULL;
	core_cfg = NULL;
}

struct storage *
ctx_storage(struct ctx *ctx)
{
	char	 err[256];

	if (core_st == NULL && mono_us() >= core_st_retry_us) {
		if (!open_storage(err, sizeof(err)))
			log_msg(LOG_ERROR, "storage: %s", err);
		core_st_retry_us = mono_us() + REOPEN_INTERVAL_US;
	}
	ctx->st = core_st;
	return core_st;
}

struct cache *
ctx_cache(struct ctx *ctx)
{
	char	 err[256];

	(void)ctx;
	if (core_cache == NULL && mono_us() >= core_cache_retry_us) {
		if (!open_cache(err, sizeof(err)))
			log_msg(LOG_ERROR, "cache: %s", err);
		core_cache_retry_us = mono_us() + REOPEN_INTERVAL_US;
	}
	return core_cache;
}

void
ctx_base_url(const struct ctx *ctx, struct buf *b)
{
	const char	*scheme, *host;

	scheme = ctx->cfg->http_scheme != NULL ? ctx->cfg->http_scheme :
	    ctx->req->scheme != NULL ? ctx->req->scheme : "http";
	host = ctx->cfg->http_host != NULL ? ctx->cfg->http_host :
	    ctx->req->host != NULL ? ctx->req->host : "localhost";
	buf_printf(b, "%s://%s%s", scheme, host,
	    ctx->req->script_name != NULL ? ctx->req->script_name : "");
}

/* Escapes text for an HTML attribute or element. */
static void
html_escape(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++)
		switch (*s) {
		case '&': buf_puts(b, "&amp;"); break;
		case '<': buf_puts(b, "&lt;"); break;
		case '>': buf_puts(b, "&gt;"); break;
		case '"': buf_puts(b, "&quot;"); break;
		default: buf_putc(b, *s); break;
		}
}

/*
 * 307 to path (plus the original query string), absolute, with cache
 * headers when ttl >= 0 (utilities.md, "URL prefix and redirects").
 */
static enum kerr
redirect(struct ctx *ctx, const char *path, size_t pathlen, int64_t ttl)
{
	struct buf	 loc = { 0 }, html = { 0 };
	char		 expires[30];

	ctx_base_url(ctx, &loc);
	buf_add(&loc, path, pathlen);
	if (ctx->req->raw_query != NULL && *ctx->req->raw_query != '\0') {
		buf_putc(&loc, '?');
		buf_puts(&loc, ctx->req->raw_query);
	}
	buf_puts(&html, "<html><head><title>307 Temporary Redirect</title>"
	    "</head><body><h1>307 Temporary Redirect</h1>"
	    "The resource has been moved to <a href=\"");
	html_escape(&html, loc.data);
	buf_puts(&html, "\">");
	html_escape(&html, loc.data);
	buf_puts(&html, "</a>.</body></html>\n");
	response_set_body(ctx->resp, 307, "text/html; charset=UTF-8",
	    html.data, html.len);
	response_set_header(ctx->resp, "Location", loc.data);
	if (ttl >= 0) {
		response_set_headerf(ctx->resp, "Cache-Control",
		    "max-age=%lld", (long long)ttl);
		http_date(expires, now_ms() / 1000 + ttl);
		response_set_header(ctx->resp, "Expires", expires);
	}
	buf_free(&loc);
	buf_free(&html);
	return KERR_OK;
}

/* "/v" followed by a digit: Kinto's test for "has a version prefix". */
static bool
has_version_prefix(const char *raw_path)
{
	return raw_path[0] == '/' && raw_path[1] == 'v' &&
	    raw_path[2] >= '0' && raw_path[2] <= '9';
}

/*
 * Steps 4 to 6 of the order: version prefix, trailing slash, route,
 * method.  Returns KERR_OK with ctx->route set, or an answer.
 */
static enum kerr
route(struct ctx *ctx, bool *answered)
{
	const struct request	*req = ctx->req;
	const char		*raw = req->raw_path, *api;
	size_t			 len;
	struct buf		 allow = { 0 };

	*answered = false;
	if (!has_version_prefix(raw)) {
		/* A CR or LF is never redirected (header injection). */
		if (memchr(req->path, '\r', req->pathlen) != NULL ||
		    memchr(req->path, '\n', req->pathlen) != NULL)
			return KERR_VERSION;
		*answered = true;
		if (req->method == METHOD_OPTIONS) {
			/* CORS answers must be 200 (Kinto does so too). */
			response_set_body(ctx->resp, 200, "text/plain", "", 0);
			return KERR_OK;
		}
		if (!ctx->cfg->version_prefix_redirect_enabled)
			return KERR_VERSION;
		{
			struct buf p = { 0 };
			enum kerr e;

			buf_puts(&p, "/v1");
			buf_puts(&p, raw);
			e = redirect(ctx, p.data, p.len,
			    ctx->cfg->version_prefix_redirect_ttl_seconds);
			buf_free(&p);
			return e;
		}
	}
	/*
	 * Only "/v1" and "/v1/..." are ours.  Kinto tests a plain string
	 * prefix, so /v10/x and /v1foo are 404 errno 111 there; a version
	 * is a whole segment here, so they are 116 like /v2.
	 */
	if (strncmp(raw, "/v1", 3) != 0 || (raw[3] != '\0' && raw[3] != '/'))
		return KERR_VERSION;
	api = raw + 3;
	if ((ctx->route = router_match(ctx, *api == '\0' ? "" : api)) == NULL) {
		len = strlen(raw);
		if (!ctx->cfg->trailing_slash_redirect_enabled)
			return KERR_NOT_FOUND;
		*answered = true;
		if (*api == '\0')
			return redirect(ctx, "/v1/", 4,
			    ctx->cfg->trailing_slash_redirect_ttl_seconds);
		if (raw[len - 1] == '/') {
			while (len > 0 && raw[len - 1] == '/')
				len--;
			return redirect(ctx, raw, len,
			    ctx->cfg->trailing_slash_redirect_ttl_seconds);
		}
		*answered = false;
		return KERR_NOT_FOUND;
	}
	if (!router_allows(ctx->cfg, ctx->route, req->method)) {
		router_methods(ctx->cfg, ctx->route, false, ", ", &allow);
		response_set_header(ctx->resp, "Allow", allow.data);
		buf_free(&allow);
		return KERR_METHOD;
	}
	return KERR_OK;
}

static enum kerr	serve(struct ctx *);

/* Steps 1 to 10 of requests.md, "Order in which a request is checked". */
static enum kerr
dispatch(struct ctx *ctx)
{
	const struct request	*req = ctx->req;

	if (ctx->cfg->eos != NULL && ctx->cfg->eos_time <= now_ms() / 1000)
		return KERR_GONE;
	if (ctx->cfg->readonly && req->method != METHOD_GET &&
	    req->method != METHOD_HEAD && req->method != METHOD_OPTIONS)
		return KERR_METHOD;
	if (req->flaw == FLAW_BODY_TOO_LARGE)
		return KERR_TOO_LARGE;
	if (req->flaw == FLAW_PATH_ENCODING)
		return KERR_BAD_PATH;
	if (default_bucket_applies(ctx))
		return default_bucket_serve(ctx, serve);
	return serve(ctx);
}

/* Steps 4 to 10 for the request as it stands (an alias resolved). */
static enum kerr
serve(struct ctx *ctx)
{
	const struct request	*req = ctx->req;
	bool			 answered;
	enum kerr		 e;

	if ((e = route(ctx, &answered)) != KERR_OK || answered)
		return e;
	if (req->method == METHOD_OPTIONS)
		return cors_preflight(ctx);
	/* Resources check the origin at their step 9, after permissions. */
	if (ctx->route->kind == ROUTE_UTILITY) {
		cors_check_origin(ctx);
		if (ctx->verr.n > 0)
			return KERR_INVALID;
	}
	if (req->flaw == FLAW_QUERY_ENCODING) {
		ctx->err_message = xasprintf("%s: %s",
		    "A request with an incorrect encoding in the querystring "
		    "wasreceived. Please make sure your requests are encoded "
		    "in UTF-8", req->raw_query);
		return KERR_BAD_QUERY;
	}
	return ctx->route->handler(ctx);
}

/* The Alert header (utilities.md, "End of service"), compact JSON. */
static void
add_alert(struct ctx *ctx, const char *code)
{
	const struct config	*cfg = ctx->cfg;
	cJSON			*o;
	char			*s;

	o = cJSON_CreateObject();
	cJSON_AddItemToObject(o, "code", json_new_string(code));
	cJSON_AddItemToObject(o, "message", cfg->eos_message != NULL ?
	    json_new_string(cfg->eos_message) : cJSON_CreateNull());
	cJSON_AddItemToObject(o, "url", json_new_string(
	    cfg->eos_url != NULL ? cfg->eos_url : cfg->project_docs));
	s = json_print(o, NULL);
	response_set_header(ctx->resp, "Alert", s);
	free(s);
	cJSON_Delete(o);
}

/* Headers every answer carries, errors and redirects included. */
static void
finish(struct ctx *ctx, enum kerr e)
{
	const struct config	*cfg = ctx->cfg;
	struct response		*resp = ctx->resp;
	char			 n[24];

	if (e == KERR_INVALID || e == KERR_NOT_ACCEPTABLE ||
	    e == KERR_UNSUPPORTED_MEDIA)
		error_respond_invalid(cfg, resp, e, &ctx->verr);
	else if (e != KERR_OK) {
		error_respond(cfg, resp, e, ctx->err_message, ctx->err_details);
		ctx->err_details = NULL;
	}
	if (e == KERR_UNAUTHORIZED)
		auth_challenge(ctx);
	cors_apply(ctx);
	response_set_header(resp, "Content-Security-Policy",
	    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; ");
	response_set_header(resp, "X-Content-Type-Options", "nosniff");
	if (cfg->backoff >= 0 && (cfg->backoff_percentage < 0 ||
	    randombytes_uniform(100) < (uint32_t)cfg->backoff_percentage)) {
		snprintf(n, sizeof(n), "%lld", (long long)cfg->backoff);
		response_set_header(resp, "Backoff", n);
	}
	if (cfg->eos != NULL)
		add_alert(ctx, e == KERR_GONE ? "hard-eol" : "soft-eol");
	if (resp->json != NULL && resp->body == NULL)
		resp->body = json_print(resp->json, &resp->bodylen);
	if (ctx->user_id != NULL)
		resp->user_id = xstrdup(ctx->user_id);
}

static bool
same_text(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/*
 * The identity of a request: its own, or, for a batch's sub-request
 * carrying the batch's credentials, the batch's (auth.md: principals
 * are looked up once per batch).
 */
static void
identify(struct ctx *ctx, const struct ctx *batch)
{
	size_t	 i;

	if (batch == NULL || !same_text(ctx->req->headers[HDR_AUTHORIZATION],
	    batch->req->headers[HDR_AUTHORIZATION]) ||
	    !same_text(ctx->req->remote_user, batch->req->remote_user)) {
		auth_identify(ctx);
		return;
	}
	if (batch->user_id != NULL)
		ctx->user_id = xstrdup(batch->user_id);
	ctx->principals.v = xcalloc(batch->principals.n + 1,
	    sizeof(*ctx->principals.v));
	for (i = 0; i < batch->principals.n; i++)
		ctx->principals.v[i] = xstrdup(batch->principals.v[i]);
	ctx->principals.n = batch->principals.n;
}

static void
handle(const struct request *req, struct response *resp,
    const struct ctx *batch)
{
	struct ctx	 ctx;
	enum kerr	 e;
	size_t		 i;

	memset(&ctx, 0, sizeof(ctx));
	ctx.req = req;
	ctx.resp = resp;
	ctx.cfg = core_cfg;
	ctx.st = core_st;
	identify(&ctx, batch);
	e = dispatch(&ctx);
	finish(&ctx, e);

	for (i = 0; i < ctx.nparams; i++)
		free(ctx.params[i]);
	for (i = 0; i < ctx.principals.n; i++)
		free(ctx.principals.v[i]);
	free(ctx.principals.v);
	free(ctx.user_id);
	free(ctx.err_message);
	cJSON_Delete(ctx.err_details);
	verrors_free(&ctx.verr);
	perm_forget(&ctx);
}

void
core_handle(const struct request *req, struct response *resp)
{
	handle(req, resp, NULL);
}

void
core_handle_sub(const struct ctx *batch, const struct request *req,
    struct response *resp)
{
	handle(req, resp, batch);
}
