/*
 * t_http.c — protocol tests in process: every .t file of tests/http is a
 * list of requests fed to core_handle() and the responses they must get.
 *
 * File format (one file, one configuration, one fresh data directory):
 *
 *	@set NAME=value		environment for config_load(), before cases
 *	# title			starts a case
 *	GET /v1/path [user:pw]	the request: method, raw target, Basic auth
 *	Header: value		request headers, then body lines (if any);
 *				X-Flaw: n sets the decoder's flaw and
 *				X-Remote-User: name the web server's
 *				REMOTE_USER, neither a header
 *	=> 200			the expected status
 *	< Header: value		a header with exactly that value
 *	< Header ~ text		a header containing text
 *	< !Header		a header that must be absent
 *	{"json": "subset"}	the expected body (until a blank line):
 *				objects match when every expected key
 *				matches (others may exist), arrays and
 *				scalars exactly; not JSON: exact text
 *	= {"json": "exact"}	the expected body, exactly (json_equal):
 *				no other key anywhere
 *
 * Usage: t_http [file.t ...] (default: every .t file in tests/http).
 */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "core/config.h"
#include "core/core.h"
#include "core/json.h"
#include "core/util.h"
#include "tests/t.h"

struct expect_header {
	char	*name;
	char	*value;		/* NULL: must be absent */
	int	 contains;
};

struct tcase {
	char			*title;
	int			 line;
	struct request		 req;
	int			 status;
	struct expect_header	 hdrs[32];
	size_t			 nhdrs;
	struct buf		 body;		/* expected body */
};

/* Objects: a subset; arrays and scalars: equal (json_equal). */
static int
subset(const cJSON *want, const cJSON *got)
{
	const cJSON	*w, *g;

	if (cJSON_IsObject(want)) {
		if (!cJSON_IsObject(got))
			return 0;
		for (w = want->child; w != NULL; w = w->next) {
			g = cJSON_GetObjectItemCaseSensitive(got, w->string);
			if (g == NULL || !subset(w, g))
				return 0;
		}
		return 1;
	}
	if (cJSON_IsArray(want)) {
		if (!cJSON_IsArray(got) ||
		    cJSON_GetArraySize(want) != cJSON_GetArraySize(got))
			return 0;
		for (w = want->child, g = got->child; w != NULL;
		    w = w->next, g = g->next)
			if (!subset(w, g))
				return 0;
		return 1;
	}
	return json_equal(want, got);
}

static void
check(const char *file, struct tcase *tc)
{
	struct response	 resp;
	const char	*got;
	cJSON		*want = NULL, *have = NULL;
	size_t		 i;
	int		 ok = 1;

	response_init(&resp);
	core_handle(&tc->req, &resp);
	if (resp.status != tc->status) {
		fprintf(stderr, "%s:%d: %s: status %d, want %d\n", file,
		    tc->line, tc->title, resp.status, tc->status);
		ok = 0;
	}
	for (i = 0; i < tc->nhdrs; i++) {
		got = response_header(&resp, tc->hdrs[i].name);
		if (tc->hdrs[i].value == NULL ? got == NULL :
		    got != NULL && (tc->hdrs[i].contains ?
		    strstr(got, tc->hdrs[i].value) != NULL :
		    strcmp(got, tc->hdrs[i].value) == 0))
			continue;
		fprintf(stderr, "%s:%d: %s: header %s is \"%s\", want %s\"%s\"\n",
		    file, tc->line, tc->title, tc->hdrs[i].name,
		    got ? got : "(absent)", tc->hdrs[i].contains ? "~ " : "",
		    tc->hdrs[i].value ? tc->hdrs[i].value : "(absent)");
		ok = 0;
	}
	if (tc->body.len > 0) {
		const char	*w = tc->body.data;
		int		 exact = strncmp(w, "= ", 2) == 0;

		if (exact)
			w += 2;
		if (json_parse(w, strlen(w), 512, &want, NULL) == JSON_OK) {
			if (resp.body == NULL || json_parse(resp.body,
			    resp.bodylen, 512, &have, NULL) != JSON_OK ||
			    !(exact ? json_equal(want, have) :
			    subset(want, have)))
				ok = 0;
		} else if (resp.body == NULL ||
		    strcmp(resp.body, tc->body.data) != 0)
			ok = 0;
		if (!ok || (want == NULL && resp.body == NULL))
			fprintf(stderr, "%s:%d: %s: body\n  got:  %s\n  want: %s\n",
			    file, tc->line, tc->title,
			    resp.body ? resp.body : "(none)", tc->body.data);
	}
	if (ok)
		t_pass++;
	else
		t_fail++;
	cJSON_Delete(want);
	cJSON_Delete(have);
	response_free(&resp);
}

