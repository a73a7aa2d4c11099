/*
 * json.h — exact JSON over cJSON trees.
 *
 * The rule: a JSON value goes out exactly as it came in, numbers with
 * every digit, strings with every code point.  cJSON's own parser and
 * printer break that rule (numbers become doubles, so 12345678901234567890
 * and 0.30000000000000004 lose digits; it accepts "01" and "+1"; its
 * strings cannot hold U+0000), so neither cJSON_Parse*() nor
 * cJSON_Print*() is used anywhere: parse with json_parse(), print with
 * json_print().  The tree type, accessors, builders, cJSON_Delete() and
 * cJSON_Duplicate() are cJSON's.
 *
 * Representation:
 *
 *  - A number is a cJSON_Number whose valuestring holds its text exactly
 *    as received, already checked against the RFC 8259 grammar;
 *    valuedouble (strtod) and valueint (saturated) are set too, for
 *    convenience only.  cJSON_Delete() frees valuestring whatever the
 *    node type and cJSON_Duplicate() copies it, so the text travels with
 *    the node.  NEVER change a number node's value in place
 *    (cJSON_SetNumberValue(), valuedouble = ...): the text would be stale
 *    and win.  Replace the node with json_new_int() or
 *    json_new_number_text() instead.  A number node without text (from
 *    cJSON_CreateNumber()) still works: its double is used, printed as
 *    an integer below 2^53, else as the shortest of %.15g, %.16g and
 *    %.17g that reads back the same (NaN and infinities as null).
 *
 *  - Strings and object keys are UTF-8.  U+0000 is stored as the two
 *    bytes 0xC0 0x80 ("modified UTF-8"), which never occur in valid
 *    UTF-8, so every string stays NUL-terminated and strlen() gives its
 *    byte length; the printer writes it back as \u0000.  Code that builds
 *    strings from C may use the same encoding (cJSON_CreateString(),
 *    cJSON_AddStringToObject() and json_new_string() copy it as is).
 *
 *  - Objects never hold two members with the same key after json_parse():
 *    the last value wins and takes the position of the first occurrence,
 *    as a Python dict does (Kinto: json.loads() into a dict).
 *
 *  - cJSON_Raw nodes are printed verbatim (valuestring must be JSON).
 *
 * Ownership: arguments are borrowed; returned trees and strings are the
 * caller's (cJSON_Delete(), free()).  Nodes are allocated through
 * cJSON's hooks; json_init() points them at xmalloc()/free(), after
 * which NULL from a cJSON function means bad input, never lack of
 * memory.  This module itself aborts on lack of memory.
 *
 * Recursion: the printer, json_equal() and json_compare() (like
 * cJSON_Delete() and cJSON_Duplicate()) recurse once per nesting level,
 * so trees must be bounded in depth; json_parse() enforces max_depth
 * without recursing.
 */
#ifndef CINTO_JSON_H
#define CINTO_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cJSON.h>

#include "core/util.h"

struct json_error {
	size_t		 offset;	/* byte offset into the input */
	const char	*message;	/* static, rapidjson's wording */
};

enum json_rc {
	JSON_OK = 0,
	JSON_ESYNTAX,	/* not JSON (RFC 8259) */
	JSON_EDEPTH,	/* nested deeper than max_depth */
	JSON_EUTF8,	/* invalid UTF-8 or a lone \u surrogate */
	JSON_ERANGE,	/* a number overflows a double */
	JSON__MAX
};

/*
 * Points cJSON's allocation hooks at xmalloc()/free().  Call once at
 * start-up, before any tree exists.
 */
void		 json_init(void);

/* A short static description of rc ("syntax error", ...). */
const char	*json_strerror(enum json_rc);

/*
 * Parses exactly one JSON document (RFC 8259; surrounding JSON
 * whitespace allowed, nothing else) from buf[0..len); buf need not be
 * NUL-terminated.  Arrays and objects nested deeper than max_depth fail
 * with JSON_EDEPTH (depth 1 is a top-level [] or {}; 0 allows scalars
 * only).  A number whose magnitude overflows a double fails with
 * JSON_ERANGE (an underflow such as 1e-400 is accepted, text kept).
 * Invalid UTF-8 and \u escapes naming a lone surrogate fail with
 * JSON_EUTF8; everything else, including a byte order mark, with
 * JSON_ESYNTAX.  On success *out is the tree (the caller's); on error
 * *out is NULL and err, if not NULL, says where and what.
 */
