/*
 * jsonschema_uri.c — URI references as $id and $ref use them: RFC 3986
 * resolution (section 5.2) and a little normalization, and JSON
 * pointers in fragments (RFC 6901).  See jsonschema_int.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/jsonschema_int.h"
#include "core/util.h"

/* The five components of RFC 3986, section 3; NULL when absent. */
struct uri {
	char	*scheme;
	char	*authority;
	char	*path;		/* never NULL, maybe "" */
	char	*query;
	char	*fragment;
};

static void
uri_clear(struct uri *u)
{
	free(u->scheme);
	free(u->authority);
	free(u->path);
	free(u->query);
	free(u->fragment);
	memset(u, 0, sizeof(*u));
}

/* RFC 3986, appendix B, as a parser rather than a regex. */
static void
uri_parse(const char *s, struct uri *u)
{
	const char	*p, *e;

	memset(u, 0, sizeof(*u));
	/* scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" */
	if (isalpha((unsigned char)*s)) {
		for (p = s + 1; isalnum((unsigned char)*p) || *p == '+' ||
		    *p == '-' || *p == '.'; p++)
			continue;
		if (*p == ':') {
			u->scheme = xstrndup(s, (size_t)(p - s));
			s = p + 1;
		}
	}
	if (s[0] == '/' && s[1] == '/') {
		s += 2;
		e = s + strcspn(s, "/?#");
		u->authority = xstrndup(s, (size_t)(e - s));
		s = e;
	}
	e = s + strcspn(s, "?#");
	u->path = xstrndup(s, (size_t)(e - s));
	s = e;
	if (*s == '?') {
		e = s + 1 + strcspn(s + 1, "#");
		u->query = xstrndup(s + 1, (size_t)(e - s - 1));
		s = e;
	}
	if (*s == '#')
		u->fragment = xstrdup(s + 1);
}

/* RFC 3986, section 5.2.4: remove_dot_segments, in place. */
static void
remove_dots(char *path)
{
	char	*buf, *in, *out = path;

	in = buf = xstrdup(path);
	while (*in != '\0') {
		if (strncmp(in, "../", 3) == 0)
			in += 3;
		else if (strncmp(in, "./", 2) == 0 ||
		    strncmp(in, "/./", 3) == 0)
			in += 2;
		else if (strcmp(in, "/.") == 0)
			in[1] = '\0';
		else if (strncmp(in, "/../", 4) == 0 ||
		    strcmp(in, "/..") == 0) {
			if (in[3] == '/')
				in += 3;
			else {
				in += 2;
				in[0] = '/';
			}
			/* Drop the last segment written, with its '/'. */
			while (out > path && *--out != '/')
				continue;
		} else if (strcmp(in, ".") == 0 || strcmp(in, "..") == 0)
			in += strlen(in);
		else {
			do
				*out++ = *in++;
			while (*in != '\0' && *in != '/');
		}
	}
	*out = '\0';
	free(buf);
}

/* Lower case, in place: scheme and host are case-insensitive. */
static void
lower(char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		*s = (char)tolower((unsigned char)*s);
}

static char *
uri_build(struct uri *u)
{
	struct buf	 b = { NULL, 0, 0 };

	lower(u->scheme);
	if (u->authority != NULL && strchr(u->authority, '@') == NULL)
		lower(u->authority);
	buf_puts(&b, "");
	if (u->scheme != NULL) {
		buf_puts(&b, u->scheme);
		buf_putc(&b, ':');
	}
	if (u->authority != NULL) {
		buf_puts(&b, "//");
		buf_puts(&b, u->authority);
	}
	buf_puts(&b, u->path);
	if (u->query != NULL) {
		buf_putc(&b, '?');
		buf_puts(&b, u->query);
	}
	/* An empty fragment names the same resource: dropped. */
	if (u->fragment != NULL && *u->fragment != '\0') {
		buf_putc(&b, '#');
		buf_puts(&b, u->fragment);
	}
	return buf_detach(&b, NULL);
}

