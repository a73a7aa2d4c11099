/*
 * cors.c — see cors.h.
 */
#include <fnmatch.h>
#include <string.h>

#include "core/cors.h"
#include "core/ctx.h"
#include "core/router.h"
#include "core/util.h"

/* Exposed on every answer (utilities.md, "CORS"). */
static const char *const expose_default[] = {
	"Backoff", "Retry-After", "Alert", "Content-Length", "Content-Type",
	NULL };
/* Added on reads of lists and objects. */
static const char *const expose_read[] = {
	"Last-Modified", "ETag", "Cache-Control", "Expires", "Pragma", NULL };
static const char *const expose_list[] = { "Next-Page", NULL };
static const char *const expose_head_list[] = {
	"Total-Objects", "Total-Records", NULL };

static void
add_list(struct buf *b, const char *const *names, const char *sep)
{
	for (; *names != NULL; names++) {
		if (b->len > 0)
			buf_puts(b, sep);
		buf_puts(b, *names);
	}
}

/* The headers an endpoint may expose for a method. */
static void
exposed(const struct route *r, enum method m, const char *sep,
    struct buf *b)
{
	bool	 read = m == METHOD_GET || m == METHOD_HEAD;

	add_list(b, expose_default, sep);
	if (r == NULL || !read || r->kind == ROUTE_UTILITY)
		return;
	if (r->kind == ROUTE_PLURAL)
		add_list(b, expose_list, sep);
	add_list(b, expose_read, sep);
	if (r->kind == ROUTE_PLURAL && m == METHOD_HEAD)
		add_list(b, expose_head_list, sep);
}

bool
cors_origin_allowed(const struct config *cfg, const char *origin)
{
	size_t	 i;

	for (i = 0; i < cfg->cors_origins.n; i++)
		if (fnmatch(cfg->cors_origins.v[i], origin, 0) == 0)
			return true;
	return false;
}

void
cors_apply(struct ctx *ctx)
{
	const char	*origin = ctx->req->headers[HDR_ORIGIN];
	struct buf	 b = { 0 };

	if (origin != NULL && cors_origin_allowed(ctx->cfg, origin))
		response_set_header(ctx->resp, "Access-Control-Allow-Origin",
		    strlist_has(&ctx->cfg->cors_origins, "*") ? "*" : origin);
	if (ctx->req->method == METHOD_OPTIONS && ctx->route != NULL)
		return;
	exposed(ctx->route, ctx->req->method, ", ", &b);
	response_set_header(ctx->resp, "Access-Control-Expose-Headers",
	    b.data);
	buf_free(&b);
}

void
cors_check_origin(struct ctx *ctx)
{
	const char	*origin = ctx->req->headers[HDR_ORIGIN];

	if (origin != NULL && !cors_origin_allowed(ctx->cfg, origin))
		verrors_add(&ctx->verr, "header", "Origin", "%s not allowed",
		    origin);
}

/* Whether the comma-separated list holds that exact item. */
static bool
list_has(const char *list, const char *item, size_t len)
{
	const char	*p = list, *end;

	while (*p != '\0') {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		if ((size_t)(end - p) == len && memcmp(p, item, len) == 0)
			return true;
		p = *end == ',' ? end + 1 : end;
	}
	return false;
}

enum kerr
cors_preflight(struct ctx *ctx)
{
	const char	*origin = ctx->req->headers[HDR_ORIGIN];
	const char	*want = ctx->req->headers[HDR_AC_REQUEST_METHOD];
	const char	*asked = ctx->req->headers[HDR_AC_REQUEST_HEADERS];
	const char	*p, *start, *end;
	struct buf	 b = { 0 };
	enum method	 m;

	if (origin == NULL)
		verrors_add(&ctx->verr, "header", "Origin",
		    "this header is mandatory");
	if (want == NULL)
		verrors_add(&ctx->verr, "header",
		    "Access-Control-Request-Method",
		    "this header is mandatory");
	if (origin == NULL || want == NULL)
		return KERR_INVALID;
	m = method_from_name(want);
	if (m == METHOD_OTHER || !router_allows(ctx->cfg, ctx->route, m) ||
	    (ctx->cfg->readonly && m != METHOD_GET && m != METHOD_HEAD &&
	    m != METHOD_OPTIONS))
		verrors_add(&ctx->verr, "header",
		    "Access-Control-Request-Method", "Method not allowed");
	cors_check_origin(ctx);
	if (ctx->verr.n > 0)
		return KERR_INVALID;

	/* Everything the endpoint may expose, plus what was asked for. */
	for (m = 0; m < METHOD_OTHER; m++)
		if (router_allows(ctx->cfg, ctx->route, m)) {
			struct buf one = { 0 };
			exposed(ctx->route, m, ",", &one);
			for (p = one.data; *p != '\0'; p = *end ? end + 1 : end) {
				end = strchr(p, ',');
				if (end == NULL)
					end = p + strlen(p);
				if (b.data == NULL ||
				    !list_has(b.data, p, (size_t)(end - p))) {
					if (b.len > 0)
						buf_putc(&b, ',');
					buf_add(&b, p, (size_t)(end - p));
				}
			}
			buf_free(&one);
		}
	for (p = asked != NULL ? asked : ""; *p != '\0';) {
		while (*p == ' ' || *p == ',')
			p++;
		start = p;
		while (*p != '\0' && *p != ',')
			p++;
		for (end = p; end > start && end[-1] == ' '; end--)
			;
		if (end > start && !list_has(b.data, start,
		    (size_t)(end - start))) {
			buf_putc(&b, ',');
			buf_add(&b, start, (size_t)(end - start));
		}
	}
	response_set_header(ctx->resp, "Access-Control-Allow-Headers", b.data);
	buf_reset(&b);
	router_methods(ctx->cfg, ctx->route, ctx->cfg->readonly, ",", &b);
	response_set_header(ctx->resp, "Access-Control-Allow-Methods", b.data);
	buf_free(&b);
	if (ctx->cfg->cors_max_age_seconds >= 0)
		response_set_headerf(ctx->resp, "Access-Control-Max-Age",
		    "%lld", (long long)ctx->cfg->cors_max_age_seconds);
	response_set_json(ctx->resp, 200, cJSON_CreateNull());
	return KERR_OK;
}
