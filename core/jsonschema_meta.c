/*
 * jsonschema_meta.c — the meta-schemas of JSON Schema draft 7
 * (http://json-schema.org/draft-07/schema) and 2020-12
 * (https://json-schema.org/draft/2020-12/schema and its vocabularies'
 * meta-schemas, meta/core ... meta/content), as the specification
 * publishes them, so that "$schema" and "$ref" find them without the
 * network.  Parsed by jsonschema_compile.c when a schema refers to one
 * (js_check_schema() always does).  See jsonschema_int.h.
 */
#include <stdbool.h>
#include <string.h>

#include "core/jsonschema_int.h"

static const char meta_draft7[] =
    "{"
    " \"$schema\": \"http://json-schema.org/draft-07/schema#\","
    " \"$id\": \"http://json-schema.org/draft-07/schema#\","
    " \"title\": \"Core schema meta-schema\","
    " \"definitions\": {"
    "  \"schemaArray\": {"
    "   \"type\": \"array\","
    "   \"minItems\": 1,"
    "   \"items\": {\"$ref\": \"#\"}"
    "  },"
    "  \"nonNegativeInteger\": {\"type\": \"integer\", \"minimum\": 0},"
    "  \"nonNegativeIntegerDefault0\": {"
    "   \"allOf\": ["
    "    {\"$ref\": \"#/definitions/nonNegativeInteger\"},"
    "    {\"default\": 0}"
    "   ]"
    "  },"
    "  \"simpleTypes\": {"
    "   \"enum\": ["
    "    \"array\","
    "    \"boolean\","
    "    \"integer\","
    "    \"null\","
    "    \"number\","
    "    \"object\","
    "    \"string\""
    "   ]"
    "  },"
    "  \"stringArray\": {"
    "   \"type\": \"array\","
    "   \"items\": {\"type\": \"string\"},"
    "   \"uniqueItems\": true,"
    "   \"default\": []"
    "  }"
    " },"
    " \"type\": [\"object\", \"boolean\"],"
    " \"properties\": {"
    "  \"$id\": {\"type\": \"string\", \"format\": \"uri-reference\"},"
    "  \"$schema\": {\"type\": \"string\", \"format\": \"uri\"},"
    "  \"$ref\": {\"type\": \"string\", \"format\": \"uri-reference\"},"
    "  \"$comment\": {\"type\": \"string\"},"
    "  \"title\": {\"type\": \"string\"},"
    "  \"description\": {\"type\": \"string\"},"
    "  \"default\": true,"
    "  \"readOnly\": {\"type\": \"boolean\", \"default\": false},"
    "  \"examples\": {\"type\": \"array\", \"items\": true},"
    "  \"multipleOf\": {\"type\": \"number\", \"exclusiveMinimum\": 0},"
    "  \"maximum\": {\"type\": \"number\"},"
    "  \"exclusiveMaximum\": {\"type\": \"number\"},"
    "  \"minimum\": {\"type\": \"number\"},"
    "  \"exclusiveMinimum\": {\"type\": \"number\"},"
    "  \"maxLength\": {\"$ref\": \"#/definitions/nonNegativeInteger\"},"
    "  \"minLength\": {\"$ref\": \"#/definitions/nonNegativeIntegerDefault0\""
    "},"
    "  \"pattern\": {\"type\": \"string\", \"format\": \"regex\"},"
    "  \"additionalItems\": {\"$ref\": \"#\"},"
    "  \"items\": {"
    "   \"anyOf\": ["
    "    {\"$ref\": \"#\"},"
    "    {\"$ref\": \"#/definitions/schemaArray\"}"
    "   ],"
    "   \"default\": true"
    "  },"
    "  \"maxItems\": {\"$ref\": \"#/definitions/nonNegativeInteger\"},"
    "  \"minItems\": {\"$ref\": \"#/definitions/nonNegativeIntegerDefault0\"}"
    ","
    "  \"uniqueItems\": {\"type\": \"boolean\", \"default\": false},"
    "  \"contains\": {\"$ref\": \"#\"},"
    "  \"maxProperties\": {\"$ref\": \"#/definitions/nonNegativeInteger\"},"
    "  \"minProperties\": {\"$ref\": \"#/definitions/nonNegativeIntegerDefaul"
    "t0\"},"
    "  \"required\": {\"$ref\": \"#/definitions/stringArray\"},"
    "  \"additionalProperties\": {\"$ref\": \"#\"},"
    "  \"definitions\": {"
    "   \"type\": \"object\","
    "   \"additionalProperties\": {\"$ref\": \"#\"},"
    "   \"default\": {}"
    "  },"
    "  \"properties\": {"
    "   \"type\": \"object\","
    "   \"additionalProperties\": {\"$ref\": \"#\"},"
    "   \"default\": {}"
    "  },"
    "  \"patternProperties\": {"
    "   \"type\": \"object\","
    "   \"additionalProperties\": {\"$ref\": \"#\"},"
    "   \"propertyNames\": {\"format\": \"regex\"},"
    "   \"default\": {}"
    "  },"
    "  \"dependencies\": {"
    "   \"type\": \"object\","
    "   \"additionalProperties\": {"
    "    \"anyOf\": ["
    "     {\"$ref\": \"#\"},"
    "     {\"$ref\": \"#/definitions/stringArray\"}"
    "    ]"
    "   }"
    "  },"
    "  \"propertyNames\": {\"$ref\": \"#\"},"
    "  \"const\": true,"
    "  \"enum\": {\"type\": \"array\", \"items\": true},"
    "  \"type\": {"
    "   \"anyOf\": ["
    "    {\"$ref\": \"#/definitions/simpleTypes\"},"
    "    {"
    "     \"type\": \"array\","
    "     \"items\": {\"$ref\": \"#/definitions/simpleTypes\"},"
    "     \"minItems\": 1,"
    "     \"uniqueItems\": true"
    "    }"
    "   ]"
    "  },"
    "  \"format\": {\"type\": \"string\"},"
    "  \"contentMediaType\": {\"type\": \"string\"},"
    "  \"contentEncoding\": {\"type\": \"string\"},"
    "  \"if\": {\"$ref\": \"#\"},"
    "  \"then\": {\"$ref\": \"#\"},"
    "  \"else\": {\"$ref\": \"#\"},"
    "  \"allOf\": {\"$ref\": \"#/definitions/schemaArray\"},"
    "  \"anyOf\": {\"$ref\": \"#/definitions/schemaArray\"},"
    "  \"oneOf\": {\"$ref\": \"#/definitions/schemaArray\"},"
    "  \"not\": {\"$ref\": \"#\"}"
    " },"
    " \"default\": true"
    "}";

