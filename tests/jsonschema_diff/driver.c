/*
 * driver.c — core/jsonschema.h on one case per line, for diff.py: reads
 * {"schema": ..., "instance": ..., "draft": 7 | 2020, "check": bool} and
 * writes {"rc": N, "message", "path", "schema_path", "validator"} (the
 * members of the js_error there is).  "check" runs js_check_schema()
 * against Draft 7's meta-schema, as Kinto does.
 */
#include <stdio.h>
#include <stdlib.h>

#include "core/json.h"
#include "core/jsonschema.h"
#include "core/util.h"

static enum js_rc
run(const cJSON *c, struct js_error *err)
{
	const cJSON		*schema = cJSON_GetObjectItem(c, "schema");
	struct js_schema	*s = NULL;
	enum js_draft		 draft;
	enum js_rc		 rc;

	if (cJSON_IsTrue(cJSON_GetObjectItem(c, "check")))
		return js_check_schema(schema, JS_DRAFT7, err);
	draft = cJSON_GetObjectItem(c, "draft")->valueint == 7 ? JS_DRAFT7 :
	    JS_DRAFT2020;
	rc = js_compile(schema, draft, NULL, NULL, &s, err);
	if (rc == JS_OK)
		rc = js_validate(s, cJSON_GetObjectItem(c, "instance"), err);
	js_free(s);
	return rc;
}

int
main(void)
{
	struct js_error	 err = { 0 };
	cJSON		*c, *out;
	char		*line = NULL, *text;
	size_t		 cap = 0;
	ssize_t		 n;

	json_init();
	while ((n = getline(&line, &cap, stdin)) > 0) {
		if (json_parse(line, (size_t)n, 1000, &c, NULL) != JSON_OK) {
			puts("{\"rc\": -1}");
			continue;
		}
		out = cJSON_CreateObject();
		json_add_int(out, "rc", run(c, &err));
		if (err.message != NULL)
			cJSON_AddItemToObject(out, "message",
			    json_new_string(err.message));
		if (err.path != NULL)
			cJSON_AddItemToObject(out, "path",
			    cJSON_Duplicate(err.path, true));
		if (err.schema_path != NULL)
			cJSON_AddItemToObject(out, "schema_path",
			    cJSON_Duplicate(err.schema_path, true));
		if (err.keyword != NULL)
			cJSON_AddItemToObject(out, "validator",
			    json_new_string(err.keyword));
		text = json_print(out, NULL);
		puts(text);
		fflush(stdout);
		free(text);
		js_error_free(&err);
		cJSON_Delete(out);
		cJSON_Delete(c);
	}
	free(line);
	return 0;
}
