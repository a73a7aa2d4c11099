/*
 * auth.c — authentication policies; see auth.h.
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core/auth.h"
#include "core/ctx.h"
#include "core/json.h"
#include "core/util.h"
#include "storage/storage.h"

char *
auth_basic_userid(const char *secret, const char *credentials, size_t len)
{
	crypto_auth_hmacsha256_state	 st;
	unsigned char			 mac[crypto_auth_hmacsha256_BYTES];
	char				 hex[2 * sizeof(mac) + 1];
	const char			*key = secret != NULL ? secret : "";

	crypto_auth_hmacsha256_init(&st, (const unsigned char *)key,
	    strlen(key));
	crypto_auth_hmacsha256_update(&st,
	    (const unsigned char *)credentials, len);
	crypto_auth_hmacsha256_final(&st, mac);
	sodium_bin2hex(hex, sizeof(hex), mac, sizeof(mac));
	return xasprintf("basicauth:%s", hex);
}

/*
 * Decodes "Authorization: Basic <base64>" into "user:password" (a new
 * string), or NULL when the header is absent, of another scheme, or not
 * decodable.  The scheme name is case-insensitive (RFC 7617, 2).
 */
static char *
basic_credentials(const struct request *req, size_t *len)
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
		free(bin);
		return NULL;
	}
	bin[binlen] = '\0';
	*len = binlen;
	return (char *)bin;
}

/*
 * auth.md, "Basic auth policy": any user:password pair is a user; an
 * empty user name, a value without ':' or one that is not UTF-8 is no
 * credentials at all.
 */
static char *
basicauth_authenticate(const struct config *cfg, const struct request *req)
{
	char	*cred, *colon, *uid = NULL;
	size_t	 len = 0;

	if ((cred = basic_credentials(req, &len)) == NULL)
		return NULL;
	colon = memchr(cred, ':', len);
	if (colon != NULL && colon != cred && utf8_valid(cred, len))
		uid = auth_basic_userid(cfg->userid_hmac_secret, cred, len);
	sodium_memzero(cred, len);
	free(cred);
	return uid;
}

static const struct auth_policy policies[] = {
	{
		.name = "basicauth",
		.authenticate = basicauth_authenticate,
		.challenge = "Basic realm=\"Realm\"",
		.capability = "basicauth",
		.capability_description = "Very basic authentication "
		    "sessions. Not for production use.",
		.capability_url = "http://kinto.readthedocs.io/en/stable/"
		    "api/1.x/authentication.html",
	},
};

const struct auth_policy *
auth_policy_find(const char *name)
{
	size_t	 i;

	for (i = 0; i < sizeof(policies) / sizeof(policies[0]); i++)
		if (strcmp(policies[i].name, name) == 0)
			return &policies[i];
	return NULL;
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

	for (i = 0; i < ctx->cfg->multiauth_policies.n; i++) {
		p = auth_policy_find(ctx->cfg->multiauth_policies.v[i]);
		if (p != NULL &&
		    (ctx->user_id = p->authenticate(ctx->cfg, ctx->req)) != NULL)
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

	for (i = 0; i < ctx->cfg->multiauth_policies.n; i++) {
		p = auth_policy_find(ctx->cfg->multiauth_policies.v[i]);
		if (p != NULL && p->challenge != NULL)
			response_add_header(ctx->resp, "WWW-Authenticate",
			    p->challenge);
	}
}

void
auth_capabilities(const struct config *cfg, cJSON *caps)
{
	const struct auth_policy	*p;
	cJSON				*c;
	size_t				 i;

	for (i = 0; i < cfg->multiauth_policies.n; i++) {
		p = auth_policy_find(cfg->multiauth_policies.v[i]);
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
