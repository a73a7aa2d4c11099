/*
 * auth.c — authentication policies; see auth.h.
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core/accounts.h"
#include "core/auth.h"
#include "core/config.h"
#include "core/ctx.h"
#include "core/json.h"
#include "core/util.h"
#include "storage/storage.h"

char *
auth_hmac_hex(const char *key, const char *msg, size_t len)
{
	crypto_auth_hmacsha256_state	 st;
	unsigned char			 mac[crypto_auth_hmacsha256_BYTES];
	char				 hex[2 * sizeof(mac) + 1];

	if (key == NULL)
		key = "";
	crypto_auth_hmacsha256_init(&st, (const unsigned char *)key,
	    strlen(key));
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)msg, len);
	crypto_auth_hmacsha256_final(&st, mac);
	sodium_bin2hex(hex, sizeof(hex), mac, sizeof(mac));
	sodium_memzero(&st, sizeof(st));
	return xstrdup(hex);
}

char *
auth_basic_userid(const char *secret, const char *credentials, size_t len)
{
	char	*hex, *uid;

	hex = auth_hmac_hex(secret, credentials, len);
	uid = xasprintf("basicauth:%s", hex);
	free(hex);
	return uid;
}

/* The scheme name is case-insensitive (RFC 7617, 2). */
char *
auth_basic_credentials(const struct request *req, size_t *len)
{
	const char	*h = req->headers[HDR_AUTHORIZATION], *b64;
	unsigned char	*bin;
	size_t		 b64len, binlen;

	if (h == NULL || str_ncasecmp(h, "Basic ", 6) != 0)
		return NULL;
	for (b64 = h + 6; *b64 == ' '; b64++)
		;
	b64len = strlen(b64);
	while (b64len > 0 && b64[b64len - 1] == ' ')
		b64len--;
	bin = xmalloc(b64len + 1);
	if (sodium_base642bin(bin, b64len, b64, b64len, NULL, &binlen, NULL,
	    sodium_base64_VARIANT_ORIGINAL) != 0) {
		sodium_memzero(bin, b64len + 1);
		free(bin);
		return NULL;
	}
	bin[binlen] = '\0';
	*len = binlen;
	return (char *)bin;
}

void
auth_credentials_free(char *cred, size_t len)
{
	if (cred == NULL)
		return;
	sodium_memzero(cred, len);
	free(cred);
}

/*
 * Bytes that are not UTF-8 as the ISO-8859-1 text they spell, in UTF-8
 * (each byte its own code point): a new string of *outlen bytes.
 */
static char *
latin1_to_utf8(const char *s, size_t len, size_t *outlen)
{
	const unsigned char	*p = (const unsigned char *)s;
	char			*out, *o;
	size_t			 i;

	o = out = xmalloc(2 * len + 1);
	for (i = 0; i < len; i++)
		if (p[i] < 0x80)
			*o++ = (char)p[i];
		else {
			*o++ = (char)(0xC0 | p[i] >> 6);
			*o++ = (char)(0x80 | (p[i] & 0x3F));
		}
	*o = '\0';
	*outlen = (size_t)(o - out);
	return out;
}

/*
 * auth.md, "Basic auth policy": any user:password pair is a user; an
 * empty user name or a value without ':' is no credentials at all.
 * RFC 7617 (2.1) leaves the charset of the pair open: what is not UTF-8
 * is read as ISO-8859-1, as Kinto (Pyramid) does, so that a client
 * sending "caf\xe9" is the same user as one sending "caf\xc3\xa9".
 */
static char *
basicauth_authenticate(struct ctx *ctx, const char *prefix)
{
	char	*cred, *colon, *text, *hex, *uid = NULL;
	size_t	 len = 0, tlen;

	if ((cred = auth_basic_credentials(ctx->req, &len)) == NULL)
		return NULL;
	colon = memchr(cred, ':', len);
	if (colon != NULL && colon != cred) {
		if (utf8_valid(cred, len)) {
			text = cred;
			tlen = len;
		} else
			text = latin1_to_utf8(cred, len, &tlen);
		hex = auth_hmac_hex(ctx->cfg->userid_hmac_secret, text, tlen);
		uid = xasprintf("%s:%s", prefix, hex);
		free(hex);
		if (text != cred)
			auth_credentials_free(text, tlen);
	}
	auth_credentials_free(cred, len);
	return uid;
}

