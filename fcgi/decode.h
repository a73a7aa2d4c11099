/*
 * decode.h — CGI variables (RFC 3875) and the request body into a
 * struct request, and a struct response back into CGI response bytes.
 * Shared by the FastCGI workers and the plain CGI mode, which differ
 * only in where the variables and bytes come from and go to.
 */
#ifndef CINTO_DECODE_H
#define CINTO_DECODE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct buf;
struct request;
struct response;

/* Reads up to n bytes of body; returns 0 at the end, -1 on error. */
typedef ssize_t (*body_reader)(void *arg, char *, size_t n);

/*
 * Fills req (initialised by the caller) from envp and the body.  Routes
 * from the raw REQUEST_URI, minus the mount point SCRIPT_NAME when the
 * server split the path (servers disagree on PATH_INFO and on decoding
 * %2F, so the raw form is the only reliable one).  A body longer than
 * max_body is not kept: req->flaw says so, and what remains is drained
 * (up to a bound) so the server gets our 413.
 */
void	 decode_request(struct request *, char *const *envp,
	    body_reader, void *arg, int64_t max_body);

/*
 * Writes the CGI response header block ("Status: ...", headers, blank
 * line) into b; the body follows unless the method was HEAD.
 */
void	 encode_response_head(const struct response *, struct buf *,
	    int is_head);

/* The reason phrase of a status, "Unknown" for others. */
const char	*http_reason(int status);

#endif
