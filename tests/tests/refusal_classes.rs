//! The refusal classes of real programs, one Rust program each.
//!
//! Every program in `tests/classes/` was once left absolute for a reason
//! that was no real danger (its header says which, and which rule of the
//! plugin now accepts it; each rule also has a lit test from real IR). Each
//! is built without the plugin, with it, and with it in check mode
//! (`-reltab-check`), the latter two must be converted, and all three must
//! behave the same. A `// rustc-flags:` line in a program adds flags to all
//! three builds; a `// args:` line gives the program its arguments.

use reltab_report::Report;
use reltab_tests::*;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

fn program(name: &str) -> PathBuf {
    workspace_root().join("tests/classes").join(name)
}

/// The words after `// <key>:` in the program's source.
fn directive(source: &str, key: &str) -> Vec<String> {
    let prefix = format!("// {key}:");
    source
        .lines()
        .filter_map(|l| l.strip_prefix(&prefix))
        .flat_map(|rest| rest.split_whitespace().map(str::to_string))
        .collect()
}

fn run_with(binary: &Path, args: &[String]) -> Outcome {
    let mut cmd = Command::new(binary);
    cmd.args(args).env("LC_ALL", "C").env_remove("RUST_BACKTRACE").env_remove("RUST_LIB_BACKTRACE");
    run_command(cmd, run_timeout()).unwrap_or_else(|e| panic!("cannot run {}: {e}", binary.display()))
}

/// Builds `name` three ways and checks that both plugin builds were
/// converted and that all three behave the same.
fn converted_and_same(name: &str) {
    let path = program(name);
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let flags = directive(&source, "rustc-flags");
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let args = directive(&source, "args");
    let dir = scratch_dir(&format!("class-{}", program_name(&path)));
    let stock = build_in(&dir.join("stock"), &path, Variant::Baseline, &flags).unwrap_or_else(|e| panic!("{e}"));
    let expected = run_with(&stock, &args);
    assert!(expected.success(), "{name} fails without the plugin: {}\n{}", expected.status, expected.stderr);
    for (label, options) in [("reltab", ""), ("check", "-reltab-check ")] {
        let report = dir.join(format!("{label}.json"));
        let mut value = OsString::from(options);
        value.push(report_option(&report));
        let binary = build_in_env(&dir.join(label), &path, Variant::Plugin, &flags, &[(OPTIONS_ENV, value)])
            .unwrap_or_else(|e| panic!("{e}"));
        let report = Report::read(&report).unwrap_or_else(|e| panic!("{e}"));
        assert!(report.converted(), "{name} ({label}) was not converted: {}", report.refusal_text());
        let actual = run_with(&binary, &args);
        if let Some(d) = compare(&expected, &actual, "stock", label) {
            panic!("{name}: {label} behaves differently:\n{d}binaries kept in {}", dir.display());
        }
    }
    discard(&dir);
}

#[test]
fn dead_code_no_std() {
    converted_and_same("dead_code_no_std.rs");
}

#[test]
fn trait_without_implementations() {
    converted_and_same("trait_without_implementations.rs");
}

#[test]
fn versioned_c_library() {
    converted_and_same("versioned_c_library.rs");
}
