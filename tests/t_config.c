/*
 * t_config.c — core/config: built-in defaults, the INI file (sections,
 * "kinto." prefix, case, booleans, lists, continuation lines), every
 * rejection and its message, environment overrides, the root view's
 * description of the file, and the sample etc/cinto.ini documenting
 * every key of the directive table.
 *
 * Run from the top of the repository (etc/cinto.ini is read).
 */
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "core/config.h"
#include "tests/t.h"

#define SAMPLE	"etc/cinto.ini"

static char	*noenv[] = { NULL };

/* Writes len bytes to a new file under /tmp; returns its path (free()). */
static char *
tmpfile_with(const char *text, size_t len)
{
	char	 tmpl[] = "/tmp/t_config.XXXXXX";
	int	 fd;

	if ((fd = mkstemp(tmpl)) == -1) {
		perror("mkstemp");
		exit(2);
	}
	if (write(fd, text, len) != (ssize_t)len) {
		perror("write");
		exit(2);
	}
	close(fd);
	return strdup(tmpl);
}

/* Loads text as a file (NULL: no file) with envp; the file is removed. */
static bool
load(struct config *cfg, const char *text, char **envp, char *err,
    size_t errsz)
{
	char	*path = NULL;
	bool	 ok;

	err[0] = '\0';
	if (text != NULL)
		path = tmpfile_with(text, strlen(text));
	ok = config_load(cfg, path, envp != NULL ? envp : noenv, err, errsz);
	if (path != NULL) {
		unlink(path);
		free(path);
	}
	return ok;
}

/* Checks that text + envp load; reports the message otherwise. */
static bool
good(struct config *cfg, const char *text, char **envp, int line)
{
	char	 err[512];
	bool	 ok;

	ok = load(cfg, text, envp, err, sizeof(err));
	if (!ok)
		fprintf(stderr, "line %d: unexpected failure: %s\n", line, err);
	T(ok);
	return ok;
}

/*
 * Checks that text + envp fail, with a message containing want, and that
 * the struct was left freed.
 */
static void
bad_at(const char *text, char **envp, const char *want, int line)
{
	struct config	 cfg;
	char		 err[512];
	bool		 ok;

	ok = load(&cfg, text, envp, err, sizeof(err));
	if (ok) {
		fprintf(stderr, "line %d: loaded, want an error naming %s\n",
		    line, want);
		config_free(&cfg);
	} else if (strstr(err, want) == NULL)
		fprintf(stderr, "line %d: message \"%s\" lacks \"%s\"\n",
		    line, err, want);
	T(!ok);
	T(ok || strstr(err, want) != NULL);
	T(ok || (cfg.project_name == NULL && cfg.data_dir == NULL &&
	    cfg.cors_origins.v == NULL));
}

/* Variadic: a compound literal envp holds commas.  (text, envp[, want]) */
#define GOOD(cfg, ...)	good((cfg), __VA_ARGS__, __LINE__)
#define BAD(...)	bad_at(__VA_ARGS__, __LINE__)

static void
t_defaults(void)
{
	struct config	 c;
	char		 err[256] = "";

	T(config_load(&c, NULL, noenv, err, sizeof(err)));
	T_STR(err, "");
	/* [kinto] */
	T(c.readonly == false);
	T_INT(c.batch_max_requests, 25);
	T(c.explicit_permissions == true);
	T_STR(c.http_scheme, NULL);
	T_STR(c.http_host, NULL);
	T(c.version_prefix_redirect_enabled == true);
	T_INT(c.version_prefix_redirect_ttl_seconds, -1);
	T(c.trailing_slash_redirect_enabled == true);
	T_INT(c.trailing_slash_redirect_ttl_seconds, 3600);
	T_STR(c.project_name, "kinto");
	T_STR(c.project_version, NULL);
	T_STR(c.project_docs, "https://kinto.readthedocs.io/");
	T_STR(c.version_json_path, NULL);
	T_STR(c.error_info_link, "https://github.com/Kinto/kinto/issues/");
	T_INT(c.root_cache_expires_seconds, 86400);
	T_INT(c.cors_origins.n, 1);
	T_STR(c.cors_origins.n > 0 ? c.cors_origins.v[0] : NULL, "*");
	T(strlist_has(&c.cors_origins, "*"));
	T(!strlist_has(&c.cors_origins, "x"));
	T_INT(c.cors_max_age_seconds, 3600);
	T_INT(c.backoff, -1);
	T_INT(c.backoff_percentage, -1);
	T_INT(c.retry_after_seconds, 3);
	T_STR(c.eos, NULL);
	T_STR(c.eos_message, NULL);
	T_STR(c.eos_url, NULL);
	T_INT(c.heartbeat_timeout_seconds, 10);
	T_STR(c.storage_backend, "sqlite");
	T_INT(c.includes.n, 0);
	T_INT(c.multiauth_policies.n, 0);
	T_STR(c.userid_hmac_secret, NULL);
	/* [cinto] */
	T_STR(c.listen, NULL);
	T_INT(c.workers, 4);
	T_INT(c.max_requests, 10000);
	T_INT(c.grace_seconds, 10);
	T_STR(c.data_dir, "/var/lib/cinto");
	T_INT(c.log_format, LOG_JSON);
	T_INT(c.socket_mode, 0660);
	T_STR(c.socket_owner, NULL);
	T_STR(c.user, NULL);
	T_STR(c.group, NULL);
	T_INT(c.max_body_bytes, 8388608);
	T_INT(c.json_max_depth, 128);
	/* No file. */
	T_STR(c.file_path, NULL);
	T_STR(c.file_sha256, "");
	T_STR(c.file_modified, "");
	config_free(&c);
	T_STR(c.project_name, NULL);
	config_free(&c);	/* twice is harmless */

	/* A NULL envp is an empty environment. */
	T(config_load(&c, NULL, NULL, err, sizeof(err)));
	T_INT(c.workers, 4);
	config_free(&c);
}

