/*
 * default_bucket.h — the default bucket plugin (plugins.md, "Default
 * bucket"): /v1/buckets/default and everything below it stand for the
 * caller's personal bucket, created with the collection a path names on
 * first use.
 *
 * Ownership: default_bucket_id() gives a new string (free()).
 */
#ifndef CINTO_DEFAULT_BUCKET_H
#define CINTO_DEFAULT_BUCKET_H

#include <stdbool.h>

#include "core/errors.h"

struct config;
struct ctx;

/*
 * The personal bucket id of a user: the first 32 hex digits of
 * HMAC-SHA256(default_bucket_hmac_secret, user id), grouped 8-4-4-4-12.
 */
char	*default_bucket_id(const struct config *, const char *user_id);

/* Whether the plugin serves this request (the alias, not a pre-flight). */
bool	 default_bucket_applies(const struct ctx *);

/*
 * Serves the request through the alias: authentication required, the
 * implicit creations, then next() on the request rewritten for the real
 * bucket, all in one transaction (an error undoes the creations).
 */
enum kerr	 default_bucket_serve(struct ctx *,
		    enum kerr (*next)(struct ctx *));

#endif
