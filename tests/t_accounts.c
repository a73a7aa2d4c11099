/*
 * t_accounts.c — the accounts plugin's passwords (auth.md, "Accounts
 * plugin"; DESIGN.md, "Security"): bcrypt hashes that other bcrypt
 * libraries made verify here, a wrong password or an unknown account
 * costs one bcrypt run like a right one, a verified password is cached
 * until the account changes, and no password ever reaches the files of
 * the data directory.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "core/accounts.h"
#include "core/auth.h"
#include "core/config.h"
#include "core/core.h"
#include "core/json.h"
#include "core/util.h"
#include "storage/cache.h"
#include "storage/storage.h"
#include "tests/t.h"

/* Serves one request; returns the status, *body the response's body. */
static int
serve(const char *method, const char *target, const char *cred,
    const char *body, char **out)
{
	struct request	 req;
	struct response	 resp;
	char		*b64, *h;
	size_t		 n;
	int		 status;

	request_init(&req);
	request_set_method(&req, method);
	request_set_target(&req, target);
	request_set_string(&req.scheme, "http");
	request_set_string(&req.host, "localhost");
	if (cred != NULL) {
		n = sodium_base64_ENCODED_LEN(strlen(cred),
		    sodium_base64_VARIANT_ORIGINAL);
		b64 = xmalloc(n);
		sodium_bin2base64(b64, n, (const unsigned char *)cred,
		    strlen(cred), sodium_base64_VARIANT_ORIGINAL);
		h = xasprintf("Basic %s", b64);
		request_set_header(&req, HDR_AUTHORIZATION, h);
		free(h);
		free(b64);
	}
	if (body != NULL) {
		request_set_header(&req, HDR_CONTENT_TYPE, "application/json");
		request_take_body(&req, xstrdup(body), strlen(body));
	}
	response_init(&resp);
	core_handle(&req, &resp);
	status = resp.status;
	if (out != NULL)
		*out = resp.body != NULL ? xstrndup(resp.body, resp.bodylen) :
		    xstrdup("");
	response_free(&resp);
	request_free(&req);
	return status;
}

/* The user id the root view gives those credentials ("" anonymous). */
static char *
who(const char *cred)
{
	cJSON		*root = NULL;
	const cJSON	*id;
	char		*body, *uid;

	serve("GET", "/v1/", cred, NULL, &body);
	json_parse(body, strlen(body), 64, &root, NULL);
	id = cJSON_GetObjectItemCaseSensitive(
	    cJSON_GetObjectItemCaseSensitive(root, "user"), "id");
	uid = xstrdup(cJSON_IsString(id) ? id->valuestring : "");
	cJSON_Delete(root);
	free(body);
	return uid;
}

/* Known hashes of other bcrypt implementations. */
static void
t_vectors(void)
{
	/* Kinto's documentation: Python's bcrypt, cost 12. */
	const char *kinto = "$2b$12$zlTlYet5v.v57ak2gEYyoeqKSGzLvwXF/.v3DGpT/"
	    "q69LecHv68gm";
	/* OpenBSD's test vector, "$2a$". */
	const char *openbsd = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0Xou"
	    "QYb4YMJKvyOeW";

	T(accounts_check(kinto, "azerty123"));
	T(!accounts_check(kinto, "azerty124"));
	T(!accounts_check(kinto, ""));
	T(accounts_check(openbsd, "U*U"));
	T(!accounts_check(openbsd, "U*V"));
	/* Not a hash at all: never a match, never a crash. */
	T(!accounts_check("", ""));
	T(!accounts_check("plain", "plain"));
	T(!accounts_check("$2b$99$x", "x"));
}

static void
t_hash(const struct config *cfg)
{
	char	*h1, *h2;

	h1 = accounts_hash(cfg, "s3cret");
	h2 = accounts_hash(cfg, "s3cret");
	T(h1 != NULL && h2 != NULL);
	if (h1 == NULL || h2 == NULL)
		return;
	T(strncmp(h1, "$2b$04$", 7) == 0);
	T_INT(strlen(h1), 60);
	/* A new salt each time. */
	T(strcmp(h1, h2) != 0);
	T(accounts_check(h1, "s3cret") && accounts_check(h2, "s3cret"));
	T(!accounts_check(h1, "s3creT"));
	free(h1);
	free(h2);
}

