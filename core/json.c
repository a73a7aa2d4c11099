/*
 * json.c — see json.h.  An RFC 8259 parser and a printer over cJSON
 * trees that keep numbers as text, and the exact order and equality of
 * JSON values that the protocol sorts and filters by.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/json.h"

/* Error messages: rapidjson's wording (error/en.h), which Kinto shows. */
static const char E_EMPTY[] = "The document is empty.";
static const char E_ROOT[] =
    "The document root must not be followed by other values.";
static const char E_VALUE[] = "Invalid value.";
static const char E_NAME[] = "Missing a name for object member.";
static const char E_COLON[] = "Missing a colon after a name of object member.";
static const char E_OBJECT[] = "Missing a comma or '}' after an object member.";
static const char E_ARRAY[] = "Missing a comma or ']' after an array element.";
static const char E_HEX[] = "Incorrect hex digit after \\u escape in string.";
static const char E_SURROGATE[] = "The surrogate pair in string is invalid.";
static const char E_ESCAPE[] = "Invalid escape character in string.";
static const char E_QUOTE[] = "Missing a closing quotation mark in string.";
static const char E_ENCODING[] = "Invalid encoding in string.";
static const char E_FRACTION[] = "Missing fraction part in number.";
static const char E_EXPONENT[] = "Missing exponent in number.";
static const char E_BIG[] = "Number too big to be stored in double.";
static const char E_DEPTH[] = "Nesting too deep.";

static const char *const json_rcs[JSON__MAX] = {
	"success",			/* JSON_OK */
	"syntax error",			/* JSON_ESYNTAX */
	"nesting too deep",		/* JSON_EDEPTH */
	"invalid UTF-8",		/* JSON_EUTF8 */
	"number out of range",		/* JSON_ERANGE */
};

/* Objects up to this size look for duplicate keys pairwise, unsorted. */
#define SMALL_OBJECT	16
#define NUMBUF		JSON_NUMBUF

/* An open array or object while parsing. */
struct frame {
	cJSON	*node;
	size_t	 n;		/* members so far */
};

/* A member of an object and its position, to sort by key. */
struct member {
	cJSON	*node;
	size_t	 i;
};

struct parser {
	const char	*buf;		/* the input, for offsets */
	const char	*p;		/* next byte to read */
	const char	*end;
	size_t		 max_depth;
	struct frame	*stk;		/* open containers, innermost last */
	size_t		 nstk, capstk;
	struct member	*mem;		/* scratch for the duplicate check */
	size_t		 capmem;
	struct buf	 sb;		/* scratch for strings with escapes */
	char		*key;		/* parsed key waiting for its value */
	enum json_rc	 rc;
	const char	*msg;
	size_t		 off;
};

static void __attribute__((noreturn))
json_oom(void)
{
	fprintf(stderr, "cinto: json: out of memory\n");
	abort();
}

/*
 * Strings in nodes are freed by cJSON_Delete() through cJSON's hooks:
 * free() both before json_init() and after (xmalloc() is malloc()), so
 * xmalloc() and xstrndup() may allocate them.
 */

/* A bare node of the given type (cJSON has no public constructor). */
static cJSON *
new_node(int type)
{
	cJSON	*v;

	if ((v = cJSON_CreateNull()) == NULL)
		json_oom();
	v->type = type;
	return v;
}

static bool
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static const char *
digits(const char *p, const char *end)
{
	while (p < end && is_digit(*p))
		p++;
	return p;
}

/*
 * Writes the shortest text that strtod() reads back as d: integers below
 * 2^53 (exact in a double) without exponent or point, others as the
 * first of %.15g, %.16g, %.17g that round-trips (%.17g always does).
 * Not locale-safe in general, but nothing in cinto calls setlocale(), so
 * the decimal point is '.' as for strtod().
 */
static size_t
fmt_double(double d, char out[NUMBUF])
{
	int	 prec, n = 0;

	if (!isfinite(d))
		return (size_t)snprintf(out, NUMBUF, "null");
	if (d == floor(d) && fabs(d) < 9007199254740992.0) {
		if (d == 0 && signbit(d))
			return (size_t)snprintf(out, NUMBUF, "-0");
		return (size_t)snprintf(out, NUMBUF, "%" PRId64, (int64_t)d);
	}
	for (prec = 15; prec <= 17; prec++) {
		n = snprintf(out, NUMBUF, "%.*g", prec, d);
		if (strtod(out, NULL) == d)
			break;
	}
	return (size_t)n;
}

