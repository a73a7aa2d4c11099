/*
 * patch.c — see patch.h.
 */
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/patch.h"
#include "core/util.h"

void
patch_merge(cJSON *data, const cJSON *patch)
{
	const cJSON	*c;

	for (c = patch->child; c != NULL; c = c->next) {
		cJSON_DeleteItemFromObjectCaseSensitive(data, c->string);
		cJSON_AddItemToObject(data, c->string, cJSON_Duplicate(c, true));
	}
}

void
patch_merge_rfc7396(cJSON *target, const cJSON *patch)
{
	const cJSON	*c;
	cJSON		*t;

	for (c = patch->child; c != NULL; c = c->next) {
		if (cJSON_IsNull(c)) {
			cJSON_DeleteItemFromObjectCaseSensitive(target,
			    c->string);
			continue;
		}
		t = cJSON_GetObjectItemCaseSensitive(target, c->string);
		if (cJSON_IsObject(c)) {
			if (!cJSON_IsObject(t)) {
				cJSON_DeleteItemFromObjectCaseSensitive(target,
				    c->string);
				t = cJSON_CreateObject();
				cJSON_AddItemToObject(target, c->string, t);
			}
			patch_merge_rfc7396(t, c);
			continue;
		}
		cJSON_DeleteItemFromObjectCaseSensitive(target, c->string);
		cJSON_AddItemToObject(target, c->string,
		    cJSON_Duplicate(c, true));
	}
}

/* ==== RFC 6902 ==== */

/* Decodes one reference token (RFC 6901, 4: ~1 is '/', ~0 is '~'). */
static char *
token(const char *p, size_t n)
{
	char	*t = xmalloc(n + 1);
	size_t	 i, o = 0;

	for (i = 0; i < n; i++) {
		if (p[i] == '~' && i + 1 < n && (p[i + 1] == '0' ||
		    p[i + 1] == '1')) {
			t[o++] = p[i + 1] == '0' ? '~' : '/';
			i++;
		} else
			t[o++] = p[i];
	}
	t[o] = '\0';
	return t;
}

/* An array index: digits without leading zero, or "-" (append). */
static bool
index_of(const char *t, const cJSON *arr, bool append_ok, int *out)
{
	int64_t	 n;

	if (append_ok && strcmp(t, "-") == 0) {
		*out = cJSON_GetArraySize(arr);
		return true;
	}
	if (*t == '\0' || (t[0] == '0' && t[1] != '\0') ||
	    !str_to_i64(t, 0, 1000000000, &n))
		return false;
	*out = (int)n;
	return true;
}

/*
 * Resolves a pointer to its parent container and last token.  Returns
 * false when a step is missing.
 */
static bool
resolve(cJSON *doc, const char *ptr, cJSON **parent, char **last)
{
	const char	*p = ptr, *slash;
	cJSON		*cur = doc;
	char		*t;
	int		 i;

	*parent = NULL;
	*last = NULL;
	if (*p != '/')
		return false;
	for (;;) {
		p++;
		slash = strchr(p, '/');
		t = token(p, slash != NULL ? (size_t)(slash - p) : strlen(p));
		if (slash == NULL) {
			*parent = cur;
			*last = t;
			return true;
		}
		if (cJSON_IsObject(cur))
			cur = cJSON_GetObjectItemCaseSensitive(cur, t);
		else if (cJSON_IsArray(cur) && index_of(t, cur, false, &i))
			cur = cJSON_GetArrayItem(cur, i);
		else
			cur = NULL;
		free(t);
		if (cur == NULL)
			return false;
		p = slash;
	}
}

/* The value at a pointer ("" is the whole document), or NULL. */
static cJSON *
get_at(cJSON *doc, const char *ptr)
{
	cJSON	*parent, *v = NULL;
	char	*last;
	int	 i;

	if (*ptr == '\0')
		return doc;
	if (!resolve(doc, ptr, &parent, &last))
		return NULL;
	if (cJSON_IsObject(parent))
		v = cJSON_GetObjectItemCaseSensitive(parent, last);
	else if (cJSON_IsArray(parent) && index_of(last, parent, false, &i))
		v = cJSON_GetArrayItem(parent, i);
	free(last);
	return v;
}

/* Removes and returns the value at ptr, or NULL. */
static cJSON *
detach_at(cJSON *doc, const char *ptr)
{
	cJSON	*parent, *v = NULL;
	char	*last;
	int	 i;

	if (!resolve(doc, ptr, &parent, &last))
		return NULL;
	if (cJSON_IsObject(parent))
		v = cJSON_DetachItemFromObjectCaseSensitive(parent, last);
	else if (cJSON_IsArray(parent) && index_of(last, parent, false, &i) &&
	    i < cJSON_GetArraySize(parent))
		v = cJSON_DetachItemFromArray(parent, i);
	free(last);
	return v;
}

