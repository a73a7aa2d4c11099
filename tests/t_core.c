/*
 * t_core.c — the pure functions of core: util (UTF-8, percent coding,
 * integers, dates, buffers) and request (targets, query pairs, methods,
 * headers, response headers).  Errors and user ids: t_errors.c.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/request.h"
#include "core/util.h"
#include "tests/t.h"

/* A string literal and its length, embedded NULs included. */
#define S(lit)	(lit), (sizeof(lit) - 1)

static void
t_utf8(void)
{
	static const struct {
		const char	*s;
		size_t		 n;
		bool		 ok;
	} cases[] = {
		{ S(""), true },
		{ S("plain ASCII \x7f"), true },
		{ S("nul\0inside"), true },
		{ S("\xc2\x80"), true },		/* U+0080 */
		{ S("\xdf\xbf"), true },		/* U+07FF */
		{ S("\xe0\xa0\x80"), true },		/* U+0800 */
		{ S("\xe2\x82\xac"), true },		/* U+20AC */
		{ S("\xed\x9f\xbf"), true },		/* U+D7FF */
		{ S("\xee\x80\x80"), true },		/* U+E000 */
		{ S("\xef\xbf\xbf"), true },		/* U+FFFF */
		{ S("\xf0\x90\x80\x80"), true },	/* U+10000 */
		{ S("\xf0\x9f\x98\x80"), true },	/* U+1F600 */
		{ S("\xf4\x8f\xbf\xbf"), true },	/* U+10FFFF */
		{ S("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"), true },
		/* Lone continuation bytes. */
		{ S("\x80"), false },
		{ S("\xbf"), false },
		{ S("a\x80z"), false },
		/* Overlongs. */
		{ S("\xc0\x80"), false },		/* U+0000 (modified) */
		{ S("\xc0\xaf"), false },
		{ S("\xc1\xbf"), false },
		{ S("\xe0\x80\x80"), false },
		{ S("\xe0\x9f\xbf"), false },
		{ S("\xf0\x80\x80\x80"), false },
		{ S("\xf0\x8f\xbf\xbf"), false },
		/* Surrogates. */
		{ S("\xed\xa0\x80"), false },		/* U+D800 */
		{ S("\xed\xaf\xbf"), false },		/* U+DBFF */
		{ S("\xed\xb0\x80"), false },		/* U+DC00 */
		{ S("\xed\xbf\xbf"), false },		/* U+DFFF */
		{ S("\xed\xa0\xbd\xed\xb8\x80"), false },	/* CESU pair */
		/* Beyond U+10FFFF. */
		{ S("\xf4\x90\x80\x80"), false },	/* U+110000 */
		{ S("\xf4\xbf\xbf\xbf"), false },
		{ S("\xf5\x80\x80\x80"), false },
		{ S("\xf7\xbf\xbf\xbf"), false },
		{ S("\xf8\x88\x80\x80\x80"), false },	/* 5 bytes */
		{ S("\xfc\x84\x80\x80\x80\x80"), false },	/* 6 bytes */
		{ S("\xfe"), false },
		{ S("\xff"), false },
		/* Truncated sequences. */
		{ S("\xc2"), false },
		{ S("\xe0\xa0"), false },
		{ S("\xe2\x82"), false },
		{ S("\xf0\x90\x80"), false },
		{ S("\xf0\x90"), false },
		{ S("\xf0"), false },
		{ S("\xc2" "A"), false },
		{ S("\xe2\x82" "A"), false },
		{ S("\xf0\x9f\x98" "A"), false },
		{ S("\xe2\xc2\x80"), false },
		{ S("ok\xc3"), false },
	};
	size_t	 i;
	bool	 got;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		got = utf8_valid(cases[i].s, cases[i].n);
		if (got != cases[i].ok)
			fprintf(stderr, "utf8_valid case %zu\n", i);
		T(got == cases[i].ok);
	}
	/* n counts: a sequence cut by n is truncated. */
	T(!utf8_valid("\xe2\x82\xac", 2));
	T(utf8_valid("\xe2\x82\xac", 0));
	T(utf8_valid("a\xe2\x82\xac", 1));
}

