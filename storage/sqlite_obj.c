/*
 * sqlite_obj.c — objects, list timestamps, trees and change logs in the
 * SQLite backend (see sqlite.c for the files and transactions).  Every
 * write reads the list timestamp and writes the object and the new
 * timestamp in the same BEGIN IMMEDIATE transaction of its file, so
 * timestamps of a list grow strictly in commit order across processes
 * (DESIGN.md, "Timestamps and the change log").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/util.h"
#include "storage/object.h"
#include "storage/sqlite_int.h"

enum st_rc
sq_object(const char *id, int64_t ts, bool deleted, const unsigned char *data,
    int len, cJSON **out)
{
	cJSON	*o;

	*out = NULL;
	if (deleted)
		o = st_tombstone();
	else if (json_parse((const char *)data, (size_t)len, 100000, &o,
	    NULL) != JSON_OK || !cJSON_IsObject(o)) {
		cJSON_Delete(o);
		return ST_EBACKEND;	/* not what we stored */
	}
	st_object_set_meta(o, id, ts);
	*out = o;
	return ST_OK;
}

/* The stored row of an object: 1 found, 0 not, <0 an SQLite error. */
static int
fetch(struct sdb *d, const struct st_ref *r, int64_t *ts, bool *deleted,
    cJSON **obj)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = sq_stmt(d, SQL_OBJ_GET);
	sq_bind_text(st, 1, r->parent);
	sq_bind_text(st, 2, r->resource);
	sq_bind_text(st, 3, r->id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*ts = sqlite3_column_int64(st, 0);
		*deleted = sqlite3_column_int(st, 1) != 0;
		if (obj != NULL && sq_object(r->id, *ts, *deleted,
		    sqlite3_column_text(st, 2), sqlite3_column_bytes(st, 2),
		    obj) != ST_OK) {
			sqlite3_reset(st);
			return -SQLITE_CORRUPT;
		}
		sqlite3_reset(st);
		return 1;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -rc;
}

static enum st_rc
list_ts(struct sdb *d, const char *resource, const char *parent,
    int64_t *out, bool *found)
{
	sqlite3_stmt	*st;
	int		 rc;

	*out = 0;
	*found = false;
	st = sq_stmt(d, SQL_TS_GET);
	sq_bind_text(st, 1, parent);
	sq_bind_text(st, 2, resource);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int64(st, 0);
		*found = true;
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ST_OK : sq_rc(rc);
}

static enum st_rc
get(struct sqlite_storage *s, const struct st_ref *r, bool deleted,
    cJSON **out)
{
	struct sdb	*d;
	enum st_rc	 rc;
	int64_t		 ts;
	bool		 dead;
	int		 f;

	if ((rc = sq_file(s, r->parent, false, &d)) != ST_OK)
		return rc;
	f = fetch(d, r, &ts, &dead, out);
	if (f < 0)
		return sq_rc(-f);
	if (f == 0 || (dead && !deleted)) {
		cJSON_Delete(*out);
		*out = NULL;
		return ST_NOTFOUND;
	}
	return ST_OK;
}

enum st_rc
sq_get(struct storage *st, const struct st_ref *r, bool deleted, cJSON **out)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	*out = NULL;
	if ((rc = sq_implicit(s, false, &own)) != ST_OK)
		return rc;
	return sq_implicit_end(s, own, get(s, r, deleted, out));
}

/*
 * Writes one object (data text, or a tombstone) with the timestamp the
 * rules of sync.md give, and moves the list timestamp.
 */
