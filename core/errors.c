/*
 * errors.c — Kinto's error bodies, from one table (protocol/errors.md).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "core/errors.h"
#include "core/json.h"
#include "core/request.h"
#include "core/util.h"
#include "storage/storage.h"

static const struct {
	int		 status;
	int		 kinto_errno;
	const char	*error;		/* title */
	const char	*message;	/* NULL: none unless given */
} table[KERR__MAX] = {
	[KERR_OK] = { 200, 0, "OK", NULL },
	[KERR_INVALID] = { 400, 107, "Invalid parameters", NULL },
	[KERR_BAD_PATH] = { 400, 107, "Bad Request", "Invalid URL path." },
	/* Sic: Kinto's message lacks a space in "wasreceived". */
	[KERR_BAD_QUERY] = { 400, 107, "Bad Request",
	    "A request with an incorrect encoding in the querystring was"
	    "received. Please make sure your requests are encoded in UTF-8" },
	[KERR_UNAUTHORIZED] = { 401, 104, "Unauthorized",
	    "Please authenticate yourself to use this endpoint." },
	[KERR_ACCOUNTS_ANONYMOUS] = { 401, 999, "Cannot read accounts.", NULL },
	[KERR_FORBIDDEN] = { 403, 121, "Forbidden",
	    "This user cannot access this resource." },
	[KERR_NOT_FOUND] = { 404, 111, "Not Found",
	    "The resource you are looking for could not be found." },
	[KERR_OBJECT_NOT_FOUND] = { 404, 110, "Not Found", NULL },
	[KERR_PARENT_NOT_FOUND] = { 404, 111, "Not Found", NULL },
	[KERR_VERSION] = { 404, 116, "Not Found",
	    "The requested API version is not available on this server." },
	[KERR_METHOD] = { 405, 115, "Method Not Allowed",
	    "Method not allowed on this endpoint." },
	[KERR_NOT_ACCEPTABLE] = { 406, 107, "Invalid parameters", NULL },
	[KERR_CONFLICT] = { 409, 122, "Conflict",
	    "Integrity constraint violated, please retry." },
	[KERR_GONE] = { 410, 202, "Gone",
	    "The service you are trying to connect no longer exists at this "
	    "location." },
	[KERR_PRECONDITION] = { 412, 114, "Precondition Failed",
	    "Resource was modified meanwhile" },
	/* errno 113 is defined by Kinto for exactly this (errors.md). */
	[KERR_TOO_LARGE] = { 413, 113, "Request Entity Too Large",
	    "Request body is larger than the server accepts." },
	[KERR_UNSUPPORTED_MEDIA] = { 415, 107, "Invalid parameters", NULL },
	[KERR_INTERNAL] = { 500, 999, "Internal Server Error",
	    "A programmatic error occurred, developers have been informed." },
	[KERR_BACKEND] = { 503, 201, "Service Unavailable",
	    "Service temporary unavailable due to overloading or maintenance, "
	    "please retry later." },
	[KERR_INVALID_AUTH_TOKEN] = { 401, 105, "Unauthorized", NULL },
	[KERR_BADJSON] = { 400, 106, "Bad Request", NULL },
	[KERR_MISSING_PARAMETERS] = { 400, 108, "Bad Request", NULL },
	[KERR_INVALID_POSTED_DATA] = { 400, 109, "Bad Request", NULL },
	[KERR_MISSING_LENGTH] = { 411, 112, "Length Required", NULL },
	[KERR_TOO_MANY_REQUESTS] = { 429, 117, "Too Many Requests", NULL },
};

enum kerr
kerr_from_st(enum st_rc rc)
{
	switch (rc) {
	case ST_OK:
		return KERR_OK;
	case ST_NOTFOUND:
		return KERR_OBJECT_NOT_FOUND;
	case ST_EXISTS:
	case ST_CONFLICT:
		return KERR_CONFLICT;
	case ST_BUSY:
	case ST_EBACKEND:
		return KERR_BACKEND;
	default:
		return KERR_INTERNAL;
	}
}