static void
t_sections(void)
{
	struct config	 c;

	if (GOOD(&c, "# comment\n; another\n\n[kinto]\n"
	    "readonly = true\n"
	    "batch_max_requests = 0\n"
	    "http_scheme = https\n"
	    "http_host = kinto.example:8443\n"
	    "project_name = my kinto\n"
	    "eos_message = bye; see you = later\n"
	    "storage_backend = kinto.core.storage.memory\n"
	    "multiauth.policies = basicauth\n"
	    "userid_hmac_secret = s3cret\n"
	    "backoff = 30\n"
	    "backoff_percentage = 50\n"
	    "cors_max_age_seconds =\n"
	    "\n[cinto]\n"
	    "listen = 127.0.0.1:9000\n"
	    "workers = 0\n"
	    "data_dir = /srv/cinto\n"
	    "log_format = text\n"
	    "socket_mode = 0600\n"
	    "socket_owner = www-data:www-data\n"
	    "user = cinto\n"
	    "group = cinto\n"
	    "max_body_bytes = 1024\n"
	    "json_max_depth = 8\n", NULL)) {
		T(c.readonly);
		T_INT(c.batch_max_requests, 0);
		T_STR(c.http_scheme, "https");
		T_STR(c.http_host, "kinto.example:8443");
		T_STR(c.project_name, "my kinto");
		/* No inline comments: ';' is data, as in configparser. */
		T_STR(c.eos_message, "bye; see you = later");
		T_STR(c.storage_backend, "memory");
		T_INT(c.multiauth_policies.n, 1);
		T(strlist_has(&c.multiauth_policies, "basicauth"));
		T_STR(c.userid_hmac_secret, "s3cret");
		T_INT(c.backoff, 30);
		T_INT(c.backoff_percentage, 50);
		T_INT(c.cors_max_age_seconds, -1);
		T_STR(c.listen, "127.0.0.1:9000");
		T_INT(c.workers, 0);
		T_STR(c.data_dir, "/srv/cinto");
		T_INT(c.log_format, LOG_TEXT);
		T_INT(c.socket_mode, 0600);
		T_STR(c.socket_owner, "www-data:www-data");
		T_STR(c.user, "cinto");
		T_STR(c.group, "cinto");
		T_INT(c.max_body_bytes, 1024);
		T_INT(c.json_max_depth, 8);
		/* Untouched keys keep their defaults. */
		T_INT(c.retry_after_seconds, 3);
		T_INT(c.grace_seconds, 10);
		config_free(&c);
	}

	/* Sections may come in any order, even twice. */
	if (GOOD(&c, "[cinto]\nworkers = 2\n[kinto]\nreadonly = yes\n"
	    "[cinto]\ngrace_seconds = 1\n", NULL)) {
		T_INT(c.workers, 2);
		T(c.readonly);
		T_INT(c.grace_seconds, 1);
		config_free(&c);
	}

	/* An empty file, and one with sections only. */
	if (GOOD(&c, "", NULL)) {
		T_INT(c.workers, 4);
		config_free(&c);
	}
	if (GOOD(&c, "[kinto]\n[cinto]\n", NULL)) {
		T_STR(c.project_name, "kinto");
		config_free(&c);
	}

	/* Empty string values mean "not set". */
	if (GOOD(&c, "[kinto]\nproject_docs =\nerror_info_link =\n"
	    "[cinto]\ndata_dir =\n", NULL)) {
		T_STR(c.project_docs, NULL);
		T_STR(c.error_info_link, NULL);
		T_STR(c.data_dir, NULL);
		config_free(&c);
	}

	/* Other accepted values. */
	if (GOOD(&c, "[kinto]\nbackoff = none\nbackoff_percentage = NONE\n"
	    "version_prefix_redirect_ttl_seconds = -1\n"
	    "storage_backend = memory\n"
	    "multiauth.policies = basicauth basicauth\n"
	    "[cinto]\nlisten = /run/cinto/sock\nsocket_mode = 0\n"
	    "max_body_bytes = 4294967296\n", NULL)) {
		T_INT(c.backoff, -1);
		T_INT(c.backoff_percentage, -1);
		T_INT(c.version_prefix_redirect_ttl_seconds, -1);
		T_STR(c.storage_backend, "memory");
		T_INT(c.multiauth_policies.n, 2);
		T_STR(c.listen, "/run/cinto/sock");
		T_INT(c.socket_mode, 0);
		T_INT(c.max_body_bytes, 4294967296LL);
		config_free(&c);
	}
	/* An empty host listens on every interface. */
	if (GOOD(&c, "[cinto]\nlisten = :8080\n", NULL)) {
		T_STR(c.listen, ":8080");
		config_free(&c);
	}
	if (GOOD(&c, "[cinto]\nlisten = [::1]:8888\nsocket_mode = 777\n",
	    NULL)) {
		T_STR(c.listen, "[::1]:8888");
		T_INT(c.socket_mode, 0777);
		config_free(&c);
	}
}

