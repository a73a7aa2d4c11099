/*
 * storage_perms.h — the permission sections of the storage suite: the
 * permissions stored with objects (version 3), group memberships
 * (version 4) and what permissions name server-wide (version 5).
 * Included once, by tests/t_storage.c, after tests/storage_suite.h.
 */
#ifndef CINTO_STORAGE_PERMS_H
#define CINTO_STORAGE_PERMS_H

/* ==== Permissions (storage.h, version 3) ==== */

static const char *
acl_of(const char *res, const char *parent, const char *id)
{
	cJSON		*a = NULL;
	enum st_rc	 rc = storage_get_acl(st, REF(res, parent, id), &a);

	keep(a);
	return rc == ST_OK ? S(a) : rcn(rc);
}

static void
test_acl(void)
{
	const char	*P = "/buckets/acl/collections/c";
	cJSON		*acl = J("{\"read\":[\"system.Everyone\"],"
			    "\"write\":[\"basicauth:x\",\"account:é\"]}");
	cJSON		*acl2 = J("{\"write\":[\"account:bob\"]}");

	MKB("acl");
	MKC("acl", "c");
	/* A new object without permissions has none. */
	MKR(P, "r0", "{}");
	EQS(acl_of("record", P, "r0"), "{}");
	/* Given with the write, kept exactly. */
	RC(storage_put(st, REF("record", P, "r1"), J("{\"a\":1}"), acl, false,
	    ST_TS_NONE, NULL, NULL), ST_OK);
	EQS(acl_of("record", P, "r1"), S(acl));
	/* A replace without permissions keeps them; with, replaces them. */
	RC(storage_replace(st, REF("record", P, "r1"), J("{\"a\":2}"),
	    ST_TS_NONE, NULL, NULL), ST_OK);
	EQS(acl_of("record", P, "r1"), S(acl));
	RC(storage_put(st, REF("record", P, "r1"), J("{\"a\":3}"), acl2, true,
	    ST_TS_NONE, NULL, NULL), ST_OK);
	EQS(acl_of("record", P, "r1"), S(acl2));
	/* Permissions are not data. */
	OK(strstr(getp("record", P, "r1", false), "account:bob") == NULL);
	OK(strstr(getp("record", P, "r1", false), "\"a\":3") != NULL);
	/* Deleted: none, and none when created again. */
	RC(storage_delete(st, REF("record", P, "r1"), ST_TS_NONE, NULL), ST_OK);
	EQS(acl_of("record", P, "r1"), "not found");
	MKR(P, "r1", "{}");
	EQS(acl_of("record", P, "r1"), "{}");
	/* Rolled back with the transaction. */
	RC(storage_begin(st, true), ST_OK);
	RC(storage_put(st, REF("record", P, "r1"), J("{}"), acl, true,
	    ST_TS_NONE, NULL, NULL), ST_OK);
	EQS(acl_of("record", P, "r1"), S(acl));
	storage_rollback(st);
	EQS(acl_of("record", P, "r1"), "{}");
	/* A bucket's own permissions live with it; a tree takes its ones. */
	RC(storage_put(st, REF("bucket", "", "acl"), J("{}"), acl2, true,
	    ST_TS_NONE, NULL, NULL), ST_OK);
	EQS(acl_of("bucket", "", "acl"), S(acl2));
	RC(storage_put(st, REF("record", P, "r2"), J("{}"), acl, false,
	    ST_TS_NONE, NULL, NULL), ST_OK);
	RC(storage_delete_tree(st, P), ST_OK);
	EQS(acl_of("record", P, "r2"), "not found");
	EQS(acl_of("bucket", "", "acl"), S(acl2));
	EQS(acl_of("record", "/buckets/nobucket/collections/c", "r"),
	    "not found");
}

/* ==== Group memberships (storage.h, version 4) ==== */

static const char *
groups(const char *principals)
{
	cJSON		*out = NULL;
	enum st_rc	 rc = storage_groups_of(st, J(principals), &out);

	keep(out);
	return rc == ST_OK ? S(out) : rcn(rc);
}

