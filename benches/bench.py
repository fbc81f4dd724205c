#!/usr/bin/env python3
"""The benches of reltab: every figure side by side, without and with the
plugin, from one run (benches/run). See benches/README.md for what each
figure is and how it is taken.

Programs: the demo (benches/demo), the 39 programs of tests/programs, ripgrep
15.2.0 and jaq 3.1.2 from crates.io, and the dyn-call loop (benches/dyncall).
Each is built by `cargo reltab compare --relr --keep-bitcode`: stock,
stock+RELR, reltab, reltab+RELR, same nightly, same flags (release profile,
fat LTO, one codegen unit, no debug info).

Output: benches/results/latest.json (everything), latest.md (the tables the
README shows) and sections.svg (the chart of the section deltas).
"""

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "benches"
RESULTS = ROOT / "benches" / "results"
SOURCES = ROOT / "target" / "reltab-real" / "src"
PLUGIN = ROOT / "target" / "release" / "libreltab.so"
OPT_PLUGIN = ROOT / "target" / "release" / "libreltab_opt.so"
OPT = ROOT / ".tools" / "llvm" / "bin" / "opt"
BUILDS = ["stock", "stock+RELR", "reltab", "reltab+RELR"]
SECTIONS = [".rela.dyn", ".data.rel.ro", ".rodata", ".text"]
# The environment of every build: the release profile with fat LTO (cargo
# reltab sets it), one codegen unit and no debug info.
BUILD_ENV = {"CARGO_PROFILE_RELEASE_DEBUG": "0", "CARGO_PROFILE_RELEASE_CODEGEN_UNITS": "1",
             "RELTAB_PLUGIN": str(PLUGIN)}

# name, version, sha256 of the .crate (as tests/real/ripgrep pins ripgrep)
CRATES = {
    "ripgrep": ("15.2.0", "a30750b6d0743bfdd2656ebbaf4555aa278c43144b84bc389bcbfa399485ec71"),
    # a jq clone: filters are boxed closures and boxed iterators, every step
    # of a filter is a dyn call
    "jaq": ("3.1.2", "f686343ddd30a3cb6028299b080fb135480532e74b5f6628362c11fdb52f7d22"),
}


def say(*args):
    print("[bench]", *args, file=sys.stderr, flush=True)


def run(cmd, **kw):
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


# --- projects ------------------------------------------------------------------

def single_file_project(name, files):
    """A cargo project whose programs are single .rs files (the demo, the
    corpus): one [[bin]] a file, built exactly as rustc builds them in the
    tests (edition 2021, no dependencies)."""
    d = WORK / "projects" / name
    (d / "src").mkdir(parents=True, exist_ok=True)
    (d / "src" / "lib.rs").write_text("")
    bins = "".join(f'[[bin]]\nname = "{f.stem}"\npath = "{f}"\n\n' for f in files)
    manifest = (f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n'
                f'autobins = false\n\n{bins}[workspace]\n')
    if not (d / "Cargo.toml").exists() or (d / "Cargo.toml").read_text() != manifest:
        (d / "Cargo.toml").write_text(manifest)
    return d


def crate_project(name):
    version, sha = CRATES[name]
    run([ROOT / "scripts" / "fetch-crate", name, version, sha, SOURCES])
    return SOURCES / f"{name}-{version}"


def compare(project, label, runs, cargo_args=(), target_dir=None, layout="relative", sizes_only=False):
    """`cargo reltab compare` on a project; its JSON. The plugin build takes
    `-reltab-layout=<layout>`; with `sizes_only`, RELR and bitcode are left
    out."""
    out = WORK / f"{label}.compare.json"
    env = dict(os.environ, **BUILD_ENV)
    if target_dir:
        env["CARGO_TARGET_DIR"] = str(target_dir)
    env["RELTAB_OPTIONS"] = f"-reltab-layout={layout}"
    extra = [] if sizes_only else ["--relr", "--keep-bitcode"]
    say(f"cargo reltab compare: {label}")
    started = time.time()
    run(["cargo", "reltab", "compare", *extra, "--runs", runs, "--json", out, *cargo_args],
        cwd=project, env=env, stdout=subprocess.DEVNULL)
    say(f"  {label}: {time.time() - started:.0f} s")
    return json.loads(out.read_text())["programs"]


