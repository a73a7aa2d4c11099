/*
 * t_jsonschema.c — the official JSON-Schema test suite
 * (JSON-Schema-Test-Suite: tests/draft7 and tests/draft2020-12) fed to
 * core/jsonschema.h, then the messages and paths Kinto reports.
 *
 * Each test of the suite is one check; a draft's required tests are the
 * files at the top of its directory, the optional ones those under
 * optional/ (reported on their own line, not counted: cinto asserts no
 * "format", as Kinto, and some optional tests need a format checker or
 * Python's own regex dialect).  The suite's directory is
 * $JSONSCHEMA_TESTS (the Makefile sets ../shared/jsonschema-tests); its
 * remotes/ answer "$ref"s to http://localhost:1234/, from disk.
 *
 *	t_jsonschema [-v] [file-substring]
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/json.h"
#include "core/jsonschema.h"
#include "core/util.h"
#include "tests/t.h"

static const char	*suite;
static const char	*only;
static bool		 verbose;

struct tally {
	int	 pass, fail;
	bool	 quiet;		/* optional: failures shown with -v only */
};

static char *
slurp(const char *path, size_t *len)
{
	FILE	*f = fopen(path, "rb");
	char	*buf;
	long	 n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = xmalloc((size_t)n + 1);
	*len = fread(buf, 1, (size_t)n, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs every group of one file of the suite. */
static void
run_file(const char *path, enum js_draft draft, struct tally *t)
{
	struct js_loader	 loader;
	struct js_schema	*s;
	struct js_error		 err = { 0 };
	const cJSON		*group, *test, *valid;
	cJSON			*doc = NULL;
	char			*text, *remotes;
	size_t			 len;
	enum js_rc		 crc, rc;
	bool			 ok;

	if ((text = slurp(path, &len)) == NULL ||
	    json_parse(text, len, 1000, &doc, NULL) != JSON_OK) {
		fprintf(stderr, "%s: cannot read\n", path);
		t->fail++;
		free(text);
		return;
	}
	remotes = xasprintf("%s/remotes", suite);
	loader.base_uri = "http://localhost:1234/";
	loader.dir = remotes;
	cJSON_ArrayForEach(group, doc) {
		crc = js_compile(cJSON_GetObjectItem(group, "schema"), draft,
		    &loader, NULL, &s, &err);
		cJSON_ArrayForEach(test, cJSON_GetObjectItem(group, "tests")) {
			valid = cJSON_GetObjectItem(test, "valid");
			rc = crc != JS_OK ? crc : js_validate(s,
			    cJSON_GetObjectItem(test, "data"), &err);
			ok = (rc == JS_OK && cJSON_IsTrue(valid)) ||
			    (rc == JS_INVALID && cJSON_IsFalse(valid));
			if (ok)
				t->pass++;
			else
				t->fail++;
			if ((!ok && !t->quiet) || verbose)
				fprintf(stderr, "%s %s: %s / %s: rc %d%s%s\n",
				    ok ? "ok  " : "FAIL", path,
				    cJSON_GetObjectItem(group,
				    "description")->valuestring,
				    cJSON_GetObjectItem(test,
				    "description")->valuestring, rc,
				    err.message != NULL ? ": " : "",
				    err.message != NULL ? err.message : "");
			if (crc == JS_OK)
				js_error_free(&err);
		}
		js_error_free(&err);
		js_free(s);
	}
	free(remotes);
	cJSON_Delete(doc);
	free(text);
}

/* Every .json under dir (recursively when deep), in name order. */
static void
run_dir(const char *dir, enum js_draft draft, bool deep, struct tally *t)
{
	struct dirent	*de;
	struct stat	 st;
	DIR		*d;
	char		**names = NULL, *p;
	size_t		 n = 0, cap = 0, i;

	if ((d = opendir(dir)) == NULL) {
		fprintf(stderr, "%s: no such directory (set "
		    "JSONSCHEMA_TESTS to the test suite)\n", dir);
		t->fail++;
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (n == cap)
			names = xrealloc(names, (cap = cap * 2 + 16) *
			    sizeof(*names));
		names[n++] = xasprintf("%s/%s", dir, de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		p = names[i];
		if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (deep)
				run_dir(p, draft, true, t);
		} else if (strlen(p) > 5 &&
		    strcmp(p + strlen(p) - 5, ".json") == 0 &&
		    (only == NULL || strstr(p, only) != NULL))
			run_file(p, draft, t);
		free(p);
	}
	free(names);
}

static void
run_draft(const char *name, enum js_draft draft)
{
	struct tally	 req = { 0, 0, false }, opt = { 0, 0, true };
	char		*dir, *odir;

	dir = xasprintf("%s/tests/%s", suite, name);
	odir = xasprintf("%s/optional", dir);
	run_dir(dir, draft, false, &req);
	run_dir(odir, draft, true, &opt);
	printf("%s: %d passed, %d failed\n", name, req.pass, req.fail);
	printf("%s optional (reported, not required): %d passed, "
	    "%d failed\n", name, opt.pass, opt.fail);
	t_pass += req.pass;
	t_fail += req.fail;
	free(dir);
	free(odir);
}

static cJSON *
parse(const char *text)
{
	cJSON	*v = NULL;

	if (json_parse(text, strlen(text), 100, &v, NULL) != JSON_OK) {
		fprintf(stderr, "bad test JSON: %s\n", text);
		abort();
	}
	return v;
}

/*
 * One case: rc, then Python's error.message, error.path (as JSON),
 * error.schema_path and error.validator (NULL: None).
 */
static void
expect(const char *schema, const char *instance, enum js_rc want,
    const char *message, const char *path, const char *schema_path,
    const char *keyword)
{
	struct js_schema	*s = NULL;
	struct js_error		 err = { 0 };
	cJSON			*sj = parse(schema), *ij = parse(instance);
	char			*p, *sp;
	enum js_rc		 rc;

	rc = js_compile(sj, JS_DRAFT2020, NULL, NULL, &s, &err);
	if (rc == JS_OK)
		rc = js_validate(s, ij, &err);
	T_INT(rc, want);
	T_STR(err.message, message);
	if (want == JS_INVALID) {
		p = json_print(err.path, NULL);
		sp = json_print(err.schema_path, NULL);
		T_STR(p, path);
		T_STR(sp, schema_path);
		T_STR(err.keyword, keyword);
		free(p);
		free(sp);
	}
	js_error_free(&err);
	js_free(s);
	cJSON_Delete(sj);
	cJSON_Delete(ij);
}

/* The messages of Python's jsonschema 4.26, which Kinto returns. */
static void
test_messages(void)
{
	expect("{\"type\":\"object\",\"properties\":{\"title\":"
	    "{\"type\":\"string\"}},\"required\":[\"title\"]}", "{}",
	    JS_INVALID, "'title' is a required property", "[]",
	    "[\"required\"]", "required");
	expect("{\"properties\":{\"title\":{\"type\":\"string\"}}}",
	    "{\"title\":12}", JS_INVALID, "12 is not of type 'string'",
	    "[\"title\"]", "[\"properties\",\"title\",\"type\"]", "type");
	expect("{\"type\":[\"string\",\"null\"]}", "1", JS_INVALID,
	    "1 is not of type 'string', 'null'", "[]", "[\"type\"]", "type");
	expect("{\"enum\":[1,\"a\",null,true]}", "2", JS_INVALID,
	    "2 is not one of [1, 'a', None, True]", "[]", "[\"enum\"]",
	    "enum");
	expect("{\"const\":{\"a\":false}}", "1", JS_INVALID,
	    "{'a': False} was expected", "[]", "[\"const\"]", "const");
	expect("{\"minLength\":1}", "\"\"", JS_INVALID,
	    "'' should be non-empty", "[]", "[\"minLength\"]", "minLength");
	expect("{\"minLength\":2}", "\"a\"", JS_INVALID,
	    "'a' is too short", "[]", "[\"minLength\"]", "minLength");
	expect("{\"maxLength\":0}", "\"a\"", JS_INVALID,
	    "'a' is expected to be empty", "[]", "[\"maxLength\"]",
	    "maxLength");
	expect("{\"maxItems\":1}", "[1,2]", JS_INVALID, "[1, 2] is too long",
	    "[]", "[\"maxItems\"]", "maxItems");
	expect("{\"minItems\":1}", "[]", JS_INVALID, "[] should be non-empty",
	    "[]", "[\"minItems\"]", "minItems");
	expect("{\"minProperties\":2}", "{}", JS_INVALID,
	    "{} does not have enough properties", "[]",
	    "[\"minProperties\"]", "minProperties");
	expect("{\"maxProperties\":1}", "{\"a\":1,\"b\":2}", JS_INVALID,
	    "{'a': 1, 'b': 2} has too many properties", "[]",
	    "[\"maxProperties\"]", "maxProperties");
	expect("{\"properties\":{\"a\":{}},\"additionalProperties\":false}",
	    "{\"c\":1,\"a\":1,\"b\":2}", JS_INVALID,
	    "Additional properties are not allowed ('b', 'c' were "
	    "unexpected)", "[]", "[\"additionalProperties\"]",
	    "additionalProperties");
	expect("{\"additionalProperties\":false}", "{\"x\":1}", JS_INVALID,
	    "Additional properties are not allowed ('x' was unexpected)",
	    "[]", "[\"additionalProperties\"]", "additionalProperties");
	expect("{\"patternProperties\":{\"^x\":{},\"^a\":{}},"
	    "\"additionalProperties\":false}", "{\"b\":1}", JS_INVALID,
	    "'b' does not match any of the regexes: '^a', '^x'", "[]",
	    "[\"additionalProperties\"]", "additionalProperties");
	expect("{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"number\"}]}",
	    "null", JS_INVALID,
	    "None is not valid under any of the given schemas", "[]",
	    "[\"anyOf\"]", "anyOf");
	expect("{\"oneOf\":[{\"type\":\"number\"},{\"minimum\":0}]}", "1",
	    JS_INVALID, "1 is valid under each of {'minimum': 0}, "
	    "{'type': 'number'}", "[]", "[\"oneOf\"]", "oneOf");
	expect("{\"not\":{\"type\":\"string\"}}", "\"a\"", JS_INVALID,
	    "'a' should not be valid under {'type': 'string'}", "[]",
	    "[\"not\"]", "not");
	expect("{\"prefixItems\":[{}],\"items\":false}", "[1,2,3]",
	    JS_INVALID, "Expected at most 1 item but found 2 extra: [2, 3]",
	    "[]", "[\"items\"]", "items");
	expect("{\"items\":false}", "[1]", JS_INVALID,
	    "Expected at most 0 items but found 1 extra: 1", "[]",
	    "[\"items\"]", "items");
	expect("{\"items\":{\"type\":\"string\"}}", "[\"a\",1]", JS_INVALID,
	    "1 is not of type 'string'", "[1]", "[\"items\",\"type\"]",
	    "type");
	expect("{\"contains\":{\"type\":\"string\"}}", "[1]", JS_INVALID,
	    "[1] does not contain items matching the given schema", "[]",
	    "[\"contains\"]", "contains");
	expect("{\"$schema\":\"http://json-schema.org/draft-07/schema#\","
	    "\"contains\":{\"type\":\"string\"}}", "[1]", JS_INVALID,
	    "None of [1] are valid under the given schema", "[]",
	    "[\"contains\"]", "contains");
	expect("{\"$schema\":\"http://json-schema.org/draft-07/schema#\","
	    "\"items\":[{}],\"additionalItems\":false}", "[1,2,3]",
	    JS_INVALID, "Additional items are not allowed (2, 3 were "
	    "unexpected)", "[]", "[\"additionalItems\"]", "additionalItems");
	expect("{\"contains\":{\"type\":\"string\"},\"maxContains\":1}",
	    "[\"a\",\"b\"]", JS_INVALID, "Too many items match the given "
	    "schema (expected at most 1)", "[]", "[\"contains\"]",
	    "maxContains");
	expect("{\"contains\":{\"type\":\"string\"},\"minContains\":2}",
	    "[\"a\",1]", JS_INVALID, "Too few items match the given schema "
	    "(expected at least 2 but only 1 matched)", "[]",
	    "[\"contains\"]", "minContains");
	expect("{\"multipleOf\":0.5}", "1.3", JS_INVALID,
	    "1.3 is not a multiple of 0.5", "[]", "[\"multipleOf\"]",
	    "multipleOf");
	expect("{\"minimum\":5}", "3", JS_INVALID,
	    "3 is less than the minimum of 5", "[]", "[\"minimum\"]",
	    "minimum");
	expect("{\"maximum\":5}", "7", JS_INVALID,
	    "7 is greater than the maximum of 5", "[]", "[\"maximum\"]",
	    "maximum");
	expect("{\"exclusiveMaximum\":3}", "3", JS_INVALID,
	    "3 is greater than or equal to the maximum of 3", "[]",
	    "[\"exclusiveMaximum\"]", "exclusiveMaximum");
	expect("{\"exclusiveMinimum\":3}", "3", JS_INVALID,
	    "3 is less than or equal to the minimum of 3", "[]",
	    "[\"exclusiveMinimum\"]", "exclusiveMinimum");
	expect("{\"pattern\":\"^a\"}", "\"b\"", JS_INVALID,
	    "'b' does not match '^a'", "[]", "[\"pattern\"]", "pattern");
	/* Python's descend() yields a false schema's error without its
	 * own segments: Kinto then names the keyword. */
	expect("{\"properties\":{\"a\":false}}", "{\"a\":1}", JS_INVALID,
	    "False schema does not allow 1", "[]", "[\"properties\"]", NULL);
	expect("{\"properties\":{\"a\":{\"properties\":{\"b\":false}}}}",
	    "{\"a\":{\"b\":1}}", JS_INVALID, "False schema does not allow 1",
	    "[\"a\"]", "[\"properties\",\"a\",\"properties\"]", NULL);
	expect("{\"allOf\":[true,{\"$ref\":\"#/$defs/f\"}],\"$defs\":"
	    "{\"f\":false}}", "1", JS_INVALID,
	    "False schema does not allow 1", "[]", "[\"allOf\",1]", NULL);
	expect("false", "1", JS_INVALID, "False schema does not allow 1", "[]",
	    "[]", NULL);
	expect("{\"uniqueItems\":true}", "[1,[2],1.0]", JS_INVALID,
	    "[1, [2], 1.0] has non-unique elements", "[]",
	    "[\"uniqueItems\"]", "uniqueItems");
	expect("{\"uniqueItems\":true}", "[1,true,\"1\",{\"a\":[1]},"
	    "{\"a\":[1.5]}]", JS_OK, NULL, NULL, NULL, NULL);
	expect("{\"dependentRequired\":{\"a\":[\"b\"]}}", "{\"a\":1}",
	    JS_INVALID, "'b' is a dependency of 'a'", "[]",
	    "[\"dependentRequired\"]", "dependentRequired");
	expect("{\"unevaluatedProperties\":false,\"properties\":"
	    "{\"a\":{}}}", "{\"a\":1,\"z\":2,\"y\":3}", JS_INVALID,
	    "Unevaluated properties are not allowed ('y', 'z' were "
	    "unexpected)", "[]", "[\"unevaluatedProperties\"]",
	    "unevaluatedProperties");
	/* The first error in schema order is the one raised. */
	expect("{\"required\":[\"b\"],\"properties\":{\"a\":"
	    "{\"type\":\"string\"}}}", "{\"a\":1}", JS_INVALID,
	    "'b' is a required property", "[]", "[\"required\"]",
	    "required");
	expect("{\"properties\":{\"a\":{\"type\":\"string\"}},"
	    "\"required\":[\"b\"]}", "{\"a\":1}", JS_INVALID,
	    "1 is not of type 'string'", "[\"a\"]",
	    "[\"properties\",\"a\",\"type\"]", "type");
	/* $ref adds nothing to the schema path; $defs do. */
	expect("{\"$defs\":{\"s\":{\"type\":\"string\"}},\"properties\":"
	    "{\"a\":{\"$ref\":\"#/$defs/s\"}}}", "{\"a\":[]}", JS_INVALID,
	    "[] is not of type 'string'", "[\"a\"]",
	    "[\"properties\",\"a\",\"type\"]", "type");
	/* Unresolvable: raised when reached, unless an error comes first. */
	expect("{\"$ref\":\"#/definitions/nope\"}", "1", JS_UNRESOLVABLE,
	    "PointerToNowhere: '/definitions/nope' does not exist within "
	    "{'$ref': '#/definitions/nope'}", NULL, NULL, NULL);
	expect("{\"$ref\":\"other.json\"}", "1", JS_UNRESOLVABLE,
	    "Unresolvable: other.json", NULL, NULL, NULL);
	expect("{\"$id\":\"http://a.example/s\",\"$ref\":\"b.json#/x\"}", "1",
	    JS_UNRESOLVABLE, "Unresolvable: b.json#/x", NULL, NULL, NULL);
	expect("{\"$ref\":\"#nope\"}", "1", JS_UNRESOLVABLE,
	    "NoSuchAnchor: 'nope' does not exist within {'$ref': '#nope'}",
	    NULL, NULL, NULL);
	expect("{\"allOf\":[{\"type\":\"string\"},{\"$ref\":\"#/x\"}]}",
	    "1", JS_INVALID, "1 is not of type 'string'", "[]",
	    "[\"allOf\",0,\"type\"]", "type");
	expect("{\"properties\":{\"a\":{\"$ref\":\"#/x\"}}}", "{}", JS_OK,
	    NULL, NULL, NULL, NULL);
	/* Keywords of the wrong shape are left out, not followed. */
	expect("{\"$defs\":{\"x\":{\"patternProperties\":[1]}}}", "{}", JS_OK,
	    NULL, NULL, NULL, NULL);
	expect("{\"$schema\":\"http://json-schema.org/draft-07/schema#\","
	    "\"$defs\":{\"x\":{\"properties\":[{\"type\":\"string\"}],"
	    "\"dependencies\":[[\"a\"]],\"allOf\":{\"a\":false}}},"
	    "\"$ref\":\"#/$defs/x\"}", "{\"title\":\"a\",\"a\":1}", JS_OK,
	    NULL, NULL, NULL, NULL);
	expect("{\"patternProperties\":[\"^a\"],\"additionalProperties\":"
	    "false}", "{\"b\":1}", JS_INVALID, "Additional properties are "
	    "not allowed ('b' was unexpected)", "[]",
	    "[\"additionalProperties\"]", "additionalProperties");
	/* Bounds below zero are bounds too. */
	expect("{\"maxLength\":-1}", "\"\"", JS_INVALID,
	    "'' is too long", "[]", "[\"maxLength\"]", "maxLength");
	expect("{\"minItems\":-1}", "[]", JS_OK, NULL, NULL, NULL, NULL);
	/* A member a failing "properties" applied to counts as evaluated. */
	expect("{\"unevaluatedProperties\":{\"type\":\"string\"},"
	    "\"properties\":{\"a\":{\"type\":\"string\"}}}",
	    "{\"a\":1,\"b\":2}", JS_INVALID, "Unevaluated properties are "
	    "not valid under the given schema ('b' was unevaluated and "
	    "invalid)", "[]", "[\"unevaluatedProperties\"]",
	    "unevaluatedProperties");
	/* $id relative to a base without a scheme merges (RFC 3986). */
	expect("{\"$defs\":{\"a\":{\"$id\":\"dir/a.json\",\"$defs\":{\"b\":"
	    "{\"$id\":\"b.json\",\"type\":\"string\"}}}},"
	    "\"$ref\":\"dir/b.json\"}", "1", JS_INVALID,
	    "1 is not of type 'string'", "[]", "[\"type\"]", "type");
	/* ECMA-262's \S, inside a class too, knows Unicode spaces. */
	expect("{\"pattern\":\"^[\\\\Sx]$\"}", "\"\\u00a0\"", JS_INVALID,
	    "'\\xa0' does not match '^[\\\\Sx]$'", "[]", "[\"pattern\"]",
	    "pattern");
	expect("{\"pattern\":\"^[\\\\S]$\"}", "\"\\u00e9\"", JS_OK, NULL, NULL,
	    NULL, NULL);
	/* The limits say which one was reached. */
	expect("{\"$ref\":\"#\"}", "1", JS_LIMIT,
	    "schema or instance nested too deeply", NULL, NULL, NULL);
	/* An exponent past any long: saturated, no overflow (UBSan). */
	expect("{\"multipleOf\":2}", "1e-99999999999999999999999", JS_INVALID,
	    "0.0 is not a multiple of 2", "[]", "[\"multipleOf\"]",
	    "multipleOf");
	expect("{\"minimum\":0}", "-1e-99999999999999999999", JS_INVALID,
	    "-0.0 is less than the minimum of 0", "[]", "[\"minimum\"]",
	    "minimum");
	/* Numbers by their exact value, never through doubles. */
	expect("{\"maximum\":12345678901234567890}", "12345678901234567891",
	    JS_INVALID, "12345678901234567891 is greater than the maximum "
	    "of 12345678901234567890", "[]", "[\"maximum\"]", "maximum");
	expect("{\"multipleOf\":10}", "12345678901234567891", JS_INVALID,
	    "12345678901234567891 is not a multiple of 10", "[]",
	    "[\"multipleOf\"]", "multipleOf");
	expect("{\"multipleOf\":0.01}", "19.99", JS_OK, NULL, NULL, NULL,
	    NULL);
	/* ... but printed as Python prints what json.loads() read. */
	expect("{\"const\":[1e2,1.50,-0,0.00001,1e16,1e15,2.5e-3,"
	    "123456789012345678901234567890]}", "0", JS_INVALID,
	    "[100.0, 1.5, 0, 1e-05, 1e+16, 1000000000000000.0, 0.0025, "
	    "123456789012345678901234567890] was expected", "[]",
	    "[\"const\"]", "const");
	expect("{\"type\":\"integer\"}", "1.0", JS_OK, NULL, NULL, NULL,
	    NULL);
	expect("{\"const\":\"a\\u0000b\"}", "\"a\\u0000b\"", JS_OK, NULL,
	    NULL, NULL, NULL);
	expect("{\"maxLength\":3}", "\"\\u0000\u00e9\U0001F600\"", JS_OK,
	    NULL, NULL, NULL, NULL);
}

/* Python's check_schema() against Draft 7's meta-schema (Kinto's). */
static void
check(const char *schema, enum js_rc want, const char *message,
    const char *path)
{
	struct js_error	 err = { 0 };
	cJSON		*sj = parse(schema);
	char		*p;

	T_INT(js_check_schema(sj, JS_DRAFT7, &err), want);
	T_STR(err.message, message);
	if (want == JS_BAD_SCHEMA) {
		p = json_print(err.path, NULL);
		T_STR(p, path);
		free(p);
	}
	js_error_free(&err);
	cJSON_Delete(sj);
}

static void
test_check_schema(void)
{
	check("{\"type\":\"object\",\"properties\":{\"a\":"
	    "{\"type\":\"string\"}}}", JS_OK, NULL, NULL);
	check("{\"type\":\"foo\"}", JS_BAD_SCHEMA,
	    "'foo' is not valid under any of the given schemas", "[\"type\"]");
	check("{\"properties\":{\"a\":{\"minLength\":-1}}}", JS_BAD_SCHEMA,
	    "-1 is less than the minimum of 0",
	    "[\"properties\",\"a\",\"minLength\"]");
	check("{\"required\":\"a\"}", JS_BAD_SCHEMA,
	    "'a' is not of type 'array'", "[\"required\"]");
	check("{\"pattern\":\"(\"}", JS_BAD_SCHEMA,
	    "'(' is not a 'regex'", "[\"pattern\"]");
	check("{\"pattern\":\"^[a-z]+$\"}", JS_OK, NULL, NULL);
	check("true", JS_OK, NULL, NULL);
	/* Draft 7's "items" is an anyOf: the error stops there. */
	check("{\"items\":[{\"type\":1}]}", JS_BAD_SCHEMA,
	    "[{'type': 1}] is not valid under any of the given schemas",
	    "[\"items\"]");
}

int
main(int argc, char **argv)
{
	int	 i;

	json_init();
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-v") == 0)
			verbose = true;
		else
			only = argv[i];
	}
	if ((suite = getenv("JSONSCHEMA_TESTS")) == NULL)
		suite = "../shared/jsonschema-tests";
	run_draft("draft7", JS_DRAFT7);
	run_draft("draft2020-12", JS_DRAFT2020);
	if (only == NULL) {
		test_messages();
		test_check_schema();
	}
	return t_report();
}
