//! The report's census checked against counts taken independently from the
//! IR text: vtables by rustc's debug info (`<T as Trait>::{vtable}` global
//! variables), marked loads by `!invariant.load`, protected loads by calls
//! of `reltab.vtable.load.*`. Once on one crate's IR
//! through `opt` (exact: every vtable and every marked load), once on the real
//! fat-LTO module of rustc (the module the plugin saw, saved by -Csave-temps):
//! there the report must also list std's vtables beside the program's own.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::process::Command;

use reltab_report::{Phase, Report};

fn program() -> PathBuf {
    reltab_tests::workspace_root().join("tests/census/census.rs")
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn llvm_bin(tool: &str) -> PathBuf {
    let p = reltab_tests::workspace_root().join(".tools/llvm/bin").join(tool);
    assert!(p.exists(), "{} is missing: run scripts/setup", p.display());
    p
}

/// `libreltab_opt.so` lives beside the rustc plugin the harness finds.
fn opt_plugin() -> PathBuf {
    let p = reltab_tests::plugin_path().with_file_name("libreltab_opt.so");
    assert!(p.exists(), "{} is missing: run cargo build --release", p.display());
    p
}

/// Names of the globals that debug info calls `...::{vtable}` and whose
/// initializer holds at least one pointer (vtables without pointers are
/// indistinguishable from data and are not reported, by design).
fn vtables_by_debug_info(ir: &str) -> BTreeSet<String> {
    let mut var_name: HashMap<&str, &str> = HashMap::new(); // !M -> name
    let mut expr_var: HashMap<&str, &str> = HashMap::new(); // !N -> !M
    for line in ir.lines() {
        let Some((id, rest)) = line.split_once(" = ") else { continue };
        if !id.starts_with('!') {
            continue;
        }
        if let Some(i) = rest.find("DIGlobalVariable(name: \"") {
            let name = &rest[i + 24..];
            var_name.insert(id, &name[..name.find('"').unwrap()]);
        } else if let Some(i) = rest.find("DIGlobalVariableExpression(var: ") {
            let var = &rest[i + 32..];
            expr_var.insert(id, &var[..var.find([',', ')']).unwrap()]);
        }
    }
    let mut out = BTreeSet::new();
    for line in ir.lines().filter(|l| l.starts_with('@')) {
        let Some(dbg) = line.rsplit_once("!dbg ").map(|(_, d)| d.trim()) else { continue };
        let is_vtable = expr_var.get(dbg).and_then(|v| var_name.get(v)).is_some_and(|n| n.ends_with("::{vtable}"));
        let (name, init) = line.split_once(" = ").unwrap();
        if is_vtable && init.contains("ptr @") {
            out.insert(name.trim_start_matches('@').trim_matches('"').to_string());
        }
    }
    out
}

/// `!invariant.load` loads, outside the bodies of reltab's own protection
/// functions (`reltab.vtable.load.*`, one marked load each).
fn marked_loads(ir: &str) -> usize {
    let mut in_protection_function = false;
    let mut count = 0;
    for line in ir.lines() {
        if line.starts_with("define ") {
            in_protection_function = line.contains("@reltab.vtable.load.");
        }
        if !in_protection_function && line.contains(" = load ") && line.contains("!invariant.load") {
            count += 1;
        }
    }
    count
}

/// Calls of reltab's protection functions: the loads protected at crate start.
fn protected_calls(ir: &str) -> usize {
    ir.lines().filter(|l| l.contains(" call ") && l.contains("@reltab.vtable.load.")).count()
}

fn report_vtable_names(report: &Report) -> BTreeSet<String> {
    report.vtables.iter().filter_map(|v| v.name.clone()).collect()
}

fn implementations(report: &Report) -> Vec<String> {
    report.vtables.iter().filter_map(|v| v.implementation.clone()).collect()
}

#[test]
fn crate_ir_census_matches_debug_info_and_markers() {
    for opt_level in ["0", "3"] {
        let dir = reltab_tests::scratch_dir(&format!("census-crate-O{opt_level}"));
        let ll = dir.join("census.ll");
        run(Command::new("rustc")
            .args(["+nightly", "--edition", "2021", "--emit=llvm-ir", "-Ccodegen-units=1", "-Cdebuginfo=2"])
            .arg(format!("-Copt-level={opt_level}"))
            .arg(program())
            .arg("-o")
            .arg(&ll));
        let report_path = dir.join("report.json");
        run(Command::new(llvm_bin("opt"))
            .arg(format!("-load-pass-plugin={}", opt_plugin().display()))
            .args(["-passes=reltab", "-disable-output"])
            .arg(format!("-reltab-report={}", report_path.display()))
            .arg(&ll));
        let ir = std::fs::read_to_string(&ll).unwrap();
        let report = Report::read(&report_path).unwrap();

        // Runtime vtables carry `{vtable}` debug info; the two made by const
        // evaluation (`NUMBER`, `WORD`) do not, and are `@anon.<hash>.N`.
        let by_debug_info = vtables_by_debug_info(&ir);
        assert!(by_debug_info.len() >= 5, "-O{opt_level}: debug info shows only {by_debug_info:?}");
        let listed = report_vtable_names(&report);
        let const_eval: BTreeSet<String> = listed.difference(&by_debug_info).cloned().collect();
        assert!(by_debug_info.is_subset(&listed), "-O{opt_level}: {by_debug_info:?} not all in {listed:?}");
        let const_eval_impls: BTreeSet<String> = report
            .vtables
            .iter()
            .filter(|v| v.name.as_ref().is_some_and(|n| const_eval.contains(n)))
            .map(|v| v.implementation.clone().unwrap())
            .collect();
        assert!(const_eval.iter().all(|n| n.starts_with("anon.")), "-O{opt_level}: {const_eval:?}");
        assert_eq!(
            const_eval_impls,
            BTreeSet::from(["<i32 as core::fmt::Display>".to_string(), "<&str as core::fmt::Display>".to_string()]),
            "-O{opt_level}: the vtables beyond debug info must be exactly the two const-evaluated ones"
        );
        // Marked loads in functions that cannot run are counted apart.
        assert_eq!(
            report.totals.load_sites_marked + report.totals.dead_code_marked_reads,
            marked_loads(&ir),
            "-O{opt_level}: marked load sites vs. !invariant.load loads in the IR"
        );
        assert_eq!(report.totals.unclassified, 0, "-O{opt_level}: {:#?}", report.unclassified);
        let imps = implementations(&report);
        for want in
            ["<census::Square as census::Shape>", "<census::Circle as census::Shape>", "<i32 as core::fmt::Display>"]
        {
            assert!(imps.iter().any(|i| i == want), "-O{opt_level}: {want} missing from {imps:#?}");
        }
    }
}

#[test]
fn fat_lto_report_lists_std_vtables_and_agrees_with_the_module() {
    let dir = reltab_tests::scratch_dir("census-fat-lto");
    let report_path = dir.join("report.json");
    run(Command::new("rustc")
        .args([
            "+nightly",
            "--edition",
            "2021",
            "-Copt-level=3",
            "-Clto=fat",
            "-Ccodegen-units=1",
            "-Cdebuginfo=2",
            "-Csave-temps",
        ])
        .arg(format!("-Zllvm-plugins={}", reltab_tests::plugin_path().display()))
        .env("RELTAB_OPTIONS", format!("-reltab-report={}", report_path.display()))
        .current_dir(&dir)
        .arg(program())
        .arg("-o")
        .arg(dir.join("census")));
    // The module the plugin analysed: rustc saves it before the LTO pipeline.
    let bc = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".lto.input.bc"))
        .expect("-Csave-temps wrote no *.lto.input.bc");
    let ir = run(Command::new(llvm_bin("llvm-dis")).arg(&bc).arg("-o").arg("-"));
    let report = Report::read(&report_path).unwrap();

    assert_eq!(report.phase, Phase::FullLto);
    // Reads in functions that cannot run (core's and std's unused ones) are
    // counted apart.
    let t = &report.totals;
    assert!(t.dead_code_marked_reads > 0, "the fat-LTO module holds all of std, dead functions included");
    assert_eq!(t.load_sites_marked + t.dead_code_marked_reads, marked_loads(&ir));
    let protected = protected_calls(&ir);
    assert!(protected > 0, "the program's own vtable loads were protected at crate start");
    assert_eq!(t.load_sites_protected + t.dead_code_protected_reads, protected);
    // The program's own vtables carry debug info even after LTO renamed them.
    let own = vtables_by_debug_info(&ir);
    let listed = report_vtable_names(&report);
    assert!(own.len() >= 5 && own.is_subset(&listed), "debug-info vtables {own:?} not all in the report");
    assert!(own.iter().all(|n| n.starts_with("anon.")), "after fat LTO vtables are @anon.<hash>.N: {own:?}");
    let imps = implementations(&report);
    let std_vtables = imps.iter().filter(|i| !i.contains("census::")).count();
    assert!(std_vtables >= 20, "expected std's vtables in the report, found {std_vtables}: {imps:#?}");
    for want in [
        "<census::Named as census::Shape>",
        "<&str as core::fmt::Display>",
        "<std::io::default_write_fmt::Adapter<std::io::stdio::StdoutLock> as core::fmt::Write>",
    ] {
        assert!(imps.iter().any(|i| i.contains(want)), "{want} missing from {imps:#?}");
    }
    // The binary is the program: it behaves as the same build without reltab.
    run(Command::new("rustc")
        .args(["+nightly", "--edition", "2021", "-Copt-level=3", "-Clto=fat", "-Ccodegen-units=1", "-Cdebuginfo=2"])
        .current_dir(&dir)
        .arg(program())
        .arg("-o")
        .arg(dir.join("census-stock")));
    let (stock, converted) = (reltab_tests::run(&dir.join("census-stock")), reltab_tests::run(&dir.join("census")));
    assert!(stock.stdout.contains("circle 3") && stock.stdout.contains("42 word"), "{}", stock.stdout);
    if let Some(d) = reltab_tests::compare(&stock, &converted, "without plugin", "with plugin") {
        panic!("census: behaves differently\n{d}");
    }
}
