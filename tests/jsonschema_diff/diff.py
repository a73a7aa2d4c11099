"""Differential test of cinto's JSON-Schema validator against Python's.

Kinto validates with Python's jsonschema (4.26, the version its uv.lock
pins), and clients see that library's first error: its message, its
instance path (Kinto names the field after it) and its schema path.
This script draws random schemas and instances, asks both, and prints
each kind of disagreement with its smallest example.

    make jsonschema-diff            # or:
    python3 tests/jsonschema_diff/diff.py DRIVER [CASES [SEED]]

It needs jsonschema 4.26 importable (not a Debian package at that
version), so it is a developer's tool, not part of `make test`.  Known,
accepted differences are not counted (see is_known()):

- Python walks additionalProperties' extra members as a set, in an
  order that changes with the process's hash seed; cinto takes them in
  the instance's order, so the first error may be another member's.
- Python evaluates every keyword of a failing anyOf/oneOf branch and
  raises when one of them reaches a $ref that names nothing; cinto's
  validity pass stops at the first failure and may never reach it.
- Python's message for a $ref naming nothing lacks the exception's name
  ("PointerToNowhere: ") when unevaluatedProperties' own lookup meets it.
- Python overflows its stack (RecursionError, or a PanicException out of
  referencing's Rust core) on some deep self-references that cinto
  decides without recursing that far.
"""
import json
import random
import subprocess
import sys

import jsonschema
import referencing.exceptions
from jsonschema import exceptions, validators

WORDS = ["a", "b", "id", "title", "x1", "", "é", "$ref", "n"]
NUMBERS = [0, 1, -1, 2, 2.5, 0.1, 1.0, 3, 100, -0.5, 12345678901234567890]
PATTERNS = ["^a", "b$", "^[a-z]*$", "\\d+", ".", "x|y", "^\\w{2,}$"]
TYPES = ["null", "boolean", "object", "array", "number", "string", "integer"]
ANY_KEYWORD = ["type", "enum", "const", "multipleOf", "maximum", "minLength",
               "pattern", "required", "uniqueItems", "properties",
               "patternProperties", "additionalProperties", "items",
               "contains", "allOf", "anyOf", "oneOf", "not", "if",
               "dependencies", "propertyNames", "$ref", "$id",
               "definitions", "format", "title", "default", "examples",
               "minItems", "exclusiveMinimum"]
REFS = ["#/$defs/a", "#/$defs/b", "#/definitions/a", "#/$defs/zz", "#"]

# The results, as core/jsonschema.h numbers them.
OK, INVALID, BAD_SCHEMA, UNRESOLVABLE, LIMIT = range(5)


class Cases:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def instance(self, depth):
        r = self.r
        kind = r.randrange(8 if depth > 0 else 5)
        if kind == 0:
            return None
        if kind == 1:
            return r.random() < 0.5
        if kind == 2:
            return r.choice(NUMBERS)
        if kind in (3, 4):
            return r.choice(WORDS)
        if kind in (5, 6):
            return {r.choice(WORDS): self.instance(depth - 1)
                    for _ in range(r.randrange(4))}
        return [self.instance(depth - 1) for _ in range(r.randrange(5))]

    def schemas(self, n, depth):
        return [self.schema(depth - 1) for _ in range(n)]

    def schema_map(self, n, depth):
        return {self.r.choice(WORDS): self.schema(depth - 1) for _ in range(n)}

    def keyword(self, s, d):
        r = self.r
        sub = lambda: self.schema(d - 1)  # noqa: E731
        kind = r.randrange(34)
        table = {
            0: lambda: ("type", r.choice(TYPES) if r.random() < .7
                        else r.sample(TYPES, 2)),
            1: lambda: ("enum", [self.instance(1)
                                 for _ in range(1 + r.randrange(3))]),
            2: lambda: ("const", self.instance(2)),
            3: lambda: ("multipleOf", r.choice([2, 0.5, 3, 0.1, 1.5])),
            4: lambda: (r.choice(["maximum", "minimum", "exclusiveMaximum",
                                  "exclusiveMinimum"]),
                        r.choice(NUMBERS[:-1])),
            5: lambda: (r.choice(["minLength", "maxLength", "minItems",
                                  "maxItems", "minProperties",
                                  "maxProperties"]), r.randrange(4)),
            6: lambda: ("pattern", r.choice(PATTERNS)),
            7: lambda: ("required", r.sample(WORDS, 1 + r.randrange(3))),
            8: lambda: ("uniqueItems", r.random() < .7),
            9: lambda: ("properties", self.schema_map(r.randrange(3), d)),
            10: lambda: ("patternProperties", {r.choice(PATTERNS): sub()}),
            11: lambda: ("additionalProperties", sub()),
            12: lambda: ("items", sub() if r.random() < .6
                         else self.schemas(2, d)),
            13: lambda: ("prefixItems", self.schemas(1 + r.randrange(2), d)),
            14: lambda: ("contains", sub()),
            15: lambda: (r.choice(["minContains", "maxContains"]),
                         r.randrange(3)),
            16: lambda: ("allOf", self.schemas(1 + r.randrange(3), d)),
            17: lambda: ("anyOf", self.schemas(1 + r.randrange(3), d)),
            18: lambda: ("oneOf", self.schemas(1 + r.randrange(3), d)),
            19: lambda: ("not", sub()),
            20: lambda: ("if", sub()),
            21: lambda: (r.choice(["then", "else"]), sub()),
            22: lambda: ("unevaluatedProperties", sub()),
            23: lambda: ("unevaluatedItems", sub()),
            24: lambda: ("dependentSchemas", self.schema_map(1, d)),
            25: lambda: ("propertyNames", sub()),
            26: lambda: ("dependentRequired",
                         {r.choice(WORDS): r.sample(WORDS, 2)}),
            27: lambda: ("dependencies",
                         {r.choice(WORDS): r.sample(WORDS, 1)
                          if r.random() < .5 else sub()}),
            28: lambda: ("additionalItems", sub()),
            29: lambda: ("$defs", {"a": sub(), "b": sub()}),
            30: lambda: ("$ref", r.choice(REFS)),
            31: lambda: ("definitions", {"a": sub()}),
        }
        if kind in table:
            key, value = table[kind]()
        else:  # anything under a known name: the meta-schema's work
            key, value = r.choice(ANY_KEYWORD), self.instance(2)
        s[key] = value

    def schema(self, depth):
        r = self.r
        if depth <= 0 or r.randrange(8) == 0:
            return r.randrange(4) != 0
        s = {}
        for _ in range(1 + r.randrange(3)):
            self.keyword(s, depth)
        return s

    def case(self):
        r = self.r
        c = {"schema": self.schema(1 + r.randrange(4)),
             "instance": self.instance(r.randrange(4)),
             "draft": r.choice([7, 2020])}
        if r.random() < 0.3:
            c["check"] = True
        return c


