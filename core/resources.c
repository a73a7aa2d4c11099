/*
 * resources.c — the descriptors of buckets, collections, groups and
 * records (objects.md), and what derives from them; see resource.h.
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core/config.h"
#include "core/ctx.h"
#include "core/json.h"
#include "core/resource.h"
#include "core/util.h"
#include "core/validate.h"
#include "storage/storage.h"

/*
 * A group's members are principals of every request (auth.md): the
 * server-wide index follows each write (objects.md, "Groups").
 */
static enum kerr
group_written(struct ctx *ctx, const char *uri, const cJSON *obj)
{
	struct storage	*st = ctx_storage(ctx);

	if (st == NULL)
		return KERR_BACKEND;
	return kerr_from_st(storage_set_members(st, uri, obj != NULL ?
	    cJSON_GetObjectItemCaseSensitive(obj, "members") : NULL));
}

/* A deleted bucket's groups are no one's any more (objects.md). */
static enum kerr
bucket_written(struct ctx *ctx, const char *uri, const cJSON *obj)
{
	struct storage	*st = ctx_storage(ctx);
	char		*prefix;
	enum st_rc	 rc;

	if (obj != NULL)
		return KERR_OK;
	if (st == NULL)
		return KERR_BACKEND;
	prefix = xasprintf("%s/groups/", uri);
	rc = storage_drop_members(st, prefix);
	free(prefix);
	return kerr_from_st(rc);
}

enum kerr
resource_after_write(struct ctx *ctx, const struct resource *r,
    const char *uri, const cJSON *obj)
{
	return r->after_write != NULL ? r->after_write(ctx, uri, obj) :
	    KERR_OK;
}

static const char *const bucket_perms[] = {
	"read", "write", "collection:create", "group:create", NULL };
static const char *const collection_perms[] = {
	"read", "write", "record:create", NULL };
static const char *const rw_perms[] = { "read", "write", NULL };

const struct resource res_bucket = {
	.name = "bucket",
	.parent = NULL,
	.segment = "buckets",
	.perms = bucket_perms,
	.create_perm = "bucket:create",
	.id_kind = ID_NAME,
	.validate = validate_bucket,
	.after_write = bucket_written,
};

const struct resource res_collection = {
	.name = "collection",
	.parent = &res_bucket,
	.segment = "collections",
	.perms = collection_perms,
	.create_perm = "collection:create",
	.id_kind = ID_NAME,
	.validate = validate_collection,
};

const struct resource res_group = {
	.name = "group",
	.parent = &res_bucket,
	.segment = "groups",
	.perms = rw_perms,
	.create_perm = "group:create",
	.id_kind = ID_NAME,
	.validate = validate_group,
	.after_write = group_written,
};

const struct resource res_record = {
	.name = "record",
	.parent = &res_collection,
	.segment = "records",
	.perms = rw_perms,
	.create_perm = "record:create",
	.id_kind = ID_UUID,
	.validate = NULL,
};

const struct resource *const resources[] = {
	&res_bucket, &res_collection, &res_group, &res_record, &res_account,
	NULL };

bool
resource_enabled(const struct config *cfg, const struct resource *r)
{
	return r->plugin == NULL || config_has_plugin(cfg, r->plugin);
}

int
resource_depth(const struct resource *r)
{
	int	 n = 0;

	for (; r != NULL; r = r->parent)
		n++;
	return n;
}

/* The URI of the object the ids name, up to resource r included. */
static void
uri_of(struct buf *b, const struct resource *r, char *const *params)
{
	if (r->parent != NULL)
		uri_of(b, r->parent, params);
	buf_printf(b, "/%s/%s", r->segment,
	    params[resource_depth(r) - 1]);
}

char *
resource_parent_uri(const struct resource *r, char *const *params)
{
	struct buf	 b = { 0 };

	if (r->parent != NULL)
		uri_of(&b, r->parent, params);
	return buf_detach(&b, NULL);
}

char *
resource_object_uri(const struct resource *r, const char *parent,
    const char *id)
{
	return xasprintf("%s/%s/%s", parent, r->segment, id);
}

/*
 * objects.md, "Identifiers": ^[a-zA-Z0-9][a-zA-Z0-9_-]*$ for names (the
 * UUIDs of records are among them); accounts also allow "+.@" after the
 * first character (auth.md), so that an e-mail address is an id.
 */
bool
resource_valid_id(const struct resource *r, const char *id)
{
	size_t	 i;

	if (r->id_kind != ID_ACCOUNT)
		return storage_valid_id(id);
	for (i = 0; id[i] != '\0'; i++) {
		if ((id[i] >= 'a' && id[i] <= 'z') ||
		    (id[i] >= 'A' && id[i] <= 'Z') ||
		    (id[i] >= '0' && id[i] <= '9'))
			continue;
		if (i > 0 && strchr("+.@_-", id[i]) != NULL)
			continue;
		return false;
	}
	return i > 0 && i <= ST_ID_MAX;
}

char *
resource_new_id(const struct resource *r)
{
	static const char first[] =
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	static const char rest[] =
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
	unsigned char	 u[16];
	char		*id;
	size_t		 i;

	if (r->id_kind == ID_NAME) {
		id = xmalloc(9);
		id[0] = first[randombytes_uniform(sizeof(first) - 1)];
		for (i = 1; i < 8; i++)
			id[i] = rest[randombytes_uniform(sizeof(rest) - 1)];
		id[8] = '\0';
		return id;
	}
	/* RFC 4122, 4.4: random, version 4, variant 10. */
	randombytes_buf(u, sizeof(u));
	u[6] = (u[6] & 0x0F) | 0x40;
	u[8] = (u[8] & 0x3F) | 0x80;
	return xasprintf("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
	    "%02x%02x%02x%02x%02x%02x", u[0], u[1], u[2], u[3], u[4], u[5],
	    u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14], u[15]);
}

bool
resource_has_perm(const struct resource *r, const char *name)
{
	const char *const	*p;

	for (p = r->perms; *p != NULL; p++)
		if (strcmp(*p, name) == 0)
			return true;
	return false;
}
