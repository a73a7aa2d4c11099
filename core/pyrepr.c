/*
 * pyrepr.c — see pyrepr.h.
 */
#include <string.h>

#include "core/json.h"
#include "core/pyrepr.h"
#include "core/util.h"

/*
 * Python quotes with ' unless the text holds a ' and no ", escapes the
 * quote, backslash and control characters, and keeps printable
 * non-ASCII characters as they are.
 */
static void
repr_string(struct buf *b, const char *s)
{
	const unsigned char	*p;
	char			 q;

	q = strchr(s, '\'') != NULL && strchr(s, '"') == NULL ? '"' : '\'';
	buf_putc(b, q);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == (unsigned char)q || *p == '\\') {
			buf_putc(b, '\\');
			buf_putc(b, (char)*p);
		} else if (*p == '\n')
			buf_puts(b, "\\n");
		else if (*p == '\r')
			buf_puts(b, "\\r");
		else if (*p == '\t')
			buf_puts(b, "\\t");
		else if (*p == 0xC0 && p[1] == 0x80) {
			buf_puts(b, "\\x00");	/* our U+0000 */
			p++;
		} else if (*p < 0x20 || *p == 0x7F)
			buf_printf(b, "\\x%02x", *p);
		else
			buf_putc(b, (char)*p);
	}
	buf_putc(b, q);
}

void
pyrepr(struct buf *b, const cJSON *v)
{
	const cJSON	*c;
	char		 tmp[JSON_NUMBUF];

	if (v == NULL || cJSON_IsNull(v))
		buf_puts(b, "None");
	else if (cJSON_IsTrue(v))
		buf_puts(b, "True");
	else if (cJSON_IsFalse(v))
		buf_puts(b, "False");
	else if (cJSON_IsNumber(v))
		buf_puts(b, json_number_text(v, tmp));
	else if (cJSON_IsString(v))
		repr_string(b, v->valuestring);
	else if (cJSON_IsArray(v)) {
		buf_putc(b, '[');
		for (c = v->child; c != NULL; c = c->next) {
			pyrepr(b, c);
			if (c->next != NULL)
				buf_puts(b, ", ");
		}
		buf_putc(b, ']');
	} else if (cJSON_IsObject(v)) {
		buf_putc(b, '{');
		for (c = v->child; c != NULL; c = c->next) {
			repr_string(b, c->string);
			buf_puts(b, ": ");
			pyrepr(b, c);
			if (c->next != NULL)
				buf_puts(b, ", ");
		}
		buf_putc(b, '}');
	} else
		buf_puts(b, "None");
}
