/*
 * json_order.c — the protocol's order of JSON values and exact equality
 * (requests.md, "Filtering" and "Sorting"); see json.h.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/util.h"

/* Objects up to this size are sorted on the stack. */
#define SMALL_OBJECT	16
/* Exponents are capped: 1e-99999999999999999999 needs no exact order. */
#define EXP_CAP		INT64_C(1000000000000000000)

static bool
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* ==== Order and equality ==== */

/*
 * A number as 0.DIGITS x 10^exp, DIGITS without leading or trailing
 * zeros, held as two runs of the text (integer part, fraction part) so
 * that nothing is copied.  No digits means zero, whatever the sign.
 */
struct num {
	bool		 neg;
	const char	*a, *ae;	/* significant digits, integer part */
	const char	*f, *fe;	/* significant digits, fraction part */
	int64_t		 exp;
};

static void
num_scan(const char *s, struct num *n)
{
	const char	*ip, *ipe, *fp, *fpe;
	int64_t		 e = 0;
	bool		 eneg = false;
	size_t		 lead = 0;

	n->neg = *s == '-';
	if (n->neg)
		s++;
	for (ip = s; is_digit(*s); s++)
		continue;
	ipe = s;
	if (*s == '.')
		s++;
	for (fp = s; is_digit(*s); s++)
		continue;
	fpe = s;
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '+' || *s == '-')
			eneg = *s++ == '-';
		for (; is_digit(*s); s++)
			e = e < EXP_CAP / 10 ? e * 10 + (*s - '0') : EXP_CAP;
		if (eneg)
			e = -e;
	}
	while (ip < ipe && *ip == '0')
		ip++;
	if (ip < ipe)
		e += ipe - ip;
	else {
		while (fp < fpe && *fp == '0') {
			fp++;
			lead++;
		}
		e -= (int64_t)lead;
	}
	while (fpe > fp && fpe[-1] == '0')
		fpe--;
	if (fp == fpe)
		while (ipe > ip && ipe[-1] == '0')
			ipe--;
	n->a = ip;
	n->ae = ipe;
	n->f = fp;
	n->fe = fpe;
	n->exp = e;
}

/* The i-th significant digit, or -1 past the last (smaller than any). */
static int
num_digit(const struct num *n, size_t i)
{
	size_t	 la = (size_t)(n->ae - n->a);

	if (i < la)
		return n->a[i];
	i -= la;
	if (i < (size_t)(n->fe - n->f))
		return n->f[i];
	return -1;
}

int
json_number_text_cmp(const char *a, const char *b)
{
	struct num	 x, y;
	int		 sx, sy, c = 0, dx, dy;
	size_t		 i;

	num_scan(a, &x);
	num_scan(b, &y);
	sx = x.a == x.ae && x.f == x.fe ? 0 : x.neg ? -1 : 1;
	sy = y.a == y.ae && y.f == y.fe ? 0 : y.neg ? -1 : 1;
	if (sx != sy)
		return sx < sy ? -1 : 1;
	if (sx == 0)
		return 0;
	if (x.exp != y.exp)
		c = x.exp < y.exp ? -1 : 1;
	else
		for (i = 0; c == 0; i++) {
			dx = num_digit(&x, i);
			dy = num_digit(&y, i);
			if (dx == -1 && dy == -1)
				break;
			c = (dx > dy) - (dx < dy);
		}
	return sx * c;
}

/*
 * UTF-8 bytes sort in code point order, except our two-byte U+0000,
 * which must come before every other character.
 */
static int
str_cmp(const char *a, const char *b)
{
	const unsigned char	*x, *y;
	int			 cx, cy;

	x = (const unsigned char *)(a == NULL ? "" : a);
	y = (const unsigned char *)(b == NULL ? "" : b);
	while (*x == *y && *x != '\0') {
		x++;
		y++;
	}
	if (*x == *y)
		return 0;
	/* The end sorts first, then 0xC0 (U+0000), then the rest. */
	cx = *x == '\0' ? 0 : *x == 0xC0 ? 1 : *x + 1;
	cy = *y == '\0' ? 0 : *y == 0xC0 ? 1 : *y + 1;
	return cx - cy;
}

