/*
 * jsonschema_eval.c — applying compiled schemas: the applicator
 * keywords (allOf ... unevaluatedProperties, $ref, $dynamicRef), the
 * dynamic scope, annotations for the unevaluated* keywords, and the
 * errors, made in the order Python's jsonschema yields them (each
 * keyword in schema order, then its subschemas' errors in its order)
 * and with its paths: "$ref" and "if" add nothing to a schema path,
 * "propertyNames" nothing to an instance path, a subschema of
 * "additionalProperties" or "items" its keyword only.  Assertions are
 * in jsonschema_kw.c.  See jsonschema_int.h.
 */
#include <stdlib.h>
#include <string.h>

#include "core/jsonschema_int.h"
#include "core/util.h"

/* ==== Arena ==== */

struct achunk {
	struct achunk	*next;
	_Alignas(16) char data[];
};

#define ACHUNK	(64 * 1024)

void *
arena_alloc(struct arena *a, size_t n)
{
	struct achunk	*c;
	size_t		 size;
	void		*p;

	n = (n + 15) & ~(size_t)15;
	if (n > a->left) {
		size = n > ACHUNK ? n : ACHUNK;
		c = xmalloc(sizeof(*c) + size);
		c->next = a->chunks;
		a->chunks = c;
		a->p = c->data;
		a->left = size;
	}
	p = a->p;
	a->p += n;
	a->left -= n;
	memset(p, 0, n);
	return p;
}

