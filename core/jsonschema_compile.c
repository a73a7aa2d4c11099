/*
 * jsonschema_compile.c — a schema document becomes nodes: one per
 * subschema, each with its keywords in schema order, every $ref
 * resolved to a node (or marked unresolvable with Python's message),
 * and the documents they need loaded: the embedded meta-schemas and the
 * loader's files.  Validation then only reads the result.
 *
 * Where identifiers live follows Python's referencing library (what
 * Kinto resolves with): subschemas are looked for under the keywords of
 * the draft that hold schemas ("definitions" counts in both drafts,
 * "$defs" in 2020-12), never inside "enum", "const" or unknown
 * keywords.  Draft 7: "$id": "#name" is an anchor, and a "$ref" makes
 * its siblings, "$id" included, ignored (its subschemas are still
 * walked for identifiers, as referencing does).  See jsonschema_int.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/json.h"
#include "core/jsonschema_int.h"
#include "core/pyrepr.h"
#include "core/util.h"

/* Largest remote document read from a loader's directory. */
#define DOC_MAX_BYTES	(4 * 1024 * 1024)

/* ==== cJSON * -> node: open addressing ==== */

struct jmap {
	size_t		 cap;		/* power of two */
	size_t		 n;
	const cJSON	**keys;
	int		*vals;
};

static size_t
map_slot(const struct jmap *m, const cJSON *k)
{
	uintptr_t	 h = (uintptr_t)k;

	h ^= h >> 17;
	h *= 0x9E3779B97F4A7C15ULL;
	return (size_t)(h >> 7) & (m->cap - 1);
}

static int
map_get(const struct jmap *m, const cJSON *k)
{
	size_t	 i;

	if (m->cap == 0)
		return -1;
	for (i = map_slot(m, k); m->keys[i] != NULL; i = (i + 1) & (m->cap - 1))
		if (m->keys[i] == k)
			return m->vals[i];
	return -1;
}

static void
map_put(struct jmap *m, const cJSON *k, int v)
{
	struct jmap	 old = *m;
	size_t		 i;

	if ((m->n + 1) * 2 > m->cap) {
		m->cap = m->cap == 0 ? 64 : m->cap * 2;
		m->keys = xcalloc(m->cap, sizeof(*m->keys));
		m->vals = xcalloc(m->cap, sizeof(*m->vals));
		m->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.keys[i] != NULL)
				map_put(m, old.keys[i], old.vals[i]);
		free(old.keys);
		free(old.vals);
	}
	for (i = map_slot(m, k); m->keys[i] != NULL; i = (i + 1) & (m->cap - 1))
		continue;
	m->keys[i] = k;
	m->vals[i] = v;
	m->n++;
}

static void
map_free(struct js_schema *s)
{
	if (s->map == NULL)
		return;
	free(s->map->keys);
	free(s->map->vals);
	free(s->map);
	s->map = NULL;
}

/* ==== The compilation ==== */

struct pending {
	int		 ref;
	int		 draft;
	char		*base;
	const char	*uri;		/* the keyword's value */
	bool		 dynamic;
};

struct jc {
	struct js_schema *s;
	struct js_caps	 cap;
	long		 steps;
	enum js_rc	 rc;
	struct js_error	*err;
	struct pending	*pend;
	int		 npend;
	int		 cappend;
};

/* Grows an array to hold one more element. */
#define GROW(arr, n, cap) do {						\
	if ((size_t)(n) >= (size_t)(cap)) {				\
		(cap) = (cap) == 0 ? 16 : (cap) * 2;			\
		(arr) = xrealloc((arr), (size_t)(cap) * sizeof(*(arr))); \
	}								\
} while (0)

static bool
jc_fail(struct jc *c, enum js_rc rc, char *msg)
{
	if (c->rc == JS_OK) {
		c->rc = rc;
		if (c->err != NULL && c->err->message == NULL)
			c->err->message = msg, msg = NULL;
	}
	free(msg);
	return false;
}

static bool
jc_step(struct jc *c, long n)
{
	if (c->rc != JS_OK)
		return false;
	c->steps += n;
	if (c->steps > c->s->max_steps)
		return jc_fail(c, JS_LIMIT,
		    xstrdup("schema too large to compile"));
	return true;
}

static int
add_res(struct jc *c, const char *uri, const cJSON *json, int draft)
{
	struct js_schema	*s = c->s;

	GROW(s->rs, s->nrs, c->cap.rs);
	s->rs[s->nrs].uri = xstrdup(uri);
	s->rs[s->nrs].node = -1;
	s->rs[s->nrs].json = json;
	s->rs[s->nrs].draft = draft;
	return s->nrs++;
}

