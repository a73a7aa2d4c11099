/*
 * storage_suite.h — helpers of the storage conformance suite
 * (tests/t_storage.c), its only user: the handle under test, checks
 * whose messages name the backend and section, JSON literals, id lists
 * to compare, and storage shortcuts.  Everything is static.
 *
 * Memory: trees and strings the helpers make (J(), S(), fmt(), ...)
 * and results they receive are kept until gc(), which the driver calls
 * after each section, so that a section reads as a list of checks.
 *
 * Lists of ids: "a,b~" are the ids of a query's result in order, '~'
 * marking a tombstone; '!' after an id marks a malformed object (id and
 * last_modified not its first members, or a tombstone holding more than
 * id, last_modified and deleted: true).  A storage error shows as
 * "<not found>" and the like.
 */
#ifndef CINTO_STORAGE_SUITE_H
#define CINTO_STORAGE_SUITE_H

#include <errno.h>
#include <ftw.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "core/json.h"
#include "core/util.h"
#include "storage/storage.h"
#include "tests/t.h"

#define DEPTH	512			/* json_parse() limit for literals */
#define FUTURE	INT64_C(99999999999999)	/* a client timestamp far ahead */
#define NF	"<not found>"
#define N(a)	(sizeof(a) / sizeof((a)[0]))

static struct storage	*st;		/* the handle under test */
static struct storage_settings set;	/* how it was opened */
static const char	*be = "-";	/* its backend, for messages */
static const char	*sect = "-";	/* the running section */
static char		 root[64];	/* mkdtemp() directory */
static char		 datadir[96];	/* root/data: data_dir */

/* ==== Memory: everything made during a section is freed after it ==== */

static void	**gc_p;
static bool	 *gc_isjson;
static size_t	  gc_n, gc_cap;

static void *
gc_add(void *p, bool isjson)
{
	if (p == NULL)
		return NULL;
	if (gc_n == gc_cap) {
		gc_cap = gc_cap ? gc_cap * 2 : 1024;
		gc_p = xrealloc(gc_p, gc_cap * sizeof(*gc_p));
		gc_isjson = xrealloc(gc_isjson, gc_cap * sizeof(*gc_isjson));
	}
	gc_p[gc_n] = p;
	gc_isjson[gc_n++] = isjson;
	return p;
}

static cJSON *
keep(cJSON *v)
{
	return gc_add(v, true);
}

static char *
keeps(char *s)
{
	return gc_add(s, false);
}

static void
gc(void)
{
	size_t	 i;

	for (i = 0; i < gc_n; i++)
		if (gc_isjson[i])
			cJSON_Delete(gc_p[i]);
		else
			free(gc_p[i]);
	gc_n = 0;
}

/* ==== Checks: t.h's counters, messages naming backend and section ==== */

static const char *
rcn(enum st_rc rc)
{
	return (unsigned)rc < ST__MAX ? st_rc_names[rc] : "(bad st_rc)";
}

static void	ck(bool, int, const char *, ...)
		    __attribute__((format(printf, 3, 4)));