# --- what each program is measured for --------------------------------------------

def builds(program):
    return {b["build"]: b for b in program["builds"]}


def limit(bitcode):
    """Vtable pointer entries left at the end of the LTO pipeline of the
    build without the plugin: reltab's count-only pass (recognition, no
    rewrite) run by opt on the module rustc emitted there."""
    out = subprocess.run([OPT, f"-load-pass-plugin={OPT_PLUGIN}", "-passes=reltab-count", "-pass-remarks=reltab",
                          "-disable-output", bitcode], capture_output=True, text=True, check=True)
    m = re.search(r"(\d+) absolute vtables with (\d+) pointer entries", out.stderr)
    if not m:
        raise SystemExit(f"reltab-count said nothing on {bitcode}:\n{out.stderr}")
    return {"vtables": int(m.group(1)), "pointer_entries": int(m.group(2))}


def figures(program):
    b = builds(program)
    stock, reltab = b["stock"], b["reltab"]
    f = {
        "name": program["name"],
        "builds": {k: {
            "file_bytes": v["file_bytes"],
            "sections": {s: v["sections"].get(s, 0) for s in SECTIONS + [".relr.dyn"]},
            "dynamic_relocations": v["dynamic_relocations"],
            "relative_relocations": v["relative_relocations"],
            "startup": v["startup"],
        } for k, v in b.items()},
        "converted": bool(reltab["reltab"] and reltab["reltab"]["converted"]),
        "limit": limit(stock["bitcode"]),
        "fat_lto_seconds": {"stock": stock["fat_lto_seconds"], "reltab": reltab["fat_lto_seconds"]},
        "pass_seconds": reltab["reltab"]["pass_seconds"] if reltab["reltab"] else None,
        "pass_steps": pass_steps(reltab["reltab"]),
        "paths": {k: v["path"] for k, v in b.items()},
    }
    f["relocations_removed"] = stock["relative_relocations"] - reltab["relative_relocations"]
    return f


def pass_steps(summary):
    """Where reltab's time went in a build (the report's `steps`, then the
    count at the end of LTO), as [step, seconds]."""
    if not summary:
        return None
    with open(summary["report"]) as f:
        report = json.load(f)
    steps = [[s["step"], s["seconds"]] for s in report.get("steps", [])]
    if report.get("at_end_of_lto"):
        steps.append(["count at the end of LTO", report["at_end_of_lto"]["seconds"]])
    return steps


def total(name, programs):
    """The corpus as one: sums over its programs."""
    t = {"name": name, "programs": len(programs), "builds": {}, "converted": all(p["converted"] for p in programs)}
    for k in BUILDS:
        bs = [p["builds"][k] for p in programs]
        t["builds"][k] = {
            "file_bytes": sum(b["file_bytes"] for b in bs),
            "sections": {s: sum(b["sections"][s] for b in bs) for s in SECTIONS + [".relr.dyn"]},
            "dynamic_relocations": sum(b["dynamic_relocations"] for b in bs),
            "relative_relocations": sum(b["relative_relocations"] for b in bs),
            "startup": None if any(b["startup"] is None for b in bs) else {
                key: sum(b["startup"][key] for b in bs)
                for key in ["loader_cycles_median", "relocation_cycles_median", "exe_private_dirty_kb",
                            "process_private_dirty_kb"]} | {"runs": bs[0]["startup"]["runs"]},
        }
    t["limit"] = {key: sum(p["limit"][key] for p in programs) for key in ["vtables", "pointer_entries"]}
    t["fat_lto_seconds"] = {k: sum(p["fat_lto_seconds"][k] for p in programs) for k in ["stock", "reltab"]}
    t["pass_seconds"] = sum(p["pass_seconds"] or 0 for p in programs)
    t["relocations_removed"] = sum(p["relocations_removed"] for p in programs)
    return t


LAYOUT_SECTIONS = [".text", ".rodata", ".data.rel.ro", ".rela.dyn"]