/* Decodes in (a literal) and checks the bytes and the length. */
static void
dec_at(const char *in, size_t n, bool plus, const char *want, size_t wantn,
    int line)
{
	char	*out = malloc(n + 1);
	size_t	 got;

	memset(out, 'X', n + 1);
	got = url_decode(in, n, out, plus);
	if (got != wantn || memcmp(out, want, wantn) != 0 || out[got] != '\0')
		fprintf(stderr, "line %d: url_decode(\"%.*s\") = \"%.*s\" "
		    "(%zu)\n", line, (int)n, in, (int)got, out, got);
	T_INT(got, wantn);
	T(got == wantn && memcmp(out, want, wantn) == 0);
	T(got <= n && out[got] == '\0');
	free(out);
}

#define DEC(in, plus, want)	dec_at(S(in), (plus), S(want), __LINE__)

static void
t_url(void)
{
	struct buf	 b = { 0 };

	DEC("", false, "");
	DEC("abc", false, "abc");
	DEC("a%41b", false, "aAb");
	DEC("%41", false, "A");
	DEC("%4a%4A", false, "JJ");
	DEC("%c3%A9", false, "\xc3\xa9");
	DEC("%2F%2f", false, "//");
	DEC("%25", false, "%");
	DEC("%2541", false, "%41");		/* decoded once only */
	/* A '%' without two hex digits stays. */
	DEC("%", false, "%");
	DEC("a%", false, "a%");
	DEC("%4", false, "%4");
	DEC("a%4", false, "a%4");
	DEC("%zz", false, "%zz");
	DEC("%4g", false, "%4g");
	DEC("%g4", false, "%g4");
	DEC("%%41", false, "%A");
	DEC("100%", false, "100%");
	DEC("% 41", false, "% 41");
	DEC("%-1", false, "%-1");
	/* '+' only with plus_is_space. */
	DEC("a+b", false, "a+b");
	DEC("a+b", true, "a b");
	DEC("++", true, "  ");
	DEC("%2B", true, "+");
	DEC("%2b+%20", true, "+  ");
	DEC("%20", false, " ");
	/* %00: an embedded NUL, counted. */
	DEC("%00", false, "\0");
	DEC("a%00b", false, "a\0b");
	DEC("%00%00", true, "\0\0");
	DEC("%ff%FE", false, "\xff\xfe");
	/* n bounds the input: no look past it. */
	dec_at("%41", 2, false, S("%4"), __LINE__);
	dec_at("%41", 1, false, S("%"), __LINE__);
	dec_at("ab%41", 0, false, S(""), __LINE__);

	/* url_encode_query: Python's urlencode (quote_plus, safe=''). */
	url_encode_query(&b, S("abcXYZ019-._~"));
	T_STR(b.data, "abcXYZ019-._~");
	buf_reset(&b);
	url_encode_query(&b, S("a b&c=d/e?f#g+h%i"));
	T_STR(b.data, "a+b%26c%3Dd%2Fe%3Ff%23g%2Bh%25i");
	buf_reset(&b);
	url_encode_query(&b, S("caf\xc3\xa9 \x01\x7f\xff*'()!,;:@$"));
	T_STR(b.data, "caf%C3%A9+%01%7F%FF%2A%27%28%29%21%2C%3B%3A%40%24");
	buf_reset(&b);
	url_encode_query(&b, S("a\0b"));
	T_STR(b.data, "a%00b");
	buf_reset(&b);
	url_encode_query(&b, S(""));
	T_INT(b.len, 0);
	/* It appends. */
	buf_puts(&b, "x=");
	url_encode_query(&b, S("1 2"));
	T_STR(b.data, "x=1+2");
	buf_free(&b);
}

