/*
 * body.h — content negotiation and JSON decoding of request bodies
 * (requests.md, "Content negotiation and body parsing").
 */
#ifndef CINTO_BODY_H
#define CINTO_BODY_H

#include <cJSON.h>

#include "core/errors.h"

struct ctx;

/*
 * Checks the request's Content-Type against the accepted media types
 * (NULL-terminated; parameters such as "; charset=utf-8" ignored; no
 * Content-Type is always fine) and decodes the body as JSON.  An empty
 * body is {}.  On success *out is the tree (the caller's).  Otherwise
 * the problems are in ctx->verr and the return value says how to answer
 * (KERR_UNSUPPORTED_MEDIA: 415; KERR_INVALID: 400).
 */
enum kerr	 body_json(struct ctx *, const char *const *accepted,
		    cJSON **out);

/*
 * Adds the error of a value that should be an object ("... is not a
 * mapping type") under that name, as Kinto words it.
 */
void	 body_not_mapping(struct ctx *, const char *name, const cJSON *v);

#endif
