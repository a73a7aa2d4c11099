/*
 * schema.c — Kinto's JSON-schema validation; see schema.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "core/ctx.h"
#include "core/endpoint.h"
#include "core/json.h"
#include "core/jsonschema.h"
#include "core/pyrepr.h"
#include "core/resource.h"
#include "core/schema.h"
#include "core/util.h"
#include "storage/storage.h"

/* Fields of a record that are the server's, not the schema's. */
static const char *const record_ignored[] = {
	"last_modified", "schema", "__permissions__", NULL };
/* Those of collections and groups. */
static const char *const object_ignored[] = {
	"last_modified", "__permissions__", NULL };

/* Compiled schemas, the least recently used replaced first. */
#define NCACHED	16
static struct {
	char			*key;	/* "<uri>@<timestamp>#<field>" */
	struct js_schema	*js;
	bool			 with_id;	/* see adjusted() */
	uint64_t		 used;
} cached[NCACHED];
static uint64_t	 clock_now;

void
schema_check_field(struct ctx *ctx, const cJSON *data, const char *field,
    const char *name)
{
	const cJSON	*schema = cJSON_GetObjectItemCaseSensitive(data, field);
	struct js_error	 err = { 0 };
	const cJSON	*last;
	struct buf	 b = { 0 };

	if (!cJSON_IsObject(schema))
		return;
	switch (js_check_schema(schema, JS_DRAFT7, &err)) {
	case JS_OK:
		break;
	case JS_BAD_SCHEMA:
		/*
		 * Kinto's wording: the last element of the error's path
		 * glued to the message ("type'foo' is not valid under any
		 * of the given schemas").
		 */
		last = cJSON_GetArrayItem(err.path,
		    cJSON_GetArraySize(err.path) - 1);
		if (last != NULL)
			pystr(&b, last);
		verrors_add(&ctx->verr, "body", name, "%s%s",
		    b.data != NULL ? b.data : "", err.message);
		break;
	default:
		verrors_add(&ctx->verr, "body", name, "%s", err.message != NULL ?
		    err.message : "the schema cannot be checked");
		break;
	}
	buf_free(&b);
	js_error_free(&err);
}

/*
 * The schema as Kinto applies it (kinto/schema_validation.py): the
 * ignored fields, and id unless its properties mention it, dropped from
 * required (required itself dropped when it ends empty).
 */
static cJSON *
adjusted(const cJSON *schema, const char *const *ignored, bool *with_id)
{
	cJSON		*s = cJSON_Duplicate(schema, true), *req, *kept, *r;
	const char *const *f;
	bool		 drop;

	*with_id = cJSON_GetObjectItemCaseSensitive(
	    cJSON_GetObjectItemCaseSensitive(s, "properties"), "id") != NULL;
	req = cJSON_GetObjectItemCaseSensitive(s, "required");
	if (!cJSON_IsArray(req))
		return s;
	kept = cJSON_CreateArray();
	cJSON_ArrayForEach(r, req) {
		drop = cJSON_IsString(r) && !*with_id &&
		    strcmp(r->valuestring, "id") == 0;
		for (f = ignored; !drop && *f != NULL; f++)
			drop = cJSON_IsString(r) &&
			    strcmp(r->valuestring, *f) == 0;
		if (!drop)
			cJSON_AddItemToArray(kept, cJSON_Duplicate(r, true));
	}
	if (cJSON_GetArraySize(kept) == 0) {
		cJSON_Delete(kept);
		cJSON_DeleteItemFromObjectCaseSensitive(s, "required");
	} else
		cJSON_ReplaceItemInObjectCaseSensitive(s, "required", kept);
	return s;
}

/* The compiled schema of key, compiled now if needed. */
static enum js_rc
compiled(const char *key, const cJSON *schema, const char *const *ignored,
    struct js_schema **out, bool *with_id, struct js_error *err)
{
	cJSON		*s;
	size_t		 i, slot = 0;
	enum js_rc	 rc;

	for (i = 0; i < NCACHED; i++) {
		if (cached[i].key != NULL && strcmp(cached[i].key, key) == 0) {
			cached[i].used = ++clock_now;
			*out = cached[i].js;
			*with_id = cached[i].with_id;
			return JS_OK;
		}
		if (cached[i].used < cached[slot].used)
			slot = i;
	}
	s = adjusted(schema, ignored, with_id);
	rc = js_compile(s, JS_DRAFT2020, NULL, NULL, out, err);
	/*
	 * Kinto's validate() checks the schema against the meta-schema of
	 * its own draft too (2020-12 without $schema), where the write
	 * checked Draft 7's: {"items": [...]} passes one, not the other.
	 * Kinto answers 500 (an uncaught SchemaError); cinto a 400 on
	 * "schema", like an unresolvable $ref.
	 */
	if (rc == JS_OK && (rc = js_check_schema(s, js_draft_of(*out), err)) !=
	    JS_OK) {
		js_free(*out);
		*out = NULL;
	}
	cJSON_Delete(s);
	if (rc != JS_OK)
		return rc;
	js_free(cached[slot].js);
	free(cached[slot].key);
	cached[slot].key = xstrdup(key);
	cached[slot].js = *out;
	cached[slot].with_id = *with_id;
	cached[slot].used = ++clock_now;
	return JS_OK;
}

/*
 * Kinto names the failing field: the last element of the instance
 * path; else the last element of the keyword's list (the last name a
 * "required" lists, whichever is missing); else the keyword.  (Kinto
 * takes the last character of a keyword value that is a string: not
 * copied.)
 */
