/*
 * config.c — the directive table, the inih handler and the environment
 * overrides; see config.h.
 */
#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <ini.h>
#include <sodium.h>

#include "core/auth.h"
#include "core/config.h"
#include "core/config_int.h"
#include "core/json.h"
#include "core/util.h"

struct directive;
typedef bool (*parse_fn)(struct config *, const struct directive *,
    const char *, char *, size_t);

struct directive {
	const char	*section;	/* "kinto" or "cinto" */
	const char	*key;
	parse_fn	 parse;
	size_t		 off;		/* offsetof(struct config, ...) */
	const char	*def;		/* default, parsed like a value */
	int64_t		 min, max;	/* for integers */
};

/* Where a value was set from, per directive, during one load. */
struct loadstate {
	struct config	*cfg;
	char		*seen[64];	/* raw value first set in the file */
	char		*spelling[64];	/* the key as written there */
	char		*err;
	size_t		 errsz;
	bool		 failed;
	const char	*text;		/* the file, as inih reads it */
	int		 lineno;	/* of the line inih has read last */
	bool		 at_line_start;
	bool		 continuation;	/* that line starts with a blank */
};

#define FIELD(cfg, d, type)	((type *)(void *)((char *)(cfg) + (d)->off))

static bool
fail(char *err, size_t errsz, const struct directive *d, const char *fmt,
    const char *value)
{
	char	 what[256];

	snprintf(what, sizeof(what), fmt, value);
	snprintf(err, errsz, "[%s] %s: %s", d->section, d->key, what);
	return false;
}

static bool
parse_bool(struct config *cfg, const struct directive *d, const char *v,
    char *err, size_t errsz)
{
	static const char *const yes[] = { "true", "yes", "on", "1" };
	static const char *const no[] = { "false", "no", "off", "0" };
	size_t	 i;

	for (i = 0; i < 4; i++) {
		if (str_casecmp(v, yes[i]) == 0) {
			*FIELD(cfg, d, bool) = true;
			return true;
		}
		if (str_casecmp(v, no[i]) == 0) {
			*FIELD(cfg, d, bool) = false;
			return true;
		}
	}
	return fail(err, errsz, d, "\"%s\" is not a boolean "
	    "(true/false, yes/no, on/off, 1/0)", v);
}

static bool
parse_int(struct config *cfg, const struct directive *d, const char *v,
    char *err, size_t errsz)
{
	int64_t	 n;
	char	 range[128];

	if (!str_to_i64(v, d->min, d->max, &n)) {
		snprintf(range, sizeof(range), "\"%%s\" is not an integer "
		    "between %lld and %lld", (long long)d->min,
		    (long long)d->max);
		return fail(err, errsz, d, range, v);
	}
	*FIELD(cfg, d, int64_t) = n;
	return true;
}

/* An integer that may be left empty (or "none"): then -1, "not set". */
static bool
parse_optint(struct config *cfg, const struct directive *d, const char *v,
    char *err, size_t errsz)
{
	if (*v == '\0' || str_casecmp(v, "none") == 0) {
		*FIELD(cfg, d, int64_t) = -1;
		return true;
	}
	return parse_int(cfg, d, v, err, errsz);
}

/* A string; empty means "not set" (NULL). */
static bool
parse_str(struct config *cfg, const struct directive *d, const char *v,
    char *err, size_t errsz)
{
	char	**field = FIELD(cfg, d, char *);

	(void)err;
	(void)errsz;
	free(*field);
	*field = *v == '\0' ? NULL : xstrdup(v);
	return true;
}

