/*
 * query.c — see query.h.  Messages are Kinto's (errors.md).
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core/ctx.h"
#include "core/json.h"
#include "core/pyrepr.h"
#include "core/query.h"
#include "core/resource.h"
#include "core/util.h"

/* Timestamps in filters stop at now + 24 h (sync.md). */
#define TS_SLACK_MS	(24LL * 3600 * 1000)

static const struct {
	const char	*prefix;
	enum st_op	 op;
} operators[] = {
	/* Kinto's alternation order: contains_any before contains. */
	{ "lt_", ST_LT }, { "min_", ST_MIN }, { "max_", ST_MAX },
	{ "not_", ST_NOT }, { "eq_", ST_EQ }, { "gt_", ST_GT },
	{ "in_", ST_IN }, { "exclude_", ST_EXCLUDE }, { "like_", ST_LIKE },
	{ "has_", ST_HAS }, { "contains_any_", ST_CONTAINS_ANY },
	{ "contains_", ST_CONTAINS },
};

static char *
keep_name(struct query *q, const char *s, size_t n)
{
	q->names = xrealloc(q->names, (q->nnames + 1) * sizeof(*q->names));
	return q->names[q->nnames++] = xstrndup(s, n);
}

static cJSON *
keep_value(struct query *q, cJSON *v)
{
	if (q->values == NULL)
		q->values = cJSON_CreateArray();
	cJSON_AddItemToArray(q->values, v);
	return v;
}

/* Appends a filter; param is its querystring name, for messages. */
static void
push_filter(struct query *q, const char *field, enum st_op op, cJSON *v,
    const char *param)
{
	q->filters = xrealloc(q->filters, (q->nfilters + 1) *
	    sizeof(*q->filters));
	q->params = xrealloc(q->params, (q->nfilters + 1) *
	    sizeof(*q->params));
	q->filters[q->nfilters].field = field;
	q->filters[q->nfilters].op = op;
	q->filters[q->nfilters].value = keep_value(q, v);
	q->params[q->nfilters] = keep_name(q, param, strlen(param));
	q->nfilters++;
}

/* requests.md: a value is JSON when it parses as JSON, else a string. */
static cJSON *
decode_value(const char *raw, size_t len)
{
	cJSON	*v = NULL;

	if (json_parse(raw, len, 32, &v, NULL) == JSON_OK)
		return v;
	return json_new_string(raw);
}

/* [\w.]+ of Python (Unicode letters count: any byte >= 0x80). */
static bool
word_field(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++)
		if (!isalnum((unsigned char)*s) && *s != '_' && *s != '.' &&
		    (unsigned char)*s < 0x80)
			return false;
	return true;
}

/*
 * A timestamp value: an integer, maybe quoted, a float truncated.
 * Returns 1 with *out, 0 when not a number, -1 when "null".
 */
static int
ts_value(const char *raw, int64_t *out)
{
	cJSON	*v = NULL;
	size_t	 len = strlen(raw);
	int	 r = 0;

	if (strcmp(raw, "null") == 0)
		return -1;
	if (len >= 2 && raw[0] == '"' && raw[len - 1] == '"') {
		raw++;
		len -= 2;
	}
	if (json_parse(raw, len, 1, &v, NULL) == JSON_OK && cJSON_IsNumber(v) &&
	    fabs(v->valuedouble) < 9.2e18) {
		*out = (int64_t)trunc(v->valuedouble);
		r = 1;
	}
	cJSON_Delete(v);
	return r;
}

/*
 * What a message quotes of a value: Kinto decodes it as JSON first, so
 * "abc" quoted shows as abc.  A new string.
 */
static char *
shown(const char *raw)
{
	cJSON	*v = NULL;
	char	*s;

	if (json_parse(raw, strlen(raw), 1, &v, NULL) == JSON_OK &&
	    cJSON_IsString(v))
		s = xstrdup(v->valuestring);
	else
		s = xstrdup(raw);
	cJSON_Delete(v);
	return s;
}