static enum st_rc
write_object(struct sdb *d, const struct st_ref *r, const cJSON *data,
    const cJSON *acl, bool deleted, int64_t forced, int64_t *ts_out)
{
	sqlite3_stmt	*st;
	int64_t		 list, ts, newlist;
	bool		 found;
	char		*text, *acl_text = NULL;
	size_t		 len, acl_len = 0;
	enum st_rc	 rc;
	int		 src;

	if ((rc = list_ts(d, r->resource, r->parent, &list, &found)) != ST_OK)
		return rc;
	ts = st_next_ts(list, forced, &newlist);
	text = json_print(data, &len);
	st = sq_stmt(d, SQL_OBJ_UPSERT);
	sq_bind_text(st, 1, r->parent);
	sq_bind_text(st, 2, r->resource);
	sq_bind_text(st, 3, r->id);
	sqlite3_bind_int64(st, 4, ts);
	sqlite3_bind_int(st, 5, deleted);
	sqlite3_bind_text(st, 6, text, (int)len, SQLITE_STATIC);
	/* A tombstone has no permissions. */
	if (deleted)
		sqlite3_bind_text(st, 7, "{}", 2, SQLITE_STATIC);
	else if (acl != NULL) {
		acl_text = json_print(acl, &acl_len);
		sqlite3_bind_text(st, 7, acl_text, (int)acl_len, SQLITE_STATIC);
	}
	src = sq_step_done(st);
	sqlite3_clear_bindings(st);
	free(text);
	free(acl_text);
	if (src != SQLITE_OK)
		return sq_rc(src);
	if (newlist != list || !found) {
		st = sq_stmt(d, SQL_TS_SET);
		sq_bind_text(st, 1, r->parent);
		sq_bind_text(st, 2, r->resource);
		sqlite3_bind_int64(st, 3, newlist);
		if ((src = sq_step_done(st)) != SQLITE_OK)
			return sq_rc(src);
	}
	*ts_out = ts;
	return ST_OK;
}

static bool
is_bucket(const struct st_ref *r)
{
	return strcmp(r->resource, "bucket") == 0 && *r->parent == '\0';
}

static enum st_rc
put(struct sqlite_storage *s, const struct st_ref *r, const cJSON *data,
    const cJSON *acl, bool replace, int64_t forced, cJSON **out,
    bool *created)
{
	struct sdb	*d;
	cJSON		*obj;
	enum st_rc	 rc;
	int64_t		 ts, old;
	bool		 dead = false;
	int		 f;

	if (is_bucket(r) && !storage_valid_id(r->id))
		return ST_EINVAL;
	if ((rc = sq_file(s, r->parent, true, &d)) != ST_OK)
		return rc;
	if ((f = fetch(d, r, &old, &dead, NULL)) < 0)
		return sq_rc(-f);
	if (f == 1 && !dead && !replace)
		return ST_EXISTS;
	if (created != NULL)
		*created = f == 0 || dead;
	/* A bucket coming (back) to life gets its file. */
	if (is_bucket(r) && (f == 0 || dead) &&
	    (rc = sq_bucket_created(s, r->id)) != ST_OK)
		return rc;
	obj = st_object_from_data(data);
	rc = write_object(d, r, obj, acl, false, forced, &ts);
	/* server.db's index of who has permissions in which bucket. */
	if (rc == ST_OK && acl != NULL && d->bid != NULL)
		rc = sq_grants_note(s, d, acl);
	if (rc == ST_OK && out != NULL) {
		st_object_set_meta(obj, r->id, ts);
		*out = obj;
	} else
		cJSON_Delete(obj);
	return rc;
}

enum st_rc
sq_put(struct storage *st, const struct st_ref *r, const cJSON *data,
    const cJSON *acl, bool replace, int64_t ts, cJSON **out, bool *created)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	if (out != NULL)
		*out = NULL;
	if ((rc = sq_implicit(s, true, &own)) != ST_OK)
		return rc;
	rc = sq_implicit_end(s, own,
	    put(s, r, data, acl, replace, ts, out, created));
	if (rc != ST_OK && out != NULL) {
		cJSON_Delete(*out);
		*out = NULL;
	}
	return rc;
}

static enum st_rc
delete(struct sqlite_storage *s, const struct st_ref *r, int64_t forced,
    cJSON **out)
{
	struct sdb	*d;
	cJSON		*tomb;
	enum st_rc	 rc;
	int64_t		 old, ts;
	bool		 dead;
	int		 f;

	if ((rc = sq_file(s, r->parent, true, &d)) != ST_OK)
		return rc;
	if ((f = fetch(d, r, &old, &dead, NULL)) < 0)
		return sq_rc(-f);
	if (f == 0 || dead)
		return ST_NOTFOUND;
	/* A bucket takes its file with it (see sqlite.c). */
	if (is_bucket(r) && (rc = sq_doom_bucket(s, r->id)) != ST_OK)
		return rc;
	tomb = st_tombstone();
	rc = write_object(d, r, tomb, NULL, true, forced, &ts);
	if (rc == ST_OK && out != NULL) {
		st_object_set_meta(tomb, r->id, ts);
		*out = tomb;
	} else
		cJSON_Delete(tomb);
	return rc;
}

