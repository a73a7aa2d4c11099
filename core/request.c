/*
 * request.c — building requests and responses; see request.h.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/request.h"
#include "core/util.h"

const char *const method_names[METHOD__MAX] = {
	"GET",		/* METHOD_GET */
	"HEAD",		/* METHOD_HEAD */
	"POST",		/* METHOD_POST */
	"PUT",		/* METHOD_PUT */
	"PATCH",	/* METHOD_PATCH */
	"DELETE",	/* METHOD_DELETE */
	"OPTIONS",	/* METHOD_OPTIONS */
	"TRACE",	/* METHOD_TRACE */
	"",		/* METHOD_OTHER */
};

const char *const header_names[HDR__MAX] = {
	"Accept",				/* HDR_ACCEPT */
	"Access-Control-Request-Headers",	/* HDR_AC_REQUEST_HEADERS */
	"Access-Control-Request-Method",	/* HDR_AC_REQUEST_METHOD */
	"Authorization",			/* HDR_AUTHORIZATION */
	"Content-Type",				/* HDR_CONTENT_TYPE */
	"Host",					/* HDR_HOST */
	"If-Match",				/* HDR_IF_MATCH */
	"If-None-Match",			/* HDR_IF_NONE_MATCH */
	"Origin",				/* HDR_ORIGIN */
	"Response-Behavior",			/* HDR_RESPONSE_BEHAVIOR */
	"X-Request-Id",				/* HDR_X_REQUEST_ID */
};

/*
 * Methods are case-sensitive (RFC 9110, 9.1): "get" is not GET.
 */
enum method
method_from_name(const char *name)
{
	int	 m;

	for (m = 0; m < METHOD_OTHER; m++)
		if (strcmp(name, method_names[m]) == 0)
			return (enum method)m;
	return METHOD_OTHER;
}

enum header
header_from_name(const char *name, size_t len)
{
	int	 h;

	for (h = 0; h < HDR__MAX; h++)
		if (strlen(header_names[h]) == len &&
		    str_ncasecmp(name, header_names[h], len) == 0)
			return (enum header)h;
	return HDR__MAX;
}

void
request_init(struct request *r)
{
	memset(r, 0, sizeof(*r));
	r->method = METHOD_OTHER;
}

void
request_free(struct request *r)
{
	size_t	 i;

	free(r->method_name);
	free(r->raw_path);
	free(r->path);
	free(r->raw_query);
	for (i = 0; i < r->nquery; i++) {
		free(r->query[i].name);
		free(r->query[i].value);
	}
	free(r->query);
	for (i = 0; i < HDR__MAX; i++)
		free(r->headers[i]);
	free(r->script_name);
	free(r->scheme);
	free(r->host);
	free(r->remote_addr);
	free(r->remote_user);
	free(r->body);
	request_init(r);
}

void
request_set_string(char **field, const char *value)
{
	free(*field);
	*field = value == NULL ? NULL : xstrdup(value);
}

void
request_set_method(struct request *r, const char *name)
{
	request_set_string(&r->method_name, name);
	r->method = method_from_name(name);
}

void
request_set_header(struct request *r, enum header h, const char *value)
{
	request_set_string(&r->headers[h], value);
}

void
request_take_body(struct request *r, char *body, size_t len)
{
	free(r->body);
	r->body = body;
	r->bodylen = len;
}

/*
 * Splits the query string on '&' (as Python 3.10+ and WebOb do; ';' is
 * data), skips empty items, and decodes names and values with '+' as
 * space.  An item without '=' has an empty value.
 */
static void
parse_query(struct request *r)
{
	const char	*p = r->raw_query, *amp, *eq;
	struct qpair	*q;
	size_t		 n = 1, itemlen;

	for (amp = p; *amp != '\0'; amp++)
		if (*amp == '&')
			n++;
	r->query = xcalloc(n, sizeof(*r->query));
	while (*p != '\0') {
		if ((amp = strchr(p, '&')) == NULL)
			amp = p + strlen(p);
		itemlen = (size_t)(amp - p);
		if (itemlen > 0) {
			q = &r->query[r->nquery++];
			eq = memchr(p, '=', itemlen);
			if (eq == NULL)
				eq = amp;
			q->name = xmalloc((size_t)(eq - p) + 1);
			q->namelen = url_decode(p, (size_t)(eq - p), q->name,
			    true);
			if (eq < amp)
				eq++;
			q->value = xmalloc((size_t)(amp - eq) + 1);
			q->valuelen = url_decode(eq, (size_t)(amp - eq),
			    q->value, true);
			if (!utf8_valid(q->name, q->namelen) ||
			    !utf8_valid(q->value, q->valuelen))
				if (r->flaw == FLAW_NONE)
					r->flaw = FLAW_QUERY_ENCODING;
		}
		p = *amp == '\0' ? amp : amp + 1;
	}
}

