/*
 * t_decode.c — fcgi/decode: CGI variables (RFC 3875) and a body read
 * through a reader into a struct request (method, target, mount point,
 * headers, scheme and host, body limits), and the CGI response head.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "core/request.h"
#include "core/util.h"
#include "fcgi/decode.h"
#include "tests/t.h"

#define MAXBODY	1024

/* A body in memory, handed out at most chunk bytes at a time. */
struct src {
	const char	*data;		/* NULL: virtual bytes ('v') */
	size_t		 len;
	size_t		 pos;		/* bytes handed out so far */
	size_t		 chunk;		/* 0: as much as asked */
	int		 calls;
	int		 fail_at;	/* call number that returns -1, or 0 */
};

static ssize_t
src_read(void *arg, char *out, size_t n)
{
	struct src	*s = arg;
	size_t		 k;

	s->calls++;
	if (s->fail_at != 0 && s->calls == s->fail_at)
		return -1;
	k = s->len - s->pos;
	if (k > n)
		k = n;
	if (s->chunk != 0 && k > s->chunk)
		k = s->chunk;
	if (s->data != NULL)
		memcpy(out, s->data + s->pos, k);
	else
		memset(out, 'v', k);
	s->pos += k;
	return (ssize_t)k;
}

/* Decodes envp with an empty body into r (initialised here). */
static void
dec(struct request *r, char **envp)
{
	struct src	 s = { "", 0, 0, 0, 0, 0 };

	request_init(r);
	decode_request(r, envp, src_read, &s, MAXBODY);
}

/* Decodes envp and a body of len bytes (data NULL: virtual). */
static void
dec_body(struct request *r, char **envp, struct src *s, int64_t max)
{
	request_init(r);
	decode_request(r, envp, src_read, s, max);
}

