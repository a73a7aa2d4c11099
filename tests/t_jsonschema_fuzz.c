/*
 * t_jsonschema_fuzz.c — random and hostile schemas and instances fed to
 * core/jsonschema.h (under ASan and UBSan in `make test`): nothing may
 * crash or run unbounded, and what the validator says must hold
 * together:
 *
 *  - every call ends in one of the documented results, an invalid
 *    instance with a message and paths that exist in it;
 *  - the same call twice gives the same answer;
 *  - for a schema S without "$ref": {"not": S} accepts exactly what S
 *    refuses, {"allOf": [S, true]} and {"anyOf": [false, S]} accept what
 *    S accepts;
 *  - schemas built to explode (self references, nested combinators,
 *    catastrophic regexes, huge arrays, deep nesting) end in JS_LIMIT or
 *    an answer, never a hang.
 *
 * A linear congruential generator makes runs repeatable:
 *	t_jsonschema_fuzz [iterations [seed]]
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/jsonschema.h"
#include "core/util.h"
#include "tests/t.h"

static uint64_t	 rng_state;

static unsigned
rnd(unsigned n)
{
	rng_state = rng_state * 6364136223846793005ULL +
	    1442695040888963407ULL;
	return n == 0 ? 0 : (unsigned)(rng_state >> 33) % n;
}

static const char *const words[] = {
	"a", "b", "id", "title", "x1", "", "é", "a\xC0\x80" "b", "$ref",
};
#define NWORDS	(sizeof(words) / sizeof(words[0]))

static const char *const numbers[] = {
	"0", "1", "-1", "2", "2.5", "1e2", "0.1", "1.0", "-0",
	"12345678901234567890", "1e308", "1e-7", "3",
};
#define NNUMBERS (sizeof(numbers) / sizeof(numbers[0]))

static const char *const patterns[] = {
	"^a", "b$", "^[a-z]*$", "\\d+", "^(a+)+$", ".", "\\p{L}", "(",
	"^\\w{2,}$", "[^]", "x|y",
};
#define NPATTERNS (sizeof(patterns) / sizeof(patterns[0]))

static const char *const types[] = {
	"null", "boolean", "object", "array", "number", "string", "integer",
	"foo",
};
#define NTYPES	(sizeof(types) / sizeof(types[0]))

static const char *const anyname[] = {
	"properties", "patternProperties", "additionalProperties",
	"dependentSchemas", "dependencies", "dependentRequired", "items",
	"prefixItems", "additionalItems", "contains", "allOf", "anyOf",
	"oneOf", "not", "if", "then", "else", "propertyNames",
	"unevaluatedItems", "unevaluatedProperties", "$defs", "definitions",
	"$ref", "$dynamicRef", "$id", "$anchor", "$dynamicAnchor", "$schema",
	"enum", "const", "type", "required", "minLength", "maxItems",
	"multipleOf", "minimum", "pattern", "uniqueItems", "minContains",
	"maxContains", "format",
};
#define NANYNAMES (sizeof(anyname) / sizeof(anyname[0]))

static cJSON	*gen_schema(int depth, bool refs);

static cJSON *
gen_instance(int depth)
{
	cJSON	*v;
	int	 i, n;

	switch (rnd(depth > 0 ? 8 : 5)) {
	case 0:
		return cJSON_CreateNull();
	case 1:
		return cJSON_CreateBool(rnd(2));
	case 2:
		return json_new_number_text(numbers[rnd(NNUMBERS)]);
	case 3:
	case 4:
		return json_new_string(words[rnd(NWORDS)]);
	case 5:
	case 6:
		v = cJSON_CreateObject();
		n = (int)rnd(4);
		for (i = 0; i < n; i++) {
			const char *k = words[rnd(NWORDS)];

			if (!cJSON_HasObjectItem(v, k))
				cJSON_AddItemToObject(v, k,
				    gen_instance(depth - 1));
		}
		return v;
	default:
		v = cJSON_CreateArray();
		n = (int)rnd(5);
		for (i = 0; i < n; i++)
			cJSON_AddItemToArray(v, gen_instance(depth - 1));
		return v;
	}
}

static cJSON *
schema_array(int n, int depth, bool refs)
{
	cJSON	*a = cJSON_CreateArray();

	while (n-- > 0)
		cJSON_AddItemToArray(a, gen_schema(depth - 1, refs));
	return a;
}

static cJSON *
schema_map(int n, int depth, bool refs)
{
	cJSON		*m = cJSON_CreateObject();
	const char	*k;

	while (n-- > 0) {
		k = words[rnd(NWORDS)];
		if (!cJSON_HasObjectItem(m, k))
			cJSON_AddItemToObject(m, k, gen_schema(depth - 1, refs));
	}
	return m;
}

/* One keyword, with a value of the right shape mostly, else anything. */
static void
add_keyword(cJSON *s, int depth, bool refs)
{
	static const char *const refs_to[] = {
		"#", "#/$defs/a", "#/$defs/b", "#/nowhere", "#anchor",
		"http://localhost:1234/nowhere.json",
	};
	const char	*k;
	cJSON		*v;

	switch (rnd(30)) {
	case 0: k = "type"; v = json_new_string(types[rnd(NTYPES)]); break;
	case 1: k = "enum"; v = gen_instance(2);
		if (!cJSON_IsArray(v)) {
			cJSON *a = cJSON_CreateArray();

			cJSON_AddItemToArray(a, v);
			v = a;
		}
		break;
	case 2: k = "const"; v = gen_instance(2); break;
	case 3: k = "multipleOf";
		v = json_new_number_text(numbers[rnd(NNUMBERS)]); break;
	case 4: k = rnd(2) ? "maximum" : "exclusiveMinimum";
		v = json_new_number_text(numbers[rnd(NNUMBERS)]); break;
	case 5: k = rnd(2) ? "minLength" : "maxItems";
		v = json_new_int(rnd(4)); break;
	case 6: k = "pattern"; v = json_new_string(patterns[rnd(NPATTERNS)]);
		break;
	case 7: k = "required"; v = cJSON_CreateArray();
		cJSON_AddItemToArray(v, json_new_string(words[rnd(NWORDS)]));
		break;
	case 8: k = "uniqueItems"; v = cJSON_CreateBool(rnd(3) != 0); break;
	case 9: k = "properties"; v = schema_map((int)rnd(3), depth, refs);
		break;
	case 10: k = "patternProperties"; v = cJSON_CreateObject();
		cJSON_AddItemToObject(v, patterns[rnd(NPATTERNS)],
		    gen_schema(depth - 1, refs));
		break;
	case 11: k = "additionalProperties"; v = gen_schema(depth - 1, refs);
		break;
	case 12: k = "items"; v = gen_schema(depth - 1, refs); break;
	case 13: k = "prefixItems"; v = schema_array(1 + (int)rnd(2), depth,
		    refs); break;
	case 14: k = "contains"; v = gen_schema(depth - 1, refs); break;
	case 15: k = rnd(2) ? "minContains" : "maxContains";
		v = json_new_int(rnd(3)); break;
	case 16: k = "allOf"; v = schema_array(1 + (int)rnd(3), depth, refs);
		break;
	case 17: k = "anyOf"; v = schema_array(1 + (int)rnd(3), depth, refs);
		break;
	case 18: k = "oneOf"; v = schema_array(1 + (int)rnd(3), depth, refs);
		break;
	case 19: k = "not"; v = gen_schema(depth - 1, refs); break;
	case 20: k = "if"; v = gen_schema(depth - 1, refs); break;
	case 21: k = rnd(2) ? "then" : "else"; v = gen_schema(depth - 1, refs);
		break;
	case 22: k = "unevaluatedProperties"; v = gen_schema(depth - 1, refs);
		break;
	case 23: k = "unevaluatedItems"; v = gen_schema(depth - 1, refs);
		break;
	case 24: k = "dependentSchemas"; v = schema_map(1, depth, refs); break;
	case 25: k = "propertyNames"; v = gen_schema(depth - 1, refs); break;
	case 26: k = "$defs"; v = schema_map(2, depth, refs); break;
	case 27:
		if (!refs)
			return;
		k = rnd(3) ? "$ref" : "$dynamicRef";
		v = json_new_string(refs_to[rnd(sizeof(refs_to) /
		    sizeof(refs_to[0]))]);
		break;
	case 28: k = rnd(2) ? "$anchor" : "$dynamicAnchor";
		v = json_new_string("anchor"); break;
	default:
		/* Any value under any name: wrong shapes, unknown words. */
		k = rnd(2) ? words[rnd(NWORDS)] : anyname[rnd(NANYNAMES)];
		v = gen_instance(2);
		break;
	}
	if (cJSON_HasObjectItem(s, k))
		cJSON_Delete(v);
	else
		cJSON_AddItemToObject(s, k, v);
}

