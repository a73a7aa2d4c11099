/*
 * t_errors.c — Kinto's errors as core builds them: the validation
 * message rule of errors.md, the error responses (Retry-After, info),
 * storage failures as errnos, and basicauth user ids (auth.md).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/auth.h"
#include "core/config.h"
#include "core/errors.h"
#include "core/json.h"
#include "core/request.h"
#include "core/util.h"
#include "storage/storage.h"
#include "tests/t.h"

/* The string member key of obj, or NULL. */
static const char *
jstr(const cJSON *obj, const char *key)
{
	const cJSON	*v = cJSON_GetObjectItemCaseSensitive(obj, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int64_t
jint(const cJSON *obj, const char *key)
{
	const cJSON	*v = cJSON_GetObjectItemCaseSensitive(obj, key);

	return cJSON_IsNumber(v) ? (int64_t)v->valuedouble : -12345;
}

/* One problem through error_respond_invalid(): its message. */
static void
msg_at(const struct config *cfg, const char *location, const char *name,
    const char *description, const char *want, int line)
{
	struct response	 resp;
	struct verrors	 ve = { NULL, 0 };
	const char	*got;

	response_init(&resp);
	verrors_add(&ve, location, name, "%s", description);
	error_respond_invalid(cfg, &resp, KERR_INVALID, &ve);
	got = jstr(resp.json, "message");
	if (got == NULL || strcmp(got, want) != 0)
		fprintf(stderr, "line %d:\n", line);
	T_STR(got, want);
	response_free(&resp);
}

#define MSG(cfg, l, n, d, w)	msg_at((cfg), (l), (n), (d), (w), __LINE__)

static void
t_errors(void)
{
	struct config	 cfg, nolink;
	struct response	 resp;
	struct verrors	 ve = { NULL, 0 };
	const cJSON	*details, *d;
	char		 err[256], *s;
	int		 e;
	static const struct {
		enum kerr	 e;
		int		 status, kerrno;
	} table[] = {
		{ KERR_INVALID, 400, 107 },
		{ KERR_BAD_PATH, 400, 107 },
		{ KERR_BAD_QUERY, 400, 107 },
		{ KERR_UNAUTHORIZED, 401, 104 },
		{ KERR_FORBIDDEN, 403, 121 },
		{ KERR_NOT_FOUND, 404, 111 },
		{ KERR_OBJECT_NOT_FOUND, 404, 110 },
		{ KERR_PARENT_NOT_FOUND, 404, 111 },
		{ KERR_VERSION, 404, 116 },
		{ KERR_METHOD, 405, 115 },
		{ KERR_NOT_ACCEPTABLE, 406, 107 },
		{ KERR_CONFLICT, 409, 122 },
		{ KERR_GONE, 410, 202 },
		{ KERR_PRECONDITION, 412, 114 },
		{ KERR_TOO_LARGE, 413, 113 },
		{ KERR_UNSUPPORTED_MEDIA, 415, 107 },
		{ KERR_INTERNAL, 500, 999 },
		{ KERR_BACKEND, 503, 201 },
	};
	size_t		 i;

	if (!config_load(&cfg, NULL, (char *[]){ NULL }, err, sizeof(err))) {
		fprintf(stderr, "config: %s\n", err);
		T(!"config");
		return;
	}
	if (!config_load(&nolink, NULL, (char *[]){ "KINTO_ERROR_INFO_LINK=",
	    "KINTO_RETRY_AFTER_SECONDS=30", NULL }, err, sizeof(err))) {
		fprintf(stderr, "config: %s\n", err);
		T(!"config");
		config_free(&cfg);
		return;
	}

	/* errors.md, "Validation errors": the message rule. */
	MSG(&cfg, "querystring", "v", "Invalid character 0x00",
	    "Invalid character 0x00");
	MSG(&cfg, "querystring", "in_v", "Invalid character 0x00",
	    "in_v in querystring: Invalid character 0x00");
	MSG(&cfg, "body", "", "anything", "anything");
	MSG(&cfg, "body", "n", "'a' is not of type 'integer'",
	    "'a' is not of type 'integer'");
	MSG(&cfg, "body", "data.name", "42 is not a string: {'name': ''}",
	    "data.name in body: 42 is not a string: {'name': ''}");
	MSG(&cfg, "body", "requests", "Number of requests is limited to 25",
	    "Number of requests is limited to 25");
	MSG(&cfg, "body", "requests",
	    "Recursive call on /batch endpoint is forbidden.",
	    "requests in body: Recursive call on /batch endpoint is "
	    "forbidden.");
	MSG(&cfg, "path", NULL, "Invalid object id", "path: Invalid object id");
	MSG(&cfg, "querystring", NULL, "_token has invalid content",
	    "querystring: _token has invalid content");
	MSG(&cfg, "querystring", "_limit", "\"abc\" is not a number",
	    "_limit in querystring: \"abc\" is not a number");
	MSG(&cfg, "querystring", "_since", "Invalid value for _since",
	    "Invalid value for _since");
	MSG(&cfg, "header", "If-Match",
	    "The value should be integer between double quotes.",
	    "If-Match in header: The value should be integer between double "
	    "quotes.");
	MSG(&cfg, "header", "Origin", "http://evil.example not allowed",
	    "Origin in header: http://evil.example not allowed");
	MSG(&cfg, "body", "data", "Required", "data in body: Required");
	/* A substring, case-sensitive. */
	MSG(&cfg, "body", "Data", "data is wrong",
	    "Data in body: data is wrong");
	MSG(&cfg, "body", "id", "Invalid id", "Invalid id");

	/* Details sorted by name, null as "None"; the first one speaks. */
	verrors_add(&ve, "body", "b", "second %d", 2);
	verrors_add(&ve, "path", NULL, "null name");
	verrors_add(&ve, "querystring", "a", "lower a");
	verrors_add(&ve, "header", "Z", "upper z");
	verrors_add(&ve, "body", "O", "after None");
	verrors_add(&ve, "body", "N", "ahead of the null");
	verrors_add(&ve, "body", "None", "a real None, after the null");
	verrors_add(&ve, "body", "b", "stable: after second");
	response_init(&resp);
	error_respond_invalid(&cfg, &resp, KERR_INVALID, &ve);
	T_INT(ve.n, 0);
	T(ve.v == NULL);
	T_INT(resp.status, 400);
	T_INT(resp.kinto_errno, 107);
	T_INT(jint(resp.json, "code"), 400);
	T_INT(jint(resp.json, "errno"), 107);
	T_STR(jstr(resp.json, "error"), "Invalid parameters");
	T_STR(jstr(resp.json, "message"), "N in body: ahead of the null");
	T(cJSON_GetObjectItemCaseSensitive(resp.json, "info") == NULL);
	T_STR(response_header(&resp, "Retry-After"), NULL);
	T_STR(response_header(&resp, "Content-Type"), "application/json");
	details = cJSON_GetObjectItemCaseSensitive(resp.json, "details");
	T(cJSON_IsArray(details));
	T_INT(cJSON_GetArraySize(details), 8);
	if (cJSON_GetArraySize(details) == 8) {
		static const char *const order[] = { "ahead of the null",
		    "null name", "a real None, after the null", "after None",
		    "upper z", "lower a", "second 2",
		    "stable: after second" };

		for (i = 0; i < 8; i++) {
			d = cJSON_GetArrayItem(details, (int)i);
			T_STR(jstr(d, "description"), order[i]);
		}
		d = cJSON_GetArrayItem(details, 1);
		T(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(d, "name")));
		T_STR(jstr(d, "location"), "path");
		d = cJSON_GetArrayItem(details, 2);
		T_STR(jstr(d, "name"), "None");
	}
	response_free(&resp);

	/* The whole body, in Kinto's key order. */
	response_init(&resp);
	verrors_add(&ve, "body", "data.name", "42 is not a string: %s",
	    "{'name': ''}");
	error_respond_invalid(&cfg, &resp, KERR_INVALID, &ve);
	s = json_print(resp.json, NULL);
	T_STR(s, "{\"code\":400,\"errno\":107,\"error\":\"Invalid parameters\","
	    "\"message\":\"data.name in body: 42 is not a string: "
	    "{'name': ''}\",\"details\":[{\"location\":\"body\","
	    "\"name\":\"data.name\",\"description\":\"42 is not a string: "
	    "{'name': ''}\"}]}");
	free(s);
	response_free(&resp);

	/* A null name first: "<location>: <description>". */
	response_init(&resp);
	verrors_add(&ve, "querystring", "zz", "later");
	verrors_add(&ve, "querystring", NULL, "Unknown sort field 'movie'");
	error_respond_invalid(&cfg, &resp, KERR_INVALID, &ve);
	T_STR(jstr(resp.json, "message"),
	    "querystring: Unknown sort field 'movie'");
	response_free(&resp);

	/* 406 and 415 use the same construction. */
	response_init(&resp);
	verrors_add(&ve, "header", "Accept",
	    "Accept header should be one of ['application/json']");
	error_respond_invalid(&cfg, &resp, KERR_NOT_ACCEPTABLE, &ve);
	T_INT(resp.status, 406);
	T_INT(jint(resp.json, "code"), 406);
	T_INT(jint(resp.json, "errno"), 107);
	T_STR(jstr(resp.json, "message"),
	    "Accept header should be one of ['application/json']");
	verrors_add(&ve, "header", "Content-Type",
	    "Content-Type header should be one of ['application/json']");
	error_respond_invalid(&cfg, &resp, KERR_UNSUPPORTED_MEDIA, &ve);
	T_INT(resp.status, 415);
	T_INT(jint(resp.json, "code"), 415);
	T_INT(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(resp.json,
	    "details")), 1);
	response_free(&resp);

	/* The table; Retry-After on 503 and 409 only; info on 500 only. */
	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		e = table[i].e;
		T_INT(kerr_status(e), table[i].status);
		T_INT(kerr_errno(e), table[i].kerrno);
		response_init(&resp);
		response_add_header(&resp, "Retry-After", "old");
		response_del_header(&resp, "Retry-After");
		error_respond(&cfg, &resp, e, NULL, NULL);
		T_INT(resp.status, table[i].status);
		T_INT(resp.kinto_errno, table[i].kerrno);
		T_INT(jint(resp.json, "code"), table[i].status);
		T_INT(jint(resp.json, "errno"), table[i].kerrno);
		T(jstr(resp.json, "error") != NULL);
		T(cJSON_GetObjectItemCaseSensitive(resp.json, "details") ==
		    NULL);
		if (e == KERR_BACKEND || e == KERR_CONFLICT)
			T_STR(response_header(&resp, "Retry-After"), "3");
		else
			T_STR(response_header(&resp, "Retry-After"), NULL);
		if (e == KERR_INTERNAL)
			T_STR(jstr(resp.json, "info"),
			    "https://github.com/Kinto/kinto/issues/");
		else
			T(cJSON_GetObjectItemCaseSensitive(resp.json,
			    "info") == NULL);
		response_free(&resp);

		response_init(&resp);
		error_respond(&nolink, &resp, e, "custom", NULL);
		T_STR(jstr(resp.json, "message"), "custom");
		T(cJSON_GetObjectItemCaseSensitive(resp.json, "info") == NULL);
		if (e == KERR_BACKEND || e == KERR_CONFLICT)
			T_STR(response_header(&resp, "Retry-After"), "30");
		else
			T_STR(response_header(&resp, "Retry-After"), NULL);
		response_free(&resp);
	}
	T_INT(kerr_status(KERR_OK), 200);

	/* Exact fixed messages (errors.md). */
	response_init(&resp);
	error_respond(&cfg, &resp, KERR_UNAUTHORIZED, NULL, NULL);
	s = json_print(resp.json, NULL);
	T_STR(s, "{\"code\":401,\"errno\":104,\"error\":\"Unauthorized\","
	    "\"message\":\"Please authenticate yourself to use this "
	    "endpoint.\"}");
	free(s);
	error_respond(&cfg, &resp, KERR_INTERNAL, NULL, NULL);
	s = json_print(resp.json, NULL);
	T_STR(s, "{\"code\":500,\"errno\":999,\"error\":\"Internal Server "
	    "Error\",\"message\":\"A programmatic error occurred, developers "
	    "have been informed.\",\"info\":\"https://github.com/Kinto/kinto/"
	    "issues/\"}");
	free(s);
	/* A second error replaces the first, Retry-After not duplicated. */
	error_respond(&cfg, &resp, KERR_BACKEND, NULL, NULL);
	error_respond(&cfg, &resp, KERR_CONFLICT, NULL, NULL);
	T_INT(resp.status, 409);
	T_INT(resp.nheaders, 2);	/* Content-Type, Retry-After */
	/* No message in the table and none given: no "message". */
	error_respond(&cfg, &resp, KERR_OBJECT_NOT_FOUND, NULL,
	    json_new_string("taken over"));
	T(cJSON_GetObjectItemCaseSensitive(resp.json, "message") == NULL);
	T_STR(jstr(resp.json, "details"), "taken over");
	response_free(&resp);

	config_free(&nolink);
	config_free(&cfg);
}