/* _since, _before, _to: a last_modified filter (sync.md). */
static void
parse_since(struct ctx *ctx, struct query *q, const char *name,
    const char *raw)
{
	int64_t	 ts = 0;
	int	 r;

	if (*raw == '\0') {
		verrors_add(&ctx->verr, "querystring", name,
		    "Invalid value for %s", name);
		return;
	}
	if ((r = ts_value(raw, &ts)) < 0)
		return;		/* null: as if absent */
	if (r == 0 || ts < 0) {
		char *v = shown(raw);

		verrors_add(&ctx->verr, "querystring", name, r == 0 ?
		    "\"%s\" is not a number" : "%s is less than minimum value 0",
		    v);
		free(v);
		return;
	}
	if (ts > now_ms() + TS_SLACK_MS) {
		verrors_add(&q->late, "querystring", name,
		    "Invalid value for %s", name);
		return;
	}
	push_filter(q, "last_modified", strcmp(name, "_since") == 0 ? ST_GT :
	    ST_LT, json_new_int(ts), name);
	q->with_deleted = true;
	if (strcmp(name, "_to") == 0)
		q->deprecated_to = true;
}

static void
parse_limit(struct ctx *ctx, struct query *q, const char *raw)
{
	cJSON	*v = NULL;
	size_t	 len = strlen(raw);
	const char *t = raw;

	if (len >= 2 && raw[0] == '"' && raw[len - 1] == '"') {
		t++;
		len -= 2;
	}
	if (json_parse(t, len, 1, &v, NULL) != JSON_OK || !cJSON_IsNumber(v)) {
		char *s = shown(raw);

		verrors_add(&ctx->verr, "querystring", "_limit",
		    "\"%s\" is not a number", s);
		free(s);
		cJSON_Delete(v);
		return;
	}
	if (v->valuedouble < 0)
		verrors_add(&ctx->verr, "querystring", "_limit",
		    "%s is less than minimum value 0", v->valuestring);
	else if (json_number_text_cmp(v->valuestring,
	    "9223372036854775808") > 0)
		verrors_add(&ctx->verr, "querystring", "_limit",
		    "%s is greater than maximum value 9223372036854775808",
		    v->valuestring);
	else {
		q->limit = v->valuedouble >= 9.2e18 ? 0 :
		    (int64_t)trunc(v->valuedouble);
		q->limited = true;
	}
	cJSON_Delete(v);
}

/* _sort: trimmed items; those not ^[-+]?[\w.]+$ are ignored. */
static void
parse_sort(struct query *q, const char *raw)
{
	const char	*p = raw, *end, *s, *e;
	int		 dir;

	while (*p != '\0') {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		for (s = p; s < end && isspace((unsigned char)*s); s++)
			;
		for (e = end; e > s && isspace((unsigned char)e[-1]); e--)
			;
		dir = 1;
		if (s < e && (*s == '-' || *s == '+')) {
			dir = *s == '-' ? -1 : 1;
			s++;
		}
		if (s < e) {
			char *f = keep_name(q, s, (size_t)(e - s));

			if (word_field(f)) {
				q->sorts = xrealloc(q->sorts, (q->nsorts + 1) *
				    sizeof(*q->sorts));
				q->sorts[q->nsorts].field = f;
				q->sorts[q->nsorts].dir = dir;
				q->nsorts++;
			}
		}
		p = *end == ',' ? end + 1 : end;
	}
}

static void
parse_fields(struct query *q, const char *raw)
{
	const char	*p = raw, *end;

	while (*p != '\0' || p == raw) {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		if (end > p) {
			q->fields = xrealloc(q->fields, (q->nfields + 1) *
			    sizeof(*q->fields));
			q->fields[q->nfields++] = keep_name(q, p,
			    (size_t)(end - p));
		}
		if (*end == '\0')
			break;
		p = end + 1;
	}
}

/* Sets "a.b" = v in obj, making the objects on the way. */
static void
set_path(cJSON *obj, const char *path, cJSON *v)
{
	const char	*dot;
	cJSON		*next;
	char		*key;

	while ((dot = strchr(path, '.')) != NULL) {
		key = xstrndup(path, (size_t)(dot - path));
		next = cJSON_GetObjectItemCaseSensitive(obj, key);
		if (!cJSON_IsObject(next)) {
			cJSON_DeleteItemFromObjectCaseSensitive(obj, key);
			next = cJSON_CreateObject();
			cJSON_AddItemToObject(obj, key, next);
		}
		free(key);
		obj = next;
		path = dot + 1;
	}
	cJSON_DeleteItemFromObjectCaseSensitive(obj, path);
	cJSON_AddItemToObject(obj, path, v);
}

