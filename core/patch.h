/*
 * patch.h — the three PATCH flavours of requests.md ("Object endpoint:
 * PATCH"): Kinto's JSON merge (top-level keys replaced), JSON Merge
 * Patch (RFC 7396) and JSON Patch (RFC 6902), and Response-Behavior.
 *
 * Ownership: functions change the trees they are given in place; the
 * patch is borrowed.
 */
#ifndef CINTO_PATCH_H
#define CINTO_PATCH_H

#include <stdbool.h>

#include <cJSON.h>

struct buf;

/* application/json: each top-level member of patch replaces data's. */
void	 patch_merge(cJSON *data, const cJSON *patch);

/*
 * application/merge-patch+json (RFC 7396): objects merge recursively, a
 * null removes, anything else replaces (an object onto a non-object
 * replaces it, as the RFC says and Kinto does not).
 */
void	 patch_merge_rfc7396(cJSON *target, const cJSON *patch);

/*
 * application/json-patch+json (RFC 6902) on doc, usually {"data": ...,
 * "permissions": {perm: {principal: principal}}}.  Returns false with a
 * description of the failing operation in err.
 */
bool	 patch_json(cJSON *doc, const cJSON *ops, struct buf *err);

/*
 * Response-Behavior light/diff (requests.md): from the patch's data and
 * the object before and after, the new object holding what changed
 * (light) or, of that, what differs from what was sent (diff).
 */
cJSON	*patch_behavior(const char *behavior, const cJSON *sent,
	    const cJSON *before, const cJSON *after);

#endif
