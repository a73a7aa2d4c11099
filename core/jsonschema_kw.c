/*
 * jsonschema_kw.c — the assertion keywords (2020-12 validation
 * vocabulary, section 6; draft 7 validation, section 6): each tests one
 * instance against its value and, when it fails, appends the error
 * Python's jsonschema would yield (messages rendered later, only for the
 * error reported: jsonschema_msg.c).  Keywords apply to their types only
 * ("maximum" passes a string).  See jsonschema_int.h.
 */
#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/jsonschema_int.h"

static const struct {
	const char	*name;
	unsigned	 bit;
} types[] = {
	{ "null", JT_NULL }, { "boolean", JT_BOOLEAN },
	{ "object", JT_OBJECT }, { "array", JT_ARRAY },
	{ "number", JT_NUMBER }, { "string", JT_STRING },
	{ "integer", JT_INTEGER },
};

unsigned
jt_of_name(const char *name)
{
	size_t	 i;

	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (strcmp(types[i].name, name) == 0)
			return types[i].bit;
	return 0;
}

/*
 * Both drafts count a number with a zero fraction as an integer (1.0;
 * 2020-12 validation, section 6.1.1; Python's draft 7 checker too).
 */
bool
jt_is(const cJSON *v, unsigned mask)
{
	if (cJSON_IsNull(v))
		return mask & JT_NULL;
	if (cJSON_IsBool(v))
		return mask & JT_BOOLEAN;
	if (cJSON_IsObject(v))
		return mask & JT_OBJECT;
	if (cJSON_IsArray(v))
		return mask & JT_ARRAY;
	if (cJSON_IsString(v))
		return mask & JT_STRING;
	if (cJSON_IsNumber(v))
		return (mask & JT_NUMBER) ||
		    ((mask & JT_INTEGER) && num_is_integer(v));
	return false;
}

