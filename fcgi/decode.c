/*
 * decode.c — see decode.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/request.h"
#include "core/util.h"
#include "fcgi/decode.h"

/* Drained beyond max_body before giving up on the rest. */
#define DRAIN_LIMIT	(64LL << 20)

static const char *
env_get(char *const *envp, const char *name)
{
	size_t	 len = strlen(name);

	for (; *envp != NULL; envp++)
		if (strncmp(*envp, name, len) == 0 && (*envp)[len] == '=')
			return *envp + len + 1;
	return NULL;
}

/*
 * CGI passes request headers as HTTP_<NAME> with '-' as '_' (RFC 3875,
 * 4.1.18), except Content-Type, which is CONTENT_TYPE.
 */
static void
decode_headers(struct request *req, char *const *envp)
{
	char *const	*e;
	char		 name[64];
	const char	*v, *eq;
	size_t		 i, len;
	enum header	 h;

	for (e = envp; *e != NULL; e++) {
		if (strncmp(*e, "HTTP_", 5) != 0)
			continue;
		if ((eq = strchr(*e, '=')) == NULL)
			continue;
		len = (size_t)(eq - *e) - 5;
		if (len >= sizeof(name))
			continue;
		for (i = 0; i < len; i++)
			name[i] = (*e)[5 + i] == '_' ? '-' : (*e)[5 + i];
		if ((h = header_from_name(name, len)) != HDR__MAX)
			request_set_header(req, h, eq + 1);
	}
	if ((v = env_get(envp, "CONTENT_TYPE")) != NULL && *v != '\0')
		request_set_header(req, HDR_CONTENT_TYPE, v);
}

/* scheme://host as the client used them (RFC 3875, 4.1.14 and 4.1.15). */
static void
decode_origin(struct request *req, char *const *envp)
{
	const char	*https, *scheme, *name, *port;
	bool		 secure;

	https = env_get(envp, "HTTPS");
	scheme = env_get(envp, "REQUEST_SCHEME");
	secure = (https != NULL && str_casecmp(https, "on") == 0) ||
	    (scheme != NULL && strcmp(scheme, "https") == 0);
	request_set_string(&req->scheme, secure ? "https" : "http");
	if (req->headers[HDR_HOST] != NULL && *req->headers[HDR_HOST] != '\0')
		request_set_string(&req->host, req->headers[HDR_HOST]);
	else if ((name = env_get(envp, "SERVER_NAME")) != NULL) {
		port = env_get(envp, "SERVER_PORT");
		if (port == NULL || strcmp(port, secure ? "443" : "80") == 0)
			request_set_string(&req->host, name);
		else {
			char *h = xasprintf("%s:%s", name, port);
			request_set_string(&req->host, h);
			free(h);
		}
	}
}

/*
 * The request target: REQUEST_URI when the server gives it, else rebuilt
 * from SCRIPT_NAME, PATH_INFO and QUERY_STRING.  When the server split
 * the URL into a mount point (SCRIPT_NAME) and PATH_INFO, the mount
 * point is removed and kept for the absolute URLs we generate.
 */
static void
decode_target(struct request *req, char *const *envp)
{
	const char	*uri, *script, *pinfo, *qs;
	size_t		 slen;
	char		*t;

	uri = env_get(envp, "REQUEST_URI");
	script = env_get(envp, "SCRIPT_NAME");
	pinfo = env_get(envp, "PATH_INFO");
	if (script == NULL)
		script = "";
	slen = strlen(script);
	/* Without a '/' after it, SCRIPT_NAME is the whole path, not a mount. */
	if (pinfo == NULL || *pinfo == '\0' || slen == 0 ||
	    script[slen - 1] == '/')
		slen = 0;
	if (uri != NULL && *uri != '\0') {
		if (slen > 0 && strncmp(uri, script, slen) == 0 &&
		    uri[slen] == '/') {
			req->script_name = xstrndup(script, slen);
			uri += slen;
		}
		request_set_target(req, uri);
		return;
	}
	qs = env_get(envp, "QUERY_STRING");
	t = xasprintf("%s%s%s%s", slen > 0 ? "" : script,
	    pinfo != NULL ? pinfo : "", qs != NULL && *qs != '\0' ? "?" : "",
	    qs != NULL ? qs : "");
	if (slen > 0)
		req->script_name = xstrndup(script, slen);
	request_set_target(req, *t == '\0' ? "/" : t);
	free(t);
}

