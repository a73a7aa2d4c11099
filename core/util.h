/*
 * util.h — allocation that cannot fail, growable byte buffers, small
 * string helpers shared by every layer.
 *
 * Ownership: x*alloc() results belong to the caller (free()).  A struct
 * buf owns its bytes until buf_free() or buf_detach().
 *
 * Out of memory is not an input error: xmalloc() and kin log and abort(),
 * and the pool master respawns the worker (DESIGN.md, "Process model").
 */
#ifndef CINTO_UTIL_H
#define CINTO_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

/* A growable byte buffer, always NUL-terminated after its len bytes. */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 buf_grow(struct buf *, size_t more);
void	 buf_add(struct buf *, const void *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_putc(struct buf *, char);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_vprintf(struct buf *, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));
void	 buf_reset(struct buf *);
void	 buf_free(struct buf *);
/* Hands the bytes to the caller (free()); the buffer is empty after. */
char	*buf_detach(struct buf *, size_t *len);

/* Case-insensitive ASCII comparison, independent of the locale. */
int	 str_casecmp(const char *, const char *);
int	 str_ncasecmp(const char *, const char *, size_t);
bool	 str_has_prefix(const char *, const char *);
/* ASCII lower case of in, truncated to fit out (always terminated). */
void	 str_lower(char *out, size_t outsz, const char *in);

/*
 * Parses a whole decimal integer in [min, max]; surrounding blanks are
 * not accepted.  Returns false (and leaves *out alone) otherwise.
 */
bool	 str_to_i64(const char *, int64_t min, int64_t max, int64_t *out);

/* Compares two byte strings in time independent of their content. */
bool	 mem_equal_ct(const void *, const void *, size_t);

/* Milliseconds since the Unix epoch (wall clock) and a monotonic clock. */
int64_t	 now_ms(void);
int64_t	 mono_us(void);

/* Writes an RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"). */
void	 http_date(char out[30], int64_t unix_seconds);



/*
 * True when the n bytes are well-formed UTF-8 (RFC 3629: no overlongs,
 * no surrogates, nothing above U+10FFFF).
 */
bool	 utf8_valid(const char *, size_t n);

/*
 * Percent-decodes n bytes into out (which has room for n + 1 bytes) and
 * returns the decoded length; out is NUL-terminated.  A '%' not followed
 * by two hex digits stays as it is, as browsers and Python do.  With
 * plus_is_space, '+' decodes to a space (query strings, RFC 1866 forms).
 */
size_t	 url_decode(const char *, size_t n, char *out, bool plus_is_space);

/*
 * Appends s percent-encoded for a query string the way Python's
 * urlencode() does: unreserved bytes kept, space as '+', the rest %XX.
 */
void	 url_encode_query(struct buf *, const char *, size_t n);

#endif