static cJSON *
gen_schema(int depth, bool refs)
{
	cJSON	*s;
	int	 n;

	if (depth <= 0 || rnd(8) == 0)
		return cJSON_CreateBool(rnd(4) != 0);
	s = cJSON_CreateObject();
	for (n = 1 + (int)rnd(3); n > 0; n--)
		add_keyword(s, depth, refs);
	return s;
}

/* Whether path (an array of keys and indexes) exists in v. */
static bool
path_exists(const cJSON *v, const cJSON *path)
{
	const cJSON	*seg;

	cJSON_ArrayForEach(seg, path) {
		if (cJSON_IsString(seg) && cJSON_IsObject(v))
			v = cJSON_GetObjectItemCaseSensitive(v,
			    seg->valuestring);
		else if (cJSON_IsNumber(seg) && cJSON_IsArray(v))
			v = cJSON_GetArrayItem(v, seg->valueint);
		else
			return false;
		if (v == NULL)
			return false;
	}
	return true;
}

static const struct js_limits	 small = { 64, 100000 };

/* Compiles and validates: the rc, checking what must hold of it. */
static enum js_rc
outcome(const cJSON *schema, const cJSON *instance, char **message)
{
	struct js_schema	*s = NULL;
	struct js_error		 err = { 0 };
	enum js_rc		 rc;

	rc = js_compile(schema, rnd(2) ? JS_DRAFT2020 : JS_DRAFT7, NULL,
	    &small, &s, &err);
	if (rc == JS_OK) {
		rc = js_validate(s, instance, &err);
		if (rc == JS_INVALID && !(err.message != NULL &&
		    cJSON_IsArray(err.schema_path) &&
		    path_exists(instance, err.path))) {
			char *t = json_print(schema, NULL);

			fprintf(stderr, "bad error for %s\n", t);
			free(t);
			t_fail++;
		}
	}
	T(rc == JS_OK || rc == JS_INVALID || rc == JS_UNRESOLVABLE ||
	    rc == JS_LIMIT || rc == JS_BAD_SCHEMA);
	if (message != NULL)
		*message = err.message != NULL ? xstrdup(err.message) : NULL;
	js_error_free(&err);
	js_free(s);
	return rc;
}

