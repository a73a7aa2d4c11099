/*
 * memory.c — the in-memory backend: everything lives in the worker's
 * heap and dies with it.  For tests and for an ephemeral
 * storage_backend = memory (each worker then has its own data).  Same
 * contract as the SQLite backend, proven by the same suite
 * (tests/t_storage.c); filters are storage/match.c's.
 *
 * Every stored object is kept as the JSON object the API returns: "id",
 * "last_modified", the data, and "deleted": true for a tombstone, whose
 * data is nothing else (protocol/sync.md: filters see tombstones as
 * objects holding only those three fields).  Which ones are tombstones
 * is kept apart (a live object may hold "deleted": true in its data).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/util.h"
#include "storage/match.h"
#include "storage/object.h"
#include "storage/storage.h"

struct mlist {
	char		*resource;
	char		*parent;
	int64_t		 ts;		/* list timestamp; 0: never set */
	cJSON		**objs;
	size_t		 n, cap;
	cJSON		*acls;		/* id -> permissions, live objects */
	cJSON		*dead;		/* id -> true, tombstones */
};

struct mlog {
	char		*bucket;	/* "" for the server's */
	cJSON		*entries;	/* array */
	int64_t		 seq;
};

/* A list as it was when the transaction first touched it. */
struct undo {
	char		*resource;
	char		*parent;
	struct mlist	*saved;		/* NULL: the list did not exist */
};

struct memory_storage {
	struct storage	 base;		/* first: the handle core sees */
	struct mlist	**lists;
	size_t		 nlists;
	struct mlog	*logs;
	size_t		 nlogs;
	bool		 readonly;
	bool		 in_txn;
	struct undo	*undo;
	size_t		 nundo;
	size_t		*log_lens;	/* log sizes at begin, for rollback */
	size_t		 nlog_lens;
	cJSON		*logs_saved;	/* bucket -> entries a txn removed */
	cJSON		*members;	/* group URI -> members */
	cJSON		*members_saved;	/* members at begin, for rollback */
};

#define M(st)	((struct memory_storage *)(st))

static struct mlist *
list_find(struct memory_storage *m, const char *resource, const char *parent,
    size_t *at)
{
	size_t	 i;

	for (i = 0; i < m->nlists; i++)
		if (strcmp(m->lists[i]->resource, resource) == 0 &&
		    strcmp(m->lists[i]->parent, parent) == 0) {
			if (at != NULL)
				*at = i;
			return m->lists[i];
		}
	return NULL;
}

static void
list_free(struct mlist *l)
{
	size_t	 i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		cJSON_Delete(l->objs[i]);
	free(l->objs);
	cJSON_Delete(l->acls);
	cJSON_Delete(l->dead);
	free(l->resource);
	free(l->parent);
	free(l);
}

static struct mlist *
list_copy(const struct mlist *l)
{
	struct mlist	*c;
	size_t		 i;

	c = xcalloc(1, sizeof(*c));
	c->resource = xstrdup(l->resource);
	c->parent = xstrdup(l->parent);
	c->ts = l->ts;
	c->n = c->cap = l->n;
	c->objs = xcalloc(l->n, sizeof(*c->objs));
	for (i = 0; i < l->n; i++)
		c->objs[i] = cJSON_Duplicate(l->objs[i], true);
	c->acls = l->acls != NULL ? cJSON_Duplicate(l->acls, true) : NULL;
	c->dead = l->dead != NULL ? cJSON_Duplicate(l->dead, true) : NULL;
	return c;
}

/* Before the first change of a list in a transaction, keep a copy. */
static void
undo_note(struct memory_storage *m, const char *resource, const char *parent)
{
	struct mlist	*l;
	size_t		 i;

	if (!m->in_txn)
		return;
	for (i = 0; i < m->nundo; i++)
		if (strcmp(m->undo[i].resource, resource) == 0 &&
		    strcmp(m->undo[i].parent, parent) == 0)
			return;
	l = list_find(m, resource, parent, NULL);
	m->undo = xrealloc(m->undo, (m->nundo + 1) * sizeof(*m->undo));
	m->undo[m->nundo].resource = xstrdup(resource);
	m->undo[m->nundo].parent = xstrdup(parent);
	m->undo[m->nundo].saved = l != NULL ? list_copy(l) : NULL;
	m->nundo++;
}

