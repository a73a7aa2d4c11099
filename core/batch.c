/*
 * batch.c — see batch.h.
 */
#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/body.h"
#include "core/core.h"
#include "core/endpoint.h"
#include "core/ctx.h"
#include "core/json.h"
#include "core/pyrepr.h"
#include "core/util.h"

static const char *const request_keys[] = {
	"method", "path", "headers", "body", NULL };
static const char *const batch_methods[] = {
	"GET", "HEAD", "DELETE", "TRACE", "POST", "PUT", "PATCH", NULL };

static bool
in_list(const char *const *list, const char *s)
{
	for (; *list != NULL; list++)
		if (strcmp(*list, s) == 0)
			return true;
	return false;
}

/* colander's Mapping(unknown="raise"): every unknown member in one go. */
static void
check_keys(struct ctx *ctx, const char *name, const cJSON *o,
    const char *const *known)
{
	struct buf	 b = { 0 };
	cJSON		 key = { .type = cJSON_String };
	const cJSON	*c;
	bool		 any = false;

	buf_putc(&b, '{');
	for (c = o->child; c != NULL; c = c->next) {
		if (in_list(known, c->string))
			continue;
		if (any)
			buf_puts(&b, ", ");
		key.valuestring = c->string;
		pyrepr(&b, &key);
		buf_puts(&b, ": ");
		pyrepr(&b, c);
		any = true;
	}
	buf_putc(&b, '}');
	if (any)
		verrors_add(&ctx->verr, "body", name,
		    "Unrecognized keys in mapping: \"%s\"", b.data);
	buf_free(&b);
}

/*
 * One request (or the defaults, where path may be absent) against
 * Kinto's BatchRequestSchema.
 */
static void
check_request(struct ctx *ctx, const char *name, const cJSON *r,
    bool path_required)
{
	const cJSON	*m, *p, *h, *b, *c;
	struct buf	 v = { 0 };
	char		*sub;

	if (!cJSON_IsObject(r)) {
		body_not_mapping(ctx, name, r);
		return;
	}
	check_keys(ctx, name, r, request_keys);
	m = cJSON_GetObjectItemCaseSensitive(r, "method");
	if (m != NULL && !(cJSON_IsString(m) &&
	    in_list(batch_methods, m->valuestring))) {
		sub = xasprintf("%s.method", name);
		pyrepr(&v, m);
		verrors_add(&ctx->verr, "body", sub, "\"%s\" is not one of GET, "
		    "HEAD, DELETE, TRACE, POST, PUT, PATCH", cJSON_IsString(m) ?
		    m->valuestring : v.data);
		free(sub);
		buf_reset(&v);
	}
	p = cJSON_GetObjectItemCaseSensitive(r, "path");
	sub = xasprintf("%s.path", name);
	if (p == NULL) {
		if (path_required)
			verrors_add(&ctx->verr, "body", sub, "Required");
	} else if (!cJSON_IsString(p)) {
		pyrepr(&v, p);
		verrors_add(&ctx->verr, "body", sub, "%s is not a string",
		    v.data);
		buf_reset(&v);
	} else if (p->valuestring[0] != '/')
		verrors_add(&ctx->verr, "body", sub,
		    "String does not match expected pattern");
	free(sub);
	h = cJSON_GetObjectItemCaseSensitive(r, "headers");
	if (h != NULL) {
		sub = xasprintf("%s.headers", name);
		if (!cJSON_IsObject(h))
			body_not_mapping(ctx, sub, h);
		else
			for (c = h->child; c != NULL; c = c->next)
				if (!cJSON_IsString(c)) {
					pyrepr(&v, h);
					verrors_add(&ctx->verr, "body", sub,
					    "%s contains non string value",
					    v.data);
					buf_reset(&v);
					break;
				}
		free(sub);
	}
	b = cJSON_GetObjectItemCaseSensitive(r, "body");
	if (b != NULL && !cJSON_IsObject(b)) {
		sub = xasprintf("%s.body", name);
		body_not_mapping(ctx, sub, b);
		free(sub);
	}
	buf_free(&v);
}

/* Kinto's merge_dicts(): what the request lacks comes from defaults. */
static void
merge_defaults(cJSON *r, const cJSON *defaults)
{
	const cJSON	*d;
	cJSON		*have;

	for (d = defaults->child; d != NULL; d = d->next) {
		have = cJSON_GetObjectItemCaseSensitive(r, d->string);
		if (cJSON_IsObject(d)) {
			if (have == NULL) {
				have = cJSON_CreateObject();
				cJSON_AddItemToObject(r, d->string, have);
			}
			if (cJSON_IsObject(have))
				merge_defaults(have, d);
		} else if (have == NULL)
			cJSON_AddItemToObject(r, d->string,
			    cJSON_Duplicate(d, true));
	}
}