/* Scans are charged: a schema of many resources or anchors costs. */
static int
find_res(struct jc *c, const char *uri)
{
	const struct js_schema	*s = c->s;
	int			 i;

	jc_step(c, s->nrs / 16);
	for (i = 0; i < s->nrs; i++)
		if (strcmp(s->rs[i].uri, uri) == 0)
			return i;
	return -1;
}

static void
add_anchor(struct jc *c, int res, const char *name, int node, bool dynamic)
{
	struct js_schema	*s = c->s;

	GROW(s->anchors, s->nanchors, c->cap.anchors);
	s->anchors[s->nanchors].res = res;
	s->anchors[s->nanchors].name = xstrdup(name);
	s->anchors[s->nanchors].node = node;
	s->anchors[s->nanchors].dynamic = dynamic;
	s->nanchors++;
}

static const struct janchor *
find_anchor(struct jc *c, int res, const char *name)
{
	const struct js_schema	*s = c->s;
	int			 i;

	jc_step(c, s->nanchors / 16);
	for (i = 0; i < s->nanchors; i++)
		if (s->anchors[i].res == res &&
		    strcmp(s->anchors[i].name, name) == 0)
			return &s->anchors[i];
	return NULL;
}

/* ==== Keywords ==== */

enum shape {
	SH_NONE,	/* no subschema */
	SH_ONE,		/* a schema */
	SH_ARRAY,	/* an array of schemas */
	SH_MAP,		/* an object of schemas */
	SH_ITEMS7,	/* a schema or an array of schemas */
	SH_DEPS7,	/* an object of schemas or string arrays */
};

#define NOKW	(-1)