static void
t_prefix_and_case(void)
{
	struct config	 c;

	if (GOOD(&c, "[kinto]\nkinto.readonly = true\n"
	    "kinto.multiauth.policies = basicauth\n"
	    "kinto.batch_max_requests = 7\n", NULL)) {
		T(c.readonly);
		T_INT(c.multiauth_policies.n, 1);
		T_INT(c.batch_max_requests, 7);
		config_free(&c);
	}
	/* Keys are case-insensitive, the prefix too. */
	if (GOOD(&c, "[kinto]\nReadOnly = true\nKINTO.BATCH_MAX_REQUESTS = 9\n"
	    "Kinto.Project_Name = X\n[cinto]\nWORKERS = 3\nData_Dir = /d\n",
	    NULL)) {
		T(c.readonly);
		T_INT(c.batch_max_requests, 9);
		T_STR(c.project_name, "X");
		T_INT(c.workers, 3);
		T_STR(c.data_dir, "/d");
		config_free(&c);
	}
	/* Values keep their case. */
	if (GOOD(&c, "[kinto]\nproject_name = MiXeD\n", NULL)) {
		T_STR(c.project_name, "MiXeD");
		config_free(&c);
	}
	/* The "kinto." prefix belongs to [kinto] only. */
	BAD("[cinto]\nkinto.workers = 2\n", NULL, "kinto.workers");

	/* readonly and kinto.readonly may agree... */
	if (GOOD(&c, "[kinto]\nreadonly = true\nkinto.readonly = true\n",
	    NULL)) {
		T(c.readonly);
		config_free(&c);
	}
	if (GOOD(&c, "[kinto]\nkinto.cors_origins = a b\ncors_origins = a b\n",
	    NULL)) {
		T_INT(c.cors_origins.n, 2);
		config_free(&c);
	}
	/* ... but not differ. */
	BAD("[kinto]\nreadonly = true\nkinto.readonly = false\n", NULL,
	    "readonly");
	BAD("[kinto]\nkinto.readonly = false\nreadonly = true\n", NULL,
	    "readonly");
	BAD("[kinto]\ncors_origins = a\nkinto.cors_origins = b\n", NULL,
	    "cors_origins");
}

static void
t_booleans(void)
{
	static const char *const yes[] = { "true", "TRUE", "True", "tRuE",
	    "yes", "YES", "Yes", "on", "ON", "On", "1" };
	static const char *const no[] = { "false", "FALSE", "False", "no",
	    "NO", "No", "off", "OFF", "Off", "0" };
	static const char *const notbool[] = { "maybe", "2", "y", "n", "t",
	    "truee", "-1", "enabled" };
	struct config	 c;
	char		 text[128], var[128];
	char		*env[] = { var, NULL };
	size_t		 i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		snprintf(text, sizeof(text), "[kinto]\nreadonly = %s\n"
		    "explicit_permissions = %s\n", yes[i], no[i % 10]);
		if (GOOD(&c, text, NULL)) {
			T(c.readonly == true);
			T(c.explicit_permissions == false);
			config_free(&c);
		}
		snprintf(var, sizeof(var), "KINTO_READONLY=%s", yes[i]);
		if (GOOD(&c, NULL, env)) {
			T(c.readonly == true);
			config_free(&c);
		}
	}
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++) {
		snprintf(text, sizeof(text), "[kinto]\nreadonly = %s\n"
		    "trailing_slash_redirect_enabled = %s\n", no[i], no[i]);
		if (GOOD(&c, text, NULL)) {
			T(c.readonly == false);
			T(c.trailing_slash_redirect_enabled == false);
			config_free(&c);
		}
		snprintf(var, sizeof(var),
		    "KINTO_VERSION_PREFIX_REDIRECT_ENABLED=%s", no[i]);
		if (GOOD(&c, NULL, env)) {
			T(c.version_prefix_redirect_enabled == false);
			config_free(&c);
		}
	}
	for (i = 0; i < sizeof(notbool) / sizeof(notbool[0]); i++) {
		snprintf(text, sizeof(text), "[kinto]\nreadonly = %s\n",
		    notbool[i]);
		BAD(text, NULL, "readonly");
	}
	BAD("[kinto]\nreadonly =\n", NULL, "readonly");
	BAD("[kinto]\nexplicit_permissions = perhaps\n", NULL,
	    "explicit_permissions");
}

static void
t_lists(void)
{
	struct config	 c;

	/* Whitespace separates; a comma does not. */
	if (GOOD(&c, "[kinto]\n"
	    "cors_origins = http://a.example,http://b.example\n", NULL)) {
		T_INT(c.cors_origins.n, 1);
		T(strlist_has(&c.cors_origins,
		    "http://a.example,http://b.example"));
		T(!strlist_has(&c.cors_origins, "http://a.example"));
		config_free(&c);
	}
	if (GOOD(&c, "[kinto]\ncors_origins = a  b\tc \n", NULL)) {
		T_INT(c.cors_origins.n, 3);
		if (c.cors_origins.n == 3) {
			T_STR(c.cors_origins.v[0], "a");
			T_STR(c.cors_origins.v[1], "b");
			T_STR(c.cors_origins.v[2], "c");
		}
		config_free(&c);
	}
	/* An empty list replaces the default "*". */
	if (GOOD(&c, "[kinto]\ncors_origins =\n", NULL)) {
		T_INT(c.cors_origins.n, 0);
		T(!strlist_has(&c.cors_origins, "*"));
		config_free(&c);
	}
	/* Continuation lines, which inih hands over one by one, add up. */
	if (GOOD(&c, "[kinto]\ncors_origins = http://a.example\n"
	    "  http://b.example https://c.example\n"
	    "\thttp://d.example\n"
	    "readonly = true\n", NULL)) {
		T_INT(c.cors_origins.n, 4);
		if (c.cors_origins.n == 4) {
			T_STR(c.cors_origins.v[0], "http://a.example");
			T_STR(c.cors_origins.v[1], "http://b.example");
			T_STR(c.cors_origins.v[2], "https://c.example");
			T_STR(c.cors_origins.v[3], "http://d.example");
		}
		T(c.readonly);
		config_free(&c);
	}
	/* The first line may be empty, as Kinto's samples write lists. */
	if (GOOD(&c, "[kinto]\nmultiauth.policies =\n    basicauth\n"
	    "cors_origins =\n    a\n    b\n[cinto]\nworkers = 1\n", NULL)) {
		T_INT(c.multiauth_policies.n, 1);
		T_INT(c.cors_origins.n, 2);
		T(strlist_has(&c.cors_origins, "a"));
		T(strlist_has(&c.cors_origins, "b"));
		T(!strlist_has(&c.cors_origins, "*"));
		T_INT(c.workers, 1);
		config_free(&c);
	}
	/* Continuation lines are checked like the first one. */
	BAD("[kinto]\nmultiauth.policies = basicauth\n  fxa\n", NULL,
	    "multiauth.policies");
	BAD("[kinto]\nincludes =\n  kinto.plugins.history\n", NULL,
	    "includes");
	/* A continuation of a scalar is a second value. */
	BAD("[kinto]\nproject_name = a\n  b\n", NULL, "project_name");
	BAD("[cinto]\nworkers = 1\n  2\n", NULL, "workers");
}

