/*
 * t_config.c — core/config: built-in defaults, the INI file (sections,
 * "kinto." prefix, case, booleans, lists, continuation lines), every
 * rejection and its message.  Environment overrides, the root view's
 * description of the file and the sample etc/cinto.ini are in
 * t_config_env.c.
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
#include "tests/config_util.h"

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
	return t_report();
}