def layouts(name, relative_programs, compact_programs):
    """Bytes of the relative and the compact layout against stock, each from
    its own compare run (same compiler and flags; the two stock builds must be
    the same size). Programs of a project are summed."""
    def part(b):
        return {"file_bytes": b["file_bytes"], "sections": {s: b["sections"].get(s, 0) for s in LAYOUT_SECTIONS}}

    def summed(parts):
        return {"file_bytes": sum(p["file_bytes"] for p in parts),
                "sections": {s: sum(p["sections"][s] for p in parts) for s in LAYOUT_SECTIONS}}

    rel = [builds(p) for p in relative_programs]
    com = [builds(p) for p in compact_programs]
    stock = summed([part(b["stock"]) for b in rel])
    stock_again = summed([part(b["stock"]) for b in com])
    if stock != stock_again:
        raise SystemExit(f"{name}: the stock builds of the two layout runs differ: {stock} vs {stock_again}")
    reports = [b["reltab"]["reltab"] or {} for b in com]
    return {
        "name": name,
        "stock": stock,
        "relative": summed([part(b["reltab"]) for b in rel]),
        "compact": summed([part(b["reltab"]) for b in com]),
        "compact_converted": sum(1 for r in reports if r.get("form") == "compact"),
        "compact_fallbacks": sorted({r["compact_fallback"] for r in reports if r.get("compact_fallback")}),
        "programs": len(com),
        "compact_paths": {p["name"]: builds(p)["reltab"]["path"] for p in compact_programs},
    }


# --- behaviour and run time ------------------------------------------------------------

def same_behaviour(paths, cases):
    """Every build gives the stock build's output on each case."""
    for args, stdin in cases:
        results = {}
        for k, p in paths.items():
            r = subprocess.run([p, *args], input=stdin, capture_output=True)
            results[k] = (r.returncode, r.stdout, r.stderr)
        for k, r in results.items():
            if r != results["stock"]:
                raise SystemExit(f"{k} differs from stock on {args}: {r[0]} vs {results['stock'][0]}")
    return len(cases)


def timed_runs(paths, args, runs, parse):
    """Runs each build in turn `runs` times; the median of `parse(stdout)`
    (or of the wall time when parse is None) per build."""
    samples = {k: [] for k in paths}
    for _ in range(runs):
        for k, p in paths.items():
            started = time.perf_counter()
            out = subprocess.run([p, *args], capture_output=True, text=True, check=True).stdout
            elapsed = time.perf_counter() - started
            samples[k].append(parse(out) if parse else elapsed)
    return {k: statistics.median(v) for k, v in samples.items()}


def dyncall(program, compact_path, runs):
    paths = {k: program["paths"][k] for k in ["stock", "reltab"]} | {"compact": compact_path}
    every = dict(program["paths"], compact=compact_path)
    checksums = {k: re.search(r"^checksum .*$", subprocess.run([p, "2000000"], capture_output=True, text=True,
                                                                check=True).stdout, re.M).group(0)
                 for k, p in every.items()}
    if len(set(checksums.values())) != 1:
        raise SystemExit(f"the dyn-call loop computes different checksums: {checksums}")
    result = {"checksum": checksums["stock"]}
    for loop in ["same", "mixed", "size"]:
        pattern = re.compile(rf"^{loop}_ns_per_call (\S+)$", re.M)
        medians = timed_runs(paths, [], runs, lambda out: float(pattern.search(out).group(1)))
        result[loop] = {"ns_per_call": medians, "ratio": medians["reltab"] / medians["stock"],
                        "compact_ratio": medians["compact"] / medians["stock"]}
    return result


def jaq_checks(program, runs):
    paths = program["paths"]
    doc = json.dumps({"programs": [{"name": f"p{i}", "sizes": list(range(i, i + 20))} for i in range(200)]}).encode()
    cases = [
        (["-c", "[.programs[] | {name, total: (.sizes | add)}] | sort_by(-.total) | .[:3]"], doc),
        (["-n", "[range(100000)] | map(select(. % 7 == 0) | . * 3 | tostring | length) | add"], None),
        (["-c", "paths(type == \"number\") | length"], doc),
        (["-r", ".programs[] | select(.name | test(\"p1[0-9]$\")) | .name"], doc),
        (["-n", "def f: if . > 0 then . - 1 | f else . end; [limit(5; repeat(1000 | f))]"], None),
        (["-c", ".programs | group_by(.sizes[0] % 5) | map(length)"], doc),
        (["-n", "error(\"boom\")"], None),
        (["."], b"{ not json"),
    ]
    workload = ["-n", "[range(300000)] | map(select(. % 3 == 0) | {a: ., b: [., . * 2]}) | map(.b | add) | add"]
    return checked_and_timed(paths, cases, workload, runs)