/* null < strings < numbers < booleans < arrays < objects; then raw. */
static int
rank(const cJSON *v)
{
	static const int order[] = { cJSON_NULL, cJSON_String, cJSON_Number,
	    cJSON_False | cJSON_True, cJSON_Array, cJSON_Object, cJSON_Raw };
	int		 r;

	for (r = 0; v != NULL && r < (int)(sizeof(order) / sizeof(order[0]));
	    r++)
		if (v->type & order[r])
			return r;
	return 0;	/* NULL and cJSON_Invalid sort as null */
}

/* Members by key; equal keys (only in trees built by hand) by value. */
static int
key_qcmp(const void *a, const void *b)
{
	const cJSON	*x = *(const cJSON *const *)a;
	const cJSON	*y = *(const cJSON *const *)b;
	int		 c;

	if ((c = str_cmp(x->string, y->string)) != 0)
		return c;
	return json_compare(x, y);
}

static const cJSON **
sorted_members(const cJSON *o, size_t *np, const cJSON **small)
{
	const cJSON	**m, *c;
	size_t		  n = 0;

	for (c = o->child; c != NULL; c = c->next)
		n++;
	m = n <= SMALL_OBJECT ? small : xmalloc(n * sizeof(*m));
	for (n = 0, c = o->child; c != NULL; c = c->next)
		m[n++] = c;
	qsort(m, n, sizeof(*m), key_qcmp);
	*np = n;
	return m;
}

/*
 * Objects compare as their members sorted by key, pair by pair, then
 * by count: a total order that agrees with json_equal() (1 and 1.0 are
 * the same value), unlike a comparison of their printed texts.
 */
static int
object_cmp(const cJSON *a, const cJSON *b)
{
	const cJSON	*sa[SMALL_OBJECT], *sb[SMALL_OBJECT];
	const cJSON	**ma, **mb;
	size_t		  na, nb, i;
	int		  c = 0;

	ma = sorted_members(a, &na, sa);
	mb = sorted_members(b, &nb, sb);
	for (i = 0; i < na && i < nb && c == 0; i++)
		if ((c = str_cmp(ma[i]->string, mb[i]->string)) == 0)
			c = json_compare(ma[i], mb[i]);
	if (c == 0)
		c = (na > nb) - (na < nb);
	if (ma != sa)
		free(ma);
	if (mb != sb)
		free(mb);
	return c;
}

int
json_compare(const cJSON *a, const cJSON *b)
{
	const cJSON	*x, *y;
	char		 ta[JSON_NUMBUF], tb[JSON_NUMBUF];
	int		 ra = rank(a), rb = rank(b), c;

	if (ra != rb)
		return ra < rb ? -1 : 1;
	if (ra == 0)
		return 0;
	switch (a->type & 0xFF) {
	case cJSON_String:
	case cJSON_Raw:
		return str_cmp(a->valuestring, b->valuestring);
	case cJSON_Number:
		return json_number_text_cmp(json_number_text(a, ta),
		    json_number_text(b, tb));
	case cJSON_False:
	case cJSON_True:
		return cJSON_IsTrue(a) - cJSON_IsTrue(b);
	case cJSON_Array:
		for (x = a->child, y = b->child; x != NULL && y != NULL;
		    x = x->next, y = y->next)
			if ((c = json_compare(x, y)) != 0)
				return c;
		return (x != NULL) - (y != NULL);
	default:
		return object_cmp(a, b);
	}
}

bool
json_equal(const cJSON *a, const cJSON *b)
{
	const cJSON	*x, *y;

	if (rank(a) != rank(b))
		return false;
	if (cJSON_IsArray(a) || cJSON_IsObject(a)) {
		/* Sizes first: objects that differ there need no sorting. */
		for (x = a->child, y = b->child; x != NULL && y != NULL;
		    x = x->next, y = y->next)
			continue;
		if (x != NULL || y != NULL)
			return false;
	}
	return json_compare(a, b) == 0;
}