static void
t_rejections(void)
{
	char	 path[] = "/tmp/t_config.missing.XXXXXX";
	char	*p;
	int	 fd;

	/* Unknown keys and sections. */
	BAD("[kinto]\nfoo_bar = 1\n", NULL, "foo_bar");
	BAD("[kinto]\nkinto.foo_bar = 1\n", NULL, "foo_bar");
	BAD("[kinto]\nworkers = 1\n", NULL, "workers");	/* wrong section */
	BAD("[cinto]\nreadonly = true\n", NULL, "readonly");
	BAD("[kinto]\nstatsd_url = udp://x\n", NULL, "statsd_url");
	BAD("[app:main]\nuse = egg:kinto\n", NULL, "app:main");
	BAD("[server]\nport = 1\n", NULL, "server");
	BAD("readonly = true\n[kinto]\n", NULL, "[]");	/* before any */

	/* Integers. */
	BAD("[cinto]\nworkers = 1025\n", NULL, "workers");
	BAD("[cinto]\nworkers = -1\n", NULL, "workers");
	BAD("[cinto]\nworkers = four\n", NULL, "workers");
	BAD("[cinto]\nworkers = 4x\n", NULL, "workers");
	BAD("[cinto]\nworkers = +4\n", NULL, "workers");
	BAD("[cinto]\nworkers = 4.0\n", NULL, "workers");
	BAD("[cinto]\nworkers =\n", NULL, "workers");
	BAD("[cinto]\nmax_requests = 9223372036854775808\n", NULL,
	    "max_requests");
	BAD("[cinto]\nmax_body_bytes = 1023\n", NULL, "max_body_bytes");
	BAD("[cinto]\nmax_body_bytes = 4294967297\n", NULL, "max_body_bytes");
	BAD("[cinto]\njson_max_depth = 7\n", NULL, "json_max_depth");
	BAD("[cinto]\ngrace_seconds = 3601\n", NULL, "grace_seconds");
	BAD("[kinto]\nbatch_max_requests = 100001\n", NULL,
	    "batch_max_requests");
	BAD("[kinto]\nbatch_max_requests = -1\n", NULL, "batch_max_requests");
	BAD("[kinto]\nheartbeat_timeout_seconds = 0\n", NULL,
	    "heartbeat_timeout_seconds");
	BAD("[kinto]\nbackoff_percentage = 101\n", NULL, "backoff_percentage");
	BAD("[kinto]\nbackoff = -5\n", NULL, "backoff");
	BAD("[kinto]\nversion_prefix_redirect_ttl_seconds = -2\n", NULL,
	    "version_prefix_redirect_ttl_seconds");

	/* Socket mode: octal, at most 0777. */
	BAD("[cinto]\nsocket_mode = 0999\n", NULL, "socket_mode");
	BAD("[cinto]\nsocket_mode = 0660x\n", NULL, "socket_mode");
	BAD("[cinto]\nsocket_mode = 01000\n", NULL, "socket_mode");
	BAD("[cinto]\nsocket_mode = rw-rw----\n", NULL, "socket_mode");
	BAD("[cinto]\nsocket_mode =\n", NULL, "socket_mode");

	/* Listen addresses. */
	BAD("[cinto]\nlisten = localhost\n", NULL, "listen");
	BAD("[cinto]\nlisten = localhost:0\n", NULL, "listen");
	BAD("[cinto]\nlisten = localhost:65536\n", NULL, "listen");
	BAD("[cinto]\nlisten = localhost:http\n", NULL, "listen");
	BAD("[cinto]\nlisten = localhost:\n", NULL, "listen");

	/* Enumerations. */
	BAD("[cinto]\nlog_format = xml\n", NULL, "log_format");
	BAD("[cinto]\nlog_format = JSON\n", NULL, "log_format");
	BAD("[kinto]\nstorage_backend = kinto.core.storage.postgresql\n",
	    NULL, "storage_backend");
	BAD("[kinto]\nmultiauth.policies = fxa\n", NULL, "multiauth.policies");
	BAD("[kinto]\nmultiauth.policies = basicauth account\n", NULL,
	    "multiauth.policies");
	BAD("[kinto]\nkinto.multiauth.policies = openid\n", NULL,
	    "multiauth.policies");
	BAD("[kinto]\nincludes = kinto.plugins.accounts\n", NULL, "includes");
	BAD("[kinto]\nincludes = kinto.plugins.admin kinto.plugins.history\n",
	    NULL, "includes");

	/* End of service dates. */
	BAD("[kinto]\neos = tomorrow\n", NULL, "eos");
	BAD("[kinto]\neos = 2030-13-01\n", NULL, "eos");
	BAD("[kinto]\neos = 2030-01-01T25:00\n", NULL, "eos");
	BAD("[kinto]\neos = 2030-01-01 extra\n", NULL, "eos");
	BAD("[kinto]\neos = 01/02/2030\n", NULL, "eos");

	/* Keys set twice. */
	BAD("[cinto]\nworkers = 1\nworkers = 2\n", NULL, "workers");
	BAD("[cinto]\nworkers = 1\nworkers = 1\n", NULL, "workers");
	BAD("[kinto]\nreadonly = true\n[cinto]\n[kinto]\nreadonly = false\n",
	    NULL, "readonly");
	/* The message names the key as written the second time. */
	BAD("[kinto]\nproject_name = a\nPROJECT_NAME = b\n", NULL,
	    "PROJECT_NAME");
	BAD("[kinto]\ncors_origins = a\nCORS_ORIGINS = b\n", NULL,
	    "CORS_ORIGINS");
	/*
	 * A list key written twice is not a continuation line (those are
	 * indented): "set more than once", as configparser's
	 * DuplicateOptionError.
	 */
	BAD("[kinto]\ncors_origins = a\ncors_origins = b\n", NULL,
	    "cors_origins");
	BAD("[kinto]\nmultiauth.policies = basicauth\n"
	    "multiauth.policies = basicauth\n", NULL, "multiauth.policies");

	/* Syntax errors: the file and the line. */
	BAD("[kinto]\nreadonly = true\nthis line has no equals sign\n", NULL,
	    ":3:");
	BAD("[kinto]\nreadonly = true\nthis line has no equals sign\n", NULL,
	    "/tmp/t_config.");
	BAD("[kinto]\nreadonly = true\n\n[cinto\n", NULL, ":4:");
	/* The first problem is reported: line 1 lacks its ']'. */
	BAD("[kinto\nreadonly = true\n", NULL, ":1:");
	/* An empty key: nothing to name but the section. */
	BAD("[kinto]\n= value\n", NULL, "[kinto]");

	/* A NUL byte: not a text file. */
	{
		struct config	 c;
		char		 err[256];

		p = tmpfile_with("[kinto]\nreadonly = tr\0ue\n", 24);
		T(!config_load(&c, p, noenv, err, sizeof(err)));
		T(strstr(err, p) != NULL);
		unlink(p);
		free(p);
	}

	/* A missing file, and a directory. */
	if ((fd = mkstemp(path)) != -1) {
		struct config	 c;
		char		 err[256];

		close(fd);
		unlink(path);
		T(!config_load(&c, path, noenv, err, sizeof(err)));
		T(strstr(err, path) != NULL);
		T_STR(c.project_name, NULL);
		T(!config_load(&c, "/tmp", noenv, err, sizeof(err)));
		T(strstr(err, "/tmp") != NULL);
		/* A tiny err buffer is still NUL-terminated. */
		T(!config_load(&c, path, noenv, err, 8));
		T_INT(strlen(err), 7);
	} else
		T(!"mkstemp");
}