/*
 * Length of the JSON number (RFC 8259, section 6) at p, or 0 with *at
 * and *msg saying what is wrong.  Leading zeros, '+', a bare '.', and
 * "1." are refused here; "01" stops after the 0 and fails later.
 */
static size_t
number_span(const char *s, const char *end, const char **at,
    const char **msg)
{
	const char	*p = s;

	if (p < end && *p == '-')
		p++;
	*at = p;
	*msg = E_VALUE;
	if (p == end || !is_digit(*p))
		return 0;
	p = *p == '0' ? p + 1 : digits(p, end);
	if (p < end && *p == '.') {
		*at = ++p;
		*msg = E_FRACTION;
		if (p == end || !is_digit(*p))
			return 0;
		p = digits(p, end);
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		if (++p < end && (*p == '+' || *p == '-'))
			p++;
		*at = p;
		*msg = E_EXPONENT;
		if (p == end || !is_digit(*p))
			return 0;
		p = digits(p, end);
	}
	return (size_t)(p - s);
}

/*
 * A number node owning text (a valid JSON number), or NULL when its
 * magnitude overflows a double.  strtod() rounds to the nearest double
 * and gives an infinity only on overflow (the grammar has no "inf");
 * underflow to 0 or a subnormal is fine, the text keeps the value.
 */
static cJSON *
number_node(char *text)
{
	cJSON	*v;
	double	 d;

	d = strtod(text, NULL);
	if (isinf(d)) {
		cJSON_free(text);
		return NULL;
	}
	if ((v = cJSON_CreateNumber(d)) == NULL)
		json_oom();
	v->valuestring = text;
	return v;
}

/* ==== Parser ==== */

static bool
fail(struct parser *ps, enum json_rc rc, const char *at, const char *msg)
{
	ps->rc = rc;
	ps->off = (size_t)(at - ps->buf);
	ps->msg = msg;
	return false;
}

/*
 * Skips whitespace (RFC 8259, section 2: space, tab, LF, CR) and returns
 * the next byte, or -1 at the end.
 */
static int
peek(struct parser *ps)
{
	while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' ||
	    *ps->p == '\n' || *ps->p == '\r'))
		ps->p++;
	return ps->p < ps->end ? (unsigned char)*ps->p : -1;
}

/*
 * Length of the valid UTF-8 sequence at p (lead byte >= 0x80), 0 if
 * invalid: a stray continuation byte, an overlong form (so 0xC0 0x80,
 * our U+0000, cannot come in raw), a surrogate, above U+10FFFF, or cut
 * short.  RFC 3629, section 4.
 */