static enum st_rc
get_acl(struct sqlite_storage *s, const struct st_ref *r, cJSON **out)
{
	struct sdb	*d;
	sqlite3_stmt	*q;
	enum st_rc	 rc;
	int		 src;

	if ((rc = sq_file(s, r->parent, false, &d)) != ST_OK)
		return rc;
	q = sq_stmt(d, SQL_OBJ_ACL);
	sq_bind_text(q, 1, r->parent);
	sq_bind_text(q, 2, r->resource);
	sq_bind_text(q, 3, r->id);
	src = sqlite3_step(q);
	if (src == SQLITE_ROW && json_parse((const char *)
	    sqlite3_column_text(q, 0), (size_t)sqlite3_column_bytes(q, 0),
	    100, out, NULL) != JSON_OK)
		src = SQLITE_CORRUPT;
	sqlite3_reset(q);
	if (src == SQLITE_DONE)
		return ST_NOTFOUND;
	return src == SQLITE_ROW ? ST_OK : sq_rc(src);
}

enum st_rc
sq_get_acl(struct storage *st, const struct st_ref *r, cJSON **out)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	*out = NULL;
	if ((rc = sq_implicit(s, false, &own)) != ST_OK)
		return rc;
	return sq_implicit_end(s, own, get_acl(s, r, out));
}

/* Deletes one object inside the caller's transaction (delete_many). */
enum st_rc
sq_delete_in_txn(struct sqlite_storage *s, const struct st_ref *r,
    cJSON **out)
{
	return delete(s, r, ST_TS_NONE, out);
}

enum st_rc
sq_delete(struct storage *st, const struct st_ref *r, int64_t ts, cJSON **out)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	if (out != NULL)
		*out = NULL;
	if ((rc = sq_implicit(s, true, &own)) != ST_OK)
		return rc;
	rc = sq_implicit_end(s, own, delete(s, r, ts, out));
	if (rc != ST_OK && out != NULL) {
		cJSON_Delete(*out);
		*out = NULL;
	}
	return rc;
}

/*
 * sync.md, "Lists and their timestamps": a list read for the first time
 * keeps the current time.  The row is written before the file joins a
 * read transaction (a snapshot could not be written to later); when it
 * is already in one, an upgrade is tried, and "now" answered unstored
 * if another writer went first.
 */
enum st_rc
sq_timestamp(struct storage *st, const char *resource, const char *parent,
    int64_t *out)
{
	struct sqlite_storage	*s = S(st);
	struct sdb		*d;
	sqlite3_stmt		*q;
	enum st_rc		 rc;
	bool			 found, in_txn = s->in_txn;

	*out = 0;
	/* Outside the transaction first: the autocommit write, if needed. */
	s->in_txn = false;
	rc = sq_file(s, parent, false, &d);
	s->in_txn = in_txn;
	if (rc != ST_OK)
		return rc;
	if (d->txn == TXN_NONE) {
		if ((rc = list_ts(d, resource, parent, out, &found)) != ST_OK)
			return rc;
		if (!found && !s->readonly) {
			q = sq_stmt(d, SQL_TS_INIT);
			sq_bind_text(q, 1, parent);
			sq_bind_text(q, 2, resource);
			sqlite3_bind_int64(q, 3, now_ms());
			if ((rc = sq_rc(sq_step_done(q))) != ST_OK)
				return rc;
		}
	}
	if ((rc = sq_file(s, parent, false, &d)) != ST_OK)
		return rc;
	if ((rc = list_ts(d, resource, parent, out, &found)) != ST_OK)
		return rc;
	if (!found) {
		*out = now_ms();
		if (!s->readonly) {
			q = sq_stmt(d, SQL_TS_INIT);
			sq_bind_text(q, 1, parent);
			sq_bind_text(q, 2, resource);
			sqlite3_bind_int64(q, 3, *out);
			(void)sq_step_done(q);
		}
	}
	return ST_OK;
}

static enum st_rc
purge(struct sqlite_storage *s, const char *resource, const char *parent,
    int64_t before, int64_t *n)
{
	struct sdb	*d;
	sqlite3_stmt	*q;
	enum st_rc	 rc;
	int		 src;

	if ((rc = sq_file(s, parent, true, &d)) != ST_OK)
		return rc == ST_NOTFOUND ? ST_OK : rc;
	q = sq_stmt(d, before > 0 ? SQL_PURGE_BEFORE : SQL_PURGE);
	sq_bind_text(q, 1, parent);
	sq_bind_text(q, 2, resource);
	if (before > 0)
		sqlite3_bind_int64(q, 3, before);
	if ((src = sq_step_done(q)) != SQLITE_OK)
		return sq_rc(src);
	*n = sqlite3_changes64(d->db);
	return ST_OK;
}

