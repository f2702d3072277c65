#!/usr/bin/python3
"""Validates Kafka record values against the JSON Schema files of wire schema v1 (docs/schema).

Usage: validate-wire-schema.py SCHEMA_DIR [SESSION_FILE]

Reads session-format JSON lines (docs/WIRE.md: {"topic": ..., "v": <value>} or {"topic": ..., "v64": <base64>})
from SESSION_FILE (gzip-compressed if it ends in .gz) or standard input; a session header line is skipped. Each
value is checked against the schema of its topic (a topic named like `*.trades` takes pse.trades.schema.json, as
the codec does) with Debian's python3-jsonschema, draft 2020-12.

Numbers are read as exact fractions, in the schema and in the records: JSON numbers are decimals, and a binary
floating-point validator misjudges `multipleOf: 0.0001` (31.45 / 0.0001 is not a whole number in binary).

Prints one JSON line per invalid record, {"line": N, "topic": T, "errors": [{"keyword": K, "field": F}, ...]}
(N counts every input line from 1; F is the member concerned, "" for the record itself; K is the JSON Schema
keyword that failed, "false" for a member the schema forbids, "json" for a value that is not UTF-8 JSON,
"topic" for a topic with no schema; a line that is not a JSON object counts as a value that is not JSON), then
{"records": {topic: count}}. Exits 1 when a record is invalid.
"""

import base64
import gzip
import json
import sys
from collections import Counter, defaultdict
from fractions import Fraction
from pathlib import Path

from jsonschema import Draft202012Validator

KINDS = ("trades", "quotes", "index", "status", "ref")


def reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def load_json(text):
    return json.loads(text, parse_float=Fraction, parse_constant=reject_constant)


def load_validators(directory):
    validators = {}
    for kind in KINDS:
        schema = load_json(Path(directory, f"pse.{kind}.schema.json").read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validators[kind] = Draft202012Validator(schema)
    return validators


def kind_of(topic):
    return next((kind for kind in KINDS if topic == kind or topic.endswith("." + kind)), None)


def value_of(record):
    """The record's value, or None when its bytes are not UTF-8 JSON."""
    if "v64" not in record:
        return record["v"]
    try:
        return load_json(base64.b64decode(record["v64"], validate=True).decode("utf-8"))
    except ValueError:
        return None


def leaf_errors(errors):
    """The errors that name a keyword: under oneOf/anyOf, those of the branch (or tied branches) that came closest,
    first by the fewest errors about the value itself (a missing subject: the other shape), then by the fewest."""
    for error in errors:
        if error.validator in ("oneOf", "anyOf") and error.context:
            branches = defaultdict(list)
            for branch_error in error.context:
                branches[branch_error.relative_schema_path[0]].append(branch_error)

            def distance(branch):
                return (sum(1 for e in branch if not e.relative_path), len(branch))

            closest = min(distance(branch) for branch in branches.values())
            yield from leaf_errors(e for branch in branches.values() if distance(branch) == closest for e in branch)
        else:
            yield error


def described(error):
    """(keyword, field) pairs for one error; a `required` error names each missing member."""
    if error.validator == "required":
        return [("required", name) for name in error.validator_value if name not in error.instance]
    field = next((part for part in reversed(error.absolute_path) if isinstance(part, str)), "")
    return [(error.validator or "false", field)]


def problems(validators, record):
    value = value_of(record)
    if value is None:
        return [("json", "")]
    kind = kind_of(record.get("topic", ""))
    if kind is None:
        return [("topic", "")]
    validator = validators[kind]
    if validator.is_valid(value):
        return []
    found = {pair for error in leaf_errors(validator.iter_errors(value)) for pair in described(error)}
    return sorted(found)


def session_line(line):
    """The line's object; an empty one for a line that is not a JSON object."""
    try:
        record = load_json(line)
    except ValueError:
        return {}
    return record if isinstance(record, dict) else {}


def lines(path):
    if path is None:
        return sys.stdin
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def main(arguments):
    if len(arguments) not in (1, 2):
        sys.exit(__doc__.split("\n\n")[1])
    validators = load_validators(arguments[0])
    counts = Counter()
    invalid = 0
    with lines(arguments[1] if len(arguments) == 2 else None) as source:
        for number, line in enumerate(source, start=1):
            record = session_line(line)
            if "psei-session" in record:
                continue
            counts[record.get("topic", "")] += 1
            found = problems(validators, record) if "topic" in record else [("json", "")]
            if found:
                invalid += 1
                errors = [{"keyword": keyword, "field": field} for keyword, field in found]
                print(json.dumps({"line": number, "topic": record.get("topic", ""), "errors": errors}))
    print(json.dumps({"records": counts}))
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