static size_t
utf8_len(const unsigned char *p, const unsigned char *end)
{
	unsigned char	 lo = 0x80, hi = 0xBF;
	size_t		 n, i;

	if (p[0] < 0xC2)
		return 0;
	if (p[0] < 0xE0)
		n = 2;
	else if (p[0] < 0xF0) {
		n = 3;
		if (p[0] == 0xE0)
			lo = 0xA0;
		else if (p[0] == 0xED)
			hi = 0x9F;
	} else if (p[0] < 0xF5) {
		n = 4;
		if (p[0] == 0xF0)
			lo = 0x90;
		else if (p[0] == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if ((size_t)(end - p) < n || p[1] < lo || p[1] > hi)
		return 0;
	for (i = 2; i < n; i++)
		if (p[i] < 0x80 || p[i] > 0xBF)
			return 0;
	return n;
}

/* Four hex digits at p (either case), or -1. */
static long
hex4(const char *p, const char *end)
{
	long	 v = 0;
	int	 i, c;

	if (end - p < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		c = (unsigned char)p[i];
		if (c >= '0' && c <= '9')
			c -= '0';
		else if (c >= 'a' && c <= 'f')
			c -= 'a' - 10;
		else if (c >= 'A' && c <= 'F')
			c -= 'A' - 10;
		else
			return -1;
		v = v << 4 | c;
	}
	return v;
}

static void
put_utf8(struct buf *b, unsigned long cp)
{
	unsigned char	 u[4];
	size_t		 n, i;

	if (cp == 0) {
		/* Modified UTF-8 keeps C strings NUL-free (json.h). */
		buf_add(b, "\xc0\x80", 2);
		return;
	}
	if (cp < 0x80) {
		buf_putc(b, (char)cp);
		return;
	}
	n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	for (i = n - 1; i > 0; i--, cp >>= 6)
		u[i] = (unsigned char)(0x80 | (cp & 0x3F));
	/* Lead byte: n one bits, a zero, then the highest bits. */
	u[0] = (unsigned char)((0xFF00 >> n & 0xFF) | cp);
	buf_add(b, u, n);
}

/*
 * Decodes the escape at *pp (a backslash) onto ps->sb and moves past it.
 * Errors point at the backslash, as rapidjson's do.  A \u escape naming
 * a surrogate must be a high one followed by a low one: a lone half has
 * no UTF-8 form, so it is refused rather than mangled.
 */
static bool
unescape(struct parser *ps, const char **pp)
{
	static const char	 from[] = "\"\\/bfnrt";
	static const char	 to[] = "\"\\/\b\f\n\r\t";
	const char		*p = *pp, *q;
	long			 cp, lo;

	if (p + 1 == ps->end)
		return fail(ps, JSON_ESYNTAX, ps->end, E_QUOTE);
	if (p[1] != 'u') {
		if (p[1] == '\0' || (q = strchr(from, p[1])) == NULL)
			return fail(ps, JSON_ESYNTAX, p, E_ESCAPE);
		buf_putc(&ps->sb, to[q - from]);
		*pp = p + 2;
		return true;
	}
	if ((cp = hex4(p + 2, ps->end)) < 0)
		return fail(ps, JSON_ESYNTAX, p, E_HEX);
	*pp = p + 6;
	if (cp >= 0xD800 && cp <= 0xDFFF) {
		if (cp > 0xDBFF || ps->end - *pp < 2 || (*pp)[0] != '\\' ||
		    (*pp)[1] != 'u')
			return fail(ps, JSON_EUTF8, p, E_SURROGATE);
		if ((lo = hex4(*pp + 2, ps->end)) < 0)
			return fail(ps, JSON_ESYNTAX, p, E_HEX);
		if (lo < 0xDC00 || lo > 0xDFFF)
			return fail(ps, JSON_EUTF8, p, E_SURROGATE);
		cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
		*pp += 6;
	}
	put_utf8(&ps->sb, (unsigned long)cp);
	return true;
}

/*
 * Parses the string whose opening quote is at ps->p into a new string
 * (cJSON's allocator) in *out.  One pass: runs of plain bytes are only
 * checked; they are copied into the scratch buffer only once an escape
 * has been seen, else the result is copied straight from the input.
 */
static bool
parse_string(struct parser *ps, char **out)
{
	const char	*start = ps->p + 1, *p = start, *run;
	size_t		 n;
	bool		 esc = false;
	unsigned char	 c;

	for (;;) {
		run = p;
		while (p < ps->end) {
			c = (unsigned char)*p;
			if (c >= 0x80) {
				if ((n = utf8_len((const unsigned char *)p,
				    (const unsigned char *)ps->end)) == 0)
					return fail(ps, JSON_EUTF8, p,
					    E_ENCODING);
				p += n;
			} else if (c == '"' || c == '\\' || c < 0x20)
				break;
			else
				p++;
		}
		if (esc)
			buf_add(&ps->sb, run, (size_t)(p - run));
		if (p == ps->end)
			return fail(ps, JSON_ESYNTAX, p, E_QUOTE);
		if (*p == '"')
			break;
		if (*p != '\\')	/* RFC 8259, section 7: unescaped %x20- */
			return fail(ps, JSON_ESYNTAX, p, E_ENCODING);
		if (!esc) {
			esc = true;
			buf_reset(&ps->sb);
			buf_add(&ps->sb, start, (size_t)(p - start));
		}
		if (!unescape(ps, &p))
			return false;
	}
	if (esc)
		*out = xstrndup(ps->sb.data, ps->sb.len);
	else
		*out = xstrndup(start, (size_t)(p - start));
	ps->p = p + 1;
	return true;
}

static bool
parse_number(struct parser *ps, cJSON **out)
{
	const char	*at, *msg;
	size_t		 n;

	if ((n = number_span(ps->p, ps->end, &at, &msg)) == 0)
		return fail(ps, JSON_ESYNTAX, at, msg);
	if ((*out = number_node(xstrndup(ps->p, n))) == NULL)
		return fail(ps, JSON_ERANGE, ps->p, E_BIG);
	ps->p += n;
	return true;
}

static bool
parse_literal(struct parser *ps, cJSON **out)
{
	static const struct {
		const char	*text;
		size_t		 len;
		int		 type;
	} lits[] = {
		{ "true", 4, cJSON_True },
		{ "false", 5, cJSON_False },
		{ "null", 4, cJSON_NULL },
	};
	size_t	 i;

	for (i = 0; i < sizeof(lits) / sizeof(lits[0]); i++)
		if ((size_t)(ps->end - ps->p) >= lits[i].len &&
		    memcmp(ps->p, lits[i].text, lits[i].len) == 0) {
			*out = new_node(lits[i].type);
			ps->p += lits[i].len;
			return true;
		}
	return fail(ps, JSON_ESYNTAX, ps->p, E_VALUE);
}

/* Links v under the innermost open container (or makes it the root). */
static void
attach(struct parser *ps, cJSON **root, cJSON *v)
{
	struct frame	*top;

	if (ps->nstk == 0) {
		*root = v;
		return;
	}
	top = &ps->stk[ps->nstk - 1];
	if (top->node->type == cJSON_Object) {
		v->string = ps->key;
		ps->key = NULL;
	}
	/* O(1): cJSON 1.7.15 keeps the tail in child->prev. */
	cJSON_AddItemToArray(top->node, v);
	top->n++;
}

static void
push(struct parser *ps, cJSON *v)
{
	if (ps->nstk == ps->capstk) {
		ps->capstk = ps->capstk == 0 ? 16 : ps->capstk * 2;
		ps->stk = xrealloc(ps->stk, ps->capstk * sizeof(*ps->stk));
	}
	ps->stk[ps->nstk].node = v;
	ps->stk[ps->nstk].n = 0;
	ps->nstk++;
}

static int
member_cmp(const void *a, const void *b)
{
	const struct member	*x = a, *y = b;
	int			 c;

	if ((c = strcmp(x->node->string, y->node->string)) != 0)
		return c;
	return (x->i > y->i) - (x->i < y->i);
}

/*
 * Removes duplicate keys from the object just closed: the last value
 * wins, in the place of the first occurrence, which is what Kinto's
 * json.loads() into a Python dict does.  Sorting by (key, position)
 * keeps this O(n log n) for objects with many members; small objects are
 * scanned pairwise first, since duplicates are rare.
 */
static void
dedup(struct parser *ps, const struct frame *f)
{
	struct member	*m;
	cJSON		*a, *b;
	size_t		 i, j, k, n = f->n;
	bool		 dup = false;

	if (n < 2)
		return;
	if (n <= SMALL_OBJECT) {
		for (a = f->node->child; a != NULL && !dup; a = a->next)
			for (b = a->next; b != NULL && !dup; b = b->next)
				dup = strcmp(a->string, b->string) == 0;
		if (!dup)
			return;
	}
	if (n > ps->capmem) {
		ps->capmem = n;
		ps->mem = xrealloc(ps->mem, n * sizeof(*ps->mem));
	}
	m = ps->mem;
	for (i = 0, a = f->node->child; a != NULL; a = a->next, i++) {
		m[i].node = a;
		m[i].i = i;
	}
	qsort(m, n, sizeof(*m), member_cmp);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n; j++)
			if (strcmp(m[i].node->string, m[j].node->string) != 0)
				break;
		if (j - i == 1)
			continue;
		for (k = i + 1; k < j - 1; k++)
			cJSON_Delete(cJSON_DetachItemViaPointer(f->node,
			    m[k].node));
		/* O(1) in cJSON 1.7.15; frees the first occurrence. */
		cJSON_ReplaceItemViaPointer(f->node, m[i].node,
		    cJSON_DetachItemViaPointer(f->node, m[j - 1].node));
	}
}