enum st_rc
sq_purge_deleted(struct storage *st, const char *resource,
    const char *parent, int64_t before, int64_t *n)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	*n = 0;
	if ((rc = sq_implicit(s, true, &own)) != ST_OK)
		return rc;
	rc = sq_implicit_end(s, own, purge(s, resource, parent, before, n));
	return rc;
}

static enum st_rc
tree(struct sqlite_storage *s, const char *uri)
{
	char		 bid[ST_ID_MAX + 1];
	struct sdb	*d;
	sqlite3_stmt	*q;
	enum st_rc	 rc;
	int		 src;

	if ((rc = sq_file(s, uri, true, &d)) != ST_OK)
		return rc == ST_NOTFOUND ? ST_OK : rc;
	q = sq_stmt(d, SQL_TREE_OBJECTS);
	sq_bind_text(q, 1, uri);
	if ((src = sq_step_done(q)) != SQLITE_OK)
		return sq_rc(src);
	q = sq_stmt(d, SQL_TREE_TIMESTAMPS);
	sq_bind_text(q, 1, uri);
	if ((src = sq_step_done(q)) != SQLITE_OK)
		return sq_rc(src);
	/* A whole bucket: its change log goes too. */
	if (st_parent_bucket(uri, bid) && strchr(uri + 9, '/') == NULL)
		src = sq_step_done(sq_stmt(d, SQL_TREE_CHANGES));
	return sq_rc(src);
}

enum st_rc
sq_delete_tree(struct storage *st, const char *uri)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	if ((rc = sq_implicit(s, true, &own)) != ST_OK)
		return rc;
	rc = sq_implicit_end(s, own, tree(s, uri));
	return rc;
}

static enum st_rc
log_file(struct sqlite_storage *s, const char *bucket, bool write,
    struct sdb **d)
{
	char	 parent[ST_ID_MAX + 16];

	if (bucket == NULL)
		return sq_server(s, write, d);
	if (!storage_valid_id(bucket))
		return ST_NOTFOUND;
	snprintf(parent, sizeof(parent), "/buckets/%s", bucket);
	return sq_file(s, parent, write, d);
}

static enum st_rc
log_append(struct sqlite_storage *s, const char *bucket,
    const struct st_change *c)
{
	struct sdb	*d;
	sqlite3_stmt	*q;
	enum st_rc	 rc;
	char		*text = NULL;
	size_t		 len = 0;
	int		 src;

	if ((rc = log_file(s, bucket, true, &d)) != ST_OK)
		return rc;
	if (c->data != NULL)
		text = json_print(c->data, &len);
	q = sq_stmt(d, SQL_LOG_APPEND);
	sqlite3_bind_int64(q, 1, c->timestamp);
	sq_bind_text(q, 2, c->action);
	sq_bind_text(q, 3, c->resource);
	sq_bind_text(q, 4, c->uri);
	sq_bind_text(q, 5, c->user_id);
	if (text != NULL)
		sqlite3_bind_text(q, 6, text, (int)len, SQLITE_STATIC);
	src = sq_step_done(q);
	sqlite3_clear_bindings(q);
	free(text);
	return sq_rc(src);
}

enum st_rc
sq_log_append(struct storage *st, const char *bucket,
    const struct st_change *c)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	if ((rc = sq_implicit(s, true, &own)) != ST_OK)
		return rc;
	rc = sq_implicit_end(s, own, log_append(s, bucket, c));
	return rc;
}

