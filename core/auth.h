/*
 * auth.h — authentication: who the caller is, as an ordered list of
 * policies (setting multiauth.policies) tried in turn (auth.md,
 * "Authentication policies").  Each implementation is a const vtable; a
 * name in multiauth.policies uses the implementation its
 * multiauth.policy.<name>.use names, or the built-in one of that name.
 * Credentials that no policy accepts leave the request anonymous (never
 * an error by themselves).
 *
 * Ownership: auth_identify() stores a new user id and principals in the
 * ctx, freed with it.
 */
#ifndef CINTO_AUTH_H
#define CINTO_AUTH_H

#include <stdbool.h>
#include <stddef.h>

#include <cJSON.h>

struct config;
struct ctx;
struct request;

struct auth_policy {
	const char		*name;		/* built-in policy name */
	/* Kinto's names of it, for multiauth.policy.<name>.use. */
	const char *const	*uses;
	/* Fixed user id prefix, or NULL: the name it is configured as. */
	const char		*prefix;
	/*
	 * A new user id ("<prefix>:<identifier>") when the request carries
	 * credentials this policy accepts, else NULL.
	 */
	char			*(*authenticate)(struct ctx *,
				    const char *prefix);
	/* Sends "WWW-Authenticate: Basic realm=..." on 401. */
	bool			 basic_challenge;
	/* The root view's capability, when the policy has one. */
	const char		*capability;
	const char		*capability_description;
	const char		*capability_url;
};

/* The implementation a configured policy name uses, or NULL. */
const struct auth_policy	*auth_policy_of(const struct config *,
				    const char *name);

/*
 * The checks Kinto makes of the authentication settings at start-up
 * (auth.md, "Accounts plugin"): every policy known, the accounts policy
 * present (and before basicauth) when the plugin is, and the account
 * creators among the administrators.  false and err when not.
 */
bool	 auth_check_config(const struct config *, char *err, size_t errsz);

/* Sets ctx->user_id and ctx->principals (auth.md, "Principals"). */
void	 auth_identify(struct ctx *);

/* Adds one WWW-Authenticate header per configured policy (401). */
void	 auth_challenge(struct ctx *);

/* Adds the capabilities of the configured policies to the object. */
void	 auth_capabilities(const struct config *, cJSON *);

/*
 * "Authorization: Basic <base64>" decoded into "user:password" (a new
 * string of *len bytes, NUL-terminated; free it with
 * auth_credentials_free()), or NULL when the header is absent, of
 * another scheme, or not decodable.
 */
char	*auth_basic_credentials(const struct request *, size_t *len);
/* Wipes and frees credentials. */
void	 auth_credentials_free(char *, size_t len);

/*
 * basicauth's user id: "basicauth:" + hex(HMAC-SHA256(key = secret,
 * "user:password")).  Exposed for tests.
 */
char	*auth_basic_userid(const char *secret, const char *credentials,
	    size_t len);

/* hex(HMAC-SHA256(key, message)): 64 characters, new string. */
char	*auth_hmac_hex(const char *key, const char *msg, size_t len);

#endif
