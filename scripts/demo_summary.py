#!/usr/bin/env python3
"""Prints what reltab found in the demo build, and the binaries side by side.

usage: demo_summary.py REPORT.json STOCK_BINARY RELTAB_BINARY
"""
import json
import subprocess
import sys


def relative_relocations(binary):
    out = subprocess.run(["readelf", "-rW", binary], capture_output=True, text=True, check=True).stdout
    return sum(1 for line in out.splitlines() if "R_X86_64_RELATIVE" in line)


def section_sizes(binary):
    out = subprocess.run(["readelf", "-SW", binary], capture_output=True, text=True, check=True).stdout
    sizes = {}
    for line in out.splitlines():
        parts = line.replace("[ ", "[").split()
        if len(parts) > 6 and parts[0].startswith("[") and parts[1].startswith("."):
            sizes[parts[1]] = int(parts[5], 16)
    return sizes


def main():
    report_path, stock, reltab = sys.argv[1:4]
    with open(report_path) as f:
        report = json.load(f)
    t = report["totals"]
    print(f"== what reltab found at the start of fat LTO (report: {report_path})")
    print(f"   vtables holding pointers : {t['vtables']} ({t['vtables_with_drop']} with drop glue)")
    print(f"   pointer entries          : {t['pointer_entries']} (one dynamic relocation each in a PIE)")
    print(f"   vtable bytes             : {t['vtable_bytes']} ({t['pointer_entry_bytes']} of them pointers)")
    kinds = ", ".join(f"{k} {v}" for k, v in t["load_sites_by_kind"].items())
    print(f"   vtable loads             : {t['load_sites']} ({t['load_sites_marked']} marked !invariant.load, "
          f"{t['load_sites_protected']} protected at crate start, {t['load_sites_found_otherwise']} found otherwise) — {kinds}")
    print(f"   unclassified             : {t['unclassified']} uses/loads, {t['near_misses']} vtable-like globals")
    own = [v for v in report["vtables"] if v["implementation"] and "demo::" in v["implementation"]]
    print(f"   the demo's own vtables   : {len(own)} (the rest are std's, core's and alloc's)")
    for v in own:
        print(f"     {v['implementation']}: size {v['size']}, align {v['align']}, "
              f"{v['pointer_entries']} pointer entries, drop {'yes' if v['has_drop'] else 'no'}")

    c = report.get("conversion") or {}
    if c.get("converted"):
        fallback = f" (compact asked for, but: {c['compact_fallback']})" if c.get("compact_fallback") else ""
        print(f"== converted {c['vtables_converted']} vtables to the {c.get('form', 'relative')} layout{fallback}: "
              f"{c['relocations_removed']} pointer "
              f"entries no longer need a relocation, {c['bytes_before']} -> {c['bytes_after']} bytes, "
              f"{c['reads_rewritten']} reads rewritten")
        print("   (counted at the start of fat LTO; many of these vtables are dead and removed later,"
              " so the binaries below show what is really saved)")
    else:
        print("== NOT converted, the module was left as it was:")
        for reason in c.get("refused_because", []):
            print(f"   - {reason['detail']} [{reason['code']}]")
    print("== the two binaries (same rustc, same flags)")
    rs, rr = relative_relocations(stock), relative_relocations(reltab)
    ss, sr = section_sizes(stock), section_sizes(reltab)
    print(f"   {'':22}{'stock':>10}{'reltab':>10}{'ratio':>8}")
    print(f"   {'R_X86_64_RELATIVE':22}{rs:>10}{rr:>10}{rr / rs if rs else 1:>8.3f}")
    for name in (".rela.dyn", ".data.rel.ro", ".rodata", ".text"):
        a, b = ss.get(name, 0), sr.get(name, 0)
        print(f"   {name:22}{a:>10}{b:>10}{(b / a if a else 1):>8.3f}")


if __name__ == "__main__":
    main()
