/*
 * t_json.c — core/json: exact round trips, every rejection, depth
 * limits, duplicate keys, equality and the protocol's total order.
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "tests/t.h"

#define DEPTH	64

/* Parses s (which must be valid) or returns NULL. */
static cJSON *
P(const char *s)
{
	cJSON	*v = NULL;

	if (json_parse(s, strlen(s), DEPTH, &v, NULL) != JSON_OK)
		fprintf(stderr, "cannot parse: %s\n", s);
	return v;
}

/* Parses in and checks that it prints as want (in itself if NULL). */
static void
rt(const char *in, const char *want)
{
	struct json_error	 e = { 0, NULL };
	cJSON			*v = NULL;
	enum json_rc		 rc;
	char			*s = NULL;

	rc = json_parse(in, strlen(in), DEPTH, &v, &e);
	if (rc != JSON_OK)
		fprintf(stderr, "rt %s: rc %d at %zu: %s\n", in, rc,
		    e.offset, e.message);
	T_INT(rc, JSON_OK);
	if (v != NULL)
		s = json_print(v, NULL);
	T_STR(s, want != NULL ? want : in);
	free(s);
	cJSON_Delete(v);
}

/* Parses in[0..len) and checks that it fails with rc (and msg). */
static void
rejn(const char *in, size_t len, enum json_rc want, const char *msg)
{
	struct json_error	 e = { 0, NULL };
	cJSON			*v = (cJSON *)&v;	/* not NULL */
	enum json_rc		 rc;

	rc = json_parse(in, len, DEPTH, &v, &e);
	if (rc != want)
		fprintf(stderr, "rej %.*s: rc %d, want %d (%s)\n",
		    (int)len, in, rc, want, e.message);
	T_INT(rc, want);
	T(v == NULL);
	T(e.message != NULL);
	T(e.offset <= len);
	if (msg != NULL)
		T_STR(e.message, msg);
}

static void
rej(const char *in, enum json_rc want)
{
	rejn(in, strlen(in), want, NULL);
}

/* The error offset and message for in. */
static void
err_at(const char *in, size_t len, size_t off, const char *msg)
{
	struct json_error	 e = { 0, NULL };
	cJSON			*v = NULL;

	T(json_parse(in, len, DEPTH, &v, &e) != JSON_OK);
	T_INT(e.offset, off);
	T_STR(e.message, msg);
}

static void
test_roundtrip(void)
{
	static const char *const same[] = {
		"12345678901234567890", "-0", "-0.0", "0.30000000000000004",
		"1.0", "1E2", "1e-400", "9007199254740993",
		"1.7976931348623157e308", "-1.7976931348623157e308",
		"4.9e-324", "1e+2", "-1E-2", "0", "0.000", "100e-2",
		"123456789012345678901234567890.123456789e-5",
		"\"\xc3\xa9\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\"",
		"\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001F\"", "\"a/b\"",
		"\"\x7f\"", "\"\xef\xbf\xbf\xf4\x8f\xbf\xbf\"",
		"true", "false", "null", "[]", "{}", "[[]]", "[{}]",
		"[1,[2,[3,{}]],{\"a\":{\"b\":[]}}]",
		"{\"k\":[true,false,null,\"s\",-1.5e+10],\"\":0}",
		"{\"a\\u0000\":\"\\u0000\"}",
	};
	cJSON	*v;
	size_t	 i;

	for (i = 0; i < sizeof(same) / sizeof(same[0]); i++)
		rt(same[i], NULL);

	/* Escapes that need not be come out plain. */
	rt("\"\\uD83D\\uDE00\"", "\"\xf0\x9f\x98\x80\"");
	rt("\"\\ud83d\\ude00\"", "\"\xf0\x9f\x98\x80\"");
	rt("\"\\u00e9\\u00C9\\u0041\\/\"", "\"\xc3\xa9\xc3\x89" "A/\"");
	rt("\"\\u20AC\\u0800\\u07FF\\u0080\"",
	    "\"\xe2\x82\xac\xe0\xa0\x80\xdf\xbf\xc2\x80\"");
	rt("\"\\u001f\\u007f\"", "\"\\u001F\x7f\"");
	rt(" \t\n\r[ 1 , 2 , { \"a\" : [ ] } ]\r\n ", "[1,2,{\"a\":[]}]");

	/* U+0000 is 0xC0 0x80 inside, so C strings still work. */
	v = P("\"a\\u0000b\"");
	T(v != NULL && cJSON_IsString(v));
	if (v != NULL) {
		T_INT(strlen(v->valuestring), 4);
		T(memcmp(v->valuestring, "a\xc0\x80" "b", 5) == 0);
	}
	cJSON_Delete(v);

	/* The convenience fields. */
	v = P("12345678901234567890");
	T(v != NULL && v->valuedouble == 12345678901234567890.0);
	T(v != NULL && v->valueint == INT_MAX);
	cJSON_Delete(v);
	v = P("-42");
	T(v != NULL && v->valueint == -42 && v->valuedouble == -42.0);
	cJSON_Delete(v);
	v = P("1e-400");
	T(v != NULL && v->valuedouble == 0.0);
	cJSON_Delete(v);

	/* The input need not be NUL-terminated. */
	v = NULL;
	T_INT(json_parse("1234", 3, DEPTH, &v, NULL), JSON_OK);
	T(v != NULL && strcmp(v->valuestring, "123") == 0);
	cJSON_Delete(v);
	v = NULL;
	T_INT(json_parse("12e5", 2, DEPTH, &v, NULL), JSON_OK);
	T(v != NULL && strcmp(v->valuestring, "12") == 0);
	cJSON_Delete(v);
	v = NULL;
	T_INT(json_parse("truex", 4, DEPTH, &v, NULL), JSON_OK);
	T(cJSON_IsTrue(v));
	cJSON_Delete(v);
	rejn("\"ab\"", 3, JSON_ESYNTAX, NULL);
	T_INT(json_parse(NULL, 0, DEPTH, &v, NULL), JSON_ESYNTAX);
	T(v == NULL);
	rejn("1.5", 2, JSON_ESYNTAX, NULL);
	rejn("\"\xc3\xa9\"", 2, JSON_EUTF8, NULL);
}