static const char meta_2020[] =
    "{"
    " \"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
    " \"$id\": \"https://json-schema.org/draft/2020-12/schema\","
    " \"$vocabulary\": {"
    "  \"https://json-schema.org/draft/2020-12/vocab/core\": true,"
    "  \"https://json-schema.org/draft/2020-12/vocab/applicator\": true,"
    "  \"https://json-schema.org/draft/2020-12/vocab/unevaluated\": true,"
    "  \"https://json-schema.org/draft/2020-12/vocab/validation\": true,"
    "  \"https://json-schema.org/draft/2020-12/vocab/meta-data\": true,"
    "  \"https://json-schema.org/draft/2020-12/vocab/format-annotation\": tru"
    "e,"
    "  \"https://json-schema.org/draft/2020-12/vocab/content\": true"
    " },"
    " \"$dynamicAnchor\": \"meta\","
    " \"title\": \"Core and Validation specifications meta-schema\","
    " \"allOf\": ["
    "  {\"$ref\": \"meta/core\"},"
    "  {\"$ref\": \"meta/applicator\"},"
    "  {\"$ref\": \"meta/unevaluated\"},"
    "  {\"$ref\": \"meta/validation\"},"
    "  {\"$ref\": \"meta/meta-data\"},"
    "  {\"$ref\": \"meta/format-annotation\"},"
    "  {\"$ref\": \"meta/content\"}"
    " ],"
    " \"type\": [\"object\", \"boolean\"],"
    " \"$comment\": \"This meta-schema also defines keywords that have appear"
    "ed in previous drafts in order to prevent incompatible extensions as the"
    "y remain in common use.\","
    " \"properties\": {"
    "  \"definitions\": {"
    "   \"$comment\": \"\\\"definitions\\\" has been replaced by \\\"$defs"
    "\\\".\","
    "   \"type\": \"object\","
    "   \"additionalProperties\": {\"$dynamicRef\": \"#meta\"},"
    "   \"deprecated\": true,"
    "   \"default\": {}"
    "  },"
    "  \"dependencies\": {"
    "   \"$comment\": \"\\\"dependencies\\\" has been split and replaced by "
    "\\\"dependentSchemas\\\" and \\\"dependentRequired\\\" in order to serve"
    " their differing semantics.\","
    "   \"type\": \"object\","
    "   \"additionalProperties\": {"
    "    \"anyOf\": ["
    "     {\"$dynamicRef\": \"#meta\"},"
    "     {\"$ref\": \"meta/validation#/$defs/stringArray\"}"
    "    ]"
    "   },"
    "   \"deprecated\": true,"
    "   \"default\": {}"
    "  },"
    "  \"$recursiveAnchor\": {"
    "   \"$comment\": \"\\\"$recursiveAnchor\\\" has been replaced by \\\"$dy"
    "namicAnchor\\\".\","
    "   \"$ref\": \"meta/core#/$defs/anchorString\","
    "   \"deprecated\": true"
    "  },"
    "  \"$recursiveRef\": {"
    "   \"$comment\": \"\\\"$recursiveRef\\\" has been replaced by \\\"$dynam"
    "icRef\\\".\","
    "   \"$ref\": \"meta/core#/$defs/uriReferenceString\","
    "   \"deprecated\": true"
    "  }"
    " }"
    "}";

