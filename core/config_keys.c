/*
 * config_keys.c — settings whose keys are patterns (config_int.h):
 * principals granted by settings (auth.md), disabled endpoints
 * (requests.md), cache expiries (sync.md) and authentication policy
 * options (auth.md, "Authentication policies").
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config_int.h"
#include "core/util.h"

/* Resources and permissions of <resource>_<perm>_principals keys. */
static const char *const principal_resources[] = {
	"bucket", "collection", "group", "record", "account", "history",
	"user_data", "permissions", NULL };
static const char *const principal_perms[] = {
	"read", "write", "create", "delete", NULL };

/* Normalises key ('-' as '_') and says whether it is such a setting. */
static bool
principals_key(const char *key, char *out, size_t outsz)
{
	const char *const	*r, *const *p;
	size_t			 i;
	char			 want[96];

	for (i = 0; key[i] != '\0' && i < outsz - 1; i++)
		out[i] = key[i] == '-' ? '_' : key[i];
	out[i] = '\0';
	for (r = principal_resources; *r != NULL; r++)
		for (p = principal_perms; *p != NULL; p++) {
			snprintf(want, sizeof(want), "%s_%s_principals", *r, *p);
			if (strcmp(out, want) == 0)
				return true;
		}
	return false;
}

static struct strlist *
principals_slot(struct config *cfg, const char *key)
{
	size_t	 i;

	for (i = 0; i < cfg->nprincipals; i++)
		if (strcmp(cfg->principals[i].key, key) == 0)
			return &cfg->principals[i].principals;
	cfg->principals = xrealloc(cfg->principals,
	    (cfg->nprincipals + 1) * sizeof(*cfg->principals));
	cfg->principals[cfg->nprincipals].key = xstrdup(key);
	memset(&cfg->principals[cfg->nprincipals].principals, 0,
	    sizeof(struct strlist));
	return &cfg->principals[cfg->nprincipals++].principals;
}

const struct strlist *
config_principals(const struct config *cfg, const char *key)
{
	static const struct strlist	 none;
	char				 k[96];
	size_t				 i;

	principals_key(key, k, sizeof(k));
	for (i = 0; i < cfg->nprincipals; i++)
		if (strcmp(cfg->principals[i].key, k) == 0)
			return &cfg->principals[i].principals;
	return &none;
}

/* Sets a principals setting (replace: the first line of a value). */
void
config_set_principals(struct config *cfg, const char *key, const char *v,
    bool replace)
{
	struct strlist	*l = principals_slot(cfg, key);

	if (replace)
		strlist_free(l);
	strlist_append_words(l, v);
}

/* plural_record_post_enabled and the like. */
static bool
enabled_key(const char *key)
{
	static const char *const kinds[] = { "plural_", "object_", NULL };
	static const char *const methods[] = { "get", "head", "post", "put",
	    "patch", "delete", NULL };
	const char *const	*k, *const *m;
	const char		*rest, *us;
	size_t			 n = strlen(key);
	char			 tail[32];

	if (n < 9 || strcmp(key + n - 8, "_enabled") != 0)
		return false;
	for (k = kinds; *k != NULL; k++)
		if (str_has_prefix(key, *k))
			break;
	if (*k == NULL)
		return false;
	rest = key + strlen(*k);
	if ((us = strchr(rest, '_')) == NULL || us == rest)
		return false;
	for (m = methods; *m != NULL; m++) {
		snprintf(tail, sizeof(tail), "_%s_enabled", *m);
		if (strcmp(us, tail) == 0)
			return true;
	}
	return false;
}

bool
config_enabled(const struct config *cfg, const char *kind,
    const char *resource, const char *method)
{
	char	 key[128];

	snprintf(key, sizeof(key), "%s_%s_%s_enabled", kind, resource, method);
	return !strlist_has(&cfg->disabled, key);
}

static bool
set_enabled(struct config *cfg, const char *key, const char *v, char *err,
    size_t errsz)
{
	static const char *const yes[] = { "true", "yes", "on", "1", NULL };
	static const char *const no[] = { "false", "no", "off", "0", NULL };
	const char *const	*p;
	size_t			 i;

	for (p = no; *p != NULL; p++)
		if (str_casecmp(v, *p) == 0) {
			if (!strlist_has(&cfg->disabled, key))
				strlist_append_words(&cfg->disabled, key);
			return true;
		}
	for (p = yes; *p != NULL; p++)
		if (str_casecmp(v, *p) == 0) {
			for (i = 0; i < cfg->disabled.n; i++)
				if (strcmp(cfg->disabled.v[i], key) == 0) {
					free(cfg->disabled.v[i]);
					cfg->disabled.v[i] =
					    cfg->disabled.v[--cfg->disabled.n];
					break;
				}
			return true;
		}
	snprintf(err, errsz, "[kinto] %s: \"%s\" is not a boolean", key, v);
	return false;
}

#define CACHE_SUFFIX	"_cache_expires_seconds"

/* <anything of ids and dots>_cache_expires_seconds */
static bool
cache_key(const char *key)
{
	size_t	 n = strlen(key), m = strlen(CACHE_SUFFIX), i;

	if (n <= m || strcmp(key + n - m, CACHE_SUFFIX) != 0)
		return false;
	for (i = 0; i < n - m; i++)
		if (!isalnum((unsigned char)key[i]) && key[i] != '_' &&
		    key[i] != '-' && key[i] != '.')
			return false;
	return true;
}

