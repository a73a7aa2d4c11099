/*
 * main.c — the cinto binary: arguments, configuration, the listening
 * socket, privileges, then one of the ways to run (DESIGN.md, "Process
 * model"):
 *
 *   cinto --listen HOST:PORT|PATH	own socket, pre-forked pool
 *   cinto  (fd 0 a listening socket)	socket inherited from the server
 *					(lighttpd bin-path, mod_fcgid,
 *					spawn-fcgi), pre-forked pool
 *   cinto  (fd 0 not a socket)		plain CGI: one request, then exit
 *   cinto request METHOD PATH [BODY]	one request from the command line
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <netdb.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "core/config.h"
#include "core/core.h"
#include "core/log.h"
#include "core/util.h"
#include "fcgi/decode.h"
#include "fcgi/pool.h"
#include "fcgi/worker.h"

extern char	**environ;

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr,
	    "usage: cinto [-t] [-c file] [--listen host:port|path] "
	    "[--workers n]\n"
	    "       cinto [-c file] request METHOD PATH [BODY]\n"
	    "       cinto -V\n");
	exit(2);
}

/*
 * Command-line options become CINTO_* variables in front of the
 * environment, so that they win and SIGHUP re-applies them.
 */
static char **
env_with(char **env, size_t *n, const char *name, const char *value)
{
	env = xrealloc(env, (*n + 2) * sizeof(*env));
	memmove(env + 1, env, (*n + 1) * sizeof(*env));
	env[0] = xasprintf("%s=%s", name, value);
	(*n)++;
	return env;
}

static int
open_tcp(const char *listen_on, char *err, size_t errsz)
{
	struct addrinfo	 hints, *res = NULL, *ai;
	char		*host, *colon;
	int		 fd = -1, one = 1, rc;

	host = xstrdup(listen_on);
	colon = strrchr(host, ':');
	*colon = '\0';
	/* [::1]:9000 */
	if (host[0] == '[' && colon[-1] == ']') {
		colon[-1] = '\0';
		memmove(host, host + 1, strlen(host));
	}
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE;
	rc = getaddrinfo(*host == '\0' || strcmp(host, "*") == 0 ? NULL :
	    host, colon + 1, &hints, &res);
	if (rc != 0) {
		snprintf(err, errsz, "%s: %s", listen_on, gai_strerror(rc));
		free(host);
		return -1;
	}
	for (ai = res; ai != NULL; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
		if (fd < 0)
			continue;
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
		if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 &&
		    listen(fd, 1024) == 0)
			break;
		snprintf(err, errsz, "%s: %s", listen_on, strerror(errno));
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	free(host);
	return fd;
}

/* Splits "user[:group]" and resolves both; -1 when unchanged. */
static bool
resolve_owner(const char *spec, uid_t *uid, gid_t *gid, char *err,
    size_t errsz)
{
	char		*user = xstrdup(spec), *group;
	struct passwd	*pw;
	struct group	*gr;
	bool		 ok = true;

	*uid = (uid_t)-1;
	*gid = (gid_t)-1;
	if ((group = strchr(user, ':')) != NULL)
		*group++ = '\0';
	if (*user != '\0') {
		if ((pw = getpwnam(user)) == NULL) {
			snprintf(err, errsz, "unknown user \"%s\"", user);
			ok = false;
		} else
			*uid = pw->pw_uid;
	}
	if (ok && group != NULL && *group != '\0') {
		if ((gr = getgrnam(group)) == NULL) {
			snprintf(err, errsz, "unknown group \"%s\"", group);
			ok = false;
		} else
			*gid = gr->gr_gid;
	}
	free(user);
	return ok;
}

/*
 * A unix socket the web server's user can reach: socket_mode, and
 * socket_owner when we may chown.  A stale socket file is replaced; any
 * other file in the way is an error.
 */
