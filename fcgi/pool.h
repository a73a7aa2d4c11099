/*
 * pool.h — the master of the pre-forked worker pool (DESIGN.md,
 * "Process model").  It serves nothing: it forks `workers` processes
 * that share the listening socket, respawns one that dies (backing off
 * when they die young, so a crash loop does not spin), respawns one
 * recycled after max_requests, on SIGTERM/SIGINT lets workers finish
 * their request (SIGKILL after grace_seconds), and on SIGHUP re-reads
 * the configuration and rolls the workers onto it.
 */
#ifndef CINTO_POOL_H
#define CINTO_POOL_H

struct config;

/*
 * Runs the pool on listen_fd until asked to stop; returns the exit
 * status.  cfg is the configuration loaded from config_path and envp;
 * SIGHUP loads them again (cfg is replaced, the pool owns it from now
 * on and frees it).  unix_path, when not NULL, is removed on exit.
 */
int	 pool_run(int listen_fd, struct config *cfg, const char *config_path,
	    char *const *envp, const char *unix_path);

#endif
