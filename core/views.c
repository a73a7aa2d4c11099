/*
 * views.c — the utility endpoints (utilities.md).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/auth.h"
#include "core/ctx.h"
#include "core/default_bucket.h"
#include "core/json.h"
#include "core/log.h"
#include "core/permissions.h"
#include "core/util.h"
#include "core/views.h"
#include "storage/cache.h"
#include "storage/storage.h"

#define HTTP_API_VERSION	"1.23"

static void
add_string(cJSON *o, const char *key, const char *value)
{
	cJSON_AddItemToObject(o, key, value != NULL ? json_new_string(value) :
	    cJSON_CreateNull());
}

/* The capabilities of the plugins included and of features turned on. */
static void
plugin_capabilities(const struct config *cfg, cJSON *caps)
{
	static const struct {
		const char	*plugin, *name, *description, *url;
	} plugins[] = {
		{ "kinto.plugins.accounts", "accounts",
		    "Manage user accounts.",
		    "https://kinto.readthedocs.io/en/latest/api/1.x/"
		    "accounts.html" },
		{ "kinto.plugins.default_bucket", "default_bucket",
		    "The default bucket is an alias for a personal bucket "
		    "where collections are created implicitly.",
		    "https://kinto.readthedocs.io/en/latest/api/1.x/"
		    "buckets.html#personal-bucket-default" },
	};
	cJSON	*c;
	size_t	 i;

	for (i = 0; i < sizeof(plugins) / sizeof(plugins[0]); i++) {
		if (!config_has_plugin(cfg, plugins[i].plugin))
			continue;
		c = cJSON_CreateObject();
		add_string(c, "description", plugins[i].description);
		add_string(c, "url", plugins[i].url);
		/* E-mail validation left Kinto in version 20 (auth.md). */
		if (strcmp(plugins[i].name, "accounts") == 0)
			cJSON_AddItemToObject(c, "validation_enabled",
			    cJSON_CreateFalse());
		cJSON_AddItemToObject(caps, plugins[i].name, c);
	}
	/* Not a plugin, a setting (objects.md, "JSON-schema validation"). */
	if (cfg->experimental_collection_schema_validation) {
		c = cJSON_CreateObject();
		add_string(c, "description",
		    "Validates collection records with JSON schemas.");
		add_string(c, "url", "https://kinto.readthedocs.io/en/latest/"
		    "api/1.x/collections.html#collection-json-schema");
		cJSON_AddItemToObject(caps, "schema", c);
	}
}

/*
 * utilities.md, "GET /": keys in Kinto's order.  "config" describes the
 * file cinto was really started with (Kinto looks at $KINTO_INI
 * whatever it runs with, so it is often null there).
 */