void
request_set_target(struct request *r, const char *target)
{
	const char	*qmark, *hash;
	size_t		 i, pathlen;

	free(r->raw_path);
	free(r->path);
	free(r->raw_query);
	for (i = 0; i < r->nquery; i++) {
		free(r->query[i].name);
		free(r->query[i].value);
	}
	free(r->query);
	r->query = NULL;
	r->nquery = 0;

	/* A fragment never reaches a server, but a client could send one. */
	if ((hash = strchr(target, '#')) == NULL)
		hash = target + strlen(target);
	if ((qmark = memchr(target, '?', (size_t)(hash - target))) == NULL)
		qmark = hash;
	pathlen = (size_t)(qmark - target);
	r->raw_path = xstrndup(target, pathlen);
	r->path = xmalloc(pathlen + 1);
	/* RFC 3986: '+' is a plain character in a path. */
	r->pathlen = url_decode(target, pathlen, r->path, false);
	if (!utf8_valid(r->path, r->pathlen))
		r->flaw = FLAW_PATH_ENCODING;
	r->raw_query = xstrndup(qmark < hash ? qmark + 1 : hash,
	    qmark < hash ? (size_t)(hash - qmark - 1) : 0);
	parse_query(r);
}

const char *
request_query(const struct request *r, const char *name)
{
	size_t	 i;

	for (i = 0; i < r->nquery; i++)
		if (strcmp(r->query[i].name, name) == 0)
			return r->query[i].value;
	return NULL;
}

void
response_init(struct response *resp)
{
	memset(resp, 0, sizeof(*resp));
	resp->status = 200;
}

void
response_free(struct response *resp)
{
	size_t	 i;

	for (i = 0; i < resp->nheaders; i++) {
		free(resp->headers[i].name);
		free(resp->headers[i].value);
	}
	free(resp->headers);
	cJSON_Delete(resp->json);
	free(resp->body);
	free(resp->user_id);
	response_init(resp);
}

void
response_add_header(struct response *resp, const char *name,
    const char *value)
{
	if (resp->nheaders == resp->headers_cap) {
		resp->headers_cap = resp->headers_cap ? resp->headers_cap * 2 : 16;
		resp->headers = xrealloc(resp->headers,
		    resp->headers_cap * sizeof(*resp->headers));
	}
	resp->headers[resp->nheaders].name = xstrdup(name);
	resp->headers[resp->nheaders].value = xstrdup(value);
	resp->nheaders++;
}

void
response_del_header(struct response *resp, const char *name)
{
	size_t	 i, o;

	for (i = o = 0; i < resp->nheaders; i++) {
		if (str_casecmp(resp->headers[i].name, name) == 0) {
			free(resp->headers[i].name);
			free(resp->headers[i].value);
		} else
			resp->headers[o++] = resp->headers[i];
	}
	resp->nheaders = o;
}

void
response_set_header(struct response *resp, const char *name,
    const char *value)
{
	response_del_header(resp, name);
	response_add_header(resp, name, value);
}

void
response_set_headerf(struct response *resp, const char *name,
    const char *fmt, ...)
{
	struct buf	 b = { 0 };
	va_list		 ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	response_set_header(resp, name, b.data);
	buf_free(&b);
}

const char *
response_header(const struct response *resp, const char *name)
{
	size_t	 i;

	for (i = 0; i < resp->nheaders; i++)
		if (str_casecmp(resp->headers[i].name, name) == 0)
			return resp->headers[i].value;
	return NULL;
}

void
response_set_json(struct response *resp, int status, cJSON *json)
{
	cJSON_Delete(resp->json);
	free(resp->body);
	resp->body = NULL;
	resp->bodylen = 0;
	resp->json = json;
	resp->status = status;
	response_set_header(resp, "Content-Type", "application/json");
}

void
response_set_body(struct response *resp, int status,
    const char *content_type, const char *body, size_t len)
{
	cJSON_Delete(resp->json);
	resp->json = NULL;
	free(resp->body);
	resp->body = xstrndup(body, len);
	resp->bodylen = len;
	resp->status = status;
	response_set_header(resp, "Content-Type", content_type);
}