static void
t_basic(void)
{
	struct request	 r;
	struct src	 s = { "{\"data\": {}}", 12, 0, 0, 0, 0 };

	dec_body(&r, (char *[]){ "REQUEST_METHOD=POST",
	    "REQUEST_URI=/v1/buckets?_limit=2&a=b+c", "QUERY_STRING=ignored",
	    "HTTP_HOST=kinto.example", "HTTP_IF_NONE_MATCH=\"123\"",
	    "HTTP_IF_MATCH=*", "HTTP_AUTHORIZATION=Basic YWxpY2U6c2VjcmV0",
	    "CONTENT_TYPE=application/json; charset=utf-8",
	    "CONTENT_LENGTH=12", "HTTP_ORIGIN=http://o.example",
	    "HTTP_X_REQUEST_ID=abc", "HTTP_RESPONSE_BEHAVIOR=light",
	    "HTTP_ACCEPT=application/json",
	    "HTTP_ACCESS_CONTROL_REQUEST_METHOD=PUT",
	    "HTTP_ACCESS_CONTROL_REQUEST_HEADERS=authorization",
	    "HTTP_X_UNKNOWN=1", "HTTP_USER_AGENT=curl",
	    "REMOTE_ADDR=192.0.2.1", "REMOTE_USER=alice",
	    "SERVER_NAME=ignored.example", "SERVER_PORT=8080",
	    "GATEWAY_INTERFACE=CGI/1.1", NULL }, &s, MAXBODY);
	T_INT(r.method, METHOD_POST);
	T_STR(r.method_name, "POST");
	T_STR(r.raw_path, "/v1/buckets");
	T_STR(r.path, "/v1/buckets");
	T_STR(r.raw_query, "_limit=2&a=b+c");
	T_INT(r.nquery, 2);
	T_STR(request_query(&r, "_limit"), "2");
	T_STR(request_query(&r, "a"), "b c");
	T_STR(r.headers[HDR_HOST], "kinto.example");
	T_STR(r.headers[HDR_IF_NONE_MATCH], "\"123\"");
	T_STR(r.headers[HDR_IF_MATCH], "*");
	T_STR(r.headers[HDR_AUTHORIZATION], "Basic YWxpY2U6c2VjcmV0");
	T_STR(r.headers[HDR_CONTENT_TYPE], "application/json; charset=utf-8");
	T_STR(r.headers[HDR_ORIGIN], "http://o.example");
	T_STR(r.headers[HDR_X_REQUEST_ID], "abc");
	T_STR(r.headers[HDR_RESPONSE_BEHAVIOR], "light");
	T_STR(r.headers[HDR_ACCEPT], "application/json");
	T_STR(r.headers[HDR_AC_REQUEST_METHOD], "PUT");
	T_STR(r.headers[HDR_AC_REQUEST_HEADERS], "authorization");
	T_STR(r.scheme, "http");
	T_STR(r.host, "kinto.example");
	T_STR(r.remote_addr, "192.0.2.1");
	T_STR(r.remote_user, "alice");
	T(r.script_name == NULL || *r.script_name == '\0');
	T_INT(r.bodylen, 12);
	T_STR(r.body, "{\"data\": {}}");
	T_INT(r.flaw, FLAW_NONE);
	T_INT(s.pos, 12);
	request_free(&r);

	/* Defaults: GET, no headers, no body. */
	dec(&r, (char *[]){ "REQUEST_URI=/v1/", NULL });
	T_INT(r.method, METHOD_GET);
	T_STR(r.path, "/v1/");
	T_STR(r.scheme, "http");
	T_STR(r.host, NULL);
	T_STR(r.headers[HDR_CONTENT_TYPE], NULL);
	T_STR(r.headers[HDR_AUTHORIZATION], NULL);
	T_STR(r.remote_user, NULL);
	T_STR(r.body, NULL);
	T_INT(r.bodylen, 0);
	request_free(&r);

	/* Methods as received: case-sensitive. */
	dec(&r, (char *[]){ "REQUEST_METHOD=get", "REQUEST_URI=/", NULL });
	T_INT(r.method, METHOD_OTHER);
	T_STR(r.method_name, "get");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_METHOD=PATCH", "REQUEST_URI=/", NULL });
	T_INT(r.method, METHOD_PATCH);
	request_free(&r);

	/*
	 * CONTENT_TYPE alone, wherever it sits (RFC 3875, 4.1.3: servers
	 * pass Content-Type only so, never as HTTP_CONTENT_TYPE).  A
	 * regression test: decode_headers() once walked envp to its end
	 * before looking CONTENT_TYPE up, and never found it.
	 */
	dec(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_TYPE=application/json",
	    NULL });
	T_STR(r.headers[HDR_CONTENT_TYPE], "application/json");
	request_free(&r);
	dec(&r, (char *[]){ "CONTENT_TYPE=text/plain", "REQUEST_URI=/",
	    "HTTP_HOST=h", NULL });
	T_STR(r.headers[HDR_CONTENT_TYPE], "text/plain");
	request_free(&r);

	/* Empty CONTENT_TYPE and REMOTE_USER are absent. */
	dec(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_TYPE=",
	    "REMOTE_USER=", NULL });
	T_STR(r.headers[HDR_CONTENT_TYPE], NULL);
	T_STR(r.remote_user, NULL);
	request_free(&r);

	/* Header variables: exact HTTP_ prefix, '_' as '-'. */
	dec(&r, (char *[]){ "REQUEST_URI=/", "HTTP_IF-NONE-MATCH=a",
	    "http_if_match=b", "XHTTP_ORIGIN=c", "HTTP_=d",
	    "HTTP_AUTHORIZATIONX=e", "HTTP_IF_NONE_MATCH_=f",
	    "HTTP_AUTHORIZATION", NULL });
	T_STR(r.headers[HDR_IF_NONE_MATCH], "a");
	T_STR(r.headers[HDR_IF_MATCH], NULL);
	T_STR(r.headers[HDR_ORIGIN], NULL);
	T_STR(r.headers[HDR_AUTHORIZATION], NULL);
	request_free(&r);
	/* A name too long for any header is ignored, not truncated. */
	dec(&r, (char *[]){ "REQUEST_URI=/", "HTTP_AUTHORIZATION"
	    "_________________________________________________________________"
	    "=x", NULL });
	T_STR(r.headers[HDR_AUTHORIZATION], NULL);
	request_free(&r);
	/* Values are kept as they are. */
	dec(&r, (char *[]){ "REQUEST_URI=/", "HTTP_AUTHORIZATION=",
	    "HTTP_X_REQUEST_ID=a=b", NULL });
	T_STR(r.headers[HDR_AUTHORIZATION], "");
	T_STR(r.headers[HDR_X_REQUEST_ID], "a=b");
	request_free(&r);
}

