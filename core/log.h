/*
 * log.h — structured logging on stderr: one line per event, JSON or
 * key=value text (setting log_format), each written with a single
 * write(2) so that the lines of concurrent workers do not interleave.
 *
 * Never logs a password or an Authorization header: callers pass what
 * may be logged, and log_request() picks its fields itself.
 */
#ifndef CINTO_LOG_H
#define CINTO_LOG_H

#include <stdint.h>

#include "core/config.h"

struct request;
struct response;

enum log_level {
	LOG_ERROR,
	LOG_WARN,
	LOG_INFO,
	LOG_LEVEL__MAX
};

/* Sets the format; call it in every process (it notes the pid). */
void	 log_setup(enum log_format);
void	 log_msg(enum log_level, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/*
 * The request summary line (DESIGN.md, "Observability"): time, pid,
 * method, path, status, errno, duration, user id.
 */
void	 log_request(const struct request *, const struct response *,
	    int64_t duration_us);

#endif