static struct mlist *
list_get(struct memory_storage *m, const char *resource, const char *parent)
{
	struct mlist	*l;

	if ((l = list_find(m, resource, parent, NULL)) != NULL)
		return l;
	undo_note(m, resource, parent);
	l = xcalloc(1, sizeof(*l));
	l->resource = xstrdup(resource);
	l->parent = xstrdup(parent);
	m->lists = xrealloc(m->lists, (m->nlists + 1) * sizeof(*m->lists));
	m->lists[m->nlists++] = l;
	return l;
}

static void
list_remove(struct memory_storage *m, size_t at)
{
	list_free(m->lists[at]);
	m->lists[at] = m->lists[--m->nlists];
}

static cJSON *
obj_find(const struct mlist *l, const char *id, size_t *at)
{
	const cJSON	*v;
	size_t		 i;

	for (i = 0; l != NULL && i < l->n; i++) {
		v = cJSON_GetObjectItemCaseSensitive(l->objs[i], "id");
		if (strcmp(v->valuestring, id) == 0) {
			if (at != NULL)
				*at = i;
			return l->objs[i];
		}
	}
	return NULL;
}

/* Whether the stored object is a tombstone. */
static bool
is_dead(const struct mlist *l, const cJSON *o)
{
	return l != NULL && o != NULL && l->dead != NULL &&
	    cJSON_HasObjectItem(l->dead,
	    cJSON_GetObjectItem(o, "id")->valuestring);
}

static int64_t
obj_ts(const cJSON *o)
{
	return st_object_ts(o);
}

/* Whether another object of the list already has that timestamp. */
static bool
ts_taken(const struct mlist *l, int64_t ts, const char *except)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (obj_ts(l->objs[i]) == ts && strcmp(cJSON_GetObjectItem(
		    l->objs[i], "id")->valuestring, except) != 0)
			return true;
	return false;
}

/*
 * Objects under /buckets/<bid> live only while bucket <bid> does (the
 * SQLite backend keeps them in its file).
 */
static bool
parent_alive(struct memory_storage *m, const char *parent)
{
	char		 bid[ST_ID_MAX + 1];
	const struct mlist *l;
	const cJSON	*b;

	if (!st_parent_bucket(parent, bid))
		return strncmp(parent, "/buckets/", 9) != 0;
	l = list_find(m, "bucket", "", NULL);
	b = obj_find(l, bid, NULL);
	return b != NULL && !is_dead(l, b);
}

static enum st_rc
memory_open(const struct storage_settings *set, struct storage **out,
    char *err, size_t errsz)
{
	struct memory_storage	*m;

	(void)err;
	(void)errsz;
	m = xcalloc(1, sizeof(*m));
	m->base.ops = &storage_memory_ops;
	m->readonly = set->readonly;
	*out = &m->base;
	return ST_OK;
}

static void
undo_clear(struct memory_storage *m)
{
	size_t	 i;

	for (i = 0; i < m->nundo; i++) {
		free(m->undo[i].resource);
		free(m->undo[i].parent);
		list_free(m->undo[i].saved);
	}
	free(m->undo);
	m->undo = NULL;
	m->nundo = 0;
	free(m->log_lens);
	m->log_lens = NULL;
	m->nlog_lens = 0;
	cJSON_Delete(m->logs_saved);
	m->logs_saved = NULL;
	cJSON_Delete(m->members_saved);
	m->members_saved = NULL;
}

static void
memory_close(struct storage *st)
{
	struct memory_storage	*m = M(st);
	size_t			 i;

	undo_clear(m);
	for (i = 0; i < m->nlists; i++)
		list_free(m->lists[i]);
	free(m->lists);
	for (i = 0; i < m->nlogs; i++) {
		free(m->logs[i].bucket);
		cJSON_Delete(m->logs[i].entries);
	}
	free(m->logs);
	cJSON_Delete(m->members);
	free(m);
}

/* Nothing can fail in memory short of the allocator, which aborts. */
static enum st_rc
memory_health(struct storage *st, int64_t timeout_ms)
{
	(void)st;
	(void)timeout_ms;
	return ST_OK;
}

