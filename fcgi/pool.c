/*
 * pool.c — see pool.h.  Signals are blocked in the master and taken
 * synchronously with sigtimedwait(): no handler, no race.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/config.h"
#include "core/log.h"
#include "core/util.h"
#include "fcgi/pool.h"
#include "fcgi/worker.h"

/* A worker dying sooner than this after its start counts as a crash loop. */
#define YOUNG_US	(1000LL * 1000)
#define BACKOFF_MIN_US	(100LL * 1000)
#define BACKOFF_MAX_US	(10LL * 1000 * 1000)

struct child {
	pid_t	 pid;
	int	 generation;	/* workers of an older config are retiring */
	int64_t	 started_us;
};

struct pool {
	int		 listen_fd;
	struct config	*cfg;
	const char	*config_path;
	char *const	*envp;
	struct child	*children;
	size_t		 nchildren;
	int		 generation;
	int64_t		 backoff_us;	/* 0: spawn at once */
	int64_t		 next_spawn_us;
	sigset_t	 sigs;
};

static size_t
live_current(const struct pool *p)
{
	size_t	 i, n = 0;

	for (i = 0; i < p->nchildren; i++)
		if (p->children[i].generation == p->generation)
			n++;
	return n;
}

static void
spawn(struct pool *p)
{
	pid_t	 pid, master = getpid();
	int	 status;

	if ((pid = fork()) < 0) {
		log_msg(LOG_ERROR, "fork: %s", strerror(errno));
		p->next_spawn_us = mono_us() + BACKOFF_MIN_US;
		return;
	}
	if (pid == 0) {
		/*
		 * Die with the master (a lone worker would serve a stale
		 * configuration), including a master gone before prctl().
		 */
		prctl(PR_SET_PDEATHSIG, SIGTERM);
		if (getppid() != master)
			_exit(0);
		/* The worker sets its own signals, from an empty mask. */
		sigprocmask(SIG_UNBLOCK, &p->sigs, NULL);
		status = worker_run(p->listen_fd, p->cfg);
		_exit(status);
	}
	p->children = xrealloc(p->children,
	    (p->nchildren + 1) * sizeof(*p->children));
	p->children[p->nchildren].pid = pid;
	p->children[p->nchildren].generation = p->generation;
	p->children[p->nchildren].started_us = mono_us();
	p->nchildren++;
}

static void
signal_all(struct pool *p, int sig)
{
	size_t	 i;

	for (i = 0; i < p->nchildren; i++)
		kill(p->children[i].pid, sig);
}

/* Reaps every exited child; the back-off follows how they died. */
static void
reap(struct pool *p, bool stopping)
{
	struct child	 c;
	pid_t		 pid;
	size_t		 i;
	int		 status;
	bool		 crashed;

	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		for (i = 0; i < p->nchildren && p->children[i].pid != pid; i++)
			;
		if (i == p->nchildren)
			continue;
		c = p->children[i];
		p->children[i] = p->children[--p->nchildren];
		crashed = !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
		if (stopping || c.generation != p->generation)
			continue;
		if (!crashed) {
			/* Recycled after max_requests: replace it now. */
			continue;
		}
		if (WIFSIGNALED(status))
			log_msg(LOG_ERROR, "worker %ld killed by signal %d",
			    (long)pid, WTERMSIG(status));
		else
			log_msg(LOG_ERROR, "worker %ld exited with status %d",
			    (long)pid, WEXITSTATUS(status));
		if (mono_us() - c.started_us < YOUNG_US) {
			p->backoff_us = p->backoff_us == 0 ? BACKOFF_MIN_US :
			    p->backoff_us * 2;
			if (p->backoff_us > BACKOFF_MAX_US)
				p->backoff_us = BACKOFF_MAX_US;
			p->next_spawn_us = mono_us() + p->backoff_us;
			log_msg(LOG_WARN, "workers die young: next one in "
			    "%lld ms", (long long)(p->backoff_us / 1000));
		} else
			p->backoff_us = 0;
	}
}

