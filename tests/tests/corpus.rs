//! The corpus test: every `tests/programs/*.rs` is built without and with the
//! reltab plugin (fat LTO, see `reltab_tests::BASE_FLAGS`), both binaries are
//! run, and their stdout, stderr and exit status must be identical. The
//! baseline binary is run twice to catch programs that are themselves
//! nondeterministic, and its exit status must be the one the program declares
//! (`//@ exit-code: N`, default 0).
//!
//! A third build, with the plugin in check mode (`RELTAB_OPTIONS=-reltab-check`),
//! must behave identically too: a check that fires, or a trap entry that is
//! called, is a vtable read the plugin missed.
//!
//! A fourth build, in the relative layout (`-reltab-layout=relative`), must
//! behave identically and must have been converted to that layout.
//!
//! The plugin build (the default layout, compact) also writes its report
//! (`RELTAB_OPTIONS=-reltab-report=`): every program must have been converted
//! (`conversion.converted`) to the compact layout (`conversion.form`), not
//! fallen back to the relative one, and its binary must have fewer
//! `R_X86_64_RELATIVE` relocations than the one built without the plugin.
//!
//! All programs are checked (in parallel on `RELTAB_TEST_JOBS` threads,
//! default 2) and all failures are reported together at the end, after a
//! table of relocation counts (without / with the plugin).
//!
//! Knobs: `RELTAB_PROGRAMS=a,b` checks only programs whose name contains one
//! of the comma-separated words; `RELTAB_KEEP=1` keeps the
//! build directories (under `target/reltab-tests/run-<pid>/`) of passing
//! programs too (failing programs' directories are always kept).

use reltab_report::{Form, Report};
use reltab_tests::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Checked {
    name: String,
    relocs: Option<(usize, usize)>,
    failure: Option<String>,
    secs: f64,
}

fn selected(all: Vec<PathBuf>) -> Vec<PathBuf> {
    match std::env::var("RELTAB_PROGRAMS") {
        Ok(sel) if !sel.trim().is_empty() => {
            let words: Vec<&str> = sel.split(',').map(str::trim).filter(|w| !w.is_empty()).collect();
            all.into_iter().filter(|p| words.iter().any(|w| program_name(p).contains(w))).collect()
        }
        _ => all,
    }
}

/// The plugin's report: it must have been written, and be a report.
fn read_report(path: &Path) -> Result<Report, String> {
    Report::read(path)
}

/// The form a report's module was converted to.
fn form(report: &Report) -> Option<Form> {
    report.conversion.as_ref().and_then(|c| c.form)
}

