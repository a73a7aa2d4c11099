/*
 * permissions.h — the permissions endpoint, GET and HEAD /v1/permissions
 * (auth.md, "GET /permissions"): every object on which the caller's
 * principals hold permissions, by the objects' own permissions or by
 * <resource>_<perm>_principals settings.
 *
 * Ownership: arguments are borrowed; permissions_capability() adds to
 * the caller's object.
 */
#ifndef CINTO_PERMISSIONS_H
#define CINTO_PERMISSIONS_H

#include <stdbool.h>

#include <cJSON.h>

#include "core/errors.h"

struct config;
struct ctx;

/*
 * Whether the endpoint is served (setting experimental_permissions_
 * endpoint); when it is not, /v1/permissions is an unknown URL.
 */
bool	 permissions_enabled(const struct config *);

/* Adds "permissions_endpoint" to the root view's capabilities, if served. */
void	 permissions_capability(const struct config *, cJSON *caps);

/* The route handler (router.h): GET and HEAD. */
enum kerr	 view_permissions(struct ctx *);

#endif