static const struct kwdef {
	const char	*name;
	int		 kw[2];		/* per enum js_draft; NOKW: none */
	enum shape	 shape[2];
	unsigned	 vocab;
} kwdefs[] = {
	{ "$ref", { KW_REF, KW_REF }, { SH_NONE, SH_NONE }, VOC_CORE },
	{ "$dynamicRef", { NOKW, KW_DYNREF }, { SH_NONE, SH_NONE },
	    VOC_CORE },
	{ "type", { KW_TYPE, KW_TYPE }, { SH_NONE, SH_NONE }, VOC_VALIDATION },
	{ "enum", { KW_ENUM, KW_ENUM }, { SH_NONE, SH_NONE }, VOC_VALIDATION },
	{ "const", { KW_CONST, KW_CONST }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "multipleOf", { KW_MULTIPLEOF, KW_MULTIPLEOF },
	    { SH_NONE, SH_NONE }, VOC_VALIDATION },
	{ "maximum", { KW_MAXIMUM, KW_MAXIMUM }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "exclusiveMaximum", { KW_EXMAXIMUM, KW_EXMAXIMUM },
	    { SH_NONE, SH_NONE }, VOC_VALIDATION },
	{ "minimum", { KW_MINIMUM, KW_MINIMUM }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "exclusiveMinimum", { KW_EXMINIMUM, KW_EXMINIMUM },
	    { SH_NONE, SH_NONE }, VOC_VALIDATION },
	{ "maxLength", { KW_MAXLENGTH, KW_MAXLENGTH }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "minLength", { KW_MINLENGTH, KW_MINLENGTH }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "pattern", { KW_PATTERN, KW_PATTERN }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "format", { KW_FORMAT, KW_FORMAT }, { SH_NONE, SH_NONE },
	    VOC_FORMAT },
	{ "items", { KW_ITEMS7, KW_ITEMS }, { SH_ITEMS7, SH_ONE },
	    VOC_APPLICATOR },
	{ "additionalItems", { KW_ADDITEMS, NOKW }, { SH_ONE, SH_NONE },
	    VOC_APPLICATOR },
	{ "prefixItems", { NOKW, KW_PREFIXITEMS }, { SH_NONE, SH_ARRAY },
	    VOC_APPLICATOR },
	{ "contains", { KW_CONTAINS7, KW_CONTAINS }, { SH_ONE, SH_ONE },
	    VOC_APPLICATOR },
	{ "maxItems", { KW_MAXITEMS, KW_MAXITEMS }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "minItems", { KW_MINITEMS, KW_MINITEMS }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "uniqueItems", { KW_UNIQUE, KW_UNIQUE }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "maxProperties", { KW_MAXPROPS, KW_MAXPROPS }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "minProperties", { KW_MINPROPS, KW_MINPROPS }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "required", { KW_REQUIRED, KW_REQUIRED }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "dependentRequired", { NOKW, KW_DEPREQUIRED }, { SH_NONE, SH_NONE },
	    VOC_VALIDATION },
	{ "dependentSchemas", { NOKW, KW_DEPSCHEMAS }, { SH_NONE, SH_MAP },
	    VOC_APPLICATOR },
	{ "dependencies", { KW_DEPENDENCIES, NOKW }, { SH_DEPS7, SH_NONE },
	    VOC_APPLICATOR },
	{ "properties", { KW_PROPERTIES, KW_PROPERTIES }, { SH_MAP, SH_MAP },
	    VOC_APPLICATOR },
	{ "patternProperties", { KW_PATTERNPROPS, KW_PATTERNPROPS },
	    { SH_MAP, SH_MAP }, VOC_APPLICATOR },
	{ "additionalProperties", { KW_ADDPROPS, KW_ADDPROPS },
	    { SH_ONE, SH_ONE }, VOC_APPLICATOR },
	{ "propertyNames", { KW_PROPNAMES, KW_PROPNAMES }, { SH_ONE, SH_ONE },
	    VOC_APPLICATOR },
	{ "allOf", { KW_ALLOF, KW_ALLOF }, { SH_ARRAY, SH_ARRAY },
	    VOC_APPLICATOR },
	{ "anyOf", { KW_ANYOF, KW_ANYOF }, { SH_ARRAY, SH_ARRAY },
	    VOC_APPLICATOR },
	{ "oneOf", { KW_ONEOF, KW_ONEOF }, { SH_ARRAY, SH_ARRAY },
	    VOC_APPLICATOR },
	{ "not", { KW_NOT, KW_NOT }, { SH_ONE, SH_ONE }, VOC_APPLICATOR },
	{ "if", { KW_IF, KW_IF }, { SH_ONE, SH_ONE }, VOC_APPLICATOR },
	{ "then", { NOKW, NOKW }, { SH_ONE, SH_ONE }, VOC_APPLICATOR },
	{ "else", { NOKW, NOKW }, { SH_ONE, SH_ONE }, VOC_APPLICATOR },
	{ "unevaluatedItems", { NOKW, KW_UNEVALITEMS }, { SH_NONE, SH_ONE },
	    VOC_UNEVALUATED },
	{ "unevaluatedProperties", { NOKW, KW_UNEVALPROPS },
	    { SH_NONE, SH_ONE }, VOC_UNEVALUATED },
	/* Only walked, for the identifiers in them. */
	{ "definitions", { NOKW, NOKW }, { SH_MAP, SH_MAP }, VOC_CORE },
	{ "$defs", { NOKW, NOKW }, { SH_NONE, SH_MAP }, VOC_CORE },
	{ "contentSchema", { NOKW, NOKW }, { SH_NONE, SH_ONE }, VOC_CONTENT },
};

static const struct kwdef *
kwdef(const char *name)
{
	size_t	 i;

	for (i = 0; i < sizeof(kwdefs) / sizeof(kwdefs[0]); i++)
		if (strcmp(kwdefs[i].name, name) == 0)
			return &kwdefs[i];
	return NULL;
}

static const struct {
	const char	*uri;
	unsigned	 bit;
} vocabs[] = {
	{ "https://json-schema.org/draft/2020-12/vocab/core", VOC_CORE },
	{ "https://json-schema.org/draft/2020-12/vocab/applicator",
	    VOC_APPLICATOR },
	{ "https://json-schema.org/draft/2020-12/vocab/unevaluated",
	    VOC_UNEVALUATED },
	{ "https://json-schema.org/draft/2020-12/vocab/validation",
	    VOC_VALIDATION },
	{ "https://json-schema.org/draft/2020-12/vocab/meta-data",
	    VOC_METADATA },
	{ "https://json-schema.org/draft/2020-12/vocab/format-annotation",
	    VOC_FORMAT },
	{ "https://json-schema.org/draft/2020-12/vocab/format-assertion",
	    VOC_FORMAT },
	{ "https://json-schema.org/draft/2020-12/vocab/content", VOC_CONTENT },
};

static int	 load_doc(struct jc *, const char *uri, int draft);
static int	 walk(struct jc *, const cJSON *, const char *base, int draft,
		    unsigned vocab, int res, int depth);

/*
 * The draft and vocabularies a "$schema" names: a draft's meta-schema,
 * or a meta-schema of the loader whose "$vocabulary" says which
 * (2020-12, section 8.1.2: an unknown vocabulary it requires is an
 * error).  Unknown meta-schemas leave *draft and *vocab alone, as
 * Python falls back on its default draft.
 */
