/*
 * ctx.h — the state of one request while core handles it, shared by the
 * modules of core/ (handle, router, cors, auth, views).  Not part of the
 * public interface (that is core.h).
 *
 * Ownership: a ctx lives on core_handle()'s stack; it borrows the
 * request, config and storage, and owns user_id, principals and params.
 */
#ifndef CINTO_CTX_H
#define CINTO_CTX_H

#include "core/config.h"
#include "core/errors.h"
#include "core/request.h"

#include <cJSON.h>

struct cache;
struct route;
struct storage;

#define CTX_MAX_PARAMS	4

struct ctx {
	const struct request	*req;
	struct response		*resp;
	const struct config	*cfg;
	struct storage		*st;
	const struct route	*route;		/* NULL: no endpoint matched */
	char			*params[CTX_MAX_PARAMS]; /* {bid}, {cid}... */
	size_t			 nparams;
	char			*user_id;	/* NULL: anonymous */
	struct strlist		 principals;
	struct verrors		 verr;		/* validation, step 9 */
	char			*err_message;	/* overrides the table's */
	cJSON			*err_details;	/* error details, owned */
	struct {
		char		*uri;
		cJSON		*acl;		/* NULL: no object */
	}			*acls;		/* read for perms.c */
	size_t			 nacls;
};

struct buf;

/*
 * Appends "<scheme>://<host><mount point>" of this server as clients
 * reach it
 * (settings http_scheme / http_host win over the request).
 */
void		 ctx_base_url(const struct ctx *, struct buf *);

/*
 * The storage of this process, opened again if an earlier attempt
 * failed; NULL when it still cannot be opened (a 503 for the caller).
 */
struct storage	*ctx_storage(struct ctx *);
/* The cache of this process, likewise. */
struct cache	*ctx_cache(struct ctx *);

/*
 * core_handle() for a sub-request of the batch whose ctx is given: with
 * the batch's credentials, the batch's identity, not looked up again.
 */
void		 core_handle_sub(const struct ctx *batch,
		    const struct request *, struct response *);

#endif