static const char meta_2020_core[] =
    "{"
    " \"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
    " \"$id\": \"https://json-schema.org/draft/2020-12/meta/core\","
    " \"$vocabulary\": {\"https://json-schema.org/draft/2020-12/vocab/core\":"
    " true},"
    " \"$dynamicAnchor\": \"meta\","
    " \"title\": \"Core vocabulary meta-schema\","
    " \"type\": [\"object\", \"boolean\"],"
    " \"properties\": {"
    "  \"$id\": {"
    "   \"$ref\": \"#/$defs/uriReferenceString\","
    "   \"$comment\": \"Non-empty fragments not allowed.\","
    "   \"pattern\": \"^[^#]*#?$\""
    "  },"
    "  \"$schema\": {\"$ref\": \"#/$defs/uriString\"},"
    "  \"$ref\": {\"$ref\": \"#/$defs/uriReferenceString\"},"
    "  \"$anchor\": {\"$ref\": \"#/$defs/anchorString\"},"
    "  \"$dynamicRef\": {\"$ref\": \"#/$defs/uriReferenceString\"},"
    "  \"$dynamicAnchor\": {\"$ref\": \"#/$defs/anchorString\"},"
    "  \"$vocabulary\": {"
    "   \"type\": \"object\","
    "   \"propertyNames\": {\"$ref\": \"#/$defs/uriString\"},"
    "   \"additionalProperties\": {\"type\": \"boolean\"}"
    "  },"
    "  \"$comment\": {\"type\": \"string\"},"
    "  \"$defs\": {"
    "   \"type\": \"object\","
    "   \"additionalProperties\": {\"$dynamicRef\": \"#meta\"}"
    "  }"
    " },"
    " \"$defs\": {"
    "  \"anchorString\": {"
    "   \"type\": \"string\","
    "   \"pattern\": \"^[A-Za-z_][-A-Za-z0-9._]*$\""
    "  },"
    "  \"uriString\": {\"type\": \"string\", \"format\": \"uri\"},"
    "  \"uriReferenceString\": {\"type\": \"string\", "
    "\"format\": \"uri-reference\"}"
    " }"
    "}";

