#!/usr/bin/env python3
"""Validates planpipe's document outputs against `planpipe schema` with the jsonschema package.

Usage: scripts/validate-outputs.py PLANPIPE OUT_DIR
Exits 1 and lists the errors when any document does not validate.
"""
import glob
import json
import subprocess
import sys

import jsonschema


def main(planpipe, out):
    schema = json.loads(subprocess.check_output([planpipe, "schema"]))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(glob.glob(f"{out}/documents/*.json"))
    if not files:
        print(f"validate: no documents in {out}/documents", file=sys.stderr)
        return 1
    failed = 0
    for path in files:
        with open(path, encoding="utf-8") as handle:
            errors = list(validator.iter_errors(json.load(handle)))
        for error in errors[:5]:
            print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}", file=sys.stderr)
        failed += bool(errors)
    print(f"validate: {len(files) - failed} of {len(files)} documents match the JSON Schema")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