/*
 * _token (requests.md, "Pagination"): base64 of {"last_object": {...},
 * "offset": n, "nonce": "..."}; anything else is "invalid content".
 */
static void
parse_token(struct query *q, const char *raw)
{
	unsigned char	*bin;
	size_t		 len = strlen(raw), binlen;
	cJSON		*t = NULL, *last, *c, *nonce;
	bool		 ok = false;

	if (len == 0)
		return;
	bin = xmalloc(len + 1);
	if (sodium_base642bin(bin, len, raw, len, NULL, &binlen, NULL,
	    sodium_base64_VARIANT_ORIGINAL) == 0 &&
	    json_parse((char *)bin, binlen, 32, &t, NULL) == JSON_OK &&
	    cJSON_IsObject(t) &&
	    cJSON_IsObject(last = cJSON_GetObjectItemCaseSensitive(t,
	    "last_object")) &&
	    cJSON_GetObjectItemCaseSensitive(t, "offset") != NULL &&
	    cJSON_IsString(nonce = cJSON_GetObjectItemCaseSensitive(t,
	    "nonce"))) {
		/* Kinto keeps dotted fields flat; storage wants them nested. */
		q->after = cJSON_CreateObject();
		for (c = last->child; c != NULL; c = c->next)
			set_path(q->after, c->string, cJSON_Duplicate(c, true));
		q->nonce = xstrdup(nonce->valuestring);
		c = cJSON_GetObjectItemCaseSensitive(t, "offset");
		q->offset = cJSON_IsNumber(c) && c->valuedouble > 0 &&
		    c->valuedouble < 1e15 ? (int64_t)c->valuedouble : 0;
		ok = true;
	}
	cJSON_Delete(t);
	free(bin);
	if (!ok)
		verrors_add(&q->late, "querystring", NULL,
		    "_token has invalid content");
}

static bool
all_strings(const cJSON *a)
{
	const cJSON	*c;

	cJSON_ArrayForEach(c, a)
		if (!cJSON_IsString(c))
			return false;
	return true;
}

/* JSON truthiness, as Python's bool() of the decoded value. */
static bool
truthy(const cJSON *v)
{
	if (cJSON_IsFalse(v) || cJSON_IsNull(v))
		return false;
	if (cJSON_IsNumber(v))
		return v->valuedouble != 0;
	if (cJSON_IsString(v))
		return *v->valuestring != '\0';
	if (cJSON_IsArray(v) || cJSON_IsObject(v))
		return v->child != NULL;
	return true;
}

/* in_: comma-separated items, each decoded (never a JSON array). */
static cJSON *
split_values(const char *raw)
{
	const char	*p = raw, *end;
	cJSON		*a = cJSON_CreateArray();

	for (;;) {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		{
			char *item = xstrndup(p, (size_t)(end - p));

			cJSON_AddItemToArray(a, decode_value(item,
			    (size_t)(end - p)));
			free(item);
		}
		if (*end == '\0')
			break;
		p = end + 1;
	}
	return a;
}

/* A filter on last_modified: integers only (sync.md). */
static bool
last_modified_filter(struct ctx *ctx, struct query *q, const char *name,
    enum st_op op, bool plain, const char *raw, cJSON **value)
{
	int64_t	 ts = 0;
	int	 r;

	if (op == ST_IN || op == ST_EXCLUDE || op == ST_LIKE ||
	    op == ST_CONTAINS || op == ST_CONTAINS_ANY) {
		verrors_add(&q->late, "querystring", name,
		    "Invalid value for %s", name);
		return false;
	}
	r = ts_value(raw, &ts);
	if (r == 0 && plain) {
		char *v = shown(raw);

		verrors_add(&ctx->verr, "querystring", name,
		    "\"%s\" is not a number", v);
		free(v);
		return false;
	}
	if (r != 1 || ts < 0 || ts > now_ms() + TS_SLACK_MS) {
		verrors_add(&q->late, "querystring", name,
		    "Invalid value for %s", name);
		return false;
	}
	/* has_last_modified: every object has one; its value is truthy. */
	if (op == ST_HAS) {
		*value = cJSON_CreateBool(ts != 0);
		q->with_deleted = true;
		return true;
	}
	*value = json_new_int(ts);
	q->with_deleted = true;
	return true;
}

