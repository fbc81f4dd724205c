"""Prints the JSON on stdin in one canonical form: keys sorted, and every
list sorted by the canonical text of its items. For programs whose JSON
lists come out in the order parallel threads finished (tokei's files)."""
import json
import sys


def canonical(v):
    if isinstance(v, dict):
        return {k: canonical(x) for k, x in v.items()}
    if isinstance(v, list):
        return sorted((canonical(x) for x in v), key=lambda x: json.dumps(x, sort_keys=True))
    return v


json.dump(canonical(json.load(sys.stdin)), sys.stdout, indent=1, sort_keys=True)
print()