static cJSON *
wrap(const char *kw, cJSON *a, cJSON *b)
{
	cJSON	*w = cJSON_CreateObject(), *arr;

	if (b == NULL) {
		cJSON_AddItemToObject(w, kw, a);
		return w;
	}
	arr = cJSON_CreateArray();
	cJSON_AddItemToArray(arr, a);
	cJSON_AddItemToArray(arr, b);
	cJSON_AddItemToObject(w, kw, arr);
	return w;
}

static bool
settled(enum js_rc rc)
{
	return rc == JS_OK || rc == JS_INVALID;
}

/* The same schema draft for both: outcome() draws it at random. */
static enum js_rc
outcome_in(const cJSON *schema, const cJSON *instance, uint64_t seed)
{
	uint64_t	 saved = rng_state;
	enum js_rc	 rc;

	rng_state = seed;
	rc = outcome(schema, instance, NULL);
	rng_state = saved;
	return rc;
}

static void
random_cases(int iterations)
{
	struct js_error	 err = { 0 };
	cJSON		*s, *inst, *w;
	char		*m1, *m2;
	enum js_rc	 rc, rc2, rw;
	uint64_t	 seed;
	bool		 refs;
	int		 i, props = 0;

	for (i = 0; i < iterations; i++) {
		refs = rnd(2);
		s = gen_schema(1 + (int)rnd(5), refs);
		inst = gen_instance((int)rnd(4));
		seed = rng_state;
		rc = outcome(s, inst, &m1);
		rng_state = seed;
		rc2 = outcome(s, inst, &m2);
		T_INT(rc2, rc);
		T_STR(m2, m1);
		free(m1);
		free(m2);
		/* Checking it as a schema must not crash either. */
		rc2 = js_check_schema(s, rnd(2) ? JS_DRAFT7 : JS_DRAFT2020,
		    &err);
		T(rc2 == JS_OK || rc2 == JS_BAD_SCHEMA || rc2 == JS_LIMIT);
		js_error_free(&err);
		if (!refs && settled(rc)) {
			/* Siblings move under a new root: no $ref there. */
			w = wrap("not", cJSON_Duplicate(s, true), NULL);
			rw = outcome_in(w, inst, seed);
			if (settled(rw)) {
				T_INT(rw, rc == JS_OK ? JS_INVALID : JS_OK);
				props++;
			}
			cJSON_Delete(w);
			w = wrap("allOf", cJSON_Duplicate(s, true),
			    cJSON_CreateTrue());
			rw = outcome_in(w, inst, seed);
			if (settled(rw))
				T_INT(rw, rc);
			cJSON_Delete(w);
			w = wrap("anyOf", cJSON_CreateFalse(),
			    cJSON_Duplicate(s, true));
			rw = outcome_in(w, inst, seed);
			if (settled(rw))
				T_INT(rw, rc);
			cJSON_Delete(w);
		}
		cJSON_Delete(s);
		cJSON_Delete(inst);
	}
	/* The properties must have been exercised, not skipped. */
	T(props > iterations / 10);
}

