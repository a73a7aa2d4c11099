/*
 * jsonschema_num.c — numbers as JSON Schema compares them: by exact
 * decimal value, from the text json_parse() kept (core/json.h), never
 * through doubles, so 12345678901234567890 is no multiple of 10 by
 * rounding and 1e308 is a multiple of 0.5.  See jsonschema_int.h.
 */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/jsonschema_int.h"

__extension__ typedef unsigned __int128 u128;

/* Exponents saturate here, far beyond anything that tells values apart. */
#define EXP_MAX	1000000000000000000LL

/*
 * A number as D * 10^X: D the significant digits (no leading or
 * trailing zeros; none at all for zero), X an integer.
 */
struct dec {
	bool		 neg;
	char		*d;		/* digits, NUL-terminated */
	size_t		 nd;
	long long	 x;
};

static void
dec_parse(const cJSON *v, struct dec *n)
{
	char		 tmp[JSON_NUMBUF];
	const char	*p = json_number_text(v, tmp);
	long long	 e = 0, frac = 0;
	bool		 eneg = false, in_frac = false;
	size_t		 i;

	n->neg = *p == '-';
	if (*p == '-' || *p == '+')
		p++;
	n->d = xmalloc(strlen(p) + 1);
	n->nd = 0;
	for (; *p != '\0' && *p != 'e' && *p != 'E'; p++) {
		if (*p == '.') {
			in_frac = true;
			continue;
		}
		if (*p < '0' || *p > '9')
			break;
		if (n->nd > 0 || *p != '0')
			n->d[n->nd++] = *p;
		if (in_frac)
			frac++;
	}
	if (*p == 'e' || *p == 'E') {
		p++;
		eneg = *p == '-';
		if (*p == '-' || *p == '+')
			p++;
		for (; *p >= '0' && *p <= '9'; p++)
			e = e < EXP_MAX / 10 ? e * 10 + (*p - '0') : EXP_MAX;
	}
	/* |frac| is a count of digits: far below EXP_MAX's headroom. */
	n->x = (eneg ? -e : e) - frac;
	for (i = n->nd; i > 0 && n->d[i - 1] == '0'; i--)
		n->x++;
	n->nd = i;
	n->d[n->nd] = '\0';
}

bool
num_is_integer(const cJSON *v)
{
	struct dec	 n;
	bool		 r;

	dec_parse(v, &n);
	r = n.nd == 0 || n.x >= 0;
	free(n.d);
	return r;
}

int
num_cmp(const cJSON *a, const cJSON *b)
{
	char	 ta[JSON_NUMBUF], tb[JSON_NUMBUF];

	return json_number_text_cmp(json_number_text(a, ta),
	    json_number_text(b, tb));
}

/* (a * b) mod m, without overflow. */
static uint64_t
mulmod(uint64_t a, uint64_t b, uint64_t m)
{
	return (uint64_t)((u128)a * b % m);
}

/* 10^k mod m, by squaring. */
static uint64_t
pow10mod(long long k, uint64_t m)
{
	uint64_t	 r = 1 % m, b = 10 % m;

	for (; k > 0; k >>= 1) {
		if (k & 1)
			r = mulmod(r, b, m);
		b = mulmod(b, b, m);
	}
	return r;
}

/*
 * a / b is an integer when Da * 10^(Xa - Xb) is a multiple of Db.  When
 * Xa < Xb it would take Da to be a multiple of 10, which it is not (no
 * trailing zeros): only zero qualifies.  Otherwise both factors are
 * reduced modulo Db, which fits 64 bits for any divisor written with at
 * most 18 significant digits; longer ones fall back on doubles, as
 * Python does for floats.
 */
bool
num_multiple_of(const cJSON *av, const cJSON *bv)
{
	struct dec	 a, b;
	uint64_t	 m = 0, r = 0;
	size_t		 i;
	bool		 ok;
	double		 q;

	dec_parse(av, &a);
	dec_parse(bv, &b);
	if (a.nd == 0 || b.nd == 0)
		ok = true;		/* 0 is a multiple; 0 divides nothing */
	else if (a.x < b.x)
		ok = false;
	else if (b.nd <= 18) {
		for (i = 0; i < b.nd; i++)
			m = m * 10 + (uint64_t)(b.d[i] - '0');
		for (i = 0; i < a.nd; i++)
			r = (r * 10 + (uint64_t)(a.d[i] - '0')) % m;
		ok = mulmod(r, pow10mod(a.x - b.x, m), m) == 0;
	} else {
		q = av->valuedouble / bv->valuedouble;
		ok = isfinite(q) && q == floor(q);
	}
	free(a.d);
	free(b.d);
	return ok;
}

/* The value rounded towards -inf (up false) or +inf, saturated. */
static long
to_long(const cJSON *v, bool up)
{
	struct dec	 n;
	long		 r = 0;
	long long	 keep;
	size_t		 i;
	bool		 frac = false, sat = false;

	dec_parse(v, &n);
	if (n.nd == 0)
		goto out;
	keep = (long long)n.nd + n.x;	/* digits before the point */
	if (keep > 18)
		sat = true;
	else {
		for (i = 0; (long long)i < keep; i++)
			r = r * 10 + (i < n.nd ? n.d[i] - '0' : 0);
		frac = n.x < 0;
	}
	if (sat)
		r = n.neg ? LONG_MIN : LONG_MAX;
	else {
		if (n.neg)
			r = -r;
		if (frac && up && !n.neg)
			r++;
		else if (frac && !up && n.neg)
			r--;
	}
out:
	free(n.d);
	return r;
}

long
num_floor(const cJSON *v)
{
	return to_long(v, false);
}

long
num_ceil(const cJSON *v)
{
	return to_long(v, true);
}

bool
num_equals(const cJSON *v, long k)
{
	return num_is_integer(v) && num_floor(v) == k;
}

uint64_t
num_hash(const cJSON *v)
{
	struct dec	 n;
	uint64_t	 h = 1469598103934665603ULL;
	size_t		 i;

	dec_parse(v, &n);
	if (n.nd > 0) {
		h = (h ^ (uint64_t)n.neg) * 1099511628211ULL;
		for (i = 0; i < n.nd; i++)
			h = (h ^ (unsigned char)n.d[i]) * 1099511628211ULL;
		h = (h ^ (uint64_t)n.x) * 1099511628211ULL;
	}
	free(n.d);
	return h;
}
