//! A libtest harness (`rustc --test`, what `cargo test` builds) at fat LTO,
//! without reltab, with it, and with it in check mode: the three runs must
//! print the same (timings aside) and end the same, with `TERM` set so that
//! libtest parses the terminfo database (its parser reads through a
//! `&mut dyn io::Read` that only the std audit knows) and with `TERM=dumb`.
//! The reltab build must be converted, with the audited reads among its
//! reads.

use reltab_report::{FoundBy, Report};
use reltab_tests::*;
use std::ffi::OsString;
use std::path::Path;
use std::process::Command;

fn run_harness(binary: &Path, term: &str) -> Outcome {
    let mut cmd = Command::new(binary);
    cmd.args(["--color", "always", "--test-threads", "1"])
        .env("TERM", term)
        .env("LC_ALL", "C")
        .env_remove("RUST_BACKTRACE");
    let mut out = run_command(cmd, run_timeout()).unwrap_or_else(|e| panic!("cannot run {}: {e}", binary.display()));
    // "finished in 0.00s" differs from run to run.
    out.stdout =
        out.stdout.lines().map(|l| l.split("; finished in ").next().unwrap_or(l)).collect::<Vec<_>>().join("\n");
    out
}

#[test]
fn libtest_harness_behaves_the_same_and_is_converted() {
    plugin_path();
    let program = workspace_root().join("tests/harness/dyn_tests.rs");
    let dir = scratch_dir("libtest_harness");
    let report = dir.join("report.json");
    let stock = build_in(&dir.join("stock"), &program, Variant::Baseline, &["--test"]).expect("stock build");
    let reltab = build_in_env(
        &dir.join("reltab"),
        &program,
        Variant::Plugin,
        &["--test"],
        &[(OPTIONS_ENV, report_option(&report))],
    )
    .expect("reltab build");
    let checked = build_in_env(
        &dir.join("check"),
        &program,
        Variant::Plugin,
        &["--test"],
        &[(OPTIONS_ENV, OsString::from("-reltab-check"))],
    )
    .expect("check-mode build");

    let report = Report::read(&report).unwrap();
    assert!(report.converted(), "not converted: {}", report.refusal_text());
    let audited = report.load_sites.iter().filter(|s| s.found_by == FoundBy::Audited).count();
    assert!(audited > 0, "the terminfo parser's audited vtable reads were not found");

    for term in ["xterm-256color", "dumb"] {
        let expected = run_harness(&stock, term);
        assert!(
            expected.success(),
            "the stock harness failed with TERM={term}: {}\n{}",
            expected.status,
            expected.stdout
        );
        assert!(
            expected.stdout.contains("5 passed; 0 failed; 1 ignored"),
            "unexpected stock run:\n{}",
            expected.stdout
        );
        for (label, binary) in [("reltab", &reltab), ("reltab, check mode", &checked)] {
            if let Some(d) = compare(&expected, &run_harness(binary, term), "stock", label) {
                panic!("TERM={term}: the harness behaves differently:\n{d}");
            }
        }
    }
    assert!(relative_relocations(&reltab) < relative_relocations(&stock));
    discard(&dir);
}
