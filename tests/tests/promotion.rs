//! promote.rs on a Rust program (`tests/promote/streams.rs`): local
//! functions that read their `&dyn` parameter at one or two entries are
//! handed the entries instead of the vtable. The program is built without
//! the plugin, with it, and with it in check mode: both plugin builds must
//! be converted and behave as the stock build; the normal build must have
//! promoted parameters (its report's `conversion.parameters_promoted`), and
//! check mode none (its checks use the parameter too).

use reltab_report::Report;
use reltab_tests::*;
use std::ffi::OsString;
use std::process::Command;

#[test]
fn promoted_parameters_behave_as_stock_in_both_modes() {
    let program = workspace_root().join("tests/promote/streams.rs");
    let dir = scratch_dir("promotion");
    let stock = build_in(&dir.join("stock"), &program, Variant::Baseline, &[]).unwrap_or_else(|e| panic!("{e}"));
    let run = |binary: &std::path::Path| {
        run_command(Command::new(binary), run_timeout()).unwrap_or_else(|e| panic!("{}: {e}", binary.display()))
    };
    let expected = run(&stock);
    assert!(expected.success(), "fails without the plugin: {}\n{}", expected.status, expected.stderr);
    for (label, options, promoted) in [("reltab", "", true), ("check", "-reltab-check ", false)] {
        let report = dir.join(format!("{label}.json"));
        let mut value = OsString::from(options);
        value.push(report_option(&report));
        let binary = build_in_env(&dir.join(label), &program, Variant::Plugin, &[], &[(OPTIONS_ENV, value)])
            .unwrap_or_else(|e| panic!("{e}"));
        let report = Report::read(&report).unwrap_or_else(|e| panic!("{e}"));
        assert!(report.converted(), "{label}: not converted: {}", report.refusal_text());
        let count = report.conversion.as_ref().map_or(0, |c| c.parameters_promoted);
        assert_eq!(count > 0, promoted, "{label}: {count} parameters promoted");
        if let Some(d) = compare(&expected, &run(&binary), "stock", label) {
            panic!("{label} behaves differently:\n{d}binaries kept in {}", dir.display());
        }
    }
    discard(&dir);
}