static bool
dialect(struct jc *c, const char *uri, int *draft, unsigned *vocab)
{
	const cJSON	*meta, *voc, *e;
	unsigned	 bits = VOC_CORE;
	size_t		 i;
	int		 d, r;

	if ((d = meta_draft(uri)) >= 0) {
		*draft = d;
		*vocab = VOC_ALL;
		return true;
	}
	if ((r = find_res(c, uri)) < 0 && (r = load_doc(c, uri, *draft)) < 0)
		return c->rc == JS_OK;
	meta = c->s->rs[r].json;
	*draft = c->s->rs[r].draft;
	*vocab = VOC_ALL;
	if (!cJSON_IsObject(voc = cJSON_GetObjectItemCaseSensitive(meta,
	    "$vocabulary")))
		return true;
	cJSON_ArrayForEach(e, voc) {
		for (i = 0; i < sizeof(vocabs) / sizeof(vocabs[0]); i++)
			if (strcmp(vocabs[i].uri, e->string) == 0)
				break;
		if (i < sizeof(vocabs) / sizeof(vocabs[0]))
			bits |= vocabs[i].bit;
		else if (cJSON_IsTrue(e))
			return jc_fail(c, JS_BAD_SCHEMA, xasprintf(
			    "unknown vocabulary required: %s", e->string));
	}
	*vocab = bits;
	return true;
}

/*
 * "$id" (and draft 7's "$id": "#name"): the base URI and resource of
 * the node.  Returns false on abort.
 */
static bool
identify(struct jc *c, const cJSON *j, int draft, char **base, int *res,
    const cJSON **anchor7)
{
	const cJSON	*id = cJSON_GetObjectItemCaseSensitive(j, "$id");
	const char	*frag;
	char		*full, *doc;

	*anchor7 = NULL;
	if (!cJSON_IsString(id))
		return true;
	if (draft == JS_DRAFT7) {
		if (id->valuestring[0] == '#') {
			*anchor7 = id;
			return true;
		}
		if (cJSON_GetObjectItemCaseSensitive(j, "$ref") != NULL)
			return true;
	}
	full = uri_resolve(*base, id->valuestring);
	doc = uri_split(full, &frag);
	if (strcmp(doc, *base) != 0) {
		*res = add_res(c, doc, j, draft);
		free(*base);
		*base = xstrdup(doc);
	}
	if (draft == JS_DRAFT7 && frag != NULL && *frag != '\0')
		*anchor7 = id;
	free(full);
	free(doc);
	return true;
}

/* How many subschemas member m holds: as many kids as walk_member() adds. */
static int
nsub(enum shape sh, const cJSON *m)
{
	switch (sh) {
	case SH_NONE:
		return 0;
	case SH_ONE:
		return 1;
	case SH_ITEMS7:
		return cJSON_IsArray(m) ? cJSON_GetArraySize(m) : 1;
	case SH_ARRAY:
		return cJSON_IsArray(m) ? cJSON_GetArraySize(m) : 0;
	default:
		return cJSON_IsObject(m) ? cJSON_GetArraySize(m) : 0;
	}
}

/* Walks the subschemas of member m of a node (pass 1 of walk()). */
static bool
walk_member(struct jc *c, const cJSON *m, enum shape sh, const char *base,
    int draft, unsigned vocab, int res, int depth, int **kids, int *nk,
    int *capk)
{
	const cJSON	*e;
	int		 id;

	if (sh == SH_ONE || (sh == SH_ITEMS7 && !cJSON_IsArray(m))) {
		if ((id = walk(c, m, base, draft, vocab, res, depth)) < 0)
			return false;
		GROW(*kids, *nk, *capk);
		(*kids)[(*nk)++] = id;
		return true;
	}
	if ((sh == SH_ARRAY || sh == SH_ITEMS7) && !cJSON_IsArray(m))
		return true;
	if ((sh == SH_MAP || sh == SH_DEPS7) && !cJSON_IsObject(m))
		return true;
	cJSON_ArrayForEach(e, m) {
		if (sh == SH_DEPS7 && cJSON_IsArray(e))
			id = -1;
		else if ((id = walk(c, e, base, draft, vocab, res, depth)) < 0)
			return false;
		GROW(*kids, *nk, *capk);
		(*kids)[(*nk)++] = id;
	}
	return true;
}

