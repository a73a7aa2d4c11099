/*
 * sqlite_grants.c — what the permissions name, server-wide, in the
 * SQLite backend (storage.h, version 5: grants_to(), for GET
 * /permissions of auth.md).
 *
 * A search reads the permissions of the files it opens (no index in the
 * files: writes, far more frequent, would pay for it).  Which bucket
 * files to read comes from server.db's acl_buckets: a superset of the
 * buckets whose permissions name a principal, so that a search opens
 * only those (DESIGN.md, "Storage layout") and never every bucket file.
 * A write of permissions in a bucket file adds the rows it lacks, in the
 * writer's transaction (sq_grants_note()), remembering the committed
 * pairs it saw so that the next writes read nothing; a deleted bucket's rows go with
 * it (sq_doom_bucket()); permissions changed or removed leave their rows
 * behind, which costs one read of a file that then names no one.
 *
 * server.db commits before the bucket files (sqlite.c, finish()), so a
 * crash in between leaves a row too many, never one missing.
 */
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/util.h"
#include "storage/object.h"
#include "storage/sqlite_int.h"

/*
 * The first column of every row of a statement (?1 bound to the JSON
 * text who when not NULL): *list, *n; the caller frees them
 * (free_list()).
 */
static enum st_rc
column_list(struct sdb *d, enum sql e, const char *who, size_t len,
    char ***list, size_t *n)
{
	sqlite3_stmt	*q;
	int		 src;

	*list = NULL;
	*n = 0;
	q = sq_stmt(d, e);
	if (who != NULL)
		sqlite3_bind_text(q, 1, who, (int)len, SQLITE_STATIC);
	while ((src = sqlite3_step(q)) == SQLITE_ROW) {
		*list = xrealloc(*list, (*n + 1) * sizeof(**list));
		(*list)[(*n)++] = xstrdup((const char *)
		    sqlite3_column_text(q, 0));
	}
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	return src == SQLITE_DONE ? ST_OK : sq_rc(src);
}

