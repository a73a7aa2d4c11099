/*
 * match.c — see match.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/util.h"
#include "storage/match.h"

const cJSON *
match_field(const cJSON *obj, const char *path)
{
	const char	*dot;
	const cJSON	*c;
	size_t		 len;

	while (obj != NULL) {
		if (!cJSON_IsObject(obj))
			return NULL;
		dot = strchr(path, '.');
		len = dot != NULL ? (size_t)(dot - path) : strlen(path);
		for (c = obj->child; c != NULL; c = c->next)
			if (strlen(c->string) == len &&
			    memcmp(c->string, path, len) == 0)
				break;
		if (dot == NULL)
			return c;
		obj = c;
		path = dot + 1;
	}
	return NULL;
}

/* Missing is above every value (requests.md). */
static int
cmp_missing(const cJSON *v, const cJSON *arg)
{
	if (v == NULL)
		return 1;
	return json_compare(v, arg);
}

static bool
in_array(const cJSON *v, const cJSON *arr)
{
	const cJSON	*c;

	if (v == NULL)
		return false;
	cJSON_ArrayForEach(c, arr)
		if (json_equal(v, c))
			return true;
	return false;
}

/* contains_ / contains_any_: the field must be an array. */
static bool
contains(const cJSON *v, const cJSON *arg, bool all)
{
	const cJSON	*want, *one = arg;

	if (!cJSON_IsArray(v))
		return false;
	if (!cJSON_IsArray(arg))
		return in_array(one, v);
	cJSON_ArrayForEach(want, arg) {
		if (in_array(want, v) != all)
			return !all;
	}
	return all;
}

/* Reads one UTF-8 code point (input already valid) and folds its case. */
static uint32_t
next_folded(const unsigned char **pp)
{
	const unsigned char	*p = *pp;
	uint32_t		 c;

	if (p[0] < 0x80) {
		c = p[0];
		*pp = p + 1;
	} else if ((p[0] & 0xE0) == 0xC0) {
		c = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
		*pp = p + 2;
	} else if ((p[0] & 0xF0) == 0xE0) {
		c = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 |
		    (p[2] & 0x3F);
		*pp = p + 3;
	} else {
		c = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
		    (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
		*pp = p + 4;
	}
	/* Simple case folding of ASCII, Latin-1, Greek and Cyrillic. */
	if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
	    (c >= 0x391 && c <= 0x3AB && c != 0x3A2) ||
	    (c >= 0x410 && c <= 0x42F))
		c += 32;
	else if (c >= 0x400 && c <= 0x40F)
		c += 80;
	return c;
}

/* Decodes and folds a string into code points; the caller frees. */
static uint32_t *
fold(const char *s, size_t *n)
{
	const unsigned char	*p = (const unsigned char *)s;
	uint32_t		*out;
	size_t			 i = 0;

	out = xmalloc((strlen(s) + 1) * sizeof(*out));
	while (*p != '\0')
		out[i++] = next_folded(&p);
	*n = i;
	return out;
}

bool
match_like(const char *text, const char *pattern)
{
	uint32_t	*t, *p;
	size_t		 tn, pn, ti = 0, pi = 0, star = SIZE_MAX, mark = 0;
	bool		 r;

	t = fold(text, &tn);
	p = fold(pattern, &pn);
	/* Without any '*' the pattern matches anywhere: *pattern*. */
	if (strchr(pattern, '*') == NULL) {
		p = xrealloc(p, (pn + 2) * sizeof(*p));
		memmove(p + 1, p, pn * sizeof(*p));
		p[0] = p[pn + 1] = '*';
		pn += 2;
	}
	/* Wildcard matching, backtracking to the last '*' only. */
	while (ti < tn) {
		if (pi < pn && p[pi] == '*') {
			star = pi++;
			mark = ti;
		} else if (pi < pn && p[pi] == t[ti]) {
			pi++;
			ti++;
		} else if (star != SIZE_MAX) {
			pi = star + 1;
			ti = ++mark;
		} else
			break;
	}
	while (pi < pn && p[pi] == '*')
		pi++;
	r = ti == tn && pi == pn;
	free(t);
	free(p);
	return r;
}

bool
match_op(enum st_op op, const cJSON *v, const cJSON *arg)
{
	switch (op) {
	case ST_EQ:
		return v != NULL && json_equal(v, arg);
	case ST_NOT:
		return v == NULL || !json_equal(v, arg);
	case ST_LT:
		return cmp_missing(v, arg) < 0;
	case ST_GT:
		return cmp_missing(v, arg) > 0;
	case ST_MIN:
		return cmp_missing(v, arg) >= 0;
	case ST_MAX:
		return cmp_missing(v, arg) <= 0;
	case ST_IN:
		return in_array(v, arg);
	case ST_EXCLUDE:
		return !in_array(v, arg);
	case ST_LIKE:
		return cJSON_IsString(v) && cJSON_IsString(arg) &&
		    match_like(v->valuestring, arg->valuestring);
	case ST_HAS:
		return (v != NULL) == cJSON_IsTrue(arg);
	case ST_CONTAINS:
		return contains(v, arg, true);
	case ST_CONTAINS_ANY:
		return contains(v, arg, false);
	default:
		return false;
	}
}