static void
t_origin(void)
{
	struct request	 r;

	dec(&r, (char *[]){ "REQUEST_URI=/", "HTTPS=on", NULL });
	T_STR(r.scheme, "https");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/", "HTTPS=ON", NULL });
	T_STR(r.scheme, "https");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/", "HTTPS=off", NULL });
	T_STR(r.scheme, "http");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/", "HTTPS=", NULL });
	T_STR(r.scheme, "http");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/", "REQUEST_SCHEME=https", NULL });
	T_STR(r.scheme, "https");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/", "REQUEST_SCHEME=http", NULL });
	T_STR(r.scheme, "http");
	request_free(&r);

	/* Host: the header wins. */
	dec(&r, (char *[]){ "REQUEST_URI=/", "HTTP_HOST=h.example:81",
	    "SERVER_NAME=s.example", "SERVER_PORT=82", NULL });
	T_STR(r.host, "h.example:81");
	request_free(&r);
	/* Else SERVER_NAME, with the port unless the scheme's default. */
	dec(&r, (char *[]){ "REQUEST_URI=/", "SERVER_NAME=s.example",
	    "SERVER_PORT=80", NULL });
	T_STR(r.host, "s.example");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/", "SERVER_NAME=s.example",
	    "SERVER_PORT=8080", NULL });
	T_STR(r.host, "s.example:8080");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/", "SERVER_NAME=s.example",
	    "SERVER_PORT=443", "HTTPS=on", NULL });
	T_STR(r.host, "s.example");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/", "SERVER_NAME=s.example",
	    "SERVER_PORT=443", NULL });
	T_STR(r.host, "s.example:443");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/", "SERVER_NAME=s.example",
	    "SERVER_PORT=80", "REQUEST_SCHEME=https", NULL });
	T_STR(r.host, "s.example:80");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/", "SERVER_NAME=s.example", NULL });
	T_STR(r.host, "s.example");
	request_free(&r);
	/* An empty Host header counts as none. */
	dec(&r, (char *[]){ "REQUEST_URI=/", "HTTP_HOST=",
	    "SERVER_NAME=s.example", "SERVER_PORT=8000", NULL });
	T_STR(r.host, "s.example:8000");
	request_free(&r);
}