static void
test_reject(void)
{
	static const char *const syntax[] = {
		"", " \t\r\n", "01", "-01", "00", "+1", "1.", ".5", "-", "-.5",
		"1e", "1e+", "1E-", "1.e5", "0x10", "--1", "1.5e", "NaN",
		"Infinity", "-Infinity", "nan", "inf", "tru", "True", "nul",
		"NULL", "fals", "[1,]", "[,1]", "[1 2]", "[1,,2]", "[", "]",
		"{", "}", "[}", "{]", "{\"a\":1,}", "{,}", "{a:1}",
		"{\"a\" 1}", "{\"a\":}", "{\"a\":1 \"b\":2}", "{1:2}",
		"{\"a\":1]", "[1}", "\"abc", "\"\\", "\"\\x\"", "\"\\U0041\"",
		"\"\\u12G4\"", "\"\\u12\"", "\"\\u\"", "\"\\uD800\\u12G4\"",
		"\"\\'\"", "'a'", "\"a\x01" "b\"", "\"\t\"", "\"\n\"",
		"\"\x1f\"", "[1]x", "1 2", "{} {}", "[]]", "\"a\"\"b\"",
		"/* c */ 1", "1 // c", "\xef\xbb\xbf{}", "\xef\xbb\xbf",
		"\xc3\xa9", "\x80", "[\xff]", "\x0b" "1", "\x0c" "1", "1\x0b",
	};
	static const char *const utf8[] = {
		/* \u escapes naming half a surrogate pair */
		"\"\\uD800\"", "\"\\uDBFF\"", "\"\\uDC00\"", "\"\\uDFFF\"",
		"\"\\uD800\\u0041\"", "\"\\uD800x\"", "\"\\uDBFF\\uDBFF\"",
		"\"\\uDE00\\uD83D\"", "\"\\uD800\\n\"", "[\"\\uD83D\"]",
		/* stray continuation bytes */
		"\"\x80\"", "\"\xbf\"", "\"a\x80\x80\"",
		/* overlong forms, including our own U+0000 */
		"\"\xc0\x80\"", "\"\xc0\xaf\"", "\"\xc1\xbf\"",
		"\"\xe0\x80\x80\"", "\"\xe0\x9f\xbf\"",
		"\"\xf0\x80\x80\x80\"", "\"\xf0\x8f\xbf\xbf\"",
		/* surrogates in UTF-8 */
		"\"\xed\xa0\x80\"", "\"\xed\xbf\xbf\"",
		"\"\xed\xa0\xbd\xed\xb8\x80\"",
		/* above U+10FFFF, bytes never used */
		"\"\xf4\x90\x80\x80\"", "\"\xf5\x80\x80\x80\"",
		"\"\xf7\xbf\xbf\xbf\"", "\"\xf8\x88\x80\x80\x80\"",
		"\"\xfe\"", "\"\xff\"",
		/* cut short */
		"\"\xc3\"", "\"\xe2\x82\"", "\"\xf0\x9f\x98\"", "\"\xc3x\"",
		"\"\xe2\x82x\"", "\"\xf0\x9f\x98\\n\"",
		/* in a key, too */
		"{\"\xc0\x80\":1}", "{\"\xff\":1}",
	};
	static const char *const range[] = {
		"1e400", "-1e999", "[1e309]", "{\"a\":-1E+400}",
		"1.7976931348623159e308", "1e99999999999999999999",
	};
	static const char *const ok_utf8[] = {
		"\"\xc2\x80\"", "\"\xdf\xbf\"", "\"\xe0\xa0\x80\"",
		"\"\xed\x9f\xbf\"", "\"\xee\x80\x80\"", "\"\xef\xbf\xbf\"",
		"\"\xf0\x90\x80\x80\"", "\"\xf4\x8f\xbf\xbf\"",
		"\"\xf3\xbf\xbf\xbf\"",
	};
	struct buf	 big = { 0 };
	size_t		 i;

	for (i = 0; i < sizeof(syntax) / sizeof(syntax[0]); i++)
		rej(syntax[i], JSON_ESYNTAX);
	for (i = 0; i < sizeof(utf8) / sizeof(utf8[0]); i++)
		rej(utf8[i], JSON_EUTF8);
	for (i = 0; i < sizeof(range) / sizeof(range[0]); i++)
		rej(range[i], JSON_ERANGE);
	for (i = 0; i < sizeof(ok_utf8) / sizeof(ok_utf8[0]); i++)
		rt(ok_utf8[i], NULL);

	/* NUL bytes: not JSON outside strings, a control char inside. */
	rejn("1\0", 2, JSON_ESYNTAX, NULL);
	rejn("\0", 1, JSON_ESYNTAX, NULL);
	rejn("\"a\0b\"", 5, JSON_ESYNTAX, NULL);
	rejn("[1,\0]", 5, JSON_ESYNTAX, NULL);

	/* 400 digits overflow; 400 digits after the point do not. */
	buf_putc(&big, '1');
	for (i = 0; i < 400; i++)
		buf_putc(&big, '0');
	rej(big.data, JSON_ERANGE);
	buf_reset(&big);
	buf_puts(&big, "0.");
	for (i = 0; i < 400; i++)
		buf_putc(&big, '0');
	buf_putc(&big, '1');
	rt(big.data, NULL);
	buf_free(&big);
	/* Underflow keeps the text, even with a huge exponent. */
	rt("1e-99999999999999999999", NULL);
	rt("0e99999999999999999999", NULL);

	/* Where and what, in rapidjson's words. */
	err_at("", 0, 0, "The document is empty.");
	err_at("  ", 2, 2, "The document is empty.");
	err_at("\xef\xbb\xbf[]", 5, 0, "Invalid value.");
	err_at("[1,]", 4, 3, "Invalid value.");
	err_at("[1]x", 4, 3,
	    "The document root must not be followed by other values.");
	err_at("01", 2, 1,
	    "The document root must not be followed by other values.");
	err_at("{,}", 3, 1, "Missing a name for object member.");
	err_at("{\"a\":1,}", 8, 7, "Missing a name for object member.");
	err_at("{\"a\" 1}", 7, 5,
	    "Missing a colon after a name of object member.");
	err_at("{\"a\":1 2}", 9, 7,
	    "Missing a comma or '}' after an object member.");
	err_at("[1 2]", 5, 3, "Missing a comma or ']' after an array element.");
	err_at("[\"ab", 4, 4, "Missing a closing quotation mark in string.");
	err_at("\"a\\x\"", 5, 2, "Invalid escape character in string.");
	err_at("\"a\\u12G4\"", 9, 2,
	    "Incorrect hex digit after \\u escape in string.");
	err_at("\"a\\uD800\"", 9, 2,
	    "The surrogate pair in string is invalid.");
	err_at("\"a\xff\"", 4, 2, "Invalid encoding in string.");
	err_at("\"a\x01\"", 4, 2, "Invalid encoding in string.");
	err_at("[0, 1e400]", 10, 4, "Number too big to be stored in double.");
	err_at("1.", 2, 2, "Missing fraction part in number.");
	err_at("1e", 2, 2, "Missing exponent in number.");
}

