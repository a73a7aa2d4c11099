/*
 * sqlite_query.c — lists in the SQLite backend: filters, sorts and the
 * pagination cursor pushed into SQL (DESIGN.md, "Filtering, sorting,
 * pagination").
 *
 * A query is composed from fixed fragments only; field paths, values
 * and sort keys are always bound.  Data fields are read with SQLite's
 * `data -> '$."a"."b"'` (their JSON text, numbers as written) and
 * compared through cinto's own SQL functions, so that SQL orders values
 * exactly as the protocol does (requests.md: null < strings < numbers <
 * booleans < arrays < objects, numbers by exact value, missing last):
 *
 *	kkey(json)		json_sort_key() as a BLOB: memcmp order is
 *				json_compare() order, NULL is "missing"
 *	kmatch(op, json, arg)	match_op() of storage/match.c
 *
 * "id" and "last_modified" are columns: comparisons on them use the
 * primary key and the (parent, resource, last_modified) index, so that
 * _since and the default sort read only what they return.
 */
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/util.h"
#include "storage/match.h"
#include "storage/object.h"
#include "storage/sqlite_int.h"

/* ==== SQL functions ==== */

static cJSON *
arg_json(sqlite3_value *v)
{
	cJSON	*j = NULL;

	if (sqlite3_value_type(v) == SQLITE_NULL)
		return NULL;
	if (json_parse((const char *)sqlite3_value_text(v),
	    (size_t)sqlite3_value_bytes(v), 100000, &j, NULL) != JSON_OK)
		return NULL;
	return j;
}

static void
fn_kkey(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct buf	 b = { 0 };
	cJSON		*j;

	(void)argc;
	j = arg_json(argv[0]);
	json_sort_key(&b, j);
	cJSON_Delete(j);
	sqlite3_result_blob(ctx, b.data, (int)b.len, free);
}

static void
fn_kmatch(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	cJSON	*v, *arg;
	int	 op;

	(void)argc;
	op = sqlite3_value_int(argv[0]);
	v = arg_json(argv[1]);
	arg = arg_json(argv[2]);
	sqlite3_result_int(ctx, op >= 0 && op < ST_OP__MAX &&
	    match_op((enum st_op)op, v, arg));
	cJSON_Delete(v);
	cJSON_Delete(arg);
}

/* kfield(data, path): kkey() of the value at a dotted path of data. */
static void
fn_kfield(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct buf	 b = { 0 };
	const char	*text, *v;
	size_t		 vlen = 0;

	(void)argc;
	text = (const char *)sqlite3_value_text(argv[0]);
	v = text == NULL ? NULL : json_text_at(text,
	    (size_t)sqlite3_value_bytes(argv[0]),
	    (const char *)sqlite3_value_text(argv[1]), &vlen);
	json_sort_key_text(&b, v, vlen);
	sqlite3_result_blob(ctx, b.data, (int)b.len, free);
}

/* kmatchf(op, data, path, arg): match_op() of the value at the path. */
static void
fn_kmatchf(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char	*text, *at;
	size_t		 vlen = 0;
	cJSON		*v = NULL, *arg;
	int		 op;

	(void)argc;
	op = sqlite3_value_int(argv[0]);
	text = (const char *)sqlite3_value_text(argv[1]);
	at = text == NULL ? NULL : json_text_at(text,
	    (size_t)sqlite3_value_bytes(argv[1]),
	    (const char *)sqlite3_value_text(argv[2]), &vlen);
	if (at != NULL && json_parse(at, vlen, 100000, &v, NULL) != JSON_OK)
		v = NULL;
	arg = arg_json(argv[3]);
	sqlite3_result_int(ctx, op >= 0 && op < ST_OP__MAX &&
	    match_op((enum st_op)op, v, arg));
	cJSON_Delete(v);
	cJSON_Delete(arg);
}

