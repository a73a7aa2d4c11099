/*
 * views.h — the utility endpoints (utilities.md): hello, heartbeats,
 * version.  Each is a route handler (router.h).
 */
#ifndef CINTO_VIEWS_H
#define CINTO_VIEWS_H

#include "core/errors.h"

struct ctx;

enum kerr	 view_hello(struct ctx *);
enum kerr	 view_heartbeat(struct ctx *);
enum kerr	 view_lbheartbeat(struct ctx *);
enum kerr	 view_version(struct ctx *);

/* The endpoints of resources (plural.c, object.c). */
enum kerr	 view_plural(struct ctx *);
enum kerr	 view_object(struct ctx *);

#endif
