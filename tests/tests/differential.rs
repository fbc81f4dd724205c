//! Differential testing at IR level: random whole-program modules shaped like
//! rustc's fat-LTO input, run before and after reltab, compared.
//!
//! The modules come from `reltab_tests::random_module` (see there for what
//! they hold and how they are built): for each seed, a module with traits,
//! types, vtables and objects, functions reading the vtables as rustc does,
//! and a `main` that calls every function, prints a checksum after each step
//! and the final state of every object, and exits with the checksum's low
//! bits; with it, the census the pass's report must give.
//!
//! Each module goes through (every output checked by the verifier of the
//! set-up's assertions-enabled `opt`):
//!
//! 1. `opt -passes=reltab -reltab-report=…`: must say converted, with the
//!    census the generator expects (vtables, reads, marked and unmarked,
//!    reads rewritten, nothing unclassified), no warning; the output (the
//!    default, compact layout) is run natively (`llc -relocation-model=pic`,
//!    `cc -pie`) and with `lli`, and the same with `-reltab-layout=relative`
//!    natively;
//! 2. the converted module through `opt -passes='default<O2>'` (what the rest
//!    of the LTO pipeline does with it), run natively;
//! 3. the rustc pipeline: every read marked (as rustc emits them),
//!    `reltab-protect`, `default<O2>` of a plain opt (the crate's own
//!    optimizer), `reltab` (converted), `default<O2>` again, run natively.
//!
//! Each run must print what the original module prints natively (and under
//! `lli`), with the same exit status.
//!
//! Environment:
//!
//! | variable            | meaning                                                  |
//! |---------------------|----------------------------------------------------------|
//! | `RELTAB_DIFF_CASES` | number of modules (default 40)                           |
//! | `RELTAB_DIFF_SEED`  | first seed (default 0x7e17ab; case i uses seed + i)      |
//! | `RELTAB_DIFF_EXTRA` | comma-separated extra shapes (default `marker`): `marker` (vtables without pointers passed to a function that reads them: converted); and shapes the pass refuses, so that with them every affected case fails as "reltab complained": `entry-select` (a marked read from a `select` of two entry addresses), `nonconst-offset` (an unmarked read at a computed offset from a known vtable pointer), `gep-chain` (entry addresses as two GEP instructions, `gep (gep %vt, 8), N-8`); the `lit/bad-input-*.ll` tests reduce each. Before they were fixed, the first three were converted wrongly |
//! | `RELTAB_TEST_JOBS`  | parallel cases (default: available CPUs, at most 2)     |
//! | `RELTAB_KEEP`       | keep the directories of passing cases too                |
//!
//! Tools and plugin: `reltab_tests::llvm_tool` (`RELTAB_LLVM_BIN`) and
//! `reltab_tests::opt_plugin_path` (`RELTAB_OPT_PLUGIN`, or beside
//! `RELTAB_PLUGIN`). A failing case keeps its directory (the module, every
//! intermediate file, the reports: `<scratch root>/run-<pid>/differential/
//! <seed>`, see `reltab_tests::scratch_root`; the next run of the harness
//! removes it) and prints its seed and the command that reruns it alone.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use reltab_report::{Conversion, Layout, ModuleInfo, Phase, Refusal, RefusalCode, Report, Totals};
use reltab_tests::random_module::{generate, Expect, Extra};
use reltab_tests::{compare, discard, llvm_tool, opt_plugin_path, parallel_map, run_command, scratch_dir, Outcome};

// ---------------------------------------------------------------------------
// Running the tools
// ---------------------------------------------------------------------------

const TOOL_LIMIT: Duration = Duration::from_secs(120);
const RUN_LIMIT: Duration = Duration::from_secs(20);

struct Tools {
    opt: PathBuf,
    llc: PathBuf,
    lli: PathBuf,
    plugin: PathBuf,
}

impl Tools {
    fn find() -> Tools {
        Tools { opt: llvm_tool("opt"), llc: llvm_tool("llc"), lli: llvm_tool("lli"), plugin: opt_plugin_path() }
    }
}