static void
test_members(void)
{
	RC(storage_set_members(st, "/buckets/m/groups/g1",
	    J("[\"alice\",\"bob\"]")), ST_OK);
	RC(storage_set_members(st, "/buckets/m/groups/g2",
	    J("[\"system.Authenticated\"]")), ST_OK);
	RC(storage_set_members(st, "/buckets/n/groups/g1", J("[\"bob\"]")),
	    ST_OK);
	EQS(groups("[\"alice\"]"), "[\"/buckets/m/groups/g1\"]");
	EQS(groups("[\"carol\",\"system.Authenticated\"]"),
	    "[\"/buckets/m/groups/g2\"]");
	EQS(groups("[\"nobody\"]"), "[]");
	/* Replaced, then forgotten. */
	RC(storage_set_members(st, "/buckets/m/groups/g1", J("[\"carol\"]")),
	    ST_OK);
	EQS(groups("[\"alice\"]"), "[]");
	EQS(groups("[\"carol\"]"), "[\"/buckets/m/groups/g1\"]");
	RC(storage_set_members(st, "/buckets/m/groups/g1", NULL), ST_OK);
	EQS(groups("[\"carol\"]"), "[]");
	/* Rolled back with the transaction. */
	RC(storage_begin(st, true), ST_OK);
	RC(storage_set_members(st, "/buckets/m/groups/g3", J("[\"dan\"]")),
	    ST_OK);
	EQS(groups("[\"dan\"]"), "[\"/buckets/m/groups/g3\"]");
	storage_rollback(st);
	EQS(groups("[\"dan\"]"), "[]");
	/* A bucket's groups, all at once; others stay. */
	RC(storage_drop_members(st, "/buckets/m/groups/"), ST_OK);
	EQS(groups("[\"system.Authenticated\"]"), "[]");
	EQS(groups("[\"bob\"]"), "[\"/buckets/n/groups/g1\"]");
}

/* ==== What permissions name, server-wide (storage.h, version 5) ==== */

/*
 * grants_to() as a set: "parent|resource|id:perm+perm,..." sorted, the
 * permissions of an entry sorted too; "<rc>" on failure.
 */
static const char *
grants(const char *principals)
{
	cJSON		*out = NULL;
	const cJSON	*e, *p;
	struct buf	 b = { NULL, 0, 0 }, pb;
	enum st_rc	 rc = storage_grants_to(st, J(principals), &out);
	char		*perms, *c;

	keep(out);
	if (rc != ST_OK)
		return fmt("<%s>", rcn(rc));
	cJSON_ArrayForEach(e, out) {
		pb = (struct buf){ NULL, 0, 0 };
		cJSON_ArrayForEach(p, cJSON_GetObjectItem(e, "permissions"))
			buf_printf(&pb, "%s%s", pb.len > 0 ? "," : "",
			    p->valuestring);
		perms = keeps(xstrdup(sorted(keeps(buf_detach(&pb, NULL)))));
		for (c = perms; *c != '\0'; c++)
			if (*c == ',')
				*c = '+';
		buf_printf(&b, "%s%s|%s|%s:%s", b.len > 0 ? "," : "",
		    cJSON_GetObjectItem(e, "parent")->valuestring,
		    cJSON_GetObjectItem(e, "resource")->valuestring,
		    cJSON_GetObjectItem(e, "id")->valuestring, perms);
	}
	return sorted(keeps(buf_detach(&b, NULL)));
}

/* Creates or replaces an object with these permissions. */
static void
put_acl(int line, const char *res, const char *parent, const char *id,
    const char *acl)
{
	ck_rc(line, fmt("put %s \"%s\" \"%s\" %s", res, parent, id, acl),
	    storage_put(st, REF(res, parent, id), J("{}"), J(acl), true,
	    ST_TS_NONE, NULL, NULL), ST_OK);
}

#define PUTA(res, parent, id, acl) \
	put_acl(__LINE__, (res), (parent), (id), (acl))