/* The sub-request of a validated spec, inheriting from the batch. */
static void
build_request(const struct request *parent, const cJSON *spec,
    const char *target, struct request *sub)
{
	const cJSON	*m, *h, *b, *c;
	enum header	 hdr;
	size_t		 i;

	request_init(sub);
	m = cJSON_GetObjectItemCaseSensitive(spec, "method");
	request_set_method(sub, m != NULL ? m->valuestring : "GET");
	request_set_target(sub, target);
	for (i = 0; i < HDR__MAX; i++)
		request_set_header(sub, (enum header)i, parent->headers[i]);
	h = cJSON_GetObjectItemCaseSensitive(spec, "headers");
	for (c = h != NULL ? h->child : NULL; c != NULL; c = c->next)
		if ((hdr = header_from_name(c->string, strlen(c->string))) !=
		    HDR__MAX)
			request_set_header(sub, hdr, c->valuestring);
	/* An empty body object is no body at all, as in Kinto. */
	b = cJSON_GetObjectItemCaseSensitive(spec, "body");
	if (b != NULL && b->child != NULL) {
		size_t	 len;
		char	*text = json_print(b, &len);

		request_take_body(sub, text, len);
		request_set_header(sub, HDR_CONTENT_TYPE,
		    "application/json; charset=utf-8");
	}
	request_set_string(&sub->script_name, parent->script_name);
	request_set_string(&sub->scheme, parent->scheme);
	request_set_string(&sub->host, parent->host);
	request_set_string(&sub->remote_addr, parent->remote_addr);
	request_set_string(&sub->remote_user, parent->remote_user);
}

/*
 * Where a redirect of ours points, as a target for core_handle(): the
 * Location without "<scheme>://<host><mount point>".
 */
static const char *
redirect_target(const struct ctx *ctx, const char *location)
{
	struct buf	 base = { 0 };
	const char	*t = NULL;

	ctx_base_url(ctx, &base);
	if (str_has_prefix(location, base.data))
		t = location + base.len;
	buf_free(&base);
	return t;
}

/* {"status", "path", "headers", "body"} of one sub-response. */
static cJSON *
describe(const struct request *sub, struct response *resp)
{
	cJSON	*o, *h;
	size_t	 i;

	o = cJSON_CreateObject();
	cJSON_AddItemToObject(o, "status", json_new_int(resp->status));
	cJSON_AddItemToObject(o, "path", json_new_string(
	    utf8_valid(sub->path, strlen(sub->path)) ? sub->path :
	    sub->raw_path));
	h = cJSON_CreateObject();
	for (i = 0; i < resp->nheaders; i++) {
		/* Kinto's error sub-responses lack the security headers. */
		if (resp->status >= 400 &&
		    (str_casecmp(resp->headers[i].name,
		    "Content-Security-Policy") == 0 ||
		    str_casecmp(resp->headers[i].name,
		    "X-Content-Type-Options") == 0))
			continue;
		cJSON_DeleteItemFromObjectCaseSensitive(h,
		    resp->headers[i].name);
		cJSON_AddItemToObject(h, resp->headers[i].name,
		    json_new_string(resp->headers[i].value));
	}
	cJSON_AddItemToObject(o, "headers", h);
	if (sub->method == METHOD_HEAD)
		cJSON_AddItemToObject(o, "body", json_new_string(""));
	else if (resp->json != NULL) {
		cJSON_AddItemToObject(o, "body", resp->json);
		resp->json = NULL;
	} else
		cJSON_AddItemToObject(o, "body", json_new_string(
		    resp->body != NULL && utf8_valid(resp->body, resp->bodylen) ?
		    resp->body : ""));
	return o;
}

/*
 * Runs the requests in order.  A sub-response of 500 or more becomes the
 * answer of the whole batch (utilities.md).
 */
