/*
 * worker.h — a FastCGI worker: accept a connection on the shared
 * listening socket, decode it into a struct request, core_handle(),
 * write the response, until told to stop or max_requests is reached.
 * Also the plain CGI mode: one request from the environment.
 */
#ifndef CINTO_WORKER_H
#define CINTO_WORKER_H

struct config;

/*
 * Serves FastCGI requests on listen_fd until SIGTERM, SIGINT, SIGHUP or
 * SIGQUIT (each finishes the request in progress first) or until max_requests
 * have been served.  Returns the process exit status: 0 when it stopped
 * as asked or was recycled.
 */
int	 worker_run(int listen_fd, const struct config *);

/* Answers the one CGI request of this process; returns the exit status. */
int	 worker_cgi(const struct config *);

#endif
