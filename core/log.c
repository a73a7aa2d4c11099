/*
 * log.c — see log.h.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "core/json.h"
#include "core/log.h"
#include "core/request.h"
#include "core/util.h"

static enum log_format	 log_format = LOG_JSON;
static pid_t		 log_pid;	/* getpid() once per process */

static const char *const level_names[LOG_LEVEL__MAX] = {
	"error",	/* LOG_ERROR */
	"warning",	/* LOG_WARN */
	"info",		/* LOG_INFO */
};

/* Called again in each worker after fork(): the pid changes. */
void
log_setup(enum log_format f)
{
	log_format = f;
	log_pid = getpid();
}

/* UTC with milliseconds: 2026-11-29T03:57:33.123Z */
static void
timestamp(char out[32])
{
	struct timeval	 tv;
	struct tm	 tm;
	char		 base[24];

	gettimeofday(&tv, NULL);
	gmtime_r(&tv.tv_sec, &tm);
	strftime(base, sizeof(base), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out, 32, "%.19s.%03dZ", base, (int)(tv.tv_usec / 1000 % 1000));
}

/* Writes the line in one call; a short write to stderr is not retried. */
static void
emit(cJSON *fields)
{
	struct buf	 b = { 0 };
	cJSON		*f;
	ssize_t		 n;

	if (log_format == LOG_JSON)
		json_print_buf(&b, fields);
	else {
		for (f = fields->child; f != NULL; f = f->next) {
			if (f != fields->child)
				buf_putc(&b, ' ');
			buf_printf(&b, "%s=", f->string);
			if (cJSON_IsString(f) &&
			    strpbrk(f->valuestring, " \"=") == NULL &&
			    *f->valuestring != '\0')
				buf_puts(&b, f->valuestring);
			else
				json_print_buf(&b, f);
		}
	}
	buf_putc(&b, '\n');
	n = write(STDERR_FILENO, b.data, b.len);
	(void)n;
	buf_free(&b);
	cJSON_Delete(fields);
}

static cJSON *
fields_new(const char *level)
{
	cJSON	*o;
	char	 ts[32];

	timestamp(ts);
	o = cJSON_CreateObject();
	cJSON_AddItemToObject(o, "time", json_new_string(ts));
	cJSON_AddItemToObject(o, "pid", json_new_int((int64_t)(log_pid != 0 ?
	    log_pid : getpid())));
	cJSON_AddItemToObject(o, "level", json_new_string(level));
	return o;
}

void
log_msg(enum log_level level, const char *fmt, ...)
{
	struct buf	 b = { 0 };
	cJSON		*o;
	va_list		 ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	o = fields_new(level_names[level]);
	cJSON_AddItemToObject(o, "msg", json_new_string(b.data));
	buf_free(&b);
	emit(o);
}

/* Request bytes reach the log only as valid UTF-8 (the printer trusts it). */
static const char *
loggable(const char *s)
{
	if (s == NULL)
		return "";
	return utf8_valid(s, strlen(s)) ? s : "(not UTF-8)";
}

void
log_request(const struct request *req, const struct response *resp,
    int64_t duration_us)
{
	cJSON	*o;
	char	 ms[32];

	o = fields_new("info");
	cJSON_AddItemToObject(o, "msg", json_new_string("request.summary"));
	cJSON_AddItemToObject(o, "method", json_new_string(
	    loggable(req->method_name)));
	/* The raw path only: query strings may carry tokens. */
	cJSON_AddItemToObject(o, "path", json_new_string(
	    loggable(req->raw_path)));
	cJSON_AddItemToObject(o, "status", json_new_int(resp->status));
	cJSON_AddItemToObject(o, "errno", json_new_int(resp->kinto_errno));
	snprintf(ms, sizeof(ms), "%lld.%03lld",
	    (long long)(duration_us / 1000), (long long)(duration_us % 1000));
	cJSON_AddItemToObject(o, "duration_ms", json_new_number_text(ms));
	cJSON_AddItemToObject(o, "uid", resp->user_id != NULL ?
	    json_new_string(resp->user_id) : cJSON_CreateNull());
	emit(o);
}