static enum st_rc
memory_begin(struct storage *st, bool write)
{
	struct memory_storage	*m = M(st);
	size_t			 i;

	(void)write;
	if (m->in_txn)
		return ST_EINVAL;
	m->in_txn = true;
	m->members_saved = m->members != NULL ?
	    cJSON_Duplicate(m->members, true) : NULL;
	m->log_lens = xcalloc(m->nlogs + 1, sizeof(*m->log_lens));
	m->nlog_lens = m->nlogs;
	for (i = 0; i < m->nlogs; i++)
		m->log_lens[i] = (size_t)cJSON_GetArraySize(m->logs[i].entries);
	return ST_OK;
}

static enum st_rc
memory_commit(struct storage *st)
{
	struct memory_storage	*m = M(st);

	undo_clear(m);
	m->in_txn = false;
	return ST_OK;
}

static void
memory_rollback(struct storage *st)
{
	struct memory_storage	*m = M(st);
	struct undo		*u;
	size_t			 i, at, n;

	if (!m->in_txn)
		return;
	cJSON_Delete(m->members);
	m->members = m->members_saved;
	m->members_saved = NULL;
	/* Last touched first does not matter: each list is saved once. */
	for (i = 0; i < m->nundo; i++) {
		u = &m->undo[i];
		if (list_find(m, u->resource, u->parent, &at) != NULL)
			list_remove(m, at);
		if (u->saved != NULL) {
			m->lists = xrealloc(m->lists,
			    (m->nlists + 1) * sizeof(*m->lists));
			m->lists[m->nlists++] = u->saved;
			u->saved = NULL;
		}
	}
	for (i = 0; i < m->nlogs; i++) {
		cJSON	*saved = cJSON_DetachItemFromObjectCaseSensitive(
			    m->logs_saved, m->logs[i].bucket);

		/* Emptied by a tree delete: as it was at that moment. */
		if (saved != NULL) {
			cJSON_Delete(m->logs[i].entries);
			m->logs[i].entries = saved;
		}
		n = i < m->nlog_lens ? m->log_lens[i] : 0;
		while ((size_t)cJSON_GetArraySize(m->logs[i].entries) > n)
			cJSON_DeleteItemFromArray(m->logs[i].entries,
			    cJSON_GetArraySize(m->logs[i].entries) - 1);
	}
	undo_clear(m);
	m->in_txn = false;
}

static enum st_rc
memory_get(struct storage *st, const struct st_ref *r, bool deleted,
    cJSON **out)
{
	struct memory_storage	*m = M(st);
	struct mlist		*l;
	cJSON			*o;

	*out = NULL;
	if (!parent_alive(m, r->parent))
		return ST_NOTFOUND;
	l = list_find(m, r->resource, r->parent, NULL);
	o = obj_find(l, r->id, NULL);
	if (o == NULL || (!deleted && is_dead(l, o)))
		return ST_NOTFOUND;
	*out = cJSON_Duplicate(o, true);
	return ST_OK;
}

static enum st_rc
memory_timestamp(struct storage *st, const char *resource,
    const char *parent, int64_t *out)
{
	struct memory_storage	*m = M(st);
	struct mlist		*l;

	if (!parent_alive(m, parent))
		return ST_NOTFOUND;
	l = list_find(m, resource, parent, NULL);
	if (l != NULL && l->ts != 0) {
		*out = l->ts;
		return ST_OK;
	}
	*out = now_ms();
	if (!m->readonly) {
		l = list_get(m, resource, parent);
		undo_note(m, resource, parent);
		l->ts = *out;
	}
	return ST_OK;
}

/*
 * Stores obj (taken over) in place of the object of that id, or appends
 * it, with the timestamp the rules of sync.md give.
 */
