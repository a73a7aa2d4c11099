/*
 * request.h — struct request and struct response: what core_handle()
 * reads and writes.  No FastCGI type appears here (DESIGN.md, "Request
 * and response"): fcgi/ fills a request from CGI variables, tests and
 * /batch build one in memory.
 *
 * Ownership: a request owns every string it points to (copied in by the
 * request_set_*() functions) and frees them in request_free(); a
 * response owns its headers and body, freed by response_free().
 */
#ifndef CINTO_REQUEST_H
#define CINTO_REQUEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cJSON.h>

enum method {
	METHOD_GET,
	METHOD_HEAD,
	METHOD_POST,
	METHOD_PUT,
	METHOD_PATCH,
	METHOD_DELETE,
	METHOD_OPTIONS,
	METHOD_TRACE,
	METHOD_OTHER,		/* anything else: 405 wherever it goes */
	METHOD__MAX
};

#define M_BIT(m)	(1u << (m))

extern const char *const method_names[METHOD__MAX];

enum method	 method_from_name(const char *);

/*
 * The request headers core looks at, indexed.  Names are matched
 * case-insensitively; CGI passes them as HTTP_<NAME> variables.
 */
enum header {
	HDR_ACCEPT,
	HDR_AC_REQUEST_HEADERS,	/* Access-Control-Request-Headers */
	HDR_AC_REQUEST_METHOD,	/* Access-Control-Request-Method */
	HDR_AUTHORIZATION,
	HDR_CONTENT_TYPE,
	HDR_HOST,
	HDR_IF_MATCH,
	HDR_IF_NONE_MATCH,
	HDR_ORIGIN,
	HDR_RESPONSE_BEHAVIOR,
	HDR_X_REQUEST_ID,
	HDR__MAX
};

extern const char *const header_names[HDR__MAX];

/* Returns the header whose name is given (any case), or HDR__MAX. */
enum header	 header_from_name(const char *, size_t);

/* One decoded query-string pair, in the order received. */
struct qpair {
	char	*name;		/* percent-decoded, NUL-terminated */
	char	*value;		/* percent-decoded, NUL-terminated */
	size_t	 namelen;	/* bytes, may hold embedded NUL */
	size_t	 valuelen;
};

/* Problems found while decoding, reported by core in the protocol order. */
enum request_flaw {
	FLAW_NONE = 0,
	FLAW_PATH_ENCODING,	/* path not UTF-8 once decoded: 400 */
	FLAW_QUERY_ENCODING,	/* query not UTF-8 once decoded: 400 */
	FLAW_BODY_TOO_LARGE,	/* more than max_body_bytes: 413 */
};

struct request {
	enum method	 method;
	char		*method_name;	/* as received, for logs and batch */
	char		*raw_path;	/* path part of REQUEST_URI, undecoded */
	char		*path;		/* percent-decoded */
	size_t		 pathlen;	/* may hold an embedded NUL (%00) */
	char		*raw_query;	/* after '?', undecoded; "" if none */
	struct qpair	*query;
	size_t		 nquery;
	char		*headers[HDR__MAX];	/* NULL when absent */
	char		*script_name;	/* mount point, e.g. "/kinto", or "" */
	char		*scheme;	/* "http" or "https" */
	char		*host;		/* Host header or server name[:port] */
	char		*remote_addr;
	char		*remote_user;	/* REMOTE_USER set by the web server */
	char		*body;		/* NUL-terminated for convenience */
	size_t		 bodylen;
	enum request_flaw flaw;
};

/* Zeroes a request; everything in it is then unset. */
void	 request_init(struct request *);
void	 request_free(struct request *);

void	 request_set_method(struct request *, const char *);
/*
 * Splits a raw request target ("/v1/x?y=1") into raw_path, path and
 * query pairs.  Sets FLAW_PATH_ENCODING / FLAW_QUERY_ENCODING when the
 * decoded bytes are not UTF-8; the raw forms are kept either way.
 */
void	 request_set_target(struct request *, const char *target);
void	 request_set_header(struct request *, enum header, const char *);
/* Takes the body (xmalloc'd, NUL-terminated at len) over. */
void	 request_take_body(struct request *, char *, size_t);
void	 request_set_string(char **field, const char *);

/* The value of the first query pair with that name, or NULL. */
const char	*request_query(const struct request *, const char *);

/* One response header; names keep the case we write them with. */
struct resp_header {
	char	*name;
	char	*value;
};

struct response {
	int			 status;
	struct resp_header	*headers;
	size_t			 nheaders;
	size_t			 headers_cap;
	cJSON			*json;		/* body as JSON, or NULL */
	char			*body;		/* serialized body bytes */
	size_t			 bodylen;
	int			 kinto_errno;	/* 0 unless an error body */
	char			*user_id;	/* for the summary log line */
};

void	 response_init(struct response *);
void	 response_free(struct response *);
/* Adds a header (copies both strings); several of a name may coexist. */
void	 response_add_header(struct response *, const char *name,
	    const char *value);
/* Replaces every header of that name (any case) by one with this value. */
void	 response_set_header(struct response *, const char *name,
	    const char *value);
void	 response_set_headerf(struct response *, const char *name,
	    const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The first header of that name, any case, or NULL. */
const char	*response_header(const struct response *, const char *name);
void	 response_del_header(struct response *, const char *name);
/* Gives the response a JSON body (takes ownership of the tree). */
void	 response_set_json(struct response *, int status, cJSON *);
/* Gives the response a raw body with its Content-Type (copied). */
void	 response_set_body(struct response *, int status,
	    const char *content_type, const char *, size_t);

#endif
