/*
 * accounts.c — the accounts plugin; see accounts.h.  The rules of who
 * sees and changes which account are auth.md's "Accounts plugin": an
 * account's author is the account itself, a user sees only their own,
 * administrators (account_write_principals) reach every one.
 */
#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core/accounts.h"
#include "core/auth.h"
#include "core/config.h"
#include "core/ctx.h"
#include "core/json.h"
#include "core/perms.h"
#include "core/pyrepr.h"
#include "core/resource.h"
#include "core/util.h"
#include "storage/cache.h"
#include "storage/storage.h"

uint64_t	 accounts_bcrypt_checks;

char *
accounts_hash(const struct config *cfg, const char *password)
{
	char			 salt[CRYPT_GENSALT_OUTPUT_SIZE];
	struct crypt_data	*cd;
	char			*out = NULL;

	/* NULL random bytes: libcrypt draws them from the kernel. */
	if (crypt_gensalt_rn("$2b$", (unsigned long)cfg->bcrypt_cost, NULL, 0,
	    salt, sizeof(salt)) == NULL)
		return NULL;
	cd = xcalloc(1, sizeof(*cd));
	if (crypt_rn(password, salt, cd, sizeof(*cd)) != NULL &&
	    cd->output[0] != '*')
		out = xstrdup(cd->output);
	sodium_memzero(cd, sizeof(*cd));
	free(cd);
	return out;
}

bool
accounts_check(const char *hash, const char *password)
{
	struct crypt_data	*cd;
	size_t			 n = strlen(hash);
	bool			 ok;

	accounts_bcrypt_checks++;
	cd = xcalloc(1, sizeof(*cd));
	ok = crypt_rn(password, hash, cd, sizeof(*cd)) != NULL &&
	    cd->output[0] != '*' && strlen(cd->output) == n &&
	    sodium_memcmp(cd->output, hash, n) == 0;
	sodium_memzero(cd, sizeof(*cd));
	free(cd);
	return ok;
}

/*
 * What an unknown account is checked against, so that it costs what a
 * wrong password costs: the time of an answer does not tell whether an
 * account exists.
 */
static const char *
decoy_hash(const struct config *cfg)
{
	static char	*decoy;

	if (decoy == NULL)
		decoy = accounts_hash(cfg, "cinto decoy password");
	return decoy;
}

/* Kinto's cache key of an account: HMAC(secret, accounts:<id>:verified). */
static char *
cache_key(const struct config *cfg, const char *id)
{
	char	*msg, *key;

	msg = xasprintf("accounts:%s:verified", id);
	key = auth_hmac_hex(cfg->userid_hmac_secret, msg, strlen(msg));
	free(msg);
	return key;
}

/* The stored hash of an account's password, or NULL. */
static char *
stored_hash(struct ctx *ctx, const char *id)
{
	struct st_ref	 ref = { "account", "", id };
	struct storage	*st = ctx_storage(ctx);
	cJSON		*obj = NULL;
	const cJSON	*pw;
	char		*hash = NULL;

	if (st == NULL || storage_get(st, &ref, false, &obj) != ST_OK)
		return NULL;
	pw = cJSON_GetObjectItemCaseSensitive(obj, "password");
	if (cJSON_IsString(pw))
		hash = xstrdup(pw->valuestring);
	cJSON_Delete(obj);
	return hash;
}

/*
 * A password verified recently is remembered under the account's key as
 * HMAC(key, stored hash + password): never the password, and bound to
 * the hash it was checked against, so that a changed or deleted account
 * stops matching in every worker at once, whatever cache each uses (a
 * write also forgets the entry).  The entry ("<HMAC> <expiry>") is
 * renewed for account_cache_ttl_seconds by a hit past half its life, so
 * that an active user keeps it without a cache write per request.
 */
static bool
verify(struct ctx *ctx, const char *id, const char *password, size_t pwlen)
{
	struct cache	*cache = ctx_cache(ctx);
	int64_t		 ttl = ctx->cfg->account_cache_ttl_seconds;
	char		*key, *want, *got = NULL, *hash, *msg, *value;
	size_t		 hlen, n;
	int64_t		 expires;
	bool		 ok, fresh = false;

	if ((hash = stored_hash(ctx, id)) == NULL) {
		if (decoy_hash(ctx->cfg) != NULL)
			(void)accounts_check(decoy_hash(ctx->cfg), password);
		return false;
	}
	key = cache_key(ctx->cfg, id);
	hlen = strlen(hash);
	msg = xmalloc(hlen + pwlen + 1);
	memcpy(msg, hash, hlen);
	memcpy(msg + hlen, password, pwlen + 1);
	want = auth_hmac_hex(key, msg, hlen + pwlen);
	sodium_memzero(msg, hlen + pwlen);
	free(msg);
	n = strlen(want);
	if (cache != NULL && ttl > 0 && cache_get(cache, key, &got) == ST_OK &&
	    got != NULL && strlen(got) > n && got[n] == ' ' &&
	    sodium_memcmp(got, want, n) == 0) {
		ok = true;
		/* Renewed past half its life: not a write per request. */
		fresh = str_to_i64(got + n + 1, 0, INT64_MAX, &expires) &&
		    expires - now_ms() / 1000 > ttl / 2;
	} else
		ok = accounts_check(hash, password);
	if (ok && !fresh && cache != NULL && ttl > 0) {
		value = xasprintf("%s %lld", want,
		    (long long)(now_ms() / 1000 + ttl));
		cache_set(cache, key, value, ttl);
		free(value);
	}
	free(got);
	free(want);
	free(key);
	free(hash);
	return ok;
}