static void
t_target(void)
{
	struct request	 r;

	/* A mount point split by the server is removed and kept. */
	dec(&r, (char *[]){ "REQUEST_URI=/cgi-bin/cinto/v1/x",
	    "SCRIPT_NAME=/cgi-bin/cinto", "PATH_INFO=/v1/x", NULL });
	T_STR(r.path, "/v1/x");
	T_STR(r.raw_path, "/v1/x");
	T_STR(r.script_name, "/cgi-bin/cinto");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/kinto/v1/x?a=1&b",
	    "SCRIPT_NAME=/kinto", "PATH_INFO=/v1/x", "QUERY_STRING=a=1&b",
	    NULL });
	T_STR(r.path, "/v1/x");
	T_STR(r.raw_query, "a=1&b");
	T_INT(r.nquery, 2);
	T_STR(r.script_name, "/kinto");
	request_free(&r);
	/* The raw URI routes, not the decoded PATH_INFO. */
	dec(&r, (char *[]){ "REQUEST_URI=/kinto/v1/a%2Fb%20c",
	    "SCRIPT_NAME=/kinto", "PATH_INFO=/v1/a/b c", NULL });
	T_STR(r.raw_path, "/v1/a%2Fb%20c");
	T_STR(r.path, "/v1/a/b c");
	T_STR(r.script_name, "/kinto");
	request_free(&r);
	/* A mount point of its own: /kinto/ under /kinto. */
	dec(&r, (char *[]){ "REQUEST_URI=/kinto/", "SCRIPT_NAME=/kinto",
	    "PATH_INFO=/", NULL });
	T_STR(r.path, "/");
	T_STR(r.script_name, "/kinto");
	request_free(&r);

	/*
	 * lighttpd with a "/" mount: SCRIPT_NAME is the whole path and
	 * PATH_INFO empty or absent; nothing is removed.
	 */
	dec(&r, (char *[]){ "REQUEST_URI=/v1/x?y=1", "SCRIPT_NAME=/v1/x",
	    "PATH_INFO=", NULL });
	T_STR(r.path, "/v1/x");
	T_STR(r.raw_query, "y=1");
	T(r.script_name == NULL || *r.script_name == '\0');
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/v1/x", "SCRIPT_NAME=/v1/x", NULL });
	T_STR(r.path, "/v1/x");
	T(r.script_name == NULL || *r.script_name == '\0');
	request_free(&r);
	/* A SCRIPT_NAME that is not a prefix at a '/' boundary stays. */
	dec(&r, (char *[]){ "REQUEST_URI=/kintox/v1/x", "SCRIPT_NAME=/kinto",
	    "PATH_INFO=/v1/x", NULL });
	T_STR(r.path, "/kintox/v1/x");
	T(r.script_name == NULL || *r.script_name == '\0');
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/other/v1/x", "SCRIPT_NAME=/kinto",
	    "PATH_INFO=/v1/x", NULL });
	T_STR(r.path, "/other/v1/x");
	request_free(&r);
	/* nginx's usual fastcgi_params: SCRIPT_NAME = the path. */
	dec(&r, (char *[]){ "REQUEST_URI=/v1/x", "SCRIPT_NAME=/",
	    "PATH_INFO=/v1/x", NULL });
	T_STR(r.path, "/v1/x");
	T(r.script_name == NULL || *r.script_name == '\0');
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/v1/x", "SCRIPT_NAME=",
	    "PATH_INFO=/v1/x", NULL });
	T_STR(r.path, "/v1/x");
	request_free(&r);

	/* Without REQUEST_URI: rebuilt from the parts. */
	dec(&r, (char *[]){ "SCRIPT_NAME=/cgi-bin/cinto", "PATH_INFO=/v1/x",
	    "QUERY_STRING=a=1&b=2", NULL });
	T_STR(r.path, "/v1/x");
	T_STR(r.raw_query, "a=1&b=2");
	T_INT(r.nquery, 2);
	T_STR(r.script_name, "/cgi-bin/cinto");
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=", "SCRIPT_NAME=/kinto",
	    "PATH_INFO=/v1/", "QUERY_STRING=", NULL });
	T_STR(r.path, "/v1/");
	T_STR(r.raw_query, "");
	T_STR(r.script_name, "/kinto");
	request_free(&r);
	dec(&r, (char *[]){ "SCRIPT_NAME=/v1/x", "QUERY_STRING=q=1", NULL });
	T_STR(r.path, "/v1/x");
	T_STR(r.raw_query, "q=1");
	T(r.script_name == NULL || *r.script_name == '\0');
	request_free(&r);
	dec(&r, (char *[]){ "PATH_INFO=/v1/y", NULL });
	T_STR(r.path, "/v1/y");
	request_free(&r);
	dec(&r, (char *[]){ NULL });
	T_STR(r.path, "/");
	T_STR(r.raw_query, "");
	request_free(&r);
	dec(&r, (char *[]){ "QUERY_STRING=a=1", NULL });
	T_STR(r.path, "");
	T_STR(r.raw_query, "a=1");
	request_free(&r);

	/* Encoding flaws come through. */
	dec(&r, (char *[]){ "REQUEST_URI=/v1/%ff", NULL });
	T_INT(r.flaw, FLAW_PATH_ENCODING);
	request_free(&r);
	dec(&r, (char *[]){ "REQUEST_URI=/v1/?q=%ff", NULL });
	T_INT(r.flaw, FLAW_QUERY_ENCODING);
	request_free(&r);
}

