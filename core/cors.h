/*
 * cors.h — Cross-Origin Resource Sharing as Kinto does it
 * (utilities.md, "CORS"): Allow-Origin on actual requests, exposed
 * headers per endpoint, and the pre-flight OPTIONS answer.
 */
#ifndef CINTO_CORS_H
#define CINTO_CORS_H

#include <stdbool.h>

#include "core/errors.h"

struct config;
struct ctx;

/* Whether the origin matches one of the cors_origins glob patterns. */
bool	 cors_origin_allowed(const struct config *, const char *origin);

/*
 * Adds Access-Control-Allow-Origin when the request's Origin is allowed,
 * and (except on pre-flights) Access-Control-Expose-Headers for the
 * matched endpoint, or the default list when none matched.
 */
void	 cors_apply(struct ctx *);

/*
 * Adds the "Origin not allowed" validation error to ctx->verr when the
 * request has an Origin that matches no pattern (API endpoints only).
 */
void	 cors_check_origin(struct ctx *);

/* Answers OPTIONS on a matched endpoint: 200 null, or 400. */
enum kerr	 cors_preflight(struct ctx *);

#endif