static void
t_eos(void)
{
	struct config	 c;
	struct tm	 tm;

	if (GOOD(&c, "[kinto]\neos = 2030-01-02\neos_message = Bye\n"
	    "eos_url = https://example.org/eos\n", NULL)) {
		T_STR(c.eos, "2030-01-02");
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = 130;
		tm.tm_mon = 0;
		tm.tm_mday = 2;
		tm.tm_isdst = -1;
		T_INT(c.eos_time, (int64_t)mktime(&tm));
		T_STR(c.eos_message, "Bye");
		T_STR(c.eos_url, "https://example.org/eos");
		config_free(&c);
	}
	if (GOOD(&c, "[kinto]\neos = 2030-01-02T03:04:05\n", NULL)) {
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = 130;
		tm.tm_mday = 2;
		tm.tm_hour = 3;
		tm.tm_min = 4;
		tm.tm_sec = 5;
		tm.tm_isdst = -1;
		T_INT(c.eos_time, (int64_t)mktime(&tm));
		config_free(&c);
	}
	if (GOOD(&c, "[kinto]\neos = 2000-06-30 12:30\n", NULL)) {
		T_STR(c.eos, "2000-06-30 12:30");
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = 100;
		tm.tm_mon = 5;
		tm.tm_mday = 30;
		tm.tm_hour = 12;
		tm.tm_min = 30;
		tm.tm_isdst = -1;
		T_INT(c.eos_time, (int64_t)mktime(&tm));
		config_free(&c);
	}
	if (GOOD(&c, "[kinto]\neos =\n", NULL)) {
		T_STR(c.eos, NULL);
		config_free(&c);
	}
}