static void
t_body(void)
{
	struct request	 r;
	struct src	 s;
	char		*big;
	size_t		 i;

	/* CONTENT_LENGTH=0: nothing read. */
	s = (struct src){ "ignored", 7, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_METHOD=POST", "REQUEST_URI=/",
	    "CONTENT_LENGTH=0", NULL }, &s, MAXBODY);
	T_STR(r.body, NULL);
	T_INT(r.bodylen, 0);
	T_INT(s.calls, 0);
	T_INT(r.flaw, FLAW_NONE);
	request_free(&r);

	/* "" and absent: read until the end. */
	s = (struct src){ "abc\0def", 7, 0, 2, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_LENGTH=", NULL },
	    &s, MAXBODY);
	T_INT(r.bodylen, 7);
	T(r.body != NULL && memcmp(r.body, "abc\0def", 8) == 0);
	T_INT(s.pos, 7);
	request_free(&r);
	s = (struct src){ "xyz", 3, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", NULL }, &s, MAXBODY);
	T_STR(r.body, "xyz");
	T_INT(r.bodylen, 3);
	request_free(&r);
	/* An empty body is no body. */
	s = (struct src){ "", 0, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", NULL }, &s, MAXBODY);
	T_STR(r.body, NULL);
	T_INT(r.bodylen, 0);
	request_free(&r);
	/* A bad CONTENT_LENGTH is no declared length. */
	s = (struct src){ "xyz", 3, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_LENGTH=abc",
	    NULL }, &s, MAXBODY);
	T_STR(r.body, "xyz");
	request_free(&r);
	s = (struct src){ "xyz", 3, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_LENGTH=-1",
	    NULL }, &s, MAXBODY);
	T_STR(r.body, "xyz");
	T_INT(r.flaw, FLAW_NONE);
	request_free(&r);

	/* Exactly max_body: accepted, declared or not, in any chunks. */
	big = malloc(MAXBODY + 100);
	for (i = 0; i < MAXBODY + 100; i++)
		big[i] = (char)('a' + i % 26);
	s = (struct src){ big, MAXBODY, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_LENGTH=1024",
	    NULL }, &s, MAXBODY);
	T_INT(r.flaw, FLAW_NONE);
	T_INT(r.bodylen, MAXBODY);
	T(r.body != NULL && memcmp(r.body, big, MAXBODY) == 0 &&
	    r.body[MAXBODY] == '\0');
	request_free(&r);
	s = (struct src){ big, MAXBODY, 0, 100, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", NULL }, &s, MAXBODY);
	T_INT(r.flaw, FLAW_NONE);
	T_INT(r.bodylen, MAXBODY);
	T(r.body != NULL && memcmp(r.body, big, MAXBODY) == 0);
	request_free(&r);

	/* Declared above max_body: flaw, nothing kept, all drained. */
	s = (struct src){ big, MAXBODY + 1, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_LENGTH=1025",
	    NULL }, &s, MAXBODY);
	T_INT(r.flaw, FLAW_BODY_TOO_LARGE);
	T_STR(r.body, NULL);
	T_INT(r.bodylen, 0);
	T_INT(s.pos, MAXBODY + 1);
	request_free(&r);
	s = (struct src){ NULL, 1 << 20, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/",
	    "CONTENT_LENGTH=1048576", NULL }, &s, MAXBODY);
	T_INT(r.flaw, FLAW_BODY_TOO_LARGE);
	T_INT(s.pos, 1 << 20);
	request_free(&r);
	/* A lie: declared too large, little sent; still the flaw. */
	s = (struct src){ "abc", 3, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/",
	    "CONTENT_LENGTH=99999999999", NULL }, &s, MAXBODY);
	T_INT(r.flaw, FLAW_BODY_TOO_LARGE);
	T_STR(r.body, NULL);
	request_free(&r);

	/* Undeclared, growing past max_body: flaw, drained. */
	s = (struct src){ big, MAXBODY + 1, 0, 7, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", NULL }, &s, MAXBODY);
	T_INT(r.flaw, FLAW_BODY_TOO_LARGE);
	T_STR(r.body, NULL);
	T_INT(r.bodylen, 0);
	T_INT(s.pos, MAXBODY + 1);
	request_free(&r);
	s = (struct src){ NULL, 300000, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_LENGTH=", NULL },
	    &s, MAXBODY);
	T_INT(r.flaw, FLAW_BODY_TOO_LARGE);
	T_INT(s.pos, 300000);
	request_free(&r);
	/* Declared small, sent large: the flaw too. */
	s = (struct src){ NULL, 5000, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_LENGTH=10", NULL },
	    &s, MAXBODY);
	T(r.bodylen <= MAXBODY);
	request_free(&r);

	/* Draining is bounded: a huge body is not read to its end. */
	s = (struct src){ NULL, (size_t)1 << 30, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", NULL }, &s, MAXBODY);
	T_INT(r.flaw, FLAW_BODY_TOO_LARGE);
	T(s.pos > MAXBODY);
	T(s.pos < ((size_t)1 << 30));
	request_free(&r);
	s = (struct src){ NULL, (size_t)1 << 30, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_LENGTH=1073741824",
	    NULL }, &s, MAXBODY);
	T_INT(r.flaw, FLAW_BODY_TOO_LARGE);
	T(s.pos < ((size_t)1 << 30));
	request_free(&r);

	/* A large body within a large limit, in odd chunks. */
	s = (struct src){ NULL, 200000, 0, 4099, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_LENGTH=200000",
	    NULL }, &s, 200000);
	T_INT(r.flaw, FLAW_NONE);
	T_INT(r.bodylen, 200000);
	T(r.body != NULL && r.body[0] == 'v' && r.body[199999] == 'v' &&
	    r.body[200000] == '\0');
	request_free(&r);

	/* A read error ends the body; no flaw, no crash. */
	s = (struct src){ big, 100, 0, 10, 0, 3 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", NULL }, &s, MAXBODY);
	T_INT(r.flaw, FLAW_NONE);
	T(r.bodylen <= 20);
	request_free(&r);

	/*
	 * RFC 3875, 4.2: "The script MUST NOT attempt to read more than
	 * CONTENT_LENGTH bytes, even if more data is available".
	 */
	s = (struct src){ "helloEXTRA", 10, 0, 0, 0, 0 };
	dec_body(&r, (char *[]){ "REQUEST_URI=/", "CONTENT_LENGTH=5", NULL },
	    &s, MAXBODY);
	T_INT(r.bodylen, 5);
	T_STR(r.body, "hello");
	T_INT(s.pos, 5);
	request_free(&r);
	free(big);
}

