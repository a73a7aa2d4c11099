/*
 * worker.c — see worker.h.  The only files that include fcgiapp.h are
 * this one and main.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "core/config.h"
#include "core/core.h"
#include "core/log.h"
#include "core/util.h"
#include "fcgi/decode.h"
#include "fcgi/worker.h"

extern char	**environ;

static volatile sig_atomic_t	 stop_requested;

static void
on_stop(int sig)
{
	(void)sig;
	stop_requested = 1;
	FCGX_ShutdownPending();
}

static ssize_t
read_fcgx(void *arg, char *out, size_t n)
{
	FCGX_Request	*fr = arg;
	int		 got;

	got = FCGX_GetStr(out, (int)(n > 65536 ? 65536 : n), fr->in);
	return got < 0 ? -1 : got;
}

/*
 * CGI: without CONTENT_LENGTH there is no body (RFC 3875, 4.1.2), and
 * stdin may never reach its end.
 */
static ssize_t
read_stdin(void *arg, char *out, size_t n)
{
	const char	*cl = getenv("CONTENT_LENGTH");
	size_t		 got;

	(void)arg;
	if (cl == NULL || *cl == '\0')
		return 0;
	got = fread(out, 1, n, stdin);
	return got == 0 && ferror(stdin) ? -1 : (ssize_t)got;
}

/* Builds, handles and logs one request; the writer sends the bytes. */
static void
serve(const struct config *cfg, char *const *envp, body_reader rd,
    void *arg, void (*write_out)(void *, const char *, size_t),
    void *out)
{
	struct request	 req;
	struct response	 resp;
	struct buf	 head = { 0 };
	int64_t		 t0 = mono_us();
	int		 is_head;

	request_init(&req);
	response_init(&resp);
	decode_request(&req, envp, rd, arg, cfg->max_body_bytes);
	core_handle(&req, &resp);
	is_head = req.method == METHOD_HEAD;
	encode_response_head(&resp, &head, is_head);
	write_out(out, head.data, head.len);
	if (!is_head && resp.status != 304 && resp.bodylen > 0)
		write_out(out, resp.body, resp.bodylen);
	buf_free(&head);
	log_request(&req, &resp, mono_us() - t0);
	request_free(&req);
	response_free(&resp);
}

static void
write_fcgx(void *arg, const char *p, size_t n)
{
	FCGX_PutStr(p, (int)n, arg);
}

static void
write_stdout(void *arg, const char *p, size_t n)
{
	fwrite(p, 1, n, arg);
}

int
worker_run(int listen_fd, const struct config *cfg)
{
	struct sigaction	 sa;
	sigset_t		 block, during_wait;
	FCGX_Request		 fr;
	struct pollfd		 pfd;
	int64_t			 served = 0;
	char			 err[512];
	int			 rc;

	/*
	 * Stop signals are blocked except inside ppoll(), so they can only
	 * arrive between requests: a request in progress always finishes,
	 * and none is lost between a check of the flag and accept().
	 */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGQUIT);
	sigprocmask(SIG_BLOCK, &block, &during_wait);
	sigdelset(&during_wait, SIGTERM);
	sigdelset(&during_wait, SIGINT);
	sigdelset(&during_wait, SIGHUP);
	sigdelset(&during_wait, SIGQUIT);

	if (!core_init(cfg, err, sizeof(err)))
		log_msg(LOG_ERROR, "storage: %s (will retry)", err);
	if (FCGX_Init() != 0) {
		log_msg(LOG_ERROR, "FCGX_Init failed");
		return 1;
	}
	FCGX_InitRequest(&fr, listen_fd, FCGI_FAIL_ACCEPT_ON_INTR);
	pfd.fd = listen_fd;
	pfd.events = POLLIN;
	while (!stop_requested &&
	    (cfg->max_requests == 0 || served < cfg->max_requests)) {
		if (ppoll(&pfd, 1, NULL, &during_wait) < 0) {
			if (errno == EINTR)
				continue;
			log_msg(LOG_ERROR, "poll: %s", strerror(errno));
			break;
		}
		/* The listening socket is non-blocking: another worker may
		 * have taken the connection (EAGAIN). */
		rc = FCGX_Accept_r(&fr);
		if (rc == -EAGAIN || rc == -EWOULDBLOCK || rc == -EINTR)
			continue;
		if (rc < 0) {
			if (stop_requested)
				break;
			log_msg(LOG_ERROR, "accept: %s", strerror(-rc));
			continue;
		}
		serve(cfg, fr.envp, read_fcgx, &fr, write_fcgx, fr.out);
		/*
		 * Never keep the connection (FCGI_KEEP_CONN): this loop
		 * only watches the listening socket, and a kept connection
		 * would pin a worker of the pool to one server connection.
		 */
		fr.keepConnection = 0;
		FCGX_Finish_r(&fr);
		served++;
	}
	core_fini();
	return 0;
}

int
worker_cgi(const struct config *cfg)
{
	char	 err[512];

	if (!core_init(cfg, err, sizeof(err)))
		log_msg(LOG_ERROR, "storage: %s", err);
	serve(cfg, environ, read_stdin, NULL, write_stdout, stdout);
	fflush(stdout);
	core_fini();
	return 0;
}
