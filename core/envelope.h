/*
 * envelope.h — the body of a write: {"data": {...}, "permissions":
 * {...}} and nothing else (requests.md, "Envelope validation").
 *
 * Ownership: the envelope owns the trees it holds; envelope_free().
 */
#ifndef CINTO_ENVELOPE_H
#define CINTO_ENVELOPE_H

#include <stdbool.h>

#include <cJSON.h>

struct ctx;
struct resource;

struct envelope {
	cJSON	*data;		/* NULL: absent */
	cJSON	*perms;		/* NULL: absent; values arrays or null */
};

/*
 * Checks body (an object; NULL means none) against the envelope rules
 * of resource r; problems go to ctx->verr.  Principals are deduplicated;
 * a "__permissions__" member of data (Kinto's internal key) is dropped.
 */
void	 envelope_parse(struct ctx *, const struct resource *,
	    const cJSON *body, struct envelope *);
void	 envelope_free(struct envelope *);

/* Whether perms has at least one non-null permission. */
bool	 envelope_has_perms(const struct envelope *);

#endif
