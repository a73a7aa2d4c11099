/*
 * router.c — the route table and pattern matching; see router.h.
 */
#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/config.h"
#include "core/ctx.h"
#include "core/permissions.h"
#include "core/resource.h"
#include "core/router.h"
#include "core/util.h"
#include "core/views.h"

#define SAFE	(M_BIT(METHOD_GET) | M_BIT(METHOD_HEAD))
#define PLURAL	(SAFE | M_BIT(METHOD_POST) | M_BIT(METHOD_DELETE))
#define OBJECT	(SAFE | M_BIT(METHOD_PUT) | M_BIT(METHOD_PATCH) | \
		    M_BIT(METHOD_DELETE))

static const struct route utility_routes[] = {
	{ "/", ROUTE_UTILITY, SAFE, view_hello, NULL },
	{ "/__heartbeat__", ROUTE_UTILITY, SAFE, view_heartbeat, NULL },
	{ "/__lbheartbeat__", ROUTE_UTILITY, SAFE, view_lbheartbeat, NULL },
	{ "/__version__", ROUTE_UTILITY, SAFE, view_version, NULL },
	{ "/batch", ROUTE_UTILITY, M_BIT(METHOD_POST), view_batch, NULL },
	{ "/permissions", ROUTE_PLURAL, SAFE, view_permissions, NULL },
};

/*
 * The order in which Kinto lists methods, per kind of endpoint
 * (errors.md, 405; utilities.md, CORS pre-flight).
 */
static const enum method method_order[ROUTE_KIND__MAX][6] = {
	[ROUTE_UTILITY] = { METHOD_GET, METHOD_HEAD, METHOD_POST,
	    METHOD_PUT, METHOD_PATCH, METHOD_DELETE },
	[ROUTE_PLURAL] = { METHOD_HEAD, METHOD_GET, METHOD_POST,
	    METHOD_DELETE, METHOD__MAX, METHOD__MAX },
	[ROUTE_OBJECT] = { METHOD_GET, METHOD_HEAD, METHOD_PUT,
	    METHOD_PATCH, METHOD_DELETE, METHOD__MAX },
};

/*
 * Every route: the utility ones, then two per resource descriptor
 * (resource.h), made once: "/buckets/{}/collections" and ".../{}".
 */
static struct route	*routes;
static size_t		 nroutes;

static void
pattern_of(struct buf *b, const struct resource *r)
{
	if (r->parent != NULL) {
		pattern_of(b, r->parent);
		buf_puts(b, "/{}");
	}
	buf_printf(b, "/%s", r->segment);
}

static void
router_init(void)
{
	const struct resource *const	*r;
	struct buf			 b = { 0 };
	size_t				 n = 0, i;

	for (r = resources; *r != NULL; r++)
		n += 2;
	n += sizeof(utility_routes) / sizeof(utility_routes[0]);
	routes = xcalloc(n, sizeof(*routes));
	for (i = 0; i < sizeof(utility_routes) / sizeof(utility_routes[0]); i++)
		routes[nroutes++] = utility_routes[i];
	for (r = resources; *r != NULL; r++) {
		buf_reset(&b);
		pattern_of(&b, *r);
		routes[nroutes++] = (struct route){ xstrdup(b.data),
		    ROUTE_PLURAL, PLURAL, view_plural, *r };
		buf_puts(&b, "/{}");
		routes[nroutes++] = (struct route){ xstrdup(b.data),
		    ROUTE_OBJECT, OBJECT, view_object, *r };
	}
	buf_free(&b);
}

static void
clear_params(struct ctx *ctx)
{
	size_t	 i;

	for (i = 0; i < ctx->nparams; i++) {
		free(ctx->params[i]);
		ctx->params[i] = NULL;
	}
	ctx->nparams = 0;
}

/*
 * Matches one pattern; on success the decoded values of its {names}
 * are in ctx->params, in order.
 */
static bool
match(struct ctx *ctx, const char *pattern, const char *path)
{
	const char	*p = pattern, *s = path, *pend, *send;
	char		*seg;
	size_t		 plen, slen, dlen;

	/* The root is the only pattern with an empty segment. */
	if (strcmp(pattern, "/") == 0)
		return strcmp(path, "/") == 0;
	while (*p == '/' && *s == '/') {
		p++;
		s++;
		pend = strchr(p, '/');
		plen = pend != NULL ? (size_t)(pend - p) : strlen(p);
		send = strchr(s, '/');
		slen = send != NULL ? (size_t)(send - s) : strlen(s);
		if (slen == 0)
			goto nomatch;
		seg = xmalloc(slen + 1);
		dlen = url_decode(s, slen, seg, false);
		if (memchr(seg, '/', dlen) != NULL) {
			free(seg);
			goto nomatch;
		}
		if (*p == '{') {
			if (ctx->nparams == CTX_MAX_PARAMS) {
				free(seg);
				goto nomatch;
			}
			ctx->params[ctx->nparams++] = seg;
		} else {
			bool same = dlen == plen && memcmp(seg, p, plen) == 0;
			free(seg);
			if (!same)
				goto nomatch;
		}
		p += plen;
		s += slen;
	}
	if (*p == '\0' && *s == '\0')
		return true;
nomatch:
	clear_params(ctx);
	return false;
}

const struct route *
router_match(struct ctx *ctx, const char *raw_path)
{
	size_t	 i;

	if (routes == NULL)
		router_init();
	for (i = 0; i < nroutes; i++) {
		/* A plugin's resources exist only when it is included. */
		if (routes[i].resource != NULL &&
		    !resource_enabled(ctx->cfg, routes[i].resource))
			continue;
		if (routes[i].handler == view_permissions &&
		    !permissions_enabled(ctx->cfg))
			continue;
		if (match(ctx, routes[i].pattern, raw_path))
			return &routes[i];
	}
	return NULL;
}

bool
router_allows(const struct config *cfg, const struct route *r, enum method m)
{
	const struct resource	*res = r->resource;
	char			 lower[16];
	size_t			 i;

	if (m == METHOD_OPTIONS)
		return true;
	if ((r->methods & M_BIT(m)) == 0)
		return false;
	if (res == NULL || cfg == NULL)
		return true;
	for (i = 0; method_names[m][i] != '\0' && i < sizeof(lower) - 1; i++)
		lower[i] = (char)(method_names[m][i] - 'A' + 'a');
	lower[i] = '\0';
	return config_enabled(cfg, r->kind == ROUTE_PLURAL ? "plural" :
	    "object", res->name, lower);
}

void
router_methods(const struct config *cfg, const struct route *r,
    bool readonly, const char *sep, struct buf *b)
{
	const enum method	*order = method_order[r->kind];
	size_t			 i;

	for (i = 0; i < 6 && order[i] != METHOD__MAX; i++) {
		if (!router_allows(cfg, r, order[i]))
			continue;
		if (readonly && order[i] != METHOD_GET &&
		    order[i] != METHOD_HEAD)
			continue;
		buf_puts(b, method_names[order[i]]);
		buf_puts(b, sep);
	}
	buf_puts(b, "OPTIONS");
}
