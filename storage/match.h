/*
 * match.h — what a filter means for one value (protocol/requests.md,
 * "Filtering"), written once for every backend: the memory backend calls
 * it directly, the SQLite backend through SQL functions.
 *
 * A value is the field's value in an object, or NULL when the object
 * lacks the field; missing is greater than any value.
 */
#ifndef CINTO_MATCH_H
#define CINTO_MATCH_H

#include <stdbool.h>

#include <cJSON.h>

#include "storage/storage.h"

/*
 * The member at a dotted path ("a.b": the "b" of the object "a"), or
 * NULL when a step is missing or not an object.
 */
const cJSON	*match_field(const cJSON *obj, const char *path);

/* Whether the value satisfies op with the filter's value. */
bool	 match_op(enum st_op, const cJSON *value, const cJSON *arg);

/*
 * like_: case-insensitive, '*' matches any run of characters, no '*' at
 * all means "contains"; only strings match (requests.md: "only * is a
 * wildcard, match strings only, never fail").
 */
bool	 match_like(const char *text, const char *pattern);

#endif