static cJSON *
parse(const char *text)
{
	cJSON	*v = NULL;

	if (json_parse(text, strlen(text), 100000, &v, NULL) != JSON_OK)
		abort();
	return v;
}

/*
 * A schema built to explode: JS_LIMIT (or an answer), promptly.  A NULL
 * instance: compilation only.
 */
static void
hostile(const char *schema_text, const cJSON *instance, enum js_rc want)
{
	struct js_schema	*s = NULL;
	struct js_error		 err = { 0 };
	cJSON			*schema = parse(schema_text);
	enum js_rc		 rc;

	int64_t			 t0 = mono_us();

	rc = js_compile(schema, JS_DRAFT2020, NULL, NULL, &s, &err);
	if (rc == JS_OK && instance != NULL)
		rc = js_validate(s, instance, &err);
	/* Shown, never asserted: tests/bench measures performance. */
	fprintf(stderr, "hostile %.40s...: %lld ms\n", schema_text,
	    (long long)(mono_us() - t0) / 1000);
	T_INT(rc, want);
	if (rc != want)
		fprintf(stderr, "  schema: %.120s...\n", schema_text);
	js_error_free(&err);
	js_free(s);
	cJSON_Delete(schema);
}

static char *
nest(const char *open, const char *middle, const char *close, int n)
{
	struct buf	 b = { NULL, 0, 0 };
	int		 i;

	for (i = 0; i < n; i++)
		buf_puts(&b, open);
	buf_puts(&b, middle);
	for (i = 0; i < n; i++)
		buf_puts(&b, close);
	return buf_detach(&b, NULL);
}

/*
 * A schema applying leaf about 2^levels times (each level an allOf of
 * two references to the one below): cheap keywords fanned out over a
 * large instance must still run out of steps.
 */
static char *
fanout(const char *root, const char *leaf, int levels)
{
	struct buf	 b = { NULL, 0, 0 };
	int		 i;

	buf_printf(&b, "{%s\"$defs\":{\"d0\":%s", root, leaf);
	for (i = 1; i <= levels; i++)
		buf_printf(&b, ",\"d%d\":{\"allOf\":[{\"$ref\":\"#/$defs/d%d\"},"
		    "{\"$ref\":\"#/$defs/d%d\"}]}", i, i - 1, i - 1);
	buf_printf(&b, "},\"$ref\":\"#/$defs/d%d\"}", levels);
	return buf_detach(&b, NULL);
}

/* n times fmt (given i twice), comma-separated, between head and tail. */
static char *
many(const char *head, const char *fmt, int n, const char *tail)
{
	struct buf	 b = { NULL, 0, 0 };
	int		 i;

	buf_puts(&b, head);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(&b, ',');
		buf_printf(&b, fmt, i, i);
	}
	buf_puts(&b, tail);
	return buf_detach(&b, NULL);
}