static void
add_filter(struct ctx *ctx, struct query *q, const char *name,
    const char *raw, size_t rawlen, bool repeated)
{
	const char	*field = name;
	enum st_op	 op = ST_EQ;
	cJSON		*v = NULL;
	struct buf	 b = { 0 };
	size_t		 i, n;
	bool		 plain = true;

	for (i = 0; i < sizeof(operators) / sizeof(operators[0]); i++) {
		n = strlen(operators[i].prefix);
		if (strncmp(name, operators[i].prefix, n) == 0 &&
		    word_field(name + n)) {
			op = operators[i].op;
			field = name + n;
			plain = false;
			break;
		}
	}
	/* Names starting with '_' are never filters. */
	if (*field == '_')
		return;
	if (repeated) {
		/* ?v=2&v=10: a list of the raw strings (requests.md). */
		v = cJSON_CreateArray();
		for (i = 0; i < ctx->req->nquery; i++)
			if (strcmp(ctx->req->query[i].name, name) == 0)
				cJSON_AddItemToArray(v, json_new_string(
				    ctx->req->query[i].value));
	} else if (strcmp(field, "last_modified") == 0) {
		if (!last_modified_filter(ctx, q, name, op, plain, raw, &v))
			return;
	} else if (op == ST_IN || op == ST_EXCLUDE)
		v = split_values(raw);
	else
		v = decode_value(raw, rawlen);

	if (strcmp(field, "id") == 0) {
		if (op == ST_CONTAINS || op == ST_CONTAINS_ANY) {
			verrors_add(&q->late, "querystring", name,
			    "Field 'id' is not an array");
			goto bad;
		}
		if ((op == ST_IN || op == ST_EXCLUDE) && !all_strings(v)) {
			verrors_add(&q->late, "querystring", name,
			    "Invalid value for %s", name);
			goto bad;
		}
		/* Kinto's schema types only the plain id parameter. */
		if (plain && !repeated && !cJSON_IsString(v)) {
			pyrepr(&b, v);
			verrors_add(&ctx->verr, "querystring", field,
			    "%s is not a string: {'id': ''}", b.data);
			goto bad;
		}
	}
	if (op == ST_LIKE && !cJSON_IsString(v)) {
		verrors_add(&q->late, "querystring", name,
		    "Invalid value for %s", name);
		goto bad;
	}
	if (op == ST_HAS) {
		bool t = truthy(v);

		cJSON_Delete(v);
		v = cJSON_CreateBool(t);
	}
	push_filter(q, keep_name(q, field, strlen(field)), op, v, name);
	buf_free(&b);
	return;
bad:
	buf_free(&b);
	cJSON_Delete(v);
}

/* requests.md, "Pagination": _limit, paginate_by, storage_max_fetch_size. */
static void
effective_limit(const struct ctx *ctx, struct query *q)
{
	const struct config	*cfg = ctx->cfg;
	int64_t			 limit = q->limited ? q->limit :
				    cfg->paginate_by > 0 ? cfg->paginate_by : 0;

	if (limit != 0 && cfg->paginate_by > 0 && limit > cfg->paginate_by)
		limit = cfg->paginate_by;
	if (limit == 0 || limit > cfg->storage_max_fetch_size)
		limit = cfg->storage_max_fetch_size;
	q->limit = limit;
}