static void
t_auth(void)
{
	static const struct {
		const char	*secret, *cred, *want;
	} v[] = {
		{ "", "mat:secret", "basicauth:8a931a10fc88ab2f6d1cc02a07d3a81b"
		    "5d4768f6f13e85c5d8d4180419acb1b4" },
		{ "", "alice:secret",
		    "basicauth:d5b0026601f1b251974e09548d44155e"
		    "16812e3c64ff7ae053fe3542e2ca1570" },
		{ "", "bob:secret", "basicauth:c031ced27503f788b102ca54269a062e"
		    "c73794bb075154c74a0d4311e74ca8b6" },
		{ "mysecret", "alice:s3cr3t",
		    "basicauth:09ac63305801907528f28ee0"
		    "55ac41a382e20e958971466c1b9424c17e4cf091" },
	};
	size_t	 i;
	char	*uid, *other;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		uid = auth_basic_userid(v[i].secret, v[i].cred,
		    strlen(v[i].cred));
		T_STR(uid, v[i].want);
		free(uid);
	}
	/* len counts, not a NUL; a NULL secret is the empty one. */
	uid = auth_basic_userid(NULL, "alice:secret:tail", 12);
	T_STR(uid, v[1].want);
	free(uid);
	/* Another secret, another user. */
	uid = auth_basic_userid("x", "alice:secret", 12);
	T(strcmp(uid, v[1].want) != 0);
	T_INT(strlen(uid), 10 + 64);
	other = auth_basic_userid("x", "alice:secreT", 12);
	T(strcmp(uid, other) != 0);
	free(other);
	free(uid);
	/* An embedded NUL is part of the credentials. */
	uid = auth_basic_userid("", "a\0b", 3);
	other = auth_basic_userid("", "a", 1);
	T(strcmp(uid, other) != 0);
	free(other);
	free(uid);
}