static void
tcase_reset(struct tcase *tc)
{
	size_t	 i;

	free(tc->title);
	request_free(&tc->req);
	for (i = 0; i < tc->nhdrs; i++) {
		free(tc->hdrs[i].name);
		free(tc->hdrs[i].value);
	}
	buf_free(&tc->body);
	memset(tc, 0, sizeof(*tc));
	request_init(&tc->req);
}

static void
chomp(char *s)
{
	size_t	 n = strlen(s);

	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
}

/* "GET /v1/x user:pw" */
static void
parse_request_line(struct tcase *tc, char *line)
{
	char		*method, *target, *cred, *b64;
	size_t		 b64len;

	method = strtok(line, " ");
	target = strtok(NULL, " ");
	cred = strtok(NULL, " ");
	request_set_method(&tc->req, method);
	request_set_target(&tc->req, target != NULL ? target : "/");
	request_set_string(&tc->req.scheme, "http");
	request_set_string(&tc->req.host, "localhost:8888");
	if (cred != NULL) {
		b64len = sodium_base64_ENCODED_LEN(strlen(cred),
		    sodium_base64_VARIANT_ORIGINAL);
		b64 = xmalloc(b64len + 6);
		memcpy(b64, "Basic ", 6);
		sodium_bin2base64(b64 + 6, b64len, (unsigned char *)cred,
		    strlen(cred), sodium_base64_VARIANT_ORIGINAL);
		request_set_header(&tc->req, HDR_AUTHORIZATION, b64);
		free(b64);
	}
}

static int
header_line(const char *line)
{
	const char	*p = line;

	while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
	    *p == '-')
		p++;
	return p > line && p[0] == ':' && p[1] == ' ';
}