fn check(program: &Path) -> Checked {
    let name = program_name(program);
    let start = Instant::now();
    let dir = scratch_dir(&format!("corpus-{name}"));
    let result = (|| -> Result<(usize, usize), String> {
        let base = build_in(&dir.join("baseline"), program, Variant::Baseline, &[])
            .map_err(|e| format!("build without the plugin failed:\n{e}"))?;
        let report = dir.join("report.json");
        let env = vec![(OPTIONS_ENV, report_option(&report))];
        let plug = build_in_env(&dir.join("plugin"), program, Variant::Plugin, &[], &env)
            .map_err(|e| format!("build with the plugin failed:\n{e}"))?;
        let relocs = (relative_relocations(&base), relative_relocations(&plug));

        let b1 = run(&base);
        let b2 = run(&base);
        if let Some(d) = compare(&b1, &b2, "baseline run 1", "baseline run 2") {
            return Err(format!("the program itself is nondeterministic (two runs without the plugin differ):\n{d}"));
        }
        let expected = expected_exit_code(program);
        if b1.code != Some(expected) {
            return Err(format!(
                "without the plugin the program ended with {} but declares exit code {expected}\n--- stderr ---\n{}",
                b1.status, b1.stderr
            ));
        }
        let p = run(&plug);
        if let Some(d) = compare(&b1, &p, "without plugin", "with plugin") {
            return Err(format!("{d}binaries kept in {}", dir.display()));
        }
        // Check mode: nothing is missed in these programs, so the checked
        // build (trap entries, a check before every read) must not trap.
        let checked_env = vec![(OPTIONS_ENV, std::ffi::OsString::from("-reltab-check"))];
        let checked = build_in_env(&dir.join("check"), program, Variant::Plugin, &[], &checked_env)
            .map_err(|e| format!("build with the plugin in check mode failed:\n{e}"))?;
        if let Some(d) = compare(&b1, &run(&checked), "without plugin", "with plugin, check mode") {
            return Err(format!("{d}binaries kept in {}", dir.display()));
        }
        // The relative layout, asked for: the default build above is compact.
        let relative_report = dir.join("relative-report.json");
        let mut relative_options = std::ffi::OsString::from("-reltab-layout=relative ");
        relative_options.push(report_option(&relative_report));
        let relative =
            build_in_env(&dir.join("relative"), program, Variant::Plugin, &[], &[(OPTIONS_ENV, relative_options)])
                .map_err(|e| format!("build with the plugin in the relative layout failed:\n{e}"))?;
        if let Some(d) = compare(&b1, &run(&relative), "without plugin", "with plugin, relative layout") {
            return Err(format!("{d}binaries kept in {}", dir.display()));
        }
        let relative_report = read_report(&relative_report)?;
        if form(&relative_report) != Some(Form::Relative) {
            return Err(format!("the relative build took the {:?} layout", form(&relative_report)));
        }
        let report = read_report(&report)?;
        // Every program here is a whole program built by crates compiled with
        // reltab: it must have been converted, and its binary must show it.
        if !report.converted() {
            return Err(format!("the plugin did not convert the program: {}", report.refusal_text()));
        }
        if form(&report) != Some(Form::Compact) {
            return Err(format!(
                "the default build was not converted to the compact layout: form {:?}, because {:?}",
                form(&report),
                report.conversion.as_ref().and_then(|c| c.compact_fallback.clone())
            ));
        }
        if relocs.1 >= relocs.0 {
            return Err(format!(
                "converted, but the binary has {} R_X86_64_RELATIVE relocations, {} without the plugin",
                relocs.1, relocs.0
            ));
        }
        Ok(relocs)
    })();
    let secs = start.elapsed().as_secs_f64();
    match result {
        Ok(r) => {
            discard(&dir);
            println!("  ok   {name:<28} {secs:5.1}s");
            Checked { name, relocs: Some(r), failure: None, secs }
        }
        Err(e) => {
            println!("  FAIL {name:<28} {secs:5.1}s");
            Checked { name, relocs: None, failure: Some(e), secs }
        }
    }
}

fn print_table(results: &[Checked]) {
    println!();
    println!("{:<28} {:>14} {:>14} {:>8}", "program", "relocs w/o", "relocs with", "change");
    println!("{}", "-".repeat(67));
    for r in results {
        match r.relocs {
            Some((a, b)) => {
                let pct = if a == 0 { 0.0 } else { 100.0 * (b as f64 - a as f64) / a as f64 };
                println!("{:<28} {:>14} {:>14} {:>7.1}%", r.name, a, b, pct)
            }
            None => println!("{:<28} {:>14} {:>14} {:>8}", r.name, "-", "-", "FAILED"),
        }
    }
    let (sa, sb): (usize, usize) =
        results.iter().filter_map(|r| r.relocs).fold((0, 0), |(x, y), (a, b)| (x + a, y + b));
    println!("{}", "-".repeat(67));
    println!("{:<28} {:>14} {:>14}", "total", sa, sb);
}

