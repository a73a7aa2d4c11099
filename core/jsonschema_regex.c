/*
 * jsonschema_regex.c — "pattern", "patternProperties" and format
 * "regex": ECMA-262 regular expressions (JSON Schema 2020-12, section
 * 6.4; with the "u" flag, as the test suite expects) run by PCRE2.
 *
 * The two dialects mostly agree; a pattern is rewritten where they do
 * not: "\s" and "." take ECMA-262's sets (Unicode spaces; every line
 * terminator), "\uXXXX" (surrogate pairs too) and "\u{...}" become
 * PCRE2's "\x{...}", long Unicode property names ("\p{Letter}",
 * "\p{Script=Greek}") their PCRE2 spelling, "[]" and "[^]" what they
 * mean in ECMA-262, and PCRE2-only syntax ("\A", "(?i)", possessive
 * quantifiers' friends) is refused as ECMA-262 would.  "\d", "\w" and
 * "\b" stay ASCII (no PCRE2_UCP), "$" matches at the very end only
 * (PCRE2_DOLLAR_ENDONLY).
 *
 * Work is bounded: a match runs under a PCRE2 match limit charged to
 * the evaluation's steps before it runs (1 step per RE_UNITS_PER_STEP
 * units, about 11 ns each on a 2020s x86), first a small one; a match
 * that reaches it runs again with a limit 16 times larger, until
 * RE_LIMIT_MAX: then the validation fails with JS_LIMIT.  So a
 * catastrophic pattern costs at most a few hundred milliseconds, then
 * an error, and ordinary ones cost a few steps.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/jsonschema_int.h"
#include "core/util.h"

#define RE_UNITS_PER_STEP	16
#define RE_LIMIT_MAX		(16L * 1000 * 1000)
#define RE_HEAP_KB		(16 * 1024)

struct jre {
	pcre2_code	*code;
};

/* ECMA-262 WhiteSpace and LineTerminator (\s), inside a class. */
static const char ws[] = "\\t\\n\\x{b}\\f\\r \\x{a0}\\x{1680}"
    "\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}"
    "\\x{feff}";

/* Its complement, as ranges: \S inside a class (no "^" possible there). */
static const char nws[] = "\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{9f}"
    "\\x{a1}-\\x{167f}\\x{1681}-\\x{1fff}\\x{200b}-\\x{2027}"
    "\\x{202a}-\\x{202e}\\x{2030}-\\x{205e}\\x{2060}-\\x{2fff}"
    "\\x{3001}-\\x{fefe}\\x{ff00}-\\x{10ffff}";

/* General_Category long names (Unicode PropertyValueAliases.txt). */
static const char *const gc_names[][2] = {
	{ "Cased_Letter", "L&" }, { "Close_Punctuation", "Pe" },
	{ "Connector_Punctuation", "Pc" }, { "Control", "Cc" },
	{ "Currency_Symbol", "Sc" }, { "Dash_Punctuation", "Pd" },
	{ "Decimal_Number", "Nd" }, { "Enclosing_Mark", "Me" },
	{ "Final_Punctuation", "Pf" }, { "Format", "Cf" },
	{ "Initial_Punctuation", "Pi" }, { "Letter", "L" },
	{ "Letter_Number", "Nl" }, { "Line_Separator", "Zl" },
	{ "Lowercase_Letter", "Ll" }, { "Mark", "M" },
	{ "Math_Symbol", "Sm" }, { "Modifier_Letter", "Lm" },
	{ "Modifier_Symbol", "Sk" }, { "Nonspacing_Mark", "Mn" },
	{ "Number", "N" }, { "Open_Punctuation", "Ps" },
	{ "Other", "C" }, { "Other_Letter", "Lo" },
	{ "Other_Number", "No" }, { "Other_Punctuation", "Po" },
	{ "Other_Symbol", "So" }, { "Paragraph_Separator", "Zp" },
	{ "Private_Use", "Co" }, { "Punctuation", "P" },
	{ "Separator", "Z" }, { "Space_Separator", "Zs" },
	{ "Spacing_Mark", "Mc" }, { "Surrogate", "Cs" },
	{ "Symbol", "S" }, { "Titlecase_Letter", "Lt" },
	{ "Unassigned", "Cn" }, { "Uppercase_Letter", "Lu" },
	{ "Combining_Mark", "M" }, { "digit", "Nd" }, { "punct", "P" },
	{ "cntrl", "Cc" },
};

static const char *
gc_short(const char *name)
{
	size_t	 i;

	for (i = 0; i < sizeof(gc_names) / sizeof(gc_names[0]); i++)
		if (strcmp(gc_names[i][0], name) == 0)
			return gc_names[i][1];
	return name;
}

/*
 * Writes \p{name} (or \P) in PCRE2's spelling.  p points after "\p{";
 * returns the end of the escape, or NULL when it is malformed.
 */