static void
t_env(void)
{
	struct config	 c;

	/* The examples of settings.md. */
	if (GOOD(&c, NULL, (char *[]){ "KINTO_READONLY=true",
	    "KINTO_MULTIAUTH_POLICIES=basicauth", "KINTO_CORS_ORIGINS=a b",
	    "KINTO_BACKOFF=10", "CINTO_WORKERS=0",
	    "CINTO_DATA_DIR=/srv/data", NULL })) {
		T(c.readonly);
		T_INT(c.multiauth_policies.n, 1);
		T(strlist_has(&c.multiauth_policies, "basicauth"));
		T_INT(c.cors_origins.n, 2);
		T(strlist_has(&c.cors_origins, "a"));
		T(strlist_has(&c.cors_origins, "b"));
		T(!strlist_has(&c.cors_origins, "*"));
		T_INT(c.backoff, 10);
		T_INT(c.workers, 0);
		T_STR(c.data_dir, "/srv/data");
		T_STR(c.file_path, NULL);
		config_free(&c);
	}

	/* The environment wins over the file, lists replaced whole. */
	if (GOOD(&c, "[kinto]\nreadonly = false\ncors_origins = x y z\n"
	    "project_name = file\n[cinto]\nworkers = 8\n",
	    (char *[]){ "KINTO_READONLY=1", "KINTO_CORS_ORIGINS=c",
	    "CINTO_WORKERS=2", NULL })) {
		T(c.readonly);
		T_INT(c.cors_origins.n, 1);
		T(strlist_has(&c.cors_origins, "c"));
		T_INT(c.workers, 2);
		T_STR(c.project_name, "file");	/* not overridden */
		config_free(&c);
	}
	/* ... also when the key is absent from the file. */
	if (GOOD(&c, "[cinto]\nworkers = 2\n", (char *[]){ "KINTO_BACKOFF=10",
	    "KINTO_BACKOFF_PERCENTAGE=5", "CINTO_LISTEN=/run/c.sock",
	    "KINTO_EOS=2030-01-01", NULL })) {
		T_INT(c.backoff, 10);
		T_INT(c.backoff_percentage, 5);
		T_STR(c.listen, "/run/c.sock");
		T_STR(c.eos, "2030-01-01");
		T_INT(c.workers, 2);
		config_free(&c);
	}

	/* JSON strings lose their quotes; null means not set. */
	if (GOOD(&c, "[kinto]\nproject_name = file\nhttp_host = h\n"
	    "backoff = 5\n", (char *[]){ "KINTO_PROJECT_NAME=\"text\"",
	    "KINTO_HTTP_HOST=null", "KINTO_BACKOFF=null",
	    "KINTO_READONLY=\"true\"", "CINTO_WORKERS=\"7\"",
	    "KINTO_PROJECT_DOCS=\"a \\\"quoted\\\" \\\\ word\"",
	    "KINTO_EOS_MESSAGE=\"\"", "KINTO_CORS_ORIGINS=null", NULL })) {
		T_STR(c.project_name, "text");
		T_STR(c.http_host, NULL);
		T_INT(c.backoff, -1);
		T(c.readonly);
		T_INT(c.workers, 7);
		T_STR(c.project_docs, "a \"quoted\" \\ word");
		T_STR(c.eos_message, NULL);
		/* null undoes the file: the default list, "*". */
		T_INT(c.cors_origins.n, 1);
		config_free(&c);
	}
	/* Not JSON: taken as it is. */
	if (GOOD(&c, NULL, (char *[]){ "KINTO_PROJECT_NAME=\"half",
	    "KINTO_EOS_MESSAGE=a\"b\"", "KINTO_HTTP_HOST=\"", NULL })) {
		T_STR(c.project_name, "\"half");
		T_STR(c.eos_message, "a\"b\"");
		T_STR(c.http_host, "\"");
		config_free(&c);
	}
	/* JSON escapes are decoded, as Kinto's json.loads() does. */
	if (GOOD(&c, NULL, (char *[]){ "KINTO_PROJECT_NAME=\"caf\\u00e9\"",
	    "KINTO_EOS_MESSAGE=\"a\\nb\\tc\\/d\"", NULL })) {
		T_STR(c.project_name, "caf\xc3\xa9");
		T_STR(c.eos_message, "a\nb\tc/d");
		config_free(&c);
	}
	/* null means "not set": the default, for booleans too. */
	if (GOOD(&c, NULL, (char *[]){ "KINTO_READONLY=null", NULL })) {
		T(c.readonly == false);
		config_free(&c);
	}

	/* Names: exact, upper case, '.' as '_'; others are ignored. */
	if (GOOD(&c, NULL, (char *[]){ "kinto_readonly=true",
	    "KINTO_READONLYX=true", "KINTO_READONL=true", "READONLY=maybe",
	    "KINTO_MULTIAUTH.POLICIES=fxa", "CINTO_READONLY=maybe",
	    "KINTO_WORKERS=x", "KINTO_KINTO_READONLY=x", "KINTO_READONLY",
	    NULL })) {
		T(c.readonly == false);
		T_INT(c.workers, 4);
		config_free(&c);
	}
	/* The first of two definitions counts, as getenv() would. */
	if (GOOD(&c, NULL, (char *[]){ "CINTO_WORKERS=5", "CINTO_WORKERS=6",
	    NULL })) {
		T_INT(c.workers, 5);
		config_free(&c);
	}
	/* An empty value is an empty value. */
	if (GOOD(&c, NULL, (char *[]){ "KINTO_BACKOFF=", "KINTO_PROJECT_NAME=",
	    NULL })) {
		T_INT(c.backoff, -1);
		T_STR(c.project_name, NULL);
		config_free(&c);
	}

	/* Bad values name the variable (and the key). */
	BAD(NULL, (char *[]){ "KINTO_READONLY=maybe", NULL },
	    "KINTO_READONLY");
	BAD(NULL, (char *[]){ "KINTO_READONLY=maybe", NULL }, "readonly");
	BAD(NULL, (char *[]){ "CINTO_WORKERS=many", NULL }, "CINTO_WORKERS");
	BAD(NULL, (char *[]){ "CINTO_WORKERS=99999", NULL }, "CINTO_WORKERS");
	BAD(NULL, (char *[]){ "KINTO_MULTIAUTH_POLICIES=fxa", NULL },
	    "KINTO_MULTIAUTH_POLICIES");
	BAD(NULL, (char *[]){ "KINTO_INCLUDES=kinto.plugins.admin", NULL },
	    "KINTO_INCLUDES");
	BAD(NULL, (char *[]){ "CINTO_SOCKET_MODE=888", NULL },
	    "CINTO_SOCKET_MODE");
	BAD(NULL, (char *[]){ "CINTO_LISTEN=nowhere", NULL }, "CINTO_LISTEN");
	BAD(NULL, (char *[]){ "KINTO_EOS=soon", NULL }, "KINTO_EOS");
	BAD(NULL, (char *[]){ "KINTO_STORAGE_BACKEND=\"redis\"", NULL },
	    "KINTO_STORAGE_BACKEND");
	BAD("[kinto]\nreadonly = true\n", (char *[]){ "KINTO_BACKOFF=x",
	    NULL }, "KINTO_BACKOFF");
}

/* Checks the root-view description of the file at path. */
static void
check_description(const struct config *c, const char *path,
    const char *text, size_t len)
{
	unsigned char	 digest[crypto_hash_sha256_BYTES];
	char		 hex[65], want[64], when[24];
	const char	*m = c->file_modified;
	struct stat	 st;
	struct tm	 tm;
	size_t		 i;

	T_STR(c->file_path, path);
	crypto_hash_sha256(digest, (const unsigned char *)text, len);
	sodium_bin2hex(hex, sizeof(hex), digest, sizeof(digest));
	T_STR(c->file_sha256, hex);
	/* YYYY-MM-DDTHH:MM:SS.ffffff */
	T_INT(strlen(m), 26);
	for (i = 0; i < 26 && m[i] != '\0'; i++) {
		switch (i) {
		case 4:
		case 7:
			T(m[i] == '-');
			break;
		case 10:
			T(m[i] == 'T');
			break;
		case 13:
		case 16:
			T(m[i] == ':');
			break;
		case 19:
			T(m[i] == '.');
			break;
		default:
			T(m[i] >= '0' && m[i] <= '9');
		}
	}
	if (stat(path, &st) == 0 && localtime_r(&st.st_mtim.tv_sec, &tm)) {
		strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%S", &tm);
		snprintf(want, sizeof(want), "%.19s.%06d", when,
		    (int)(st.st_mtim.tv_nsec / 1000 % 1000000));
		T_STR(m, want);
	} else
		T(!"stat");
}