static bool
set_cache_expires(struct config *cfg, const char *key, const char *v,
    char *err, size_t errsz)
{
	int64_t	 n;
	size_t	 i;

	/* Kinto turns numbers into numbers; 0 stays meaningful here. */
	if (!str_to_i64(v, INT64_MIN / 2, INT64_MAX / 2, &n)) {
		snprintf(err, errsz, "[kinto] %s: \"%s\" is not an integer",
		    key, v);
		return false;
	}
	for (i = 0; i < cfg->ncache_expires; i++)
		if (strcmp(cfg->cache_expires[i].key, key) == 0) {
			cfg->cache_expires[i].seconds = n;
			return true;
		}
	cfg->cache_expires = xrealloc(cfg->cache_expires,
	    (cfg->ncache_expires + 1) * sizeof(*cfg->cache_expires));
	cfg->cache_expires[cfg->ncache_expires].key = xstrdup(key);
	cfg->cache_expires[cfg->ncache_expires].seconds = n;
	cfg->ncache_expires++;
	return true;
}

bool
config_cache_expires(const struct config *cfg, const char *key,
    int64_t *out)
{
	size_t	 i;

	for (i = 0; i < cfg->ncache_expires; i++)
		if (strcmp(cfg->cache_expires[i].key, key) == 0) {
			*out = cfg->cache_expires[i].seconds;
			return true;
		}
	return false;
}

/*
 * multiauth.policy.<name>.<option> (auth.md): the options a policy of
 * this build reads.  From the environment the name is what lies between
 * MULTIAUTH_POLICY_ and _<OPTION>.
 */
static const char *const policy_options[] = { "use", "realm", NULL };

static bool
policy_key(const char *key, bool from_env, char *name, size_t namesz,
    const char **option)
{
	const char *const	*o;
	const char		*rest, *sep;
	size_t			 n;

	if (!str_has_prefix(key, from_env ? "multiauth_policy_" :
	    "multiauth.policy."))
		return false;
	rest = key + 17;
	for (o = policy_options; *o != NULL; o++) {
		n = strlen(rest);
		if (n <= strlen(*o) + 1)
			continue;
		sep = rest + n - strlen(*o) - 1;
		if (*sep != (from_env ? '_' : '.') || strcmp(sep + 1, *o) != 0)
			continue;
		if ((size_t)(sep - rest) >= namesz)
			return false;
		memcpy(name, rest, (size_t)(sep - rest));
		name[sep - rest] = '\0';
		*option = *o;
		return true;
	}
	return false;
}

static void
set_policy_option(struct config *cfg, const char *name, const char *option,
    const char *v)
{
	size_t	 i;

	for (i = 0; i < cfg->npolicy_options; i++)
		if (strcmp(cfg->policy_options[i].name, name) == 0 &&
		    strcmp(cfg->policy_options[i].option, option) == 0) {
			free(cfg->policy_options[i].value);
			cfg->policy_options[i].value = xstrdup(v);
			return;
		}
	cfg->policy_options = xrealloc(cfg->policy_options,
	    (cfg->npolicy_options + 1) * sizeof(*cfg->policy_options));
	cfg->policy_options[cfg->npolicy_options].name = xstrdup(name);
	cfg->policy_options[cfg->npolicy_options].option = xstrdup(option);
	cfg->policy_options[cfg->npolicy_options].value = xstrdup(v);
	cfg->npolicy_options++;
}

const char *
config_policy_option(const struct config *cfg, const char *name,
    const char *option)
{
	size_t	 i;

	for (i = 0; i < cfg->npolicy_options; i++)
		if (strcmp(cfg->policy_options[i].name, name) == 0 &&
		    strcmp(cfg->policy_options[i].option, option) == 0)
			return cfg->policy_options[i].value;
	return NULL;
}

int
config_keys_set(struct config *cfg, const char *key, const char *v,
    bool from_env, bool continuation, char *err, size_t errsz)
{
	char		 k[128], name[96];
	const char	*option;
	bool		 ok = true;

	if (enabled_key(key))
		ok = v == NULL || set_enabled(cfg, key, v, err, errsz);
	/* A dotted key has no environment name. */
	else if (cache_key(key) && (!from_env || strchr(key, '.') == NULL))
		ok = v == NULL || set_cache_expires(cfg, key, v, err, errsz);
	else if (principals_key(key, k, sizeof(k)))
		/* Indented lines continue the list; a key line starts it
		 * again (the default's value goes). */
		config_set_principals(cfg, k, v != NULL ? v : "",
		    !continuation);
	else if (policy_key(key, from_env, name, sizeof(name), &option)) {
		if (continuation) {
			snprintf(err, errsz, "[kinto] %s: only lists may "
			    "continue on the next line", key);
			return -1;
		}
		set_policy_option(cfg, name, option, v != NULL ? v : "");
	} else
		return 0;
	return ok ? 1 : -1;
}

void
config_keys_free(struct config *cfg)
{
	size_t	 i;

	for (i = 0; i < cfg->nprincipals; i++) {
		free(cfg->principals[i].key);
		strlist_free(&cfg->principals[i].principals);
	}
	free(cfg->principals);
	for (i = 0; i < cfg->ncache_expires; i++)
		free(cfg->cache_expires[i].key);
	free(cfg->cache_expires);
	for (i = 0; i < cfg->npolicy_options; i++) {
		free(cfg->policy_options[i].name);
		free(cfg->policy_options[i].option);
		free(cfg->policy_options[i].value);
	}
	free(cfg->policy_options);
	strlist_free(&cfg->disabled);
}