char *
accounts_authenticate(struct ctx *ctx, const char *prefix)
{
	char	*cred, *colon, *uid = NULL;
	size_t	 len = 0;

	if ((cred = auth_basic_credentials(ctx->req, &len)) == NULL)
		return NULL;
	colon = memchr(cred, ':', len);
	/* A NUL inside could not reach bcrypt whole: not a password. */
	if (colon != NULL && strlen(cred) == len && utf8_valid(cred, len)) {
		*colon = '\0';
		if (resource_valid_id(&res_account, cred) &&
		    verify(ctx, cred, colon + 1, len - (size_t)(colon - cred) -
		    1))
			uid = xasprintf("%s:%s", prefix, cred);
		*colon = ':';
	}
	auth_credentials_free(cred, len);
	return uid;
}

/* ==== The account resource ==== */

/* Principals of account_write_principals: every account is theirs. */
static bool
is_admin(const struct ctx *ctx)
{
	const struct strlist	*admins;
	size_t			 i;

	admins = config_principals(ctx->cfg, "account_write_principals");
	for (i = 0; i < ctx->principals.n; i++)
		if (strlist_has(admins, ctx->principals.v[i]))
			return true;
	return false;
}

/*
 * The account id of the caller: "alice" for account:alice.  Users of
 * other policies own no account; their whole user id (never an account
 * id: it holds a ':') stands for it.
 */
static const char *
own_id(const struct ctx *ctx)
{
	if (str_has_prefix(ctx->user_id, "account:"))
		return ctx->user_id + 8;
	return ctx->user_id;
}

static enum kerr
account_list_scope(struct ctx *ctx, char **only)
{
	*only = NULL;
	/* No WWW-Authenticate with this one (auth.md, "401 versus 403"). */
	if (ctx->user_id == NULL)
		return KERR_ACCOUNTS_ANONYMOUS;
	if (!is_admin(ctx))
		*only = xstrdup(own_id(ctx));
	return KERR_OK;
}

static void
account_check_write(struct ctx *ctx, const char *id)
{
	bool	 free_hand = ctx->user_id == NULL || is_admin(ctx);

	if (id == NULL && free_hand)
		verrors_add(&ctx->verr, "body", "data.id",
		    "data.id in body: Required");
	else if (id == NULL)
		verrors_add(&ctx->verr, "body", "data.id",
		    "Accounts must have an ID.");
	else if (!free_hand && strcmp(id, own_id(ctx)) != 0)
		verrors_add(&ctx->verr, "body", "data.id",
		    "Username and account ID do not match.");
}

/* password: a non-empty string (objects.md, "Accounts"). */
static void
account_validate(struct ctx *ctx, cJSON *data, const char *prefix)
{
	const cJSON	*pw;
	struct buf	 b = { 0 };
	char		 name[64];

	pw = cJSON_GetObjectItemCaseSensitive(data, "password");
	snprintf(name, sizeof(name), "%spassword", prefix);
	if (pw == NULL || (cJSON_IsString(pw) && *pw->valuestring == '\0')) {
		verrors_add(&ctx->verr, "body", name, "Required");
		return;
	}
	if (!cJSON_IsString(pw)) {
		/* Kinto's (colander's) wording, quirks included. */
		pyrepr(&b, pw);
		verrors_add(&ctx->verr, "body", name,
		    "%s is not a string: {'password': ''}", b.data);
		buf_free(&b);
	}
}

/*
 * The password becomes its hash, unless it is the stored hash itself
 * (a PATCH of other fields, or a PUT sending back what a GET showed).
 */
static enum kerr
account_prepare(struct ctx *ctx, cJSON *data, const cJSON *old)
{
	const cJSON	*pw, *was = NULL;
	char		*hash;

	pw = cJSON_GetObjectItemCaseSensitive(data, "password");
	if (old != NULL)
		was = cJSON_GetObjectItemCaseSensitive(old, "password");
	if (cJSON_IsString(was) && strcmp(was->valuestring,
	    pw->valuestring) == 0)
		return KERR_OK;
	if ((hash = accounts_hash(ctx->cfg, pw->valuestring)) == NULL)
		return KERR_INTERNAL;
	cJSON_ReplaceItemInObjectCaseSensitive(data, "password",
	    json_new_string(hash));
	sodium_memzero(hash, strlen(hash));
	free(hash);
	return KERR_OK;
}

/* A changed or deleted account's verified password is forgotten. */
static enum kerr
account_written(struct ctx *ctx, const char *uri, const cJSON *obj)
{
	struct cache	*cache = ctx_cache(ctx);
	const char	*id = strrchr(uri, '/') + 1;
	char		*key;

	(void)obj;
	if (cache == NULL)
		return KERR_BACKEND;
	key = cache_key(ctx->cfg, id);
	cache_delete(cache, key);
	free(key);
	return KERR_OK;
}

static const char *const account_perms[] = { "read", "write", NULL };

const struct resource res_account = {
	.name = "account",
	.parent = NULL,
	.segment = "accounts",
	.perms = account_perms,
	.create_perm = "account:create",
	.id_kind = ID_ACCOUNT,
	.plugin = "kinto.plugins.accounts",
	.author_prefix = "account:",
	.validate = account_validate,
	.after_write = account_written,
	.list_scope = account_list_scope,
	.check_write = account_check_write,
	.prepare = account_prepare,
};