void
arena_free(struct arena *a)
{
	struct achunk	*c, *next;

	for (c = a->chunks; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	memset(a, 0, sizeof(*a));
}

/* ==== Steps, paths, errors ==== */

bool
ev_step(struct ev *ev, long n)
{
	if (ev->rc != JS_OK)
		return false;
	ev->steps += n;
	if (ev->steps > ev->max_steps) {
		ev->rc = JS_LIMIT;
		return false;
	}
	return true;
}

static int
depth_of(const struct seg *s)
{
	return s != NULL ? s->depth : 0;
}

#define SEG_KEY(name, up, k)						\
	struct seg name = { (up), (k), 0, depth_of(up) + 1, NULL }
#define SEG_IDX(name, up, i)						\
	struct seg name = { (up), NULL, (long)(i), depth_of(up) + 1, NULL }

/* The arena copy of a path (its segments are on callers' stacks). */
static const struct seg *
seg_copy(struct ev *ev, const struct seg *s)
{
	struct seg	*c;

	if (s == NULL)
		return NULL;
	if (s->copy != NULL)
		return s->copy;
	c = arena_alloc(&ev->arena, sizeof(*c));
	*c = *s;
	c->up = seg_copy(ev, s->up);
	c->copy = c;
	((struct seg *)s)->copy = c;
	return c;
}

struct jerr *
ev_error(struct ev *ev, struct elist *out, enum msg msg, const cJSON *inst,
    const struct seg *ip, const struct seg *sp, int node, const struct jkw *kw)
{
	struct jerr	*e;

	if (out == NULL || !ev_step(ev, 1))
		return NULL;
	e = arena_alloc(&ev->arena, sizeof(*e));
	e->msg = msg;
	e->inst = inst;
	e->ip = seg_copy(ev, ip);
	e->sp = seg_copy(ev, sp);
	e->node = node;
	e->kw = kw;
	*out->tail = e;
	out->tail = &e->next;
	return e;
}

/* ==== Annotations ==== */

static void
annot_init(struct ev *ev, struct annot *a, const cJSON *inst)
{
	a->n = cJSON_IsArray(inst) || cJSON_IsObject(inst) ?
	    (size_t)cJSON_GetArraySize(inst) : 0;
	/* Counted by a walk, zeroed, merged later: three passes. */
	ev_step(ev, (long)(a->n / 8));
	a->bits = xcalloc((a->n + 63) / 64 + 1, sizeof(uint64_t));
	a->all = false;
}

static void
annot_free(struct annot *a)
{
	free(a->bits);
	a->bits = NULL;
}

static void
annot_set(struct annot *a, size_t i)
{
	if (a != NULL && i < a->n)
		a->bits[i / 64] |= (uint64_t)1 << (i % 64);
}

static bool
annot_get(const struct annot *a, size_t i)
{
	return a->all || (i < a->n && (a->bits[i / 64] >> (i % 64) & 1));
}

static void
annot_merge(struct annot *to, const struct annot *from)
{
	size_t	 i;

	if (to == NULL)
		return;
	to->all |= from->all;
	for (i = 0; i < (from->n + 63) / 64 && i < (to->n + 63) / 64; i++)
		to->bits[i] |= from->bits[i];
}

/* ==== Helpers ==== */

/* A member of obj by key, its index to *idx (if not NULL); charged. */
const cJSON *
ev_member(struct ev *ev, const cJSON *obj, const char *key, size_t *idx)
{
	const cJSON	*m;
	size_t		 i = 0;

	for (m = obj->child; m != NULL; m = m->next, i++)
		if (strcmp(m->string, key) == 0)
			break;
	ev_step(ev, (long)(i / 16));
	if (idx != NULL)
		*idx = i;
	return m;
}

static int
kid(const struct js_schema *s, const struct jkw *k, uint32_t i)
{
	return s->kids[k->kids + i];
}

/*
 * The node a $dynamicRef reaches: its static target, unless that
 * target bears the $dynamicAnchor the fragment names; then the
 * outermost resource of the dynamic scope with such an anchor (2020-12
 * core, section 8.2.3.2).
 */
static int
dyn_target(struct ev *ev, const struct jref *r, const struct scope *sc)
{
	const struct js_schema	*s = ev->s;
	int			 t = r->target, i;

	if (r->dyn_name == NULL)
		return t;
	for (; sc != NULL; sc = sc->up) {
		ev_step(ev, 1 + s->nanchors / 16);
		for (i = 0; i < s->nanchors; i++)
			if (s->anchors[i].res == sc->res &&
			    s->anchors[i].dynamic &&
			    strcmp(s->anchors[i].name, r->dyn_name) == 0)
				t = s->anchors[i].node;
	}
	return t;
}

/* Whether key is named by "properties" or matched by "patternProperties". */
static int
is_additional(struct ev *ev, const struct jnode *n, const char *key)
{
	const struct js_schema	*s = ev->s;
	const struct jkw	*pk;
	uint32_t		 i;
	size_t			 idx;
	int			 r;

	if (n->props_kw >= 0 &&
	    ev_member(ev, s->kws[n->props_kw].value, key, &idx) != NULL)
		return 0;
	if (n->pprops_kw >= 0) {
		pk = &s->kws[n->pprops_kw];
		for (i = 0; i < pk->nkids; i++) {
			if (s->res[pk->re + (int)i] == NULL)
				continue;
			if ((r = re_search(ev, s->res[pk->re + (int)i], key)) != 0)
				return r < 0 ? -1 : 0;
		}
	}
	return 1;
}

/*
 * After one subschema of a loop: valid takes ok in, and the loop goes
 * on unless aborted, or failed with no one collecting errors.
 */
static bool
keep_going(const struct ev *ev, bool ok, bool *valid, const struct elist *out)
{
	*valid &= ok;
	return ev->rc == JS_OK && (ok || out != NULL);
}

/* ==== Applicators ==== */

static bool
ev_anyof(struct ev *ev, int node, const struct jkw *k, const cJSON *inst,
    const struct seg *ip, const struct seg *ksp, const struct scope *sc,
    struct annot *ann, struct elist *out)
{
	struct elist	 ctx = { NULL, &ctx.head };
	struct annot	 ta;
	struct jerr	*e;
	bool		 any = false, ok;
	uint32_t	 i;

	for (i = 0; i < k->nkids; i++) {
		SEG_IDX(isp, ksp, i);
		if (ann != NULL)
			annot_init(ev, &ta, inst);
		/* Past a valid branch, only its annotations matter. */
		ok = ev_node(ev, kid(ev->s, k, i), inst, ip, &isp, sc,
		    ann != NULL ? &ta : NULL,
		    any || out == NULL ? NULL : &ctx);
		if (ok && ann != NULL)
			annot_merge(ann, &ta);
		if (ann != NULL)
			annot_free(&ta);
		if (ev->rc != JS_OK)
			return false;
		any |= ok;
		if (any && ann == NULL)
			break;
	}
	if (any)
		return true;
	if ((e = ev_error(ev, out, M_ANYOF, inst, ip, ksp, node, k)) != NULL)
		e->ctx = ctx.head;
	return false;
}

static bool
ev_oneof(struct ev *ev, int node, const struct jkw *k, const cJSON *inst,
    const struct seg *ip, const struct seg *ksp, const struct scope *sc,
    struct annot *ann, struct elist *out)
{
	struct elist	 ctx = { NULL, &ctx.head };
	struct annot	 ta;
	struct jerr	*e;
	int		*more;
	long		 nmore = 0;
	uint32_t	 i, first;
	bool		 ok = false;

	if (ann != NULL)
		annot_init(ev, &ta, inst);
	for (first = 0; first < k->nkids && !ok; first++) {
		SEG_IDX(isp, ksp, first);
		ok = ev_node(ev, kid(ev->s, k, first), inst, ip, &isp, sc,
		    ann != NULL ? &ta : NULL, out != NULL ? &ctx : NULL);
		if (ev->rc != JS_OK)
			goto out;
	}
	if (!ok) {
		e = ev_error(ev, out, M_ANYOF, inst, ip, ksp, node, k);
		if (e != NULL)
			e->ctx = ctx.head;
		goto out;
	}
	more = out != NULL ? arena_alloc(&ev->arena,
	    (k->nkids + 1) * sizeof(*more)) : NULL;
	for (i = first; i < k->nkids; i++) {
		SEG_IDX(isp, ksp, i);
		if (!ev_node(ev, kid(ev->s, k, i), inst, ip, &isp, sc, NULL,
		    NULL)) {
			if (ev->rc != JS_OK)
				goto out;
			continue;
		}
		if (more == NULL) {
			nmore = 1;
			break;
		}
		more[nmore++] = kid(ev->s, k, i);
	}
	if (nmore > 0) {
		ok = false;
		if (more != NULL) {
			/* Python lists the later ones, then the first. */
			more[nmore++] = kid(ev->s, k, first - 1);
			e = ev_error(ev, out, M_ONEOF_MANY, inst, ip, ksp, node,
			    k);
			if (e != NULL) {
				e->x = more;
				e->a = nmore;
			}
		}
	} else if (ann != NULL)
		annot_merge(ann, &ta);
out:
	if (ann != NULL)
		annot_free(&ta);
	return ok && ev->rc == JS_OK;
}

static bool
ev_if(struct ev *ev, int node, const struct jkw *k, const cJSON *inst,
    const struct seg *ip, const struct seg *sp, const struct seg *ksp,
    const struct scope *sc, struct annot *ann, struct elist *out)
{
	const struct jnode	*n = &ev->s->nodes[node];
	struct annot		 ta;
	bool			 cond;
	int			 branch;

	if (ann != NULL)
		annot_init(ev, &ta, inst);
	cond = ev_node(ev, kid(ev->s, k, 0), inst, ip, ksp, sc,
	    ann != NULL ? &ta : NULL, NULL);
	if (cond && ann != NULL)
		annot_merge(ann, &ta);
	if (ann != NULL)
		annot_free(&ta);
	if (ev->rc != JS_OK)
		return false;
	branch = cond ? n->then_node : n->else_node;
	if (branch < 0)
		return true;
	{
		SEG_KEY(bsp, sp, cond ? "then" : "else");
		/* Python leaves "if" out of schema paths. */
		ev->base_sp = sp;
		return ev_node(ev, branch, inst, ip, &bsp, sc, ann, out);
	}
}

/*
 * properties, patternProperties, additionalProperties, propertyNames.
 * A member they apply to counts as evaluated even when it fails, as
 * Python's find_evaluated_property_keys_by_schema() has it: that only
 * changes which members a failing node's unevaluatedProperties error
 * names (a failing node's annotations go nowhere).
 */
static bool
ev_props(struct ev *ev, int node, const struct jkw *k, const cJSON *inst,
    const struct seg *ip, const struct seg *ksp, const struct scope *sc,
    struct annot *ann, struct elist *out)
{
	const struct js_schema	*s = ev->s;
	const struct jnode	*n = &s->nodes[node];
	const cJSON		*p, *m, **extras = NULL;
	struct jerr		*e;
	cJSON			*name;
	size_t			 idx, nx = 0;
	uint32_t		 i;
	bool			 valid = true, ok;
	int			 r;

	if (!cJSON_IsObject(inst))
		return true;
	switch (k->kind) {
	case KW_PROPERTIES:
		for (p = k->value->child, i = 0; p != NULL; p = p->next, i++) {
			if ((m = ev_member(ev, inst, p->string, &idx)) == NULL)
				continue;
			SEG_KEY(cip, ip, m->string);
			SEG_KEY(csp, ksp, p->string);
			ok = ev_node(ev, kid(s, k, i), m, &cip, &csp, sc, NULL,
			    out);
			annot_set(ann, idx);
			if (!keep_going(ev, ok, &valid, out))
				return false;
		}
		return valid;
	case KW_PATTERNPROPS:
		for (p = k->value->child, i = 0; p != NULL; p = p->next, i++) {
			if (s->res[k->re + (int)i] == NULL)
				continue;
			for (m = inst->child, idx = 0; m != NULL;
			    m = m->next, idx++) {
				if ((r = re_search(ev, s->res[k->re + (int)i],
				    m->string)) <= 0) {
					if (r < 0)
						return false;
					continue;
				}
				SEG_KEY(cip, ip, m->string);
				SEG_KEY(csp, ksp, p->string);
				ok = ev_node(ev, kid(s, k, i), m, &cip, &csp,
				    sc, NULL, out);
				annot_set(ann, idx);
				if (!keep_going(ev, ok, &valid, out))
					return false;
			}
		}
		return valid;
	case KW_ADDPROPS:
		if (out != NULL)
			extras = arena_alloc(&ev->arena, ((size_t)
			    cJSON_GetArraySize(inst) + 1) * sizeof(*extras));
		for (m = inst->child, idx = 0; m != NULL; m = m->next, idx++) {
			if (idx % 16 == 0 && !ev_step(ev, 1))
				return false;
			if ((r = is_additional(ev, n, m->string)) <= 0) {
				if (r < 0 || ev->rc != JS_OK)
					return false;
				continue;
			}
			if (cJSON_IsFalse(k->value)) {
				if (extras != NULL)
					extras[nx] = m;
				nx++;
				valid = false;
				if (out == NULL)
					return false;
				continue;
			}
			SEG_KEY(cip, ip, m->string);
			ok = ev_node(ev, kid(s, k, 0), m, &cip, ksp, sc, NULL,
			    out);
			annot_set(ann, idx);
			if (!keep_going(ev, ok, &valid, out))
				return false;
		}
		if (nx > 0 && (e = ev_error(ev, out, n->pprops_kw >= 0 ?
		    M_ADDPROPS_RE : M_ADDPROPS, inst, ip, ksp, node, k)) !=
		    NULL) {
			e->x = extras;
			e->a = (long)nx;
		}
		return valid;
	default:	/* KW_PROPNAMES */
		for (m = inst->child; m != NULL; m = m->next) {
			/* Errors keep their instance: it lives in the arena. */
			name = arena_alloc(&ev->arena, sizeof(*name));
			name->type = cJSON_String;
			name->valuestring = m->string;
			ok = ev_node(ev, kid(s, k, 0), name, ip, ksp, sc, NULL,
			    out);
			if (!keep_going(ev, ok, &valid, out))
				return false;
		}
		return valid;
	}
}

/* items, prefixItems, additionalItems (draft 7), contains. */
static bool
ev_items(struct ev *ev, int node, const struct jkw *k, const cJSON *inst,
    const struct seg *ip, const struct seg *ksp, const struct scope *sc,
    struct annot *ann, struct elist *out)
{
	const struct js_schema	*s = ev->s;
	const struct jnode	*n = &s->nodes[node];
	const cJSON		*it;
	struct jerr		*e;
	long			 i, size, from = 0, max, min, matches = 0;
	bool			 valid = true, ok, each = false;

	if (!cJSON_IsArray(inst))
		return true;
	size = cJSON_GetArraySize(inst);
	switch (k->kind) {
	case KW_PREFIXITEMS:
		each = true;
		break;
	case KW_ITEMS7:
		each = n->items_array7;
		break;
	case KW_ITEMS:
		from = n->nprefix;
		if (cJSON_IsFalse(k->value)) {
			if (size <= from)
				return true;
			if ((e = ev_error(ev, out, M_ITEMS_FALSE, inst, ip, ksp,
			    node, k)) != NULL) {
				e->a = from;
				e->b = size - from;
			}
			return false;
		}
		break;
	case KW_ADDITEMS:
		if (!n->items_array7)
			return true;
		from = n->nprefix;
		if (cJSON_IsFalse(k->value)) {
			if (size <= from)
				return true;
			if ((e = ev_error(ev, out, M_ADDITEMS, inst, ip, ksp,
			    node, k)) != NULL)
				e->a = from;
			return false;
		}
		break;
	case KW_CONTAINS7:
		for (it = inst->child; it != NULL; it = it->next) {
			if (ev_node(ev, kid(s, k, 0), it, ip, ksp, sc, NULL, NULL))
				return true;
			if (ev->rc != JS_OK)
				return false;
		}
		ev_error(ev, out, M_CONTAINS7, inst, ip, ksp, node, k);
		return false;
	default:	/* KW_CONTAINS */
		min = n->min_contains != NULL ? num_ceil(n->min_contains) : 1;
		max = n->max_contains != NULL ? num_floor(n->max_contains) :
		    size;
		for (it = inst->child, i = 0; it != NULL; it = it->next, i++) {
			SEG_IDX(cip, ip, i);
			if (!ev_node(ev, kid(s, k, 0), it, &cip, ksp, sc, NULL,
			    NULL)) {
				if (ev->rc != JS_OK)
					return false;
				continue;
			}
			annot_set(ann, (size_t)i);
			if (++matches > max) {
				if ((e = ev_error(ev, out, M_MAXCONTAINS, inst,
				    ip, ksp, node, k)) != NULL) {
					e->vname = "maxContains";
					e->vvalue = n->max_contains;
					e->a = max;
				}
				return false;
			}
			if (ann == NULL && n->max_contains == NULL &&
			    matches >= min)
				return true;
		}
		if (matches >= min)
			return true;
		if ((e = ev_error(ev, out, matches == 0 ? M_CONTAINS :
		    M_MINCONTAINS, inst, ip, ksp, node, k)) != NULL &&
		    matches > 0) {
			e->vname = "minContains";
			e->vvalue = n->min_contains;
			e->a = min;
			e->b = matches;
		}
		return false;
	}
	for (it = inst->child, i = 0; it != NULL; it = it->next, i++) {
		if (i < from)
			continue;
		if (each && i >= (long)k->nkids)
			break;
		SEG_IDX(cip, ip, i);
		SEG_IDX(csp, ksp, i);
		ok = ev_node(ev, kid(s, k, each ? (uint32_t)i : 0), it, &cip,
		    each ? &csp : ksp, sc, NULL, out);
		annot_set(ann, (size_t)i);
		if (!keep_going(ev, ok, &valid, out))
			return false;
	}
	if (ann != NULL && !each)
		ann->all = true;
	return valid;
}

/* dependentSchemas, and draft 7 dependencies (schemas and names). */
static bool
ev_deps(struct ev *ev, int node, const struct jkw *k, const cJSON *inst,
    const struct seg *ip, const struct seg *ksp, const struct scope *sc,
    struct annot *ann, struct elist *out)
{
	const cJSON	*d;
	uint32_t	 i;
	bool		 valid = true, ok;
	int		 kn;

	if (!cJSON_IsObject(inst))
		return true;
	for (d = k->value->child, i = 0; d != NULL; d = d->next, i++) {
		if (ev_member(ev, inst, d->string, NULL) == NULL)
			continue;
		if ((kn = kid(ev->s, k, i)) < 0) {
			ok = kw_missing(ev, node, k, d, d, inst, ip, ksp, out);
			if (!keep_going(ev, ok, &valid, out))
				return false;
			continue;
		}
		SEG_KEY(dsp, ksp, d->string);
		ok = ev_node(ev, kn, inst, ip, &dsp, sc, ann, out);
		if (!keep_going(ev, ok, &valid, out))
			return false;
	}
	return valid;
}

/*
 * unevaluatedItems and unevaluatedProperties, once the node's other
 * keywords have said what they evaluated (ann, never NULL here).
 */
static bool
ev_uneval(struct ev *ev, int node, const struct jkw *k, const cJSON *inst,
    const struct seg *ip, const struct seg *ksp, const struct scope *sc,
    struct annot *ann, struct elist *out)
{
	struct elist	 scratch;
	const cJSON	*it, **bad = NULL;
	struct jerr	*e, *x;
	size_t		 i;
	long		 nbad = 0, cap = 0, count;
	bool		 props = k->kind == KW_UNEVALPROPS;

	if (props ? !cJSON_IsObject(inst) : !cJSON_IsArray(inst))
		return true;
	for (it = inst->child, i = 0; it != NULL; it = it->next, i++) {
		if (annot_get(ann, i))
			continue;
		SEG_KEY(kip, ip, it->string);
		SEG_IDX(iip, ip, i);
		SEG_KEY(ksp2, ksp, it->string);
		scratch.head = NULL;
		scratch.tail = &scratch.head;
		/* Python names a property once per error of its own. */
		if (ev_node(ev, kid(ev->s, k, 0), it, props ? &kip : &iip,
		    props ? &ksp2 : ksp, sc, NULL,
		    props && out != NULL ? &scratch : NULL))
			continue;
		if (ev->rc != JS_OK || out == NULL)
			return false;
		for (count = 0, x = scratch.head; x != NULL; x = x->next)
			count++;
		if (count == 0 || !props || cJSON_IsFalse(k->value))
			count = 1;
		if (nbad + count > cap) {
			const cJSON **more;

			cap = (nbad + count) * 2;
			more = arena_alloc(&ev->arena, (size_t)cap *
			    sizeof(*more));
			if (nbad > 0)
				memcpy(more, bad, (size_t)nbad * sizeof(*more));
			bad = more;
		}
		while (count-- > 0)
			bad[nbad++] = it;
	}
	if (nbad == 0) {
		ann->all = true;
		return true;
	}
	e = ev_error(ev, out, !props ? M_UNEVALITEMS :
	    cJSON_IsFalse(k->value) ? M_UNEVALPROPS_FALSE : M_UNEVALPROPS,
	    inst, ip, ksp, node, k);
	if (e != NULL) {
		e->x = bad;
		e->a = nbad;
	}
	return false;
}

/* The message of an unresolvable $ref, kept in the arena. */
static const char *
unresolvable(struct ev *ev, const struct jref *r)
{
	char	*m = jc_ref_error(ev->s, r), *copy;
	size_t	 n = strlen(m) + 1;

	copy = arena_alloc(&ev->arena, n);
	memcpy(copy, m, n);
	free(m);
	return copy;
}

/* One keyword: validity, errors appended to out. */
static bool
ev_kw(struct ev *ev, int node, const struct jkw *k, const cJSON *inst,
    const struct seg *ip, const struct seg *sp, const struct scope *sc,
    struct annot *ann, struct elist *out)
{
	const struct js_schema	*s = ev->s;
	const struct jref	*r;
	SEG_KEY(ksp, sp, k->name);
	bool			 valid = true, ok;
	uint32_t		 i;

	if (!ev_step(ev, 1))
		return false;
	ev->base_ip = ip;
	ev->base_sp = k->kind == KW_REF ? sp : &ksp;
	switch (k->kind) {
	case KW_REF:
	case KW_DYNREF:
		r = &s->refs[k->ref];
		if (r->target < 0) {
			ev->rc = JS_UNRESOLVABLE;
			ev->unresolvable = unresolvable(ev, r);
			return false;
		}
		/* Python leaves "$ref" out of schema paths, not the other. */
		return ev_node(ev, k->kind == KW_REF ? r->target :
		    dyn_target(ev, r, sc), inst, ip,
		    k->kind == KW_REF ? sp : &ksp, sc, ann, out);
	case KW_ALLOF:
		for (i = 0; i < k->nkids; i++) {
			SEG_IDX(isp, &ksp, i);
			ok = ev_node(ev, kid(s, k, i), inst, ip, &isp, sc, ann,
			    out);
			if (!keep_going(ev, ok, &valid, out))
				return false;
		}
		return valid;
	case KW_ANYOF:
		return ev_anyof(ev, node, k, inst, ip, &ksp, sc, ann, out);
	case KW_ONEOF:
		return ev_oneof(ev, node, k, inst, ip, &ksp, sc, ann, out);
	case KW_NOT:
		if (!ev_node(ev, kid(s, k, 0), inst, ip, &ksp, sc, NULL, NULL))
			return ev->rc == JS_OK;
		ev_error(ev, out, M_NOT, inst, ip, &ksp, node, k);
		return false;
	case KW_IF:
		return ev_if(ev, node, k, inst, ip, sp, &ksp, sc, ann, out);
	case KW_PROPERTIES:
	case KW_PATTERNPROPS:
	case KW_ADDPROPS:
	case KW_PROPNAMES:
		return ev_props(ev, node, k, inst, ip, &ksp, sc, ann, out);
	case KW_ITEMS:
	case KW_ITEMS7:
	case KW_PREFIXITEMS:
	case KW_ADDITEMS:
	case KW_CONTAINS:
	case KW_CONTAINS7:
		return ev_items(ev, node, k, inst, ip, &ksp, sc, ann, out);
	case KW_DEPSCHEMAS:
	case KW_DEPENDENCIES:
		return ev_deps(ev, node, k, inst, ip, &ksp, sc, ann, out);
	case KW_UNEVALITEMS:
	case KW_UNEVALPROPS:
		return ev_uneval(ev, node, k, inst, ip, &ksp, sc, ann, out);
	default:
		return kw_assert(ev, node, k, inst, ip, &ksp, out);
	}
}

bool
ev_node(struct ev *ev, int node, const cJSON *inst, const struct seg *ip,
    const struct seg *sp, const struct scope *sc, struct annot *ann,
    struct elist *out)
{
	const struct js_schema	*s = ev->s;
	const struct jnode	*n = &s->nodes[node];
	const struct jkw	*k;
	struct scope		 here;
	struct annot		 la, *lap = NULL;
	struct elist		 tmp;
	struct jerr		**at[2];
	const struct jkw	*uk[2];
	const struct seg	*bip = ev->base_ip, *bsp = ev->base_sp;
	int			 nu = 0;
	uint32_t		 i;
	bool			 valid = true;

	if (!ev_step(ev, 1))
		return false;
	if (ev->depth >= ev->max_depth) {
		ev->rc = JS_LIMIT;
		ev->too_deep = true;
		return false;
	}
	if (n->boolean >= 0) {
		if (n->boolean == 0)
			ev_error(ev, out, M_FALSE, inst, ev->base_ip,
			    ev->base_sp, node, NULL);
		return n->boolean == 1;
	}
	/* Entering another resource extends the dynamic scope. */
	if (sc == NULL || sc->res != n->res) {
		here.up = sc;
		here.res = n->res;
		sc = &here;
	}
	if (ann != NULL || (n->uneval && (cJSON_IsArray(inst) ||
	    cJSON_IsObject(inst)))) {
		annot_init(ev, &la, inst);
		lap = &la;
	}
	ev->depth++;
	for (i = 0; i < n->nkw; i++) {
		k = &s->kws[n->kw + i];
		if (k->kind == KW_UNEVALITEMS || k->kind == KW_UNEVALPROPS) {
			/* Applied last, its errors put back in place. */
			if (nu < 2) {
				uk[nu] = k;
				at[nu++] = out != NULL ? out->tail : NULL;
			}
			continue;
		}
		if (!ev_kw(ev, node, k, inst, ip, sp, sc, lap, out)) {
			valid = false;
			if (out == NULL || ev->rc != JS_OK)
				break;
		}
	}
	/* In reverse, so that two at one place stay in schema order. */
	while (nu-- > 0 && ev->rc == JS_OK && (valid || out != NULL)) {
		tmp.head = NULL;
		tmp.tail = &tmp.head;
		if (ev_kw(ev, node, uk[nu], inst, ip, sp, sc, lap,
		    out != NULL ? &tmp : NULL))
			continue;
		valid = false;
		if (out != NULL && tmp.head != NULL) {
			*tmp.tail = *at[nu];
			if (out->tail == at[nu])
				out->tail = tmp.tail;
			*at[nu] = tmp.head;
		}
	}
	ev->depth--;
	ev->base_ip = bip;
	ev->base_sp = bsp;
	if (valid && ann != NULL)
		annot_merge(ann, lap);
	if (lap != NULL)
		annot_free(lap);
	return valid && ev->rc == JS_OK;
}