static void
t_encode(void)
{
	struct response	 resp;
	struct buf	 b = { 0 };

	response_init(&resp);
	response_set_body(&resp, 200, "application/json", "{}", 2);
	response_add_header(&resp, "ETag", "\"12\"");
	encode_response_head(&resp, &b, 0);
	T_STR(b.data, "Status: 200 OK\r\n"
	    "Content-Type: application/json\r\n"
	    "ETag: \"12\"\r\n"
	    "Content-Length: 2\r\n"
	    "\r\n");
	/* HEAD: no Content-Length. */
	buf_reset(&b);
	encode_response_head(&resp, &b, 1);
	T_STR(b.data, "Status: 200 OK\r\n"
	    "Content-Type: application/json\r\n"
	    "ETag: \"12\"\r\n"
	    "\r\n");
	response_free(&resp);

	/* 304: no Content-Length either. */
	response_init(&resp);
	resp.status = 304;
	response_add_header(&resp, "ETag", "\"12\"");
	buf_reset(&b);
	encode_response_head(&resp, &b, 0);
	T_STR(b.data, "Status: 304 Not Modified\r\nETag: \"12\"\r\n\r\n");
	response_free(&resp);

	/* No headers, no body; appended to what b holds. */
	response_init(&resp);
	resp.status = 404;
	buf_reset(&b);
	buf_puts(&b, "<");
	encode_response_head(&resp, &b, 0);
	T_STR(b.data, "<Status: 404 Not Found\r\nContent-Length: 0\r\n\r\n");
	resp.status = 299;
	buf_reset(&b);
	encode_response_head(&resp, &b, 0);
	T_STR(b.data, "Status: 299 Unknown\r\nContent-Length: 0\r\n\r\n");
	response_free(&resp);

	/* CR and LF in a value cannot start a header. */
	response_init(&resp);
	resp.status = 307;
	response_add_header(&resp, "Location",
	    "/v1/x\r\nSet-Cookie: a=1\nX-Y: 2\rZ");
	buf_reset(&b);
	encode_response_head(&resp, &b, 0);
	T_STR(b.data, "Status: 307 Temporary Redirect\r\n"
	    "Location: /v1/x  Set-Cookie: a=1 X-Y: 2 Z\r\n"
	    "Content-Length: 0\r\n\r\n");
	T(strstr(b.data, "\nSet-Cookie") == NULL);
	T(strstr(b.data, "\nX-Y") == NULL);
	response_free(&resp);

	/* Several headers of a name stay several, in order. */
	response_init(&resp);
	resp.status = 401;
	response_add_header(&resp, "WWW-Authenticate", "Basic realm=\"a\"");
	response_add_header(&resp, "WWW-Authenticate", "Bearer");
	buf_reset(&b);
	encode_response_head(&resp, &b, 1);
	T_STR(b.data, "Status: 401 Unauthorized\r\n"
	    "WWW-Authenticate: Basic realm=\"a\"\r\n"
	    "WWW-Authenticate: Bearer\r\n\r\n");
	response_free(&resp);
	buf_free(&b);

	T_STR(http_reason(201), "Created");
	T_STR(http_reason(400), "Bad Request");
	T_STR(http_reason(405), "Method Not Allowed");
	T_STR(http_reason(410), "Gone");
	T_STR(http_reason(412), "Precondition Failed");
	T_STR(http_reason(413), "Request Entity Too Large");
	T_STR(http_reason(500), "Internal Server Error");
	T_STR(http_reason(503), "Service Unavailable");
	T_STR(http_reason(0), "Unknown");
	T_STR(http_reason(-1), "Unknown");
}

int
main(void)
{
	t_basic();
	t_origin();
	t_target();
	t_body();
	t_encode();
	return t_report();
}