fn shell(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|s| s.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs a tool; Err with the command line and its output unless it exits 0.
fn tool(mut cmd: Command, dir: &Path) -> Result<Outcome, String> {
    cmd.current_dir(dir);
    let line = shell(&cmd);
    let out = run_command(cmd, TOOL_LIMIT).map_err(|e| format!("cannot run {line}: {e}"))?;
    if !out.success() {
        return Err(format!("{line}\n  failed ({}):\n{}{}", out.status, out.stdout, out.stderr));
    }
    Ok(out)
}

fn opt_plugin(t: &Tools, passes: &str, input: &str, output: &str, extra: &[&str]) -> Command {
    let mut c = Command::new(&t.opt);
    c.arg(format!("-load-pass-plugin={}", t.plugin.display()))
        .arg(format!("-passes={passes}"))
        .args(extra)
        .args(["-S", input, "-o", output]);
    c
}

fn opt_plain(t: &Tools, passes: &str, input: &str, output: &str) -> Command {
    let mut c = Command::new(&t.opt);
    c.arg(format!("-passes={passes}")).args(["-S", input, "-o", output]);
    c
}

fn verify(t: &Tools, dir: &Path, file: &str) -> Result<(), String> {
    let mut c = Command::new(&t.opt);
    c.args(["-passes=verify", "-disable-output", file]);
    tool(c, dir).map(|_| ()).map_err(|e| format!("the verifier rejects {file}:\n{e}"))
}

/// `llc -relocation-model=pic` and `cc -pie`, then the program, with a time
/// limit.
fn run_native(t: &Tools, dir: &Path, file: &str) -> Result<Outcome, String> {
    let stem = file.trim_end_matches(".ll");
    let mut c = Command::new(&t.llc);
    c.args(["-relocation-model=pic", "-filetype=obj", file, "-o", &format!("{stem}.o")]);
    tool(c, dir)?;
    let mut c = Command::new("cc");
    c.args(["-pie", &format!("{stem}.o"), "-o", &format!("{stem}.bin")]);
    tool(c, dir)?;
    let mut c = Command::new(dir.join(format!("{stem}.bin")));
    c.current_dir(dir).env("LC_ALL", "C");
    run_command(c, RUN_LIMIT).map_err(|e| format!("cannot run {stem}.bin: {e}"))
}

fn run_lli(t: &Tools, dir: &Path, file: &str) -> Result<Outcome, String> {
    let mut c = Command::new(&t.lli);
    c.arg(file).current_dir(dir).env("LC_ALL", "C");
    run_command(c, RUN_LIMIT).map_err(|e| format!("cannot run lli {file}: {e}"))
}

fn same(expected: &Outcome, actual: &Outcome, what: &str) -> Result<(), String> {
    // lli and a crashing program print their own noise on stderr: compare
    // stdout and the exit status, and stderr only when both exited normally.
    let mut a = actual.clone();
    let mut e = expected.clone();
    if e.code.is_none() || a.code.is_none() {
        e.stderr.clear();
        a.stderr.clear();
    }
    match compare(&e, &a, "original", what) {
        None => Ok(()),
        Some(diff) => Err(format!("{what} behaves differently from the original module:\n{diff}")),
    }
}

fn report(dir: &Path, file: &str) -> Result<Report, String> {
    Report::read(&dir.join(file))
}

fn converted(r: &Report, file: &str) -> Result<(), String> {
    if !r.converted() {
        return Err(format!("reltab did not convert the module ({file}): refused because {}", r.refusal_text()));
    }
    Ok(())
}

fn check_census(r: &Report, e: &Expect) -> Result<(), String> {
    let t = &r.totals;
    let mut bad = Vec::new();
    for (k, got, want) in [
        ("vtables", t.vtables, e.vtables),
        ("load_sites", t.load_sites, e.reads),
        ("load_sites_marked", t.load_sites_marked, e.marked),
        ("load_sites_found_otherwise", t.load_sites_found_otherwise, e.unmarked),
        ("load_sites_protected", t.load_sites_protected, 0),
        ("unclassified", t.unclassified, 0),
        ("near_misses", t.near_misses, 0),
        ("unverified_indirect_calls", t.unverified_indirect_calls, 0),
    ] {
        if got != want {
            bad.push(format!("totals.{k} = {got}, the generator expects {want}"));
        }
    }
    let rewritten = r.conversion.as_ref().map_or(usize::MAX, |c| c.reads_rewritten);
    if rewritten != e.reads - e.header_words {
        bad.push(format!(
            "conversion.reads_rewritten = {rewritten}, the generator expects {}",
            e.reads - e.header_words
        ));
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(format!("the census differs from the generator's:\n  {}", bad.join("\n  ")))
    }
}

/// Compares the converted module `conv` of `dir` with the reference; used
/// by the cases and by the test that breaks a conversion on purpose.
fn run_converted(t: &Tools, dir: &Path, conv: &str, reference: &Outcome, lli_too: bool) -> Result<(), String> {
    verify(t, dir, conv)?;
    same(reference, &run_native(t, dir, conv)?, &format!("{conv} (native)"))?;
    if lli_too {
        same(reference, &run_lli(t, dir, conv)?, &format!("{conv} (lli)"))?;
    }
    Ok(())
}

struct CaseResult {
    seed: u64,
    dir: PathBuf,
    outcome: Result<(), String>,
}

fn run_case(t: &Tools, seed: u64, extra: Extra) -> CaseResult {
    let dir = scratch_dir(&format!("differential/{seed:#x}"));
    let outcome = (|| -> Result<(), String> {
        let g = generate(seed, extra);
        std::fs::write(dir.join("orig.ll"), &g.ir).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("marked.ll"), &g.ir_all_marked).map_err(|e| e.to_string())?;
        verify(t, &dir, "orig.ll").map_err(|e| format!("generator bug: {e}"))?;
        let reference = run_native(t, &dir, "orig.ll")?;
        if reference.code.is_none() || !reference.stdout.contains("drops ") {
            return Err(format!("generator bug: the original module does not finish normally ({})", reference.status));
        }
        same(&reference, &run_lli(t, &dir, "orig.ll")?, "orig.ll (lli)")
            .map_err(|e| format!("generator or lli problem: {e}"))?;

        // 1. reltab on the module as generated.
        let out = tool(opt_plugin(t, "reltab", "orig.ll", "conv.ll", &["-reltab-report=conv.json"]), &dir)?;
        if out.stderr.contains("warning:") || out.stderr.contains("error:") {
            return Err(format!("reltab complained about orig.ll:\n{}", out.stderr));
        }
        let r = report(&dir, "conv.json")?;
        converted(&r, "conv.json")?;
        if g.expect.exact {
            check_census(&r, &g.expect)?;
        }
        run_converted(t, &dir, "conv.ll", &reference, true)?;
        // The same in the relative layout (the above is the default, compact).
        let out = tool(opt_plugin(t, "reltab", "orig.ll", "conv-relative.ll", &["-reltab-layout=relative"]), &dir)?;
        if out.stderr.contains("warning:") || out.stderr.contains("error:") {
            return Err(format!("reltab complained about orig.ll in the relative layout:\n{}", out.stderr));
        }
        run_converted(t, &dir, "conv-relative.ll", &reference, false)?;

        // 2. The rest of the LTO pipeline after it.
        tool(opt_plain(t, "default<O2>", "conv.ll", "conv.O2.ll"), &dir)?;
        run_converted(t, &dir, "conv.O2.ll", &reference, false)?;

        // 3. rustc's way: every read marked, protected, the crate's
        //    optimizer, reltab, the LTO optimizer.
        tool(opt_plugin(t, "reltab-protect", "marked.ll", "prot.ll", &[]), &dir)?;
        tool(opt_plain(t, "default<O2>", "prot.ll", "prot.O2.ll"), &dir)?;
        let out = tool(opt_plugin(t, "reltab", "prot.O2.ll", "lto.ll", &["-reltab-report=lto.json"]), &dir)?;
        if out.stderr.contains("warning:") || out.stderr.contains("error:") {
            return Err(format!("reltab complained about prot.O2.ll:\n{}", out.stderr));
        }
        converted(&report(&dir, "lto.json")?, "lto.json")?;
        verify(t, &dir, "lto.ll")?;
        tool(opt_plain(t, "default<O2>", "lto.ll", "lto.O2.ll"), &dir)?;
        run_converted(t, &dir, "lto.O2.ll", &reference, false)?;
        Ok(())
    })();
    CaseResult { seed, dir, outcome }
}