def error(rc, e):
    return {"rc": rc, "message": e.message, "path": list(e.path),
            "schema_path": list(e.schema_path), "validator": e.validator}


def python(case):
    """What Kinto's calls give: check_schema() or validate()'s first error;
    None for a case outside what Kinto can meet (a schema its own draft's
    meta-schema refuses never reaches validate())."""
    schema = case["schema"]
    try:
        if case.get("check"):
            try:
                jsonschema.Draft7Validator.check_schema(schema)
                return {"rc": OK}
            except exceptions.SchemaError as e:
                return error(BAD_SCHEMA, e)
        default = (jsonschema.Draft7Validator if case["draft"] == 7
                   else jsonschema.Draft202012Validator)
        cls = validators.validator_for(schema, default=default)
        try:
            cls.check_schema(schema)
        except exceptions.SchemaError:
            return None
        for e in cls(schema).iter_errors(case["instance"]):
            return error(INVALID, e)
        return {"rc": OK}
    except referencing.exceptions.Unresolvable as e:
        return {"rc": UNRESOLVABLE, "message": str(e)}
    except BaseException as e:  # RecursionError, or a Rust panic about it
        if "ecursion" in repr(e) or "ecursion" in str(e):
            return {"rc": LIMIT}
        return None


def is_known(py, c):
    paths = json.dumps(py.get("schema_path")) + json.dumps(c.get("schema_path"))
    if "additionalProperties" in paths or "unevaluatedProperties" in paths:
        return True
    return UNRESOLVABLE in (py["rc"], c["rc"]) or LIMIT in (py["rc"], c["rc"])


def main():
    driver = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    cases = Cases(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    proc = subprocess.Popen([driver], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    keys = ["rc", "message", "path", "schema_path", "validator"]
    found, compared = {}, 0
    for _ in range(count):
        case = cases.case()
        py = python(case)
        if py is None:
            continue
        proc.stdin.write(json.dumps(case, ensure_ascii=False) + "\n")
        proc.stdin.flush()
        c = json.loads(proc.stdout.readline())
        compared += 1
        if py["rc"] == c["rc"] and py["rc"] in (OK, LIMIT):
            continue
        diff = [k for k in keys if py.get(k) != c.get(k)]
        if diff and not is_known(py, c):
            tag = ",".join(diff) + " (" + str(py.get("validator")) + ")"
            found.setdefault(tag, []).append((case, py, c))
    for tag, seen in sorted(found.items(), key=lambda x: -len(x[1])):
        case, py, c = min(seen, key=lambda x: len(json.dumps(x[0])))
        print(f"{len(seen)} differ in {tag}, e.g.")
        print("  case:  ", json.dumps(case, ensure_ascii=False))
        print("  python:", json.dumps(py, ensure_ascii=False))
        print("  cinto: ", json.dumps(c, ensure_ascii=False))
    total = sum(len(v) for v in found.values())
    print(f"{compared - total} passed, {total} failed")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