void
query_parse(struct ctx *ctx, struct query *q)
{
	const struct request	*req = ctx->req;
	const char		*raw;
	char			*name;
	size_t			 i, j, s, e;
	bool			 repeated, has_lm_sort = false;

	memset(q, 0, sizeof(*q));
	for (i = 0; i < req->nquery; i++) {
		raw = req->query[i].value;
		/* Spaces around a name do not count (%20v%20=2 is v). */
		for (s = 0; isspace((unsigned char)req->query[i].name[s]); s++)
			;
		for (e = req->query[i].namelen; e > s &&
		    isspace((unsigned char)req->query[i].name[e - 1]); e--)
			;
		name = xstrndup(req->query[i].name + s, e - s);
		if (memchr(req->query[i].name, '\0', req->query[i].namelen) ||
		    memchr(raw, '\0', req->query[i].valuelen)) {
			verrors_add(&ctx->verr, "querystring", name,
			    "Invalid character 0x00");
		} else if (strcmp(name, "_limit") == 0)
			parse_limit(ctx, q, raw);
		else if (strcmp(name, "_sort") == 0)
			parse_sort(q, raw);
		else if (strcmp(name, "_fields") == 0)
			parse_fields(q, raw);
		else if (strcmp(name, "_token") == 0)
			parse_token(q, raw);
		else if (strcmp(name, "_since") == 0 ||
		    strcmp(name, "_before") == 0 || strcmp(name, "_to") == 0)
			parse_since(ctx, q, name, raw);
		else if (*name != '_' && *name != '\0') {
			repeated = false;
			for (j = 0; j < req->nquery; j++)
				if (j != i && strcmp(req->query[j].name,
				    req->query[i].name) == 0)
					repeated = true;
			/* A repeated name: one filter, at its first place. */
			for (j = 0; j < i && repeated; j++)
				if (strcmp(req->query[j].name,
				    req->query[i].name) == 0)
					break;
			if (!repeated || j == i)
				add_filter(ctx, q, name, raw,
				    req->query[i].valuelen, repeated);
		}
		free(name);
	}
	/* -last_modified ends every sort, unless already in it. */
	for (i = 0; i < q->nsorts; i++)
		if (strcmp(q->sorts[i].field, "last_modified") == 0)
			has_lm_sort = true;
	if (!has_lm_sort) {
		q->sorts = xrealloc(q->sorts, (q->nsorts + 1) *
		    sizeof(*q->sorts));
		q->sorts[q->nsorts].field = "last_modified";
		q->sorts[q->nsorts].dir = -1;
		q->nsorts++;
	}
	effective_limit(ctx, q);
}

void
query_free(struct query *q)
{
	size_t	 i;

	free(q->filters);
	free(q->params);
	free(q->sorts);
	free(q->fields);
	cJSON_Delete(q->values);
	cJSON_Delete(q->after);
	free(q->nonce);
	verrors_free(&q->late);
	for (i = 0; i < q->nnames; i++)
		free(q->names[i]);
	free(q->names);
	memset(q, 0, sizeof(*q));
}

/* Copies the path's value (or its parts) from src into dst. */
static void
select_path(cJSON *dst, const cJSON *src, const char *path)
{
	const char	*dot = strchr(path, '.');
	const cJSON	*v;
	cJSON		*sub;
	char		*key;

	key = dot != NULL ? xstrndup(path, (size_t)(dot - path)) :
	    xstrdup(path);
	v = cJSON_GetObjectItemCaseSensitive(src, key);
	if (v == NULL)
		goto out;
	/* s.x where s is not an object: the whole s (requests.md). */
	if (dot == NULL || !cJSON_IsObject(v)) {
		if (!cJSON_HasObjectItem(dst, key))
			cJSON_AddItemToObject(dst, key,
			    cJSON_Duplicate(v, true));
		goto out;
	}
	sub = cJSON_GetObjectItemCaseSensitive(dst, key);
	if (sub == NULL) {
		sub = cJSON_CreateObject();
		cJSON_AddItemToObject(dst, key, sub);
	}
	if (cJSON_IsObject(sub))
		select_path(sub, v, dot + 1);
out:
	free(key);
}

enum kerr
query_late_errors(struct ctx *ctx, struct query *q)
{
	size_t	 i;

	if (q->late.n == 0)
		return KERR_OK;
	for (i = 0; i < q->late.n; i++)
		verrors_add(&ctx->verr, q->late.v[i].location, q->late.v[i].name,
		    "%s", q->late.v[i].description);
	verrors_free(&q->late);
	return KERR_INVALID;
}