/* Code points, as Python's len(); U+0000 (0xC0 0x80) is one. */
size_t
utf8_length(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

long
json_nodes(const cJSON *v)
{
	const cJSON	*c;
	long		 n = 1;

	for (c = v->child; c != NULL; c = c->next)
		n += json_nodes(c);
	return n;
}

static int
cmp_items(const void *a, const void *b)
{
	return json_compare(*(const cJSON *const *)a,
	    *(const cJSON *const *)b);
}

/*
 * Sorted by json_compare(), which agrees with json_equal(): equal
 * items end up side by side.  O(n log n), so a long array costs steps
 * in proportion, not n squared.
 */
bool
kw_unique(struct ev *ev, const cJSON *array)
{
	const cJSON	**v, *it;
	size_t		 n = 0, i;
	long		 nodes, log2 = 1;
	bool		 unique = true;

	for (it = array->child; it != NULL; it = it->next)
		n++;
	if (n < 2)
		return true;
	/*
	 * Comparisons walk items, and sort the members of objects: charged
	 * as a sort of every node the array holds.
	 */
	nodes = json_nodes(array);
	for (i = (size_t)nodes; i > 1; i >>= 1)
		log2++;
	if (!ev_step(ev, nodes / 16 * log2 + (long)n))
		return false;
	v = xmalloc(n * sizeof(*v));
	for (i = 0, it = array->child; it != NULL; it = it->next)
		v[i++] = it;
	qsort(v, n, sizeof(*v), cmp_items);
	for (i = 1; i < n && unique; i++)
		unique = !json_equal(v[i - 1], v[i]);
	free(v);
	return unique;
}

/* Members or items, counted (and charged: a list is walked). */
static size_t
nmembers(struct ev *ev, const cJSON *v)
{
	const cJSON	*m;
	size_t		 n = 0;

	for (m = v->child; m != NULL; m = m->next)
		n++;
	ev_step(ev, (long)(n / 16));
	return n;
}


bool
kw_missing(struct ev *ev, int node, const struct jkw *k, const cJSON *list,
    const cJSON *of, const cJSON *inst, const struct seg *ip,
    const struct seg *sp, struct elist *out)
{
	const cJSON	*name;
	struct jerr	*e;
	bool		 valid = true;

	cJSON_ArrayForEach(name, list) {
		if (!cJSON_IsString(name) ||
		    ev_member(ev, inst, name->valuestring, NULL) != NULL)
			continue;
		valid = false;
		if (out == NULL)
			break;
		e = ev_error(ev, out, of == NULL ? M_REQUIRED : M_DEPENDENCY,
		    inst, ip, sp, node, k);
		if (e == NULL)
			break;
		e->x = name;
		e->y = of;
	}
	return valid;
}

/* Whether a number passes a bound (a the instance, b the bound). */
static bool
in_bound(enum kw kind, const cJSON *a, const cJSON *b)
{
	int	 c = num_cmp(a, b);

	switch (kind) {
	case KW_MAXIMUM:
		return c <= 0;
	case KW_EXMAXIMUM:
		return c < 0;
	case KW_MINIMUM:
		return c >= 0;
	default:
		return c > 0;
	}
}

/* A count against a max* or min* keyword (whose bound may be < 0). */
static bool
within(const struct jkw *k, size_t n)
{
	long long	 c = (long long)n;

	switch (k->kind) {
	case KW_MAXLENGTH:
	case KW_MAXITEMS:
	case KW_MAXPROPS:
		return c <= k->n;
	default:
		return c >= k->n;
	}
}

bool
kw_assert(struct ev *ev, int node, const struct jkw *k, const cJSON *inst,
    const struct seg *ip, const struct seg *sp, struct elist *out)
{
	const cJSON	*e, *deps;
	enum msg	 msg;
	size_t		 n;
	bool		 ok = true;
	int		 r;

	switch (k->kind) {
	case KW_TYPE:
		ok = jt_is(inst, k->types);
		msg = M_TYPE;
		break;
	/*
	 * A comparison costs at most the schema's side, whose nodes
	 * compilation counted (json_equal() stops at a size mismatch).
	 */
	case KW_ENUM:
		if (!ev_step(ev, k->n / 16))
			return false;
		ok = false;
		cJSON_ArrayForEach(e, k->value)
			if ((ok = json_equal(e, inst)))
				break;
		msg = M_ENUM;
		break;
	case KW_CONST:
		if (!ev_step(ev, k->n / 16))
			return false;
		ok = json_equal(k->value, inst);
		msg = M_CONST;
		break;
	case KW_MULTIPLEOF:
		/* A multipleOf that is not > 0 fails the meta-schema. */
		if (cJSON_IsNumber(inst) && k->value->valuedouble > 0)
			ok = num_multiple_of(inst, k->value);
		msg = M_MULTIPLEOF;
		break;
	case KW_MAXIMUM:
	case KW_EXMAXIMUM:
	case KW_MINIMUM:
	case KW_EXMINIMUM:
		if (cJSON_IsNumber(inst))
			ok = in_bound(k->kind, inst, k->value);
		msg = k->kind == KW_MAXIMUM ? M_MAXIMUM :
		    k->kind == KW_EXMAXIMUM ? M_EXMAXIMUM :
		    k->kind == KW_MINIMUM ? M_MINIMUM : M_EXMINIMUM;
		break;
	case KW_MAXLENGTH:
	case KW_MINLENGTH:
		if (cJSON_IsString(inst)) {
			n = utf8_length(inst->valuestring);
			ev_step(ev, (long)(n / 64));
			ok = within(k, n);
		}
		msg = k->kind == KW_MAXLENGTH ? M_MAXLENGTH : M_MINLENGTH;
		break;
	case KW_PATTERN:
		if (cJSON_IsString(inst)) {
			/* A pattern PCRE2 refused matches nothing. */
			r = ev->s->res[k->re] == NULL ? 0 :
			    re_search(ev, ev->s->res[k->re], inst->valuestring);
			if (r < 0)
				return false;
			ok = r > 0;
		}
		msg = M_PATTERN;
		break;
	case KW_FORMAT:
		/*
		 * An annotation only (Kinto sets no format checker), but
		 * the meta-schema check asserts "regex" as Python's
		 * check_schema() does with its draft's format checker.
		 */
		if (ev->assert_regex && cJSON_IsString(inst) &&
		    cJSON_IsString(k->value) &&
		    strcmp(k->value->valuestring, "regex") == 0) {
			const char	*why;
			struct jre	*re = re_compile(inst->valuestring,
			    &why);

			ok = re != NULL;
			re_free(re);
		}
		msg = M_FORMAT;
		break;
	case KW_MAXITEMS:
	case KW_MINITEMS:
		if (cJSON_IsArray(inst)) {
			ok = within(k, nmembers(ev, inst));
		}
		msg = k->kind == KW_MAXITEMS ? M_MAXITEMS : M_MINITEMS;
		break;
	case KW_UNIQUE:
		if (cJSON_IsTrue(k->value) && cJSON_IsArray(inst)) {
			ok = kw_unique(ev, inst);
			if (ev->rc != JS_OK)
				return false;
		}
		msg = M_UNIQUE;
		break;
	case KW_MAXPROPS:
	case KW_MINPROPS:
		if (cJSON_IsObject(inst)) {
			ok = within(k, nmembers(ev, inst));
		}
		msg = k->kind == KW_MAXPROPS ? M_MAXPROPS : M_MINPROPS;
		break;
	case KW_REQUIRED:
		if (!cJSON_IsObject(inst))
			return true;
		return kw_missing(ev, node, k, k->value, NULL, inst, ip, sp,
		    out) && ev->rc == JS_OK;
	case KW_DEPREQUIRED:
		if (!cJSON_IsObject(inst))
			return true;
		cJSON_ArrayForEach(deps, k->value) {
			if (!cJSON_IsArray(deps) ||
			    ev_member(ev, inst, deps->string, NULL) == NULL)
				continue;
			if (!kw_missing(ev, node, k, deps, deps, inst, ip, sp,
			    out)) {
				ok = false;
				if (out == NULL)
					break;
			}
		}
		return ok && ev->rc == JS_OK;
	default:
		return true;
	}
	if (ok)
		return ev->rc == JS_OK;
	ev_error(ev, out, msg, inst, ip, sp, node, k);
	return false;
}