static const char *
tr_property(struct buf *b, const char *p, bool neg)
{
	const char	*end = strchr(p, '}'), *eq, *v;
	char		*name, *key;

	if (end == NULL || end == p)
		return NULL;
	name = xstrndup(p, (size_t)(end - p));
	if ((eq = strchr(name, '=')) != NULL) {
		key = xstrndup(name, (size_t)(eq - name));
		v = eq + 1;
		if (strcmp(key, "gc") == 0 ||
		    strcmp(key, "General_Category") == 0)
			buf_printf(b, "\\%c{%s}", neg ? 'P' : 'p', gc_short(v));
		else if (strcmp(key, "sc") == 0 || strcmp(key, "Script") == 0)
			buf_printf(b, "\\%c{sc:%s}", neg ? 'P' : 'p', v);
		else
			buf_printf(b, "\\%c{scx:%s}", neg ? 'P' : 'p', v);
		free(key);
	} else if (strcmp(name, "Assigned") == 0)
		buf_printf(b, "\\%c{Cn}", neg ? 'p' : 'P');
	else
		buf_printf(b, "\\%c{%s}", neg ? 'P' : 'p', gc_short(name));
	free(name);
	return end + 1;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Reads n hex digits at p into *cp; false if there are not. */
static bool
hex(const char *p, int n, unsigned long *cp)
{
	int	 i, h;

	*cp = 0;
	for (i = 0; i < n; i++) {
		if ((h = hexval((unsigned char)p[i])) < 0)
			return false;
		*cp = *cp * 16 + (unsigned long)h;
	}
	return true;
}

/*
 * \u escapes (p points at 'u'): returns the end, NULL if malformed.  A
 * lone surrogate matches nothing (UTF-8 text cannot hold one).
 */
static const char *
tr_unicode(struct buf *b, const char *p, bool in_class)
{
	unsigned long	 cp, lo;
	const char	*end;

	if (p[1] == '{') {
		end = strchr(p, '}');
		if (end == NULL || end - p - 2 < 1 || end - p - 2 > 6 ||
		    !hex(p + 2, (int)(end - p - 2), &cp) || cp > 0x10FFFF)
			return NULL;
		p = end + 1;
	} else {
		if (!hex(p + 1, 4, &cp))
			return NULL;
		p += 5;
		if (cp >= 0xD800 && cp <= 0xDBFF && p[0] == '\\' &&
		    p[1] == 'u' && hex(p + 2, 4, &lo) && lo >= 0xDC00 &&
		    lo <= 0xDFFF) {
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			p += 6;
		}
	}
	if (cp >= 0xD800 && cp <= 0xDFFF)
		buf_puts(b, in_class ? "" : "(?!)");
	else
		buf_printf(b, "\\x{%lx}", cp);
	return p;
}

/*
 * One escape (p at the backslash): returns what follows it, or NULL
 * for an escape ECMA-262 (with "u") refuses.
 */
static const char *
tr_escape(struct buf *b, const char *p, bool in_class)
{
	char	 c = p[1];

	switch (c) {
	case 's':
		buf_printf(b, in_class ? "%s" : "[%s]", ws);
		return p + 2;
	case 'S':
		buf_printf(b, in_class ? "%s" : "[%s]", nws);
		return p + 2;
	case 'b':
		buf_puts(b, in_class ? "\\x{8}" : "\\b");
		return p + 2;
	case 'u':
		return tr_unicode(b, p + 1, in_class);
	case 'p':
	case 'P':
		if (p[2] != '{')
			return NULL;
		return tr_property(b, p + 3, c == 'P');
	case 'c':
		if (!isalpha((unsigned char)p[2]))
			return NULL;
		buf_add(b, p, 3);
		return p + 3;
	case 'x':
		if (hexval((unsigned char)p[2]) < 0 ||
		    hexval((unsigned char)p[3]) < 0)
			return NULL;
		buf_add(b, p, 4);
		return p + 4;
	case 'k':
		if (p[2] != '<')
			return NULL;
		buf_add(b, p, 2);
		return p + 2;
	case 'd': case 'D': case 'w': case 'W': case 'B': case 't':
	case 'n': case 'v': case 'f': case 'r': case '0':
		buf_add(b, p, 2);
		return p + 2;
	case '\0':
		return NULL;
	default:
		/* Other letters are no escape in ECMA-262 "u" mode. */
		if (isalpha((unsigned char)c) || (unsigned char)c >= 0x80)
			return NULL;
		buf_add(b, p, 2);
		return p + 2;
	}
}

/* The PCRE2 spelling of an ECMA-262 pattern; false if it is not one. */
static bool
translate(const char *p, struct buf *b)
{
	bool	 in_class = false;

	buf_puts(b, "");
	while (*p != '\0') {
		if ((unsigned char)p[0] == 0xC0 && (unsigned char)p[1] == 0x80) {
			buf_puts(b, "\\x{0}");	/* our U+0000 */
			p += 2;
		} else if (*p == '\\') {
			if ((p = tr_escape(b, p, in_class)) == NULL)
				return false;
		} else if (in_class) {
			if (*p == ']')
				in_class = false;
			if (*p == '[')
				buf_putc(b, '\\');	/* not POSIX [: */
			buf_putc(b, *p++);
		} else if (*p == '[') {
			if (strncmp(p, "[]", 2) == 0) {
				buf_puts(b, "(?!)");
				p += 2;
			} else if (strncmp(p, "[^]", 3) == 0) {
				buf_puts(b, "[\\s\\S]");
				p += 3;
			} else {
				in_class = true;
				buf_putc(b, '[');
				if (*++p == '^')
					buf_putc(b, *p++);
			}
		} else if (*p == '.') {
			buf_puts(b, "[^\\n\\r\\x{2028}\\x{2029}]");
			p++;
		} else if (*p == '(' && p[1] == '?') {
			/* ECMA-262: (?: (?= (?! (?<= (?<! (?<name> only. */
			if (p[2] != ':' && p[2] != '=' && p[2] != '!' &&
			    !(p[2] == '<' && (p[3] == '=' || p[3] == '!' ||
			    isalpha((unsigned char)p[3]) || p[3] == '_' ||
			    p[3] == '$')))
				return false;
			buf_add(b, p, 2);
			p += 2;
		} else if ((*p == '+' || *p == '*' || *p == '?' || *p == '}') &&
		    p[1] == '+') {
			return false;	/* possessive: PCRE2 only */
		} else
			buf_putc(b, *p++);
	}
	return !in_class;
}

struct jre *
re_compile(const char *pattern, const char **why)
{
	struct buf	 b = { NULL, 0, 0 };
	struct jre	*re = NULL;
	pcre2_code	*code;
	int		 err;
	PCRE2_SIZE	 off;

	*why = "not an ECMA-262 regular expression";
	if (!translate(pattern, &b))
		goto out;
	code = pcre2_compile((PCRE2_SPTR)b.data, b.len,
	    PCRE2_UTF | PCRE2_DOLLAR_ENDONLY, &err, &off, NULL);
	if (code == NULL)
		goto out;
	re = xcalloc(1, sizeof(*re));
	re->code = code;
	*why = NULL;
out:
	buf_free(&b);
	return re;
}

void
re_free(struct jre *re)
{
	if (re == NULL)
		return;
	pcre2_code_free(re->code);
	free(re);
}

int
re_search(struct ev *ev, const struct jre *re, const char *s)
{
	pcre2_match_context	*mc = NULL;
	pcre2_match_data	*md = NULL;
	char			*copy = NULL, *w;
	const char		*r;
	size_t			 len = strlen(s);
	long			 limit = 256 + 4 * (long)len;
	int			 rc, found = 0;

	/* PCRE2 wants real UTF-8: our U+0000 (0xC0 0x80) becomes a NUL. */
	if (strstr(s, "\xC0\x80") != NULL) {
		copy = w = xmalloc(len + 1);
		for (r = s; *r != '\0'; r++) {
			if ((unsigned char)r[0] == 0xC0 &&
			    (unsigned char)r[1] == 0x80) {
				*w++ = '\0';
				r++;
			} else
				*w++ = *r;
		}
		len = (size_t)(w - copy);
		s = copy;
	}
	mc = pcre2_match_context_create(NULL);
	md = pcre2_match_data_create(1, NULL);
	if (mc == NULL || md == NULL)
		abort();		/* out of memory, as xmalloc() */
	pcre2_set_heap_limit(mc, RE_HEAP_KB);
	for (;;) {
		if (limit > RE_LIMIT_MAX)
			limit = RE_LIMIT_MAX;
		if (!ev_step(ev, limit / RE_UNITS_PER_STEP)) {
			found = -1;
			break;
		}
		pcre2_set_match_limit(mc, (uint32_t)limit);
		pcre2_set_depth_limit(mc, (uint32_t)limit);
		rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, 0, 0, md, mc);
		if (rc >= 0) {
			found = 1;
			break;
		}
		if (rc != PCRE2_ERROR_MATCHLIMIT &&
		    rc != PCRE2_ERROR_DEPTHLIMIT &&
		    rc != PCRE2_ERROR_HEAPLIMIT)
			break;		/* no match (or bad UTF-8: none) */
		if (limit >= RE_LIMIT_MAX) {
			ev->rc = JS_LIMIT;
			found = -1;
			break;
		}
		limit *= 16;
	}
	pcre2_match_data_free(md);
	pcre2_match_context_free(mc);
	free(copy);
	return found;
}