/* Adds a $ref to resolve once every document is walked. */
static int
add_ref(struct jc *c, const char *base, const char *uri, int draft,
    bool dynamic)
{
	struct js_schema	*s = c->s;
	struct pending		*p;

	/* Each keeps copies of its URIs: long ones cost in proportion. */
	jc_step(c, (long)(strlen(base) + strlen(uri)) / 32);
	GROW(s->refs, s->nrefs, c->cap.refs);
	memset(&s->refs[s->nrefs], 0, sizeof(s->refs[0]));
	s->refs[s->nrefs].target = -1;
	GROW(c->pend, c->npend, c->cappend);
	p = &c->pend[c->npend++];
	p->ref = s->nrefs;
	p->draft = draft;
	p->base = xstrdup(base);
	p->uri = uri;
	p->dynamic = dynamic;
	return s->nrefs++;
}

/* The type bits of "type": a name or a list of names. */
static unsigned
type_mask(const cJSON *v)
{
	const cJSON	*e;
	unsigned	 m = 0;

	if (cJSON_IsString(v))
		return jt_of_name(v->valuestring);
	cJSON_ArrayForEach(e, v)
		if (cJSON_IsString(e))
			m |= jt_of_name(e->valuestring);
	return m;
}

/*
 * Compiles a pattern into the next slot of s->res (its index).  One
 * PCRE2 refuses stays NULL there and never matches; Kinto's schemas meet
 * the meta-schema check first, which refuses it (format "regex", read
 * as ECMA-262 where Python reads its own dialect: README).
 */
static int
add_re(struct jc *c, const char *pattern)
{
	struct js_schema	*s = c->s;
	const char		*why;

	GROW(s->res, s->nres, c->cap.res);
	s->res[s->nres] = NULL;
	if (jc_step(c, 1 + (long)strlen(pattern) / 8))
		s->res[s->nres] = re_compile(pattern, &why);
	return s->nres++;
}

/*
 * Fills a keyword's arguments; false when its value is not of the form
 * the keyword needs (the keyword is then left out, as if absent).
 */
static bool
kw_args(struct jc *c, struct jkw *k, struct jnode *n, const char *base)
{
	struct js_schema	*s = c->s;
	const cJSON		*v = k->value, *e;

	switch (k->kind) {
	case KW_REF:
	case KW_DYNREF:
		if (!cJSON_IsString(v))
			return false;
		k->ref = add_ref(c, base, v->valuestring, n->draft,
		    k->kind == KW_DYNREF);
		return true;
	case KW_TYPE:
		k->types = type_mask(v);
		return cJSON_IsString(v) || cJSON_IsArray(v);
	case KW_MULTIPLEOF:
	case KW_MAXIMUM:
	case KW_EXMAXIMUM:
	case KW_MINIMUM:
	case KW_EXMINIMUM:
		return cJSON_IsNumber(v);
	case KW_MAXLENGTH:
	case KW_MAXITEMS:
	case KW_MAXPROPS:
		k->n = cJSON_IsNumber(v) ? num_floor(v) : 0;
		return cJSON_IsNumber(v);
	case KW_MINLENGTH:
	case KW_MINITEMS:
	case KW_MINPROPS:
		k->n = cJSON_IsNumber(v) ? num_ceil(v) : 0;
		return cJSON_IsNumber(v);
	case KW_ENUM:
		k->n = json_nodes(v);
		return cJSON_IsArray(v);
	case KW_REQUIRED:
		return cJSON_IsArray(v);
	case KW_DEPREQUIRED:
		return cJSON_IsObject(v);
	case KW_PATTERN:
		if (!cJSON_IsString(v))
			return false;
		k->re = add_re(c, v->valuestring);
		return c->rc == JS_OK;
	case KW_PATTERNPROPS:
		if (!cJSON_IsObject(v))
			return false;
		n->pprops_kw = (int)(k - s->kws);
		k->re = s->nres;
		cJSON_ArrayForEach(e, v)
			add_re(c, e->string);
		return c->rc == JS_OK;
	case KW_PROPERTIES:
		if (!cJSON_IsObject(v))
			return false;
		n->props_kw = (int)(k - s->kws);
		return true;
	/*
	 * Their subschemas were walked by shape (nsub()): a value of
	 * another shape has none, and the evaluator reads member names.
	 */
	case KW_DEPSCHEMAS:
	case KW_DEPENDENCIES:
		return cJSON_IsObject(v);
	case KW_PREFIXITEMS:
	case KW_ALLOF:
	case KW_ANYOF:
	case KW_ONEOF:
		return cJSON_IsArray(v);
	case KW_CONST:
		k->n = json_nodes(v);
		return true;
	case KW_UNEVALITEMS:
	case KW_UNEVALPROPS:
		n->uneval = true;
		return true;
	default:
		return true;
	}
}

