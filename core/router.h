/*
 * router.h — from a path under /v1 to an endpoint: the route table and
 * the matching of its patterns ("/buckets/{bid}/collections").
 *
 * Paths are matched segment by segment on the raw (undecoded) path,
 * each segment then percent-decoded on its own, so that "%2F" inside a
 * segment never creates a new segment (utilities.md: /v1/buckets/b%2Fc
 * is a 404).
 */
#ifndef CINTO_ROUTER_H
#define CINTO_ROUTER_H

#include <stdbool.h>

#include "core/errors.h"
#include "core/request.h"

struct buf;
struct config;
struct ctx;

typedef enum kerr (*route_handler)(struct ctx *);

/* Which lists of headers and methods an endpoint uses (CORS, Allow). */
enum route_kind {
	ROUTE_UTILITY,		/* hello, heartbeat, batch... */
	ROUTE_PLURAL,		/* a list of objects */
	ROUTE_OBJECT,		/* one object */
	ROUTE_KIND__MAX
};

struct route {
	const char	*pattern;	/* after /v1, e.g. "/__heartbeat__" */
	enum route_kind	 kind;
	unsigned	 methods;	/* M_BIT()s; OPTIONS is implied */
	route_handler	 handler;
	const void	*resource;	/* a resource descriptor, or NULL */
};

/*
 * Finds the route of a raw path (after the /v1 prefix, starting with
 * '/') and stores the decoded {parameters} in ctx.  Returns NULL when
 * nothing matches.
 */
const struct route	*router_match(struct ctx *, const char *raw_path);

/*
 * Writes the route's methods in Kinto's order for its kind, OPTIONS
 * last, joined by sep: "GET, HEAD, OPTIONS" for Allow, "GET,HEAD,OPTIONS"
 * for Access-Control-Allow-Methods.  With readonly only the safe ones.
 */
void	 router_methods(const struct config *, const struct route *,
	    bool readonly, const char *sep, struct buf *);

/*
 * Whether the route answers that method (OPTIONS always), settings
 * disabling methods of resources included (requests.md, "Disabled
 * endpoints").
 */
bool	 router_allows(const struct config *, const struct route *,
	    enum method);

#endif