/* RFC 3986, section 5.2.3: base's path up to its last '/', then ref's. */
static char *
merge(const struct uri *base, const char *ref)
{
	const char	*slash;

	if (base->authority != NULL && *base->path == '\0')
		return xasprintf("/%s", ref);
	if ((slash = strrchr(base->path, '/')) == NULL)
		return xstrdup(ref);
	return xasprintf("%.*s%s", (int)(slash - base->path + 1), base->path,
	    ref);
}

static char *
take(char **p)
{
	char	*s = *p;

	*p = NULL;
	return s;
}

char *
uri_resolve(const char *base, const char *ref)
{
	struct uri	 b, r, t;
	char		*out;

	memset(&t, 0, sizeof(t));
	uri_parse(ref, &r);
	uri_parse(base != NULL ? base : "", &b);
	/*
	 * RFC 3986, section 5.2.2, strict; a base without a scheme (a
	 * schema without an absolute $id) merges the same way, as Python's
	 * urljoin() does: "dir/a.json" + "b.json" is "dir/b.json".
	 */
	if (r.scheme != NULL) {
		t = r;
		memset(&r, 0, sizeof(r));
	} else {
		t.scheme = take(&b.scheme);
		if (r.authority != NULL) {
			t.authority = take(&r.authority);
			t.path = take(&r.path);
			t.query = take(&r.query);
		} else {
			t.authority = take(&b.authority);
			if (*r.path == '\0') {
				t.path = take(&b.path);
				t.query = r.query != NULL ? take(&r.query) :
				    take(&b.query);
			} else {
				if (r.path[0] == '/')
					t.path = take(&r.path);
				else {
					b.authority = t.authority;
					t.path = merge(&b, r.path);
					b.authority = NULL;
				}
				t.query = take(&r.query);
			}
		}
		t.fragment = take(&r.fragment);
	}
	if (t.scheme != NULL || t.authority != NULL)
		remove_dots(t.path);
	out = uri_build(&t);
	uri_clear(&t);
	uri_clear(&r);
	uri_clear(&b);
	return out;
}

char *
uri_split(const char *uri, const char **fragment)
{
	const char	*hash = strchr(uri, '#');

	if (hash == NULL) {
		*fragment = NULL;
		return xstrdup(uri);
	}
	*fragment = hash + 1;
	return xstrndup(uri, (size_t)(hash - uri));
}

/* An array index as RFC 6901 writes it: 0, or digits without a 0 first. */
static bool
array_index(const char *s, long *out)
{
	long	 n = 0;

	if (*s == '\0' || (s[0] == '0' && s[1] != '\0'))
		return false;
	for (; *s != '\0'; s++) {
		if (!isdigit((unsigned char)*s) || n > 100000000L)
			return false;
		n = n * 10 + (*s - '0');
	}
	*out = n;
	return true;
}

const cJSON *
uri_pointer(const cJSON *root, const char *fragment)
{
	const cJSON	*v = root;
	char		*dec, *seg, *next, *r, *w;
	long		 idx;
	size_t		 len = strlen(fragment);

	dec = xmalloc(len + 1);
	url_decode(fragment, len, dec, false);
	if (dec[0] != '/') {
		v = dec[0] == '\0' ? root : NULL;
		goto out;
	}
	for (seg = dec + 1; v != NULL; seg = next + 1) {
		next = strchr(seg, '/');
		if (next != NULL)
			*next = '\0';
		/* ~1 is '/', ~0 is '~', in that order. */
		for (r = w = seg; *r != '\0'; r++, w++) {
			if (r[0] == '~' && (r[1] == '0' || r[1] == '1')) {
				*w = r[1] == '0' ? '~' : '/';
				r++;
			} else
				*w = *r;
		}
		*w = '\0';
		if (cJSON_IsObject(v))
			v = cJSON_GetObjectItemCaseSensitive(v, seg);
		else if (cJSON_IsArray(v) && array_index(seg, &idx))
			v = cJSON_GetArrayItem(v, (int)idx);
		else
			v = NULL;
		if (next == NULL)
			break;
	}
out:
	free(dec);
	return v;
}