static void
ck(bool ok, int line, const char *f, ...)
{
	va_list	 ap;

	if (ok) {
		t_pass++;
		return;
	}
	t_fail++;
	/* Lines are always the caller's, in t_storage.c. */
	fprintf(stderr, "tests/t_storage.c:%d: [%s/%s] FAIL: ", line, be,
	    sect);
	va_start(ap, f);
	vfprintf(stderr, f, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void
ck_str(int line, const char *what, const char *got, const char *want)
{
	bool	 ok;

	ok = got != NULL && want != NULL ? strcmp(got, want) == 0 :
	    got == want;
	ck(ok, line, "%s\n  got:  %s\n  want: %s", what,
	    got != NULL ? got : "(null)", want != NULL ? want : "(null)");
}

static void
ck_int(int line, const char *what, int64_t got, int64_t want)
{
	ck(got == want, line, "%s\n  got:  %" PRId64 "\n  want: %" PRId64,
	    what, got, want);
}

static void
ck_rc(int line, const char *what, enum st_rc got, enum st_rc want)
{
	ck(got == want, line, "%s\n  got:  %s\n  want: %s", what, rcn(got),
	    rcn(want));
}

#define OK(e)		ck((e), __LINE__, "%s", #e)
#define EQS(g, w)	ck_str(__LINE__, #g, (g), (w))
#define EQI(g, w)	ck_int(__LINE__, #g, (g), (w))
#define RC(e, w)	ck_rc(__LINE__, #e, (e), (w))

/* ==== JSON and strings ==== */

static const char	*fmt(const char *, ...)
			    __attribute__((format(printf, 1, 2)));

static const char *
fmt(const char *f, ...)
{
	struct buf	 b = { NULL, 0, 0 };
	va_list		 ap;

	va_start(ap, f);
	buf_vprintf(&b, f, ap);
	va_end(ap);
	return keeps(buf_detach(&b, NULL));
}

/* A JSON value from a literal, which must be valid. */
static cJSON *
J(const char *s)
{
	struct json_error	 e = { 0, NULL };
	cJSON			*v = NULL;

	if (json_parse(s, strlen(s), DEPTH, &v, &e) != JSON_OK) {
		fprintf(stderr, "bad JSON literal at %zu (%s): %s\n",
		    e.offset, e.message, s);
		abort();
	}
	return keep(v);
}

static const char *
S(const cJSON *v)
{
	return keeps(json_print(v, NULL));
}

static const char *
I(int64_t n)
{
	return fmt("%" PRId64, n);
}

/* An integer member ("last_modified", "seq"), or -1. */
static int64_t
int_of(const cJSON *o, const char *key)
{
	const cJSON	*v = cJSON_GetObjectItemCaseSensitive(o, key);
	int64_t		 n;

	if (!cJSON_IsNumber(v))
		return -1;
	if (v->valuestring != NULL &&
	    str_to_i64(v->valuestring, INT64_MIN, INT64_MAX, &n))
		return n;
	return (int64_t)v->valuedouble;
}

static int64_t
ts_of(const cJSON *o)
{
	return int_of(o, "last_modified");
}

/* The value at a dotted path, as a filter sees it, or NULL. */
static const cJSON *
path(const cJSON *o, const char *field)
{
	const char	*dot;
	const cJSON	*c;
	size_t		 len;

	for (;;) {
		if (!cJSON_IsObject(o))
			return NULL;
		dot = strchr(field, '.');
		len = dot != NULL ? (size_t)(dot - field) : strlen(field);
		for (c = o->child; c != NULL; c = c->next)
			if (strlen(c->string) == len &&
			    memcmp(c->string, field, len) == 0)
				break;
		if (dot == NULL || c == NULL)
			return c;
		o = c;
		field = dot + 1;
	}
}

/* The expected printed object: {"id", "last_modified", members...}. */
static const char *
obj(const char *id, int64_t ts, const char *members)
{
	return fmt("{\"id\":\"%s\",\"last_modified\":%" PRId64 "%s%s}", id,
	    ts, *members != '\0' ? "," : "", members);
}

static const char *
tomb(const char *id, int64_t ts)
{
	return obj(id, ts, "\"deleted\":true");
}

/* Items of a sep-separated list; the array and items are gc'd. */
static char **
split(const char *s, char sep, size_t *n)
{
	char	*copy = keeps(xstrdup(s)), *p, **v;
	size_t	 cap = 1;

	for (p = copy; *p != '\0'; p++)
		if (*p == sep)
			cap++;
	v = gc_add(xcalloc(cap + 1, sizeof(*v)), false);
	*n = 0;
	if (*copy == '\0')
		return v;
	for (p = copy;;) {
		v[(*n)++] = p;
		if ((p = strchr(p, sep)) == NULL)
			break;
		*p++ = '\0';
	}
	return v;
}

static const char *
join(char **v, size_t n, char sep)
{
	struct buf	 b = { NULL, 0, 0 };
	size_t		 i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(&b, sep);
		buf_puts(&b, v[i]);
	}
	return keeps(buf_detach(&b, NULL));
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The comma-separated list, sorted: a set to compare. */
static const char *
sorted(const char *s)
{
	char	**v;
	size_t	  n;

	v = split(s, ',', &n);
	qsort(v, n, sizeof(*v), cmpstr);
	return join(v, n, ',');
}

static bool
has_item(char **v, size_t n, const char *item)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], item) == 0)
			return true;
	return false;
}

/* The items of all that are not in except, in all's order. */
static const char *
but(const char *all, const char *except)
{
	char	**a, **x, **r;
	size_t	  na, nx, nr = 0, i;

	a = split(all, ',', &na);
	x = split(except, ',', &nx);
	r = gc_add(xcalloc(na + 1, sizeof(*r)), false);
	for (i = 0; i < na; i++)
		if (!has_item(x, nx, a[i]))
			r[nr++] = a[i];
	return join(r, nr, ',');
}

