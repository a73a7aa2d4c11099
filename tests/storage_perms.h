/*
 * storage_perms.h — the permission sections of the storage suite: the
 * permissions stored with objects (version 3) and group memberships
 * (version 4).  Included once, by tests/t_storage.c, after
 * tests/storage_suite.h.
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

#endif