static void
t_file_description(void)
{
	static const char text[] = "[kinto]\n# described\nreadonly = true\n";
	struct timespec	 ts[2];
	struct config	 c;
	struct tm	 tm;
	char		 err[256], want[64], when[24];
	char		*path, *sample = NULL;
	time_t		 t = 1700000000;
	size_t		 len = 0;
	FILE		*f;

	path = tmpfile_with(text, sizeof(text) - 1);
	/* A known modification time, with nanoseconds to truncate. */
	ts[0].tv_sec = ts[1].tv_sec = t;
	ts[0].tv_nsec = ts[1].tv_nsec = 123456789;
	T(utimensat(AT_FDCWD, path, ts, 0) == 0);
	if (config_load(&c, path, noenv, err, sizeof(err))) {
		check_description(&c, path, text, sizeof(text) - 1);
		localtime_r(&t, &tm);
		strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%S", &tm);
		snprintf(want, sizeof(want), "%.19s.123456", when);
		T_STR(c.file_modified, want);
		T(c.readonly);
		config_free(&c);
		T_STR(c.file_path, NULL);
	} else {
		fprintf(stderr, "%s\n", err);
		T(!"load");
	}

	/* An empty file has the hash of nothing. */
	T(truncate(path, 0) == 0);
	if (config_load(&c, path, noenv, err, sizeof(err))) {
		T_STR(c.file_sha256, "e3b0c44298fc1c149afbf4c8996fb924"
		    "27ae41e4649b934ca495991b7852b855");
		check_description(&c, path, "", 0);
		config_free(&c);
	} else
		T(!"load empty");
	unlink(path);
	free(path);

	/* The sample file loads, and is described. */
	if ((f = fopen(SAMPLE, "rb")) != NULL) {
		char	 chunk[4096];
		size_t	 n;

		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
			sample = realloc(sample, len + n);
			memcpy(sample + len, chunk, n);
			len += n;
		}
		fclose(f);
	}
	if (config_load(&c, SAMPLE, noenv, err, sizeof(err))) {
		check_description(&c, SAMPLE, sample != NULL ? sample : "",
		    len);
		config_free(&c);
	} else {
		fprintf(stderr, "%s: %s\n", SAMPLE, err);
		T(!"load " SAMPLE);
	}
	free(sample);
}

/* Reads a whole text file into a NUL-terminated string, or NULL. */
static char *
slurp(const char *path)
{
	char	*s = NULL;
	char	 chunk[4096];
	size_t	 len = 0, n;
	FILE	*f;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		s = realloc(s, len + n + 1);
		memcpy(s + len, chunk, n);
		len += n;
	}
	fclose(f);
	if (s == NULL)
		s = calloc(1, 1);
	s[len] = '\0';
	return s;
}

static void
t_directives(void)
{
	struct config	 c;
	const char	*key, *section, *def, *kinto, *cinto, *from, *to;
	char		*sample, *needle, *ini, var[256];
	char		*env[2] = { var, NULL };
	char		 err[256], *text = NULL;
	size_t		 n, i, o, nkinto = 0, ncinto = 0, textlen = 0;
	FILE		*mem;

	T(config_load(&c, NULL, noenv, err, sizeof(err)));
	config_free(&c);

	/* A file that sets every key to its default loads. */
	mem = open_memstream(&text, &textlen);
	fputs("[kinto]\n", mem);
	for (n = 0; (key = config_directive(n, &section, &def)) != NULL; n++)
		if (strcmp(section, "kinto") == 0)
			fprintf(mem, "%s = %s\n", key, def);
	fputs("[cinto]\n", mem);
	for (n = 0; (key = config_directive(n, &section, &def)) != NULL; n++)
		if (strcmp(section, "cinto") == 0)
			fprintf(mem, "%s = %s\n", key, def);
	fclose(mem);
	if (GOOD(&c, text, NULL)) {
		T_INT(c.workers, 4);
		T_STR(c.project_name, "kinto");
		T_INT(c.backoff, -1);
		config_free(&c);
	}
	free(text);

	/* So does each default from the environment, by its variable name. */
	for (n = 0; (key = config_directive(n, &section, &def)) != NULL; n++) {
		T(def != NULL);
		T(strcmp(section, "kinto") == 0 ||
		    strcmp(section, "cinto") == 0);
		if (strcmp(section, "kinto") == 0)
			nkinto++;
		else
			ncinto++;
		o = (size_t)snprintf(var, sizeof(var), "%s_",
		    strcmp(section, "kinto") == 0 ? "KINTO" : "CINTO");
		for (i = 0; key[i] != '\0'; i++)
			var[o++] = key[i] == '.' || key[i] == '-' ? '_' :
			    (key[i] >= 'a' && key[i] <= 'z' ?
			    key[i] - 'a' + 'A' : key[i]);
		snprintf(var + o, sizeof(var) - o, "=%s", def);
		if (!GOOD(&c, NULL, env))
			fprintf(stderr, "  (%s)\n", var);
		else
			config_free(&c);
	}
	T(n > 30);
	T(nkinto > 20);
	T(ncinto > 10);
	T(config_directive(n, &section, &def) == NULL);
	T(config_directive((size_t)-1, &section, &def) == NULL);

	/* etc/cinto.ini documents every key, in its section. */
	if ((sample = slurp(SAMPLE)) == NULL) {
		T(!"read " SAMPLE);
		return;
	}
	kinto = strstr(sample, "\n[kinto]\n");
	cinto = strstr(sample, "\n[cinto]\n");
	T(kinto != NULL && cinto != NULL);
	if (kinto == NULL || cinto == NULL) {
		free(sample);
		return;
	}
	for (n = 0; (key = config_directive(n, &section, &def)) != NULL; n++) {
		if (strcmp(section, "kinto") == 0) {
			from = kinto;
			to = cinto > kinto ? cinto : sample + strlen(sample);
		} else {
			from = cinto;
			to = kinto > cinto ? kinto : sample + strlen(sample);
		}
		ini = strndup(from, (size_t)(to - from));
		needle = malloc(strlen(key) + 4);
		sprintf(needle, "\n%s =", key);
		if (strstr(ini, needle) == NULL) {
			fprintf(stderr, "%s: [%s] %s is not documented\n",
			    SAMPLE, section, key);
			T(!"key missing from " SAMPLE);
		} else
			T(1);
		free(needle);
		free(ini);
	}
	free(sample);
}