static int
open_unix(const struct config *cfg, char *err, size_t errsz)
{
	struct sockaddr_un	 sun;
	struct stat		 st;
	uid_t			 uid;
	gid_t			 gid;
	int			 fd;

	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	if (strlen(cfg->listen) >= sizeof(sun.sun_path)) {
		snprintf(err, errsz, "%s: path too long", cfg->listen);
		return -1;
	}
	strcpy(sun.sun_path, cfg->listen);
	if (lstat(cfg->listen, &st) == 0) {
		if (!S_ISSOCK(st.st_mode)) {
			snprintf(err, errsz, "%s: exists and is not a socket",
			    cfg->listen);
			return -1;
		}
		unlink(cfg->listen);
	}
	if ((fd = socket(AF_UNIX, SOCK_STREAM, 0)) < 0 ||
	    bind(fd, (struct sockaddr *)&sun, sizeof(sun)) != 0 ||
	    chmod(cfg->listen, cfg->socket_mode) != 0 ||
	    listen(fd, 1024) != 0) {
		snprintf(err, errsz, "%s: %s", cfg->listen, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	if (cfg->socket_owner != NULL) {
		if (!resolve_owner(cfg->socket_owner, &uid, &gid, err, errsz) ||
		    chown(cfg->listen, uid, gid) != 0) {
			if (errno != 0 && strstr(err, "unknown") == NULL)
				snprintf(err, errsz, "%s: chown: %s",
				    cfg->listen, strerror(errno));
			close(fd);
			unlink(cfg->listen);
			return -1;
		}
	}
	return fd;
}

/* Drops root for user/group, and checks that it cannot be taken back. */
static bool
drop_privileges(const struct config *cfg, char *err, size_t errsz)
{
	struct passwd	*pw = NULL;
	struct group	*gr = NULL;
	gid_t		 gid;

	if (cfg->user == NULL && cfg->group == NULL)
		return true;
	if (geteuid() != 0) {
		snprintf(err, errsz, "user/group set but not started as root");
		return false;
	}
	if (cfg->user != NULL && (pw = getpwnam(cfg->user)) == NULL) {
		snprintf(err, errsz, "unknown user \"%s\"", cfg->user);
		return false;
	}
	if (cfg->group != NULL && (gr = getgrnam(cfg->group)) == NULL) {
		snprintf(err, errsz, "unknown group \"%s\"", cfg->group);
		return false;
	}
	gid = gr != NULL ? gr->gr_gid : pw->pw_gid;
	if (setgroups(1, &gid) != 0 || setgid(gid) != 0 ||
	    (pw != NULL && setuid(pw->pw_uid) != 0)) {
		snprintf(err, errsz, "dropping privileges: %s",
		    strerror(errno));
		return false;
	}
	if (pw != NULL && pw->pw_uid != 0 && setuid(0) == 0) {
		snprintf(err, errsz, "could regain root after setuid");
		return false;
	}
	return true;
}

/* cinto request METHOD PATH [BODY]: core_handle() without FastCGI. */
static int
run_request(const struct config *cfg, int argc, char **argv)
{
	struct request	 req;
	struct response	 resp;
	struct buf	 head = { 0 };
	char		 err[512];
	size_t		 i;
	int		 rc;

	if (argc < 2 || argc > 3)
		usage();
	if (!core_init(cfg, err, sizeof(err)))
		fprintf(stderr, "cinto: storage: %s\n", err);
	request_init(&req);
	response_init(&resp);
	request_set_method(&req, argv[0]);
	request_set_target(&req, argv[1]);
	request_set_string(&req.scheme, "http");
	request_set_string(&req.host, "localhost");
	if (getenv("CINTO_AUTHORIZATION") != NULL)
		request_set_header(&req, HDR_AUTHORIZATION,
		    getenv("CINTO_AUTHORIZATION"));
	if (argc == 3) {
		request_take_body(&req, xstrdup(argv[2]), strlen(argv[2]));
		request_set_header(&req, HDR_CONTENT_TYPE, "application/json");
	}
	core_handle(&req, &resp);
	printf("HTTP/1.1 %d %s\n", resp.status, http_reason(resp.status));
	for (i = 0; i < resp.nheaders; i++)
		printf("%s: %s\n", resp.headers[i].name, resp.headers[i].value);
	printf("\n");
	if (req.method != METHOD_HEAD && resp.bodylen > 0) {
		fwrite(resp.body, 1, resp.bodylen, stdout);
		printf("\n");
	}
	rc = resp.status < 400 ? 0 : 1;
	buf_free(&head);
	request_free(&req);
	response_free(&resp);
	core_fini();
	return rc;
}

/*
 * Serves until told to stop, in the mode the configuration and fd 0
 * choose.  Takes cfg over (the pool keeps it and frees it).
 */
static int
serve(struct config *cfg, const char *config_path, char **env)
{
	char	 err[512], *unix_path = NULL;
	int	 fd, fl, rc = 1;

	if (cfg->listen != NULL) {
		fd = strchr(cfg->listen, '/') != NULL ?
		    open_unix(cfg, err, sizeof(err)) :
		    open_tcp(cfg->listen, err, sizeof(err));
		if (fd < 0) {
			fprintf(stderr, "cinto: listen: %s\n", err);
			goto out;
		}
		if (strchr(cfg->listen, '/') != NULL)
			unix_path = xstrdup(cfg->listen);
	} else if (!FCGX_IsCGI())
		fd = STDIN_FILENO;	/* inherited from the web server */
	else
		fd = -1;		/* plain CGI */
	if (!drop_privileges(cfg, err, sizeof(err))) {
		fprintf(stderr, "cinto: %s\n", err);
		goto out;
	}
	if (fd < 0) {
		rc = worker_cgi(cfg);
		goto out;
	}
	/* Workers poll, then accept without blocking (worker.c). */
	if ((fl = fcntl(fd, F_GETFL)) != -1)
		fcntl(fd, F_SETFL, fl | O_NONBLOCK);
	if (cfg->workers > 0) {
		rc = pool_run(fd, cfg, config_path, env, unix_path);
		cfg = NULL;
	} else {
		/* No master: the web server manages processes (mod_fcgid). */
		rc = worker_run(fd, cfg);
		if (unix_path != NULL)
			unlink(unix_path);
	}
out:
	if (cfg != NULL) {
		config_free(cfg);
		free(cfg);
	}
	free(unix_path);
	return rc;
}

int
main(int argc, char **argv)
{
	struct config	*cfg;
	const char	*config_path = getenv("CINTO_INI");
	char		**env = NULL, err[512];
	size_t		 nenv = 0, i;
	bool		 check_only = false;
	int		 rc, argi;

	for (i = 0; environ[i] != NULL; i++)
		;
	nenv = i;
	env = xcalloc(nenv + 1, sizeof(*env));
	for (i = 0; i < nenv; i++)
		env[i] = xstrdup(environ[i]);

	for (argi = 1; argi < argc; argi++) {
		if (strcmp(argv[argi], "-c") == 0 && argi + 1 < argc)
			config_path = argv[++argi];
		else if (strcmp(argv[argi], "--listen") == 0 && argi + 1 < argc)
			env = env_with(env, &nenv, "CINTO_LISTEN", argv[++argi]);
		else if (strcmp(argv[argi], "--workers") == 0 &&
		    argi + 1 < argc)
			env = env_with(env, &nenv, "CINTO_WORKERS", argv[++argi]);
		else if (strcmp(argv[argi], "-t") == 0)
			check_only = true;
		else if (strcmp(argv[argi], "-V") == 0) {
			printf("cinto %s (%s)\n", CINTO_VERSION, CINTO_COMMIT);
			exit(0);
		} else if (strcmp(argv[argi], "request") == 0)
			break;
		else
			usage();
	}

	cfg = xcalloc(1, sizeof(*cfg));
	if (!config_load(cfg, config_path, env, err, sizeof(err))) {
		fprintf(stderr, "cinto: configuration: %s\n", err);
		free(cfg);
		cfg = NULL;
		rc = 1;
	} else if (check_only) {
		printf("cinto: configuration OK\n");
		rc = 0;
	} else if (argi < argc) {
		log_setup(cfg->log_format);
		rc = run_request(cfg, argc - argi - 1, argv + argi + 1);
	} else {
		log_setup(cfg->log_format);
		rc = serve(cfg, config_path, env);
		cfg = NULL;	/* serve() took it */
	}
	if (cfg != NULL) {
		config_free(cfg);
		free(cfg);
	}
	for (i = 0; i < nenv; i++)
		free(env[i]);
	free(env);
	return rc;
}