void
query_select_fields(const struct query *q, cJSON *obj)
{
	cJSON	*kept, *c;
	size_t	 i;

	if (q->fields == NULL)
		return;
	kept = cJSON_CreateObject();
	for (i = 0; i < q->nfields; i++)
		select_path(kept, obj, q->fields[i]);
	/* obj becomes id, last_modified and what was selected. */
	for (c = obj->child; c != NULL;) {
		cJSON *next = c->next;

		if (strcmp(c->string, "id") != 0 &&
		    strcmp(c->string, "last_modified") != 0)
			cJSON_Delete(cJSON_DetachItemViaPointer(obj, c));
		c = next;
	}
	while ((c = kept->child) != NULL) {
		cJSON_DetachItemViaPointer(kept, c);
		if (cJSON_HasObjectItem(obj, c->string))
			cJSON_Delete(c);
		else
			cJSON_AddItemToArray(obj, c);
	}
	cJSON_Delete(kept);
}

char *
query_token(const struct query *q, const cJSON *last, int64_t offset,
    const char *nonce)
{
	const cJSON	*v;
	cJSON		*t, *lo;
	char		*json, *b64;
	size_t		 len, i, b64len;

	t = cJSON_CreateObject();
	lo = cJSON_CreateObject();
	for (i = 0; i < q->nsorts; i++) {
		const char *f = q->sorts[i].field;
		const char *dot = strchr(f, '.');

		v = dot == NULL ? cJSON_GetObjectItemCaseSensitive(last, f) :
		    NULL;
		if (dot != NULL) {
			/* Kinto keys dotted fields flat. */
			const cJSON *o = last;
			const char *p = f;

			while (o != NULL && (dot = strchr(p, '.')) != NULL) {
				char *k = xstrndup(p, (size_t)(dot - p));

				o = cJSON_GetObjectItemCaseSensitive(o, k);
				free(k);
				p = dot + 1;
			}
			v = cJSON_IsObject(o) ?
			    cJSON_GetObjectItemCaseSensitive(o, p) : NULL;
		}
		if (v != NULL && !cJSON_HasObjectItem(lo, f))
			cJSON_AddItemToObject(lo, f, cJSON_Duplicate(v, true));
	}
	cJSON_AddItemToObject(t, "last_object", lo);
	cJSON_AddItemToObject(t, "offset", json_new_int(offset));
	cJSON_AddItemToObject(t, "nonce", json_new_string(nonce));
	json = json_print(t, &len);
	cJSON_Delete(t);
	b64len = sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_ORIGINAL);
	b64 = xmalloc(b64len);
	sodium_bin2base64(b64, b64len, (unsigned char *)json, len,
	    sodium_base64_VARIANT_ORIGINAL);
	free(json);
	return b64;
}

void
query_next_page(struct ctx *ctx, const struct query *q, const char *token,
    struct buf *b)
{
	const struct request	*req = ctx->req;
	char			 limit[24];
	bool			 saw_limit = false, saw_token = false;
	size_t			 i, n = 0;

	snprintf(limit, sizeof(limit), "%lld", (long long)q->limit);
	ctx_base_url(ctx, b);
	buf_puts(b, req->raw_path);
	for (i = 0; i < req->nquery; i++) {
		const char *name = req->query[i].name, *value;
		size_t vlen;

		value = req->query[i].value;
		vlen = req->query[i].valuelen;
		if (strcmp(name, "_limit") == 0) {
			if (saw_limit)
				continue;
			saw_limit = true;
			value = limit;
			vlen = strlen(limit);
		} else if (strcmp(name, "_token") == 0) {
			if (saw_token)
				continue;
			saw_token = true;
			value = token;
			vlen = strlen(token);
		}
		buf_putc(b, n++ == 0 ? '?' : '&');
		url_encode_query(b, name, req->query[i].namelen);
		buf_putc(b, '=');
		url_encode_query(b, value, vlen);
	}
	if (!saw_limit) {
		buf_printf(b, "%c_limit=%s", n++ == 0 ? '?' : '&', limit);
	}
	if (!saw_token) {
		buf_printf(b, "%c_token=", n++ == 0 ? '?' : '&');
		url_encode_query(b, token, strlen(token));
	}
}

void
query_paginate(struct ctx *ctx, const struct query *q, cJSON *objs,
    bool head)
{
	struct buf	 next = { 0 };
	const cJSON	*last;
	char		*token, nonce[64];
	int		 n = cJSON_GetArraySize(objs);

	if (n <= q->limit)
		return;
	cJSON_DeleteItemFromArray(objs, --n);
	last = cJSON_GetArrayItem(objs, n - 1);
	/* A GET token's nonce is never checked (requests.md). */
	token = resource_new_id(&res_record);
	snprintf(nonce, sizeof(nonce), QUERY_NONCE_PREFIX "%s", token);
	free(token);
	/* Kinto counts every object fetched, look-ahead included. */
	token = query_token(q, last, q->offset + n + 1, nonce);
	query_next_page(ctx, q, token, &next);
	free(token);
	if (!head)
		response_set_header(ctx->resp, "Next-Page", next.data);
	buf_free(&next);
}