static enum kerr
run(struct ctx *ctx, const cJSON *requests)
{
	const cJSON	*spec;
	struct request	 sub;
	struct response	 resp;
	const char	*path, *loc, *next;
	cJSON		*responses, *o;
	char		*target;

	responses = cJSON_CreateArray();
	cJSON_ArrayForEach(spec, requests) {
		path = cJSON_GetObjectItemCaseSensitive(spec, "path")->valuestring;
		target = str_has_prefix(path, "/v1") ? xstrdup(path) :
		    xasprintf("/v1%s", path);
		build_request(ctx->req, spec, target, &sub);
		response_init(&resp);
		core_handle_sub(ctx, &sub, &resp);
		/* One redirect is followed, with the same method and body. */
		loc = response_header(&resp, "Location");
		if (resp.status >= 300 && resp.status < 400 && loc != NULL &&
		    (next = redirect_target(ctx, loc)) != NULL) {
			request_set_target(&sub, next);
			response_free(&resp);
			response_init(&resp);
			core_handle_sub(ctx, &sub, &resp);
		}
		free(target);
		if (resp.status >= 500) {
			cJSON_Delete(responses);
			response_free(ctx->resp);
			*ctx->resp = resp;	/* the sub-response answers */
			request_free(&sub);
			return KERR_OK;
		}
		o = describe(&sub, &resp);
		cJSON_AddItemToArray(responses, o);
		response_free(&resp);
		request_free(&sub);
	}
	o = cJSON_CreateObject();
	cJSON_AddItemToObject(o, "responses", responses);
	response_set_json(ctx->resp, 200, o);
	return KERR_OK;
}

enum kerr
view_batch(struct ctx *ctx)
{
	static const char *const types[] = { "application/json", NULL };
	static const char *const top_keys[] = { "defaults", "requests", NULL };
	const cJSON	*defaults, *r;
	cJSON		*body = NULL, *requests;
	struct buf	 v = { 0 };
	char		*name;
	size_t		 i;
	enum kerr	 e;

	if ((e = body_json(ctx, types, &body)) != KERR_OK)
		return e;
	if (!cJSON_IsObject(body)) {
		body_not_mapping(ctx, "", body);
		e = KERR_INVALID;
		goto out;
	}
	check_keys(ctx, "", body, top_keys);
	defaults = cJSON_GetObjectItemCaseSensitive(body, "defaults");
	requests = cJSON_GetObjectItemCaseSensitive(body, "requests");
	if (defaults != NULL)
		check_request(ctx, "defaults", defaults, false);
	if (requests == NULL)
		verrors_add(&ctx->verr, "body", "requests", "Required");
	else if (!cJSON_IsArray(requests)) {
		pyrepr(&v, requests);
		verrors_add(&ctx->verr, "body", "requests",
		    "\"%s\" is not iterable", v.data);
	} else {
		i = 0;
		cJSON_ArrayForEach(r, requests) {
			if (cJSON_IsObject(r) && cJSON_IsObject(defaults))
				merge_defaults((cJSON *)r, defaults);
			name = xasprintf("requests.%lu", (unsigned long)i++);
			check_request(ctx, name, r, true);
			free(name);
		}
	}
	if (ctx->verr.n > 0) {
		e = KERR_INVALID;
		goto out;
	}
	/* Checked once the body is well-formed, as Kinto's view does. */
	if (ctx->cfg->batch_max_requests > 0 &&
	    cJSON_GetArraySize(requests) > ctx->cfg->batch_max_requests) {
		verrors_add(&ctx->verr, "body", "requests",
		    "Number of requests is limited to %lld",
		    (long long)ctx->cfg->batch_max_requests);
		e = KERR_INVALID;
		goto out;
	}
	cJSON_ArrayForEach(r, requests)
		if (strstr(cJSON_GetObjectItemCaseSensitive(r, "path")->
		    valuestring, "/batch") != NULL) {
			verrors_add(&ctx->verr, "body", "requests",
			    "Recursive call on /batch endpoint is forbidden.");
			e = KERR_INVALID;
			goto out;
		}
	/*
	 * One storage transaction for the whole batch (utilities.md): a
	 * sub-response of 500 or more rolls everything back.  A failed
	 * sub-request (4xx) wrote nothing, the handlers checking before
	 * they write, so the others stand (Kinto on PostgreSQL drops the
	 * writes before a 409: not copied).
	 */
	if (ctx_storage(ctx) == NULL) {
		/* No storage: each sub-request answers for itself. */
		e = run(ctx, requests);
		goto out;
	}
	if ((e = endpoint_begin(ctx, true)) != KERR_OK)
		goto out;
	e = endpoint_end(ctx, run(ctx, requests));
out:
	buf_free(&v);
	cJSON_Delete(body);
	return e;
}