static const char meta_2020_applicator[] =
    "{"
    " \"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
    " \"$id\": \"https://json-schema.org/draft/2020-12/meta/applicator\","
    " \"$vocabulary\": {"
    "  \"https://json-schema.org/draft/2020-12/vocab/applicator\": true"
    " },"
    " \"$dynamicAnchor\": \"meta\","
    " \"title\": \"Applicator vocabulary meta-schema\","
    " \"type\": [\"object\", \"boolean\"],"
    " \"properties\": {"
    "  \"prefixItems\": {\"$ref\": \"#/$defs/schemaArray\"},"
    "  \"items\": {\"$dynamicRef\": \"#meta\"},"
    "  \"contains\": {\"$dynamicRef\": \"#meta\"},"
    "  \"additionalProperties\": {\"$dynamicRef\": \"#meta\"},"
    "  \"properties\": {"
    "   \"type\": \"object\","
    "   \"additionalProperties\": {\"$dynamicRef\": \"#meta\"},"
    "   \"default\": {}"
    "  },"
    "  \"patternProperties\": {"
    "   \"type\": \"object\","
    "   \"additionalProperties\": {\"$dynamicRef\": \"#meta\"},"
    "   \"propertyNames\": {\"format\": \"regex\"},"
    "   \"default\": {}"
    "  },"
    "  \"dependentSchemas\": {"
    "   \"type\": \"object\","
    "   \"additionalProperties\": {\"$dynamicRef\": \"#meta\"},"
    "   \"default\": {}"
    "  },"
    "  \"propertyNames\": {\"$dynamicRef\": \"#meta\"},"
    "  \"if\": {\"$dynamicRef\": \"#meta\"},"
    "  \"then\": {\"$dynamicRef\": \"#meta\"},"
    "  \"else\": {\"$dynamicRef\": \"#meta\"},"
    "  \"allOf\": {\"$ref\": \"#/$defs/schemaArray\"},"
    "  \"anyOf\": {\"$ref\": \"#/$defs/schemaArray\"},"
    "  \"oneOf\": {\"$ref\": \"#/$defs/schemaArray\"},"
    "  \"not\": {\"$dynamicRef\": \"#meta\"}"
    " },"
    " \"$defs\": {"
    "  \"schemaArray\": {"
    "   \"type\": \"array\","
    "   \"minItems\": 1,"
    "   \"items\": {\"$dynamicRef\": \"#meta\"}"
    "  }"
    " }"
    "}";

static const char meta_2020_unevaluated[] =
    "{"
    " \"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
    " \"$id\": \"https://json-schema.org/draft/2020-12/meta/unevaluated\","
    " \"$vocabulary\": {"
    "  \"https://json-schema.org/draft/2020-12/vocab/unevaluated\": true"
    " },"
    " \"$dynamicAnchor\": \"meta\","
    " \"title\": \"Unevaluated applicator vocabulary meta-schema\","
    " \"type\": [\"object\", \"boolean\"],"
    " \"properties\": {"
    "  \"unevaluatedItems\": {\"$dynamicRef\": \"#meta\"},"
    "  \"unevaluatedProperties\": {\"$dynamicRef\": \"#meta\"}"
    " }"
    "}";

