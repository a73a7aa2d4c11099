/*
 * config.h — settings from an INI file (inih) and the environment.
 *
 * Section [kinto] holds protocol settings under Kinto's names, meanings
 * and defaults (protocol/settings.md); a key may carry Kinto's "kinto."
 * prefix.  Section [cinto] holds process settings.  Every setting can be
 * overridden by KINTO_<NAME> / CINTO_<NAME> in the environment (NAME
 * upper-cased, '.' and '-' as '_'), whether or not the file mentions it.
 * Precedence: environment > file > built-in default.  An unknown section
 * or key, a bad value or an unreadable file makes config_load() fail
 * with a message naming the problem.
 *
 * Ownership: a struct config owns all its strings; config_free() frees
 * them.  Nothing in it changes after config_load() returns, so workers
 * share it read-only.
 */
#ifndef CINTO_CONFIG_H
#define CINTO_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* A whitespace-separated list value. */
struct strlist {
	char	**v;
	size_t	  n;
};

bool	 strlist_has(const struct strlist *, const char *);

enum log_format {
	LOG_JSON,		/* one JSON object per line */
	LOG_TEXT,		/* key=value, for people */
	LOG_FORMAT__MAX
};

struct config {
	/* [kinto]: protocol/settings.md */
	bool		 readonly;
	int64_t		 batch_max_requests;	/* 0: unlimited */
	bool		 explicit_permissions;
	char		*http_scheme;		/* NULL: as the request says */
	char		*http_host;
	bool		 version_prefix_redirect_enabled;
	int64_t		 version_prefix_redirect_ttl_seconds; /* <0: none */
	bool		 trailing_slash_redirect_enabled;
	int64_t		 trailing_slash_redirect_ttl_seconds;
	char		*project_name;
	char		*project_version;	/* NULL: cinto's */
	char		*project_docs;
	char		*version_json_path;	/* NULL: built-in document */
	char		*error_info_link;
	int64_t		 root_cache_expires_seconds;
	struct strlist	 cors_origins;
	int64_t		 cors_max_age_seconds;	/* <0: no header */
	int64_t		 backoff;		/* <0: unset */
	int64_t		 backoff_percentage;	/* <0: unset */
	int64_t		 retry_after_seconds;
	char		*eos;			/* date as configured, or NULL */
	int64_t		 eos_time;		/* eos as Unix seconds */
	char		*eos_message;
	char		*eos_url;		/* NULL: project_docs */
	int64_t		 heartbeat_timeout_seconds;
	int64_t		 paginate_by;		/* <0: unset */
	int64_t		 storage_max_fetch_size;
	int64_t		 pagination_token_validity_seconds;
	char		*storage_backend;	/* "sqlite" or "memory" */
	char		*cache_backend;		/* "sqlite" or "memory" */
	int64_t		 cache_max_size_bytes;	/* memory cache */
	struct strlist	 includes;
	struct strlist	 multiauth_policies;
	char		*userid_hmac_secret;
	char		*default_bucket_hmac_secret;
	int64_t		 account_cache_ttl_seconds;
	bool		 experimental_permissions_endpoint;
	bool		 experimental_collection_schema_validation;

	/* [cinto]: the process */
	char		*listen;		/* NULL: fd 0 or CGI */
	int64_t		 workers;
	int64_t		 max_requests;		/* 0: never recycle */
	int64_t		 grace_seconds;
	char		*data_dir;
	enum log_format	 log_format;
	mode_t		 socket_mode;
	char		*socket_owner;		/* user[:group], or NULL */
	char		*user;			/* drop privileges to */
	char		*group;
	int64_t		 max_body_bytes;
	int64_t		 json_max_depth;
	bool		 sqlite_sync_full;	/* synchronous = FULL */
	int64_t		 sqlite_busy_timeout_ms;
	int64_t		 max_open_buckets;
	int64_t		 bcrypt_cost;		/* log2 rounds of new hashes */

	/*
	 * <resource>_<perm>_principals settings (auth.md, "Permissions
	 * granted by settings"), keys with '-' as '_'.
	 */
	struct {
		char		*key;
		struct strlist	 principals;
	}		*principals;
	size_t		 nprincipals;

	/*
	 * *_cache_expires_seconds settings (sync.md, "Cache headers on
	 * reads"): <resource>_..., <bid>.record_..., <bid>.<cid>.record_...
	 * and Kinto's older <bid>_record_... spellings, as written.
	 */
	struct {
		char		*key;
		int64_t		 seconds;
	}		*cache_expires;
	size_t		 ncache_expires;

	/* multiauth.policy.<name>.<option> (auth.md), as written. */
	struct {
		char		*name;
		char		*option;
		char		*value;
	}		*policy_options;
	size_t		 npolicy_options;

	/* <plural|object>_<resource>_<method>_enabled = false keys. */
	struct strlist	 disabled;

	/* What the root view shows of the file (utilities.md, "config"). */
	char		*file_path;		/* NULL: no file */
	char		 file_sha256[65];
	char		 file_modified[32];	/* ISO-8601, local, no zone */
};

/*
 * Loads defaults, then the file at path (NULL: no file), then the
 * environment (envp, NULL-terminated "NAME=value" strings).  On failure
 * returns false, fills err (a message naming the key or file) and leaves
 * cfg freed.
 */
bool	 config_load(struct config *cfg, const char *path,
	    char *const *envp, char *err, size_t errsz);
void	 config_free(struct config *);

/*
 * The principals a <resource>_<perm>_principals setting grants (an
 * empty list when unset); key as "record_read_principals".
 */
const struct strlist	*config_principals(const struct config *,
			    const char *key);

/*
 * Whether an endpoint method is enabled: <plural|object>_<resource>_
 * <method>_enabled (requests.md, "Disabled endpoints"); true by default.
 * kind is "plural" or "object", method lower-case ("post").
 */
bool	 config_enabled(const struct config *, const char *kind,
	    const char *resource, const char *method);

/* A multiauth.policy.<name>.<option> setting, or NULL. */
const char	*config_policy_option(const struct config *, const char *name,
		    const char *option);

/* Whether includes names that plugin ("kinto.plugins.accounts"). */
bool	 config_has_plugin(const struct config *, const char *plugin);

/* A *_cache_expires_seconds setting: true and *out when set. */
bool	 config_cache_expires(const struct config *, const char *key,
	    int64_t *out);

/*
 * Iterates over the directive table for documentation and tests:
 * returns the n-th "section.key" name and its default (NULL when out of
 * range).
 */
const char	*config_directive(size_t n, const char **section,
		    const char **def);

#endif
