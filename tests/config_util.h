/*
 * config_util.h — what tests/t_config.c and tests/t_config_env.c share:
 * loading a configuration from text and an environment, and the GOOD()
 * and BAD() checks.  Included by each, once (static functions).
 */
#ifndef CINTO_TESTS_CONFIG_UTIL_H
#define CINTO_TESTS_CONFIG_UTIL_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/config.h"
#include "tests/t.h"

static char	*noenv[] = { NULL };

/* Writes len bytes to a new file under /tmp; returns its path (free()). */
static char *
tmpfile_with(const char *text, size_t len)
{
	char	 tmpl[] = "/tmp/t_config.XXXXXX";
	int	 fd;

	if ((fd = mkstemp(tmpl)) == -1) {
		perror("mkstemp");
		exit(2);
	}
	if (write(fd, text, len) != (ssize_t)len) {
		perror("write");
		exit(2);
	}
	close(fd);
	return strdup(tmpl);
}

/* Loads text as a file (NULL: no file) with envp; the file is removed. */
static bool
load(struct config *cfg, const char *text, char **envp, char *err,
    size_t errsz)
{
	char	*path = NULL;
	bool	 ok;

	err[0] = '\0';
	if (text != NULL)
		path = tmpfile_with(text, strlen(text));
	ok = config_load(cfg, path, envp != NULL ? envp : noenv, err, errsz);
	if (path != NULL) {
		unlink(path);
		free(path);
	}
	return ok;
}

/* Checks that text + envp load; reports the message otherwise. */
static bool
good(struct config *cfg, const char *text, char **envp, int line)
{
	char	 err[512];
	bool	 ok;

	ok = load(cfg, text, envp, err, sizeof(err));
	if (!ok)
		fprintf(stderr, "line %d: unexpected failure: %s\n", line, err);
	T(ok);
	return ok;
}

/*
 * Checks that text + envp fail, with a message containing want, and that
 * the struct was left freed.
 */
static void
bad_at(const char *text, char **envp, const char *want, int line)
{
	struct config	 cfg;
	char		 err[512];
	bool		 ok;

	ok = load(&cfg, text, envp, err, sizeof(err));
	if (ok) {
		fprintf(stderr, "line %d: loaded, want an error naming %s\n",
		    line, want);
		config_free(&cfg);
	} else if (strstr(err, want) == NULL)
		fprintf(stderr, "line %d: message \"%s\" lacks \"%s\"\n",
		    line, err, want);
	T(!ok);
	T(ok || strstr(err, want) != NULL);
	T(ok || (cfg.project_name == NULL && cfg.data_dir == NULL &&
	    cfg.cors_origins.v == NULL));
}

/* Variadic: a compound literal envp holds commas.  (text, envp[, want]) */
#define GOOD(cfg, ...)	good((cfg), __VA_ARGS__, __LINE__)
#define BAD(...)	bad_at(__VA_ARGS__, __LINE__)

#endif