static void
decode_body(struct request *req, char *const *envp, body_reader rd,
    void *arg, int64_t max_body)
{
	const char	*cl = env_get(envp, "CONTENT_LENGTH");
	struct buf	 b = { 0 };
	char		 sink[8192];
	int64_t		 declared = -1, drained = 0;
	ssize_t		 n;

	/*
	 * "0" is no body; "" and absent declare nothing: FastCGI ends the
	 * body itself (the CGI mode's reader gives nothing then).
	 */
	if (cl != NULL && *cl != '\0' &&
	    !str_to_i64(cl, 0, INT64_MAX, &declared))
		declared = -1;
	if (declared == 0)
		return;
	if (declared > max_body) {
		req->flaw = FLAW_BODY_TOO_LARGE;
		while (drained < DRAIN_LIMIT &&
		    (n = rd(arg, sink, sizeof(sink))) > 0)
			drained += n;
		return;
	}
	/* RFC 3875, 4.2: never read more than CONTENT_LENGTH bytes. */
	for (;;) {
		size_t want = sizeof(sink);

		if (declared > 0 && (int64_t)b.len + (int64_t)want > declared)
			want = (size_t)(declared - (int64_t)b.len);
		if (want == 0)
			break;
		buf_grow(&b, want);
		n = rd(arg, b.data + b.len, want);
		if (n <= 0)
			break;
		b.len += (size_t)n;
		b.data[b.len] = '\0';
		if ((int64_t)b.len > max_body) {
			req->flaw = FLAW_BODY_TOO_LARGE;
			buf_free(&b);
			while (drained < DRAIN_LIMIT &&
			    (n = rd(arg, sink, sizeof(sink))) > 0)
				drained += n;
			return;
		}
	}
	if (b.len > 0) {
		req->body = buf_detach(&b, &req->bodylen);
	} else
		buf_free(&b);
}

void
decode_request(struct request *req, char *const *envp, body_reader rd,
    void *arg, int64_t max_body)
{
	const char	*v;

	v = env_get(envp, "REQUEST_METHOD");
	request_set_method(req, v != NULL ? v : "GET");
	decode_headers(req, envp);
	decode_target(req, envp);
	decode_origin(req, envp);
	if ((v = env_get(envp, "REMOTE_ADDR")) != NULL)
		request_set_string(&req->remote_addr, v);
	if ((v = env_get(envp, "REMOTE_USER")) != NULL && *v != '\0')
		request_set_string(&req->remote_user, v);
	decode_body(req, envp, rd, arg, max_body);
}

const char *
http_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 201: return "Created";
	case 202: return "Accepted";
	case 204: return "No Content";
	case 304: return "Not Modified";
	case 307: return "Temporary Redirect";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 406: return "Not Acceptable";
	case 409: return "Conflict";
	case 410: return "Gone";
	case 411: return "Length Required";
	case 412: return "Precondition Failed";
	case 413: return "Request Entity Too Large";
	case 415: return "Unsupported Media Type";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	case 507: return "Insufficient Storage";
	default: return "Unknown";
	}
}

/* A value echoed from a request must not be able to add a header. */
static void
put_header_value(struct buf *b, const char *v)
{
	for (; *v != '\0'; v++)
		buf_putc(b, *v == '\r' || *v == '\n' ? ' ' : *v);
}

void
encode_response_head(const struct response *resp, struct buf *b,
    int is_head)
{
	size_t	 i;

	buf_printf(b, "Status: %d %s\r\n", resp->status,
	    http_reason(resp->status));
	for (i = 0; i < resp->nheaders; i++) {
		buf_printf(b, "%s: ", resp->headers[i].name);
		put_header_value(b, resp->headers[i].value);
		buf_puts(b, "\r\n");
	}
	/* HEAD: the server must not wait for a body it will not get. */
	if (!is_head && resp->status != 304)
		buf_printf(b, "Content-Length: %lu\r\n",
		    (unsigned long)resp->bodylen);
	buf_puts(b, "\r\n");
}