/* SIGHUP: a new configuration, new workers, old ones finish and go. */
static void
reload(struct pool *p)
{
	struct config	*fresh;
	char		 err[512];

	fresh = xcalloc(1, sizeof(*fresh));
	if (!config_load(fresh, p->config_path, p->envp, err, sizeof(err))) {
		log_msg(LOG_ERROR, "reload: %s; keeping the running "
		    "configuration", err);
		free(fresh);
		return;
	}
	if ((fresh->listen == NULL) != (p->cfg->listen == NULL) ||
	    (fresh->listen != NULL &&
	    strcmp(fresh->listen, p->cfg->listen) != 0))
		log_msg(LOG_WARN, "reload: listen changed; restart cinto "
		    "to move the socket");
	config_free(p->cfg);
	free(p->cfg);
	p->cfg = fresh;
	log_setup(fresh->log_format);
	p->generation++;
	p->backoff_us = 0;
	p->next_spawn_us = 0;
	signal_all(p, SIGTERM);
	log_msg(LOG_INFO, "configuration reloaded; rolling workers");
}

/* SIGTERM: let requests in flight finish, then SIGKILL the stragglers. */
static void
shutdown_pool(struct pool *p)
{
	struct timespec	 ts;
	int64_t		 deadline;
	int		 sig;

	signal_all(p, SIGTERM);
	deadline = mono_us() + p->cfg->grace_seconds * 1000000;
	while (p->nchildren > 0 && mono_us() < deadline) {
		ts.tv_sec = 0;
		ts.tv_nsec = 100 * 1000 * 1000;
		sig = sigtimedwait(&p->sigs, NULL, &ts);
		(void)sig;
		reap(p, true);
	}
	if (p->nchildren > 0) {
		log_msg(LOG_WARN, "%lu workers still busy after %lld s: "
		    "killing them", (unsigned long)p->nchildren,
		    (long long)p->cfg->grace_seconds);
		signal_all(p, SIGKILL);
		while (p->nchildren > 0 && waitpid(-1, NULL, 0) > 0)
			reap(p, true);
		p->nchildren = 0;
	}
}

int
pool_run(int listen_fd, struct config *cfg, const char *config_path,
    char *const *envp, const char *unix_path)
{
	struct pool	 p;
	struct timespec	 ts;
	int64_t		 wait_us;
	int		 sig;

	memset(&p, 0, sizeof(p));
	p.listen_fd = listen_fd;
	p.cfg = cfg;
	p.config_path = config_path;
	p.envp = envp;
	sigemptyset(&p.sigs);
	sigaddset(&p.sigs, SIGCHLD);
	sigaddset(&p.sigs, SIGTERM);
	sigaddset(&p.sigs, SIGINT);
	sigaddset(&p.sigs, SIGQUIT);
	sigaddset(&p.sigs, SIGHUP);
	sigprocmask(SIG_BLOCK, &p.sigs, NULL);
	log_msg(LOG_INFO, "master %ld: %lld workers", (long)getpid(),
	    (long long)cfg->workers);

	for (;;) {
		while (live_current(&p) < (size_t)p.cfg->workers &&
		    mono_us() >= p.next_spawn_us)
			spawn(&p);
		wait_us = live_current(&p) < (size_t)p.cfg->workers ?
		    p.next_spawn_us - mono_us() : 1000000;
		if (wait_us < 1000)
			wait_us = 1000;
		ts.tv_sec = wait_us / 1000000;
		ts.tv_nsec = (wait_us % 1000000) * 1000;
		sig = sigtimedwait(&p.sigs, NULL, &ts);
		if (sig == SIGCHLD)
			reap(&p, false);
		else if (sig == SIGHUP)
			reload(&p);
		else if (sig == SIGTERM || sig == SIGINT || sig == SIGQUIT) {
			log_msg(LOG_INFO, "stopping on signal %d", sig);
			break;
		} else if (sig < 0 && errno != EAGAIN && errno != EINTR)
			log_msg(LOG_ERROR, "sigtimedwait: %s", strerror(errno));
		/* A SIGCHLD may be merged with another signal: reap anyway. */
		reap(&p, false);
	}
	shutdown_pool(&p);
	if (unix_path != NULL)
		unlink(unix_path);
	free(p.children);
	config_free(p.cfg);
	free(p.cfg);
	log_msg(LOG_INFO, "master stopped");
	return 0;
}