def ripgrep_checks(program, runs):
    paths = program["paths"]
    corpus = str(Path(os.environ.get("CARGO_HOME", Path.home() / ".cargo")) / "registry" / "src")
    cases = [
        (["--sort", "path", "-c", "fn ", corpus], None),
        (["--sort", "path", "-n", "-i", r"unsafe\s+impl", corpus], None),
        (["--sort", "path", "-l", "-w", "Box<dyn", corpus], None),
        (["--sort", "path", "--files", corpus], None),
        (["--sort", "path", "-r", "<$1>", r"(dyn \w+)", str(ROOT / "plugin" / "src")], None),
    ]
    workload = ["-c", r"impl\s+\w+\s+for", corpus]
    return checked_and_timed(paths, cases, workload, runs)


def checked_and_timed(paths, cases, workload, runs):
    """Every build behaves as stock on `cases`; stock and reltab timed on
    `workload`."""
    seconds = timed_runs({k: paths[k] for k in ["stock", "reltab", "compact"]}, workload, runs, None)
    return {"cases_identical": same_behaviour(paths, cases), "workload": workload, "seconds": seconds,
            "ratio": seconds["reltab"] / seconds["stock"], "compact_ratio": seconds["compact"] / seconds["stock"]}


# --- output ------------------------------------------------------------------------------

def ratio(a, b):
    return f"{b / a:.3f}" if a else "–"


def n(x):
    return f"{x:,}"


