/*
 * errors.h — the one table that maps cinto's internal errors to Kinto's
 * HTTP status, errno, title and message (protocol/errors.md), and the
 * builders of Kinto's error bodies.
 *
 * Ownership: error_*() functions replace the response body and status;
 * a cJSON details tree passed in is taken over.  struct verrors owns its
 * entries until verrors_free().
 */
#ifndef CINTO_ERRORS_H
#define CINTO_ERRORS_H

#include <cJSON.h>

struct config;
struct response;

enum kerr {
	KERR_OK = 0,
	KERR_INVALID,		/* 400 107 validation, with details */
	KERR_BAD_PATH,		/* 400 107 path not UTF-8 */
	KERR_BAD_QUERY,		/* 400 107 query not UTF-8 */
	KERR_UNAUTHORIZED,	/* 401 104 */
	KERR_FORBIDDEN,		/* 403 121 */
	KERR_ACCOUNTS_ANONYMOUS, /* 401 999 "Cannot read accounts." (auth.md) */
	KERR_NOT_FOUND,		/* 404 111 unknown URL */
	KERR_OBJECT_NOT_FOUND,	/* 404 110 with {id, resource_name} */
	KERR_PARENT_NOT_FOUND,	/* 404 111 with {id, resource_name} */
	KERR_VERSION,		/* 404 116 other API version */
	KERR_METHOD,		/* 405 115 */
	KERR_NOT_ACCEPTABLE,	/* 406 107 */
	KERR_CONFLICT,		/* 409 122 */
	KERR_GONE,		/* 410 202 end of service */
	KERR_PRECONDITION,	/* 412 114 */
	KERR_TOO_LARGE,		/* 413 113 body over max_body_bytes */
	KERR_UNSUPPORTED_MEDIA,	/* 415 107 */
	KERR_INTERNAL,		/* 500 999 */
	KERR_BACKEND,		/* 503 201 */
	/* Defined by Kinto (errors.md) but used by no endpoint of it. */
	KERR_INVALID_AUTH_TOKEN,	/* 401 105 */
	KERR_BADJSON,		/* 400 106 */
	KERR_MISSING_PARAMETERS,	/* 400 108 */
	KERR_INVALID_POSTED_DATA,	/* 400 109 */
	KERR_MISSING_LENGTH,	/* 411 112 */
	KERR_TOO_MANY_REQUESTS,	/* 429 117 */
	KERR__MAX
};

enum st_rc;

/*
 * The answer to a storage failure (DESIGN.md): a lock still busy after
 * the timeout and a backend failure are 503 errno 201 (Retry-After), an
 * integrity conflict 409 errno 122; a missing object 404 errno 110.
 */
enum kerr	 kerr_from_st(enum st_rc);

/* The HTTP status and Kinto errno of an error. */
int	 kerr_status(enum kerr);
int	 kerr_errno(enum kerr);

/*
 * Answers with the fixed body of the error: code, errno, error, and the
 * table's message (or message when not NULL), info on 500, details when
 * given (taken over).  503 and 409 get Retry-After (errors.md).
 */
void	 error_respond(const struct config *, struct response *, enum kerr,
	    const char *message, cJSON *details);

/* One request-validation problem (errors.md, "Validation errors"). */
struct verror {
	const char	*location;	/* body, querystring, header, path */
	char		*name;		/* NULL prints as null */
	char		*description;
};

struct verrors {
	struct verror	*v;
	size_t		 n;
};

void	 verrors_add(struct verrors *, const char *location, const char *name,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void	 verrors_free(struct verrors *);

/*
 * Answers 400 (or 406 / 415, per err) with errno 107, every problem in
 * details sorted by name, and the message of the first one built by
 * Kinto's rule: the bare description when it contains the name, else
 * "<name> in <location>: <description>", or "<location>: <description>"
 * when the name is null.  Empties ve.
 */
void	 error_respond_invalid(const struct config *, struct response *,
	    enum kerr, struct verrors *ve);

#endif
