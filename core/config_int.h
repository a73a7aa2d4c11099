/*
 * config_int.h — what config.c and config_keys.c share: list helpers and
 * the families of settings whose keys are patterns rather than entries
 * of the directive table (<resource>_<perm>_principals, *_enabled,
 * *_cache_expires_seconds, multiauth.policy.<name>.<option>).
 *
 * Ownership: everything set lives in the struct config and goes with
 * config_free() (which calls config_keys_free()).
 */
#ifndef CINTO_CONFIG_INT_H
#define CINTO_CONFIG_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/config.h"

void	 strlist_free(struct strlist *);
/* Appends the whitespace-separated words of v. */
void	 strlist_append_words(struct strlist *, const char *v);

/* Sets a principals setting; replace: the value starts it again. */
void	 config_set_principals(struct config *, const char *key,
	    const char *v, bool replace);

/*
 * Sets key (lower-case, Kinto's "kinto." prefix removed) when it belongs
 * to a family.  From the file, key is spelled as written and
 * continuation says the value continues the key's list; from the
 * environment (from_env), key is the variable's name after KINTO_,
 * lower-cased, and v may be NULL (JSON null: empty).  Returns 1 when
 * set, 0 when no family has that key, -1 on a bad value (err filled).
 */
int	 config_keys_set(struct config *, const char *key, const char *v,
	    bool from_env, bool continuation, char *err, size_t errsz);

void	 config_keys_free(struct config *);

#endif