def markdown(data):
    progs = data["programs"]
    lines = [f"Measured {data['date']} on {data['machine']}; {data['rustc']}; reltab {data['commit']}. "
             f"Every build: `cargo reltab compare --relr --keep-bitcode` (release profile, fat LTO, one codegen "
             f"unit, no debug info), same compiler and flags with and without the plugin.", ""]
    lines += ["**Sizes and relocations** (reltab / stock; the limit is the vtable pointer entries left at the end "
              "of the stock build's LTO pipeline):", "",
              "| program | converted | relative relocations stock → reltab | removed / limit | .rela.dyn | "
              ".data.rel.ro | .rodata | .text | file |",
              "|---|---|---|---|---|---|---|---|---|"]
    for p in progs:
        s, r = p["builds"]["stock"], p["builds"]["reltab"]
        lim = p["limit"]["pointer_entries"]
        lines.append(
            f"| {p['name']} | {'yes' if p['converted'] else '**no**'} | {n(s['relative_relocations'])} → "
            f"{n(r['relative_relocations'])} ({ratio(s['relative_relocations'], r['relative_relocations'])}) | "
            f"{n(p['relocations_removed'])} / {n(lim)} ({100 * p['relocations_removed'] / lim:.1f} %) | "
            + " | ".join(ratio(s["sections"][x], r["sections"][x]) for x in SECTIONS)
            + f" | {ratio(s['file_bytes'], r['file_bytes'])} |")
    lines += ["", "**With RELR** (`-Wl,-z,pack-relative-relocs`, what a user might pick instead): file bytes and "
              "dynamic relocation bytes (`.rela.dyn` + `.relr.dyn`), ratio to stock:", "",
              "| program | stock | stock+RELR | reltab | reltab+RELR |", "|---|---|---|---|---|"]
    for p in progs:
        b = p["builds"]
        rel = {k: b[k]["sections"][".rela.dyn"] + b[k]["sections"][".relr.dyn"] for k in BUILDS}
        cells = [f"{n(b['stock']['file_bytes'])} B, {n(rel['stock'])} B"] + [
            f"{ratio(b['stock']['file_bytes'], b[k]['file_bytes'])}, {ratio(rel['stock'], rel[k])}" for k in BUILDS[1:]]
        lines.append(f"| {p['name']} | " + " | ".join(cells) + " |")
    runs = progs[0]["builds"]["stock"]["startup"]["runs"]
    lines += ["", f"**Start-up** (dynamic loader, `LD_DEBUG=statistics`, median of {runs} starts per build, the corpus "
              f"summed over its programs; private dirty memory of the executable's mappings once relocated), "
              f"reltab / stock:", "",
              "| program | loader cycles | relocation cycles | relocation, RELR builds | dirty kB (exe) |",
              "|---|---|---|---|---|"]
    for p in progs:
        b = {k: p["builds"][k]["startup"] for k in BUILDS}
        lines.append(
            f"| {p['name']} | {n(b['stock']['loader_cycles_median'])} → {n(b['reltab']['loader_cycles_median'])} "
            f"({ratio(b['stock']['loader_cycles_median'], b['reltab']['loader_cycles_median'])}) | "
            f"{n(b['stock']['relocation_cycles_median'])} → {n(b['reltab']['relocation_cycles_median'])} "
            f"({ratio(b['stock']['relocation_cycles_median'], b['reltab']['relocation_cycles_median'])}) | "
            f"{ratio(b['stock+RELR']['relocation_cycles_median'], b['reltab+RELR']['relocation_cycles_median'])} | "
            f"{b['stock']['exe_private_dirty_kb']} → {b['reltab']['exe_private_dirty_kb']} |")
    lines += layout_table(data["layouts"])
    d, lto = data["dyncall"], progs
    lines += ["", "**Run time and build time** (each layout / stock; reltab is the relative layout):", "",
              "| figure | stock | reltab | ratio | compact | ratio |", "|---|---|---|---|---|---|"]
    for loop, what in [("same", "dyn call, call-only loop, one type"),
                       ("mixed", "dyn call, call-only loop, eight types, random order"),
                       ("size", "size_of_val + align_of_val, eight types, random order")]:
        ns = d[loop]["ns_per_call"]
        lines.append(f"| {what} (ns/object, median of {data['timing_runs']}) | "
                     f"{ns['stock']:.3f} | {ns['reltab']:.3f} | {d[loop]['ratio']:.3f} | {ns['compact']:.3f} | "
                     f"{d[loop]['compact_ratio']:.3f} |")
    for name in ["jaq", "ripgrep"]:
        w = data[name]
        workload = " ".join(w["workload"]).replace("|", "\\|")
        lines.append(f"| {name} `{workload}` (s, median of {data['timing_runs']}) | "
                     f"{w['seconds']['stock']:.3f} | {w['seconds']['reltab']:.3f} | {w['ratio']:.3f} | "
                     f"{w['seconds']['compact']:.3f} | {w['compact_ratio']:.3f} |")
    for p in lto:
        if p["pass_seconds"] is None:
            continue
        fl = p["fat_lto_seconds"]
        lines.append(f"| {p['name']}: fat-LTO step (s); reltab's share of it | {fl['stock']:.2f} | {fl['reltab']:.2f} "
                     f"(reltab {p['pass_seconds']:.3f}, {100 * p['pass_seconds'] / fl['reltab']:.2f} %) | "
                     f"{fl['reltab'] / fl['stock']:.3f} | | |")
    for p in lto:
        if p.get("pass_steps"):
            steps = ", ".join(f"{step} {seconds * 1000:.0f}" for step, seconds in p["pass_steps"] if seconds >= 0.0005)
            lines += ["", f"Where reltab's {p['pass_seconds'] * 1000:.0f} ms went in {p['name']} (ms): {steps}."]
    return "\n".join(lines) + "\n"