/* Storage failures become Kinto's errors (DESIGN.md, "Storage layout"). */
static void
t_storage_errors(void)
{
	struct config	 cfg;
	struct response	 resp;
	char		 err[256];

	T(config_load(&cfg, NULL, (char *[]){ NULL }, err, sizeof(err)));
	T_INT(kerr_from_st(ST_OK), KERR_OK);
	T_INT(kerr_from_st(ST_NOTFOUND), KERR_OBJECT_NOT_FOUND);
	T_INT(kerr_from_st(ST_CONFLICT), KERR_CONFLICT);
	T_INT(kerr_from_st(ST_EXISTS), KERR_CONFLICT);
	T_INT(kerr_from_st(ST_EBACKEND), KERR_BACKEND);
	T_INT(kerr_from_st(ST_EINVAL), KERR_INTERNAL);
	/* A lock still busy after the timeout: 503 errno 201, Retry-After. */
	response_init(&resp);
	error_respond(&cfg, &resp, kerr_from_st(ST_BUSY), NULL, NULL);
	T_INT(resp.status, 503);
	T_INT(resp.kinto_errno, 201);
	T_STR(response_header(&resp, "Retry-After"), "3");
	response_free(&resp);
	config_free(&cfg);
}

int
main(void)
{
	json_init();
	t_errors();
	t_auth();
	t_storage_errors();
	return t_report();
}
