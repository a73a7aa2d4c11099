/*
 * endpoint.h — what the generic handlers of resources share (plural.c,
 * object.c): the target of the URL, content negotiation, the parent
 * collection of records, transactions, permissions to store, and the
 * shape of object answers.
 *
 * Ownership: a target owns its strings; endpoint_target_free().
 */
#ifndef CINTO_ENDPOINT_H
#define CINTO_ENDPOINT_H

#include <stdbool.h>

#include <cJSON.h>

#include "core/errors.h"

struct ctx;
struct precond;
struct query;
struct resource;
struct storage;

struct target {
	const struct resource	*res;
	char			*parent;	/* parent id: "/buckets/b" */
	const char		*id;		/* the URL's id, or NULL */
	char			*uri;		/* object URI (NULL: plural) */
	char			*ids[4];	/* URL ids; ids[depth-1] = id */
};

/* The route's resource and ids; plural: no id. */
void	 endpoint_target(struct ctx *, bool object, struct target *);
void	 endpoint_target_free(struct target *);

/* A resource endpoint's handler of one method; NULL: 405. */
typedef enum kerr	(*endpoint_fn)(struct ctx *, const struct target *);

struct endpoint_methods {
	endpoint_fn	 get;		/* also HEAD */
	endpoint_fn	 put;
	endpoint_fn	 patch;
	endpoint_fn	 post;
	endpoint_fn	 delete;
};

/*
 * Serves a plural or object endpoint: the target, the transaction (read
 * for GET and HEAD), the method's handler, then commit or rollback.
 */
enum kerr	 endpoint_serve(struct ctx *, bool object,
		    const struct endpoint_methods *);

/*
 * The rules on data about to be written as object id of t (NULL: a POST
 * without one), in order: who may write that id (check_write), the
 * typed fields (validate, problems named prefix + field), the JSON
 * schemas that apply (schema.h), then, all valid, the resource's last
 * changes (prepare: a password hashed; old the stored object or NULL).
 * KERR_INVALID with ctx->verr, or another error.
 */
enum kerr	 endpoint_checked(struct ctx *, const struct target *t,
		    const char *id, cJSON *data, const char *prefix,
		    const cJSON *old);

/* The storage, or KERR_BACKEND when it cannot be opened. */
enum kerr	 endpoint_storage(struct ctx *, struct storage **);

/*
 * requests.md, "Content negotiation": Accept must allow
 * application/json (406 otherwise).
 */
enum kerr	 endpoint_accept(struct ctx *);

/*
 * Step 9 of a list read (requests.md, "Order in which a request is
 * checked"): the precondition headers into pc, the querystring into q
 * (the caller frees it, whatever the answer) and the Origin; every
 * problem found in ctx->verr and KERR_INVALID.
 */
enum kerr	 endpoint_read_checks(struct ctx *, struct precond *,
		    struct query *);

/*
 * On records URLs, the parent collection must exist: KERR_OK, or 404
 * errno 111 with {"id", "resource_name": "collection"} (objects.md).
 * *expires gets the collection's cache_expires when it has one.
 */
enum kerr	 endpoint_parent(struct ctx *, const struct target *,
		    bool *has_expires, int64_t *expires);

/*
 * The request's storage transaction: begun once per request (a batch's
 * sub-requests share the batch's), ended by endpoint_end().
 */
enum kerr	 endpoint_begin(struct ctx *, bool write);
/* Commits when e is KERR_OK and the answer below 400, else rolls back. */
enum kerr	 endpoint_end(struct ctx *, enum kerr e);

/*
 * The permissions to store after a write of object id of r (auth.md):
 * base (or none), with the author added to "write" unless
 * explicit_permissions is off (anonymous authors add system.Everyone;
 * r->author_prefix names another author).  A new tree.
 */
cJSON	*endpoint_acl(struct ctx *, const struct resource *r,
	    const char *id, const cJSON *base);

/*
 * {"data": obj, "permissions": acl} with status: the permissions only
 * for a caller in the object's own "write" (auth.md), empty ones left
 * out.  Takes obj over; ETag/Last-Modified from it.
 */
void	 endpoint_object_answer(struct ctx *, const struct resource *,
	    int status, cJSON *obj, const cJSON *acl);

/* 404 errno 110 with {"id", "resource_name"} (errors.md). */
enum kerr	 endpoint_not_found(struct ctx *, const struct target *,
		    const char *id);

/* The integer last_modified of an object. */
int64_t	 endpoint_ts(const cJSON *obj);

#endif
