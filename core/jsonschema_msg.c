/*
 * jsonschema_msg.c — the text of an error, as Python's jsonschema 4.26
 * (the version Kinto locks) words it in its keyword functions
 * (_keywords.py, _legacy_keywords.py): values quoted by Python's repr()
 * (core/pyrepr.h), lists of extra items or properties joined with ", "
 * and followed by "was" or "were".  Rendered only for the error that is
 * reported.  See jsonschema_int.h.
 */
#include <stdlib.h>
#include <string.h>

#include "core/jsonschema_int.h"
#include "core/pyrepr.h"
#include "core/util.h"

/* repr() of a member name. */
static void
repr_name(struct buf *b, const char *name)
{
	cJSON	 s;

	memset(&s, 0, sizeof(s));
	s.type = cJSON_String;
	s.valuestring = (char *)name;
	pyrepr(b, &s);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp((*(const cJSON *const *)a)->string,
	    (*(const cJSON *const *)b)->string);
}

/*
 * The n extras joined, then one (n == 1) or many ("was", "were"):
 * members by name (sorted when Python sorts them, as it does a set),
 * items by value.
 */
static void
extras(struct buf *b, const cJSON *const *x, long n, bool names,
    bool sorted, const char *one, const char *many)
{
	const cJSON	*const *v = x;
	const cJSON	**copy;
	long		 i;

	if (sorted && n > 1) {
		copy = xmalloc((size_t)n * sizeof(*copy));
		memcpy(copy, x, (size_t)n * sizeof(*copy));
		qsort(copy, (size_t)n, sizeof(*copy), cmp_names);
		v = copy;
	}
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(b, ", ");
		if (names)
			repr_name(b, v[i]->string);
		else
			pyrepr(b, v[i]);
	}
	buf_printf(b, " %s", n == 1 ? one : many);
	if (v != x)
		free((void *)v);
}

/* Items from index from of an array, as a Python list. */
static void
repr_tail(struct buf *b, const cJSON *array, long from)
{
	const cJSON	*it;
	long		 i = 0;
	bool		 first = true;

	buf_putc(b, '[');
	for (it = array->child; it != NULL; it = it->next, i++) {
		if (i < from)
			continue;
		if (!first)
			buf_puts(b, ", ");
		pyrepr(b, it);
		first = false;
	}
	buf_putc(b, ']');
}

/* The number of a keyword for the variants of a size message. */
static long
kw_n(const struct jerr *e)
{
	return e->kw != NULL ? e->kw->n : 0;
}

/* "{instance!r} <what>", for the many messages of that shape. */
static void
about(struct buf *b, const struct jerr *e, const char *what)
{
	pyrepr(b, e->inst);
	buf_printf(b, " %s", what);
}

/* "{instance!r} <what> {value!r}". */
static void
about_value(struct buf *b, const struct jerr *e, const char *what)
{
	about(b, e, what);
	buf_putc(b, ' ');
	pyrepr(b, e->kw->value);
}

