/*
 * jsonschema.c — the validator's interface (core/jsonschema.h): compile,
 * validate, check a schema against its meta-schema, and the error made
 * of the first one Python would raise.  See jsonschema_int.h for the
 * pieces.
 */
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/jsonschema_int.h"
#include "core/util.h"

enum js_rc
js_compile(const cJSON *schema, enum js_draft dflt,
    const struct js_loader *loader, const struct js_limits *limits,
    struct js_schema **out, struct js_error *err)
{
	struct js_schema	*s = xcalloc(1, sizeof(*s));
	enum js_rc		 rc;

	s->max_depth = limits != NULL && limits->max_depth > 0 ?
	    limits->max_depth : JS_MAX_DEPTH_DEFAULT;
	s->max_steps = limits != NULL && limits->max_steps > 0 ?
	    limits->max_steps : JS_MAX_STEPS_DEFAULT;
	if (loader != NULL && loader->base_uri != NULL && loader->dir != NULL) {
		s->loader_base = xstrdup(loader->base_uri);
		s->loader_dir = xstrdup(loader->dir);
	}
	*out = NULL;
	rc = jc_compile(s, cJSON_Duplicate(schema, true), dflt, err);
	if (rc != JS_OK) {
		js_free(s);
		return rc;
	}
	*out = s;
	return JS_OK;
}

void
js_free(struct js_schema *s)
{
	if (s == NULL)
		return;
	jc_free(s);
	free(s);
}

enum js_draft
js_draft_of(const struct js_schema *s)
{
	return (enum js_draft)s->nodes[s->root].draft;
}

/* A path as a JSON array, root first. */
static cJSON *
path_array(const struct seg *s)
{
	cJSON	*a = cJSON_CreateArray(), *v;

	for (; s != NULL; s = s->up) {
		v = s->key != NULL ? json_new_string(s->key) :
		    json_new_int(s->idx);
		/* Built from the end: each segment goes first. */
		cJSON_InsertItemInArray(a, 0, v);
	}
	return a;
}

static void
error_fill(const struct js_schema *s, const struct jerr *e,
    struct js_error *err)
{
	const char	*name;
	const cJSON	*value;

	if (err == NULL)
		return;
	js_error_free(err);
	err->message = msg_render(s, e);
	err->path = path_array(e->ip);
	err->schema_path = path_array(e->sp);
	if ((name = msg_validator(e)) != NULL)
		err->keyword = xstrdup(name);
	if ((value = msg_validator_value(e)) != NULL)
		err->keyword_value = cJSON_Duplicate(value, true);
}

static void
error_text(struct js_error *err, const char *text)
{
	if (err == NULL)
		return;
	js_error_free(err);
	err->message = xstrdup(text);
}

/*
 * Runs s on instance: first for validity alone (no error kept: the
 * common case of a valid instance is cheapest), then, when invalid,
 * again with errors for the first one.  assert_regex: the meta-schema
 * check's format "regex".
 */
static enum js_rc
run(const struct js_schema *s, const cJSON *instance, bool assert_regex,
    enum js_rc invalid, struct js_error *err)
{
	struct elist	 out = { NULL, &out.head };
	struct ev	 ev;
	enum js_rc	 rc;
	int		 pass;

	for (pass = 0; pass < 2; pass++) {
		memset(&ev, 0, sizeof(ev));
		ev.s = s;
		ev.max_steps = s->max_steps;
		ev.max_depth = s->max_depth;
		ev.assert_regex = assert_regex;
		if (ev_node(&ev, s->root, instance, NULL, NULL, NULL, NULL,
		    pass == 0 ? NULL : &out) && ev.rc == JS_OK) {
			arena_free(&ev.arena);
			return JS_OK;
		}
		if (pass == 0 && ev.rc == JS_OK) {
			arena_free(&ev.arena);
			continue;
		}
		/* An error yielded before the abort is what Python raises. */
		if (out.head != NULL) {
			error_fill(s, out.head, err);
			rc = invalid;
		} else if (ev.rc == JS_UNRESOLVABLE) {
			error_text(err, ev.unresolvable);
			rc = JS_UNRESOLVABLE;
		} else if (ev.rc == JS_LIMIT) {
			error_text(err, ev.too_deep ?
			    "schema or instance nested too deeply" :
			    "validation takes too much work");
			rc = JS_LIMIT;
		} else {
			/* Invalid without an error: cannot happen. */
			error_text(err, "invalid");
			rc = invalid;
		}
		arena_free(&ev.arena);
		return rc;
	}
	return JS_OK;
}

enum js_rc
js_validate(const struct js_schema *s, const cJSON *instance,
    struct js_error *err)
{
	return run(s, instance, false, JS_INVALID, err);
}

/*
 * The meta-schemas, compiled once per process (a worker checks many
 * schemas; compiling 2020-12's eight documents each time would cost
 * more than the check).
 */
static struct js_schema *metas[2];

static enum js_rc
meta_schema(enum js_draft draft, struct js_schema **out,
    struct js_error *err)
{
	const char	*text;
	cJSON		*doc = NULL;
	enum js_rc	 rc;

	if (metas[draft] != NULL) {
		*out = metas[draft];
		return JS_OK;
	}
	text = meta_text(meta_uri(draft));
	if (text == NULL || json_parse(text, strlen(text), 64, &doc, NULL) !=
	    JSON_OK)
		abort();	/* our own text: a bug */
	rc = js_compile(doc, draft, NULL, NULL, &metas[draft], err);
	cJSON_Delete(doc);
	*out = metas[draft];
	return rc;
}

enum js_rc
js_check_schema(const cJSON *schema, enum js_draft draft,
    struct js_error *err)
{
	struct js_schema	*meta;
	enum js_rc		 rc;

	if ((rc = meta_schema(draft, &meta, err)) != JS_OK)
		return rc;
	return run(meta, schema, true, JS_BAD_SCHEMA, err);
}

void
js_error_free(struct js_error *err)
{
	if (err == NULL)
		return;
	free(err->message);
	cJSON_Delete(err->path);
	cJSON_Delete(err->schema_path);
	free(err->keyword);
	cJSON_Delete(err->keyword_value);
	memset(err, 0, sizeof(*err));
}
