/*
 * auth.h — authentication: who the caller is, as an ordered list of
 * policies (setting multiauth.policies) tried in turn (auth.md).  Each
 * policy is a const vtable; credentials that no policy accepts leave the
 * request anonymous (never an error by themselves).
 *
 * Ownership: auth_identify() stores a new user id and principals in the
 * ctx, freed with it.
 */
#ifndef CINTO_AUTH_H
#define CINTO_AUTH_H

#include <stdbool.h>

#include <cJSON.h>

struct config;
struct ctx;
struct request;

struct auth_policy {
	const char	*name;		/* as written in multiauth.policies */
	/*
	 * Returns a new user id ("<prefix>:<identifier>") when the request
	 * carries credentials this policy accepts, else NULL.
	 */
	char		*(*authenticate)(const struct config *,
			    const struct request *);
	const char	*challenge;	/* WWW-Authenticate on 401, or NULL */
	/* The root view's capability, when the policy has one. */
	const char	*capability;
	const char	*capability_description;
	const char	*capability_url;
};

/* The policy of that name, or NULL. */
const struct auth_policy	*auth_policy_find(const char *name);

/* Sets ctx->user_id and ctx->principals (auth.md, "Principals"). */
void	 auth_identify(struct ctx *);

/* Adds one WWW-Authenticate header per configured policy (401). */
void	 auth_challenge(struct ctx *);

/* Adds the capabilities of the configured policies to the object. */
void	 auth_capabilities(const struct config *, cJSON *);

/*
 * basicauth's user id: "basicauth:" + hex(HMAC-SHA256(key = secret,
 * "user:password")).  Exposed for tests and the accounts plugin.
 */
char	*auth_basic_userid(const char *secret, const char *credentials,
	    size_t len);

#endif
