/*
 * pyrepr.c — see pyrepr.h.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/pyrepr.h"
#include "core/util.h"

/*
 * Non-ASCII code points Python's str.isprintable() refuses, so repr()
 * escapes: C1 controls, the separators (Zs but U+0020, Zl, Zp), the
 * format characters (Cf) of the BMP, private use (Co).  Unassigned code
 * points (Cn) would need Unicode's tables: they stay as they are.
 */
static bool
unprintable(unsigned long cp)
{
	static const unsigned long ranges[][2] = {
		{ 0x80, 0xA0 }, { 0xAD, 0xAD }, { 0x600, 0x605 },
		{ 0x61C, 0x61C }, { 0x6DD, 0x6DD }, { 0x70F, 0x70F },
		{ 0x890, 0x891 }, { 0x8E2, 0x8E2 }, { 0x1680, 0x1680 },
		{ 0x180E, 0x180E }, { 0x2000, 0x200F }, { 0x2028, 0x202F },
		{ 0x205F, 0x2064 }, { 0x2066, 0x206F }, { 0x3000, 0x3000 },
		{ 0xE000, 0xF8FF }, { 0xFEFF, 0xFEFF }, { 0xFFF9, 0xFFFB },
		{ 0xF0000, 0x10FFFF },
	};
	size_t	 i;

	for (i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++)
		if (cp >= ranges[i][0] && cp <= ranges[i][1])
			return true;
	return false;
}

/* The code point of the UTF-8 sequence at p (valid), and its length. */
static unsigned long
utf8_decode(const unsigned char *p, int *len)
{
	if (p[0] < 0xE0) {
		*len = 2;
		return (unsigned long)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
	}
	if (p[0] < 0xF0) {
		*len = 3;
		return (unsigned long)(p[0] & 0x0F) << 12 |
		    (unsigned long)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
	}
	*len = 4;
	return (unsigned long)(p[0] & 0x07) << 18 |
	    (unsigned long)(p[1] & 0x3F) << 12 |
	    (unsigned long)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

/*
 * Python quotes with ' unless the text holds a ' and no ", escapes the
 * quote, backslash and what is not printable (\xNN, \uNNNN,
 * \UNNNNNNNN), and keeps printable non-ASCII characters as they are.
 */
static void
repr_string(struct buf *b, const char *s)
{
	const unsigned char	*p;
	unsigned long		 cp;
	int			 len;
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
		else if (*p >= 0xC2 && *p <= 0xF4 &&
		    unprintable(cp = utf8_decode(p, &len))) {
			buf_printf(b, cp < 0x100 ? "\\x%02lx" : cp < 0x10000 ?
			    "\\u%04lx" : "\\U%08lx", cp);
			p += len - 1;
		} else
			buf_putc(b, (char)*p);
	}
	buf_putc(b, q);
}

/*
 * What Python prints for a JSON number json.loads() read: an integer
 * literal stays an int, every digit kept ("-0" is 0); anything with a
 * fraction or an exponent is a float, printed as repr() does: the
 * shortest digits that read back the same, in fixed notation with at
 * least ".0" when the point falls within -4 < position <= 16, else as
 * "1.5e+22" / "1e-05" (Python's float_repr_style "short").
 */
static void
repr_number(struct buf *b, const char *text)
{
	char		 sci[40], digits[20];
	const char	*p;
	double		 d;
	int		 prec, exp, n, decpt, i;

	if (strpbrk(text, ".eE") == NULL) {
		buf_puts(b, strcmp(text, "-0") == 0 ? "0" : text);
		return;
	}
	d = strtod(text, NULL);
	if (d != d || d > 1.7976931348623157e308 || d < -1.7976931348623157e308) {
		buf_puts(b, d > 0 ? "inf" : d < 0 ? "-inf" : "nan");
		return;
	}
	for (prec = 0; prec < 17; prec++) {
		snprintf(sci, sizeof(sci), "%.*e", prec, d);
		if (strtod(sci, NULL) == d)
			break;
	}
	/* sci is "-d.ddde[+-]x": the digits, and the exponent. */
	p = sci;
	if (*p == '-') {
		buf_putc(b, '-');
		p++;
	}
	for (n = 0; *p != 'e'; p++)
		if (*p != '.')
			digits[n++] = *p;
	while (n > 1 && digits[n - 1] == '0')
		n--;
	exp = atoi(p + 1);
	decpt = exp + 1;
	if (decpt > -4 && decpt <= 16) {
		if (decpt <= 0) {
			buf_puts(b, "0.");
			for (i = decpt; i < 0; i++)
				buf_putc(b, '0');
			buf_add(b, digits, (size_t)n);
		} else {
			for (i = 0; i < decpt; i++)
				buf_putc(b, i < n ? digits[i] : '0');
			buf_putc(b, '.');
			if (n > decpt)
				buf_add(b, digits + decpt, (size_t)(n - decpt));
			else
				buf_putc(b, '0');
		}
		return;
	}
	buf_putc(b, digits[0]);
	if (n > 1) {
		buf_putc(b, '.');
		buf_add(b, digits + 1, (size_t)(n - 1));
	}
	buf_printf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

void
pystr(struct buf *b, const cJSON *v)
{
	if (cJSON_IsString(v))
		buf_puts(b, v->valuestring);
	else
		pyrepr(b, v);
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
		repr_number(b, json_number_text(v, tmp));
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
