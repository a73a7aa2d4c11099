/*
 * storage.c — the backend registry; see storage.h.
 */
#include <stdio.h>
#include <string.h>

#include "storage/storage.h"

const char *const st_rc_names[ST__MAX] = {
	"ok",		/* ST_OK */
	"not found",	/* ST_NOTFOUND */
	"exists",	/* ST_EXISTS */
	"busy",		/* ST_BUSY */
	"conflict",	/* ST_CONFLICT */
	"backend error",/* ST_EBACKEND */
	"invalid",	/* ST_EINVAL */
};

static const struct storage_ops *const backends[] = {
	&storage_sqlite_ops,
	&storage_memory_ops,
};

const struct storage_ops *
storage_find(const char *name)
{
	size_t	 i;

	for (i = 0; i < sizeof(backends) / sizeof(backends[0]); i++)
		if (strcmp(backends[i]->name, name) == 0)
			return backends[i];
	return NULL;
}

bool
storage_valid_id(const char *id)
{
	size_t	 i;

	for (i = 0; id[i] != '\0'; i++) {
		if ((id[i] >= 'a' && id[i] <= 'z') ||
		    (id[i] >= 'A' && id[i] <= 'Z') ||
		    (id[i] >= '0' && id[i] <= '9'))
			continue;
		if (i > 0 && (id[i] == '_' || id[i] == '-'))
			continue;
		return false;
	}
	return i > 0 && i <= ST_ID_MAX;
}

enum st_rc
storage_open(const struct storage_settings *set, struct storage **out,
    char *err, size_t errsz)
{
	const struct storage_ops	*ops;

	*out = NULL;
	if ((ops = storage_find(set->backend)) == NULL) {
		snprintf(err, errsz, "unknown storage backend \"%s\"",
		    set->backend);
		return ST_EINVAL;
	}
	return ops->open(set, out, err, errsz);
}
