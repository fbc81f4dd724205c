//! Check mode (`RELTAB_OPTIONS=-reltab-check`) catches a missed vtable read
//! at run time, in both directions, with a message naming reltab.
//!
//! `tests/check/missed.rs` is built at fat LTO without the plugin, and with
//! the plugin in check mode of each layout (compact, the default, and
//! relative) plus one deliberate miss
//! (`-reltab-debug-miss=…`, a testing-only option that leaves one vtable
//! absolute or one function's reads unrewritten: a miscompile on purpose).
//! Each scenario of the program is then run:
//!
//! * untouched by the miss, it must behave exactly like the stock build;
//! * reaching the miss, it must die by `SIGILL` (`llvm.trap`) after printing
//!   the message that names the function, the offset and the entry.
//!
//! Check mode without a miss is covered by the corpus test, which builds every
//! program in check mode too and compares it with the stock build.

use reltab_tests::*;
use std::ffi::OsString;
use std::path::Path;
use std::process::Command;

const SCENARIOS: [&str; 4] = ["chorus", "discard", "upcast", "all"];

fn run_scenario(binary: &Path, scenario: &str) -> Outcome {
    let mut cmd = Command::new(binary);
    cmd.arg(scenario).env("LC_ALL", "C").env_remove("RUST_BACKTRACE");
    run_command(cmd, run_timeout()).unwrap_or_else(|e| panic!("cannot run {}: {e}", binary.display()))
}

const CHORUS_UNCONVERTED: &str =
    "reltab check: missed::chorus read the method entry at offset 48 of a vtable that reltab did not convert\n";
const CHORUS_MISSED: &str = "reltab check: a read that reltab did not rewrite took slot 48 \
                             (<missed::Dog as missed::Speak>::speak) of a converted vtable\n";
const DROP_MISSED: &str =
    "reltab check: a read that reltab did not rewrite took the drop entry of a converted vtable\n";
const SUPERTRAIT_MISSED: &str =
    "reltab check: a read that reltab did not rewrite took a supertrait entry of a converted vtable\n";

const DISCARD_UNCONVERTED: &str =
    "reltab check: missed::discard read the drop entry at offset 0 of a vtable that reltab did not convert\n";
const UPCAST_UNCONVERTED: &str =
    "reltab check: missed::upcast read the slot entry at offset 40 of a vtable that reltab did not convert\n";

/// The layouts whose checked forms are tested: `-reltab-check` alone checks
/// the compact one, the default.
const LAYOUTS: [&str; 2] = ["compact", "relative"];
const BOTH: &[&str] = &LAYOUTS;

/// (deliberate miss, scenario it breaks, message expected at the end of
/// stderr, layouts in which it does). A scenario not listed for a miss and
/// a layout does not reach it there.
const MISSES: [(&str, &str, &str, &[&str]); 14] = [
    // The vtables of Dog stay absolute: every read of one is a rewritten
    // read meeting an unconverted vtable...
    ("vtable:Dog", "chorus", CHORUS_UNCONVERTED, BOTH),
    ("vtable:Dog", "upcast", UPCAST_UNCONVERTED, BOTH),
    ("vtable:Dog", "all", CHORUS_UNCONVERTED, BOTH),
    // ... except, in the compact form, the drop, size and align reads of
    // dropping a Dog: the compact layout reads those of a table that starts
    // with a null pointer (Dog has no drop glue) in the absolute layout, as
    // it does the tables that hold no pointer, and gets them right.
    ("vtable:Dog", "discard", DISCARD_UNCONVERTED, &["relative"]),
    // Cat has drop glue: its absolute table starts with its drop function.
    ("vtable:Cat", "chorus", CHORUS_UNCONVERTED, BOTH),
    ("vtable:Cat", "discard", DISCARD_UNCONVERTED, BOTH),
    ("vtable:Cat", "upcast", UPCAST_UNCONVERTED, BOTH),
    ("vtable:Cat", "all", CHORUS_UNCONVERTED, BOTH),
    // One function's reads stay absolute: they meet trap entries.
    ("read:missed::chorus", "chorus", CHORUS_MISSED, BOTH),
    ("read:missed::chorus", "all", CHORUS_MISSED, BOTH),
    ("read:missed::discard", "discard", DROP_MISSED, BOTH),
    ("read:missed::discard", "all", DROP_MISSED, BOTH),
    // The upcast reads the trap vtable; the next (rewritten) read says so.
    ("read:missed::upcast", "upcast", SUPERTRAIT_MISSED, BOTH),
    ("read:missed::upcast", "all", SUPERTRAIT_MISSED, BOTH),
];