fn env_u64(var: &str, default: u64) -> u64 {
    match std::env::var(var) {
        Ok(v) if !v.trim().is_empty() => {
            let v = v.trim();
            let parsed = match v.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16),
                None => v.parse(),
            };
            parsed.unwrap_or_else(|_| panic!("{var}={v} is not a number"))
        }
        _ => default,
    }
}

fn jobs() -> usize {
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    env_u64("RELTAB_TEST_JOBS", cpus.min(2) as u64).max(1) as usize
}

const DEFAULT_SEED: u64 = 0x7e17ab;

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[test]
fn random_modules_behave_the_same_after_conversion() {
    let tools = Tools::find();
    let cases = env_u64("RELTAB_DIFF_CASES", 40);
    let first = env_u64("RELTAB_DIFF_SEED", DEFAULT_SEED);
    let extra = Extra::parse(&std::env::var("RELTAB_DIFF_EXTRA").unwrap_or_else(|_| "marker".into()));
    let seeds: Vec<u64> = (0..cases).map(|i| first.wrapping_add(i)).collect();
    let start = Instant::now();
    let results = parallel_map(&seeds, jobs(), |&seed| run_case(&tools, seed, extra));
    let mut failures = Vec::new();
    for r in &results {
        match &r.outcome {
            Ok(()) => discard(&r.dir),
            Err(e) => failures.push(format!(
                "seed {:#x}: {e}\n  files kept in {}\n  rerun alone: RELTAB_DIFF_SEED={:#x} RELTAB_DIFF_CASES=1{} \
                 cargo test --release -p reltab-tests --test differential",
                r.seed,
                r.dir.display(),
                r.seed,
                if extra.any() {
                    format!(" RELTAB_DIFF_EXTRA={}", std::env::var("RELTAB_DIFF_EXTRA").unwrap_or_default())
                } else {
                    String::new()
                }
            )),
        }
    }
    eprintln!(
        "differential: {} modules (seeds {first:#x}..{:#x}), {} failed, {:.1?}",
        cases,
        first.wrapping_add(cases),
        failures.len(),
        start.elapsed()
    );
    assert!(failures.is_empty(), "{} of {cases} modules failed:\n\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn generator_is_deterministic() {
    let a = generate(DEFAULT_SEED, Extra::default());
    let b = generate(DEFAULT_SEED, Extra::default());
    assert_eq!(a.ir, b.ir);
    assert_eq!(a.expect, b.expect);
    assert_ne!(a.ir, generate(DEFAULT_SEED + 1, Extra::default()).ir);
    // Both forms of the module hold the same reads.
    assert_eq!(
        a.ir_all_marked.matches("!invariant.load").count(),
        a.expect.reads,
        "every read is marked in ir_all_marked"
    );
    assert_eq!(a.ir.matches("!invariant.load").count(), a.expect.marked);
}

/// Finds the first seed from DEFAULT_SEED whose converted module a mutation
/// changes, converts it, applies `mutate` and returns what the comparison
/// said, with the directory.
fn broken_conversion(name: &str, mutate: impl Fn(&str) -> String) -> (Result<(), String>, PathBuf) {
    let t = Tools::find();
    for seed in DEFAULT_SEED..DEFAULT_SEED + 20 {
        let dir = scratch_dir(&format!("differential-broken-{name}"));
        let g = generate(seed, Extra::default());
        std::fs::write(dir.join("orig.ll"), &g.ir).unwrap();
        let reference = run_native(&t, &dir, "orig.ll").unwrap();
        // The mutations below break the relative layout's reads and tables.
        tool(opt_plugin(&t, "reltab", "orig.ll", "conv.ll", &["-reltab-layout=relative"]), &dir).unwrap();
        let conv = std::fs::read_to_string(dir.join("conv.ll")).unwrap();
        // The correct conversion passes the same comparison.
        run_converted(&t, &dir, "conv.ll", &reference, false).unwrap();
        let broken = mutate(&conv);
        if broken == conv {
            continue;
        }
        std::fs::write(dir.join("broken.ll"), broken).unwrap();
        return (run_converted(&t, &dir, "broken.ll", &reference, false), dir);
    }
    panic!("no module among 20 seeds has anything the mutation {name} changes");
}

/// Every `llvm.load.relative.i64(ptr X, i64 N)` call of `ir` with its offset
/// rewritten by `f`.
fn map_relative_offsets(ir: &str, f: impl Fn(u64) -> u64) -> String {
    let key = "@llvm.load.relative.i64(ptr ";
    let mut out = String::new();
    let mut rest = ir;
    while let Some(i) = rest.find(key) {
        let (head, tail) = rest.split_at(i + key.len());
        out.push_str(head);
        let comma = tail.find(", i64 ").unwrap();
        let close = tail[comma..].find(')').unwrap() + comma;
        match tail[comma + 6..close].parse::<u64>() {
            Ok(n) => {
                out.push_str(&tail[..comma + 6]);
                out.push_str(&f(n).to_string());
            }
            Err(_) => out.push_str(&tail[..close]),
        }
        rest = &tail[close..];
    }
    out.push_str(rest);
    out
}

#[test]
fn a_conversion_with_unhalved_slot_offsets_is_caught() {
    // The classic slip: rewrite the reads but keep 8-byte steps between
    // slots (24 + 8k instead of 24 + 4k).
    let (result, dir) = broken_conversion("offsets", |ir| {
        if !ir.contains("declare ptr @llvm.load.relative.i64") {
            return ir.to_string();
        }
        map_relative_offsets(ir, |n| if n > 24 { 24 + 2 * (n - 24) } else { n })
    });
    let err = result.expect_err("a conversion that reads slot k at 24 + 8k must not pass");
    assert!(err.contains("behaves differently"), "{err}");
    assert!(dir.join("broken.ll").is_file(), "the broken module stays on disk");
    eprintln!("caught as expected:\n{err}");
    discard(&dir);
}

#[test]
fn a_conversion_with_entries_relative_to_the_wrong_table_is_caught() {
    // Every relative vtable's entries computed from the next table's
    // address instead of its own.
    let (result, dir) = broken_conversion("tables", |ir| {
        let names: Vec<String> = ir
            .lines()
            .filter(|l| l.contains("!reltab.relative"))
            .filter_map(|l| l.split_once(" = ").map(|(n, _)| n.to_string()))
            .collect();
        if names.len() < 2 {
            return ir.to_string();
        }
        ir.lines()
            .map(|l| match names.iter().position(|n| l.starts_with(&format!("{n} = "))) {
                Some(i) => l.replace(
                    &format!("ptrtoint (ptr {} to i64)", names[i]),
                    &format!("ptrtoint (ptr {} to i64)", names[(i + 1) % names.len()]),
                ),
                None => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    });
    let err = result.expect_err("a conversion whose entries are relative to the wrong table must not pass");
    assert!(err.contains("behaves differently"), "{err}");
    discard(&dir);
}

#[test]
fn an_unconverted_module_is_not_taken_for_a_converted_one() {
    let refused = Refusal { code: RefusalCode::Unclassified, detail: "why".into() };
    let mut r = report_with(false, vec![refused], 0);
    assert!(converted(&r, "x.json").unwrap_err().contains("why"));
    let e = Expect { vtables: 2, reads: 5, marked: 3, unmarked: 2, header_words: 1, exact: true };
    r = report_with(true, vec![], 4);
    r.totals =
        Totals { vtables: 2, load_sites: 4, load_sites_marked: 3, load_sites_found_otherwise: 1, ..Totals::default() };
    let err = check_census(&r, &e).unwrap_err();
    assert!(err.contains("totals.load_sites = 4") && err.contains("found_otherwise = 1"), "{err}");
}

/// A report as the plugin writes it, with the decision given.
fn report_with(converted: bool, refused_because: Vec<Refusal>, reads_rewritten: usize) -> Report {
    Report {
        reltab_version: "test".into(),
        phase: Phase::Explicit,
        layout: Layout::Compact,
        module: ModuleInfo { identifier: "x".into(), target: "x86_64".into(), defined_functions: 0, globals: 0 },
        totals: Totals::default(),
        vtables: vec![],
        load_sites: vec![],
        unclassified: vec![],
        unverified_calls: vec![],
        conversion: Some(Conversion {
            converted,
            refused_because,
            vtables_converted: 0,
            relocations_removed: 0,
            bytes_before: 0,
            bytes_after: 0,
            reads_rewritten,
            form: None,
            compact_fallback: None,
            parameters_promoted: 0,
        }),
        seconds: 0.0,
        steps: Vec::new(),
        at_end_of_lto: None,
    }
}
