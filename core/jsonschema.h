/*
 * jsonschema.h — JSON Schema validation of cJSON trees, drafts 7 and
 * 2020-12, with the wording and the choice of error of Python's
 * jsonschema (4.26, which Kinto locks; objects.md, "JSON-schema
 * validation of records"): Kinto calls Validator.validate() and
 * check_schema(), which raise the first error iter_errors() yields, so
 * the error reported is that one (keywords in schema order, each
 * subschema's errors in place), worded as that library words it.
 *
 * No HTTP here: core/schema.c applies it to Kinto's resources.  Remote
 * documents come only from the embedded meta-schemas or from a directory
 * given by the caller (tests), never from the network.  Limits on depth
 * and work bound what a hostile schema or instance can cost.
 *
 * Ownership: js_compile() gives a schema for js_free(); it keeps its own
 * copy of what it needs (the caller may free the tree passed).  A
 * js_error is filled by the functions that can fail and emptied with
 * js_error_free().
 */
#ifndef CINTO_JSONSCHEMA_H
#define CINTO_JSONSCHEMA_H

#include <stdbool.h>
#include <stddef.h>

#include <cJSON.h>

struct js_schema;

enum js_draft {
	JS_DRAFT7,
	JS_DRAFT2020,		/* 2020-12, the default without $schema */
};

enum js_rc {
	JS_OK,
	JS_INVALID,		/* the instance fails the schema */
	JS_BAD_SCHEMA,		/* the schema fails its meta-schema */
	JS_UNRESOLVABLE,	/* a $ref that no document answers */
	JS_LIMIT,		/* too deep or too much work */
};

/* Where remote documents come from, besides the meta-schemas. */
struct js_loader {
	const char	*base_uri;	/* "http://localhost:1234/" */
	const char	*dir;		/* its documents: dir + rest of URI */
};

/*
 * Bounds on one compilation or validation.  A field <= 0 takes its
 * default.  max_depth bounds the nesting of the schema document and of
 * evaluation (each subschema applied, each $ref followed, is a level:
 * {"$ref": "#"} ends there), hence the C stack.  max_steps bounds the
 * work: a step is a subschema or keyword applied, an item compared, a
 * regex run (charged by its PCRE2 match limit, see jsonschema_regex.c);
 * compilation counts its nodes and the meta-schema check of the schema.
 * Beyond either: JS_LIMIT, never a hang.
 */
struct js_limits {
	int		 max_depth;	/* nesting of schemas and instances */
	long		 max_steps;	/* keyword applications */
};

#define JS_MAX_DEPTH_DEFAULT	256
#define JS_MAX_STEPS_DEFAULT	2000000L

/*
 * The error reported: Python's ValidationError (or SchemaError for
 * js_check_schema()), paths from the root of instance and schema.
 */
struct js_error {
	char		*message;	/* "'title' is a required property" */
	cJSON		*path;		/* instance path: strings and numbers */
	cJSON		*schema_path;	/* keywords and indexes to it */
	char		*keyword;	/* "required": the validator */
	cJSON		*keyword_value;	/* its value in the schema */
};

/*
 * Compiles a schema: the draft its $schema names, else dflt; every $ref
 * resolved now where it can be (within the document, to the embedded
 * meta-schemas, to loader's documents; loader may be NULL).  A $ref that
 * cannot be resolved is JS_UNRESOLVABLE here or when reached during
 * validation, as Python's jsonschema does (err->message "Unresolvable:
 * <ref>").  limits NULL: defaults.
 */
enum js_rc	 js_compile(const cJSON *schema, enum js_draft dflt,
		    const struct js_loader *loader,
		    const struct js_limits *limits, struct js_schema **out,
		    struct js_error *err);

/*
 * Validates instance: JS_INVALID with the first error; JS_UNRESOLVABLE
 * when a $ref that names nothing is reached before any error (Python
 * raises then); JS_LIMIT past the limits.
 */
enum js_rc	 js_validate(const struct js_schema *, const cJSON *instance,
		    struct js_error *err);

void		 js_free(struct js_schema *);

/* The draft a compiled schema follows: its $schema's, else the default. */
enum js_draft	 js_draft_of(const struct js_schema *);

/*
 * Checks a schema against the meta-schema of a draft (Kinto checks
 * collection schemas against Draft 7's): JS_BAD_SCHEMA with the error
 * Python's check_schema() raises (the first, with format "regex"
 * asserted as its format checker does).
 */
enum js_rc	 js_check_schema(const cJSON *schema, enum js_draft,
		    struct js_error *err);

void		 js_error_free(struct js_error *);

#endif