static const char meta_2020_validation[] =
    "{"
    " \"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
    " \"$id\": \"https://json-schema.org/draft/2020-12/meta/validation\","
    " \"$vocabulary\": {"
    "  \"https://json-schema.org/draft/2020-12/vocab/validation\": true"
    " },"
    " \"$dynamicAnchor\": \"meta\","
    " \"title\": \"Validation vocabulary meta-schema\","
    " \"type\": [\"object\", \"boolean\"],"
    " \"properties\": {"
    "  \"type\": {"
    "   \"anyOf\": ["
    "    {\"$ref\": \"#/$defs/simpleTypes\"},"
    "    {"
    "     \"type\": \"array\","
    "     \"items\": {\"$ref\": \"#/$defs/simpleTypes\"},"
    "     \"minItems\": 1,"
    "     \"uniqueItems\": true"
    "    }"
    "   ]"
    "  },"
    "  \"const\": true,"
    "  \"enum\": {\"type\": \"array\", \"items\": true},"
    "  \"multipleOf\": {\"type\": \"number\", \"exclusiveMinimum\": 0},"
    "  \"maximum\": {\"type\": \"number\"},"
    "  \"exclusiveMaximum\": {\"type\": \"number\"},"
    "  \"minimum\": {\"type\": \"number\"},"
    "  \"exclusiveMinimum\": {\"type\": \"number\"},"
    "  \"maxLength\": {\"$ref\": \"#/$defs/nonNegativeInteger\"},"
    "  \"minLength\": {\"$ref\": \"#/$defs/nonNegativeIntegerDefault0\"},"
    "  \"pattern\": {\"type\": \"string\", \"format\": \"regex\"},"
    "  \"maxItems\": {\"$ref\": \"#/$defs/nonNegativeInteger\"},"
    "  \"minItems\": {\"$ref\": \"#/$defs/nonNegativeIntegerDefault0\"},"
    "  \"uniqueItems\": {\"type\": \"boolean\", \"default\": false},"
    "  \"maxContains\": {\"$ref\": \"#/$defs/nonNegativeInteger\"},"
    "  \"minContains\": {\"$ref\": \"#/$defs/nonNegativeInteger\", "
    "\"default\": 1},"
    "  \"maxProperties\": {\"$ref\": \"#/$defs/nonNegativeInteger\"},"
    "  \"minProperties\": {\"$ref\": \"#/$defs/nonNegativeIntegerDefault0\"},"
    "  \"required\": {\"$ref\": \"#/$defs/stringArray\"},"
    "  \"dependentRequired\": {"
    "   \"type\": \"object\","
    "   \"additionalProperties\": {\"$ref\": \"#/$defs/stringArray\"}"
    "  }"
    " },"
    " \"$defs\": {"
    "  \"nonNegativeInteger\": {\"type\": \"integer\", \"minimum\": 0},"
    "  \"nonNegativeIntegerDefault0\": {\"$ref\": \"#/$defs/nonNegativeIntege"
    "r\", \"default\": 0},"
    "  \"simpleTypes\": {"
    "   \"enum\": ["
    "    \"array\","
    "    \"boolean\","
    "    \"integer\","
    "    \"null\","
    "    \"number\","
    "    \"object\","
    "    \"string\""
    "   ]"
    "  },"
    "  \"stringArray\": {"
    "   \"type\": \"array\","
    "   \"items\": {\"type\": \"string\"},"
    "   \"uniqueItems\": true,"
    "   \"default\": []"
    "  }"
    " }"
    "}";

static const char meta_2020_meta_data[] =
    "{"
    " \"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
    " \"$id\": \"https://json-schema.org/draft/2020-12/meta/meta-data\","
    " \"$vocabulary\": {"
    "  \"https://json-schema.org/draft/2020-12/vocab/meta-data\": true"
    " },"
    " \"$dynamicAnchor\": \"meta\","
    " \"title\": \"Meta-data vocabulary meta-schema\","
    " \"type\": [\"object\", \"boolean\"],"
    " \"properties\": {"
    "  \"title\": {\"type\": \"string\"},"
    "  \"description\": {\"type\": \"string\"},"
    "  \"default\": true,"
    "  \"deprecated\": {\"type\": \"boolean\", \"default\": false},"
    "  \"readOnly\": {\"type\": \"boolean\", \"default\": false},"
    "  \"writeOnly\": {\"type\": \"boolean\", \"default\": false},"
    "  \"examples\": {\"type\": \"array\", \"items\": true}"
    " }"
    "}";

static const char meta_2020_format_annotation[] =
    "{"
    " \"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
    " \"$id\": \"https://json-schema.org/draft/2020-12/meta/format-annotation"
    "\","
    " \"$vocabulary\": {"
    "  \"https://json-schema.org/draft/2020-12/vocab/format-annotation\": tru"
    "e"
    " },"
    " \"$dynamicAnchor\": \"meta\","
    " \"title\": \"Format vocabulary meta-schema for annotation results\","
    " \"type\": [\"object\", \"boolean\"],"
    " \"properties\": {\"format\": {\"type\": \"string\"}}"
    "}";