/* "[[...]]" or {"a":{"a":...}} n deep, parsed with max_depth. */
static enum json_rc
nested(bool object, size_t n, int max_depth)
{
	struct buf	 b = { 0 };
	cJSON		*v = NULL;
	enum json_rc	 rc;
	size_t		 i;

	for (i = 0; i < n; i++)
		buf_puts(&b, object ? "{\"a\":" : "[");
	buf_puts(&b, "0");
	for (i = 0; i < n; i++)
		buf_putc(&b, object ? '}' : ']');
	rc = json_parse(b.data, b.len, max_depth, &v, NULL);
	T(rc == JSON_OK ? v != NULL : v == NULL);
	cJSON_Delete(v);
	buf_free(&b);
	return rc;
}

static void
test_depth(void)
{
	struct json_error	 e;
	struct buf		 b = { 0 };
	cJSON			*v = NULL;
	const char		*s;
	size_t			 i;

	T_INT(nested(false, 2, 2), JSON_OK);
	T_INT(nested(false, 3, 2), JSON_EDEPTH);
	T_INT(nested(false, 64, 64), JSON_OK);
	T_INT(nested(false, 65, 64), JSON_EDEPTH);
	T_INT(nested(true, 64, 64), JSON_OK);
	T_INT(nested(true, 65, 64), JSON_EDEPTH);
	T_INT(nested(false, 1000, 1000), JSON_OK);
	T_INT(nested(true, 1001, 1000), JSON_EDEPTH);
	T_INT(nested(false, 0, 0), JSON_OK);
	T_INT(nested(false, 1, 0), JSON_EDEPTH);
	T_INT(nested(false, 1, -1), JSON_EDEPTH);
	T_INT(nested(false, 100000, 1000), JSON_EDEPTH);
	T_INT(nested(true, 100000, 1000), JSON_EDEPTH);
	/* Siblings do not add up: depth is nesting, not count. */
	s = "[[],[1,[]],{\"a\":[]},[]]";
	T_INT(json_parse(s, strlen(s), 3, &v, NULL), JSON_OK);
	cJSON_Delete(v);
	T_INT(json_parse(s, strlen(s), 2, &v, NULL), JSON_EDEPTH);
	T_INT(json_parse("[[[]]]", 6, 2, &v, &e), JSON_EDEPTH);
	T_INT(e.offset, 2);
	T_STR(e.message, "Nesting too deep.");
	/* Unclosed and deep, the error is still depth, at the bracket. */
	for (i = 0; i < 100000; i++)
		buf_putc(&b, '[');
	T_INT(json_parse(b.data, b.len, 1000, &v, &e), JSON_EDEPTH);
	T_INT(e.offset, 1000);
	T(v == NULL);
	/* With a huge limit the unclosed input is a syntax error. */
	T_INT(json_parse(b.data, b.len, INT_MAX, &v, &e), JSON_ESYNTAX);
	T(v == NULL);
	buf_free(&b);
}