#[test]
fn check_mode_traps_on_a_deliberate_miss_and_nowhere_else() {
    plugin_path();
    let program = workspace_root().join("tests/check/missed.rs");
    let dir = scratch_dir("check_mode");
    let stock = build_in(&dir.join("stock"), &program, Variant::Baseline, &[]).expect("stock build");
    let expected: Vec<Outcome> = SCENARIOS.iter().map(|s| run_scenario(&stock, s)).collect();
    for (s, out) in SCENARIOS.iter().zip(&expected) {
        assert!(out.success(), "scenario {s} fails without the plugin: {}\n{}", out.status, out.stderr);
    }

    let mut failures = Vec::new();
    let misses: Vec<&str> = {
        let mut m: Vec<&str> = MISSES.iter().map(|m| m.0).collect();
        m.dedup();
        m
    };
    for layout in LAYOUTS {
        for miss in &misses {
            let sub = dir.join(format!("{layout}-{}", miss.replace([':', '/'], "-")));
            let options: OsString = format!("-reltab-check -reltab-layout={layout} -reltab-debug-miss={miss}").into();
            let binary = match build_in_env(&sub, &program, Variant::Plugin, &[], &[(OPTIONS_ENV, options)]) {
                Ok(b) => b,
                Err(e) => {
                    failures.push(format!("[{layout}, {miss}] build failed:\n{e}"));
                    continue;
                }
            };
            for (scenario, stock_outcome) in SCENARIOS.iter().zip(&expected) {
                let out = run_scenario(&binary, scenario);
                let caught =
                    MISSES.iter().find(|m| m.0 == *miss && m.1 == *scenario && m.3.contains(&layout)).map(|m| m.2);
                match caught {
                    Some(message) => {
                        if out.status != "signal 4" || !out.stderr.ends_with(message) {
                            failures.push(format!(
                                "[{layout}, {miss}, {scenario}] expected SIGILL after {message:?}, got {} with stderr {:?}",
                                out.status, out.stderr
                            ));
                        }
                    }
                    None => {
                        if let Some(d) = compare(stock_outcome, &out, "stock", "check mode") {
                            failures.push(format!(
                                "[{layout}, {miss}, {scenario}] not reached by the miss, yet differs:\n{d}"
                            ));
                        }
                    }
                }
            }
        }
    }
    for f in &failures {
        println!("{f}\n");
    }
    assert!(failures.is_empty(), "{} check-mode expectations failed, see above", failures.len());
    discard(&dir);
}

/// The same deliberate miss without check mode is the crash check mode is
/// for: no message from reltab, and not the stock behaviour.
#[test]
fn without_check_mode_the_same_miss_is_a_silent_crash() {
    plugin_path();
    let program = workspace_root().join("tests/check/missed.rs");
    let dir = scratch_dir("check_mode_off");
    let stock = build_in(&dir.join("stock"), &program, Variant::Baseline, &[]).expect("stock build");
    let options: OsString = "-reltab-debug-miss=read:missed::chorus".into();
    let binary =
        build_in_env(&dir.join("miss"), &program, Variant::Plugin, &[], &[(OPTIONS_ENV, options)]).expect("build");
    let out = run_scenario(&binary, "chorus");
    assert!(
        compare(&run_scenario(&stock, "chorus"), &out, "stock", "deliberate miss").is_some(),
        "the miss behaves like the stock build"
    );
    assert!(!out.success(), "the miss went unnoticed: {}\n{}", out.status, out.stdout);
    assert!(!out.stderr.contains("reltab"), "a message without check mode: {}", out.stderr);
    discard(&dir);
}
