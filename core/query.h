/*
 * query.h — the querystring of a list request (requests.md, "Querystring
 * value parsing", "Filtering", "Sorting", "Pagination", "Selecting
 * fields"; sync.md for _since, _before, _to) into what storage takes.
 *
 * Ownership: a struct query owns its filters' values, names and params,
 * its cursor and its fields; query_free() frees them.
 */
#ifndef CINTO_QUERY_H
#define CINTO_QUERY_H

#include <stdbool.h>
#include <stdint.h>

#include <cJSON.h>

#include "core/errors.h"
#include "storage/storage.h"

struct ctx;
struct buf;

/* The start of a pagination token's nonce (requests.md, "Pagination"). */
#define QUERY_NONCE_PREFIX	"pagination-token-"

struct query {
	struct st_filter	*filters;
	const char		**params;	/* each filter's name in the
						 * querystring ("gt_x") */
	size_t			 nfilters;
	struct st_sort		*sorts;		/* ends with last_modified */
	size_t			 nsorts;
	int64_t			 limit;		/* effective, 0: none */
	bool			 limited;	/* limit came from _limit */
	cJSON			*after;		/* the token's cursor, nested */
	char			*nonce;		/* the token's nonce */
	int64_t			 offset;	/* the token's offset */
	bool			 with_deleted;	/* a last_modified filter */
	bool			 deprecated_to;	/* _to was used */
	char			**fields;	/* _fields, or NULL */
	size_t			 nfields;
	cJSON			*values;	/* owns the filter values */
	char			**names;	/* owns field names */
	size_t			 nnames;
	/*
	 * Problems of the values themselves (Invalid value for x, bad
	 * token): step 10 of the order, after the type errors of step 9.
	 */
	struct verrors		 late;
};

/*
 * Parses ctx->req's querystring.  Type problems go to ctx->verr (the
 * caller answers 400 with the other validation errors of step 9);
 * problems of the filters' values wait in q->late for step 10.
 */
void	 query_parse(struct ctx *, struct query *);

/* Step 10: moves q->late into ctx->verr; KERR_INVALID if any. */
enum kerr	 query_late_errors(struct ctx *, struct query *);
void	 query_free(struct query *);

/*
 * Applies _fields to an object (in place): keeps id, last_modified and
 * the fields asked for (dotted paths keep their nested parts).
 */
void	 query_select_fields(const struct query *, cJSON *obj);

/*
 * The continuation token of a page whose last object is last (Kinto's
 * format: base64 of {"last_object", "offset", "nonce"}): a new string.
 */
char	*query_token(const struct query *, const cJSON *last, int64_t offset,
	    const char *nonce);

/*
 * The absolute URL of the next page: this request's URL with _limit set
 * to the effective limit and _token to the token (in place or added).
 */
void	 query_next_page(struct ctx *, const struct query *, const char *token,
	    struct buf *);

/*
 * Ends the page of a GET or HEAD (requests.md, "Pagination"): objs
 * holds what was fetched, at most q->limit + 1 objects; the look-ahead
 * one, when there, is dropped and Next-Page (not on HEAD) points after
 * the last one kept.
 */
void	 query_paginate(struct ctx *, const struct query *, cJSON *objs,
	    bool head);

/* HEAD of a list: Total-Objects and its old name Total-Records. */
void	 query_set_total(struct ctx *, int64_t total);

/* The Alert of a deprecated _to (sync.md), when it was used. */
void	 query_alert(struct ctx *, const struct query *);

/*
 * Resources with a strict schema (permissions, history): the first
 * filter or sort whose field (its root, for "a.b") is not in known, or
 * the _fields roots not in it, are a 400 with Kinto's messages
 * (requests.md, "Filtering", "Sorting", "Selecting fields").  known is
 * NULL-ended.
 */
enum kerr	 query_check_known(struct ctx *, const struct query *,
		    const char *const *known);

/*
 * Lists whose objects have no timestamp (GET /permissions, auth.md):
 * filters and sorts on last_modified (_since included) are dropped,
 * and the sort ends with key descending unless it holds key already.
 * key, a unique field, must outlive q (a literal).
 */
void	 query_untimed(struct query *, const char *key);

#endif