static void
test_duplicates(void)
{
	struct buf	 b = { 0 };
	cJSON		*v;
	char		*s;
	int		 i;

	rt("{\"a\":1,\"b\":2,\"a\":3}", "{\"a\":3,\"b\":2}");
	rt("{\"a\":1,\"a\":2,\"a\":3}", "{\"a\":3}");
	rt("{\"a\":{\"x\":1},\"b\":0,\"a\":{\"y\":2}}",
	    "{\"a\":{\"y\":2},\"b\":0}");
	rt("[{\"a\":1,\"a\":[1,{\"b\":1,\"b\":2}]}]",
	    "[{\"a\":[1,{\"b\":2}]}]");
	rt("{\"a\\u0000\":1,\"a\":2,\"a\\u0000\":3}",
	    "{\"a\\u0000\":3,\"a\":2}");
	rt("{\"\\u00e9\":1,\"\xc3\xa9\":2}", "{\"\xc3\xa9\":2}");

	/* The list stays well formed: count, and appending after. */
	v = P("{\"a\":1,\"b\":2,\"a\":3,\"b\":4,\"c\":5,\"c\":6}");
	T_INT(cJSON_GetArraySize(v), 3);
	cJSON_AddItemToObject(v, "d", cJSON_CreateTrue());
	s = json_print(v, NULL);
	T_STR(s, "{\"a\":3,\"b\":4,\"c\":6,\"d\":true}");
	free(s);
	cJSON_Delete(v);

	/* Large objects take the sorting path. */
	buf_putc(&b, '{');
	for (i = 0; i < 40; i++)
		buf_printf(&b, "\"k%d\":%d,", i, i);
	buf_puts(&b, "\"k5\":\"x\",\"k0\":[1],\"k39\":null,\"k5\":\"y\"}");
	v = P(b.data);
	T_INT(cJSON_GetArraySize(v), 40);
	s = json_print(v, NULL);
	buf_reset(&b);
	buf_puts(&b, "{\"k0\":[1]");
	for (i = 1; i < 40; i++)
		if (i == 5)
			buf_puts(&b, ",\"k5\":\"y\"");
		else if (i == 39)
			buf_puts(&b, ",\"k39\":null");
		else
			buf_printf(&b, ",\"k%d\":%d", i, i);
	buf_putc(&b, '}');
	T_STR(s, b.data);
	free(s);
	cJSON_AddItemToObject(v, "z", cJSON_CreateNull());
	T_INT(cJSON_GetArraySize(v), 41);
	T(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(v, "z")));
	cJSON_Delete(v);
	buf_free(&b);
}