/*
 * Compiles the schema j and everything under it: its node id, or -1
 * on abort (c->rc).  Two passes over its members: first the subschemas
 * (they append their own keywords), then this node's keywords, which
 * must be contiguous.
 */
static int
walk(struct jc *c, const cJSON *j, const char *base0, int draft,
    unsigned vocab, int res, int depth)
{
	struct js_schema	*s = c->s;
	const struct kwdef	*d;
	const cJSON		*m, *anchor7, *v;
	struct jnode		*n;
	struct jkw		*k;
	char			*base = xstrdup(base0);
	int			*kids = NULL, nk = 0, capk = 0, at = 0, id = -1;
	int			 kw, nkids, res0 = res;
	size_t			 i, nm;
	bool			 ref7;

	if ((id = map_get(s->map, j)) >= 0)
		goto out;
	if (depth > s->max_depth) {
		jc_fail(c, JS_LIMIT, xstrdup("schema nested too deeply"));
		goto out;
	}
	/* A node keeps a copy of its base URI while it is walked. */
	if (!jc_step(c, 1 + (long)strlen(base0) / 64))
		goto out;
	if (cJSON_IsObject(j) && cJSON_IsString(v =
	    cJSON_GetObjectItemCaseSensitive(j, "$schema")) &&
	    !dialect(c, v->valuestring, &draft, &vocab))
		goto out;
	anchor7 = NULL;
	if (cJSON_IsObject(j) && !identify(c, j, draft, &base, &res, &anchor7))
		goto out;
	GROW(s->nodes, s->nnodes, c->cap.nodes);
	id = s->nnodes++;
	map_put(s->map, j, id);
	n = &s->nodes[id];
	memset(n, 0, sizeof(*n));
	n->json = j;
	n->boolean = cJSON_IsObject(j) ? -1 : cJSON_IsFalse(j) ? 0 : 1;
	n->draft = draft;
	n->vocab = vocab;
	n->res = res;
	n->then_node = n->else_node = n->props_kw = n->pprops_kw = -1;
	if (s->rs[res0].node < 0 && s->rs[res0].json == j)
		s->rs[res0].node = id;
	if (res != res0)
		s->rs[res].node = id;
	if (n->boolean >= 0)
		goto out;
	if (anchor7 != NULL)
		add_anchor(c, res, strchr(anchor7->valuestring, '#') + 1, id,
		    false);
	if (draft == JS_DRAFT2020) {
		if (cJSON_IsString(v = cJSON_GetObjectItemCaseSensitive(j,
		    "$anchor")))
			add_anchor(c, res, v->valuestring, id, false);
		if (cJSON_IsString(v = cJSON_GetObjectItemCaseSensitive(j,
		    "$dynamicAnchor")))
			add_anchor(c, res, v->valuestring, id, true);
	}
	ref7 = draft == JS_DRAFT7 &&
	    cJSON_GetObjectItemCaseSensitive(j, "$ref") != NULL;

	/* Pass 1: subschemas, depth first. */
	for (m = j->child; m != NULL; m = m->next) {
		if ((d = kwdef(m->string)) == NULL ||
		    d->shape[draft] == SH_NONE)
			continue;
		if (!walk_member(c, m, d->shape[draft], base, draft, vocab,
		    res, depth + 1, &kids, &nk, &capk))
			goto fail;
		n = &s->nodes[id];	/* the array may have moved */
		if (strcmp(m->string, "then") == 0)
			n->then_node = kids[nk - 1];
		else if (strcmp(m->string, "else") == 0)
			n->else_node = kids[nk - 1];
		else if (strcmp(m->string, "prefixItems") == 0 ||
		    (draft == JS_DRAFT7 && strcmp(m->string, "items") == 0 &&
		    cJSON_IsArray(m))) {
			n->nprefix = cJSON_GetArraySize(m);
			n->items_array7 = draft == JS_DRAFT7;
		}
	}
	n = &s->nodes[id];
	if (draft == JS_DRAFT2020) {
		v = cJSON_GetObjectItemCaseSensitive(j, "minContains");
		n->min_contains = cJSON_IsNumber(v) ? v : NULL;
		v = cJSON_GetObjectItemCaseSensitive(j, "maxContains");
		n->max_contains = cJSON_IsNumber(v) ? v : NULL;
	}

	/* Pass 2: this node's keywords, in order. */
	n->kw = s->nkws;
	for (m = j->child; m != NULL; m = m->next) {
		d = kwdef(m->string);
		nkids = d != NULL ? nsub(d->shape[draft], m) : 0;
		kw = d != NULL ? d->kw[draft] : NOKW;
		if (kw == NOKW || (d->vocab & vocab) == 0 ||
		    (ref7 && kw != KW_REF)) {
			at += nkids;
			continue;
		}
		if (!jc_step(c, 1))
			goto fail;
		GROW(s->kws, s->nkws, c->cap.kws);
		k = &s->kws[s->nkws];
		memset(k, 0, sizeof(*k));
		k->kind = (enum kw)kw;
		k->name = m->string;
		k->value = m;
		k->re = k->ref = -1;
		k->kids = s->nkids;
		k->nkids = (uint32_t)nkids;
		for (i = 0, nm = (size_t)nkids; i < nm; i++) {
			GROW(s->kids, s->nkids, c->cap.kids);
			s->kids[s->nkids++] = kids[at++];
		}
		if (!kw_args(c, k, &s->nodes[id], base)) {
			if (c->rc != JS_OK)
				goto fail;
			s->nkids = k->kids;	/* leave it out */
			continue;
		}
		s->nkws++;
	}
	n = &s->nodes[id];
	n->nkw = s->nkws - n->kw;
	goto out;
fail:
	id = -1;
out:
	free(kids);
	free(base);
	return c->rc == JS_OK ? id : -1;
}