/* The items of all from first to last included (NULL: the end). */
static const char *
span(const char *all, const char *first, const char *last)
{
	char	**a;
	size_t	  na, i, j;

	a = split(all, ',', &na);
	for (i = 0; first != NULL && i < na && strcmp(a[i], first) != 0; i++)
		;
	for (j = i; last != NULL && j < na && strcmp(a[j], last) != 0; j++)
		;
	if (last == NULL)
		j = na - 1;
	if (i >= na || j >= na) {
		fprintf(stderr, "span: %s..%s not in %s\n", first, last, all);
		abort();
	}
	return join(a + i, j - i + 1, ',');
}

/* How many items, tombstones ("id~") not counted. */
static int64_t
nlive(const char *s)
{
	char	**v;
	size_t	  n, i;
	int64_t	  live = 0;

	v = split(s, ',', &n);
	for (i = 0; i < n; i++)
		if (v[i][strlen(v[i]) - 1] != '~')
			live++;
	return live;
}

/* The items of s in reverse order. */
static const char *
reversed(const char *s)
{
	char	**v, *t;
	size_t	  n, i;

	v = split(s, ',', &n);
	for (i = 0; i < n / 2; i++) {
		t = v[i];
		v[i] = v[n - 1 - i];
		v[n - 1 - i] = t;
	}
	return join(v, n, ',');
}

/* ==== Storage helpers ==== */

#define REF(r, p, i)	(&(const struct st_ref){ (r), (p), (i) })

static const struct st_sort BY_ID[] = { { "id", 1 }, { "last_modified", -1 } };
static const struct st_sort BY_ID_DESC[] = {
	{ "id", -1 }, { "last_modified", -1 }
};
static const struct st_sort BY_LM_ASC[] = { { "last_modified", 1 } };
static const struct st_sort BY_LM_DESC[] = { { "last_modified", -1 } };

/* A query on a list, sorted by id (then last_modified, as core does). */
static struct st_query
Q(const char *resource, const char *parent)
{
	struct st_query	 q = {
		.resource = resource,
		.parent = parent,
		.sorts = BY_ID,
		.nsorts = N(BY_ID),
	};

	return q;
}

#define QR(parent)	Q("record", (parent))

/* Creates an object; returns its last_modified, -1 on failure. */
static int64_t
mk(int line, const char *res, const char *parent, const char *id,
    const char *data, int64_t ts, enum st_rc want)
{
	cJSON		*out = NULL;
	enum st_rc	 rc;

	rc = storage_create(st, REF(res, parent, id), J(data), ts, &out);
	keep(out);
	ck_rc(line, fmt("create %s \"%s\" \"%s\" %s", res, parent, id, data),
	    rc, want);
	return rc == ST_OK ? ts_of(out) : -1;
}

#define MK(res, parent, id, data)					\
	mk(__LINE__, (res), (parent), (id), (data), ST_TS_NONE, ST_OK)
#define MKB(bid)	MK("bucket", "", (bid), "{}")
#define MKC(bid, cid)	MK("collection", fmt("/buckets/%s", (bid)), (cid), "{}")
#define MKR(parent, id, data)	MK("record", (parent), (id), (data))
/* A record with a client timestamp. */
#define MKF(parent, id, ts, want)					\
	mk(__LINE__, "record", (parent), (id), "{}", (ts), (want))

static cJSON *
getj(const char *res, const char *parent, const char *id, bool deleted,
    enum st_rc *rcp)
{
	cJSON	*out = NULL;

	*rcp = storage_get(st, REF(res, parent, id), deleted, &out);
	keep(out);
	return *rcp == ST_OK ? out : NULL;
}

/* A live object's last_modified, or -1. */
static int64_t
lm_of(const char *res, const char *parent, const char *id)
{
	enum st_rc	 rc;

	return ts_of(getj(res, parent, id, false, &rc));
}

/* The object printed, or "<rc>". */
static const char *
getp(const char *res, const char *parent, const char *id, bool deleted)
{
	enum st_rc	 rc;
	cJSON		*o;

	o = getj(res, parent, id, deleted, &rc);
	return rc == ST_OK ? S(o) : fmt("<%s>", rcn(rc));
}