static void
test_builders(void)
{
	cJSON	*v, *w, *o;
	char	*s;
	size_t	 len;

#define PRINTS(node, want) do {						\
	cJSON *t_v = (node);						\
	char *t_s = t_v != NULL ? json_print(t_v, NULL) : NULL;		\
	T_STR(t_s, want);						\
	free(t_s);							\
	cJSON_Delete(t_v);						\
} while (0)

	PRINTS(json_new_int(INT64_MIN), "-9223372036854775808");
	PRINTS(json_new_int(INT64_MAX), "9223372036854775807");
	PRINTS(json_new_int(0), "0");
	PRINTS(json_new_int(-1), "-1");
	PRINTS(json_new_number_text("1.50"), "1.50");
	PRINTS(json_new_number_text("-0.0E-0"), "-0.0E-0");
	PRINTS(json_new_number_text("12345678901234567890"),
	    "12345678901234567890");
	T(json_new_number_text("01") == NULL);
	T(json_new_number_text("+1") == NULL);
	T(json_new_number_text("") == NULL);
	T(json_new_number_text(" 1") == NULL);
	T(json_new_number_text("1 ") == NULL);
	T(json_new_number_text("1.") == NULL);
	T(json_new_number_text("NaN") == NULL);
	T(json_new_number_text("1e400") == NULL);
	T(json_new_number_text(NULL) == NULL);
	PRINTS(cJSON_CreateNumber(0.1), "0.1");
	PRINTS(cJSON_CreateNumber(0.1 + 0.2), "0.30000000000000004");
	PRINTS(cJSON_CreateNumber(1e300), "1e+300");
	PRINTS(cJSON_CreateNumber(-2.5), "-2.5");
	PRINTS(cJSON_CreateNumber(5e-324), "4.94065645841247e-324");

	/* Numbers made by cJSON have no text: printed from the double. */
	PRINTS(cJSON_CreateNumber(3.0), "3");
	PRINTS(cJSON_CreateNumber(-0.0), "-0");
	PRINTS(cJSON_CreateNumber(0.5), "0.5");
	PRINTS(cJSON_CreateNumber(1e20), "1e+20");
	PRINTS(cJSON_CreateNumber(9007199254740992.0), "9007199254740992");
	PRINTS(cJSON_CreateNumber(-9007199254740991.0), "-9007199254740991");
	PRINTS(cJSON_CreateNumber(1.0 / 3), "0.3333333333333333");
	PRINTS(cJSON_CreateNumber(NAN), "null");
	PRINTS(cJSON_CreateNumber(-INFINITY), "null");

	/* Strings from C, in modified UTF-8 too; control characters. */
	PRINTS(json_new_string("a\xc0\x80" "b"), "\"a\\u0000b\"");
	PRINTS(cJSON_CreateString("\x01\x1f\x7f/\"\\"),
	    "\"\\u0001\\u001F\x7f/\\\"\\\\\"");
	PRINTS(cJSON_CreateString("\xc0"), "\"\xc0\"");
	PRINTS(cJSON_CreateRaw("[1, 2]"), "[1, 2]");

	o = cJSON_CreateObject();
	T(json_add_int(o, "last_modified", INT64_C(1700000000123)) != NULL);
	T(cJSON_AddStringToObject(o, "id", "r\xc0\x80") != NULL);
	cJSON_AddItemToObject(o, "n", cJSON_CreateNumber(2));
	T(json_add_int(NULL, "x", 1) == NULL);
	T(json_add_int(cJSON_GetObjectItem(o, "id"), "x", 1) == NULL);
	s = json_print(o, &len);
	T_STR(s, "{\"last_modified\":1700000000123,\"id\":\"r\\u0000\","
	    "\"n\":2}");
	T_INT(len, strlen(s));
	free(s);
	T(json_equal(o, o));
	cJSON_Delete(o);

	/* Duplicates carry the text; NULL prints null. */
	v = P("{\"a\":[12345678901234567890,\"\\u0000\",1e-400,{}],"
	    "\"b\":0.30000000000000004}");
	w = cJSON_Duplicate(v, true);
	s = json_print(w, NULL);
	T_STR(s, "{\"a\":[12345678901234567890,\"\\u0000\",1e-400,{}],"
	    "\"b\":0.30000000000000004}");
	free(s);
	T(json_equal(v, w));
	T_INT(json_compare(v, w), 0);
	cJSON_Delete(v);
	cJSON_Delete(w);
	s = json_print(NULL, NULL);
	T_STR(s, "null");
	free(s);

	T_STR(json_strerror(JSON_OK), "success");
	T_STR(json_strerror(JSON_EUTF8), "invalid UTF-8");
	T_STR(json_strerror(JSON__MAX), "unknown error");
