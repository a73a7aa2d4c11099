/*
 * jsonschema_int.h — what the files of the validator share: the compiled
 * form of a schema (jsonschema_compile.c), the evaluator's state
 * (jsonschema_eval.c, jsonschema_kw.c), errors and their messages
 * (jsonschema_msg.c), numbers, regexes, URIs and the embedded
 * meta-schemas.  Not for the rest of cinto: core/jsonschema.h is the
 * interface.
 *
 * Ownership: a struct js_schema owns every document it compiled (its
 * copy of the caller's schema, the meta-schemas and remote documents it
 * loaded), so nodes, keywords and errors point into them freely.  An
 * evaluation owns its errors in an arena freed at its end.
 */
#ifndef CINTO_JSONSCHEMA_INT_H
#define CINTO_JSONSCHEMA_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cJSON.h>

#include "core/jsonschema.h"
#include "core/util.h"

/* ==== Vocabularies (2020-12, "$vocabulary") ==== */

enum {
	VOC_CORE	= 1 << 0,
	VOC_APPLICATOR	= 1 << 1,
	VOC_UNEVALUATED	= 1 << 2,
	VOC_VALIDATION	= 1 << 3,
	VOC_METADATA	= 1 << 4,
	VOC_FORMAT	= 1 << 5,	/* format-annotation (or -assertion) */
	VOC_CONTENT	= 1 << 6,
	VOC_ALL		= 0x7F,
};

/* ==== Types, as the "type" keyword names them ==== */

enum {
	JT_NULL		= 1 << 0,
	JT_BOOLEAN	= 1 << 1,
	JT_OBJECT	= 1 << 2,
	JT_ARRAY	= 1 << 3,
	JT_NUMBER	= 1 << 4,
	JT_STRING	= 1 << 5,
	JT_INTEGER	= 1 << 6,
};

/* The type bit of a type name, 0 when unknown. */
unsigned	 jt_of_name(const char *);
/* Whether v is of every type in mask... of any type in mask. */
bool		 jt_is(const cJSON *v, unsigned mask);

/* ==== Compiled schemas ==== */

/*
 * Keywords the evaluator applies, in a node's list in the order the
 * schema wrote them (Python iterates a schema dict in that order, and
 * the first error depends on it).  Keywords that only other keywords
 * read (then, else, minContains, maxContains, $defs...) have none.
 */
enum kw {
	KW_REF,		/* $ref */
	KW_DYNREF,	/* $dynamicRef */
	KW_TYPE,
	KW_ENUM,
	KW_CONST,
	KW_MULTIPLEOF,
	KW_MAXIMUM,
	KW_EXMAXIMUM,
	KW_MINIMUM,
	KW_EXMINIMUM,
	KW_MAXLENGTH,
	KW_MINLENGTH,
	KW_PATTERN,
	KW_FORMAT,
	KW_ITEMS,	/* 2020-12: the items after prefixItems */
	KW_ITEMS7,	/* draft 7: a schema for all, or an array */
	KW_ADDITEMS,	/* draft 7 additionalItems */
	KW_PREFIXITEMS,
	KW_CONTAINS,	/* 2020-12, with minContains/maxContains */
	KW_CONTAINS7,
	KW_MAXITEMS,
	KW_MINITEMS,
	KW_UNIQUE,
	KW_MAXPROPS,
	KW_MINPROPS,
	KW_REQUIRED,
	KW_DEPREQUIRED,
	KW_DEPSCHEMAS,
	KW_DEPENDENCIES,	/* draft 7 */
	KW_PROPERTIES,
	KW_PATTERNPROPS,
	KW_ADDPROPS,
	KW_PROPNAMES,
	KW_ALLOF,
	KW_ANYOF,
	KW_ONEOF,
	KW_NOT,
	KW_IF,
	KW_UNEVALITEMS,
	KW_UNEVALPROPS,
	KW__MAX
};

