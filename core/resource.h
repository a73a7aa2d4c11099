/*
 * resource.h — resources are data (DESIGN.md, "Resources are data"): a
 * descriptor per kind of object, from which the router derives the
 * plural and object endpoints and the generic handlers (plural.c,
 * object.c) do everything else.  A new resource is a new descriptor.
 *
 * URIs follow the tree: a bucket is /buckets/{id} under the parent id
 * ""; a collection /buckets/{bid}/collections/{id} under /buckets/{bid};
 * and so on.
 */
#ifndef CINTO_RESOURCE_H
#define CINTO_RESOURCE_H

#include <stdbool.h>

#include <cJSON.h>

#include "core/errors.h"

struct config;
struct ctx;

enum id_kind {
	ID_NAME,	/* 8 characters [A-Za-z0-9][A-Za-z0-9_-]{7} */
	ID_UUID,	/* UUID4, lowercase */
	ID_ACCOUNT,	/* [a-zA-Z0-9][+.@a-zA-Z0-9_-]*, never generated */
};

struct resource {
	const char		*name;		/* "record": resource name */
	const struct resource	*parent;	/* NULL: under the root */
	const char		*segment;	/* "records": in URLs */
	const char *const	*perms;		/* permission names, NULL-ended */
	const char		*create_perm;	/* "record:create" */
	enum id_kind		 id_kind;
	/* Served only when setting includes names it; NULL: always. */
	const char		*plugin;
	/*
	 * What an author adds to the object's "write" (auth.md): NULL, its
	 * user id; else this prefix and the object's id (an account is
	 * its own author, whoever created it).
	 */
	const char		*author_prefix;
	/*
	 * Checks and completes data before a write (typed fields of
	 * objects.md); problems go to ctx->verr under prefix + field
	 * ("data.members.0").  May be NULL.
	 */
	void			(*validate)(struct ctx *, cJSON *data,
				    const char *prefix);
	/*
	 * After an object of this resource was written (obj) or deleted
	 * (obj NULL), in the same transaction: what depends on it
	 * elsewhere (a group's memberships).  May be NULL.
	 */
	enum kerr		(*after_write)(struct ctx *, const char *uri,
				    const cJSON *obj);
	/*
	 * Rules beyond permissions (accounts; each may be NULL).
	 * list_scope: once the caller may use the plural endpoint, an
	 * error, or the one id the caller sees in it (*only, a new
	 * string; NULL: the whole list).  check_write: before a write of
	 * the object id (NULL: a POST without one), problems into
	 * ctx->verr.  prepare: the last change to valid data before it is
	 * stored (old: the stored object, NULL on creation).
	 */
	enum kerr		(*list_scope)(struct ctx *, char **only);
	void			(*check_write)(struct ctx *, const char *id);
	enum kerr		(*prepare)(struct ctx *, cJSON *data,
				    const cJSON *old);
};

/* Whether r is served under this configuration (its plugin). */
bool	 resource_enabled(const struct config *, const struct resource *);

/* Runs r's after_write hook, if any. */
enum kerr	 resource_after_write(struct ctx *, const struct resource *r,
		    const char *uri, const cJSON *obj);

extern const struct resource res_bucket;
extern const struct resource res_collection;
extern const struct resource res_group;
extern const struct resource res_record;
extern const struct resource res_account;	/* accounts.c */

/* Every resource, NULL-ended: what the router serves. */
extern const struct resource *const resources[];

/* How many ids a URL of this resource's objects carries (bucket: 1). */
int	 resource_depth(const struct resource *);

/*
 * The parent id of the objects of r, from the ids of the URL
 * (params[0..depth-2]): "" for buckets, "/buckets/b" for collections.
 * A new string.
 */
char	*resource_parent_uri(const struct resource *, char *const *params);

/* An object's URI: parent id + "/" + segment + "/" + id.  New string. */
char	*resource_object_uri(const struct resource *, const char *parent,
	    const char *id);

/* Whether id is acceptable for r (objects.md, "Identifiers"). */
bool	 resource_valid_id(const struct resource *, const char *id);

/* A new id for r (8-character name or UUID4).  New string. */
char	*resource_new_id(const struct resource *);

/* Whether name is one of r's permissions. */
bool	 resource_has_perm(const struct resource *, const char *name);

#endif