#undef PRINTS
}

static bool
eq(const char *a, const char *b)
{
	cJSON	*x = P(a), *y = P(b);
	bool	 r;

	r = json_equal(x, y);
	/* Equality and the order must agree. */
	T((json_compare(x, y) == 0) == r);
	T(json_equal(y, x) == r);
	cJSON_Delete(x);
	cJSON_Delete(y);
	return r;
}

static int
cmp(const char *a, const char *b)
{
	cJSON	*x = P(a), *y = P(b);
	int	 c, d;

	c = json_compare(x, y);
	d = json_compare(y, x);
	T((c < 0 && d > 0) || (c > 0 && d < 0) || (c == 0 && d == 0));
	cJSON_Delete(x);
	cJSON_Delete(y);
	return c;
}

static int
ncmp(const char *a, const char *b)
{
	int	 c = json_number_text_cmp(a, b);

	return (c > 0) - (c < 0);
}

static void
test_equal(void)
{
	cJSON	*x, *y;

	T(eq("2", "2.0"));
	T(eq("2", "2e0"));
	T(eq("1e2", "100"));
	T(eq("100", "1000e-1"));
	T(eq("-0", "0"));
	T(eq("0.0", "-0e5"));
	T(eq("1.5", "15e-1"));
	T(eq("0.001", "1E-3"));
	T(eq("1e-400", "10e-401"));
	T(!eq("1e-400", "0"));
	T(!eq("12345678901234567890", "12345678901234567891"));
	T(!eq("9007199254740993", "9007199254740992"));
	T(!eq("0.30000000000000004", "0.3"));
	T(!eq("1", "\"1\""));
	T(!eq("true", "false"));
	T(!eq("0", "false"));
	T(!eq("null", "false"));
	T(eq("null", "null"));
	T(eq("\"a\"", "\"a\""));
	T(!eq("\"a\\u0000\"", "\"a\""));
	T(eq("\"\\u00e9\"", "\"\xc3\xa9\""));
	T(eq("[1,[2.0]]", "[1.0,[2]]"));
	T(!eq("[1,2]", "[2,1]"));
	T(!eq("[1,2]", "[1,2,3]"));
	T(!eq("[]", "{}"));
	T(eq("{\"a\":1,\"b\":[1,2]}", "{\"b\":[1.0,2e0],\"a\":1}"));
	T(!eq("{\"a\":1}", "{\"a\":1,\"b\":2}"));
	T(!eq("{\"a\":1}", "{\"b\":1}"));
	T(eq("{\"a\":{\"b\":{}}}", "{\"a\":{\"b\":{}}}"));
	T(json_equal(NULL, NULL));

	/* Text-less numbers compare by their double. */
	x = cJSON_CreateNumber(2);
	y = P("2.00");
	T(json_equal(x, y));
	cJSON_Delete(x);
	cJSON_Delete(y);

	T(cmp("10", "9.5") > 0);
	T(cmp("-10", "-9.5") < 0);
	T(cmp("-1", "0") < 0);
	T(cmp("1e-400", "0") > 0);
	T(cmp("-1e-400", "-0") < 0);
	T(cmp("1e-400", "1e-399") < 0);
	T(cmp("0.001", "0.01") < 0);
	T(cmp("100", "99.999") > 0);
	T(cmp("12345678901234567891", "12345678901234567890") > 0);
	T(cmp("123456789012345678901234567890",
	    "1.2345678901234567890123456789e29") == 0);
	T(cmp("\"B\"", "\"abc\"") < 0);
	T(cmp("\"\"", "\"a\"") < 0);
	T(cmp("\"ab\"", "\"abc\"") < 0);
	T(cmp("\"\\u0000\"", "\"\\u0001\"") < 0);
	T(cmp("\"\\u0000\"", "\"\"") > 0);
	T(cmp("\"a\\u0000\"", "\"a\"") > 0);
	T(cmp("\"a\\u0000\"", "\"a\\u0001\"") < 0);
	T(cmp("\"\\u0000z\"", "\"A\"") < 0);
	T(cmp("\"\\u007f\"", "\"\\u0080\"") < 0);
	T(cmp("\"\xc3\xa9\"", "\"z\"") > 0);
	T(cmp("\"\\uFFFF\"", "\"\\uD83D\\uDE00\"") < 0);
	T(cmp("null", "\"\"") < 0);
	T(cmp("\"z\"", "-1e300") < 0);
	T(cmp("1e300", "false") < 0);
	T(cmp("false", "true") < 0);
	T(cmp("true", "[]") < 0);
	T(cmp("[{}]", "{}") < 0);
	T(cmp("[1,2]", "[1,3]") < 0);
	T(cmp("[1,2]", "[1,2,0]") < 0);
	T(cmp("[2]", "[1,2]") > 0);
	T(cmp("{\"a\":1}", "{\"a\":2}") < 0);
	T(cmp("{\"a\":1}", "{\"b\":0}") < 0);
	T(cmp("{\"a\":1}", "{\"a\":1,\"b\":0}") < 0);
	T(cmp("{\"b\":1,\"a\":1}", "{\"a\":1.0,\"b\":1}") == 0);
	T(json_compare(NULL, NULL) == 0);

	T(ncmp("1", "1.0") == 0);
	T(ncmp("-0.0e-5", "0") == 0);
	T(ncmp("0.5", "0.49999999999999999999999") > 0);
	T(ncmp("-0.5", "-0.49999999999999999999999") < 0);
	T(ncmp("1e-99999999999999999999", "0") > 0);
	T(ncmp("1e-99999999999999999999", "1e-99999999999999999998") == 0);
	T(ncmp("1e-17", "1e-16") < 0);
	T(ncmp("1e999999999999999998", "1e999999999999999999") < 0);
	T(ncmp("10e17", "1e18") == 0);
	T(ncmp("", "0") == 0);
	T(ncmp("abc", "-0") == 0);
	T(ncmp("5abc", "5") == 0);
}