static const char meta_2020_format_assertion[] =
    "{"
    " \"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
    " \"$id\": \"https://json-schema.org/draft/2020-12/meta/format-assertion"
    "\","
    " \"$vocabulary\": {"
    "  \"https://json-schema.org/draft/2020-12/vocab/format-assertion\": true"
    " },"
    " \"$dynamicAnchor\": \"meta\","
    " \"title\": \"Format vocabulary meta-schema for assertion results\","
    " \"type\": [\"object\", \"boolean\"],"
    " \"properties\": {\"format\": {\"type\": \"string\"}}"
    "}";

static const char meta_2020_content[] =
    "{"
    " \"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
    " \"$id\": \"https://json-schema.org/draft/2020-12/meta/content\","
    " \"$vocabulary\": {\"https://json-schema.org/draft/2020-12/vocab/content"
    "\": true},"
    " \"$dynamicAnchor\": \"meta\","
    " \"title\": \"Content vocabulary meta-schema\","
    " \"type\": [\"object\", \"boolean\"],"
    " \"properties\": {"
    "  \"contentEncoding\": {\"type\": \"string\"},"
    "  \"contentMediaType\": {\"type\": \"string\"},"
    "  \"contentSchema\": {\"$dynamicRef\": \"#meta\"}"
    " }"
    "}";

static const struct {
	const char	*uri;
	const char	*text;
} metas[] = {
	{ "http://json-schema.org/draft-07/schema",
	    meta_draft7 },
	{ "https://json-schema.org/draft/2020-12/schema",
	    meta_2020 },
	{ "https://json-schema.org/draft/2020-12/meta/core",
	    meta_2020_core },
	{ "https://json-schema.org/draft/2020-12/meta/applicator",
	    meta_2020_applicator },
	{ "https://json-schema.org/draft/2020-12/meta/unevaluated",
	    meta_2020_unevaluated },
	{ "https://json-schema.org/draft/2020-12/meta/validation",
	    meta_2020_validation },
	{ "https://json-schema.org/draft/2020-12/meta/meta-data",
	    meta_2020_meta_data },
	{ "https://json-schema.org/draft/2020-12/meta/format-annotation",
	    meta_2020_format_annotation },
	{ "https://json-schema.org/draft/2020-12/meta/format-assertion",
	    meta_2020_format_assertion },
	{ "https://json-schema.org/draft/2020-12/meta/content",
	    meta_2020_content },
};

/* $schema URIs, without fragment, and the draft cinto applies. */
static const struct {
	const char	*uri;
	int		 draft;
} drafts[] = {
	{ "http://json-schema.org/draft-07/schema", JS_DRAFT7 },
	/* Older drafts: draft 7 is the nearest (cinto has no other). */
	{ "http://json-schema.org/draft-06/schema", JS_DRAFT7 },
	{ "http://json-schema.org/draft-04/schema", JS_DRAFT7 },
	{ "http://json-schema.org/draft-03/schema", JS_DRAFT7 },
	{ "https://json-schema.org/draft/2020-12/schema", JS_DRAFT2020 },
	/* 2019-09 reads as 2020-12 ($recursiveRef aside). */
	{ "https://json-schema.org/draft/2019-09/schema", JS_DRAFT2020 },
};

/* uri without its fragment, if that is empty: "...schema#" names it too. */
static bool
same(const char *uri, const char *want)
{
	size_t	 n = strlen(want);

	return strncmp(uri, want, n) == 0 &&
	    (uri[n] == '\0' || (uri[n] == '#' && uri[n + 1] == '\0'));
}

const char *
meta_text(const char *uri)
{
	size_t	 i;

	for (i = 0; i < sizeof(metas) / sizeof(metas[0]); i++)
		if (same(uri, metas[i].uri))
			return metas[i].text;
	return NULL;
}

const char *
meta_uri(enum js_draft d)
{
	return d == JS_DRAFT7 ? metas[0].uri : metas[1].uri;
}

int
meta_draft(const char *uri)
{
	size_t	 i;

	for (i = 0; i < sizeof(drafts) / sizeof(drafts[0]); i++)
		if (same(uri, drafts[i].uri))
			return drafts[i].draft;
	return -1;
}