struct jkw {
	enum kw		 kind;
	const char	*name;		/* the schema's key */
	const cJSON	*value;		/* its value */
	uint32_t	 kids;		/* first subschema in s->kids */
	uint32_t	 nkids;
	int		 re;		/* first regex in s->res, or -1 */
	int		 ref;		/* in s->refs, or -1 */
	long		 n;		/* integer argument, saturated */
	unsigned	 types;		/* KW_TYPE: JT_ bits */
};

struct jnode {
	const cJSON	*json;		/* object or boolean */
	int		 boolean;	/* -1 for an object, else 0 or 1 */
	int		 draft;		/* enum js_draft */
	unsigned	 vocab;		/* VOC_ bits */
	int		 res;		/* its schema resource (dynamic scope) */
	uint32_t	 kw;		/* its keywords in s->kws */
	uint32_t	 nkw;
	/* Siblings keywords read. */
	int		 then_node;	/* -1 when absent */
	int		 else_node;
	long		 nprefix;	/* prefixItems, or draft 7 items array */
	bool		 items_array7;	/* draft 7 "items" is an array */
	const cJSON	*min_contains;	/* NULL when absent */
	const cJSON	*max_contains;
	int		 props_kw;	/* index in s->kws, or -1 */
	int		 pprops_kw;
	bool		 uneval;	/* has unevaluatedItems/Properties */
};

/* A resource: a schema with an absolute URI ($id, or a document). */
struct jres {
	char		*uri;		/* absolute, no fragment */
	int		 node;		/* its root, -1 until compiled */
	const cJSON	*json;
	int		 draft;
};

struct janchor {
	int		 res;
	char		*name;
	int		 node;
	bool		 dynamic;	/* $dynamicAnchor */
};

/* A $ref or $dynamicRef, resolved at compile time. */
struct jref {
	char		*uri;		/* absolute target, for messages */
	int		 target;	/* node, -1 when unresolvable */
	/*
	 * Unresolvable: Python's message, or for a fragment naming nothing
	 * in a resource its parts (the message quotes the whole resource:
	 * made only when the $ref is reached, by jc_ref_error()).
	 */
	char		*error;
	const char	*miss_kind;	/* PointerToNowhere, NoSuchAnchor */
	char		*miss_frag;
	int		 miss_res;
	char		*dyn_name;	/* $dynamicRef: anchor to look up in
					   the dynamic scope, or NULL */
};

struct jre;				/* jsonschema_regex.c */

struct js_schema {
	cJSON		**docs;		/* owned documents */
	int		 ndocs;
	struct jnode	*nodes;
	int		 nnodes;
	struct jkw	*kws;
	uint32_t	 nkws;
	int		*kids;		/* subschema node ids */
	uint32_t	 nkids;
	struct jres	*rs;
	int		 nrs;
	struct janchor	*anchors;
	int		 nanchors;
	struct jref	*refs;
	int		 nrefs;
	struct jre	**res;		/* compiled regexes */
	int		 nres;
	int		 root;
	int		 max_depth;
	long		 max_steps;
	/* Compilation only. */
	struct jmap	*map;		/* cJSON * -> node */
	char		*loader_base;
	char		*loader_dir;
};

/* Caps of the arrays above (compile-time growth). */
struct js_caps {
	int		 docs, nodes, rs, anchors, refs, res;
	uint32_t	 kws, kids;
};

/* ==== The evaluator ==== */

/*
 * A path segment on the C stack (instance or schema path): key, or
 * index when key is NULL.  copy caches the segment's arena copy once an
 * error needed it (errors outlive the stack frames).
 */
struct seg {
	const struct seg *up;
	const char	*key;
	long		 idx;
	int		 depth;
	struct seg	*copy;
};

/* The dynamic scope: resources entered, innermost first. */
struct scope {
	const struct scope *up;
	int		 res;
};

/*
 * What a schema evaluated in an instance (annotations for
 * unevaluatedItems/unevaluatedProperties): bit i is the item i, or the
 * member i of an object in its order.
 */
struct annot {
	size_t		 n;
	uint64_t	*bits;
	bool		 all;		/* every item */
};