/*
 * The web server authenticated the caller (LDAP, OpenID Connect, client
 * certificates...) and says so in REMOTE_USER: a FastCGI application
 * trusts it, as Pyramid's RemoteUserAuthenticationPolicy does.  Only
 * the server can set that variable; a client's headers never reach it.
 */
static char *
remote_user_authenticate(struct ctx *ctx, const char *prefix)
{
	const char	*u = ctx->req->remote_user;
	size_t		 i;

	if (u == NULL || *u == '\0' || !utf8_valid(u, strlen(u)))
		return NULL;
	for (i = 0; u[i] != '\0'; i++)
		if ((unsigned char)u[i] < 0x20 || u[i] == 0x7F)
			return NULL;
	return xasprintf("%s:%s", prefix, u);
}

static const char *const basicauth_uses[] = {
	"kinto.core.authentication.BasicAuthAuthenticationPolicy", NULL };
static const char *const account_uses[] = {
	"kinto.plugins.accounts.AccountsPolicy",
	"kinto.plugins.accounts.authentication.AccountsAuthenticationPolicy",
	NULL };
static const char *const remote_user_uses[] = {
	"pyramid.authentication.RemoteUserAuthenticationPolicy", NULL };

static const struct auth_policy policies[] = {
	{
		.name = "basicauth",
		.uses = basicauth_uses,
		.authenticate = basicauth_authenticate,
		.basic_challenge = true,
		.capability = "basicauth",
		.capability_description = "Very basic authentication "
		    "sessions. Not for production use.",
		.capability_url = "http://kinto.readthedocs.io/en/stable/"
		    "api/1.x/authentication.html",
	},
	{
		.name = "account",
		.uses = account_uses,
		.prefix = "account",
		.authenticate = accounts_authenticate,
		.basic_challenge = true,
	},
	{
		.name = "remote_user",
		.uses = remote_user_uses,
		.authenticate = remote_user_authenticate,
	},
};

#define NPOLICIES	(sizeof(policies) / sizeof(policies[0]))

const struct auth_policy *
auth_policy_of(const struct config *cfg, const char *name)
{
	const char		*use = config_policy_option(cfg, name, "use");
	const char *const	*u;
	size_t			 i;

	for (i = 0; i < NPOLICIES; i++) {
		if (use == NULL && strcmp(policies[i].name, name) == 0)
			return &policies[i];
		for (u = policies[i].uses; use != NULL && *u != NULL; u++)
			if (strcmp(*u, use) == 0 ||
			    strcmp(policies[i].name, use) == 0)
				return &policies[i];
	}
	return NULL;
}

/* The configured names of policies, in order, with their use. */
static bool
check_policies(const struct config *cfg, char *err, size_t errsz,
    ssize_t *account_at, ssize_t *basic_at)
{
	const struct strlist	*l = &cfg->multiauth_policies;
	const struct auth_policy *p;
	const char		*use;
	size_t			 i;

	*account_at = *basic_at = -1;
	for (i = 0; i < l->n; i++) {
		if ((p = auth_policy_of(cfg, l->v[i])) == NULL) {
			use = config_policy_option(cfg, l->v[i], "use");
			if (use != NULL)
				snprintf(err, errsz, "[kinto] multiauth.policy."
				    "%s.use: \"%s\" is not an authentication "
				    "policy of cinto (available: "
				    "%s, %s, %s)", l->v[i], use,
				    basicauth_uses[0], account_uses[1],
				    remote_user_uses[0]);
			else
				snprintf(err, errsz, "[kinto] multiauth."
				    "policies: unknown authentication policy "
				    "\"%s\" (available: basicauth, account, "
				    "remote_user, or any name with a "
				    "multiauth.policy.<name>.use line)",
				    l->v[i]);
			return false;
		}
		if (p->authenticate == accounts_authenticate &&
		    *account_at < 0)
			*account_at = (ssize_t)i;
		if (p->authenticate == basicauth_authenticate && *basic_at < 0)
			*basic_at = (ssize_t)i;
	}
	return true;
}