enum json_rc	 json_parse(const char *buf, size_t len, int max_depth,
		    cJSON **out, struct json_error *err);

/*
 * Appends v as compact JSON (no whitespace) to b.  Strings: '"', '\\'
 * and control characters are escaped (\n, \u001F, ...), 0xC0 0x80 as
 * \u0000, everything else written as is ('/' and non-ASCII unescaped);
 * the bytes are not validated.  A NULL v or a node of unknown type is
 * written as null, as is a non-finite number without text.
 */
void		 json_print_buf(struct buf *b, const cJSON *v);

/*
 * Compact JSON in a new NUL-terminated string (caller frees); its length
 * goes to *len unless len is NULL.
 */
char		*json_print(const cJSON *v, size_t *len);

/*
 * New number nodes that carry their text, so every int64_t prints
 * exactly (valuedouble is rounded beyond 2^53).  json_new_number_text()
 * returns NULL unless text is a whole JSON number within the range of a
 * double (as json_parse() would accept it).
 */
cJSON		*json_new_int(int64_t);
cJSON		*json_new_number_text(const char *text);

/*
 * A new string node holding a copy of s (not NULL), which may use
 * 0xC0 0x80 (cJSON_CreateString() and cJSON_AddStringToObject() do the
 * same, but may return NULL).
 */
cJSON		*json_new_string(const char *s);

/*
 * Adds a number member (no duplicate check: the caller knows the key is
 * new) and returns it, or NULL if obj is not an object.  key is copied.
 */
cJSON		*json_add_int(cJSON *obj, const char *key, int64_t);

/*
 * Appends a byte string whose memcmp() order is json_compare()'s, with
 * NULL (a missing value) after every value: the sort key the SQLite
 * backend compares in SQL.  Equal values give equal keys.
 */
void		 json_sort_key(struct buf *b, const cJSON *v);

/*
 * The value at a dotted path ("a.b") in JSON text (valid JSON, as this
 * module prints it), without building a tree: a pointer into text and
 * its length, or NULL when the path is missing or crosses a non-object.
 */
const char	*json_text_at(const char *text, size_t len, const char *path,
		    size_t *vlen);

/* json_sort_key() of a value given as JSON text (NULL: missing). */
void		 json_sort_key_text(struct buf *b, const char *text, size_t len);

/* Room for any number printed from a double, NUL included. */
#define JSON_NUMBUF	32

/*
 * The text of a number node: its own, or for a node made from a double
 * (cJSON_CreateNumber()) the shortest text that reads back the same,
 * written into tmp.
 */
const char	*json_number_text(const cJSON *v, char tmp[JSON_NUMBUF]);

/*
 * Deep equality with JSON semantics: numbers by exact decimal value
 * (2 == 2.0 == 2e0 and -0 == 0, but 12345678901234567890 !=
 * 12345678901234567891), strings bytewise, objects as unordered sets of
 * members, arrays in order.  A NULL pointer counts as null.  Same as
 * json_compare() == 0, only faster.
 */
bool		 json_equal(const cJSON *a, const cJSON *b);

/*
 * The total order the protocol sorts and filters by:
 * null < strings < numbers < booleans (false < true) < arrays < objects
 * (PostgreSQL's jsonb order of types).  Numbers by exact value, strings
 * by Unicode code point (U+0000 first), arrays element by element then
 * the shorter first, objects as their members sorted by key, compared
 * pair by pair (key, then value), then the one with fewer members first.
 * Consistent with json_equal().  NULL sorts as null.  Returns <0, 0, >0.
 */
int		 json_compare(const cJSON *a, const cJSON *b);

/*
 * Compares the values of two JSON number texts exactly, digit by digit
 * (never through doubles); -0 == 0.  Meant for an SQL collation too, so
 * any string is accepted: text that is not a number compares as far as
 * it reads as one.  Exponents saturate at +-10^18, far beyond anything
 * a double can tell apart.  Returns <0, 0, >0.
 */
int		 json_number_text_cmp(const char *a, const char *b);

#endif
