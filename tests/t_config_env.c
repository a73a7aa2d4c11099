/*
 * t_config_env.c — core/config: environment overrides, the root view's
 * description of the file, the sample etc/cinto.ini documenting every
 * key of the directive table, and the authentication settings.  The
 * file itself is t_config.c's.
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
#include "tests/config_util.h"

#define SAMPLE	"etc/cinto.ini"

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
	t_env();
	t_file_description();
	t_directives();
	t_auth_settings();
	return t_report();
}