#[test]
fn corpus_behaves_the_same_with_and_without_plugin() {
    let plugin = plugin_path(); // fail early, with the "build the plugin first" message
    let all = list_programs();
    assert!(all.len() >= 30, "expected at least 30 programs in {}, found {}", programs_dir().display(), all.len());
    let programs = selected(all);
    assert!(!programs.is_empty(), "RELTAB_PROGRAMS selected no program");
    println!(
        "checking {} programs with {} (jobs={}, scratch {})",
        programs.len(),
        plugin.display(),
        jobs(),
        run_dir().display()
    );
    let start = Instant::now();
    let results = parallel_map(&programs, jobs(), |p| check(p));
    print_table(&results);
    let failed: Vec<&Checked> = results.iter().filter(|r| r.failure.is_some()).collect();
    let busy: f64 = results.iter().map(|r| r.secs).sum();
    println!(
        "\n{} programs, {} failed, {:.1}s wall ({:.1}s of builds and runs)",
        results.len(),
        failed.len(),
        start.elapsed().as_secs_f64(),
        busy
    );
    for f in &failed {
        println!("\n==================== {} ====================", f.name);
        println!("{}", f.failure.as_deref().unwrap_or_default());
    }
    // Leaves nothing behind when everything passed (fails harmlessly if not empty).
    let _ = std::fs::remove_dir(run_dir());
    assert!(
        failed.is_empty(),
        "{} of {} programs behave differently with the plugin (or failed to build/run): {}",
        failed.len(),
        results.len(),
        failed.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(", ")
    );
}

/// The two-crate case: the library and the binary each built without or with
/// the plugin, in every combination; all must behave like the all-baseline
/// build. (Library without / binary with is the shape of std, which is never
/// compiled with the plugin.)
#[test]
fn dep_crate_behaves_the_same_with_and_without_plugin() {
    plugin_path();
    let dir = scratch_dir("dep_crate");
    let combos = [
        (Variant::Baseline, Variant::Baseline),
        (Variant::Plugin, Variant::Plugin),
        (Variant::Baseline, Variant::Plugin),
        (Variant::Plugin, Variant::Baseline),
    ];
    let mut baseline: Option<Outcome> = None;
    let mut failures = Vec::new();
    let mut relocations = std::collections::HashMap::new();
    for (lib, bin) in combos {
        let label = format!("lib {lib}, bin {bin}");
        let sub = dir.join(format!("lib-{lib}-bin-{bin}"));
        let exe = match build_dep_pair(&sub, lib, bin, &[]) {
            Ok(e) => e,
            Err(e) => {
                failures.push(format!("[{label}] build failed:\n{e}"));
                continue;
            }
        };
        let out = run(&exe);
        let relocs = relative_relocations(&exe);
        relocations.insert(label.clone(), relocs);
        println!("dep_crate [{label}]: {relocs} R_X86_64_RELATIVE, {}", out.status);
        match &baseline {
            None => {
                if !out.success() || !out.stdout.contains("\nend\n") {
                    failures.push(format!(
                        "[{label}] unexpected baseline outcome {}:\n{}{}",
                        out.status, out.stdout, out.stderr
                    ));
                }
                baseline = Some(out);
            }
            Some(b) => {
                if let Some(d) = compare(b, &out, "lib baseline, bin baseline", &label) {
                    failures.push(format!("[{label}]\n{d}"));
                }
            }
        }
    }
    // Both crates compiled with reltab: converted. The library compiled
    // without it: the fat-LTO module holds unprotected code, so it is left
    // as it is. The binary compiled without it: no reltab at the link, and
    // the library's protected reads run through their fallback definitions.
    let count = |lib: Variant, bin: Variant| relocations.get(&format!("lib {lib}, bin {bin}")).copied();
    if let (Some(stock), Some(both), Some(lib_stock)) = (
        count(Variant::Baseline, Variant::Baseline),
        count(Variant::Plugin, Variant::Plugin),
        count(Variant::Baseline, Variant::Plugin),
    ) {
        if both >= stock {
            failures.push(format!("both crates with reltab: {both} relocations, not fewer than {stock} without"));
        }
        if lib_stock != stock {
            failures.push(format!(
                "library without reltab: expected the program left as it is ({stock} relocations), got {lib_stock}"
            ));
        }
    }
    for f in &failures {
        println!("{f}");
    }
    assert!(failures.is_empty(), "{} dep_crate combination(s) failed, see above", failures.len());
    discard(&dir);
    let _ = std::fs::remove_dir(run_dir());
}