static int64_t
lts(int line, const char *res, const char *parent)
{
	int64_t		 ts = -1;
	enum st_rc	 rc;

	rc = storage_timestamp(st, res, parent, &ts);
	ck_rc(line, fmt("timestamp %s \"%s\"", res, parent), rc, ST_OK);
	return rc == ST_OK ? ts : -1;
}

#define LTS(res, parent)	lts(__LINE__, (res), (parent))

/* "id,id~,..." for an array of objects (see the top comment). */
static const char *
ids_of(const cJSON *arr)
{
	struct buf	 b = { NULL, 0, 0 };
	const cJSON	*o, *id, *lm, *del;

	cJSON_ArrayForEach(o, arr) {
		if (b.len > 0)
			buf_putc(&b, ',');
		id = o->child;
		lm = id != NULL ? id->next : NULL;
		if (id == NULL || strcmp(id->string, "id") != 0 ||
		    !cJSON_IsString(id)) {
			buf_puts(&b, "?!");
			continue;
		}
		buf_puts(&b, id->valuestring);
		if (lm == NULL || strcmp(lm->string, "last_modified") != 0 ||
		    !cJSON_IsNumber(lm))
			buf_putc(&b, '!');
		/* A tombstone holds these three members and no more; a
		 * "deleted" member of live data is data (objects.md). */
		if ((del = cJSON_GetObjectItemCaseSensitive(o, "deleted")) !=
		    NULL && cJSON_IsTrue(del) && cJSON_GetArraySize(o) == 3)
			buf_putc(&b, '~');
	}
	return keeps(buf_detach(&b, NULL));
}

static const char *
qids(const struct st_query *q)
{
	cJSON		*arr = NULL;
	enum st_rc	 rc;

	rc = storage_list(st, q, &arr);
	keep(arr);
	if (rc != ST_OK)
		return fmt("<%s>", rcn(rc));
	if (!cJSON_IsArray(arr))
		return "<not an array>";
	return ids_of(arr);
}

/*
 * The protocol's sort order of two objects (requests.md, "Sorting"):
 * json_compare() on each field, a missing field after every value.
 */
static int
sort_cmp(const cJSON *a, const cJSON *b, const struct st_sort *s, size_t n)
{
	const cJSON	*va, *vb;
	size_t		 i;
	int		 c;

	for (i = 0; i < n; i++) {
		va = path(a, s[i].field);
		vb = path(b, s[i].field);
		c = va != NULL && vb != NULL ? json_compare(va, vb) :
		    (va == NULL) - (vb == NULL);
		if (c != 0)
			return s[i].dir < 0 ? -c : c;
	}
	return 0;
}

/* The query's result is strictly in its sort order (an oracle). */
static void
ordercheck(int line, const char *label, const struct st_query *q)
{
	cJSON		*arr = NULL;
	const cJSON	*a;
	enum st_rc	 rc;
	int		 i = 0;

	rc = storage_list(st, q, &arr);
	keep(arr);
	ck_rc(line, fmt("list %s", label), rc, ST_OK);
	for (a = arr != NULL ? arr->child : NULL; a != NULL && a->next != NULL;
	    a = a->next, i++)
		if (sort_cmp(a, a->next, q->sorts, q->nsorts) >= 0) {
			ck(false, line, "list %s: objects %d and %d out of "
			    "order:\n  %s\n  %s", label, i, i + 1, S(a),
			    S(a->next));
			return;
		}
	t_pass++;
}

/* Whether the objects' timestamps increase, all above after. */
static bool
increasing(const cJSON *arr, int64_t after)
{
	const cJSON	*o;

	cJSON_ArrayForEach(o, arr) {
		if (ts_of(o) <= after)
			return false;
		after = ts_of(o);
	}
	return true;
}

static int64_t
last_ts(const cJSON *arr)
{
	return ts_of(cJSON_GetArrayItem(arr, cJSON_GetArraySize(arr) - 1));
}

/*
 * The query's result as a set equals want; count agrees (tombstones
 * never counted).
 */
static void
setcheck(int line, const char *label, const struct st_query *q,
    const char *want)
{
	int64_t		 n = -1;
	enum st_rc	 rc;

	ck_str(line, fmt("list %s (as a set)", label), sorted(qids(q)),
	    sorted(want));
	rc = storage_count(st, q, &n);
	ck_rc(line, fmt("count %s", label), rc, ST_OK);
	ck_int(line, fmt("count %s", label), n, nlive(want));
}