/* Python's messages, rendered only for the error reported. */
enum msg {
	M_FALSE,	/* False schema does not allow */
	M_TYPE,
	M_ENUM,
	M_CONST,
	M_MULTIPLEOF,
	M_MAXIMUM,
	M_EXMAXIMUM,
	M_MINIMUM,
	M_EXMINIMUM,
	M_MAXLENGTH,
	M_MINLENGTH,
	M_PATTERN,
	M_FORMAT,
	M_ITEMS_FALSE,	/* Expected at most N items but found M extra */
	M_ADDITEMS,	/* Additional items are not allowed */
	M_CONTAINS,	/* does not contain items matching */
	M_CONTAINS7,	/* None of ... are valid under the given schema */
	M_MAXCONTAINS,
	M_MINCONTAINS,
	M_MAXITEMS,
	M_MINITEMS,
	M_UNIQUE,
	M_MAXPROPS,
	M_MINPROPS,
	M_REQUIRED,
	M_DEPENDENCY,	/* 'x' is a dependency of 'y' */
	M_ADDPROPS,	/* Additional properties are not allowed */
	M_ADDPROPS_RE,	/* ... do not match any of the regexes */
	M_ANYOF,	/* is not valid under any of the given schemas */
	M_ONEOF_MANY,	/* is valid under each of */
	M_NOT,
	M_UNEVALITEMS,
	M_UNEVALPROPS_FALSE,
	M_UNEVALPROPS,
	M__MAX
};

struct jerr {
	struct jerr	*next;		/* sibling, in Python's order */
	struct jerr	*ctx;		/* context (anyOf, oneOf) */
	const struct seg *ip;		/* absolute instance path (copy) */
	const struct seg *sp;		/* absolute schema path (copy) */
	const cJSON	*inst;
	int		 node;		/* schema holding the keyword */
	const struct jkw *kw;		/* NULL for a false schema */
	enum msg	 msg;
	const char	*vname;		/* validator, if not kw's */
	const cJSON	*vvalue;	/* its value, if not kw's */
	long		 a, b;		/* message numbers */
	const void	*x, *y;		/* message extras (jsonschema_msg.c) */
};

struct elist {
	struct jerr	*head;
	struct jerr	**tail;
};

/* A bump allocator: everything in one evaluation, freed at once. */
struct arena {
	struct achunk	*chunks;
	size_t		 left;
	char		*p;
};

void		*arena_alloc(struct arena *, size_t);
void		 arena_free(struct arena *);

struct ev {
	const struct js_schema *s;
	long		 steps;
	long		 max_steps;
	int		 depth;
	int		 max_depth;
	enum js_rc	 rc;		/* JS_LIMIT or JS_UNRESOLVABLE aborts */
	const char	*unresolvable;	/* its message */
	bool		 assert_regex;	/* format "regex" asserted (meta) */
	bool		 too_deep;	/* the JS_LIMIT was max_depth's */
	/*
	 * The paths before the segments the subschema being entered adds
	 * (Python's descend(path=, schema_path=)): a false schema's error
	 * goes without them, as Python's descend() yields it before adding
	 * them.  Set by ev_kw() for its keyword's subschemas, kept intact
	 * across ev_node() calls.
	 */
	const struct seg *base_ip, *base_sp;
	struct arena	 arena;
};

/* One step of work; false once over budget (ev->rc = JS_LIMIT). */
bool		 ev_step(struct ev *, long n);

/*
 * Applies node to inst.  out NULL: validity only, stops at the first
 * failure; else every error, in Python's order, appended to out.  ann,
 * when not NULL, receives what the node evaluated in inst (if valid).
 * Returns validity; false too when ev->rc is set (abort).
 */
bool		 ev_node(struct ev *, int node, const cJSON *inst,
		    const struct seg *ip, const struct seg *sp,
		    const struct scope *, struct annot *ann,
		    struct elist *out);

/* Appends an error made of the arguments (and returns it). */
struct jerr	*ev_error(struct ev *, struct elist *, enum msg,
		    const cJSON *inst, const struct seg *ip,
		    const struct seg *sp, int node, const struct jkw *kw);