static void
free_list(char **list, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

/* One row of acl_buckets, in server.db's part of the transaction. */
static enum st_rc
index_add(struct sqlite_storage *s, const char *principal, const char *bid)
{
	struct sdb	*srv;
	sqlite3_stmt	*q;
	enum st_rc	 rc;

	if ((rc = sq_server(s, true, &srv)) != ST_OK)
		return rc;
	q = sq_stmt(srv, SQL_ACL_BUCKET_ADD);
	sq_bind_text(q, 1, principal);
	sq_bind_text(q, 2, bid);
	return sq_rc(sq_step_done(q));
}

static bool
noted(struct sqlite_storage *s, const char *pair)
{
	size_t	 i;

	for (i = 0; i < sizeof(s->noted) / sizeof(s->noted[0]); i++)
		if (s->noted[i] != NULL && strcmp(s->noted[i], pair) == 0)
			return true;
	return false;
}

static void
note(struct sqlite_storage *s, const char *pair)
{
	size_t	 n = sizeof(s->noted) / sizeof(s->noted[0]);

	free(s->noted[s->noted_next]);
	s->noted[s->noted_next] = xstrdup(pair);
	s->noted_next = (s->noted_next + 1) % n;
}

enum st_rc
sq_grants_note(struct sqlite_storage *s, const struct sdb *d,
    const cJSON *acl)
{
	const cJSON	*perm, *p;
	sqlite3_stmt	*q;
	enum st_rc	 rc = ST_OK;
	char		*pair;
	int		 src;

	cJSON_ArrayForEach(perm, acl)
		cJSON_ArrayForEach(p, perm) {
			if (!cJSON_IsString(p))
				continue;
			pair = xasprintf("%s\n%s", d->file, p->valuestring);
			if (noted(s, pair)) {
				free(pair);
				continue;
			}
			/*
			 * A read first, outside the transaction: most writes
			 * add nothing, and need not take server.db's write
			 * lock, which every bucket shares.
			 */
			q = sq_stmt(s->server, SQL_ACL_BUCKET_HAS);
			sq_bind_text(q, 1, p->valuestring);
			sq_bind_text(q, 2, d->bid);
			src = sqlite3_step(q);
			sqlite3_reset(q);
			/*
			 * Only a committed row is remembered: one this
			 * transaction adds may yet be rolled back.
			 */
			if (src == SQLITE_ROW)
				note(s, pair);
			else if (src == SQLITE_DONE)
				rc = index_add(s, p->valuestring, d->bid);
			else
				rc = sq_rc(src);
			free(pair);
			if (rc != ST_OK)
				return rc;
		}
	return ST_OK;
}

/* Whether the entry e is that object's (its rows come together). */
static bool
same_object(const cJSON *e, const char *parent, const char *resource,
    const char *id)
{
	const char	*keys[] = { "parent", "resource", "id" };
	const char	*want[] = { parent, resource, id };
	size_t		 i;

	if (e == NULL)
		return false;
	for (i = 0; i < 3; i++)
		if (strcmp(cJSON_GetObjectItem(e, keys[i])->valuestring,
		    want[i]) != 0)
			return false;
	return true;
}

/* A file's permissions naming one of who (JSON text), into out. */
static enum st_rc
grants_in(struct sdb *d, const char *who, size_t len, cJSON *out)
{
	sqlite3_stmt	*q;
	cJSON		*e = NULL;
	const char	*parent, *resource, *id;
	int		 src;

	q = sq_stmt(d, SQL_GRANTS_TO);
	sqlite3_bind_text(q, 1, who, (int)len, SQLITE_STATIC);
	while ((src = sqlite3_step(q)) == SQLITE_ROW) {
		parent = (const char *)sqlite3_column_text(q, 0);
		resource = (const char *)sqlite3_column_text(q, 1);
		id = (const char *)sqlite3_column_text(q, 2);
		if (!same_object(e, parent, resource, id)) {
			e = st_grant_entry(resource, parent, id);
			cJSON_AddItemToArray(out, e);
		}
		cJSON_AddItemToArray(cJSON_GetObjectItem(e, "permissions"),
		    json_new_string((const char *)sqlite3_column_text(q, 3)));
	}
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	return src == SQLITE_DONE ? ST_OK : sq_rc(src);
}

/* server.db's own objects (buckets, accounts), then the bucket files. */
static enum st_rc
grants_to(struct sqlite_storage *s, const cJSON *principals, cJSON *out)
{
	struct sdb	*d;
	char		*who, **bids = NULL;
	size_t		 len, n = 0, i;
	enum st_rc	 rc;

	who = json_print(principals, &len);
	if ((rc = sq_server(s, false, &d)) != ST_OK ||
	    (rc = grants_in(d, who, len, out)) != ST_OK ||
	    (rc = column_list(d, SQL_ACL_BUCKETS, who, len, &bids, &n)) !=
	    ST_OK)
		goto out;
	for (i = 0; i < n && rc == ST_OK; i++) {
		/* A bucket deleted since: nothing to read. */
		if ((rc = sq_bucket_peek(s, bids[i], &d)) == ST_NOTFOUND)
			rc = ST_OK;
		else if (rc == ST_OK)
			rc = grants_in(d, who, len, out);
	}
out:
	free_list(bids, n);
	free(who);
	return rc;
}

enum st_rc
sq_grants_to(struct storage *st, const cJSON *principals, cJSON **out)
{
	return sq_read_array(S(st), grants_to, principals, out);
}

/* Everyone a bucket file's permissions name, in a transaction of its own. */
static enum st_rc
reindex_bucket(struct sqlite_storage *s, const char *bid)
{
	struct sdb	*d;
	char		**who = NULL;
	size_t		 n = 0, i;
	enum st_rc	 rc;
	bool		 own;

	if ((rc = sq_bucket_peek(s, bid, &d)) != ST_OK)
		return rc == ST_NOTFOUND ? ST_OK : rc;
	if ((rc = column_list(d, SQL_ACL_PRINCIPALS, NULL, 0, &who, &n)) ==
	    ST_OK && (rc = sq_implicit(s, true, &own)) == ST_OK) {
		for (i = 0; i < n && rc == ST_OK; i++)
			rc = index_add(s, who[i], bid);
		rc = sq_implicit_end(s, own, rc);
	}
	free_list(who, n);
	return rc;
}

/*
 * After the migration that made acl_buckets (files written before it
 * are not in it): every bucket file, one at a time, so that writers
 * wait for one bucket's rows at most; then the mark goes.  Writes made
 * meanwhile note their own rows.  Several workers starting together
 * may all do it: the rows are the same.
 */
enum st_rc
sq_grants_reindex(struct sqlite_storage *s)
{
	struct sdb	*srv;
	sqlite3_stmt	*q;
	char		**bids = NULL;
	size_t		 n = 0, i;
	enum st_rc	 rc;
	bool		 own;
	int		 src;

	q = sq_stmt(s->server, SQL_ACL_STALE);
	src = sqlite3_step(q);
	sqlite3_reset(q);
	if (src != SQLITE_ROW)
		return src == SQLITE_DONE ? ST_OK : sq_rc(src);
	rc = column_list(s->server, SQL_BUCKET_IDS, NULL, 0, &bids, &n);
	for (i = 0; i < n && rc == ST_OK; i++)
		rc = reindex_bucket(s, bids[i]);
	if (rc == ST_OK && (rc = sq_implicit(s, true, &own)) == ST_OK) {
		if ((rc = sq_server(s, true, &srv)) == ST_OK)
			rc = sq_rc(sq_step_done(sq_stmt(srv, SQL_ACL_FRESH)));
		rc = sq_implicit_end(s, own, rc);
	}
	free_list(bids, n);
	return rc;
}