static const char *const opname[ST_OP__MAX] = {
	"eq", "not", "lt", "gt", "min", "max", "in", "exclude", "like",
	"has", "contains", "contains_any",
};

static const char	*fparent;	/* the list filt() queries */
static bool		 fdeleted;	/* with_deleted for filt() */

static void
filt(int line, const char *field, enum st_op op, const char *val,
    const char *want)
{
	struct st_filter	 f = { field, op, J(val) };
	struct st_query		 q = QR(fparent);

	q.filters = &f;
	q.nfilters = 1;
	q.with_deleted = fdeleted;
	setcheck(line, fmt("%s_%s=%s%s", opname[op], field, val,
	    fdeleted ? " with_deleted" : ""), &q, want);
}

#define FILT(field, op, val, want)					\
	filt(__LINE__, (field), (op), (val), (want))
/* The same on a top-level field and on a nested one. */
#define FILTV(op, val, want) do {					\
	FILT("v", (op), (val), (want));					\
	FILT("a.b", (op), (val), (want));				\
} while (0)

static void
filtn(int line, const struct st_filter *f, size_t n, const char *want)
{
	struct st_query	 q = QR(fparent);
	struct buf	 b = { NULL, 0, 0 };
	size_t		 i;

	q.filters = f;
	q.nfilters = n;
	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%s_%s=%s", i ? "&" : "", opname[f[i].op],
		    f[i].field, S(f[i].value));
	setcheck(line, keeps(buf_detach(&b, NULL)), &q, want);
}

static void
sortcheck(int line, const char *parent, const struct st_sort *s, size_t n,
    const char *want)
{
	struct st_query	 q = QR(parent);
	struct buf	 b = { NULL, 0, 0 };
	size_t		 i;

	q.sorts = s;
	q.nsorts = n;
	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%s%s", i ? "," : "", s[i].dir < 0 ? "-" : "",
		    s[i].field);
	ck_str(line, fmt("sort %s", keeps(buf_detach(&b, NULL))), qids(&q),
	    want);
}

/*
 * Puts v (taken over) at a dotted path of o, making the objects on the
 * way: "n.x" goes to {"n": {"x": v}}.
 */
static void
put_path(cJSON *o, const char *field, cJSON *v)
{
	const char	*dot;
	cJSON		*c;
	char		*key;

	while ((dot = strchr(field, '.')) != NULL) {
		key = xstrndup(field, (size_t)(dot - field));
		if ((c = cJSON_GetObjectItemCaseSensitive(o, key)) == NULL)
			c = cJSON_AddObjectToObject(o, key);
		free(key);
		o = c;
		field = dot + 1;
	}
	cJSON_AddItemToObject(o, field, v);
}

/*
 * The cursor after o: o restricted to the sort fields, a dotted field
 * nested as in o ({"n": {"x": 2}} for "n.x"), a field o lacks left out.
 */
static cJSON *
cursor_of(const cJSON *o, const struct st_sort *s, size_t n)
{
	cJSON		*c = keep(cJSON_CreateObject());
	const cJSON	*v;
	size_t		 i;

	for (i = 0; i < n; i++)
		if ((v = path(o, s[i].field)) != NULL)
			put_path(c, s[i].field, cJSON_Duplicate(v, true));
	return c;
}

static void	(*between)(int);	/* called between pages by walk() */

/* Every page of the query, limit objects each, concatenated. */
static const char *
walk(const struct st_query *base, int64_t limit, int *npages)
{
	struct buf	 b = { NULL, 0, 0 };
	struct st_query	 q = *base;
	cJSON		*page, *cursor = NULL;
	enum st_rc	 rc;
	int		 size, n = 0;

	q.limit = limit;
	for (;;) {
		q.after = cursor;
		page = NULL;
		rc = storage_list(st, &q, &page);
		keep(page);
		if (rc != ST_OK) {
			buf_printf(&b, "%s<%s>", b.len ? "," : "", rcn(rc));
			break;
		}
		n++;
		size = cJSON_GetArraySize(page);
		if (size > 0)
			buf_printf(&b, "%s%s", b.len ? "," : "", ids_of(page));
		if (size > limit) {
			buf_puts(&b, ",<page too long>");
			break;
		}
		if (size < limit || n > 1000)
			break;
		cursor = cursor_of(cJSON_GetArrayItem(page, size - 1),
		    q.sorts, q.nsorts);
		if (between != NULL)
			between(n);
	}
	*npages = n;
	return keeps(buf_detach(&b, NULL));
}