/* Reads a file of the loader's directory; NULL if it cannot. */
static char *
read_file(const char *path, size_t *len)
{
	struct stat	 st;
	FILE		*f;
	char		*buf = NULL;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_size <= DOC_MAX_BYTES) {
		buf = xmalloc((size_t)st.st_size + 1);
		*len = fread(buf, 1, (size_t)st.st_size, f);
		buf[*len] = '\0';
	}
	fclose(f);
	return buf;
}

/*
 * The loader's file for uri: base_uri + rest, where rest is a relative
 * path of plain names (no "..", no query): never outside dir.
 */
static char *
loader_path(const struct js_schema *s, const char *uri)
{
	const char	*rest, *p;

	if (s->loader_base == NULL || !str_has_prefix(uri, s->loader_base))
		return NULL;
	rest = uri + strlen(s->loader_base);
	if (*rest == '\0' || *rest == '/' || strstr(rest, "..") != NULL ||
	    strstr(rest, "//") != NULL)
		return NULL;
	for (p = rest; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' ||
		    *p == '-' || *p == '/'))
			return NULL;
	return xasprintf("%s/%s", s->loader_dir, rest);
}

/*
 * Loads and walks the document uri names (an embedded meta-schema or a
 * loader's file): its resource, or -1 when there is none (or on abort).
 */
static int
load_doc(struct jc *c, const char *uri, int draft)
{
	struct js_schema	*s = c->s;
	const cJSON		*sch;
	cJSON			*doc = NULL;
	const char		*text;
	char			*path = NULL, *buf = NULL;
	size_t			 len;
	int			 r = -1, d;

	if ((text = meta_text(uri)) != NULL)
		json_parse(text, strlen(text), 64, &doc, NULL);
	else if ((path = loader_path(s, uri)) != NULL &&
	    (buf = read_file(path, &len)) != NULL)
		json_parse(buf, len, s->max_depth, &doc, NULL);
	if (doc == NULL)
		goto out;
	GROW(s->docs, s->ndocs, c->cap.docs);
	s->docs[s->ndocs++] = doc;
	sch = cJSON_GetObjectItemCaseSensitive(doc, "$schema");
	if (cJSON_IsString(sch) && (d = meta_draft(sch->valuestring)) >= 0)
		draft = d;
	r = add_res(c, uri, doc, draft);
	if (walk(c, doc, uri, draft, VOC_ALL, r, 0) < 0)
		r = -1;
out:
	free(path);
	free(buf);
	return r;
}

/*
 * The message of Python's referencing (0.37): "Unresolvable: <ref>", or
 * for a fragment that names nothing in a resource, "PointerToNowhere:"
 * or "NoSuchAnchor:" and the resource's repr().
 */
char *
jc_ref_error(const struct js_schema *s, const struct jref *ref)
{
	struct buf	 b = { NULL, 0, 0 };
	cJSON		*f;

	if (ref->miss_kind == NULL)
		return ref->error != NULL ? xstrdup(ref->error) :
		    xasprintf("Unresolvable: %s", ref->uri);
	f = json_new_string(ref->miss_frag);
	buf_printf(&b, "%s: ", ref->miss_kind);
	pyrepr(&b, f);
	buf_puts(&b, " does not exist within ");
	pyrepr(&b, s->rs[ref->miss_res].json);
	if (strcmp(ref->miss_frag, "/") == 0)
		buf_puts(&b, ". The pointer '/' is a valid JSON Pointer but it "
		    "points to an empty string property ''. If you intended "
		    "to point to the entire resource, you should use '#'.");
	cJSON_Delete(f);
	return buf_detach(&b, NULL);
}

