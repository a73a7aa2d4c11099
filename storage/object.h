/*
 * object.h — what every backend does the same way with stored objects:
 * their JSON shape (id, last_modified, data; tombstones), the timestamp
 * rules of protocol/sync.md, filter and sort evaluation in C, and where
 * a parent id lies in the tree.
 *
 * Ownership: functions returning cJSON * give a new tree; the rest
 * borrow.
 */
#ifndef CINTO_STORAGE_OBJECT_H
#define CINTO_STORAGE_OBJECT_H

#include <stdbool.h>
#include <stdint.h>

#include <cJSON.h>

#include "storage/storage.h"

/* A new object holding data's members but id and last_modified. */
cJSON	*st_object_from_data(const cJSON *data);

/* The data of a tombstone: {"deleted": true}. */
cJSON	*st_tombstone(void);

/* Puts "id" and "last_modified" first in obj (replacing any). */
void	 st_object_set_meta(cJSON *obj, const char *id, int64_t ts);

/* An object's last_modified. */
int64_t	 st_object_ts(const cJSON *obj);

/*
 * The timestamp of a write in a list whose timestamp is list_ts
 * (sync.md, "Assigning a timestamp on write"): forced is the client's
 * value or ST_TS_NONE.  *new_list_ts gets the list's new timestamp.
 */
int64_t	 st_next_ts(int64_t list_ts, int64_t forced, int64_t *new_list_ts);

/* Whether the object passes every filter. */
bool	 st_object_matches(const cJSON *obj, const struct st_filter *,
	    size_t n);

/*
 * Compares an object with a cursor (an object of sort-field values) in
 * the sort order: > 0 when the object comes after it.
 */
int	 st_object_cmp_sorted(const cJSON *obj, const cJSON *cursor,
	    const struct st_sort *, size_t n);

/* Sorts an array of objects in place (a stable merge sort). */
void	 st_sort_objects(const cJSON **objs, size_t n,
	    const struct st_sort *, size_t nsorts);

/*
 * When parent is "/buckets/<bid>" or lies below it, copies bid (at most
 * ST_ID_MAX bytes, a valid id) and returns true.
 */
bool	 st_parent_bucket(const char *parent, char bid[ST_ID_MAX + 1]);

/* Whether parent is uri or lies below it ("uri/..."). */
bool	 st_parent_under(const char *parent, const char *uri);

/* A change log entry as log_read() returns it. */
cJSON	*st_change_entry(int64_t seq, const struct st_change *);

/*
 * An object's entry as grants_to() returns it, its permissions still
 * empty: {"resource", "parent", "id", "permissions": []}.
 */
cJSON	*st_grant_entry(const char *resource, const char *parent,
	    const char *id);

#endif