char *
msg_render(const struct js_schema *s, const struct jerr *e)
{
	struct buf	 b = { NULL, 0, 0 };
	const cJSON	*t, *it;
	const int	*nodes;
	long		 i;

	switch (e->msg) {
	case M_FALSE:
		buf_puts(&b, "False schema does not allow ");
		pyrepr(&b, e->inst);
		break;
	case M_TYPE:
		about(&b, e, "is not of type ");
		if (cJSON_IsString(e->kw->value))
			pyrepr(&b, e->kw->value);
		else
			cJSON_ArrayForEach(t, e->kw->value) {
				if (t != e->kw->value->child)
					buf_puts(&b, ", ");
				pyrepr(&b, t);
			}
		break;
	case M_ENUM:
		about_value(&b, e, "is not one of");
		break;
	case M_CONST:
		pyrepr(&b, e->kw->value);
		buf_puts(&b, " was expected");
		break;
	case M_MULTIPLEOF:
		about_value(&b, e, "is not a multiple of");
		break;
	case M_MAXIMUM:
		about_value(&b, e, "is greater than the maximum of");
		break;
	case M_EXMAXIMUM:
		about_value(&b, e,
		    "is greater than or equal to the maximum of");
		break;
	case M_MINIMUM:
		about_value(&b, e, "is less than the minimum of");
		break;
	case M_EXMINIMUM:
		about_value(&b, e, "is less than or equal to the minimum of");
		break;
	case M_MAXLENGTH:
	case M_MAXITEMS:
		about(&b, e, kw_n(e) == 0 ? "is expected to be empty" :
		    "is too long");
		break;
	case M_MINLENGTH:
	case M_MINITEMS:
		about(&b, e, kw_n(e) == 1 ? "should be non-empty" :
		    "is too short");
		break;
	case M_PATTERN:
		about_value(&b, e, "does not match");
		break;
	case M_FORMAT:
		about_value(&b, e, "is not a");
		break;
	case M_ITEMS_FALSE:
		buf_printf(&b, "Expected at most %ld item%s but found %ld "
		    "extra: ", e->a, e->a == 1 ? "" : "s", e->b);
		if (e->b == 1)
			pyrepr(&b, cJSON_GetArrayItem(e->inst, (int)e->a));
		else
			repr_tail(&b, e->inst, e->a);
		break;
	case M_ADDITEMS: {
		const cJSON	**rest = xmalloc(((size_t)cJSON_GetArraySize(
		    e->inst) + 1) * sizeof(*rest));
		long		 n = 0;

		for (it = e->inst->child, i = 0; it != NULL; it = it->next)
			if (i++ >= e->a)
				rest[n++] = it;
		buf_puts(&b, "Additional items are not allowed (");
		extras(&b, rest, n, false, false, "was", "were");
		buf_puts(&b, " unexpected)");
		free(rest);
		break;
	}
	case M_CONTAINS:
		about(&b, e, "does not contain items matching the given "
		    "schema");
		break;
	case M_CONTAINS7:
		buf_puts(&b, "None of ");
		pyrepr(&b, e->inst);
		buf_puts(&b, " are valid under the given schema");
		break;
	case M_MAXCONTAINS:
		buf_puts(&b, "Too many items match the given schema "
		    "(expected at most ");
		pyrepr(&b, e->vvalue);
		buf_putc(&b, ')');
		break;
	case M_MINCONTAINS:
		buf_puts(&b, "Too few items match the given schema (expected "
		    "at least ");
		pyrepr(&b, e->vvalue);
		buf_printf(&b, " but only %ld matched)", e->b);
		break;
	case M_UNIQUE:
		about(&b, e, "has non-unique elements");
		break;
	case M_MAXPROPS:
		about(&b, e, kw_n(e) == 0 ? "is expected to be empty" :
		    "has too many properties");
		break;
	case M_MINPROPS:
		about(&b, e, kw_n(e) == 1 ? "should be non-empty" :
		    "does not have enough properties");
		break;
	case M_REQUIRED:
		pyrepr(&b, e->x);
		buf_puts(&b, " is a required property");
		break;
	case M_DEPENDENCY:
		pyrepr(&b, e->x);
		buf_puts(&b, " is a dependency of ");
		repr_name(&b, ((const cJSON *)e->y)->string);
		break;
	case M_ADDPROPS:
		buf_puts(&b, "Additional properties are not allowed (");
		extras(&b, e->x, e->a, true, true, "was", "were");
		buf_puts(&b, " unexpected)");
		break;
	case M_ADDPROPS_RE: {
		const cJSON	*pp = cJSON_GetObjectItemCaseSensitive(
		    s->nodes[e->node].json, "patternProperties");
		const cJSON	**pats;
		long		 np = 0;

		extras(&b, e->x, e->a, true, true, "does", "do");
		buf_puts(&b, " not match any of the regexes: ");
		pats = xmalloc(((size_t)cJSON_GetArraySize(pp) + 1) *
		    sizeof(*pats));
		cJSON_ArrayForEach(it, pp)
			pats[np++] = it;
		qsort(pats, (size_t)np, sizeof(*pats), cmp_names);
		for (i = 0; i < np; i++) {
			if (i > 0)
				buf_puts(&b, ", ");
			repr_name(&b, pats[i]->string);
		}
		free(pats);
		break;
	}
	case M_ANYOF:
		about(&b, e, "is not valid under any of the given schemas");
		break;
	case M_ONEOF_MANY:
		about(&b, e, "is valid under each of ");
		nodes = e->x;
		for (i = 0; i < e->a; i++) {
			if (i > 0)
				buf_puts(&b, ", ");
			pyrepr(&b, s->nodes[nodes[i]].json);
		}
		break;
	case M_NOT:
		about(&b, e, "should not be valid under ");
		pyrepr(&b, s->nodes[s->kids[e->kw->kids]].json);
		break;
	case M_UNEVALITEMS:
		buf_puts(&b, "Unevaluated items are not allowed (");
		extras(&b, e->x, e->a, false, false, "was", "were");
		buf_puts(&b, " unexpected)");
		break;
	case M_UNEVALPROPS_FALSE:
		buf_puts(&b, "Unevaluated properties are not allowed (");
		extras(&b, e->x, e->a, true, true, "was", "were");
		buf_puts(&b, " unexpected)");
		break;
	default:	/* M_UNEVALPROPS */
		buf_puts(&b, "Unevaluated properties are not valid under the "
		    "given schema (");
		extras(&b, e->x, e->a, true, false, "was", "were");
		buf_puts(&b, " unevaluated and invalid)");
		break;
	}
	return buf_detach(&b, NULL);
}

const char *
msg_validator(const struct jerr *e)
{
	if (e->vname != NULL)
		return e->vname;
	return e->kw != NULL ? e->kw->name : NULL;
}

const cJSON *
msg_validator_value(const struct jerr *e)
{
	if (e->vvalue != NULL)
		return e->vvalue;
	return e->kw != NULL ? e->kw->value : NULL;
}
