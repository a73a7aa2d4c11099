/*
 * schema.h — Kinto's JSON-schema validation (objects.md, "Collections"
 * and "JSON-schema validation of records"), on the validator of
 * jsonschema.h:
 *
 *  - a schema written in a collection's `schema` or a bucket's
 *    `collection:schema`, `group:schema`, `record:schema` must pass the
 *    Draft 7 meta-schema, whatever the settings;
 *  - with experimental_collection_schema_validation, records are
 *    validated against their collection's schema (and get its
 *    timestamp in their `schema` field), then against their bucket's
 *    record:schema; collections and groups against their bucket's.
 *
 * Compiled schemas are kept per process, keyed by the URI and
 * timestamp of the object holding them, so a schema is compiled once
 * per version.
 */
#ifndef CINTO_SCHEMA_H
#define CINTO_SCHEMA_H

#include <cJSON.h>

#include "core/errors.h"

struct ctx;
struct target;

/*
 * Checks the schema field of data (name: the field as errors name it,
 * "data.schema") against the Draft 7 meta-schema; problems into
 * ctx->verr.  A field that is not an object is the caller's to report.
 */
void	 schema_check_field(struct ctx *, const cJSON *data,
	    const char *field, const char *name);

/*
 * Validates data, about to be written as object id of t's resource,
 * against the schemas that apply (none when the setting is off):
 * KERR_INVALID with ctx->verr filled, KERR_OK (a record's `schema`
 * field then set), or a storage error.
 */
enum kerr	 schema_validate(struct ctx *, const struct target *t,
		    const char *id, cJSON *data);

#endif