static enum st_rc
store(struct memory_storage *m, struct mlist *l, cJSON *obj, const char *id,
    bool tomb, const cJSON *acl, int64_t forced, cJSON **out)
{
	int64_t		 ts;
	size_t		 at;

	ts = st_next_ts(l->ts, forced, &l->ts);
	if (ts_taken(l, ts, id)) {
		cJSON_Delete(obj);
		return ST_CONFLICT;
	}
	st_object_set_meta(obj, id, ts);
	/* Permissions: replaced when given, none for a tombstone. */
	if (l->acls == NULL)
		l->acls = cJSON_CreateObject();
	if (l->dead == NULL)
		l->dead = cJSON_CreateObject();
	cJSON_DeleteItemFromObjectCaseSensitive(l->dead, id);
	if (tomb) {
		cJSON_DeleteItemFromObjectCaseSensitive(l->acls, id);
		cJSON_AddItemToObject(l->dead, id, cJSON_CreateTrue());
	} else if (acl != NULL) {
		cJSON_DeleteItemFromObjectCaseSensitive(l->acls, id);
		cJSON_AddItemToObject(l->acls, id, cJSON_Duplicate(acl, true));
	}
	if (obj_find(l, id, &at) != NULL) {
		cJSON_Delete(l->objs[at]);
		l->objs[at] = obj;
	} else {
		if (l->n == l->cap) {
			l->cap = l->cap ? l->cap * 2 : 16;
			l->objs = xrealloc(l->objs, l->cap * sizeof(*l->objs));
		}
		l->objs[l->n++] = obj;
	}
	if (out != NULL)
		*out = cJSON_Duplicate(obj, true);
	(void)m;
	return ST_OK;
}

static enum st_rc
memory_put(struct storage *st, const struct st_ref *r, const cJSON *data,
    const cJSON *acl, bool replace, int64_t ts, cJSON **out, bool *created)
{
	struct memory_storage	*m = M(st);
	struct mlist		*l;
	cJSON			*cur;
	bool			 live;

	if (out != NULL)
		*out = NULL;
	if (m->readonly)
		return ST_EINVAL;
	/* Bucket ids name files in the SQLite backend: same rule here. */
	if (strcmp(r->resource, "bucket") == 0 && *r->parent == '\0' &&
	    !storage_valid_id(r->id))
		return ST_EINVAL;
	if (!parent_alive(m, r->parent))
		return ST_NOTFOUND;
	l = list_get(m, r->resource, r->parent);
	cur = obj_find(l, r->id, NULL);
	live = cur != NULL && !is_dead(l, cur);
	if (live && !replace)
		return ST_EXISTS;
	if (created != NULL)
		*created = !live;
	undo_note(m, r->resource, r->parent);
	/* A new object starts without permissions. */
	if (!live && acl == NULL && l->acls != NULL)
		cJSON_DeleteItemFromObjectCaseSensitive(l->acls, r->id);
	return store(m, l, st_object_from_data(data), r->id, false, acl, ts,
	    out);
}

static enum st_rc	memory_delete_tree(struct storage *, const char *);

static enum st_rc
memory_delete(struct storage *st, const struct st_ref *r, int64_t ts,
    cJSON **out)
{
	struct memory_storage	*m = M(st);
	struct mlist		*l;
	cJSON			*cur;

	if (out != NULL)
		*out = NULL;
	if (m->readonly)
		return ST_EINVAL;
	if (!parent_alive(m, r->parent))
		return ST_NOTFOUND;
	l = list_find(m, r->resource, r->parent, NULL);
	cur = obj_find(l, r->id, NULL);
	if (cur == NULL || is_dead(l, cur))
		return ST_NOTFOUND;
	/* A bucket takes everything in it along (storage.h). */
	if (strcmp(r->resource, "bucket") == 0 && *r->parent == '\0') {
		char *uri = xasprintf("/buckets/%s", r->id);

		memory_delete_tree(st, uri);
		free(uri);
	}
	undo_note(m, r->resource, r->parent);
	return store(m, l, st_tombstone(), r->id, true, NULL, ts, out);
}

/* Whether the object's own permissions grant one of q's to one of q's. */
static bool
acl_allows(const struct mlist *l, const cJSON *obj, const struct st_query *q)
{
	const cJSON	*acl, *perm, *who, *p;

	if (q->acl_perms == NULL || q->acl_principals == NULL)
		return true;
	if (l->acls == NULL || (acl = cJSON_GetObjectItemCaseSensitive(
	    l->acls, cJSON_GetObjectItem(obj, "id")->valuestring)) == NULL)
		return false;
	cJSON_ArrayForEach(perm, q->acl_perms)
		cJSON_ArrayForEach(who, cJSON_GetObjectItemCaseSensitive(acl,
		    perm->valuestring))
			cJSON_ArrayForEach(p, q->acl_principals)
				if (strcmp(p->valuestring, who->valuestring)
				    == 0)
					return true;
	return false;
}

