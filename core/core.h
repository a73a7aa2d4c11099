/*
 * core.h — the protocol core's public face: one entry, core_handle(),
 * for FastCGI workers, CGI, the command line, tests and /batch.
 *
 * Ownership: core_init() borrows the config until core_fini(); the
 * request is borrowed; the response (initialised by the caller with
 * response_init()) is filled and then owned by the caller, who frees it
 * with response_free().
 */
#ifndef CINTO_CORE_H
#define CINTO_CORE_H

#include <stddef.h>

#include "core/request.h"

struct config;

/*
 * Opens the backends for this process (after fork: every worker has its
 * own connections).  Returns false with a message in err on failure.
 */
bool	 core_init(const struct config *, char *err, size_t errsz);
void	 core_fini(void);

/*
 * Answers one request.  Never fails: every problem becomes Kinto's JSON
 * error in the response.  The body is serialized (resp->body); for HEAD
 * it is computed but the writer must not send it.
 */
void	 core_handle(const struct request *, struct response *);

#endif