/*
 * The grammar as a loop over an explicit stack of open containers rather
 * than recursion, so max_depth bounds memory, not the C stack.  Every
 * node is linked into *root as soon as it exists, so that one
 * cJSON_Delete() cleans up after an error.
 */
static bool
parse_doc(struct parser *ps, cJSON **root)
{
	struct frame	*top;
	cJSON		*v;
	char		*s;
	int		 c, close;

	if (peek(ps) < 0)
		return fail(ps, JSON_ESYNTAX, ps->p, E_EMPTY);
value:
	switch (c = peek(ps)) {
	case '[':
	case '{':
		if (ps->nstk >= ps->max_depth)
			return fail(ps, JSON_EDEPTH, ps->p, E_DEPTH);
		v = new_node(c == '[' ? cJSON_Array : cJSON_Object);
		attach(ps, root, v);
		push(ps, v);
		ps->p++;
		if (peek(ps) == (c == '[' ? ']' : '}')) {
			ps->p++;
			ps->nstk--;
			goto next;
		}
		if (c == '[')
			goto value;
		goto member;
	case '"':
		if (!parse_string(ps, &s))
			return false;
		v = new_node(cJSON_String);
		v->valuestring = s;
		break;
	case 't':
	case 'f':
	case 'n':
		if (!parse_literal(ps, &v))
			return false;
		break;
	default:
		if (!parse_number(ps, &v))
			return false;
		break;
	}
	attach(ps, root, v);
next:
	if (ps->nstk == 0)
		return peek(ps) < 0 || fail(ps, JSON_ESYNTAX, ps->p, E_ROOT);
	top = &ps->stk[ps->nstk - 1];
	close = top->node->type == cJSON_Array ? ']' : '}';
	if ((c = peek(ps)) == ',') {
		ps->p++;
		if (close == ']')
			goto value;
		goto member;
	}
	if (c != close)
		return fail(ps, JSON_ESYNTAX, ps->p,
		    close == ']' ? E_ARRAY : E_OBJECT);
	ps->p++;
	if (close == '}')
		dedup(ps, top);
	ps->nstk--;
	goto next;
member:
	if (peek(ps) != '"')
		return fail(ps, JSON_ESYNTAX, ps->p, E_NAME);
	if (!parse_string(ps, &ps->key))
		return false;
	if (peek(ps) != ':')
		return fail(ps, JSON_ESYNTAX, ps->p, E_COLON);
	ps->p++;
	goto value;
}