static void
run_file(const char *file)
{
	enum { NONE, REQ, BODY, EXPECT } state = NONE;
	struct config	 cfg;
	struct tcase	 tc;
	struct buf	 reqbody = { 0 };
	char		*env[64], line[65536], err[512], dir[] = "/tmp/t_http.XXXXXX";
	size_t		 nenv = 0, i;
	int		 lineno = 0, started = 0;
	FILE		*f;
	enum header	 h;
	char		*colon, *cmd;

	if ((f = fopen(file, "r")) == NULL) {
		fprintf(stderr, "%s: cannot open\n", file);
		t_fail++;
		return;
	}
	if (mkdtemp(dir) == NULL) {
		fclose(f);
		t_fail++;
		return;
	}
	memset(&tc, 0, sizeof(tc));
	request_init(&tc.req);
	for (;;) {
		char *got = fgets(line, sizeof(line), f);

		if (got != NULL) {
			lineno++;
			chomp(line);
		}
		/* A case ends at a blank line after "=>", or at the end. */
		if (state == EXPECT && (got == NULL || line[0] == '\0' ||
		    line[0] == '#')) {
			check(file, &tc);
			tcase_reset(&tc);
			state = NONE;
		}
		if (got == NULL)
			break;
		if (strncmp(line, "@set ", 5) == 0) {
			if (started || nenv == 63) {
				fprintf(stderr, "%s:%d: @set after cases\n",
				    file, lineno);
				t_fail++;
				continue;
			}
			env[nenv++] = xstrdup(line + 5);
			continue;
		}
		if (state == NONE) {
			if (line[0] == '#') {
				free(tc.title);
				tc.title = xstrdup(line + 1 + (line[1] == ' '));
				continue;
			}
			if (line[0] == '\0')
				continue;
			if (!started) {
				/* After @set lines: the first match wins. */
				env[nenv++] = xasprintf("CINTO_DATA_DIR=%s",
				    dir);
				env[nenv] = NULL;
				if (!config_load(&cfg, NULL, env, err,
				    sizeof(err))) {
					fprintf(stderr, "%s: config: %s\n",
					    file, err);
					t_fail++;
					break;
				}
				core_init(&cfg, err, sizeof(err));
				started = 1;
			}
			if (tc.title == NULL)
				tc.title = xstrdup("(untitled)");
			tc.line = lineno;
			parse_request_line(&tc, line);
			state = REQ;
			buf_reset(&reqbody);
			continue;
		}
		if ((state == REQ || state == BODY) &&
		    strncmp(line, "=> ", 3) == 0) {
			if (reqbody.len > 0) {
				size_t	 len;
				char	*b = buf_detach(&reqbody, &len);

				request_take_body(&tc.req, b, len);
			}
			tc.status = atoi(line + 3);
			state = EXPECT;
			continue;
		}
		if (state == REQ && header_line(line)) {
			colon = strchr(line, ':');
			h = header_from_name(line, (size_t)(colon - line));
			if (h != HDR__MAX)
				request_set_header(&tc.req, h, colon + 2);
			else if (str_ncasecmp(line, "X-Flaw:", 7) == 0)
				tc.req.flaw = (enum request_flaw)atoi(colon + 2);
			else if (str_ncasecmp(line, "X-Remote-User:", 14) == 0)
				request_set_string(&tc.req.remote_user,
				    colon + 2);
			continue;
		}
		if (state == REQ || state == BODY) {
			if (state == BODY)
				buf_putc(&reqbody, '\n');
			buf_puts(&reqbody, line);
			state = BODY;
			continue;
		}
		/* state == EXPECT */
		if (strncmp(line, "< ", 2) == 0 && tc.nhdrs < 32) {
			struct expect_header *eh = &tc.hdrs[tc.nhdrs++];

			cmd = line + 2;
			if (*cmd == '!') {
				eh->name = xstrdup(cmd + 1);
				continue;
			}
			if ((colon = strstr(cmd, ": ")) == NULL &&
			    (colon = strstr(cmd, " ~ ")) == NULL) {
				fprintf(stderr, "%s:%d: bad header line\n",
				    file, lineno);
				t_fail++;
				tc.nhdrs--;
				continue;
			}
			eh->contains = colon[0] == ' ';
			eh->name = xstrndup(cmd, (size_t)(colon - cmd));
			eh->value = xstrdup(colon + (eh->contains ? 3 : 2));
			continue;
		}
		if (tc.body.len > 0)
			buf_putc(&tc.body, '\n');
		buf_puts(&tc.body, line);
	}
	fclose(f);
	tcase_reset(&tc);
	request_free(&tc.req);
	buf_free(&reqbody);
	if (started) {
		core_fini();
		config_free(&cfg);
	}
	for (i = 0; i < nenv; i++)
		free(env[i]);
	/* The data directory holds sqlite files only. */
	{
		char *cmdline = xasprintf("rm -rf '%s'", dir);
		if (system(cmdline) != 0)
			fprintf(stderr, "%s: could not remove\n", dir);
		free(cmdline);
	}
}

int
main(int argc, char **argv)
{
	glob_t	 g;
	size_t	 i;
	int	 a;

	json_init();
	if (argc > 1) {
		for (a = 1; a < argc; a++)
			run_file(argv[a]);
		return t_report();
	}
	if (glob("tests/http/*.t", 0, NULL, &g) != 0) {
		fprintf(stderr, "no tests/http/*.t (run from the top)\n");
		return 1;
	}
	for (i = 0; i < g.gl_pathc; i++)
		run_file(g.gl_pathv[i]);
	globfree(&g);
	return t_report();
}