enum kerr
view_hello(struct ctx *ctx)
{
	const struct config	*cfg = ctx->cfg;
	cJSON			*o, *c, *settings, *user, *caps;
	struct buf		 url = { 0 };
	size_t			 i;
	char			 expires[30];

	o = cJSON_CreateObject();
	add_string(o, "project_name", cfg->project_name);
	add_string(o, "project_version", cfg->project_version != NULL ?
	    cfg->project_version : CINTO_VERSION);
	add_string(o, "http_api_version", HTTP_API_VERSION);
	add_string(o, "project_docs", cfg->project_docs);
	ctx_base_url(ctx, &url);
	buf_puts(&url, "/v1/");
	add_string(o, "url", url.data);
	buf_free(&url);
	if (cfg->file_path != NULL) {
		c = cJSON_CreateObject();
		add_string(c, "path", cfg->file_path);
		add_string(c, "hash", cfg->file_sha256);
		add_string(c, "modified", cfg->file_modified);
		cJSON_AddItemToObject(o, "config", c);
	} else
		cJSON_AddItemToObject(o, "config", cJSON_CreateNull());
	if (cfg->eos != NULL)
		add_string(o, "eos", cfg->eos);
	settings = cJSON_CreateObject();
	cJSON_AddItemToObject(settings, "batch_max_requests",
	    json_new_int(cfg->batch_max_requests));
	cJSON_AddItemToObject(settings, "readonly",
	    cJSON_CreateBool(cfg->readonly));
	cJSON_AddItemToObject(settings, "explicit_permissions",
	    cJSON_CreateBool(cfg->explicit_permissions));
	cJSON_AddItemToObject(o, "settings", settings);
	if (ctx->user_id != NULL) {
		user = cJSON_CreateObject();
		add_string(user, "id", ctx->user_id);
		c = cJSON_CreateArray();
		for (i = 0; i < ctx->principals.n; i++)
			cJSON_AddItemToArray(c,
			    json_new_string(ctx->principals.v[i]));
		cJSON_AddItemToObject(user, "principals", c);
		if (config_has_plugin(cfg, "kinto.plugins.default_bucket")) {
			char *bid = default_bucket_id(cfg, ctx->user_id);

			add_string(user, "bucket", bid);
			free(bid);
		}
		cJSON_AddItemToObject(o, "user", user);
	}
	caps = cJSON_CreateObject();
	auth_capabilities(cfg, caps);
	plugin_capabilities(cfg, caps);
	permissions_capability(cfg, caps);
	cJSON_AddItemToObject(o, "capabilities", caps);
	response_set_json(ctx->resp, 200, o);

	/* A read-only server's root view may be cached. */
	if (cfg->readonly) {
		response_set_headerf(ctx->resp, "Cache-Control", "max-age=%lld",
		    (long long)cfg->root_cache_expires_seconds);
		http_date(expires, now_ms() / 1000 +
		    cfg->root_cache_expires_seconds);
		response_set_header(ctx->resp, "Expires", expires);
	}
	return KERR_OK;
}

/*
 * utilities.md, "GET /__heartbeat__": a real round trip to each backend
 * within heartbeat_timeout_seconds; any false makes it a 503, and the
 * body stays the mapping.
 */
enum kerr
view_heartbeat(struct ctx *ctx)
{
	struct storage	*st;
	struct cache	*c;
	cJSON		*o;
	bool		 st_ok, cache_ok;

	st = ctx_storage(ctx);
	st_ok = st != NULL && storage_health(st,
	    ctx->cfg->heartbeat_timeout_seconds * 1000) == ST_OK;
	c = ctx_cache(ctx);
	cache_ok = c != NULL && cache_health(c) == ST_OK;
	o = cJSON_CreateObject();
	cJSON_AddItemToObject(o, "storage", cJSON_CreateBool(st_ok));
	cJSON_AddItemToObject(o, "cache", cJSON_CreateBool(cache_ok));
	response_set_json(ctx->resp, st_ok && cache_ok ? 200 : 503, o);
	return KERR_OK;
}

enum kerr
view_lbheartbeat(struct ctx *ctx)
{
	response_set_json(ctx->resp, 200, cJSON_CreateObject());
	return KERR_OK;
}

/*
 * utilities.md, "GET /__version__": the file named by version_json_path
 * as it is; without that setting, cinto describes its own build.  A
 * configured file that is missing is a 404 as Kinto's docs say (Kinto's
 * code answers 500).
 */
enum kerr
view_version(struct ctx *ctx)
{
	const char	*path = ctx->cfg->version_json_path;
	struct buf	 b = { 0 };
	char		 chunk[4096];
	cJSON		*o;
	FILE		*f;
	size_t		 n;

	if (path == NULL) {
		o = cJSON_CreateObject();
		add_string(o, "name", "cinto");
		add_string(o, "version", CINTO_VERSION);
		add_string(o, "commit", CINTO_COMMIT);
		response_set_json(ctx->resp, 200, o);
		return KERR_OK;
	}
	if ((f = fopen(path, "rb")) == NULL)
		return errno == ENOENT ? KERR_NOT_FOUND : KERR_INTERNAL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 && b.len < 1 << 20)
		buf_add(&b, chunk, n);
	fclose(f);
	if (json_parse(b.data == NULL ? "" : b.data, b.len,
	    (int)ctx->cfg->json_max_depth, &o, NULL) != JSON_OK) {
		buf_free(&b);
		log_msg(LOG_ERROR, "%s: not valid JSON", path);
		return KERR_INTERNAL;
	}
	buf_free(&b);
	response_set_json(ctx->resp, 200, o);
	return KERR_OK;
}
