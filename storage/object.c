/*
 * object.c — see object.h.
 */
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/util.h"
#include "storage/match.h"
#include "storage/object.h"

cJSON *
st_object_from_data(const cJSON *data)
{
	const cJSON	*c;
	cJSON		*o;

	o = cJSON_CreateObject();
	if (!cJSON_IsObject(data))
		return o;
	for (c = data->child; c != NULL; c = c->next) {
		/* A "deleted" field is data like any other (objects.md). */
		if (strcmp(c->string, "id") == 0 ||
		    strcmp(c->string, "last_modified") == 0)
			continue;
		cJSON_AddItemToObject(o, c->string, cJSON_Duplicate(c, true));
	}
	return o;
}

cJSON *
st_tombstone(void)
{
	cJSON	*o;

	o = cJSON_CreateObject();
	cJSON_AddItemToObject(o, "deleted", cJSON_CreateTrue());
	return o;
}

void
st_object_set_meta(cJSON *obj, const char *id, int64_t ts)
{
	cJSON	*v;

	cJSON_DeleteItemFromObjectCaseSensitive(obj, "id");
	cJSON_DeleteItemFromObjectCaseSensitive(obj, "last_modified");
	v = json_new_int(ts);
	v->string = xstrdup("last_modified");
	cJSON_InsertItemInArray(obj, 0, v);
	v = json_new_string(id);
	v->string = xstrdup("id");
	cJSON_InsertItemInArray(obj, 0, v);
}

int64_t
st_object_ts(const cJSON *obj)
{
	const cJSON	*v = cJSON_GetObjectItemCaseSensitive(obj,
			    "last_modified");
	int64_t		 ts = 0;

	if (v != NULL && v->valuestring != NULL &&
	    str_to_i64(v->valuestring, INT64_MIN, INT64_MAX, &ts))
		return ts;
	return v != NULL ? (int64_t)v->valuedouble : 0;
}

/*
 * sync.md: normally max(now, T + 1); a client value c is kept as it is,
 * moving T forward only when c > T (c == T gives T + 1).
 */
int64_t
st_next_ts(int64_t list_ts, int64_t forced, int64_t *new_list_ts)
{
	int64_t	 now = now_ms(), ts;

	if (forced == ST_TS_NONE || forced == list_ts) {
		ts = now > list_ts + 1 ? now : list_ts + 1;
		if (forced == list_ts && forced != ST_TS_NONE)
			ts = list_ts + 1;
		*new_list_ts = ts;
		return ts;
	}
	*new_list_ts = forced > list_ts ? forced : list_ts;
	return forced;
}

bool
st_object_matches(const cJSON *obj, const struct st_filter *f, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (!match_op(f[i].op, match_field(obj, f[i].field),
		    f[i].value))
			return false;
	return true;
}

/* Missing sorts after every value (requests.md, "Sorting"). */
static int
cmp_values(const cJSON *a, const cJSON *b)
{
	if (a == NULL || b == NULL)
		return (a == NULL) - (b == NULL);
	return json_compare(a, b);
}

int
st_object_cmp_sorted(const cJSON *obj, const cJSON *cursor,
    const struct st_sort *s, size_t n)
{
	size_t	 i;
	int	 c;

	for (i = 0; i < n; i++) {
		c = cmp_values(match_field(obj, s[i].field),
		    match_field(cursor, s[i].field));
		if (c != 0)
			return s[i].dir < 0 ? -c : c;
	}
	return 0;
}

static int
cmp_objects(const cJSON *a, const cJSON *b, const struct st_sort *s,
    size_t n)
{
	size_t	 i;
	int	 c;

	for (i = 0; i < n; i++) {
		c = cmp_values(match_field(a, s[i].field),
		    match_field(b, s[i].field));
		if (c != 0)
			return s[i].dir < 0 ? -c : c;
	}
	return 0;
}

void
st_sort_objects(const cJSON **objs, size_t n, const struct st_sort *s,
    size_t nsorts)
{
	const cJSON	**tmp;
	size_t		  width, i, lo, mid, hi, a, b, k;

	if (n < 2)
		return;
	tmp = xcalloc(n, sizeof(*tmp));
	for (width = 1; width < n; width *= 2) {
		for (lo = 0; lo < n; lo += 2 * width) {
			mid = lo + width < n ? lo + width : n;
			hi = lo + 2 * width < n ? lo + 2 * width : n;
			a = lo;
			b = mid;
			k = lo;
			while (a < mid && b < hi)
				tmp[k++] = cmp_objects(objs[b], objs[a], s,
				    nsorts) < 0 ? objs[b++] : objs[a++];
			while (a < mid)
				tmp[k++] = objs[a++];
			while (b < hi)
				tmp[k++] = objs[b++];
		}
		for (i = 0; i < n; i++)
			objs[i] = tmp[i];
	}
	free(tmp);
}

bool
st_parent_bucket(const char *parent, char bid[ST_ID_MAX + 1])
{
	const char	*p, *end;
	size_t		 len;

	if (strncmp(parent, "/buckets/", 9) != 0)
		return false;
	p = parent + 9;
	end = strchr(p, '/');
	len = end != NULL ? (size_t)(end - p) : strlen(p);
	if (len == 0 || len > ST_ID_MAX)
		return false;
	memcpy(bid, p, len);
	bid[len] = '\0';
	return storage_valid_id(bid);
}

bool
st_parent_under(const char *parent, const char *uri)
{
	size_t	 n = strlen(uri);

	return strncmp(parent, uri, n) == 0 &&
	    (parent[n] == '\0' || parent[n] == '/');
}

cJSON *
st_change_entry(int64_t seq, const struct st_change *c)
{
	cJSON	*e;

	e = cJSON_CreateObject();
	cJSON_AddItemToObject(e, "seq", json_new_int(seq));
	cJSON_AddItemToObject(e, "timestamp", json_new_int(c->timestamp));
	cJSON_AddItemToObject(e, "action", json_new_string(c->action));
	cJSON_AddItemToObject(e, "resource_name",
	    json_new_string(c->resource));
	cJSON_AddItemToObject(e, "uri", json_new_string(c->uri));
	cJSON_AddItemToObject(e, "user_id", c->user_id != NULL ?
	    json_new_string(c->user_id) : cJSON_CreateNull());
	cJSON_AddItemToObject(e, "data", c->data != NULL ?
	    cJSON_Duplicate(c->data, true) : cJSON_CreateNull());
	return e;
}

cJSON *
st_grant_entry(const char *resource, const char *parent, const char *id)
{
	cJSON	*e;

	e = cJSON_CreateObject();
	cJSON_AddItemToObject(e, "resource", json_new_string(resource));
	cJSON_AddItemToObject(e, "parent", json_new_string(parent));
	cJSON_AddItemToObject(e, "id", json_new_string(id));
	cJSON_AddItemToObject(e, "permissions", cJSON_CreateArray());
	return e;
}