/* Adds v (taken over, freed on failure) at ptr; false when it cannot. */
static bool
add_at(cJSON *doc, const char *ptr, cJSON *v)
{
	cJSON	*parent;
	char	*last;
	int	 i;
	bool	 ok = false;

	if (!resolve(doc, ptr, &parent, &last)) {
		free(last);
		cJSON_Delete(v);
		return false;
	}
	if (cJSON_IsObject(parent)) {
		cJSON_DeleteItemFromObjectCaseSensitive(parent, last);
		cJSON_AddItemToObject(parent, last, v);
		ok = true;
	} else if (cJSON_IsArray(parent) && index_of(last, parent, true, &i) &&
	    i <= cJSON_GetArraySize(parent)) {
		if (i == cJSON_GetArraySize(parent))
			cJSON_AddItemToArray(parent, v);
		else
			cJSON_InsertItemInArray(parent, i, v);
		ok = true;
	}
	free(last);
	if (!ok)
		cJSON_Delete(v);
	return ok;
}

bool
patch_json(cJSON *doc, const cJSON *ops, struct buf *err)
{
	const cJSON	*op, *o, *path, *from, *value;
	cJSON		*v, *cur;
	const char	*name;

	cJSON_ArrayForEach(op, ops) {
		o = cJSON_GetObjectItemCaseSensitive(op, "op");
		path = cJSON_GetObjectItemCaseSensitive(op, "path");
		from = cJSON_GetObjectItemCaseSensitive(op, "from");
		value = cJSON_GetObjectItemCaseSensitive(op, "value");
		name = o->valuestring;
		if ((strcmp(name, "add") == 0 || strcmp(name, "replace") == 0 ||
		    strcmp(name, "test") == 0) && value == NULL) {
			buf_puts(err, "The operation does not contain a "
			    "'value' member");
			return false;
		}
		if ((strcmp(name, "move") == 0 || strcmp(name, "copy") == 0) &&
		    !cJSON_IsString(from)) {
			buf_puts(err, "The operation does not contain a "
			    "'from' member");
			return false;
		}
		if (strcmp(name, "add") == 0) {
			if (*path->valuestring == '\0') {
				buf_puts(err, "cannot replace the document");
				return false;
			}
			if (!add_at(doc, path->valuestring,
			    cJSON_Duplicate(value, true))) {
				buf_printf(err, "can't add to a non-existent "
				    "location %s", path->valuestring);
				return false;
			}
		} else if (strcmp(name, "remove") == 0) {
			if ((v = detach_at(doc, path->valuestring)) == NULL) {
				buf_printf(err, "can't remove a non-existent "
				    "object %s", path->valuestring);
				return false;
			}
			cJSON_Delete(v);
		} else if (strcmp(name, "replace") == 0) {
			if ((v = detach_at(doc, path->valuestring)) == NULL) {
				buf_printf(err, "can't replace a non-existent "
				    "object %s", path->valuestring);
				return false;
			}
			cJSON_Delete(v);
			add_at(doc, path->valuestring,
			    cJSON_Duplicate(value, true));
		} else if (strcmp(name, "move") == 0) {
			if (str_has_prefix(path->valuestring,
			    from->valuestring) &&
			    path->valuestring[strlen(from->valuestring)] ==
			    '/') {
				buf_puts(err, "cannot move a value into one "
				    "of its children");
				return false;
			}
			if ((v = detach_at(doc, from->valuestring)) == NULL) {
				buf_printf(err, "member %s not found",
				    from->valuestring);
				return false;
			}
			if (!add_at(doc, path->valuestring, v)) {
				buf_printf(err, "can't move to a non-existent "
				    "location %s", path->valuestring);
				return false;
			}
		} else if (strcmp(name, "copy") == 0) {
			if ((cur = get_at(doc, from->valuestring)) == NULL) {
				buf_printf(err, "member %s not found",
				    from->valuestring);
				return false;
			}
			if (!add_at(doc, path->valuestring,
			    cJSON_Duplicate(cur, true))) {
				buf_printf(err, "can't copy to a non-existent "
				    "location %s", path->valuestring);
				return false;
			}
		} else if (strcmp(name, "test") == 0) {
			cur = get_at(doc, path->valuestring);
			if (cur == NULL || !json_equal(cur, value)) {
				buf_printf(err, "test failed for %s",
				    path->valuestring);
				return false;
			}
		}
	}
	return true;
}

cJSON *
patch_behavior(const char *behavior, const cJSON *sent, const cJSON *before,
    const cJSON *after)
{
	const cJSON	*c, *old, *now;
	cJSON		*out = cJSON_CreateObject();

	for (c = sent != NULL ? sent->child : NULL; c != NULL; c = c->next) {
		now = cJSON_GetObjectItemCaseSensitive(after, c->string);
		old = cJSON_GetObjectItemCaseSensitive(before, c->string);
		if (now == NULL)
			continue;
		/* light: what the patch changed. */
		if (old != NULL && json_equal(old, now) &&
		    strcmp(c->string, "last_modified") != 0)
			continue;
		/* diff: of that, what differs from what was sent. */
		if (strcmp(behavior, "diff") == 0 && json_equal(c, now))
			continue;
		cJSON_AddItemToObject(out, c->string, cJSON_Duplicate(now, true));
	}
	return out;
}