enum json_rc
json_parse(const char *buf, size_t len, int max_depth, cJSON **out,
    struct json_error *err)
{
	struct parser	 ps;
	cJSON		*root = NULL;

	if (buf == NULL) {
		/* No pointer arithmetic on NULL, not even + 0. */
		buf = "";
		len = 0;
	}
	memset(&ps, 0, sizeof(ps));
	ps.buf = ps.p = buf;
	ps.end = buf + len;
	ps.max_depth = max_depth < 0 ? 0 : (size_t)max_depth;
	if (parse_doc(&ps, &root))
		*out = root;
	else {
		*out = NULL;
		cJSON_Delete(root);
		if (err != NULL) {
			err->offset = ps.off;
			err->message = ps.msg;
		}
	}
	cJSON_free(ps.key);
	free(ps.stk);
	free(ps.mem);
	buf_free(&ps.sb);
	return ps.rc;
}

/* ==== Printer ==== */

/*
 * RFC 8259, section 7, escaping only what must be, with Kinto's upper
 * case hex; 0xC0 0x80 is our U+0000.
 */
static void
print_string(struct buf *b, const char *str)
{
	static const char	 hex[] = "0123456789ABCDEF";
	static const char	 from[] = "\"\\\b\f\n\r\t", to[] = "\"\\bfnrt";
	const unsigned char	*p, *run;
	const char		*q;
	char			 e[6] = { '\\', 'u', '0', '0' };

	p = (const unsigned char *)(str == NULL ? "" : str);
	buf_putc(b, '"');
	for (;;) {
		run = p;
		while (*p >= 0x20 && *p != '"' && *p != '\\' &&
		    !(*p == 0xC0 && p[1] == 0x80))
			p++;
		buf_add(b, run, (size_t)(p - run));
		if (*p == '\0')
			break;
		if (*p == 0xC0) {
			buf_add(b, "\\u0000", 6);
			p += 2;
			continue;
		}
		if ((q = strchr(from, *p)) != NULL) {
			e[1] = to[q - from];
			buf_add(b, e, 2);
			e[1] = 'u';
		} else {
			e[4] = hex[*p >> 4];
			e[5] = hex[*p & 0xF];
			buf_add(b, e, 6);
		}
		p++;
	}
	buf_putc(b, '"');
}

