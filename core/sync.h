/*
 * sync.h — what protocol/sync.md asks of every read and write: ETag
 * and Last-Modified headers, the If-Match / If-None-Match preconditions
 * (304 and 412), and the cache headers of reads.
 */
#ifndef CINTO_SYNC_H
#define CINTO_SYNC_H

#include <stdbool.h>
#include <stdint.h>

struct ctx;
struct resource;

struct precond {
	bool	 match;		/* If-Match present */
	bool	 match_any;	/* ... and "*" */
	int64_t	 match_ts;
	bool	 none;		/* If-None-Match present */
	bool	 none_any;
	int64_t	 none_ts;
};

enum precond_result {
	PRECOND_OK,
	PRECOND_304,		/* GET/HEAD: If-None-Match matched */
	PRECOND_412,
};

/*
 * Reads both headers: exactly "*" or a decimal integer in double quotes
 * (sync.md, "Precondition headers"); anything else adds the 400 error to
 * ctx->verr.
 */
void	 precond_parse(struct ctx *, struct precond *);

/*
 * sync.md, "Evaluation": current is the target's timestamp (the
 * object's, or the list's), exists whether the target exists.
 */
enum precond_result	 precond_check(const struct precond *, bool exists,
			    int64_t current, bool read);

/* ETag: "<ts>" and Last-Modified: <HTTP date of ts / 1000>. */
void	 sync_etag(struct ctx *, int64_t ts);

/* A 304 answer: empty, with the ETag headers of ts. */
void	 sync_not_modified(struct ctx *, int64_t ts);

/*
 * Cache-Control (and Expires, Pragma) of a read of resource r
 * (sync.md, "Cache headers on reads"); collection_expires is the parent
 * collection's cache_expires for records (has_collection_expires false
 * when it has none).
 */
void	 sync_cache_headers(struct ctx *, const struct resource *r,
	    const char *bid, const char *cid, bool has_collection_expires,
	    int64_t collection_expires);

#endif