void
query_set_total(struct ctx *ctx, int64_t total)
{
	response_set_headerf(ctx->resp, "Total-Objects", "%lld",
	    (long long)total);
	response_set_headerf(ctx->resp, "Total-Records", "%lld",
	    (long long)total);
}

void
query_alert(struct ctx *ctx, const struct query *q)
{
	/* An end of service has its own Alert (utilities.md). */
	if (!q->deprecated_to || ctx->cfg->eos != NULL)
		return;
	response_set_header(ctx->resp, "Alert", "{\"code\":\"soft-eol\","
	    "\"message\":\"_to is now deprecated, you should use _before "
	    "instead\",\"url\":\"https://kinto.readthedocs.io/en/2.4.0/api/"
	    "resource.html#list-of-available-url-parameters\"}");
}

/* Whether the root of a dotted field ("a" of "a.b") is in known. */
static bool
known_field(const char *const *known, const char *field)
{
	size_t	 n = strcspn(field, ".");

	for (; *known != NULL; known++)
		if (strlen(*known) == n && strncmp(*known, field, n) == 0)
			return true;
	return false;
}

enum kerr
query_check_known(struct ctx *ctx, const struct query *q,
    const char *const *known)
{
	struct buf	 list = { 0 };
	char		**bad = NULL, *root;
	size_t		 i, j, nbad = 0;

	for (i = 0; i < q->nfilters; i++)
		if (!known_field(known, q->filters[i].field)) {
			verrors_add(&ctx->verr, "querystring", q->params[i],
			    "Unknown filter field '%s'", q->params[i]);
			return KERR_INVALID;
		}
	for (i = 0; i < q->nsorts; i++)
		if (!known_field(known, q->sorts[i].field)) {
			verrors_add(&ctx->verr, "querystring", NULL,
			    "Unknown sort field '%s'", q->sorts[i].field);
			return KERR_INVALID;
		}
	/* Every unknown root of _fields, once, in one message. */
	for (i = 0; i < q->nfields; i++) {
		if (known_field(known, q->fields[i]))
			continue;
		root = xstrndup(q->fields[i], strcspn(q->fields[i], "."));
		for (j = 0; j < nbad && strcmp(bad[j], root) != 0; j++)
			;
		if (j < nbad) {
			free(root);
			continue;
		}
		bad = xrealloc(bad, (nbad + 1) * sizeof(*bad));
		bad[nbad++] = root;
	}
	if (nbad == 0)
		return KERR_OK;
	for (j = 0; j < nbad; j++) {
		buf_printf(&list, "%s%s", j > 0 ? "," : "", bad[j]);
		free(bad[j]);
	}
	free(bad);
	/* "body" (sic): Kinto's location for it (requests.md). */
	verrors_add(&ctx->verr, "body", "Invalid _fields parameter",
	    "Fields %s do not exist", list.data);
	buf_free(&list);
	return KERR_INVALID;
}

void
query_untimed(struct query *q, const char *key)
{
	size_t	 i, n;
	bool	 has_key = false;

	for (i = n = 0; i < q->nfilters; i++)
		if (strcmp(q->filters[i].field, "last_modified") != 0) {
			q->filters[n] = q->filters[i];
			q->params[n++] = q->params[i];
		}
	q->nfilters = n;
	q->with_deleted = false;
	for (i = n = 0; i < q->nsorts; i++)
		if (strcmp(q->sorts[i].field, "last_modified") != 0) {
			if (strcmp(q->sorts[i].field, key) == 0)
				has_key = true;
			q->sorts[n++] = q->sorts[i];
		}
	q->nsorts = n;
	if (!has_key) {
		q->sorts = xrealloc(q->sorts, (n + 1) * sizeof(*q->sorts));
		q->sorts[n].field = key;
		q->sorts[n].dir = -1;
		q->nsorts++;
	}
}