static enum st_rc
log_read(struct sqlite_storage *s, const char *bucket, int64_t after,
    int64_t limit, cJSON **out)
{
	struct st_change	 c;
	struct sdb		*d;
	sqlite3_stmt		*q;
	enum st_rc		 rc;
	cJSON			*data;
	int			 src;

	if ((rc = log_file(s, bucket, false, &d)) != ST_OK)
		return rc == ST_NOTFOUND ? ST_OK : rc;
	q = sq_stmt(d, SQL_LOG_READ);
	sqlite3_bind_int64(q, 1, after);
	sqlite3_bind_int64(q, 2, limit > 0 ? limit : -1);
	while ((src = sqlite3_step(q)) == SQLITE_ROW) {
		data = NULL;
		if (sqlite3_column_type(q, 6) != SQLITE_NULL)
			json_parse((const char *)sqlite3_column_text(q, 6),
			    (size_t)sqlite3_column_bytes(q, 6), 100000, &data,
			    NULL);
		c.timestamp = sqlite3_column_int64(q, 1);
		c.action = (const char *)sqlite3_column_text(q, 2);
		c.resource = (const char *)sqlite3_column_text(q, 3);
		c.uri = (const char *)sqlite3_column_text(q, 4);
		c.user_id = (const char *)sqlite3_column_text(q, 5);
		c.data = data;
		cJSON_AddItemToArray(*out, st_change_entry(
		    sqlite3_column_int64(q, 0), &c));
		cJSON_Delete(data);
	}
	sqlite3_reset(q);
	return src == SQLITE_DONE ? ST_OK : sq_rc(src);
}

enum st_rc
sq_log_read(struct storage *st, const char *bucket, int64_t after_seq,
    int64_t limit, cJSON **out)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	*out = cJSON_CreateArray();
	if ((rc = sq_implicit(s, false, &own)) == ST_OK)
		rc = sq_implicit_end(s, own,
		    log_read(s, bucket, after_seq, limit, out));
	if (rc != ST_OK) {
		cJSON_Delete(*out);
		*out = NULL;
	}
	return rc;
}

/* ==== Group memberships (server.db) ==== */

static enum st_rc
set_members(struct sqlite_storage *s, const char *uri, const cJSON *members)
{
	struct sdb	*d;
	sqlite3_stmt	*q;
	const cJSON	*m;
	enum st_rc	 rc;
	int		 src;

	if ((rc = sq_server(s, true, &d)) != ST_OK)
		return rc;
	q = sq_stmt(d, SQL_MEMBERS_DEL);
	sq_bind_text(q, 1, uri);
	if ((src = sq_step_done(q)) != SQLITE_OK)
		return sq_rc(src);
	cJSON_ArrayForEach(m, members) {
		if (!cJSON_IsString(m))
			continue;
		q = sq_stmt(d, SQL_MEMBERS_ADD);
		sq_bind_text(q, 1, m->valuestring);
		sq_bind_text(q, 2, uri);
		if ((src = sq_step_done(q)) != SQLITE_OK)
			return sq_rc(src);
	}
	return ST_OK;
}

enum st_rc
sq_set_members(struct storage *st, const char *uri, const cJSON *members)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	if ((rc = sq_implicit(s, true, &own)) != ST_OK)
		return rc;
	rc = sq_implicit_end(s, own, set_members(s, uri, members));
	return rc;
}

static enum st_rc
drop_members(struct sqlite_storage *s, const char *prefix)
{
	struct sdb	*d;
	sqlite3_stmt	*q;
	enum st_rc	 rc;

	if ((rc = sq_server(s, true, &d)) != ST_OK)
		return rc;
	q = sq_stmt(d, SQL_MEMBERS_DROP);
	sq_bind_text(q, 1, prefix);
	return sq_rc(sq_step_done(q));
}

enum st_rc
sq_drop_members(struct storage *st, const char *prefix)
{
	struct sqlite_storage	*s = S(st);
	enum st_rc		 rc;
	bool			 own;

	if ((rc = sq_implicit(s, true, &own)) != ST_OK)
		return rc;
	rc = sq_implicit_end(s, own, drop_members(s, prefix));
	return rc;
}

static enum st_rc
groups_of(struct sqlite_storage *s, const cJSON *principals, cJSON *out)
{
	struct sdb	*d;
	sqlite3_stmt	*q;
	enum st_rc	 rc;
	char		*text;
	size_t		 len;
	int		 src;

	if ((rc = sq_server(s, false, &d)) != ST_OK)
		return rc;
	text = json_print(principals, &len);
	q = sq_stmt(d, SQL_GROUPS_OF);
	sqlite3_bind_text(q, 1, text, (int)len, SQLITE_STATIC);
	while ((src = sqlite3_step(q)) == SQLITE_ROW)
		cJSON_AddItemToArray(out, json_new_string(
		    (const char *)sqlite3_column_text(q, 0)));
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	free(text);
	return src == SQLITE_DONE ? ST_OK : sq_rc(src);
}

enum st_rc
sq_groups_of(struct storage *st, const cJSON *principals, cJSON **out)
{
	return sq_read_array(S(st), groups_of, principals, out);
}
