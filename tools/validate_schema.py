#!/usr/bin/env python3
"""Validate JSON files against a JSON Schema (Draft 2020-12) with the reference implementation.

Usage: validate_schema.py SCHEMA FILE...
Prints one line per file ("ok FILE" or "invalid FILE: <path>: <message>") and exits 1 if any
file is invalid. Used by the Swift tests as an independent check of sopkit's JSON output.
"""
import json
import sys

import jsonschema


def main() -> int:
    schema_path, *files = sys.argv[1:]
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failed = False
    for name in files:
        with open(name, encoding="utf-8") as handle:
            document = json.load(handle)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            failed = True
            first = errors[0]
            where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first.absolute_path)
            print(f"invalid {name}: {where}: {first.message}")
        else:
            print(f"ok {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