/* Matching objects of the list, sorted, after the cursor: borrowed. */
static size_t
select_objs(struct memory_storage *m, const struct st_query *q,
    const cJSON ***out, bool live_only)
{
	const struct mlist	*l;
	const cJSON		**sel;
	size_t			 i, n = 0;

	*out = NULL;
	l = list_find(m, q->resource, q->parent, NULL);
	if (l == NULL || l->n == 0)
		return 0;
	sel = xcalloc(l->n, sizeof(*sel));
	for (i = 0; i < l->n; i++) {
		if ((live_only || !q->with_deleted) && is_dead(l, l->objs[i]))
			continue;
		if (!st_object_matches(l->objs[i], q->filters, q->nfilters))
			continue;
		if (!acl_allows(l, l->objs[i], q))
			continue;
		if (q->after != NULL && st_object_cmp_sorted(l->objs[i],
		    q->after, q->sorts, q->nsorts) <= 0)
			continue;
		sel[n++] = l->objs[i];
	}
	st_sort_objects(sel, n, q->sorts, q->nsorts);
	*out = sel;
	return n;
}

static enum st_rc
memory_list(struct storage *st, const struct st_query *q, cJSON **out)
{
	struct memory_storage	*m = M(st);
	const cJSON		**sel;
	size_t			 i, n;

	*out = NULL;
	if (!parent_alive(m, q->parent))
		return ST_NOTFOUND;
	n = select_objs(m, q, &sel, false);
	if (q->limit > 0 && (int64_t)n > q->limit)
		n = (size_t)q->limit;
	*out = cJSON_CreateArray();
	for (i = 0; i < n; i++)
		cJSON_AddItemToArray(*out, cJSON_Duplicate(sel[i], true));
	free(sel);
	return ST_OK;
}

static enum st_rc
memory_get_acl(struct storage *st, const struct st_ref *r, cJSON **out)
{
	struct memory_storage	*m = M(st);
	struct mlist		*l;
	const cJSON		*o, *a;

	*out = NULL;
	if (!parent_alive(m, r->parent))
		return ST_NOTFOUND;
	l = list_find(m, r->resource, r->parent, NULL);
	o = obj_find(l, r->id, NULL);
	if (o == NULL || is_dead(l, o))
		return ST_NOTFOUND;
	a = l->acls != NULL ? cJSON_GetObjectItemCaseSensitive(l->acls,
	    r->id) : NULL;
	*out = a != NULL ? cJSON_Duplicate(a, true) : cJSON_CreateObject();
	return ST_OK;
}

static enum st_rc
memory_count(struct storage *st, const struct st_query *q, int64_t *out)
{
	struct memory_storage	*m = M(st);
	struct st_query		 all = *q;
	const cJSON		**sel;

	*out = 0;
	if (!parent_alive(m, q->parent))
		return ST_NOTFOUND;
	all.after = NULL;
	all.with_deleted = false;
	*out = (int64_t)select_objs(m, &all, &sel, true);
	free(sel);
	return ST_OK;
}

