/*
 * accounts.h — the accounts plugin (auth.md, "Accounts plugin"): user
 * accounts at /accounts/{id} with bcrypt-hashed passwords, the "account"
 * authentication policy that checks them, and the cache of verified
 * passwords that spares a bcrypt run per request.
 *
 * Passwords: never logged, never stored; only their bcrypt hash (made
 * with libcrypt, "$2b$", which also checks the "$2a$"/"$2y$" hashes of
 * other bcrypt libraries, Python's included) is.  The cache holds
 * HMACs, never a password.
 *
 * Ownership: functions returning char * give a new string (free()).
 */
#ifndef CINTO_ACCOUNTS_H
#define CINTO_ACCOUNTS_H

#include <stdbool.h>
#include <stdint.h>

#include <cJSON.h>

#include "core/errors.h"

struct config;
struct ctx;

/* The descriptor of accounts (resource.h). */
extern const struct resource res_account;

/*
 * The account policy (auth.h): "account:<id>" when Basic credentials
 * name an account and its password; NULL otherwise.  A wrong password
 * or an unknown account costs one bcrypt run all the same.
 */
char	*accounts_authenticate(struct ctx *, const char *prefix);

/* A new bcrypt hash of password at the configured cost; NULL: failed. */
char	*accounts_hash(const struct config *, const char *password);

/* Whether password matches hash (constant time in what it compares). */
bool	 accounts_check(const char *hash, const char *password);

/* bcrypt checks run by this process (tests, metrics). */
extern uint64_t	 accounts_bcrypt_checks;

#endif