/* got holds no id twice and every id of orig. */
static void
nodup_nogap(int line, const char *label, const char *got, const char *orig)
{
	char		**g, **o;
	size_t		  ng, no, i;
	struct buf	  dup = { NULL, 0, 0 }, gap = { NULL, 0, 0 };

	g = split(sorted(got), ',', &ng);
	o = split(orig, ',', &no);
	for (i = 1; i < ng; i++)
		if (strcmp(g[i - 1], g[i]) == 0)
			buf_printf(&dup, " %s", g[i]);
	for (i = 0; i < no; i++)
		if (bsearch(&o[i], g, ng, sizeof(*g), cmpstr) == NULL)
			buf_printf(&gap, " %s", o[i]);
	ck(dup.len == 0, line, "%s: duplicates:%s\n  got: %s", label,
	    dup.data, got);
	ck(gap.len == 0, line, "%s: missing:%s\n  got: %s", label, gap.data,
	    got);
	buf_free(&dup);
	buf_free(&gap);
}

static struct st_change
chg(const char *action, const char *uri, const char *user, int64_t ts,
    const char *data)
{
	struct st_change c = {
		.action = action,
		.resource = "record",
		.uri = uri,
		.user_id = user,
		.timestamp = ts,
		.data = J(data),
	};

	return c;
}

static cJSON *
logr(int line, const char *bucket, int64_t after, int64_t limit)
{
	cJSON		*out = NULL;
	enum st_rc	 rc;

	rc = storage_log_read(st, bucket, after, limit, &out);
	keep(out);
	ck_rc(line, fmt("log_read %s %" PRId64 " %" PRId64,
	    bucket ? bucket : "NULL", after, limit), rc, ST_OK);
	return rc == ST_OK ? out : keep(cJSON_CreateArray());
}

#define LOGR(bucket, after, limit)					\
	logr(__LINE__, (bucket), (after), (limit))

/* The uris of log entries, '!' after one whose seq does not increase. */
static const char *
uris_of(const cJSON *arr)
{
	struct buf	 b = { NULL, 0, 0 };
	const cJSON	*e;
	const char	*uri;
	int64_t		 seq = 0;

	cJSON_ArrayForEach(e, arr) {
		uri = cJSON_GetStringValue(cJSON_GetObjectItem(e, "uri"));
		buf_printf(&b, "%s%s", b.len ? "," : "",
		    uri != NULL ? uri : "?");
		if (int_of(e, "seq") <= seq)
			buf_putc(&b, '!');
		seq = int_of(e, "seq");
	}
	return keeps(buf_detach(&b, NULL));
}

static int64_t
last_seq(const cJSON *arr)
{
	int	 n = cJSON_GetArraySize(arr);

	return n > 0 ? int_of(cJSON_GetArrayItem(arr, n - 1), "seq") : 0;
}

static void
sleep_ms(long ms)
{
	struct timespec	 ts = { 0, ms * 1000000L };

	nanosleep(&ts, NULL);
}

/* Until the clock has moved past t. */
static void
wait_past(int64_t t)
{
	while (now_ms() <= t)
		sleep_ms(1);
}

/* ==== Files ==== */

static struct buf	 snap_buf;
static size_t		 snap_rootlen;

static int
snap_one(const char *p, const struct stat *sb, int type, struct FTW *ftw)
{
	static const char *const skip[] = { "-wal", "-shm", "-journal" };
	size_t	 n = strlen(p), i, k;

	(void)sb;
	(void)type;
	(void)ftw;
	for (i = 0; i < N(skip); i++) {
		k = strlen(skip[i]);
		if (n > k && strcmp(p + n - k, skip[i]) == 0)
			return 0;
	}
	buf_printf(&snap_buf, "%s%s", snap_buf.len ? "\n" : "",
	    p + snap_rootlen);
	return 0;
}

/* The files under root, sorted, SQLite's transient ones excepted. */
static const char *
snapshot(void)
{
	char	**v;
	size_t	  n;

	snap_rootlen = strlen(root);
	nftw(root, snap_one, 16, FTW_PHYS);
	v = split(keeps(buf_detach(&snap_buf, NULL)), '\n', &n);
	qsort(v, n, sizeof(*v), cmpstr);
	return join(v, n, '\n');
}

static int
rm_one(const char *p, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)sb;
	(void)type;
	(void)ftw;
	return remove(p);
}

#endif