static enum st_rc
memory_delete_many(struct storage *st, const struct st_query *q, cJSON **out)
{
	struct memory_storage	*m = M(st);
	const cJSON		**sel;
	struct st_ref		 r = { q->resource, q->parent, NULL };
	cJSON			*tomb;
	char			**ids;
	size_t			 i, n;
	enum st_rc		 rc = ST_OK;

	if (out != NULL)
		*out = NULL;
	if (m->readonly)
		return ST_EINVAL;
	if (!parent_alive(m, q->parent))
		return ST_NOTFOUND;
	n = select_objs(m, q, &sel, true);
	if (q->limit > 0 && (int64_t)n > q->limit)
		n = (size_t)q->limit;
	/* The selection points into the list, which the deletes change. */
	ids = xcalloc(n + 1, sizeof(*ids));
	for (i = 0; i < n; i++)
		ids[i] = xstrdup(cJSON_GetObjectItem(sel[i], "id")->valuestring);
	free(sel);
	if (out != NULL)
		*out = cJSON_CreateArray();
	for (i = 0; i < n && rc == ST_OK; i++) {
		r.id = ids[i];
		rc = memory_delete(st, &r, ST_TS_NONE, &tomb);
		if (rc == ST_OK && out != NULL)
			cJSON_AddItemToArray(*out, tomb);
		else
			cJSON_Delete(tomb);
	}
	for (i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	if (rc != ST_OK && out != NULL) {
		cJSON_Delete(*out);
		*out = NULL;
	}
	return rc;
}

static enum st_rc
memory_purge_deleted(struct storage *st, const char *resource,
    const char *parent, int64_t before, int64_t *n)
{
	struct memory_storage	*m = M(st);
	struct mlist		*l;
	size_t			 i, o;

	*n = 0;
	if (m->readonly)
		return ST_EINVAL;
	if ((l = list_find(m, resource, parent, NULL)) == NULL)
		return ST_OK;
	undo_note(m, resource, parent);
	for (i = o = 0; i < l->n; i++) {
		if (is_dead(l, l->objs[i]) &&
		    (before == 0 || obj_ts(l->objs[i]) < before)) {
			cJSON_DeleteItemFromObjectCaseSensitive(l->dead,
			    cJSON_GetObjectItem(l->objs[i], "id")->valuestring);
			cJSON_Delete(l->objs[i]);
			(*n)++;
		} else
			l->objs[o++] = l->objs[i];
	}
	l->n = o;
	return ST_OK;
}

static enum st_rc
memory_delete_tree(struct storage *st, const char *uri)
{
	struct memory_storage	*m = M(st);
	char			 bid[ST_ID_MAX + 1];
	size_t			 i;

	if (m->readonly)
		return ST_EINVAL;
	for (i = 0; i < m->nlists;) {
		if (st_parent_under(m->lists[i]->parent, uri)) {
			undo_note(m, m->lists[i]->resource, m->lists[i]->parent);
			list_remove(m, i);
		} else
			i++;
	}
	/* A bucket's whole tree: its change log goes with it. */
	if (st_parent_bucket(uri, bid) && strchr(uri + 9, '/') == NULL)
		for (i = 0; i < m->nlogs; i++) {
			if (strcmp(m->logs[i].bucket, bid) != 0)
				continue;
			if (m->in_txn) {
				if (m->logs_saved == NULL)
					m->logs_saved = cJSON_CreateObject();
				if (!cJSON_HasObjectItem(m->logs_saved, bid))
					cJSON_AddItemToObject(m->logs_saved,
					    bid, cJSON_Duplicate(
					    m->logs[i].entries, true));
			}
			while (cJSON_GetArraySize(m->logs[i].entries) > 0)
				cJSON_DeleteItemFromArray(m->logs[i].entries, 0);
		}
	return ST_OK;
}

static struct mlog *
log_get(struct memory_storage *m, const char *bucket)
{
	size_t	 i;

	for (i = 0; i < m->nlogs; i++)
		if (strcmp(m->logs[i].bucket, bucket) == 0)
			return &m->logs[i];
	m->logs = xrealloc(m->logs, (m->nlogs + 1) * sizeof(*m->logs));
	m->logs[m->nlogs].bucket = xstrdup(bucket);
	m->logs[m->nlogs].entries = cJSON_CreateArray();
	m->logs[m->nlogs].seq = 0;
	return &m->logs[m->nlogs++];
}

static enum st_rc
memory_log_append(struct storage *st, const char *bucket,
    const struct st_change *c)
{
	struct memory_storage	*m = M(st);
	struct mlog		*lg;
	char			 parent[ST_ID_MAX + 16];

	if (m->readonly)
		return ST_EINVAL;
	if (bucket != NULL) {
		if (!storage_valid_id(bucket))
			return ST_NOTFOUND;
		snprintf(parent, sizeof(parent), "/buckets/%s", bucket);
		if (!parent_alive(m, parent))
			return ST_NOTFOUND;
	}
	lg = log_get(m, bucket != NULL ? bucket : "");
	cJSON_AddItemToArray(lg->entries, st_change_entry(++lg->seq, c));
	return ST_OK;
}

static enum st_rc
memory_log_read(struct storage *st, const char *bucket, int64_t after_seq,
    int64_t limit, cJSON **out)
{
	struct memory_storage	*m = M(st);
	const cJSON		*e;
	size_t			 i;

	*out = cJSON_CreateArray();
	for (i = 0; i < m->nlogs; i++) {
		if (strcmp(m->logs[i].bucket, bucket != NULL ? bucket : "") != 0)
			continue;
		cJSON_ArrayForEach(e, m->logs[i].entries) {
			if (cJSON_GetObjectItem(e, "seq")->valuedouble <=
			    (double)after_seq)
				continue;
			if (limit > 0 && cJSON_GetArraySize(*out) >= limit)
				break;
			cJSON_AddItemToArray(*out, cJSON_Duplicate(e, true));
		}
	}
	return ST_OK;
}

static enum st_rc
memory_set_members(struct storage *st, const char *uri, const cJSON *members)
{
	struct memory_storage	*m = M(st);

	if (m->readonly)
		return ST_EINVAL;
	if (m->members == NULL)
		m->members = cJSON_CreateObject();
	cJSON_DeleteItemFromObjectCaseSensitive(m->members, uri);
	if (members != NULL)
		cJSON_AddItemToObject(m->members, uri,
		    cJSON_Duplicate(members, true));
	return ST_OK;
}

static enum st_rc
memory_drop_members(struct storage *st, const char *prefix)
{
	struct memory_storage	*m = M(st);
	cJSON			*c, *next;

	if (m->readonly)
		return ST_EINVAL;
	for (c = m->members != NULL ? m->members->child : NULL; c != NULL;
	    c = next) {
		next = c->next;
		if (str_has_prefix(c->string, prefix))
			cJSON_Delete(cJSON_DetachItemViaPointer(m->members, c));
	}
	return ST_OK;
}

/* Whether a list of principals (members, an ACL's) names one of who. */
static bool
names_any(const cJSON *list, const cJSON *who)
{
	const cJSON	*p, *w;

	cJSON_ArrayForEach(p, list)
		cJSON_ArrayForEach(w, who)
			if (cJSON_IsString(p) && cJSON_IsString(w) &&
			    strcmp(p->valuestring, w->valuestring) == 0)
				return true;
	return false;
}

static enum st_rc
memory_groups_of(struct storage *st, const cJSON *principals, cJSON **out)
{
	struct memory_storage	*m = M(st);
	const cJSON		*g;

	*out = cJSON_CreateArray();
	for (g = m->members != NULL ? m->members->child : NULL; g != NULL;
	    g = g->next)
		if (names_any(g, principals))
			cJSON_AddItemToArray(*out, json_new_string(g->string));
	return ST_OK;
}

/* Every list's permissions (live objects only: see store()). */
static enum st_rc
memory_grants_to(struct storage *st, const cJSON *principals, cJSON **out)
{
	struct memory_storage	*m = M(st);
	const struct mlist	*l;
	const cJSON		*acl, *perm;
	cJSON			*e;
	size_t			 i;

	*out = cJSON_CreateArray();
	for (i = 0; i < m->nlists; i++) {
		l = m->lists[i];
		for (acl = l->acls != NULL ? l->acls->child : NULL; acl != NULL;
		    acl = acl->next) {
			e = NULL;
			cJSON_ArrayForEach(perm, acl) {
				if (!names_any(perm, principals))
					continue;
				if (e == NULL)
					e = st_grant_entry(l->resource,
					    l->parent, acl->string);
				cJSON_AddItemToArray(cJSON_GetObjectItem(e,
				    "permissions"), json_new_string(
				    perm->string));
			}
			if (e != NULL)
				cJSON_AddItemToArray(*out, e);
		}
	}
	return ST_OK;
}

const struct storage_ops storage_memory_ops = {
	.name = "memory",
	.version = 5,
	.open = memory_open,
	.close = memory_close,
	.health = memory_health,
	.begin = memory_begin,
	.commit = memory_commit,
	.rollback = memory_rollback,
	.get = memory_get,
	.put = memory_put,
	.delete = memory_delete,
	.list = memory_list,
	.count = memory_count,
	.delete_many = memory_delete_many,
	.timestamp = memory_timestamp,
	.purge_deleted = memory_purge_deleted,
	.delete_tree = memory_delete_tree,
	.log_append = memory_log_append,
	.log_read = memory_log_read,
	.get_acl = memory_get_acl,
	.set_members = memory_set_members,
	.drop_members = memory_drop_members,
	.groups_of = memory_groups_of,
	.grants_to = memory_grants_to,
};