static void
t_ints(void)
{
	int64_t	 v;

	v = 42;
	T(str_to_i64("0", 0, 10, &v) && v == 0);
	T(str_to_i64("-0", -1, 1, &v) && v == 0);
	T(str_to_i64("123", 0, 1000, &v) && v == 123);
	T(str_to_i64("007", 0, 10, &v) && v == 7);
	T(str_to_i64("-5", -5, 5, &v) && v == -5);
	T(str_to_i64("5", -5, 5, &v) && v == 5);
	T(str_to_i64("9223372036854775807", INT64_MIN, INT64_MAX, &v) &&
	    v == INT64_MAX);
	T(str_to_i64("-9223372036854775808", INT64_MIN, INT64_MAX, &v) &&
	    v == INT64_MIN);
	/* Failures leave *out alone. */
	v = 42;
	T(!str_to_i64("6", -5, 5, &v));
	T(!str_to_i64("-6", -5, 5, &v));
	T(!str_to_i64("9223372036854775808", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("-9223372036854775809", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("99999999999999999999", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64(" 1", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("1 ", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("\t1", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("+1", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("-", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("--1", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("- 1", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("0x10", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("1e3", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("1.0", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("12a", INT64_MIN, INT64_MAX, &v));
	T(!str_to_i64("abc", INT64_MIN, INT64_MAX, &v));
	T_INT(v, 42);
}

static void
t_strings(void)
{
	char	 d[30];
	char	*s;

	T(str_casecmp("abc", "ABC") == 0);
	T(str_casecmp("Content-Type", "content-type") == 0);
	T(str_casecmp("", "") == 0);
	T(str_casecmp("abc", "abd") < 0);
	T(str_casecmp("ABD", "abc") > 0);
	T(str_casecmp("b", "A") > 0);
	T(str_casecmp("ab", "abc") < 0);
	T(str_casecmp("abc", "ab") > 0);
	T(str_casecmp("", "a") < 0);
	/* ASCII only: not é/É, nor [ and { (which differ by 0x20 too). */
	T(str_casecmp("\xc3\xa9", "\xc3\x89") != 0);
	T(str_casecmp("[", "{") != 0);
	T(str_casecmp("@", "`") != 0);
	T(str_ncasecmp("Host-x", "HOST-y", 4) == 0);
	T(str_ncasecmp("Host-x", "HOST-y", 6) != 0);
	T(str_ncasecmp("ab", "AB", 10) == 0);
	T(str_ncasecmp("a", "b", 0) == 0);
	T(str_has_prefix("kinto.readonly", "kinto."));
	T(str_has_prefix("kinto.", "kinto."));
	T(str_has_prefix("x", ""));
	T(!str_has_prefix("kinto", "kinto."));
	T(!str_has_prefix("Kinto.x", "kinto."));

	/* RFC 7231, 7.1.1.1: the example date. */
	memset(d, 'X', sizeof(d));
	http_date(d, 784111777);
	T_STR(d, "Sun, 06 Nov 1994 08:49:37 GMT");
	T_INT(strlen(d), 29);
	http_date(d, 0);
	T_STR(d, "Thu, 01 Jan 1970 00:00:00 GMT");
	http_date(d, 951782400);
	T_STR(d, "Tue, 29 Feb 2000 00:00:00 GMT");
	http_date(d, 1700000000);
	T_STR(d, "Tue, 14 Nov 2023 22:13:20 GMT");
	http_date(d, 4102444799LL);
	T_STR(d, "Thu, 31 Dec 2099 23:59:59 GMT");

	T(mem_equal_ct("abc", "abc", 3));
	T(!mem_equal_ct("abc", "abd", 3));
	T(!mem_equal_ct("xbc", "abc", 3));
	T(mem_equal_ct("abc", "abd", 2));
	T(mem_equal_ct("a", "b", 0));
	T(mem_equal_ct("a\0b", "a\0b", 3));
	T(!mem_equal_ct("a\0b", "a\0c", 3));
	T(!mem_equal_ct("\x00", "\x80", 1));

	s = xstrndup("abcdef", 3);
	T_STR(s, "abc");
	free(s);
	s = xstrdup("");
	T_STR(s, "");
	free(s);
	s = xasprintf("%s-%d-%05.1f", "a", 42, 1.25);
	T_STR(s, "a-42-001.2");
	free(s);
	s = xcalloc(0, 0);	/* never NULL */
	T(s != NULL);
	free(s);
	s = xmalloc(0);
	T(s != NULL);
	s = xrealloc(s, 0);
	T(s != NULL);
	free(s);
}

static void
t_buf(void)
{
	struct buf	 b = { 0 };
	char		 big[1000], *p;
	size_t		 len = 99;
	int		 i;

	/* An empty buffer detaches as "", not NULL. */
	p = buf_detach(&b, &len);
	T(p != NULL && *p == '\0');
	T_INT(len, 0);
	T(b.data == NULL && b.len == 0 && b.cap == 0);
	free(p);
	buf_reset(&b);		/* on a buffer without data */
	T(b.len == 0);

	buf_puts(&b, "ab");
	buf_putc(&b, 'c');
	buf_add(&b, "d\0e", 3);
	buf_add(&b, NULL, 0);
	buf_printf(&b, "%d%s", 12, "x");
	T_INT(b.len, 9);
	T(memcmp(b.data, "abcd\0e12x", 10) == 0);
	T(b.data[b.len] == '\0');
	T(b.cap > b.len);

	/* Growth keeps the content and the terminator. */
	memset(big, 'z', sizeof(big));
	for (i = 0; i < 100; i++)
		buf_add(&b, big, sizeof(big));
	T_INT(b.len, 9 + 100 * sizeof(big));
	T(b.data[8] == 'x' && b.data[9] == 'z' && b.data[b.len - 1] == 'z');
	T(b.data[b.len] == '\0');
	buf_printf(&b, "%0*d", 5000, 7);
	T_INT(b.len, 9 + 100 * sizeof(big) + 5000);
	T(b.data[b.len - 1] == '7' && b.data[b.len - 2] == '0');
	T(b.data[b.len] == '\0');

	buf_reset(&b);
	T_INT(b.len, 0);
	T_STR(b.data, "");
	T(b.cap > 0);
	buf_puts(&b, "again");
	p = buf_detach(&b, &len);
	T_STR(p, "again");
	T_INT(len, 5);
	T(b.data == NULL && b.len == 0 && b.cap == 0);
	free(p);
	p = buf_detach(&b, NULL);
	T_STR(p, "");
	free(p);

	buf_putc(&b, '\0');
	T_INT(b.len, 1);
	buf_free(&b);
	T(b.data == NULL && b.len == 0 && b.cap == 0);
	buf_free(&b);
}

static void
t_methods_headers(void)
{
	int	 m, h;

	for (m = 0; m < METHOD_OTHER; m++)
		T_INT(method_from_name(method_names[m]), m);
	T_INT(method_from_name("GET"), METHOD_GET);
	T_INT(method_from_name("PATCH"), METHOD_PATCH);
	T_INT(method_from_name("OPTIONS"), METHOD_OPTIONS);
	/* Case-sensitive (RFC 9110, 9.1). */
	T_INT(method_from_name("get"), METHOD_OTHER);
	T_INT(method_from_name("Get"), METHOD_OTHER);
	T_INT(method_from_name("delete"), METHOD_OTHER);
	T_INT(method_from_name(""), METHOD_OTHER);
	T_INT(method_from_name("GETX"), METHOD_OTHER);
	T_INT(method_from_name("GE"), METHOD_OTHER);
	T_INT(method_from_name("PROPFIND"), METHOD_OTHER);
	T_INT(method_from_name("CONNECT"), METHOD_OTHER);

	for (h = 0; h < HDR__MAX; h++)
		T_INT(header_from_name(header_names[h],
		    strlen(header_names[h])), h);
	T_INT(header_from_name(S("if-none-match")), HDR_IF_NONE_MATCH);
	T_INT(header_from_name(S("IF-MATCH")), HDR_IF_MATCH);
	T_INT(header_from_name(S("authorization")), HDR_AUTHORIZATION);
	T_INT(header_from_name(S("x-request-id")), HDR_X_REQUEST_ID);
	T_INT(header_from_name(S("ACCESS-CONTROL-REQUEST-METHOD")),
	    HDR_AC_REQUEST_METHOD);
	T_INT(header_from_name(S("content-type")), HDR_CONTENT_TYPE);
	T_INT(header_from_name(S("Content-Length")), HDR__MAX);
	T_INT(header_from_name(S("Hos")), HDR__MAX);
	T_INT(header_from_name(S("Hostx")), HDR__MAX);
	T_INT(header_from_name(S("")), HDR__MAX);
	T_INT(header_from_name(S("If_None_Match")), HDR__MAX);
	/* The length counts, not a NUL. */
	T_INT(header_from_name("Hostname", 4), HDR_HOST);
}

/* Checks query pair i. */
static void
qpair_at(const struct request *r, size_t i, const char *name, size_t nlen,
    const char *value, size_t vlen, int line)
{
	if (i >= r->nquery) {
		fprintf(stderr, "line %d: no query pair %zu\n", line, i);
		T(!"query pair");
		return;
	}
	if (r->query[i].namelen != nlen ||
	    memcmp(r->query[i].name, name, nlen) != 0 ||
	    r->query[i].valuelen != vlen ||
	    memcmp(r->query[i].value, value, vlen) != 0)
		fprintf(stderr, "line %d: pair %zu is \"%s\"=\"%s\"\n", line, i,
		    r->query[i].name, r->query[i].value);
	T(r->query[i].namelen == nlen &&
	    memcmp(r->query[i].name, name, nlen) == 0);
	T(r->query[i].valuelen == vlen &&
	    memcmp(r->query[i].value, value, vlen) == 0);
	T(r->query[i].name[nlen] == '\0' && r->query[i].value[vlen] == '\0');
}

#define QP(r, i, n, v)	qpair_at((r), (i), S(n), S(v), __LINE__)

static void
t_target(void)
{
	struct request	 r;
	char		*body;

	request_init(&r);
	T_INT(r.method, METHOD_OTHER);
	T(r.path == NULL && r.nquery == 0 && r.flaw == FLAW_NONE);

	request_set_target(&r, "/v1/buckets");
	T_STR(r.raw_path, "/v1/buckets");
	T_STR(r.path, "/v1/buckets");
	T_INT(r.pathlen, 11);
	T_STR(r.raw_query, "");
	T_INT(r.nquery, 0);
	T_INT(r.flaw, FLAW_NONE);

	/* '+' is a space in a query, not in a path. */
	request_set_target(&r, "/v1/a%20b+c%2Bd?x=1+2&y=%41%2B&z");
	T_STR(r.raw_path, "/v1/a%20b+c%2Bd");
	T_STR(r.path, "/v1/a b+c+d");
	T_INT(r.pathlen, 11);
	T_STR(r.raw_query, "x=1+2&y=%41%2B&z");
	T_INT(r.nquery, 3);
	QP(&r, 0, "x", "1 2");
	QP(&r, 1, "y", "A+");
	QP(&r, 2, "z", "");		/* no '=': an empty value */
	T_STR(request_query(&r, "y"), "A+");
	T_STR(request_query(&r, "z"), "");
	T_STR(request_query(&r, "w"), NULL);
	T_STR(request_query(&r, "X"), NULL);

	/* Pairs in order, repeats kept; the first wins for lookups. */
	request_set_target(&r, "/p?_sort=b&a=1&_sort=a&a=2");
	T_INT(r.nquery, 4);
	QP(&r, 0, "_sort", "b");
	QP(&r, 1, "a", "1");
	QP(&r, 2, "_sort", "a");
	QP(&r, 3, "a", "2");
	T_STR(request_query(&r, "a"), "1");

	/* Empty items are skipped; '=' only splits once; ';' is data. */
	request_set_target(&r, "/p?&&a=1&&=v&b==c&;x=;&");
	T_STR(r.raw_query, "&&a=1&&=v&b==c&;x=;&");
	T_INT(r.nquery, 4);
	QP(&r, 0, "a", "1");
	QP(&r, 1, "", "v");
	QP(&r, 2, "b", "=c");
	QP(&r, 3, ";x", ";");
	request_set_target(&r, "/p?=");
	T_INT(r.nquery, 1);
	QP(&r, 0, "", "");
	request_set_target(&r, "/p?&");
	T_INT(r.nquery, 0);

	/* Encoded names and the separators inside them. */
	request_set_target(&r, "/p?a%3Db=c%26d&in%5Fid=1,2&q=%E2%82%AC");
	T_INT(r.nquery, 3);
	QP(&r, 0, "a=b", "c&d");
	QP(&r, 1, "in_id", "1,2");
	QP(&r, 2, "q", "\xe2\x82\xac");
	T_INT(r.flaw, FLAW_NONE);

	/* %00: embedded NULs with the right lengths. */
	request_set_target(&r, "/a%00b?v=%00&n%00=x");
	T_INT(r.pathlen, 4);
	T(memcmp(r.path, "/a\0b", 5) == 0);
	T_STR(r.raw_path, "/a%00b");
	T_INT(r.nquery, 2);
	QP(&r, 0, "v", "\0");
	QP(&r, 1, "n\0", "x");
	T_INT(r.flaw, FLAW_NONE);

	/* Fragments are cut, whatever they hold. */
	request_set_target(&r, "/p?a=1#frag?b=2&c=3");
	T_STR(r.raw_path, "/p");
	T_STR(r.raw_query, "a=1");
	T_INT(r.nquery, 1);
	QP(&r, 0, "a", "1");
	request_set_target(&r, "/p#f?x=1");
	T_STR(r.raw_path, "/p");
	T_STR(r.path, "/p");
	T_STR(r.raw_query, "");
	T_INT(r.nquery, 0);
	request_set_target(&r, "/p?#");
	T_STR(r.raw_path, "/p");
	T_STR(r.raw_query, "");
	T_INT(r.nquery, 0);
	/* A second '?' belongs to the query. */
	request_set_target(&r, "/p??a=?");
	T_STR(r.raw_query, "?a=?");
	T_INT(r.nquery, 1);
	QP(&r, 0, "?a", "?");
	request_set_target(&r, "");
	T_STR(r.raw_path, "");
	T_INT(r.pathlen, 0);
	T_INT(r.nquery, 0);
	request_set_target(&r, "?a=1");
	T_STR(r.raw_path, "");
	T_INT(r.nquery, 1);
	request_free(&r);

	/* Not UTF-8 once decoded: flaws, raw forms kept. */
	request_init(&r);
	request_set_target(&r, "/v1/%ff?a=1");
	T_INT(r.flaw, FLAW_PATH_ENCODING);
	T_STR(r.raw_path, "/v1/%ff");
	T_INT(r.pathlen, 5);
	T(r.path != NULL && (unsigned char)r.path[4] == 0xff);
	QP(&r, 0, "a", "1");
	request_free(&r);

	request_init(&r);
	request_set_target(&r, "/v1/%ED%A0%80");	/* a surrogate */
	T_INT(r.flaw, FLAW_PATH_ENCODING);
	request_free(&r);

	request_init(&r);
	request_set_target(&r, "/v1/%C3%A9?q=%C3%A9");
	T_INT(r.flaw, FLAW_NONE);
	T_STR(r.path, "/v1/\xc3\xa9");
	request_free(&r);

	request_init(&r);
	request_set_target(&r, "/v1/\xc3\xa9");	/* raw UTF-8 bytes */
	T_INT(r.flaw, FLAW_NONE);
	request_free(&r);

	request_init(&r);
	request_set_target(&r, "/v1/\xff");		/* raw non-UTF-8 */
	T_INT(r.flaw, FLAW_PATH_ENCODING);
	request_free(&r);

	request_init(&r);
	request_set_target(&r, "/v1/x?q=%ff");
	T_INT(r.flaw, FLAW_QUERY_ENCODING);
	T_STR(r.raw_query, "q=%ff");
	T_INT(r.nquery, 1);
	request_free(&r);

	request_init(&r);
	request_set_target(&r, "/v1/x?%C0%80=1");	/* in a name */
	T_INT(r.flaw, FLAW_QUERY_ENCODING);
	request_free(&r);

	request_init(&r);
	request_set_target(&r, "/v1/x?a=1&b=\xe2\x82");
	T_INT(r.flaw, FLAW_QUERY_ENCODING);
	request_free(&r);

	/* Both: the path's flaw is reported first. */
	request_init(&r);
	request_set_target(&r, "/%ff?q=%ff");
	T_INT(r.flaw, FLAW_PATH_ENCODING);
	request_free(&r);

	/* Setters copy; take_body takes; free resets. */
	request_init(&r);
	request_set_method(&r, "PUT");
	T_INT(r.method, METHOD_PUT);
	T_STR(r.method_name, "PUT");
	request_set_method(&r, "put");
	T_INT(r.method, METHOD_OTHER);
	T_STR(r.method_name, "put");
	request_set_header(&r, HDR_HOST, "example.org");
	request_set_header(&r, HDR_HOST, "example.net");
	T_STR(r.headers[HDR_HOST], "example.net");
	request_set_header(&r, HDR_HOST, NULL);
	T_STR(r.headers[HDR_HOST], NULL);
	request_set_string(&r.scheme, "https");
	T_STR(r.scheme, "https");
	body = xstrdup("{\"data\": {}}");
	request_take_body(&r, body, 12);
	T(r.body == body && r.bodylen == 12);
	request_take_body(&r, xstrdup("x"), 1);
	T_STR(r.body, "x");
	request_set_target(&r, "/a?b=c");
	request_free(&r);
	T(r.body == NULL && r.path == NULL && r.scheme == NULL);
	T_INT(r.method, METHOD_OTHER);
	T_INT(r.nquery, 0);
	request_free(&r);
}

static void
t_response(void)
{
	struct response	 resp;
	char		 name[32];
	int		 i;

	response_init(&resp);
	T_INT(resp.status, 200);
	T_INT(resp.nheaders, 0);
	T_STR(response_header(&resp, "X"), NULL);

	response_add_header(&resp, "Vary", "Origin");
	response_add_header(&resp, "vary", "Authorization");
	response_add_header(&resp, "ETag", "\"1\"");
	T_INT(resp.nheaders, 3);
	T_STR(response_header(&resp, "VARY"), "Origin");
	T_STR(response_header(&resp, "etag"), "\"1\"");
	T_STR(response_header(&resp, "ETa"), NULL);
	T_STR(response_header(&resp, "ETags"), NULL);

	/* set replaces every header of the name, any case, by one. */
	response_set_header(&resp, "VaRy", "Cookie");
	T_INT(resp.nheaders, 2);
	T_STR(response_header(&resp, "vary"), "Cookie");
	T_STR(resp.headers[0].name, "ETag");	/* order of the rest kept */
	T_STR(resp.headers[1].name, "VaRy");	/* the case we wrote */
	response_set_header(&resp, "Retry-After", "3");
	T_INT(resp.nheaders, 3);
	response_set_headerf(&resp, "retry-after", "%d", 10);
	T_INT(resp.nheaders, 3);
	T_STR(response_header(&resp, "Retry-After"), "10");

	response_del_header(&resp, "ETAG");
	T_INT(resp.nheaders, 2);
	T_STR(response_header(&resp, "ETag"), NULL);
	response_del_header(&resp, "Missing");
	T_INT(resp.nheaders, 2);
	response_add_header(&resp, "X-A", "1");
	response_add_header(&resp, "x-a", "2");
	response_add_header(&resp, "X-B", "3");
	response_add_header(&resp, "X-A", "4");
	response_del_header(&resp, "x-A");
	T_INT(resp.nheaders, 3);
	T_STR(response_header(&resp, "X-B"), "3");
	T_STR(response_header(&resp, "X-A"), NULL);

	/* Many headers: growth. */
	for (i = 0; i < 100; i++) {
		snprintf(name, sizeof(name), "X-N%d", i);
		response_add_header(&resp, name, name + 2);
	}
	T_INT(resp.nheaders, 103);
	T_STR(response_header(&resp, "x-n99"), "N99");
	T_STR(response_header(&resp, "x-n0"), "N0");

	response_set_json(&resp, 201, cJSON_CreateObject());
	T_INT(resp.status, 201);
	T_STR(response_header(&resp, "content-type"), "application/json");
	response_set_body(&resp, 200, "text/plain", "a\0b", 3);
	T(resp.json == NULL);
	T_INT(resp.bodylen, 3);
	T(memcmp(resp.body, "a\0b", 4) == 0);
	T_STR(response_header(&resp, "Content-Type"), "text/plain");
	response_set_json(&resp, 202, cJSON_CreateArray());
	T(resp.body == NULL && resp.bodylen == 0 && resp.json != NULL);
	T_INT(resp.status, 202);

	response_free(&resp);
	T_INT(resp.status, 200);
	T_INT(resp.nheaders, 0);
	T(resp.json == NULL && resp.body == NULL);
	response_free(&resp);
}

int
main(void)
{
	json_init();
	t_utf8();
	t_url();
	t_ints();
	t_strings();
	t_buf();
	t_methods_headers();
	t_target();
	t_response();
	return t_report();
}