static int
qcmp(const void *a, const void *b)
{
	return json_compare(*(const cJSON *const *)a,
	    *(const cJSON *const *)b);
}

static void
test_order(void)
{
	static const char want[] = "[null,\"\",\"2\",\"B\",\"abc\",1.0,2,2.5,"
	    "10,false,true,[],[1,2],{\"x\":1}]";
	cJSON		*v, *w, *c, *items[64];
	size_t		 n = 0, i, j, k;
	char		*s;
	int		 ab, ba, bc, ac;

	v = P("[{\"x\":1},[1,2],true,10,\"abc\",null,2.5,\"B\",[],false,2,"
	    "\"2\",1.0,\"\"]");
	for (c = v->child; c != NULL; c = c->next)
		items[n++] = c;
	qsort(items, n, sizeof(items[0]), qcmp);
	w = cJSON_CreateArray();
	for (i = 0; i < n; i++)
		cJSON_AddItemToArray(w, cJSON_Duplicate(items[i], true));
	s = json_print(w, NULL);
	T_STR(s, want);
	free(s);
	cJSON_Delete(v);
	cJSON_Delete(w);

	/* Antisymmetric, reflexive, transitive, on a varied sample. */
	v = P("[null,\"\",\"\\u0000\",\"B\",\"a\",\"a\\u0000\",\"\xc3\xa9\","
	    "-1e300,-2,-0,0,0.0,1e-400,1,1.0,2,10,1e20,100000000000000000001,"
	    "false,true,[],[null],[1],[1,2],[1.0,2.0],[[]],{},{\"a\":null},"
	    "{\"a\":1},{\"a\":1.0},{\"a\":1,\"b\":2},{\"a\":[]},{\"b\":0}]");
	n = 0;
	for (c = v->child; c != NULL && n < 64; c = c->next)
		items[n++] = c;
	T(n > 30);
	for (i = 0; i < n; i++) {
		T(json_compare(items[i], items[i]) == 0);
		for (j = 0; j < n; j++) {
			ab = json_compare(items[i], items[j]);
			ba = json_compare(items[j], items[i]);
			if ((ab > 0) != (ba < 0) || (ab == 0) != (ba == 0) ||
			    (ab == 0) != json_equal(items[i], items[j])) {
				T(0);
				fprintf(stderr, "  at %zu %zu\n", i, j);
			}
			for (k = 0; k < n; k++) {
				bc = json_compare(items[j], items[k]);
				ac = json_compare(items[i], items[k]);
				if (ab <= 0 && bc <= 0 && ac > 0) {
					T(0);
					fprintf(stderr, "  %zu %zu %zu\n",
					    i, j, k);
				}
			}
		}
	}
	/* The sample was written in order; only equal values may swap. */
	for (i = 1; i < n; i++)
		T(json_compare(items[i - 1], items[i]) <= 0);
	cJSON_Delete(v);
}

