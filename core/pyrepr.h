/*
 * pyrepr.h — Python's repr() of a JSON value, because Kinto's validation
 * messages quote values that way (errors.md: `Unrecognized keys in
 * mapping: "{'datta': {}}"`, `"[1]" is not a mapping type`).  Clients
 * must not parse these texts, but people read them.
 */
#ifndef CINTO_PYREPR_H
#define CINTO_PYREPR_H

#include <cJSON.h>

struct buf;

/* Appends repr(v): None, True, 'text', [1, 2], {'k': 'v'}. */
void	 pyrepr(struct buf *, const cJSON *v);
/* Appends str(v): a string as it is, any other value as repr(). */
void	 pystr(struct buf *, const cJSON *v);

#endif