int
sq_functions(sqlite3 *db)
{
	int	 flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
	int	 rc;

	rc = sqlite3_create_function(db, "kkey", 1, flags, NULL, fn_kkey,
	    NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function(db, "kmatch", 3, flags, NULL,
		    fn_kmatch, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function(db, "kfield", 2, flags, NULL,
		    fn_kfield, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function(db, "kmatchf", 4, flags, NULL,
		    fn_kmatchf, NULL, NULL);
	return rc;
}

/* ==== Composing a query ==== */

enum bind_type { B_TEXT, B_INT, B_BLOB };

struct bind {
	enum bind_type	 type;
	char		*p;		/* text or blob, owned */
	size_t		 len;
	int64_t		 i;
};

struct qb {
	struct buf	 sql;
	struct bind	*binds;
	size_t		 nbinds;
	bool		 bad;		/* a field that cannot be a path */
};

static void
bind_add(struct qb *q, enum bind_type t, const void *p, size_t len,
    int64_t i)
{
	struct bind	*b;

	q->binds = xrealloc(q->binds, (q->nbinds + 1) * sizeof(*q->binds));
	b = &q->binds[q->nbinds++];
	b->type = t;
	b->p = p != NULL ? xmalloc(len + 1) : NULL;
	if (p != NULL) {
		memcpy(b->p, p, len);
		b->p[len] = '\0';
	}
	b->len = len;
	b->i = i;
	buf_puts(&q->sql, "?");
}

static void
bind_text(struct qb *q, const char *s)
{
	bind_add(q, B_TEXT, s, strlen(s), 0);
}

static void
bind_key(struct qb *q, const cJSON *v)
{
	struct buf	 k = { 0 };

	json_sort_key(&k, v);
	bind_add(q, B_BLOB, k.data, k.len, 0);
	buf_free(&k);
}

static void
bind_json(struct qb *q, const cJSON *v)
{
	char	*t;
	size_t	 len;

	t = json_print(v, &len);
	bind_add(q, B_TEXT, t, len, 0);
	free(t);
}

static void
qb_free(struct qb *q)
{
	size_t	 i;

	for (i = 0; i < q->nbinds; i++)
		free(q->binds[i].p);
	free(q->binds);
	buf_free(&q->sql);
}

static void
qb_bind(struct qb *q, sqlite3_stmt *st)
{
	size_t	 i;
	int	 n;

	for (i = 0; i < q->nbinds; i++) {
		n = (int)i + 1;
		switch (q->binds[i].type) {
		case B_TEXT:
			sqlite3_bind_text(st, n, q->binds[i].p,
			    (int)q->binds[i].len, SQLITE_STATIC);
			break;
		case B_INT:
			sqlite3_bind_int64(st, n, q->binds[i].i);
			break;
		case B_BLOB:
			sqlite3_bind_blob(st, n, q->binds[i].p,
			    (int)q->binds[i].len, SQLITE_STATIC);
			break;
		}
	}
}

static void	field_expr(struct qb *, const char *);

/* The data columns' fields are read in C: no SQLite JSON parse. */
static bool
column_field(const char *field)
{
	return strcmp(field, "id") == 0 || strcmp(field, "last_modified") == 0;
}

/* The sort key of a field: a column's, or kfield(data, path). */
static void
key_expr(struct qb *q, const char *field)
{
	if (column_field(field)) {
		buf_puts(&q->sql, "kkey(");
		field_expr(q, field);
		buf_putc(&q->sql, ')');
		return;
	}
	buf_puts(&q->sql, "kfield(data, ");
	bind_text(q, field);
	buf_putc(&q->sql, ')');
}

/*
 * The JSON text of a field: '$."a"."b"' for "a.b".  A name holding a
 * '"' cannot be a path (requests.md only allows [\w.] anyway).
 */
static void
field_expr(struct qb *q, const char *field)
{
	struct buf	 path = { 0 };
	const char	*p, *dot;

	if (strcmp(field, "id") == 0) {
		buf_puts(&q->sql, "json_quote(id)");
		return;
	}
	if (strcmp(field, "last_modified") == 0) {
		buf_puts(&q->sql, "CAST(last_modified AS TEXT)");
		return;
	}
	buf_putc(&path, '$');
	for (p = field; ; p = dot + 1) {
		dot = strchr(p, '.');
		buf_puts(&path, ".\"");
		buf_add(&path, p, dot != NULL ? (size_t)(dot - p) : strlen(p));
		buf_putc(&path, '"');
		if (dot == NULL)
			break;
	}
	if (strchr(field, '"') != NULL)
		q->bad = true;
	buf_puts(&q->sql, "(data -> ");
	bind_add(q, B_TEXT, path.data, path.len, 0);
	buf_putc(&q->sql, ')');
	buf_free(&path);
}

static bool
is_int(const cJSON *v, int64_t *out)
{
	return cJSON_IsNumber(v) && v->valuestring != NULL &&
	    str_to_i64(v->valuestring, INT64_MIN, INT64_MAX, out);
}

static const char *const cmp_sql[] = {
	[ST_EQ] = " = ", [ST_NOT] = " != ", [ST_LT] = " < ",
	[ST_GT] = " > ", [ST_MIN] = " >= ", [ST_MAX] = " <= ",
};

static bool
is_cmp(enum st_op op)
{
	return op == ST_EQ || op == ST_NOT || op == ST_LT || op == ST_GT ||
	    op == ST_MIN || op == ST_MAX;
}

static void
add_filter(struct qb *q, const struct st_filter *f)
{
	int64_t	 i;

	buf_puts(&q->sql, " AND ");
	if (strcmp(f->field, "last_modified") == 0 && is_cmp(f->op) &&
	    is_int(f->value, &i)) {
		buf_printf(&q->sql, "last_modified%s", cmp_sql[f->op]);
		bind_add(q, B_INT, NULL, 0, i);
		return;
	}
	if (strcmp(f->field, "id") == 0 && is_cmp(f->op) &&
	    cJSON_IsString(f->value)) {
		buf_printf(&q->sql, "id%s", cmp_sql[f->op]);
		bind_text(q, f->value->valuestring);
		return;
	}
	if (strcmp(f->field, "id") == 0 && (f->op == ST_IN ||
	    f->op == ST_EXCLUDE) && cJSON_IsArray(f->value)) {
		buf_puts(&q->sql, f->op == ST_IN ? "id IN" : "id NOT IN");
		buf_puts(&q->sql, " (SELECT value FROM json_each(");
		bind_json(q, f->value);
		buf_puts(&q->sql, ") WHERE type = 'text')");
		return;
	}
	if (is_cmp(f->op)) {
		key_expr(q, f->field);
		buf_puts(&q->sql, cmp_sql[f->op]);
		bind_key(q, f->value);
		return;
	}
	if (column_field(f->field)) {
		buf_printf(&q->sql, "kmatch(%d, ", (int)f->op);
		field_expr(q, f->field);
	} else {
		buf_printf(&q->sql, "kmatchf(%d, data, ", (int)f->op);
		bind_text(q, f->field);
	}
	buf_puts(&q->sql, ", ");
	bind_json(q, f->value);
	buf_putc(&q->sql, ')');
}

/*
 * One side of a cursor comparison: a column when the cursor's value has
 * the column's type, else the sort key.
 */
static void
cursor_term(struct qb *q, const struct st_sort *s, const cJSON *v,
    const char *op)
{
	int64_t	 i;

	if (strcmp(s->field, "last_modified") == 0 && is_int(v, &i)) {
		buf_printf(&q->sql, "last_modified %s ", op);
		bind_add(q, B_INT, NULL, 0, i);
	} else if (strcmp(s->field, "id") == 0 && cJSON_IsString(v)) {
		buf_printf(&q->sql, "id %s ", op);
		bind_text(q, v->valuestring);
	} else {
		key_expr(q, s->field);
		buf_printf(&q->sql, " %s ", op);
		bind_key(q, v);
	}
}

/*
 * "Strictly after the cursor" in the sort order (requests.md,
 * "Pagination"): the OR over k of (f1 = v1 AND ... AND fk >/< vk).
 */
static void
add_cursor(struct qb *q, const struct st_query *qu)
{
	const cJSON	*v;
	size_t		 k, i;

	buf_puts(&q->sql, " AND (");
	for (k = 0; k < qu->nsorts; k++) {
		if (k > 0)
			buf_puts(&q->sql, " OR ");
		buf_putc(&q->sql, '(');
		for (i = 0; i <= k; i++) {
			if (i > 0)
				buf_puts(&q->sql, " AND ");
			v = match_field(qu->after, qu->sorts[i].field);
			cursor_term(q, &qu->sorts[i], v, i < k ? "=" :
			    qu->sorts[i].dir < 0 ? "<" : ">");
		}
		buf_putc(&q->sql, ')');
	}
	if (qu->nsorts == 0)
		buf_puts(&q->sql, "0");
	buf_putc(&q->sql, ')');
}

static void
add_order(struct qb *q, const struct st_query *qu)
{
	size_t	 i;

	for (i = 0; i < qu->nsorts; i++) {
		buf_puts(&q->sql, i == 0 ? " ORDER BY " : ", ");
		if (strcmp(qu->sorts[i].field, "id") == 0 ||
		    strcmp(qu->sorts[i].field, "last_modified") == 0)
			buf_puts(&q->sql, qu->sorts[i].field);
		else
			key_expr(q, qu->sorts[i].field);
		buf_puts(&q->sql, qu->sorts[i].dir < 0 ? " DESC" : " ASC");
	}
}

/* SELECT ... WHERE parent, resource, filters (and cursor, order, limit). */
static void
compose(struct qb *q, const struct st_query *qu, bool count, bool live)
{
	size_t	 i;

	buf_puts(&q->sql, count ? "SELECT count(*)" :
	    "SELECT id, last_modified, deleted, data");
	buf_puts(&q->sql, " FROM objects WHERE parent = ");
	bind_text(q, qu->parent);
	buf_puts(&q->sql, " AND resource = ");
	bind_text(q, qu->resource);
	if (live || !qu->with_deleted)
		buf_puts(&q->sql, " AND deleted = 0");
	for (i = 0; i < qu->nfilters; i++)
		add_filter(q, &qu->filters[i]);
	if (qu->acl_perms != NULL && qu->acl_principals != NULL) {
		buf_puts(&q->sql, " AND EXISTS (SELECT 1 FROM json_each(acl) "
		    "AS p, json_each(p.value) AS w WHERE p.key IN "
		    "(SELECT value FROM json_each(");
		bind_json(q, qu->acl_perms);
		buf_puts(&q->sql, ")) AND w.value IN (SELECT value FROM "
		    "json_each(");
		bind_json(q, qu->acl_principals);
		buf_puts(&q->sql, ")))");
	}
	if (count)
		return;
	if (qu->after != NULL)
		add_cursor(q, qu);
	add_order(q, qu);
	if (qu->limit > 0) {
		buf_puts(&q->sql, " LIMIT ");
		bind_add(q, B_INT, NULL, 0, qu->limit);
	}
}

static enum st_rc
run_list(struct sqlite_storage *s, const struct st_query *qu, bool live,
    cJSON **out)
{
	struct qb	 q = { 0 };
	struct sdb	*d;
	sqlite3_stmt	*st;
	cJSON		*o;
	enum st_rc	 rc;
	int		 src;

	*out = NULL;
	if ((rc = sq_file(s, qu->parent, false, &d)) != ST_OK)
		return rc;
	compose(&q, qu, false, live);
	if (q.bad || (st = sq_query(d, q.sql.data)) == NULL) {
		qb_free(&q);
		return q.bad ? ST_EINVAL : ST_EBACKEND;
	}
	qb_bind(&q, st);
	*out = cJSON_CreateArray();
	rc = ST_OK;
	while ((src = sqlite3_step(st)) == SQLITE_ROW) {
		rc = sq_object((const char *)sqlite3_column_text(st, 0),
		    sqlite3_column_int64(st, 1), sqlite3_column_int(st, 2) != 0,
		    sqlite3_column_text(st, 3), sqlite3_column_bytes(st, 3),
		    &o);
		if (rc != ST_OK)
			break;
		cJSON_AddItemToArray(*out, o);
	}
	if (rc == ST_OK && src != SQLITE_DONE)
		rc = sq_rc(src);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	qb_free(&q);
	if (rc != ST_OK) {
		cJSON_Delete(*out);
		*out = NULL;
	}
	return rc;
}

enum st_rc
sq_list(struct storage *st, const struct st_query *qu, cJSON **out)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	if ((rc = sq_implicit(s, false, &own)) != ST_OK)
		return rc;
	return sq_implicit_end(s, own, run_list(s, qu, false, out));
}

static enum st_rc
run_count(struct sqlite_storage *s, const struct st_query *qu, int64_t *out)
{
	struct qb	 q = { 0 };
	struct sdb	*d;
	sqlite3_stmt	*st;
	enum st_rc	 rc;
	int		 src;

	if ((rc = sq_file(s, qu->parent, false, &d)) != ST_OK)
		return rc;
	compose(&q, qu, true, true);
	if (q.bad || (st = sq_query(d, q.sql.data)) == NULL) {
		qb_free(&q);
		return q.bad ? ST_EINVAL : ST_EBACKEND;
	}
	qb_bind(&q, st);
	src = sqlite3_step(st);
	if (src == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	qb_free(&q);
	return src == SQLITE_ROW ? ST_OK : sq_rc(src);
}

enum st_rc
sq_count(struct storage *st, const struct st_query *qu, int64_t *out)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	*out = 0;
	if ((rc = sq_implicit(s, false, &own)) != ST_OK)
		return rc;
	return sq_implicit_end(s, own, run_count(s, qu, out));
}

/* The live objects selected, deleted one by one in sort order. */
static enum st_rc
run_delete_many(struct sqlite_storage *s, const struct st_query *qu,
    cJSON **out)
{
	struct st_ref	 r = { qu->resource, qu->parent, NULL };
	struct sdb	*d;
	const cJSON	*o;
	cJSON		*sel, *tomb;
	enum st_rc	 rc;

	/* The write lock first, then the selection it protects. */
	if ((rc = sq_file(s, qu->parent, true, &d)) != ST_OK)
		return rc;
	if ((rc = run_list(s, qu, true, &sel)) != ST_OK)
		return rc;
	if (out != NULL)
		*out = cJSON_CreateArray();
	cJSON_ArrayForEach(o, sel) {
		r.id = cJSON_GetObjectItemCaseSensitive(o, "id")->valuestring;
		if ((rc = sq_delete_in_txn(s, &r, &tomb)) != ST_OK)
			break;
		if (out != NULL)
			cJSON_AddItemToArray(*out, tomb);
		else
			cJSON_Delete(tomb);
	}
	cJSON_Delete(sel);
	return rc;
}

enum st_rc
sq_delete_many(struct storage *st, const struct st_query *qu, cJSON **out)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	if (out != NULL)
		*out = NULL;
	if ((rc = sq_implicit(s, true, &own)) == ST_OK)
		rc = sq_implicit_end(s, own, run_delete_many(s, qu, out));
	if (rc != ST_OK && out != NULL) {
		cJSON_Delete(*out);
		*out = NULL;
	}
	return rc;
}