/* ==== Sort keys: json_compare() as memcmp() ==== */

static void
key_string(struct buf *b, const char *s)
{
	const unsigned char	*p;

	/*
	 * Byte order is code point order, but for our U+0000 (0xC0 0x80),
	 * which sorts first: 0x00 ends the string, 0x01 escapes.
	 */
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == 0xC0 && p[1] == 0x80) {
			buf_add(b, "\x01\x01", 2);
			p++;
		} else if (*p == 0x01)
			buf_add(b, "\x01\x02", 2);
		else
			buf_putc(b, (char)*p);
	}
	buf_putc(b, '\0');
}

/*
 * A number as 0x03 then: 0x80 for zero; 0x81, the biased exponent
 * (8 bytes, big-endian) and the significant digits ending in 0x00 for a
 * positive number; 0x7F and the same bytes inverted for a negative one.
 */
static void
key_number(struct buf *b, const char *text)
{
	struct num	 n;
	unsigned char	 e[8], d;
	uint64_t	 biased;
	size_t		 i;
	int		 c;

	num_scan(text, &n);
	if (n.a == n.ae && n.f == n.fe) {
		buf_putc(b, (char)0x80);
		return;
	}
	buf_putc(b, n.neg ? 0x7F : (char)0x81);
	biased = (uint64_t)n.exp ^ (UINT64_C(1) << 63);
	for (i = 0; i < 8; i++) {
		e[i] = (unsigned char)(biased >> (56 - 8 * i));
		buf_putc(b, (char)(n.neg ? ~e[i] : e[i]));
	}
	for (i = 0; (c = num_digit(&n, i)) != -1; i++) {
		d = (unsigned char)c;
		buf_putc(b, (char)(n.neg ? ~d : d));
	}
	buf_putc(b, n.neg ? (char)0xFF : 0);
}

void
json_sort_key(struct buf *b, const cJSON *v)
{
	const cJSON	*small[SMALL_OBJECT], **m, *c;
	char		 tmp[JSON_NUMBUF];
	size_t		 n, i;

	switch (v == NULL ? -1 : rank(v)) {
	case -1:
		buf_putc(b, 0x07);	/* missing: after everything */
		return;
	case 0:
		buf_putc(b, 0x01);
		return;
	case 1:
		buf_putc(b, 0x02);
		key_string(b, v->valuestring);
		return;
	case 2:
		buf_putc(b, 0x03);
		key_number(b, json_number_text(v, tmp));
		return;
	case 3:
		buf_putc(b, 0x04);
		buf_putc(b, cJSON_IsTrue(v) ? 1 : 0);
		return;
	case 4:
		buf_putc(b, 0x05);
		for (c = v->child; c != NULL; c = c->next)
			json_sort_key(b, c);
		buf_putc(b, 0x00);
		return;
	case 5:
		buf_putc(b, 0x06);
		m = sorted_members(v, &n, small);
		for (i = 0; i < n; i++) {
			buf_putc(b, 0x01);	/* a member follows */
			key_string(b, m[i]->string);
			json_sort_key(b, m[i]);
		}
		buf_putc(b, 0x00);
		if (m != small)
			free(m);
		return;
	default:			/* raw: as a string after objects */
		buf_putc(b, 0x08);
		key_string(b, v->valuestring);
		return;
	}
}

/* ==== Sort keys from JSON text ==== */

/* The end of the value starting at p (valid JSON text), or NULL. */
static const char *
skip_value(const char *p, const char *end)
{
	int	 depth = 0;

	do {
		if (p >= end)
			return NULL;
		switch (*p) {
		case '"':
			for (p++; p < end && *p != '"'; p++)
				if (*p == '\\')
					p++;
			if (p >= end)
				return NULL;
			p++;
			break;
		case '{':
		case '[':
			depth++;
			p++;
			break;
		case '}':
		case ']':
			depth--;
			p++;
			break;
		case ',':
		case ':':
		case ' ':
		case '\t':
		case '\n':
		case '\r':
			p++;
			break;
		default:
			while (p < end && *p != ',' && *p != '}' && *p != ']')
				p++;
			break;
		}
	} while (depth > 0);
	return p;
}