/*
 * Authentication settings (auth.md): policies by built-in name or by
 * multiauth.policy.<name>.use, their options, and the checks Kinto makes
 * of the accounts plugin at start-up.
 */
static void
t_auth_settings(void)
{
	struct config	 c;
	char		*env[4];

	/* Kinto's configuration of the accounts plugin, as its docs give. */
	if (GOOD(&c, "[kinto]\nincludes = kinto.plugins.accounts\n"
	    "multiauth.policies = account\n"
	    "multiauth.policy.account.use = kinto.plugins.accounts."
	    "authentication.AccountsAuthenticationPolicy\n"
	    "account_create_principals = system.Everyone\n"
	    "account_write_principals = account:admin\n", NULL)) {
		T_STR(config_policy_option(&c, "account", "use"),
		    "kinto.plugins.accounts.authentication."
		    "AccountsAuthenticationPolicy");
		T(config_policy_option(&c, "account", "realm") == NULL);
		T(config_has_plugin(&c, "kinto.plugins.accounts"));
		T(!config_has_plugin(&c, "kinto.plugins.default_bucket"));
		T_INT(c.account_cache_ttl_seconds, 30);
		T_INT(c.bcrypt_cost, 12);
		config_free(&c);
	}
	/* The short class name, the built-in names, any policy name. */
	if (GOOD(&c, "[kinto]\nincludes = kinto.plugins.accounts "
	    "kinto.plugins.default_bucket\n"
	    "multiauth.policies = acc basicauth ldap\n"
	    "multiauth.policy.acc.use = kinto.plugins.accounts.AccountsPolicy\n"
	    "multiauth.policy.ldap.use = pyramid.authentication."
	    "RemoteUserAuthenticationPolicy\n"
	    "multiauth.policy.basicauth.realm = Mine\n"
	    "default_bucket_hmac_secret = k\n"
	    "account_cache_ttl_seconds = 0\n[cinto]\nbcrypt_cost = 4\n",
	    NULL)) {
		T_STR(config_policy_option(&c, "basicauth", "realm"), "Mine");
		T_STR(c.default_bucket_hmac_secret, "k");
		T_INT(c.account_cache_ttl_seconds, 0);
		T_INT(c.bcrypt_cost, 4);
		config_free(&c);
	}
	/* From the environment: the name between the prefix and option. */
	env[0] = "KINTO_MULTIAUTH_POLICIES=remote_user corp_sso";
	env[1] = "KINTO_MULTIAUTH_POLICY_CORP_SSO_USE=remote_user";
	env[2] = "KINTO_MULTIAUTH_POLICY_REMOTE_USER_REALM=R";
	env[3] = NULL;
	if (GOOD(&c, "", env)) {
		T_STR(config_policy_option(&c, "corp_sso", "use"),
		    "remote_user");
		T_STR(config_policy_option(&c, "remote_user", "realm"), "R");
		config_free(&c);
	}
	BAD("[kinto]\nmultiauth.policies = sso\n"
	    "multiauth.policy.sso.use = kinto.plugins.openid."
	    "OpenIDConnectPolicy\n", NULL, "multiauth.policy.sso.use");
	BAD("[kinto]\nmultiauth.policies = x\n", NULL,
	    "multiauth.policies");
	BAD("[kinto]\nmultiauth.policy.x.issuer = https://a\n", NULL,
	    "multiauth.policy.x.issuer");
	BAD("[kinto]\nmultiauth.policy.x.use = a\n  b\n", NULL,
	    "multiauth.policy.x.use");
	/* The accounts plugin's own checks. */
	BAD("[kinto]\nincludes = kinto.plugins.accounts\n"
	    "multiauth.policies = basicauth\n", NULL, "Account policy missing");
	BAD("[kinto]\nincludes = kinto.plugins.accounts\n"
	    "multiauth.policies = basicauth account\n", NULL,
	    "multiauth.policies");
	BAD("[kinto]\nmultiauth.policies = account\n", NULL,
	    "kinto.plugins.accounts");
	BAD("[kinto]\nincludes = kinto.plugins.accounts\n"
	    "multiauth.policies = account\n"
	    "account_create_principals = account:boss\n", NULL,
	    "account_write_principals");
	BAD("[kinto]\nincludes = kinto.plugins.history\n", NULL,
	    "kinto.plugins.history");
	BAD("[cinto]\nbcrypt_cost = 3\n", NULL, "bcrypt_cost");
	BAD("[cinto]\nbcrypt_cost = 32\n", NULL, "bcrypt_cost");
}

int
main(void)
{
	t_defaults();
	t_sections();
	t_prefix_and_case();
	t_booleans();
	t_lists();
	t_rejections();
	t_eos();
	t_env();
	t_file_description();
	t_directives();
	t_auth_settings();
	return t_report();
}