void
strlist_free(struct strlist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/*
 * Lists are separated by whitespace, never commas (settings.md: Kinto's
 * parser splits on whitespace whatever its docs say).  Appends, so that
 * continuation lines, which inih hands over one by one, add up.
 */
void
strlist_append_words(struct strlist *l, const char *v)
{
	const char	*p = v, *start;

	for (;;) {
		while (*p != '\0' && isspace((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		start = p;
		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
		l->v = xrealloc(l->v, (l->n + 1) * sizeof(*l->v));
		l->v[l->n++] = xstrndup(start, (size_t)(p - start));
	}
}

static bool
parse_list(struct config *cfg, const struct directive *d, const char *v,
    char *err, size_t errsz)
{
	(void)err;
	(void)errsz;
	strlist_append_words(FIELD(cfg, d, struct strlist), v);
	return true;
}

bool
strlist_has(const struct strlist *l, const char *s)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return true;
	return false;
}

static bool
parse_mode(struct config *cfg, const struct directive *d, const char *v,
    char *err, size_t errsz)
{
	char		*end;
	unsigned long	 m;

	errno = 0;
	m = strtoul(v, &end, 8);
	if (*v == '\0' || *end != '\0' || errno != 0 || m > 0777)
		return fail(err, errsz, d, "\"%s\" is not an octal file mode "
		    "such as 0660", v);
	*FIELD(cfg, d, mode_t) = (mode_t)m;
	return true;
}

static bool
parse_log_format(struct config *cfg, const struct directive *d,
    const char *v, char *err, size_t errsz)
{
	if (strcmp(v, "json") == 0)
		*FIELD(cfg, d, enum log_format) = LOG_JSON;
	else if (strcmp(v, "text") == 0)
		*FIELD(cfg, d, enum log_format) = LOG_TEXT;
	else
		return fail(err, errsz, d, "\"%s\" is not one of json, text",
		    v);
	return true;
}

/*
 * The end-of-service date: Kinto accepts what dateutil parses; we take
 * the ISO forms operators write (YYYY-MM-DD, optionally THH:MM[:SS]),
 * in local time as Kinto compares it with datetime.now().
 */
static bool
parse_eos(struct config *cfg, const struct directive *d, const char *v,
    char *err, size_t errsz)
{
	static const char *const formats[] = {
		"%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S",
		"%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S" };
	struct tm	 tm;
	const char	*end;
	size_t		 i;

	if (*v == '\0') {
		free(cfg->eos);
		cfg->eos = NULL;
		return true;
	}
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		memset(&tm, 0, sizeof(tm));
		end = strptime(v, formats[i], &tm);
		if (end != NULL && *end == '\0') {
			tm.tm_isdst = -1;
			free(cfg->eos);
			cfg->eos = xstrdup(v);
			cfg->eos_time = (int64_t)mktime(&tm);
			return true;
		}
	}
	return fail(err, errsz, d, "\"%s\" is not a date (YYYY-MM-DD, "
	    "optionally followed by THH:MM[:SS])", v);
}

/* Kinto's module path is accepted for the memory cache. */
static bool
parse_cache_backend(struct config *cfg, const struct directive *d,
    const char *v, char *err, size_t errsz)
{
	const char	*name;

	if (strcmp(v, "sqlite") == 0)
		name = "sqlite";
	else if (strcmp(v, "memory") == 0 ||
	    strcmp(v, "kinto.core.cache.memory") == 0)
		name = "memory";
	else
		return fail(err, errsz, d, "\"%s\" is not one of sqlite, "
		    "memory (kinto.core.cache.memory)", v);
	return parse_str(cfg, d, name, err, errsz);
}

/* SQLite's synchronous: NORMAL, or FULL for a sync on every commit. */
static bool
parse_synchronous(struct config *cfg, const struct directive *d,
    const char *v, char *err, size_t errsz)
{
	if (str_casecmp(v, "normal") == 0)
		*FIELD(cfg, d, bool) = false;
	else if (str_casecmp(v, "full") == 0)
		*FIELD(cfg, d, bool) = true;
	else
		return fail(err, errsz, d, "\"%s\" is not one of normal, full",
		    v);
	return true;
}

/* Kinto's module paths are accepted for the backends we have. */
static bool
parse_storage_backend(struct config *cfg, const struct directive *d,
    const char *v, char *err, size_t errsz)
{
	const char	*name;

	if (strcmp(v, "sqlite") == 0)
		name = "sqlite";
	else if (strcmp(v, "memory") == 0 ||
	    strcmp(v, "kinto.core.storage.memory") == 0)
		name = "memory";
	else
		return fail(err, errsz, d, "\"%s\" is not one of sqlite, "
		    "memory (kinto.core.storage.memory)", v);
	return parse_str(cfg, d, name, err, errsz);
}

/* HOST:PORT, or a path to a unix socket (anything with a '/'). */
static bool
parse_listen(struct config *cfg, const struct directive *d, const char *v,
    char *err, size_t errsz)
{
	const char	*colon;
	int64_t		 port;

	if (*v != '\0' && strchr(v, '/') == NULL) {
		/* An empty host (":9000") means every interface. */
		colon = strrchr(v, ':');
		if (colon == NULL || !str_to_i64(colon + 1, 1, 65535, &port))
			return fail(err, errsz, d, "\"%s\" is neither "
			    "HOST:PORT nor the path of a unix socket", v);
	}
	return parse_str(cfg, d, v, err, errsz);
}

/*
 * Plugins (settings.md, "includes") this build provides; Kinto's other
 * plugin names stop start-up rather than being silently ignored.
 */
static const char *const plugins[] = {
	"kinto.plugins.accounts", "kinto.plugins.default_bucket", NULL };

static bool
parse_includes(struct config *cfg, const struct directive *d,
    const char *v, char *err, size_t errsz)
{
	struct strlist		 words = { 0 };
	const char *const	*p;
	size_t			 i;
	bool			 ok = true;

	strlist_append_words(&words, v);
	for (i = 0; i < words.n && ok; i++) {
		for (p = plugins; *p != NULL; p++)
			if (strcmp(words.v[i], *p) == 0)
				break;
		if (*p == NULL)
			ok = fail(err, errsz, d, "plugin \"%s\" is not "
			    "available in this version of cinto (available: "
			    "kinto.plugins.accounts, "
			    "kinto.plugins.default_bucket)", words.v[i]);
	}
	strlist_free(&words);
	return ok && parse_list(cfg, d, v, err, errsz);
}

bool
config_has_plugin(const struct config *cfg, const char *plugin)
{
	return strlist_has(&cfg->includes, plugin);
}

#define K(key, fn, field, def, min, max) \
	{ "kinto", key, fn, offsetof(struct config, field), def, min, max }
#define C(key, fn, field, def, min, max) \
	{ "cinto", key, fn, offsetof(struct config, field), def, min, max }
#define DAY	86400LL
#define BIG	(365LL * 100 * DAY)

static const struct directive directives[] = {
	K("readonly", parse_bool, readonly, "false", 0, 0),
	K("batch_max_requests", parse_int, batch_max_requests, "25", 0, 100000),
	K("explicit_permissions", parse_bool, explicit_permissions, "true", 0, 0),
	K("http_scheme", parse_str, http_scheme, "", 0, 0),
	K("http_host", parse_str, http_host, "", 0, 0),
	K("version_prefix_redirect_enabled", parse_bool,
	    version_prefix_redirect_enabled, "true", 0, 0),
	K("version_prefix_redirect_ttl_seconds", parse_int,
	    version_prefix_redirect_ttl_seconds, "-1", -1, BIG),
	K("trailing_slash_redirect_enabled", parse_bool,
	    trailing_slash_redirect_enabled, "true", 0, 0),
	K("trailing_slash_redirect_ttl_seconds", parse_int,
	    trailing_slash_redirect_ttl_seconds, "3600", -1, BIG),
	K("project_name", parse_str, project_name, "kinto", 0, 0),
	K("project_version", parse_str, project_version, "", 0, 0),
	K("project_docs", parse_str, project_docs,
	    "https://kinto.readthedocs.io/", 0, 0),
	K("version_json_path", parse_str, version_json_path, "", 0, 0),
	K("error_info_link", parse_str, error_info_link,
	    "https://github.com/Kinto/kinto/issues/", 0, 0),
	K("root_cache_expires_seconds", parse_int, root_cache_expires_seconds,
	    "86400", 0, BIG),
	K("cors_origins", parse_list, cors_origins, "*", 0, 0),
	K("cors_max_age_seconds", parse_optint, cors_max_age_seconds, "3600",
	    0, BIG),
	K("backoff", parse_optint, backoff, "", 0, BIG),
	K("backoff_percentage", parse_optint, backoff_percentage, "", 0, 100),
	K("retry_after_seconds", parse_int, retry_after_seconds, "3", 0, BIG),
	K("eos", parse_eos, eos, "", 0, 0),
	K("eos_message", parse_str, eos_message, "", 0, 0),
	K("eos_url", parse_str, eos_url, "", 0, 0),
	K("heartbeat_timeout_seconds", parse_int, heartbeat_timeout_seconds,
	    "10", 1, 3600),
	K("paginate_by", parse_optint, paginate_by, "", 1, 1000000000),
	K("storage_max_fetch_size", parse_int, storage_max_fetch_size,
	    "10000", 1, 1000000000),
	K("pagination_token_validity_seconds", parse_int,
	    pagination_token_validity_seconds, "600", 1, BIG),
	K("storage_backend", parse_storage_backend, storage_backend, "sqlite",
	    0, 0),
	K("cache_backend", parse_cache_backend, cache_backend, "sqlite", 0, 0),
	K("cache_max_size_bytes", parse_int, cache_max_size_bytes, "524288",
	    1024, 1LL << 40),
	K("includes", parse_includes, includes, "", 0, 0),
	K("multiauth.policies", parse_list, multiauth_policies, "", 0, 0),
	K("userid_hmac_secret", parse_str, userid_hmac_secret, "", 0, 0),
	K("default_bucket_hmac_secret", parse_str, default_bucket_hmac_secret,
	    "", 0, 0),
	K("account_cache_ttl_seconds", parse_int, account_cache_ttl_seconds,
	    "30", 0, BIG),
	K("experimental_permissions_endpoint", parse_bool,
	    experimental_permissions_endpoint, "false", 0, 0),
	K("experimental_collection_schema_validation", parse_bool,
	    experimental_collection_schema_validation, "false", 0, 0),

	C("listen", parse_listen, listen, "", 0, 0),
	C("workers", parse_int, workers, "4", 0, 1024),
	C("max_requests", parse_int, max_requests, "10000", 0, INT64_MAX),
	C("grace_seconds", parse_int, grace_seconds, "10", 0, 3600),
	C("data_dir", parse_str, data_dir, "/var/lib/cinto", 0, 0),
	C("log_format", parse_log_format, log_format, "json", 0, 0),
	C("socket_mode", parse_mode, socket_mode, "0660", 0, 0),
	C("socket_owner", parse_str, socket_owner, "", 0, 0),
	C("user", parse_str, user, "", 0, 0),
	C("group", parse_str, group, "", 0, 0),
	C("max_body_bytes", parse_int, max_body_bytes, "8388608", 1024,
	    1LL << 32),
	C("json_max_depth", parse_int, json_max_depth, "128", 8, 10000),
	C("sqlite_synchronous", parse_synchronous, sqlite_sync_full, "normal",
	    0, 0),
	C("sqlite_busy_timeout_ms", parse_int, sqlite_busy_timeout_ms, "5000",
	    1, 600000),
	C("max_open_buckets", parse_int, max_open_buckets, "64", 1, 100000),
	/* bcrypt's own bounds; Kinto's (Python bcrypt's) default is 12. */
	C("bcrypt_cost", parse_int, bcrypt_cost, "12", 4, 31),
};

#define NDIRECTIVES	(sizeof(directives) / sizeof(directives[0]))

_Static_assert(NDIRECTIVES <= 64, "struct loadstate holds 64 directives");

const char *
config_directive(size_t n, const char **section, const char **def)
{
	if (n >= NDIRECTIVES)
		return NULL;
	*section = directives[n].section;
	*def = directives[n].def;
	return directives[n].key;
}

static const struct directive *
find(const char *section, const char *key)
{
	size_t	 i;

	for (i = 0; i < NDIRECTIVES; i++)
		if (strcmp(directives[i].section, section) == 0 &&
		    strcmp(directives[i].key, key) == 0)
			return &directives[i];
	return NULL;
}

static void
reset_list(struct config *cfg, const struct directive *d)
{
	if (d->parse == parse_list ||
	    d->parse == parse_includes)
		strlist_free(FIELD(cfg, d, struct strlist));
}

/* Called by inih for each name=value pair, continuation lines included. */
static int
on_ini_pair(void *user, const char *section, const char *name,
    const char *value)
{
	struct loadstate	*ls = user;
	const struct directive	*d;
	char			 key[128];
	size_t			 i, idx;
	bool			 islist;

	if (ls->failed)
		return 1;
	if (strcmp(section, "kinto") != 0 && strcmp(section, "cinto") != 0) {
		snprintf(ls->err, ls->errsz, "unknown section [%s] (sections "
		    "are [kinto] and [cinto])", section);
		ls->failed = true;
		return 0;
	}
	/* Python's configparser, which Kinto uses, lower-cases keys. */
	for (i = 0; name[i] != '\0' && i < sizeof(key) - 1; i++)
		key[i] = (char)tolower((unsigned char)name[i]);
	key[i] = '\0';
	if (strcmp(section, "kinto") == 0 && str_has_prefix(key, "kinto."))
		memmove(key, key + 6, strlen(key + 6) + 1);
	if ((d = find(section, key)) == NULL) {
		int	 r = 0;

		if (strcmp(section, "kinto") == 0)
			r = config_keys_set(ls->cfg, key, value, false,
			    ls->continuation, ls->err, ls->errsz);
		if (r > 0)
			return 1;
		if (r == 0)
			snprintf(ls->err, ls->errsz, "[%s] %s: unknown setting",
			    section, name);
		ls->failed = true;
		return 0;
	}
	idx = (size_t)(d - directives);
	islist = d->parse == parse_list ||
	    d->parse == parse_includes;
	if (ls->seen[idx] != NULL) {
		/*
		 * inih hands over each continuation line (indented) under
		 * the key it continues: lists add them up.
		 */
		if (ls->continuation && strcmp(ls->spelling[idx], name) == 0) {
			if (islist) {
				if (!d->parse(ls->cfg, d, value, ls->err,
				    ls->errsz))
					ls->failed = true;
				return !ls->failed;
			}
			snprintf(ls->err, ls->errsz, "[%s] %s: only lists may "
			    "continue on the next line", section, name);
			ls->failed = true;
			return 0;
		}
		/* "readonly" and "kinto.readonly" may agree, not differ. */
		if (strcmp(ls->spelling[idx], name) != 0 &&
		    strcmp(ls->seen[idx], value) == 0)
			return 1;
		snprintf(ls->err, ls->errsz, "[%s] %s: set more than once",
		    section, name);
		ls->failed = true;
		return 0;
	}
	ls->seen[idx] = xstrdup(value);
	ls->spelling[idx] = xstrdup(name);
	reset_list(ls->cfg, d);
	if (!d->parse(ls->cfg, d, value, ls->err, ls->errsz)) {
		ls->failed = true;
		return 0;
	}
	return 1;
}

/*
 * The environment name of a directive: KINTO_ or CINTO_, then the key
 * upper-cased with '.' and '-' as '_' (settings.md, "Environment
 * variables").
 */
static void
env_name(const struct directive *d, char *out, size_t outsz)
{
	size_t	 i, o;

	o = (size_t)snprintf(out, outsz, "%s_",
	    strcmp(d->section, "kinto") == 0 ? "KINTO" : "CINTO");
	for (i = 0; d->key[i] != '\0' && o < outsz - 1; i++, o++)
		out[o] = d->key[i] == '.' || d->key[i] == '-' ? '_' :
		    (char)toupper((unsigned char)d->key[i]);
	out[o] = '\0';
}

static const char *
env_lookup(char *const *envp, const char *name)
{
	size_t	 len = strlen(name);

	for (; envp != NULL && *envp != NULL; envp++)
		if (strncmp(*envp, name, len) == 0 && (*envp)[len] == '=')
			return *envp + len + 1;
	return NULL;
}

/*
 * Kinto decodes environment values as JSON when it can: a JSON string
 * loses its quotes and escapes, null means "not set" (the default);
 * numbers and booleans read the same as text.  Returns a new string, or
 * NULL for null.
 */
static char *
env_value(const char *v)
{
	cJSON	*j = NULL;
	char	*out;

	if (json_parse(v, strlen(v), 1, &j, NULL) != JSON_OK)
		return xstrdup(v);
	if (cJSON_IsNull(j))
		out = NULL;
	else if (cJSON_IsString(j))
		out = xstrdup(j->valuestring);
	else
		out = xstrdup(v);
	cJSON_Delete(j);
	return out;
}

/* Reads the whole file, for inih and for the hash the root view shows. */
static bool
read_file(const char *path, char **out, size_t *outlen, char *err,
    size_t errsz)
{
	struct buf	 b = { 0 };
	char		 chunk[8192];
	size_t		 n;
	FILE		*f;

	if ((f = fopen(path, "rb")) == NULL) {
		snprintf(err, errsz, "%s: %s", path, strerror(errno));
		return false;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	if (ferror(f)) {
		snprintf(err, errsz, "%s: %s", path, strerror(errno));
		fclose(f);
		buf_free(&b);
		return false;
	}
	fclose(f);
	if (memchr(b.data == NULL ? "" : b.data, '\0', b.len) != NULL) {
		snprintf(err, errsz, "%s: not a text file (NUL byte)", path);
		buf_free(&b);
		return false;
	}
	*out = buf_detach(&b, outlen);
	return true;
}

/* utilities.md, root view "config": path, SHA-256, mtime (local). */
static void
describe_file(struct config *cfg, const char *path, const char *text,
    size_t len)
{
	unsigned char	 digest[crypto_hash_sha256_BYTES];
	struct stat	 st;
	struct tm	 tm;
	char		 when[24];

	cfg->file_path = xstrdup(path);
	crypto_hash_sha256(digest, (const unsigned char *)text, len);
	sodium_bin2hex(cfg->file_sha256, sizeof(cfg->file_sha256), digest,
	    sizeof(digest));
	if (stat(path, &st) == 0 && localtime_r(&st.st_mtim.tv_sec, &tm)) {
		strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%S", &tm);
		snprintf(cfg->file_modified, sizeof(cfg->file_modified),
		    "%.19s.%06d", when, (int)(st.st_mtim.tv_nsec / 1000 %
		    1000000));
	}
}

/*
 * inih's line reader (fgets-like) over the file's text, which tells the
 * handler where it is: the line number for messages, and whether the
 * line is indented, i.e. continues the previous value.
 */
static char *
read_line(char *out, int size, void *arg)
{
	struct loadstate	*ls = arg;
	const char		*nl;
	size_t			 n;

	if (*ls->text == '\0' || size < 2)
		return NULL;
	if (ls->at_line_start) {
		ls->lineno++;
		ls->continuation = *ls->text == ' ' || *ls->text == '\t';
	}
	nl = strchr(ls->text, '\n');
	n = nl != NULL ? (size_t)(nl - ls->text) + 1 : strlen(ls->text);
	if (n > (size_t)size - 1)
		n = (size_t)size - 1;
	memcpy(out, ls->text, n);
	out[n] = '\0';
	ls->text += n;
	ls->at_line_start = out[n - 1] == '\n';
	return out;
}

static bool
load_file(struct loadstate *ls, const char *path)
{
	char	*text = NULL, *msg;
	size_t	 len;
	int	 line;

	if (!read_file(path, &text, &len, ls->err, ls->errsz))
		return false;
	describe_file(ls->cfg, path, text, len);
	/*
	 * Debian's inih exposes its options at run time: lines of any
	 * length, no inline ';' comments (as Python's configparser: a ';'
	 * may be part of eos_message), and a stop at the first error, so
	 * that the message is about the first problem of the file.
	 */
	ini_use_stack = false;
	ini_allow_realloc = true;
	ini_max_line = 1 << 20;
	ini_allow_inline_comments = false;
	ini_allow_multiline = true;
	ini_stop_on_first_error = true;
	ls->text = text;
	ls->at_line_start = true;
	line = ini_parse_stream(read_line, ls, on_ini_pair, ls);
	free(text);
	if (ls->failed) {
		msg = xstrdup(ls->err);
		snprintf(ls->err, ls->errsz, "%s:%d: %s", path, ls->lineno,
		    msg);
		free(msg);
		return false;
	}
	if (line != 0) {
		snprintf(ls->err, ls->errsz, "%s:%d: syntax error "
		    "(expected [section] or key = value)", path, line);
		return false;
	}
	return true;
}

static bool
load_env(struct loadstate *ls, char *const *envp)
{
	const struct directive	*d;
	const char		*raw, *eq;
	char			 name[160], *v, key[128];
	bool			 ok;
	size_t			 i, n;
	int			 r;
	char *const		*e;

	/* KINTO_<RESOURCE>_<PERM>_PRINCIPALS and the other families. */
	for (e = envp; e != NULL && *e != NULL; e++) {
		if (strncmp(*e, "KINTO_", 6) != 0 ||
		    (eq = strchr(*e, '=')) == NULL)
			continue;
		n = (size_t)(eq - *e) - 6;
		if (n >= sizeof(key))
			continue;
		for (i = 0; i < n; i++)
			key[i] = (char)tolower((unsigned char)(*e)[6 + i]);
		key[n] = '\0';
		v = env_value(eq + 1);
		r = config_keys_set(ls->cfg, key, v, true, false, ls->err,
		    ls->errsz);
		free(v);
		if (r < 0)
			return false;
	}

	for (d = directives; d < directives + NDIRECTIVES; d++) {
		env_name(d, name, sizeof(name));
		if ((raw = env_lookup(envp, name)) == NULL)
			continue;
		v = env_value(raw);
		reset_list(ls->cfg, d);
		ok = d->parse(ls->cfg, d, v != NULL ? v : d->def, ls->err,
		    ls->errsz);
		free(v);
		if (!ok) {
			/* Name the variable, not only the key. */
			size_t used = strlen(ls->err);
			snprintf(ls->err + used, ls->errsz - used,
			    " (from environment variable %s)", name);
			return false;
		}
	}
	return true;
}

/*
 * A message "[kinto] <key>: ..." about a directive the environment set
 * names the variable too.
 */
static void
name_env_source(char *err, size_t errsz, char *const *envp)
{
	const struct directive	*d;
	char			 name[160];
	size_t			 used;

	for (d = directives; d < directives + NDIRECTIVES; d++) {
		snprintf(name, sizeof(name), "[%s] %s:", d->section, d->key);
		if (!str_has_prefix(err, name))
			continue;
		env_name(d, name, sizeof(name));
		if (env_lookup(envp, name) == NULL)
			return;
		used = strlen(err);
		snprintf(err + used, errsz - used,
		    " (from environment variable %s)", name);
		return;
	}
}

bool
config_load(struct config *cfg, const char *path, char *const *envp,
    char *err, size_t errsz)
{
	struct loadstate	 ls;
	const struct directive	*d;
	size_t			 i;
	bool			 ok = false;

	memset(cfg, 0, sizeof(*cfg));
	memset(&ls, 0, sizeof(ls));
	ls.cfg = cfg;
	ls.err = err;
	ls.errsz = errsz;
	if (sodium_init() < 0) {
		snprintf(err, errsz, "libsodium failed to initialise");
		return false;
	}
	for (d = directives; d < directives + NDIRECTIVES; d++)
		if (!d->parse(cfg, d, d->def, err, errsz))
			goto out;	/* a bad default: a bug */
	/* Kinto's defaults (auth.md, "Permissions granted by settings"). */
	config_set_principals(cfg, "bucket_create_principals", "system.Authenticated",
	    true);
	config_set_principals(cfg, "permissions_read_principals", "system.Everyone",
	    true);
	if (path != NULL && !load_file(&ls, path))
		goto out;
	if (!load_env(&ls, envp))
		goto out;
	/* Settings that only make sense together (auth.md). */
	if (!auth_check_config(cfg, err, errsz)) {
		name_env_source(err, errsz, envp);
		goto out;
	}
	ok = true;
out:
	for (i = 0; i < NDIRECTIVES; i++) {
		free(ls.seen[i]);
		free(ls.spelling[i]);
	}
	if (!ok)
		config_free(cfg);
	return ok;
}

void
config_free(struct config *cfg)
{
	const struct directive	*d;

	for (d = directives; d < directives + NDIRECTIVES; d++) {
		if (d->parse == parse_str || d->parse == parse_listen ||
		    d->parse == parse_storage_backend ||
		    d->parse == parse_cache_backend)
			free(*FIELD(cfg, d, char *));
		else
			reset_list(cfg, d);
	}
	config_keys_free(cfg);
	free(cfg->eos);
	free(cfg->file_path);
	memset(cfg, 0, sizeof(*cfg));
}
