"""The workload of tests/real/pyo3: exercises reltab_pyo3_demo (found on
PYTHONPATH) and prints everything it sees, so that the stock and the reltab
builds can be compared by their output. Deterministic: no addresses, no
timings. Ends with a Rust panic that is not caught, so that the exit status
and the traceback are compared too."""

import gc
import sys

import reltab_pyo3_demo as demo


def show(label, thunk):
    try:
        value = thunk()
    except BaseException as e:  # PanicException derives from BaseException
        print(f"{label}: {type(e).__module__}.{type(e).__name__}: {e}")
    else:
        print(f"{label}: {value!r}")


print("module:", demo.__name__, sorted(n for n in dir(demo) if not n.startswith("__")))
print("ops:", demo.OPS)

# the stack machine: Vec<Box<dyn Op>>, boxed closures, dyn Write
programs = [
    "1 2 +",
    "1 2 + 3 *",
    "2 sqrt dup *",
    "10 4 - 3 / neg abs",
    "1 2 3 4 5 sum5 inv",
    "0x10 0x20 max 2 swap /",
    "2.5e3 ln",
    "1 0 /",
    "-1 sqrt",
    "0 ln",
    "1 +",
    "1 2 3",
    "1 two +",
    "0xZZ",
    "1 2 3 sum4",
    "sumx",
    "",
]
for p in programs:
    show(f"evaluate {p!r}", lambda p=p: demo.evaluate(p))
for p in ["3 4 dup * swap dup * + sqrt", "1 2 3 4 sum4 2 /"]:
    for line in demo.trace(p):
        print("  trace", line)
show("trace of an error", lambda: demo.trace("1 2 3 + + +"))
show("EvalError is an Exception", lambda: issubclass(demo.EvalError, Exception))
try:
    demo.evaluate("1 1 1")
except demo.EvalError as e:
    print("caught EvalError:", e.args)

# many programs on scoped threads, GIL released
many = [f"{i} {i + 1} * {i % 7} +" for i in range(200)] + ["1 0 /", "x"]
results = demo.evaluate_many(many, 4)
print("evaluate_many:", len(results), sum(r for r in results if r is not None), results[-3:])
print("evaluate_many 1 thread same:", demo.evaluate_many(many, 1) == results)

# boxed comparators
words = "the quick brown fox jumps over a lazy dog and keeps on running around".split()
for key in ["length", "alpha", "reverse", "vowels"]:
    show(f"sort_words {key}", lambda key=key: demo.sort_words(words, key))
show("sort_words default", lambda: demo.sort_words(["bb", "a", "ccc"]))
show("sort_words bad key", lambda: demo.sort_words(words, "nope"))

# formatting
print(demo.format_table([("alpha", 1.5), ("beta", -2.25e-3), ("gamma delta", 12345.678)]))
print(demo.format_table([]))

# callbacks into Python
show("map_values", lambda: demo.map_values(lambda v: v * v - 1, list(range(-3, 6))))
show("map_values str", lambda: demo.map_values(str, [1, 22, 333]))
show("map_values raising", lambda: demo.map_values(lambda v: 1 // v, [2, 1, 0, 3]))

# Box<dyn Error> from parsing
show("parse_all", lambda: demo.parse_all(["1", "2.5", "0xff", "-3e2"]))
show("parse_all bad", lambda: demo.parse_all(["1", "0xfg"]))
show("parse_all bad float", lambda: demo.parse_all(["1.2.3"]))

# classes holding plain data
s = demo.Stats()
print(repr(s), len(s))
show("mean of empty", s.mean)
s.extend([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
s.push(5.5)
print(repr(s), len(s), s.count, s.mean())
s.label = "digits of pi"
print(repr(s))
named = demo.Stats("named")
named.extend([float(x) for x in range(1000)])
print(repr(named), named.label)
show("Stats(1)", lambda: demo.Stats(1))
show("Stats.push('x')", lambda: s.push("x"))

c = demo.Collatz(27)
seq = list(c)
print("collatz 27:", len(seq), max(seq), seq[:10], seq[-5:], "steps", c.steps)
print("collatz 1:", list(demo.Collatz(1)))
print("collatz sum 1..300:", sum(len(list(demo.Collatz(n))) for n in range(1, 300)))
show("Collatz(0)", lambda: demo.Collatz(0))
show("Collatz(-1)", lambda: demo.Collatz(-1))

# many objects made and dropped
pool = [demo.Stats(f"s{i}") for i in range(500)]
for i, st in enumerate(pool):
    st.extend([float(i), float(i * 2)])
print("pool:", sum(st.mean() for st in pool))
del pool
print("collected:", gc.collect() >= 0)

# a Rust panic caught as an exception, then one that is not caught
show("boom caught", lambda: demo.boom("first"))
sys.stdout.flush()
demo.boom("second, uncaught")
print("not reached")
