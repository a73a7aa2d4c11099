/*
 * validate.h — the typed fields of Kinto's resources (objects.md):
 * buckets' *:schema objects, collections' schema and cache_expires,
 * groups' members.  Each function adds its problems to ctx->verr (the
 * field named prefix + its name, "data.members.0") and may complete
 * data (a group without members gets []).
 */
#ifndef CINTO_VALIDATE_H
#define CINTO_VALIDATE_H

#include <cJSON.h>

struct ctx;

void	 validate_bucket(struct ctx *, cJSON *data, const char *prefix);
void	 validate_collection(struct ctx *, cJSON *data, const char *prefix);
void	 validate_group(struct ctx *, cJSON *data, const char *prefix);

#endif