def layout_table(rows):
    """Net bytes of each layout against stock, and what compact adds to
    relative: the tables it shrinks (.rodata) against the decoding code it
    adds (.text)."""
    lines = ["", "**Layouts** (bytes saved against stock, same compiler and flags; the compact layout is the "
             "default, the relative one `-reltab-layout=relative`; a positive number is bytes saved):", "",
             "| program | layout | file | .text | .rodata | .data.rel.ro | .rela.dyn | in compact layout |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        for layout in ["relative", "compact"]:
            b, s = r[layout], r["stock"]
            saved = [s["file_bytes"] - b["file_bytes"]] + [s["sections"][x] - b["sections"][x] for x in
                     LAYOUT_SECTIONS]
            took = f"{r['compact_converted']} of {r['programs']}" if layout == "compact" else ""
            if layout == "compact" and r["compact_fallbacks"]:
                took += " (others relative: " + "; ".join(r["compact_fallbacks"]) + ")"
            lines.append(f"| {r['name']} | {layout} | " + " | ".join(f"{x:+,}" for x in saved) + f" | {took} |")
    lines += ["", "Compact against relative (bytes; negative is compact smaller): "]
    for r in rows:
        rel, com = r["relative"], r["compact"]
        lines.append(f"- {r['name']}: file {com['file_bytes'] - rel['file_bytes']:+,}, .text "
                     f"{com['sections']['.text'] - rel['sections']['.text']:+,}, .rodata "
                     f"{com['sections']['.rodata'] - rel['sections']['.rodata']:+,}")
    return lines


def svg(data):
    """Grouped bars: per program, the change of each section (and the file)
    from stock to reltab, in percent."""
    progs = data["programs"]
    keys = SECTIONS + ["file"]
    colors = ["#c0392b", "#e67e22", "#2980b9", "#7f8c8d", "#27ae60"]

    def delta(p, k):
        s, r = p["builds"]["stock"], p["builds"]["reltab"]
        a, b = (s["file_bytes"], r["file_bytes"]) if k == "file" else (s["sections"][k], r["sections"][k])
        return 100.0 * (b - a) / a if a else 0.0

    values = [[delta(p, k) for k in keys] for p in progs]
    lo, hi = min(-5.0, min(map(min, values))), max(5.0, max(map(max, values)))
    lo, hi = 10 * ((lo // 10)), 10 * (-((-hi) // 10))
    width, height, left, top, plot_h = 760, 340, 60, 30, 240
    group_w = (width - left - 20) / len(progs)
    bar_w = group_w * 0.8 / len(keys)
    y = lambda v: top + plot_h * (hi - v) / (hi - lo)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
           f'font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="18" font-size="14">Section sizes with reltab, change from the build without '
           f'(%)</text>']
    tick = 10
    v = lo
    while v <= hi:
        out.append(f'<line x1="{left}" x2="{width - 20}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                   f'stroke="{"#000" if v == 0 else "#ddd"}"/>')
        out.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:+.0f}</text>')
        v += tick
    for i, p in enumerate(progs):
        x0 = left + i * group_w + group_w * 0.1
        for j, val in enumerate(values[i]):
            x = x0 + j * bar_w
            top_y, bottom_y = sorted([y(val), y(0)])
            out.append(f'<rect x="{x:.1f}" y="{top_y:.1f}" width="{bar_w - 2:.1f}" height="{bottom_y - top_y:.1f}" '
                       f'fill="{colors[j]}"><title>{p["name"]} {keys[j]}: {val:+.1f} %</title></rect>')
            label_y = top_y - 3 if val >= 0 else bottom_y + 11
            out.append(f'<text x="{x + bar_w / 2 - 1:.1f}" y="{label_y:.1f}" text-anchor="middle" '
                       f'font-size="9">{val:+.0f}</text>')
        out.append(f'<text x="{x0 + group_w * 0.4:.1f}" y="{top + plot_h + 18}" text-anchor="middle">'
                   f'{p["name"]}</text>')
    for j, k in enumerate(keys):
        x = left + j * 120
        out.append(f'<rect x="{x}" y="{height - 28}" width="12" height="12" fill="{colors[j]}"/>')
        out.append(f'<text x="{x + 16}" y="{height - 18}">{k}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    return f"{cpu}, {os.cpu_count()} CPUs, Linux {platform.release()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=101, help="starts of each build for the start-up figures")
    ap.add_argument("--corpus-runs", type=int, default=11, help="the same for each corpus program")
    ap.add_argument("--timing-runs", type=int, default=11, help="runs of each build for run-time figures")
    ap.add_argument("--render-only", action="store_true",
                    help="only write latest.md and sections.svg again from results/latest.json")
    args = ap.parse_args()
    if args.render_only:
        write_outputs(json.loads((RESULTS / "latest.json").read_text()))
        return
    WORK.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)

    demo = single_file_project("demo", [ROOT / "benches" / "demo" / "demo.rs"])
    corpus = single_file_project("corpus", sorted((ROOT / "tests" / "programs").glob("*.rs")))
    ripgrep, jaq = crate_project("ripgrep"), crate_project("jaq")

    demo_runs = compare(demo, "demo", args.runs)
    corpus_runs = compare(corpus, "corpus", args.corpus_runs)
    rg_run = compare(ripgrep, "ripgrep", args.runs, ["--locked"])
    jq_run = compare(jaq, "jaq", args.runs, ["--locked"])
    dc_run = compare(ROOT / "benches" / "dyncall", "dyncall", 3, target_dir=WORK / "dyncall-target")
    programs = [figures(p) for p in demo_runs]
    corpus_programs = [figures(p) for p in corpus_runs]
    corpus_name = f"corpus ({len(corpus_programs)} programs)"
    programs.append(total(corpus_name, corpus_programs))
    rg, jq, dc = figures(rg_run[0]), figures(jq_run[0]), figures(dc_run[0])
    programs += [rg, jq]

    say("the compact layout")
    compact = WORK / "compact-target"
    layout_rows = [
        layouts("demo", demo_runs, compare(demo, "demo.compact", "1", target_dir=compact / "demo", layout="compact", sizes_only=True)),
        layouts(corpus_name, corpus_runs,
                compare(corpus, "corpus.compact", "1", target_dir=compact / "corpus", layout="compact", sizes_only=True)),
        layouts("ripgrep", rg_run, compare(ripgrep, "ripgrep.compact", "1", ["--locked"], compact / "ripgrep",
                                           layout="compact", sizes_only=True)),
        layouts("jaq", jq_run, compare(jaq, "jaq.compact", "1", ["--locked"], compact / "jaq", layout="compact", sizes_only=True)),
    ]
    dc_compact = compare(ROOT / "benches" / "dyncall", "dyncall.compact", "1", target_dir=compact / "dyncall",
                         layout="compact", sizes_only=True)[0]
    compact_paths = {k: v for row in layout_rows for k, v in row.pop("compact_paths").items()}
    for p in [programs[0], *corpus_programs, rg, jq]:
        p["paths"]["compact"] = compact_paths[p["name"]]

    say("behaviour and run time")
    rustc = subprocess.run(["rustc", "+nightly", "-vV"], capture_output=True, text=True).stdout
    data = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": machine(),
        "rustc": next(l for l in rustc.splitlines() if l.startswith("rustc ")) + ", LLVM " +
                 next(l.split(": ")[1] for l in rustc.splitlines() if l.startswith("LLVM version")),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                 text=True).stdout.strip(),
        "timing_runs": args.timing_runs,
        "programs": programs,
        "corpus_programs": corpus_programs,
        "layouts": layout_rows,
        # the demo and every corpus program, run without arguments: every
        # build (compact included) behaves as the stock one (as
        # tests/tests/corpus.rs checks for rustc's builds of them)
        "single_file_programs_identical": sum(same_behaviour(p["paths"], [([], None)])
                                              for p in [programs[0], *corpus_programs]),
        "dyncall": dyncall(dc, builds(dc_compact)["reltab"]["path"], args.timing_runs),
        "ripgrep": ripgrep_checks(rg, args.timing_runs),
        "jaq": jaq_checks(jq, args.timing_runs),
    }
    (RESULTS / "latest.json").write_text(json.dumps(data, indent=2) + "\n")
    write_outputs(data)


def write_outputs(data):
    (RESULTS / "latest.md").write_text(markdown(data))
    (RESULTS / "sections.svg").write_text(svg(data))
    print((RESULTS / "latest.md").read_text())
    say(f"written: {RESULTS / 'latest.json'}, latest.md, sections.svg")


if __name__ == "__main__":
    main()