/* Whether needle occurs in any file under dir (recursively). */
static bool
found_in(const char *dir, const char *needle)
{
	DIR		*d;
	struct dirent	*e;
	struct stat	 sb;
	char		*path, *text;
	FILE		*f;
	bool		 hit = false;
	long		 n;

	if ((d = opendir(dir)) == NULL)
		return false;
	while (!hit && (e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
			hit = found_in(path, needle);
		else if ((f = fopen(path, "rb")) != NULL) {
			fseek(f, 0, SEEK_END);
			n = ftell(f);
			rewind(f);
			text = xmalloc((size_t)n + 1);
			if (n > 0 && fread(text, 1, (size_t)n, f) == (size_t)n)
				hit = memmem(text, (size_t)n, needle,
				    strlen(needle)) != NULL;
			free(text);
			fclose(f);
		}
		free(path);
	}
	closedir(d);
	return hit;
}

/* alice's entry in the shared cache (Kinto's key), or NULL. */
static char *
cached_entry(const char *dir)
{
	struct cache_settings	 set = { "sqlite", dir, 1 << 20, 5000 };
	struct cache		*c;
	char			 err[256], *key, *v = NULL;

	key = auth_hmac_hex("", "accounts:alice:verified",
	    strlen("accounts:alice:verified"));
	if (cache_open(&set, &c, err, sizeof(err)) == ST_OK) {
		T(cache_get(c, key, &v) == ST_OK);
		cache_close(c);
	}
	free(key);
	return v;
}

/* Writes alice's account through a storage handle of its own. */
static void
other_worker_sets_password(const struct config *cfg, const char *dir,
    const char *password)
{
	struct storage_settings	 set = { "sqlite", dir, false, false, 5000,
				    8 };
	struct st_ref		 ref = { "account", "", "alice" };
	struct storage		*st;
	cJSON			*obj = NULL;
	char			 err[256], *hash;

	T(storage_open(&set, &st, err, sizeof(err)) == ST_OK);
	T(storage_get(st, &ref, false, &obj) == ST_OK);
	hash = accounts_hash(cfg, password);
	cJSON_ReplaceItemInObjectCaseSensitive(obj, "password",
	    json_new_string(hash));
	T(storage_put(st, &ref, obj, NULL, true, ST_TS_NONE, NULL, NULL) ==
	    ST_OK);
	free(hash);
	cJSON_Delete(obj);
	storage_close(st);
}

/*
 * Through core_handle() with the SQLite storage and cache: what each
 * authentication costs in bcrypt runs, and what the files hold.
 */
static void
t_flow(const char *dir, int64_t ttl)
{
	struct config	 cfg;
	char		 err[512], *uid, *body, *entry, *again;
	char		*env[] = {
		"KINTO_INCLUDES=kinto.plugins.accounts",
		"KINTO_MULTIAUTH_POLICIES=account",
		"KINTO_ACCOUNT_CREATE_PRINCIPALS=system.Everyone",
		"CINTO_BCRYPT_COST=4",
		NULL, NULL, NULL };
	uint64_t	 n;

	env[4] = xasprintf("CINTO_DATA_DIR=%s", dir);
	env[5] = xasprintf("KINTO_ACCOUNT_CACHE_TTL_SECONDS=%lld",
	    (long long)ttl);
	T(config_load(&cfg, NULL, env, err, sizeof(err)));
	T(core_init(&cfg, err, sizeof(err)));

	T_INT(serve("PUT", "/v1/accounts/alice", NULL,
	    "{\"data\": {\"password\": \"Pw-7f3a9c-first\"}}", NULL), 201);
	n = accounts_bcrypt_checks;
	uid = who("alice:Pw-7f3a9c-first");
	T_STR(uid, "account:alice");
	free(uid);
	T_INT(accounts_bcrypt_checks - n, 1);
	/* Verified: cached (unless the cache is off), no bcrypt again. */
	entry = cached_entry(dir);
	T(ttl > 0 ? entry != NULL && strlen(entry) > 65 && entry[64] == ' ' :
	    entry == NULL);
	n = accounts_bcrypt_checks;
	free(who("alice:Pw-7f3a9c-first"));
	T_INT(accounts_bcrypt_checks - n, ttl > 0 ? 0 : 1);
	/* ... and the entry, young, is not written again. */
	again = cached_entry(dir);
	T_STR(again, entry);
	free(again);
	free(entry);
	/* A wrong password pays a full check, cached or not. */
	n = accounts_bcrypt_checks;
	uid = who("alice:Pw-7f3a9c-wrong");
	T_STR(uid, "");
	free(uid);
	T_INT(accounts_bcrypt_checks - n, 1);
	/* So does an account that does not exist. */
	n = accounts_bcrypt_checks;
	uid = who("nobody:Pw-7f3a9c-first");
	T_STR(uid, "");
	free(uid);
	T_INT(accounts_bcrypt_checks - n, 1);
	/* A changed password: the cached one is forgotten at once. */
	T_INT(serve("PATCH", "/v1/accounts/alice", "alice:Pw-7f3a9c-first",
	    "{\"data\": {\"password\": \"Pw-7f3a9c-second\"}}", &body), 200);
	T(strstr(body, "\"password\":\"$2b$04$") != NULL);
	T(strstr(body, "Pw-7f3a9c") == NULL);
	free(body);
	n = accounts_bcrypt_checks;
	uid = who("alice:Pw-7f3a9c-first");
	T_STR(uid, "");
	free(uid);
	T_INT(accounts_bcrypt_checks - n, 1);
	uid = who("alice:Pw-7f3a9c-second");
	T_STR(uid, "account:alice");
	free(uid);
	/*
	 * Another worker changes the password (here: another connection
	 * to the files, which does not touch this cache): the cached
	 * verification is bound to the old hash and no longer matches.
	 */
	other_worker_sets_password(&cfg, dir, "Pw-7f3a9c-third");
	uid = who("alice:Pw-7f3a9c-second");
	T_STR(uid, "");
	free(uid);
	uid = who("alice:Pw-7f3a9c-third");
	T_STR(uid, "account:alice");
	free(uid);
	other_worker_sets_password(&cfg, dir, "Pw-7f3a9c-second");
	free(who("alice:Pw-7f3a9c-second"));	/* cached again */
	/* A batch checks its caller once, not once per sub-request. */
	n = accounts_bcrypt_checks;
	T_INT(serve("POST", "/v1/batch", "alice:Pw-7f3a9c-second",
	    "{\"requests\": [{\"path\": \"/accounts/alice\"}, "
	    "{\"path\": \"/accounts\"}, {\"path\": \"/\"}]}", &body),
	    200);
	T(strstr(body, "\"status\":403") == NULL);
	T(strstr(body, "account:alice") != NULL);
	free(body);
	T_INT(accounts_bcrypt_checks - n, ttl > 0 ? 0 : 1);
	/* Other fields leave the hash alone (no new hash, same login). */
	T_INT(serve("PATCH", "/v1/accounts/alice", "alice:Pw-7f3a9c-second",
	    "{\"data\": {\"age\": 42}}", NULL), 200);
	uid = who("alice:Pw-7f3a9c-second");
	T_STR(uid, "account:alice");
	free(uid);
	/* Deleted: forgotten too. */
	T_INT(serve("DELETE", "/v1/accounts/alice", "alice:Pw-7f3a9c-second",
	    NULL, NULL), 200);
	uid = who("alice:Pw-7f3a9c-second");
	T_STR(uid, "");
	free(uid);

	/* Nothing of any password in the files, WAL and cache included. */
	T(!found_in(dir, "Pw-7f3a9c"));
	T(found_in(dir, "$2b$04$"));	/* the hashes are there */

	core_fini();
	config_free(&cfg);
	free(env[4]);
	free(env[5]);
}

int
main(void)
{
	struct config	 cfg;
	char		 err[256], dir1[] = "/tmp/t_accounts.XXXXXX";
	char		 dir2[] = "/tmp/t_accounts.XXXXXX";
	char		*cmd;

	json_init();
	if (sodium_init() < 0)
		return 1;
	T(config_load(&cfg, NULL, (char *[]){ "CINTO_BCRYPT_COST=4", NULL },
	    err, sizeof(err)));
	t_vectors();
	t_hash(&cfg);
	config_free(&cfg);
	if (mkdtemp(dir1) == NULL || mkdtemp(dir2) == NULL)
		return 1;
	t_flow(dir1, 30);
	t_flow(dir2, 0);
	cmd = xasprintf("rm -rf %s %s", dir1, dir2);
	if (system(cmd) != 0)
		T(!"rm -rf");
	free(cmd);
	return t_report();
}