/*
 * The assertion keywords (jsonschema_kw.c): validity of inst under kw,
 * an error appended to out (if not NULL) when not.
 */
bool		 kw_assert(struct ev *, int node, const struct jkw *,
		    const cJSON *inst, const struct seg *ip,
		    const struct seg *sp, struct elist *out);
/*
 * The names of list missing from the object inst, each an error: "x is
 * a required property", or with of (the member whose dependencies list
 * is) "x is a dependency of y".
 */
bool		 kw_missing(struct ev *, int node, const struct jkw *,
		    const cJSON *list, const cJSON *of, const cJSON *inst,
		    const struct seg *ip, const struct seg *sp,
		    struct elist *out);
/* A member of obj by key, its index to *idx (if not NULL); charged. */
const cJSON	*ev_member(struct ev *, const cJSON *obj, const char *key,
		    size_t *idx);
/* Nodes in a value, itself included: what walking it costs. */
long		 json_nodes(const cJSON *);
/* Code points, as Python's len(). */
size_t		 utf8_length(const char *);
/* Whether the array's items are unique (JSON equality). */
bool		 kw_unique(struct ev *, const cJSON *array);

/* ==== Errors and messages (jsonschema_msg.c) ==== */

/* Python's error.message. */
char		*msg_render(const struct js_schema *, const struct jerr *);
/* Validator name and value: NULL for a false schema. */
const char	*msg_validator(const struct jerr *);
const cJSON	*msg_validator_value(const struct jerr *);

/* ==== Numbers (jsonschema_num.c): exact, from the text ==== */

bool		 num_is_integer(const cJSON *);
int		 num_cmp(const cJSON *, const cJSON *);
/* Whether a is a multiple of b (b > 0). */
bool		 num_multiple_of(const cJSON *a, const cJSON *b);
/* The value rounded down (floor) or up, saturated to [0, LONG_MAX]. */
long		 num_floor(const cJSON *);
long		 num_ceil(const cJSON *);
/* Whether the value equals n. */
bool		 num_equals(const cJSON *, long n);
/* A hash equal for equal values (1, 1.0, 1e0). */
uint64_t	 num_hash(const cJSON *);

/* ==== Regexes (jsonschema_regex.c): ECMA-262 over PCRE2 ==== */

/* Compiles an ECMA-262 pattern; NULL with a reason when it is not one. */
struct jre	*re_compile(const char *pattern, const char **why);
void		 re_free(struct jre *);
/*
 * Searches s: 1 found, 0 not; -1 when the match outgrew its budget
 * (ev->rc is then JS_LIMIT).  Charges ev the work it may have done.
 */
int		 re_search(struct ev *, const struct jre *, const char *s);

/* ==== URIs (jsonschema_uri.c) ==== */

/* ref resolved against base (RFC 3986, section 5.2), normalized. */
char		*uri_resolve(const char *base, const char *ref);
/* Splits at '#': the URI without fragment (new) and the fragment. */
char		*uri_split(const char *uri, const char **fragment);
/*
 * The value at a JSON pointer (already percent-decoded or not: the
 * fragment's %XX are decoded first), or NULL.
 */
const cJSON	*uri_pointer(const cJSON *root, const char *fragment);

/* ==== Embedded meta-schemas (jsonschema_meta.c) ==== */

/* The text of the meta-schema of that URI (no fragment), or NULL. */
const char	*meta_text(const char *uri);
/* The URI of a draft's meta-schema. */
const char	*meta_uri(enum js_draft);
/* The draft a $schema URI names; -1 when none we know. */
int		 meta_draft(const char *uri);

/* ==== Compilation (jsonschema_compile.c) ==== */

/*
 * Compiles schema (which s takes: it frees it) into s, whose limits and
 * loader are set; on error s holds what was done, for jc_free().
 */
enum js_rc	 jc_compile(struct js_schema *, cJSON *schema,
		    enum js_draft, struct js_error *);
void		 jc_free(struct js_schema *);
/* The message of an unresolvable reference (the caller frees it). */
char		*jc_ref_error(const struct js_schema *, const struct jref *);

#endif