/* Resolves a pending $ref or $dynamicRef (loading what it names). */
static void
resolve(struct jc *c, const struct pending *p)
{
	struct js_schema	*s = c->s;
	const struct janchor	*a = NULL;
	const cJSON		*v;
	const char		*frag, *miss = NULL;
	char			*full, *doc, *why = NULL;
	int			 r, target = -1;

	full = uri_resolve(p->base, p->uri);
	doc = uri_split(full, &frag);
	if ((r = find_res(c, doc)) < 0 && (r = load_doc(c, doc, p->draft)) < 0)
		why = xasprintf("Unresolvable: %s", p->uri);
	else if (frag == NULL || *frag == '\0')
		target = s->rs[r].node;
	else if (*frag == '/') {
		if ((v = uri_pointer(s->rs[r].json, frag)) == NULL)
			miss = "PointerToNowhere";
		else if (!cJSON_IsObject(v) && !cJSON_IsBool(v))
			why = xasprintf("Unresolvable: %s", p->uri);
		else if ((target = map_get(s->map, v)) < 0)
			target = walk(c, v, s->rs[r].uri, s->rs[r].draft,
			    s->rs[r].node >= 0 ? s->nodes[s->rs[r].node].vocab :
			    VOC_ALL, r, 0);
	} else if ((a = find_anchor(c, r, frag)) == NULL)
		miss = "NoSuchAnchor";
	else
		target = a->node;
	s = c->s;
	s->refs[p->ref].uri = full;
	s->refs[p->ref].target = target;
	s->refs[p->ref].error = why;
	if (miss != NULL) {
		s->refs[p->ref].miss_kind = miss;
		s->refs[p->ref].miss_frag = xstrdup(frag);
		s->refs[p->ref].miss_res = r;
	}
	if (p->dynamic && a != NULL && a->dynamic)
		s->refs[p->ref].dyn_name = xstrdup(frag);
	free(doc);
}

enum js_rc
jc_compile(struct js_schema *s, cJSON *schema, enum js_draft dflt,
    struct js_error *err)
{
	struct jc	 c;
	struct pending	 p;
	int		 i, r;
	unsigned	 vocab = VOC_ALL;
	int		 draft = dflt;
	const cJSON	*v;

	memset(&c, 0, sizeof(c));
	c.s = s;
	c.err = err;
	s->map = xcalloc(1, sizeof(*s->map));
	GROW(s->docs, s->ndocs, c.cap.docs);
	s->docs[s->ndocs++] = schema;
	if (cJSON_IsObject(schema) && cJSON_IsString(v =
	    cJSON_GetObjectItemCaseSensitive(schema, "$schema")))
		dialect(&c, v->valuestring, &draft, &vocab);
	r = add_res(&c, "", schema, draft);
	if (c.rc == JS_OK)
		s->root = walk(&c, schema, "", draft, vocab, r, 0);
	/* Resolving may load documents, which add refs: c.pend moves. */
	for (i = 0; i < c.npend && c.rc == JS_OK; i++) {
		p = c.pend[i];
		resolve(&c, &p);
	}
	for (i = 0; i < c.npend; i++)
		free(c.pend[i].base);
	free(c.pend);
	map_free(s);		/* it only serves compilation */
	return c.rc;
}

void
jc_free(struct js_schema *s)
{
	int	 i;

	map_free(s);
	for (i = 0; i < s->ndocs; i++)
		cJSON_Delete(s->docs[i]);
	for (i = 0; i < s->nrs; i++)
		free(s->rs[i].uri);
	for (i = 0; i < s->nanchors; i++)
		free(s->anchors[i].name);
	for (i = 0; i < s->nrefs; i++) {
		free(s->refs[i].uri);
		free(s->refs[i].error);
		free(s->refs[i].miss_frag);
		free(s->refs[i].dyn_name);
	}
	for (i = 0; i < s->nres; i++)
		re_free(s->res[i]);
	free(s->docs);
	free(s->nodes);
	free(s->kws);
	free(s->kids);
	free(s->rs);
	free(s->anchors);
	free(s->refs);
	free(s->res);
	free(s->loader_base);
	free(s->loader_dir);
}