static int
key_cmp(const cJSON *a, const cJSON *b)
{
	struct buf	 x = { 0 }, y = { 0 };
	size_t		 n;
	int		 c;

	json_sort_key(&x, a);
	json_sort_key(&y, b);
	n = x.len < y.len ? x.len : y.len;
	c = memcmp(x.data, y.data, n);
	if (c == 0)
		c = (x.len > y.len) - (x.len < y.len);
	buf_free(&x);
	buf_free(&y);
	return (c > 0) - (c < 0);
}

/* json_sort_key(): memcmp order is json_compare order, missing last. */
static void
test_sort_key(void)
{
	static const char *const vals[] = {
	    "null", "\"\"", "\"\\u0000\"", "\"\\u0001\"", "\"a\"",
	    "\"a\\u0000\"", "\"a\\u0001b\"", "\"ab\"", "\"B\"", "\"\u00e9\"",
	    "\"\\ud83d\\ude00\"", "-1e300", "-12345678901234567891",
	    "-12345678901234567890", "-2.5", "-2", "-0.123", "-0.12", "-1e-400",
	    "0", "-0", "0.0", "1e-400", "0.12", "0.123", "1", "1.0", "10", "1e1",
	    "9.5", "12345678901234567890", "12345678901234567891", "1e300",
	    "false", "true", "[]", "[null]", "[1]", "[1.0]", "[1,2]", "[2]",
	    "[[]]", "[{}]", "{}", "{\"\":1}", "{\"a\":1}", "{\"a\":1.0}",
	    "{\"a\":1,\"b\":2}", "{\"a\":2}", "{\"b\":1}",
	    "{\"a\":{\"b\":[1,{}]}}", NULL };
	cJSON	*v[64];
	size_t	 i, j, n;

	for (n = 0; vals[n] != NULL; n++)
		T(json_parse(vals[n], strlen(vals[n]), 16, &v[n], NULL) ==
		    JSON_OK);
	for (i = 0; i < n; i++) {
		for (j = 0; j < n; j++) {
			int want = json_compare(v[i], v[j]);

			want = (want > 0) - (want < 0);
			if (key_cmp(v[i], v[j]) != want) {
				fprintf(stderr, "sort key: %s vs %s\n",
				    vals[i], vals[j]);
				T(0);
			} else
				T(1);
		}
		T(key_cmp(v[i], NULL) < 0);
		T(key_cmp(NULL, v[i]) > 0);
	}
	T(key_cmp(NULL, NULL) == 0);
	for (i = 0; i < n; i++)
		cJSON_Delete(v[i]);
}

int
main(void)
{
	json_init();
	test_roundtrip();
	test_reject();
	test_depth();
	test_duplicates();
	test_builders();
	test_equal();
	test_order();
	test_sort_key();
	return t_report();
}