void
json_print_buf(struct buf *b, const cJSON *v)
{
	const cJSON	*c;
	char		 nb[NUMBUF];

	if (v == NULL) {
		buf_add(b, "null", 4);
		return;
	}
	switch (v->type & 0xFF) {
	case cJSON_False:
		buf_add(b, "false", 5);
		break;
	case cJSON_True:
		buf_add(b, "true", 4);
		break;
	case cJSON_Number:
		if (v->valuestring != NULL)
			buf_puts(b, v->valuestring);
		else
			buf_add(b, nb, fmt_double(v->valuedouble, nb));
		break;
	case cJSON_String:
		print_string(b, v->valuestring);
		break;
	case cJSON_Raw:
		buf_puts(b, v->valuestring != NULL ? v->valuestring : "null");
		break;
	case cJSON_Array:
		buf_putc(b, '[');
		for (c = v->child; c != NULL; c = c->next) {
			if (c != v->child)
				buf_putc(b, ',');
			json_print_buf(b, c);
		}
		buf_putc(b, ']');
		break;
	case cJSON_Object:
		buf_putc(b, '{');
		for (c = v->child; c != NULL; c = c->next) {
			if (c != v->child)
				buf_putc(b, ',');
			print_string(b, c->string);
			buf_putc(b, ':');
			json_print_buf(b, c);
		}
		buf_putc(b, '}');
		break;
	default:
		buf_add(b, "null", 4);
		break;
	}
}

char *
json_print(const cJSON *v, size_t *len)
{
	struct buf	 b = { 0 };

	json_print_buf(&b, v);
	return buf_detach(&b, len);
}

/* ==== Builders ==== */

void
json_init(void)
{
	cJSON_Hooks	 h = { .malloc_fn = xmalloc, .free_fn = free };

	cJSON_InitHooks(&h);
}

const char *
json_strerror(enum json_rc rc)
{
	if ((unsigned)rc >= JSON__MAX)
		return "unknown error";
	return json_rcs[rc];
}

cJSON *
json_new_int(int64_t i)
{
	char	 t[NUMBUF];
	int	 n;
	cJSON	*v;

	n = snprintf(t, sizeof(t), "%" PRId64, i);
	if ((v = cJSON_CreateNumber((double)i)) == NULL)
		json_oom();
	v->valuestring = xstrndup(t, (size_t)n);
	return v;
}

cJSON *
json_new_number_text(const char *text)
{
	const char	*end, *at, *msg;
	size_t		 len;

	if (text == NULL)
		return NULL;
	len = strlen(text);
	end = text + len;
	if (len == 0 || number_span(text, end, &at, &msg) != len)
		return NULL;
	return number_node(xstrndup(text, len));
}

cJSON *
json_new_string(const char *s)
{
	cJSON	*v;

	v = new_node(cJSON_String);
	v->valuestring = xstrndup(s, strlen(s));
	return v;
}

cJSON *
json_add_int(cJSON *obj, const char *key, int64_t i)
{
	cJSON	*v;

	if (obj == NULL || key == NULL || !cJSON_IsObject(obj))
		return NULL;
	v = json_new_int(i);
	v->string = xstrndup(key, strlen(key));
	cJSON_AddItemToArray(obj, v);
	return v;
}

const char *
json_number_text(const cJSON *v, char tmp[JSON_NUMBUF])
{
	if (v->valuestring != NULL)
		return v->valuestring;
	fmt_double(v->valuedouble, tmp);
	return tmp;
}