static void
fanout_cases(void)
{
	cJSON	*arr = cJSON_CreateArray(), *obj = cJSON_CreateObject(), *two;
	cJSON	*one = json_new_int(1);
	char	*t, *id, key[32];
	int	 i;

	for (i = 0; i < 200000; i++)
		cJSON_AddItemToArray(arr, json_new_int(i));
	for (i = 0; i < 100000; i++) {
		snprintf(key, sizeof(key), "k%d", i);
		cJSON_AddItemToObject(obj, key, json_new_int(i));
	}
	t = fanout("", "{\"maxItems\":100000000}", 17);
	hostile(t, arr, JS_LIMIT);
	free(t);
	t = fanout("", "{\"additionalProperties\":{\"type\":\"integer\"}}", 14);
	hostile(t, obj, JS_LIMIT);
	free(t);
	t = fanout("", "{\"minProperties\":1,\"required\":[\"k99999\"]}", 14);
	hostile(t, obj, JS_LIMIT);
	free(t);
	two = cJSON_CreateArray();
	cJSON_AddItemToArray(two, cJSON_Duplicate(obj, true));
	cJSON_AddItemToArray(two, cJSON_Duplicate(obj, true));
	cJSON_ReplaceItemInObject(cJSON_GetArrayItem(two, 1), "k99999",
	    json_new_int(-1));
	t = fanout("", "{\"uniqueItems\":true}", 12);
	hostile(t, two, JS_LIMIT);
	free(t);
	cJSON_Delete(two);
	/* The unevaluated keywords' annotations, fanned out. */
	t = fanout("\"unevaluatedItems\":false,", "{\"prefixItems\":[{}]}",
	    17);
	hostile(t, arr, JS_LIMIT);
	free(t);
	cJSON_Delete(arr);
	cJSON_Delete(obj);

	/* Compilation: long base URIs copied per reference ... */
	id = xmalloc(100 * 1024 + 1);
	memset(id, 'x', 100 * 1024);
	id[100 * 1024] = '\0';
	t = xasprintf("{\"$id\":\"http://h/%s\",\"allOf\":[", id);
	free(id);
	id = many(t, "{\"$ref\":\"#\",\"$comment\":\"%d-%d\"}", 20000, "]}");
	free(t);
	hostile(id, NULL, JS_LIMIT);
	free(id);
	/* ... many anchors, many references naming nothing. */
	t = many("{\"$defs\":{", "\"a%d\":{\"$anchor\":\"a%d\"}", 20000,
	    "},\"allOf\":[{\"$ref\":\"#a1\"},{\"$ref\":\"#a19999\"}]}");
	hostile(t, one, JS_OK);
	free(t);
	t = many("{\"properties\":{", "\"p%d\":{\"$ref\":\"#/nowhere%d\"}",
	    20000, "}}");
	hostile(t, one, JS_OK);
	free(t);
	cJSON_Delete(one);
}

static void
hostile_cases(void)
{
	cJSON	*one = json_new_int(1), *big, *text, *deep;
	char	*t;
	int	 i;

	/* Endless recursion through references. */
	hostile("{\"$ref\":\"#\"}", one, JS_LIMIT);
	hostile("{\"$defs\":{\"a\":{\"$ref\":\"#/$defs/b\"},\"b\":"
	    "{\"$ref\":\"#/$defs/a\"}},\"$ref\":\"#/$defs/a\"}", one, JS_LIMIT);
	/* Two branches each level: 2^depth paths, cut by the steps. */
	hostile("{\"anyOf\":[{\"$ref\":\"#\"},{\"$ref\":\"#\"}]}", one,
	    JS_LIMIT);
	hostile("{\"$dynamicAnchor\":\"n\",\"allOf\":[{\"$dynamicRef\":\"#n\"}"
	    "]}", one, JS_LIMIT);
	/* Schemas nested past the depth limit. */
	t = nest("{\"not\":", "true", "}", 5000);
	hostile(t, one, JS_LIMIT);
	free(t);
	t = nest("{\"items\":", "true", "}", 300);
	hostile(t, one, JS_LIMIT);
	free(t);
	/* A nested instance under a self-referencing schema. */
	t = nest("[", "", "]", 2000);
	deep = parse(t);
	free(t);
	hostile("{\"items\":{\"$ref\":\"#\"}}", deep, JS_LIMIT);
	hostile("{\"type\":\"array\"}", deep, JS_OK);
	cJSON_Delete(deep);
	/* Catastrophic backtracking. */
	t = xmalloc(64 * 1024 + 2);
	memset(t, 'a', 64 * 1024);
	t[64 * 1024] = '!';
	t[64 * 1024 + 1] = '\0';
	text = json_new_string(t);
	free(t);
	hostile("{\"pattern\":\"^(a+)+$\"}", text, JS_LIMIT);
	hostile("{\"pattern\":\"^(a|a)*$\"}", text, JS_LIMIT);
	hostile("{\"pattern\":\"^a+!$\"}", text, JS_OK);
	cJSON_Delete(text);
	/* Large arrays: n log n for uniqueness, steps for the rest. */
	big = cJSON_CreateArray();
	for (i = 0; i < 50000; i++)
		cJSON_AddItemToArray(big, json_new_int(i));
	hostile("{\"uniqueItems\":true}", big, JS_OK);
	hostile("{\"items\":{\"anyOf\":[{\"type\":\"string\"},{\"minimum\":0}]},"
	    "\"contains\":{\"const\":49999}}", big, JS_OK);
	cJSON_AddItemToArray(big, json_new_int(7));
	hostile("{\"uniqueItems\":true}", big, JS_INVALID);
	cJSON_Delete(big);
	cJSON_Delete(one);
}

int
main(int argc, char **argv)
{
	int	 iterations = argc > 1 ? atoi(argv[1]) : 20000;

	json_init();
	rng_state = argc > 2 ? strtoull(argv[2], NULL, 10) : 20261129;
	random_cases(iterations);
	hostile_cases();
	fanout_cases();
	return t_report();
}
