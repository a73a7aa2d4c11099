/*
 * sync.c — see sync.h.
 */
#include <stdio.h>
#include <string.h>

#include "core/ctx.h"
#include "core/resource.h"
#include "core/sync.h"
#include "core/util.h"

/* "*", or digits between double quotes ("01" is 1). */
static bool
parse_one(const char *v, bool *any, int64_t *ts)
{
	size_t	 n = strlen(v), i;
	char	 digits[24];

	if (strcmp(v, "*") == 0) {
		*any = true;
		return true;
	}
	if (n < 3 || n - 2 >= sizeof(digits) || v[0] != '"' || v[n - 1] != '"')
		return false;
	for (i = 1; i < n - 1; i++)
		if (v[i] < '0' || v[i] > '9')
			return false;
	memcpy(digits, v + 1, n - 2);
	digits[n - 2] = '\0';
	return str_to_i64(digits, 0, INT64_MAX, ts);
}

void
precond_parse(struct ctx *ctx, struct precond *p)
{
	const char	*m = ctx->req->headers[HDR_IF_MATCH];
	const char	*nm = ctx->req->headers[HDR_IF_NONE_MATCH];

	memset(p, 0, sizeof(*p));
	if (m != NULL) {
		p->match = true;
		if (!parse_one(m, &p->match_any, &p->match_ts))
			verrors_add(&ctx->verr, "header", "If-Match",
			    "The value should be integer between double "
			    "quotes.");
	}
	if (nm != NULL) {
		p->none = true;
		if (!parse_one(nm, &p->none_any, &p->none_ts))
			verrors_add(&ctx->verr, "header", "If-None-Match",
			    "The value should be integer between double "
			    "quotes.");
	}
}

enum precond_result
precond_check(const struct precond *p, bool exists, int64_t current,
    bool read)
{
	if (read && p->none && !p->none_any && exists &&
	    p->none_ts == current)
		return PRECOND_304;
	if (p->none && p->none_any && exists)
		return PRECOND_412;
	if (p->match && !exists)
		return PRECOND_412;
	if (p->match && !p->match_any && p->match_ts != current)
		return PRECOND_412;
	return PRECOND_OK;
}

void
sync_etag(struct ctx *ctx, int64_t ts)
{
	char	 date[30];
	int64_t	 secs = ts >= 0 ? ts / 1000 : -((-ts + 999) / 1000);

	response_set_headerf(ctx->resp, "ETag", "\"%lld\"", (long long)ts);
	http_date(date, secs);
	response_set_header(ctx->resp, "Last-Modified", date);
}

void
sync_not_modified(struct ctx *ctx, int64_t ts)
{
	response_set_body(ctx->resp, 304, "application/json", "", 0);
	response_del_header(ctx->resp, "Content-Type");
	sync_etag(ctx, ts);
}

static void
expires_in(struct ctx *ctx, int64_t seconds)
{
	char	 date[30];

	http_date(date, now_ms() / 1000 + seconds);
	response_set_header(ctx->resp, "Expires", date);
}

void
sync_cache_headers(struct ctx *ctx, const struct resource *r,
    const char *bid, const char *cid, bool has_collection_expires,
    int64_t collection_expires)
{
	const struct config	*cfg = ctx->cfg;
	char			 key[3 * 160];
	int64_t			 n = 0;
	bool			 set = false;

	if (ctx->user_id != NULL) {
		response_set_header(ctx->resp, "Cache-Control",
		    "no-cache, no-store");
		return;
	}
	if (strcmp(r->name, "record") == 0) {
		/* The first setting defined wins, then the collection's. */
		snprintf(key, sizeof(key), "%s.%s.record_cache_expires_seconds",
		    bid, cid);
		set = config_cache_expires(cfg, key, &n);
		snprintf(key, sizeof(key), "%s.record_cache_expires_seconds",
		    bid);
		set = set || config_cache_expires(cfg, key, &n);
		set = set || config_cache_expires(cfg,
		    "record_cache_expires_seconds", &n);
		snprintf(key, sizeof(key), "%s_%s_record_cache_expires_seconds",
		    bid, cid);
		set = set || config_cache_expires(cfg, key, &n);
		snprintf(key, sizeof(key), "%s_record_cache_expires_seconds",
		    bid);
		set = set || config_cache_expires(cfg, key, &n);
		if (has_collection_expires) {
			n = (set ? n : -1) > collection_expires ?
			    (set ? n : -1) : collection_expires;
			set = true;
		}
		if (set && n == 0) {
			response_set_header(ctx->resp, "Cache-Control",
			    "max-age=0, must-revalidate, no-cache, no-store");
			expires_in(ctx, 0);
			response_set_header(ctx->resp, "Pragma", "no-cache");
			return;
		}
		if (set && n < 0) {
			/* Kinto's quirk of the -1 default, kept visible. */
			response_set_header(ctx->resp, "Cache-Control",
			    "max-age=-1");
			expires_in(ctx, -1);
			return;
		}
	} else {
		snprintf(key, sizeof(key), "%s_cache_expires_seconds", r->name);
		set = config_cache_expires(cfg, key, &n) && n > 0;
	}
	if (set && n > 0) {
		response_set_headerf(ctx->resp, "Cache-Control", "max-age=%lld",
		    (long long)n);
		expires_in(ctx, n);
		return;
	}
	response_set_header(ctx->resp, "Cache-Control", "no-cache, no-store");
}