static const char *
skip_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' ||
	    *p == '\r'))
		p++;
	return p;
}

/*
 * Whether the JSON string at p (its opening quote) decodes to the n
 * bytes of name; *after gets the end of the string.  Keys with escapes
 * are decoded with the parser (rare).
 */
static bool
key_is(const char *p, const char *end, const char *name, size_t n,
    const char **after)
{
	const char	*q;
	cJSON		*k = NULL;
	bool		 same;

	for (q = p + 1; q < end && *q != '"' && *q != '\\'; q++)
		;
	if (q < end && *q == '"') {
		*after = q + 1;
		return (size_t)(q - p - 1) == n && memcmp(p + 1, name, n) == 0;
	}
	if ((*after = skip_value(p, end)) == NULL)
		return false;
	if (json_parse(p, (size_t)(*after - p), 1, &k, NULL) != JSON_OK)
		return false;
	same = strlen(k->valuestring) == n && memcmp(k->valuestring, name,
	    n) == 0;
	cJSON_Delete(k);
	return same;
}

const char *
json_text_at(const char *text, size_t len, const char *path, size_t *vlen)
{
	const char	*p = text, *end = text + len, *seg, *dot, *after, *v;
	size_t		 n;

	for (seg = path; ; seg = dot + 1) {
		dot = strchr(seg, '.');
		n = dot != NULL ? (size_t)(dot - seg) : strlen(seg);
		p = skip_ws(p, end);
		if (p >= end || *p != '{')
			return NULL;
		p++;
		for (;;) {
			p = skip_ws(p, end);
			if (p >= end || *p != '"')
				return NULL;	/* '}': not there */
			if (key_is(p, end, seg, n, &after)) {
				p = skip_ws(after, end);
				if (p >= end || *p != ':')
					return NULL;
				p = skip_ws(p + 1, end);
				break;
			}
			p = skip_ws(after, end);
			if (p >= end || *p != ':')
				return NULL;
			if ((p = skip_value(skip_ws(p + 1, end), end)) == NULL)
				return NULL;
			p = skip_ws(p, end);
			if (p < end && *p == ',')
				p++;
		}
		if (dot == NULL)
			break;
	}
	if ((v = skip_value(p, end)) == NULL)
		return NULL;
	*vlen = (size_t)(v - p);
	return p;
}

void
json_sort_key_text(struct buf *b, const char *text, size_t len)
{
	cJSON	*v = NULL;
	char	*num;

	if (text == NULL) {
		buf_putc(b, 0x07);
		return;
	}
	/* The common scalars straight from the text. */
	if (len > 0 && (text[0] == '-' || (text[0] >= '0' && text[0] <= '9'))) {
		num = xstrndup(text, len);
		buf_putc(b, 0x03);
		key_number(b, num);
		free(num);
		return;
	}
	if (len == 4 && memcmp(text, "null", 4) == 0) {
		buf_putc(b, 0x01);
		return;
	}
	if (len == 4 && memcmp(text, "true", 4) == 0) {
		buf_add(b, "\x04\x01", 2);
		return;
	}
	if (len == 5 && memcmp(text, "false", 5) == 0) {
		buf_add(b, "\x04\x00", 2);
		return;
	}
	if (len >= 2 && text[0] == '"' && memchr(text, '\\', len) == NULL) {
		char *s = xstrndup(text + 1, len - 2);

		buf_putc(b, 0x02);
		key_string(b, s);
		free(s);
		return;
	}
	if (json_parse(text, len, 100000, &v, NULL) == JSON_OK)
		json_sort_key(b, v);
	else
		buf_putc(b, 0x07);
	cJSON_Delete(v);
}