static void
test_grants(void)
{
	const char	*GA = "/buckets/ga", *C = "/buckets/ga/collections/c";
	const char	*X = "/buckets/gb/collections/c";
	int		 i;

	PUTA("bucket", "", "ga", "{\"write\":[\"g:alice\"],"
	    "\"read\":[\"g:all\"]}");
	PUTA("collection", GA, "c", "{\"record:create\":[\"g:bob\"],"
	    "\"read\":[\"g:alice\",\"g:all\"]}");
	PUTA("group", GA, "g", "{\"write\":[\"g:alice\"]}");
	PUTA("record", C, "r1", "{\"read\":[\"g:bob\"],"
	    "\"write\":[\"g:alice\"]}");
	MKR(C, "r2", "{}");
	PUTA("bucket", "", "gb", "{\"write\":[\"g:bob\"]}");
	MKC("gb", "c");
	PUTA("record", X, "x", "{\"read\":[\"g:alice\"]}");
	/* Objects outside buckets (accounts) live with the buckets. */
	PUTA("account", "", "g-alice", "{\"write\":[\"g:alice\"]}");

	EQS(grants("[\"g:alice\"]"),
	    "/buckets/ga/collections/c|record|r1:write,"
	    "/buckets/ga|collection|c:read,/buckets/ga|group|g:write,"
	    "/buckets/gb/collections/c|record|x:read,|account|g-alice:write,"
	    "|bucket|ga:write");
	/* Several principals: each permission of an object once. */
	EQS(grants("[\"g:all\",\"g:alice\",\"g:nobody\"]"),
	    "/buckets/ga/collections/c|record|r1:write,"
	    "/buckets/ga|collection|c:read,/buckets/ga|group|g:write,"
	    "/buckets/gb/collections/c|record|x:read,|account|g-alice:write,"
	    "|bucket|ga:read+write");
	EQS(grants("[\"g:bob\"]"), "/buckets/ga/collections/c|record|r1:read,"
	    "/buckets/ga|collection|c:record:create,|bucket|gb:write");
	EQS(grants("[\"g:nobody\"]"), "");
	EQS(grants("[]"), "");

	/* Replaced permissions name whom they now name. */
	PUTA("record", C, "r1", "{\"read\":[\"g:bob\"]}");
	EQS(grants("[\"g:alice\",\"g:bob\"]"),
	    "/buckets/ga/collections/c|record|r1:read,"
	    "/buckets/ga|collection|c:read+record:create,"
	    "/buckets/ga|group|g:write,/buckets/gb/collections/c|record|x:read,"
	    "|account|g-alice:write,|bucket|ga:write,|bucket|gb:write");
	/* Deleted objects (and a tree) name no one. */
	RC(storage_delete(st, REF("record", X, "x"), ST_TS_NONE, NULL), ST_OK);
	RC(storage_delete_tree(st, C), ST_OK);
	RC(storage_delete(st, REF("collection", GA, "c"), ST_TS_NONE, NULL),
	    ST_OK);
	EQS(grants("[\"g:alice\",\"g:bob\"]"), "/buckets/ga|group|g:write,"
	    "|account|g-alice:write,|bucket|ga:write,|bucket|gb:write");

	/* Rolled back with the transaction; seen inside it. */
	RC(storage_begin(st, true), ST_OK);
	PUTA("record", X, "y", "{\"read\":[\"g:carol\"]}");
	EQS(grants("[\"g:carol\"]"), "/buckets/gb/collections/c|record|y:read");
	storage_rollback(st);
	EQS(grants("[\"g:carol\"]"), "");

	/* A deleted bucket takes everything in it; created again, nothing. */
	PUTA("record", X, "z", "{\"write\":[\"g:bob\"]}");
	RC(storage_delete(st, REF("bucket", "", "gb"), ST_TS_NONE, NULL),
	    ST_OK);
	EQS(grants("[\"g:bob\"]"), "");
	MKB("gb");
	MKC("gb", "c");
	EQS(grants("[\"g:bob\"]"), "");

	/* More buckets than files kept open, in a transaction or not. */
	for (i = 0; i < 6; i++) {
		MKB(fmt("gm%d", i));
		MKC(fmt("gm%d", i), "c");
		PUTA("record", fmt("/buckets/gm%d/collections/c", i), "r",
		    fmt("{\"read\":[\"g:many\"],\"write\":[\"g:%d\"]}", i));
	}
	EQS(grants("[\"g:many\",\"g:3\"]"), "/buckets/gm0/collections/c|"
	    "record|r:read,/buckets/gm1/collections/c|record|r:read,"
	    "/buckets/gm2/collections/c|record|r:read,/buckets/gm3/collections/"
	    "c|record|r:read+write,/buckets/gm4/collections/c|record|r:read,"
	    "/buckets/gm5/collections/c|record|r:read");
	RC(storage_begin(st, false), ST_OK);
	EQS(grants("[\"g:5\"]"), "/buckets/gm5/collections/c|record|r:write");
	storage_rollback(st);
}

#endif