int
kerr_status(enum kerr e)
{
	return table[e].status;
}

int
kerr_errno(enum kerr e)
{
	return table[e].kinto_errno;
}

void
error_respond(const struct config *cfg, struct response *resp, enum kerr e,
    const char *message, cJSON *details)
{
	cJSON	*body;

	body = cJSON_CreateObject();
	cJSON_AddItemToObject(body, "code", json_new_int(table[e].status));
	cJSON_AddItemToObject(body, "errno",
	    json_new_int(table[e].kinto_errno));
	cJSON_AddItemToObject(body, "error",
	    json_new_string(table[e].error));
	if (message == NULL)
		message = table[e].message;
	if (message != NULL)
		cJSON_AddItemToObject(body, "message",
		    json_new_string(message));
	if (e == KERR_INTERNAL && cfg->error_info_link != NULL)
		cJSON_AddItemToObject(body, "info",
		    json_new_string(cfg->error_info_link));
	if (details != NULL)
		cJSON_AddItemToObject(body, "details", details);
	response_set_json(resp, table[e].status, body);
	resp->kinto_errno = table[e].kinto_errno;
	if (e == KERR_BACKEND || e == KERR_CONFLICT)
		response_set_headerf(resp, "Retry-After", "%lld",
		    (long long)cfg->retry_after_seconds);
}

void
verrors_add(struct verrors *ve, const char *location, const char *name,
    const char *fmt, ...)
{
	struct buf	 b = { 0 };
	struct verror	*v;
	va_list		 ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	ve->v = xrealloc(ve->v, (ve->n + 1) * sizeof(*ve->v));
	v = &ve->v[ve->n++];
	v->location = location;
	v->name = name == NULL ? NULL : xstrdup(name);
	v->description = buf_detach(&b, NULL);
}

void
verrors_free(struct verrors *ve)
{
	size_t	 i;

	for (i = 0; i < ve->n; i++) {
		free(ve->v[i].name);
		free(ve->v[i].description);
	}
	free(ve->v);
	ve->v = NULL;
	ve->n = 0;
}

/* Kinto sorts by str(name): a null name sorts as "None". */
static int
cmp_verror(const void *a, const void *b)
{
	const struct verror	*x = a, *y = b;

	return strcmp(x->name == NULL ? "None" : x->name,
	    y->name == NULL ? "None" : y->name);
}

void
error_respond_invalid(const struct config *cfg, struct response *resp,
    enum kerr e, struct verrors *ve)
{
	const struct verror	*first;
	cJSON			*details, *d;
	char			*message;
	size_t			 i;

	/* Stable order for equal names: insertion order, as Python's sort. */
	for (i = 1; i < ve->n; i++) {
		struct verror	 tmp = ve->v[i];
		size_t		 j = i;

		while (j > 0 && cmp_verror(&ve->v[j - 1], &tmp) > 0) {
			ve->v[j] = ve->v[j - 1];
			j--;
		}
		ve->v[j] = tmp;
	}
	details = cJSON_CreateArray();
	for (i = 0; i < ve->n; i++) {
		d = cJSON_CreateObject();
		cJSON_AddItemToObject(d, "location",
		    json_new_string(ve->v[i].location));
		cJSON_AddItemToObject(d, "name", ve->v[i].name == NULL ?
		    cJSON_CreateNull() : json_new_string(ve->v[i].name));
		cJSON_AddItemToObject(d, "description",
		    json_new_string(ve->v[i].description));
		cJSON_AddItemToArray(details, d);
	}
	first = ve->n > 0 ? &ve->v[0] : NULL;
	if (first == NULL)
		message = xstrdup("Invalid parameters");
	else if (first->name == NULL)
		message = xasprintf("%s: %s", first->location,
		    first->description);
	else if (strstr(first->description, first->name) != NULL)
		message = xstrdup(first->description);
	else
		message = xasprintf("%s in %s: %s", first->name,
		    first->location, first->description);
	error_respond(cfg, resp, e, message, details);
	free(message);
	verrors_free(ve);
}
