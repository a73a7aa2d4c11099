/*
 * body.c — see body.h.
 */
#include <string.h>

#include "core/body.h"
#include "core/ctx.h"
#include "core/json.h"
#include "core/pyrepr.h"
#include "core/util.h"

/* "application/json; charset=utf-8" matches "application/json". */
static bool
type_matches(const char *header, const char *type)
{
	size_t	 n = strlen(type);
	const char *rest;

	while (*header == ' ')
		header++;
	if (str_ncasecmp(header, type, n) != 0)
		return false;
	for (rest = header + n; *rest == ' '; rest++)
		;
	return *rest == '\0' || *rest == ';';
}

void
body_not_mapping(struct ctx *ctx, const char *name, const cJSON *v)
{
	struct buf	 b = { 0 };

	pystr(&b, v);
	verrors_add(&ctx->verr, "body", name, "\"%s\" is not a mapping type: "
	    "Does not implement dict-like functionality.", b.data);
	buf_free(&b);
}

enum kerr
body_json(struct ctx *ctx, const char *const *accepted, cJSON **out)
{
	const char		*ct = ctx->req->headers[HDR_CONTENT_TYPE];
	const struct request	*req = ctx->req;
	struct json_error	 jerr;
	struct buf		 list = { 0 };
	size_t			 i;
	cJSON			*v = NULL;

	*out = NULL;
	if (ct != NULL && *ct != '\0') {
		for (i = 0; accepted[i] != NULL; i++)
			if (type_matches(ct, accepted[i]))
				break;
		if (accepted[i] == NULL) {
			/* Python's repr of the list of types. */
			buf_putc(&list, '[');
			for (i = 0; accepted[i] != NULL; i++)
				buf_printf(&list, "%s'%s'", i > 0 ? ", " : "",
				    accepted[i]);
			buf_putc(&list, ']');
			verrors_add(&ctx->verr, "header", "Content-Type",
			    "Content-Type header should be one of %s",
			    list.data);
			buf_free(&list);
			return KERR_UNSUPPORTED_MEDIA;
		}
	}
	if (req->bodylen == 0) {
		*out = cJSON_CreateObject();
		return KERR_OK;
	}
	if (json_parse(req->body, req->bodylen, (int)ctx->cfg->json_max_depth,
	    &v, &jerr) != JSON_OK) {
		verrors_add(&ctx->verr, "body", "", "Invalid JSON: Parse error "
		    "at offset %lu: %s", (unsigned long)jerr.offset,
		    jerr.message);
		verrors_add(&ctx->verr, "body", "", "Required");
		return KERR_INVALID;
	}
	if (!cJSON_IsObject(v) && !cJSON_IsArray(v)) {
		verrors_add(&ctx->verr, "body", "",
		    "Should be a JSON object or an array");
		verrors_add(&ctx->verr, "body", "", "Required");
		cJSON_Delete(v);
		return KERR_INVALID;
	}
	*out = v;
	return KERR_OK;
}