bool
auth_check_config(const struct config *cfg, char *err, size_t errsz)
{
	const struct strlist	*create, *write;
	ssize_t			 account_at, basic_at;
	size_t			 i;
	bool			 plugin;

	if (!check_policies(cfg, err, errsz, &account_at, &basic_at))
		return false;
	plugin = config_has_plugin(cfg, "kinto.plugins.accounts");
	if (plugin && account_at < 0) {
		snprintf(err, errsz, "[kinto] includes: kinto.plugins.accounts "
		    "needs its policy in multiauth.policies (Account policy "
		    "missing): e.g. multiauth.policies = account");
		return false;
	}
	if (!plugin && account_at >= 0) {
		snprintf(err, errsz, "[kinto] multiauth.policies: the account "
		    "policy needs includes = kinto.plugins.accounts");
		return false;
	}
	if (plugin && basic_at >= 0 && basic_at < account_at) {
		snprintf(err, errsz, "[kinto] multiauth.policies: basicauth "
		    "comes before account, so it would take every account's "
		    "credentials (list account first)");
		return false;
	}
	create = config_principals(cfg, "account_create_principals");
	write = config_principals(cfg, "account_write_principals");
	for (i = 0; plugin && i < create->n; i++)
		if (strcmp(create->v[i], "system.Everyone") != 0 &&
		    !strlist_has(write, create->v[i])) {
			snprintf(err, errsz, "[kinto] account_create_"
			    "principals: \"%s\" may create accounts for others, so it "
			    "must be in account_write_principals too",
			    create->v[i]);
			return false;
		}
	return true;
}

static void
add_principal(struct strlist *l, const char *p)
{
	l->v = xrealloc(l->v, (l->n + 1) * sizeof(*l->v));
	l->v[l->n++] = xstrdup(p);
}

/*
 * Every group listing the user or system.Authenticated (auth.md,
 * "Principals of a request"), from the server-wide index: one query,
 * no bucket file opened.
 */
static void
add_groups(struct ctx *ctx)
{
	struct storage	*st = ctx_storage(ctx);
	cJSON		*who, *groups = NULL;
	const cJSON	*g;

	if (st == NULL)
		return;
	who = cJSON_CreateArray();
	cJSON_AddItemToArray(who, json_new_string(ctx->user_id));
	cJSON_AddItemToArray(who, json_new_string("system.Authenticated"));
	if (storage_groups_of(st, who, &groups) == ST_OK)
		cJSON_ArrayForEach(g, groups)
			add_principal(&ctx->principals, g->valuestring);
	cJSON_Delete(groups);
	cJSON_Delete(who);
}

void
auth_identify(struct ctx *ctx)
{
	const struct auth_policy	*p;
	size_t				 i;

	const struct strlist		*l = &ctx->cfg->multiauth_policies;
	char				 prefix[64];

	for (i = 0; i < l->n; i++) {
		if ((p = auth_policy_of(ctx->cfg, l->v[i])) == NULL)
			continue;
		/* auth.md: the fixed name, else the configured one. */
		str_lower(prefix, sizeof(prefix), p->prefix != NULL ?
		    p->prefix : l->v[i]);
		if ((ctx->user_id = p->authenticate(ctx, prefix)) != NULL)
			break;
	}
	if (ctx->user_id != NULL)
		add_principal(&ctx->principals, ctx->user_id);
	add_principal(&ctx->principals, "system.Everyone");
	if (ctx->user_id != NULL) {
		add_principal(&ctx->principals, "system.Authenticated");
		add_groups(ctx);
	}
}

void
auth_challenge(struct ctx *ctx)
{
	const struct auth_policy	*p;
	size_t				 i;

	const char			*name, *realm;
	char				*h;

	for (i = 0; i < ctx->cfg->multiauth_policies.n; i++) {
		name = ctx->cfg->multiauth_policies.v[i];
		p = auth_policy_of(ctx->cfg, name);
		if (p == NULL || !p->basic_challenge)
			continue;
		realm = config_policy_option(ctx->cfg, name, "realm");
		h = xasprintf("Basic realm=\"%s\"", realm != NULL ? realm :
		    "Realm");
		response_add_header(ctx->resp, "WWW-Authenticate", h);
		free(h);
	}
}

void
auth_capabilities(const struct config *cfg, cJSON *caps)
{
	const struct auth_policy	*p;
	cJSON				*c;
	size_t				 i;

	for (i = 0; i < cfg->multiauth_policies.n; i++) {
		p = auth_policy_of(cfg, cfg->multiauth_policies.v[i]);
		if (p == NULL || p->capability == NULL ||
		    cJSON_GetObjectItemCaseSensitive(caps, p->capability))
			continue;
		c = cJSON_CreateObject();
		cJSON_AddItemToObject(c, "description",
		    json_new_string(p->capability_description));
		cJSON_AddItemToObject(c, "url",
		    json_new_string(p->capability_url));
		cJSON_AddItemToObject(caps, p->capability, c);
	}
}
