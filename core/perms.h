/*
 * perms.h — authorization (auth.md, "Inheritance" and "Authorization
 * algorithm"): whether the caller's principals may do a permission on
 * an object, through the object's own permissions, its parents', and
 * the <resource>_<perm>_principals settings of the object's own type
 * (bucket_write_principals grants nothing on records).
 *
 * A target is named by its resource and the ids of its URL; the ACLs
 * read are cached in the ctx for the request.
 */
#ifndef CINTO_PERMS_H
#define CINTO_PERMS_H

#include <stdbool.h>

#include <cJSON.h>

#include "core/errors.h"

struct ctx;
struct resource;

/*
 * An object: resource r, ids[0..depth-1] (the last its own id).
 * perm is "read" or "write".
 */
bool	 perm_object(struct ctx *, const struct resource *r,
	    char *const *ids, const char *perm);

/*
 * Creating an object of resource r under the parent the ids name
 * (ids[0..depth-2]): r's create permission on the parent (bucket:create
 * for buckets: settings only).
 */
bool	 perm_create(struct ctx *, const struct resource *r,
	    char *const *ids);

/*
 * The list of r's objects under the parent the ids name: read (GET) or
 * write (DELETE) on the parent itself, without the "create grants
 * read" extension.
 */
bool	 perm_list(struct ctx *, const struct resource *r, char *const *ids,
	    const char *perm);

/*
 * What grants perm at the level of the object itself, for filtering a
 * list to what the caller may see (auth.md, algorithm step 4a): a new
 * array of permission names.
 */
cJSON	*perm_object_grants(const struct resource *r, const char *perm);

/*
 * Whether the setting that grants perm on every object of a resource
 * type names one of the caller's principals: <resource>_<perm>_principals,
 * "record:create" naming record_create_principals (auth.md, "Permissions
 * granted by settings").
 */
bool	 perm_settings(const struct ctx *, const char *resource,
	    const char *perm);

/* The caller's principals as a new JSON array. */
cJSON	*perm_principals(const struct ctx *);

/* Whether any principal of the caller is in the list. */
bool	 perm_any(const struct ctx *, const cJSON *principals);

/* 401 for anonymous callers, 403 for the others (auth.md). */
enum kerr	 perm_denied(const struct ctx *);

/* Forgets the ACLs read so far (after a write changed them). */
void	 perm_forget(struct ctx *);

#endif