static void
failure(struct ctx *ctx, const struct js_error *err)
{
	const cJSON	*last = NULL;
	struct buf	 b = { 0 };

	if (cJSON_GetArraySize(err->path) > 0)
		last = cJSON_GetArrayItem(err->path,
		    cJSON_GetArraySize(err->path) - 1);
	else if (cJSON_IsArray(err->keyword_value) &&
	    cJSON_GetArraySize(err->keyword_value) > 0)
		last = cJSON_GetArrayItem(err->keyword_value,
		    cJSON_GetArraySize(err->keyword_value) - 1);
	else if (cJSON_GetArraySize(err->schema_path) > 0)
		last = cJSON_GetArrayItem(err->schema_path,
		    cJSON_GetArraySize(err->schema_path) - 1);
	if (last != NULL)
		pystr(&b, last);
	verrors_add(&ctx->verr, "body", b.data != NULL ? b.data : "schema",
	    "%s", err->message);
	buf_free(&b);
}

/*
 * Validates data against schema (held by the object uri at timestamp
 * ts, under field): KERR_OK, or KERR_INVALID and ctx->verr.
 */
static enum kerr
against(struct ctx *ctx, const char *uri, int64_t ts, const char *field,
    const cJSON *schema, const char *const *ignored, const char *id,
    const cJSON *data)
{
	struct js_schema	*js;
	struct js_error		 err = { 0 };
	const char *const	*f;
	cJSON			*copy, *item;
	char			*key;
	bool			 with_id;
	enum js_rc		 rc;

	key = xasprintf("%s@%lld#%s", uri, (long long)ts, field);
	rc = compiled(key, schema, ignored, &js, &with_id, &err);
	free(key);
	if (rc == JS_OK) {
		copy = cJSON_CreateObject();
		cJSON_ArrayForEach(item, data) {
			for (f = ignored; *f != NULL; f++)
				if (strcmp(item->string, *f) == 0)
					break;
			if (*f == NULL && (with_id ||
			    strcmp(item->string, "id") != 0))
				cJSON_AddItemToObject(copy, item->string,
				    cJSON_Duplicate(item, true));
		}
		if (with_id && id != NULL &&
		    !cJSON_HasObjectItem(copy, "id"))
			cJSON_AddItemToObject(copy, "id", json_new_string(id));
		rc = js_validate(js, copy, &err);
		cJSON_Delete(copy);
	}
	switch (rc) {
	case JS_OK:
		break;
	case JS_INVALID:
		failure(ctx, &err);
		break;
	default:
		/* Unresolvable references, limits: the schema's fault. */
		verrors_add(&ctx->verr, "body", "schema", "%s",
		    err.message != NULL ? err.message : "Invalid schema");
		break;
	}
	js_error_free(&err);
	return rc == JS_OK ? KERR_OK : KERR_INVALID;
}

/* The live object (r, parent, id), or NULL (*e: a storage error). */
static cJSON *
load(struct ctx *ctx, const char *resource, const char *parent,
    const char *id, enum kerr *e)
{
	struct st_ref	 ref = { resource, parent, id };
	cJSON		*obj = NULL;
	enum st_rc	 rc;

	*e = KERR_OK;
	rc = storage_get(ctx->st, &ref, false, &obj);
	if (rc != ST_OK && rc != ST_NOTFOUND)
		*e = kerr_from_st(rc);
	return rc == ST_OK ? obj : NULL;
}

/* The bucket's <resource>:schema, when it has one. */
static enum kerr
bucket_schema(struct ctx *ctx, const struct target *t, const char *id,
    const cJSON *data, const char *const *ignored)
{
	cJSON		*bucket;
	const cJSON	*schema;
	char		 field[64], *uri;
	enum kerr	 e;

	if ((bucket = load(ctx, "bucket", "", t->ids[0], &e)) == NULL)
		return e;
	snprintf(field, sizeof(field), "%s:schema", t->res->name);
	schema = cJSON_GetObjectItemCaseSensitive(bucket, field);
	if (cJSON_IsObject(schema)) {
		uri = xasprintf("/buckets/%s", t->ids[0]);
		e = against(ctx, uri, endpoint_ts(bucket), field, schema,
		    ignored, id, data);
		free(uri);
	}
	cJSON_Delete(bucket);
	return e;
}

enum kerr
schema_validate(struct ctx *ctx, const struct target *t, const char *id,
    cJSON *data)
{
	const char	*name = t->res->name;
	const cJSON	*schema;
	cJSON		*coll;
	char		*parent;
	enum kerr	 e;

	if (!ctx->cfg->experimental_collection_schema_validation ||
	    ctx->st == NULL)
		return KERR_OK;
	if (strcmp(name, "collection") == 0 || strcmp(name, "group") == 0)
		return bucket_schema(ctx, t, id, data, object_ignored);
	if (strcmp(name, "record") != 0)
		return KERR_OK;
	/* The collection's schema first; its timestamp is the version. */
	parent = xasprintf("/buckets/%s", t->ids[0]);
	coll = load(ctx, "collection", parent, t->ids[1], &e);
	free(parent);
	if (e != KERR_OK)
		return e;
	schema = cJSON_GetObjectItemCaseSensitive(coll, "schema");
	if (cJSON_IsObject(schema)) {
		e = against(ctx, t->parent, endpoint_ts(coll), "schema", schema,
		    record_ignored, id, data);
		if (e == KERR_OK) {
			cJSON_DeleteItemFromObjectCaseSensitive(data, "schema");
			cJSON_AddItemToObject(data, "schema",
			    json_new_int(endpoint_ts(coll)));
		}
	}
	cJSON_Delete(coll);
	if (e != KERR_OK)
		return e;
	return bucket_schema(ctx, t, id, data, record_ignored);
}
