//! `cargo reltab` on a real cargo project (`tests/cargo-app`: a program, its
//! library, a build script and a proc-macro, all with trait objects):
//! - `compare` builds it without and with reltab, converts the program, and
//!   measures both builds (and their RELR links); every build behaves as
//!   the stock one;
//! - the plugin reaches the target's crates only: the build script and the
//!   proc-macro are compiled without it (seen through the user's own
//!   `RUSTC_WRAPPER`, which `cargo reltab` keeps);
//! - `build` says what it converted, and runs as a cargo subcommand;
//! - a wrong set-up is one clear message: not a cargo project, no plugin, a
//!   plugin for another host, no such toolchain, a wrong command;
//! - a toolchain the plugin has no audit of is audited on first use.

use reltab_tests::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn cargo_reltab() -> PathBuf {
    let path = workspace_root().join("target/release/cargo-reltab");
    assert!(path.is_file(), "{} is missing: cargo build --release", path.display());
    path
}

/// A copy of `tests/cargo-app` in a scratch directory (its own target/).
fn project(name: &str) -> PathBuf {
    copy_of("tests/cargo-app", name)
}

/// A copy of a project of this repository in a scratch directory.
fn copy_of(fixture: &str, name: &str) -> PathBuf {
    let dir = scratch_dir(name);
    let source = workspace_root().join(fixture).join(".");
    let status = Command::new("cp").arg("-r").arg(source).arg(&dir).status().expect("cp");
    assert!(status.success());
    dir
}

fn command(cwd: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(cargo_reltab());
    cmd.args(args).current_dir(cwd).env("RELTAB_PLUGIN", plugin_path()).env_remove("RUSTC_WRAPPER");
    cmd
}

fn run_ok(cmd: Command) -> Outcome {
    let out = run_command(cmd, build_timeout()).expect("cargo-reltab runs");
    assert!(out.success(), "cargo reltab failed ({}):\n{}\n{}", out.status, out.stdout, out.stderr);
    out
}

fn run_program(path: &Path) -> Outcome {
    let mut cmd = Command::new(path);
    cmd.arg("3");
    run_command(cmd, run_timeout()).expect("program runs")
}

#[test]
fn compare_converts_measures_and_keeps_behaviour() {
    let dir = project("cargo-reltab-compare");
    let log = dir.join("rustc-calls.log");
    let logger = dir.join("log-rustc.sh");
    std::fs::write(&logger, format!("#!/bin/sh\necho \"$*\" >> '{}'\nexec \"$@\"\n", log.display())).unwrap();
    Command::new("chmod").arg("+x").arg(&logger).status().unwrap();
    let json = dir.join("compare.json");

    let mut cmd = command(&dir, &["compare", "--runs", "3", "--relr", "--keep-bitcode", "--json"]);
    cmd.arg(&json).env("RUSTC_WRAPPER", &logger);
    let out = run_ok(cmd);
    for row in [
        "file size (bytes)",
        ".data.rel.ro (bytes)",
        ".rela.dyn (bytes)",
        "dynamic relocations",
        "vtables converted",
        "loader start-up",
        "private dirty",
    ] {
        assert!(out.stdout.contains(row), "no row `{row}` in:\n{}", out.stdout);
    }
    assert!(out.stdout.contains("reltab: converted"), "{}", out.stdout);

    let figures: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let programs = figures["programs"].as_array().unwrap();
    assert_eq!(programs.len(), 1, "one program: {figures:#}");
    let builds = programs[0]["builds"].as_array().unwrap();
    let labels: Vec<&str> = builds.iter().map(|b| b["build"].as_str().unwrap()).collect();
    assert_eq!(labels, ["stock", "stock+RELR", "reltab", "reltab+RELR"]);
    let (stock, stock_relr, reltab) = (&builds[0], &builds[1], &builds[2]);
    assert_eq!(reltab["reltab"]["converted"], true, "{reltab:#}");
    let relative = |b: &serde_json::Value| b["relative_relocations"].as_u64().unwrap();
    let section = |b: &serde_json::Value, s: &str| b["sections"][s].as_u64().unwrap_or(0);
    assert!(relative(reltab) < relative(stock), "{} !< {}", relative(reltab), relative(stock));
    assert!(section(reltab, ".data.rel.ro") < section(stock, ".data.rel.ro"));
    assert!(section(stock_relr, ".relr.dyn") > 0 && section(stock_relr, ".rela.dyn") < section(stock, ".rela.dyn"));
    for b in builds {
        assert!(b["startup"]["loader_cycles_median"].as_u64().unwrap() > 0, "{b:#}");
        assert!(b["fat_lto_seconds"].as_f64().unwrap() > 0.0, "{b:#}");
        assert!(Path::new(b["bitcode"].as_str().unwrap()).is_file(), "{b:#}");
    }

    // Every build, RELR links included, behaves as the stock one.
    let expected = run_program(Path::new(stock["path"].as_str().unwrap()));
    assert!(expected.success() && expected.stdout.contains("total"), "{expected:?}");
    for b in &builds[1..] {
        let got = run_program(Path::new(b["path"].as_str().unwrap()));
        assert_eq!(
            (&got.stdout, &got.stderr, &got.status),
            (&expected.stdout, &expected.stderr, &expected.status),
            "{}",
            b["build"]
        );
    }

    // The plugin went to the program and its library (target crates) only.
    let calls = std::fs::read_to_string(&log).unwrap();
    let crate_calls =
        |name: &str| -> Vec<&str> { calls.lines().filter(|l| l.contains(&format!("--crate-name {name} "))).collect() };
    for host_crate in ["build_script_build", "shapes_derive"] {
        let lines = crate_calls(host_crate);
        assert!(!lines.is_empty(), "{host_crate} was never compiled:\n{calls}");
        assert!(lines.iter().all(|l| !l.contains("-Zllvm-plugins")), "{host_crate} got the plugin:\n{lines:#?}");
    }
    let program = crate_calls("shapes_app");
    assert_eq!(
        program.iter().filter(|l| l.contains("-Zllvm-plugins")).count(),
        2,
        "lib and bin with the plugin:\n{program:#?}"
    );
    discard(&dir);
}

#[test]
fn build_as_a_cargo_subcommand_says_what_it_converted() {
    let dir = project("cargo-reltab-build");
    // `cargo reltab` finds cargo-reltab on PATH.
    let path = format!("{}:{}", cargo_reltab().parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let mut cmd = Command::new("cargo");
    cmd.args(["reltab", "build"]).current_dir(&dir).env("PATH", path).env("RELTAB_PLUGIN", plugin_path());
    let out = run_ok(cmd);
    assert!(out.stdout.contains("shapes-app: ") && out.stdout.contains("converted"), "{}", out.stdout);
    let built = dir.join("target/reltab/reltab").join(host()).join("release/shapes-app");

    behaves_as_stock(&dir, "nightly", &built);
    discard(&dir);
}

/// `built`, the cargo-app program of `dir` built by cargo reltab, behaves as
/// the same program built by plain cargo with `toolchain` at fat LTO.
fn behaves_as_stock(dir: &Path, toolchain: &str, built: &Path) {
    let mut stock = Command::new("cargo");
    stock
        .args([&format!("+{toolchain}"), "build", "--release", "--quiet"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target/plain"))
        .env("CARGO_PROFILE_RELEASE_LTO", "fat")
        .env_remove("RUSTC_WRAPPER");
    run_ok(stock);
    let expected = run_program(&dir.join("target/plain/release/shapes-app"));
    let got = run_program(built);
    assert_eq!((&got.stdout, &got.status), (&expected.stdout, &expected.status));
}

fn host() -> String {
    let out = Command::new("rustc").args(["+nightly", "-vV"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines().find_map(|l| l.strip_prefix("host: ")).unwrap().to_string()
}

#[test]
fn a_wrong_set_up_is_one_clear_message() {
    // Outside this repository, which is a cargo project itself.
    let empty = std::env::temp_dir().join(format!("cargo-reltab-not-a-project-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let app = project("cargo-reltab-errors");
    let cases: &[(&Path, &[&str], i32, &str)] = &[
        (&empty, &["build"], 1, "not a cargo project"),
        (&app, &["build", "--plugin", "/nonexistent/libreltab.so"], 1, "does not exist"),
        (&app, &["build", "--toolchain", "no-such-toolchain"], 1, "no usable `no-such-toolchain` toolchain"),
        (&app, &["bild"], 2, "unknown command `bild`"),
        (&app, &["compare", "--runs", "many"], 2, "--runs needs a number of starts, not `many`"),
    ];
    for (cwd, args, code, message) in cases {
        let out = run_command(command(cwd, args), build_timeout()).unwrap();
        assert_eq!(out.code, Some(*code), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(message), "{args:?}: expected `{message}` in:\n{}", out.stderr);
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    }
    // The plugin built for opt is refused by the plugin itself, in its words.
    let opt_plugin = opt_plugin_path();
    let out =
        run_command(command(&app, &["build", "--plugin", opt_plugin.to_str().unwrap()]), build_timeout()).unwrap();
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(
        out.stderr.contains("cannot load the plugin") && out.stderr.contains("load libreltab.so instead"),
        "{}",
        out.stderr
    );
    assert!(!app.join("target").exists(), "nothing is built when the set-up is wrong");
    std::fs::remove_dir_all(&empty).unwrap();
    discard(&app);
}

/// A toolchain the plugin has no audit of is audited by `cargo reltab` on
/// first use, into its audit cache, where the plugin finds it and converts.
/// `-reltab-forget-audit` (testing only) makes the plugin forget its
/// compiled-in audit of stable 1.95, so that stable is such a toolchain; the
/// audit cargo reltab makes of it must then agree with the compiled-in one
/// (`audit/`), and the second build must not audit again.
#[test]
fn an_unknown_toolchain_is_audited_on_first_use() {
    let dir = project("cargo-reltab-audit");
    let cache = dir.join("audit-cache");
    let build = || {
        let mut cmd = command(&dir, &["build", "--toolchain", "stable", "--audit-cache", cache.to_str().unwrap()]);
        cmd.env("RELTAB_OPTIONS", "-reltab-forget-audit=1.95.0");
        run_ok(cmd)
    };
    let first = build();
    assert!(
        first.stderr.contains("has no audit of the precompiled std of rustc version 1.95.0")
            && first.stderr.contains("[audit] done"),
        "no audit on first use:\n{}",
        first.stderr
    );
    assert!(first.stdout.contains("shapes-app: ") && first.stdout.contains("converted"), "{}", first.stdout);
    assert!(!first.stdout.contains("NOT converted"), "{}", first.stdout);

    let name = "rustc-1.95.0-59807616e-2026-04-14.json";
    let read = |path: PathBuf| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
            .unwrap()
    };
    let (made, compiled_in) = (read(cache.join(name)), read(workspace_root().join("audit").join(name)));
    for key in ["compilers", "indirect_calls", "by_class", "unknown", "layouts"] {
        assert_eq!(made[key], compiled_in[key], "the audit made on first use differs in {key}");
    }

    let second = build();
    assert!(!second.stderr.contains("[audit]"), "audited again:\n{}", second.stderr);
    assert!(second.stdout.contains("converted") && !second.stdout.contains("NOT converted"), "{}", second.stdout);

    behaves_as_stock(&dir, "stable", &dir.join("target/reltab/reltab").join(host()).join("release/shapes-app"));
    discard(&dir);
}

/// What the library's two functions return, called from C through the
/// static library, or from Python through the shared one.
fn use_static_library(dir: &Path, archive: &Path, label: &str) -> Outcome {
    let main = dir.join("main.c");
    std::fs::write(
        &main,
        "#include <stdio.h>\n#include <stdint.h>\ndouble shapes_total_area(uint32_t);\n\
         uint64_t shapes_names_length(uint32_t);\nint main(void) {\n\
         for (uint32_t n = 0; n < 12; n += 5) printf(\"%u %.6f %lu\\n\", n, shapes_total_area(n), \
         (unsigned long)shapes_names_length(n));\nreturn 0;\n}\n",
    )
    .unwrap();
    let program = dir.join(format!("c-{label}"));
    let mut cc = Command::new("cc");
    cc.arg(&main).arg(archive).args(["-lpthread", "-ldl", "-lm", "-o"]).arg(&program);
    run_ok(cc);
    run_command(Command::new(&program), run_timeout()).expect("the C program runs")
}

fn use_shared_library(library: &Path) -> Outcome {
    let script =
        "import ctypes, sys\nlib = ctypes.CDLL(sys.argv[1])\nlib.shapes_total_area.restype = ctypes.c_double\n\
                  lib.shapes_names_length.restype = ctypes.c_uint64\n\
                  for n in (0, 5, 10): print(n, '%.6f' % lib.shapes_total_area(n), lib.shapes_names_length(n))\n";
    let mut cmd = Command::new("python3");
    cmd.args(["-c", script]).arg(library);
    run_command(cmd, run_timeout()).expect("python3 runs")
}

#[test]
fn libraries_are_reported_and_measured_like_programs() {
    // `tests/cargo-lib`: a cdylib and a staticlib with a C interface.
    let dir = copy_of("tests/cargo-lib", "cargo-reltab-library");
    // `build` names both libraries and says what reltab did with each.
    let out = run_ok(command(&dir, &["build"]));
    for kind in ["shared library", "static library"] {
        assert!(out.stdout.contains(&format!("shapes_ffi ({kind}): ")), "no line for the {kind}:\n{}", out.stdout);
    }

    // `compare` measures both, converted (the C interface carries no trait
    // object; --trust-boundary states it), with fewer relocations.
    let json = dir.join("compare.json");
    let mut cmd = command(&dir, &["compare", "--runs", "0", "--trust-boundary", "--json"]);
    cmd.arg(&json);
    let out = run_ok(cmd);
    assert!(
        out.stdout.contains("shared library") && out.stdout.contains("absolute data relocations"),
        "{}",
        out.stdout
    );
    let figures: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let artifacts = figures["programs"].as_array().unwrap();
    let kinds: Vec<&str> = artifacts.iter().map(|a| a["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["shared library", "static library"], "{figures:#}");
    let mut paths = Vec::new();
    for artifact in artifacts {
        let builds = artifact["builds"].as_array().unwrap();
        let (stock, reltab) = (&builds[0], &builds[1]);
        assert_eq!(reltab["reltab"]["converted"], true, "{reltab:#}");
        let relative = |b: &serde_json::Value| b["relative_relocations"].as_u64().unwrap();
        assert!(relative(reltab) < relative(stock), "{artifact:#}");
        assert!(reltab["sections"][".data.rel.ro"].as_u64() < stock["sections"][".data.rel.ro"].as_u64());
        paths.push((PathBuf::from(stock["path"].as_str().unwrap()), PathBuf::from(reltab["path"].as_str().unwrap())));
    }

    // Both behave as the stock build, used from Python and from C.
    let (expected, got) = (use_shared_library(&paths[0].0), use_shared_library(&paths[0].1));
    assert!(expected.success() && expected.stdout.lines().count() == 3, "{expected:?}");
    assert_eq!((&got.stdout, &got.status), (&expected.stdout, &expected.status));
    let (expected, got) =
        (use_static_library(&dir, &paths[1].0, "stock"), use_static_library(&dir, &paths[1].1, "reltab"));
    assert!(expected.success() && expected.stdout.lines().count() == 3, "{expected:?}");
    assert_eq!((&got.stdout, &got.status), (&expected.stdout, &expected.status));
    discard(&dir);
}

#[test]
fn vtables_lists_each_trait_and_agrees_with_the_report() {
    let dir = project("cargo-reltab-vtables");
    let json = dir.join("vtables.json");
    let mut cmd = command(&dir, &["vtables", "--json"]);
    cmd.arg(&json);
    let out = run_ok(cmd);
    assert!(out.stdout.contains("shapes_app::Shape") && out.stdout.contains("relocations saved"), "{}", out.stdout);
    let figures: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let program = &figures["programs"][0];
    assert_eq!(program["name"], "shapes-app", "{figures:#}");
    let report = reltab_report::Report::read(Path::new(program["report"].as_str().unwrap())).unwrap();
    let at_end = report.at_end_of_lto.expect("a count at the end of LTO");
    let costs = &program["vtables"];
    let n = |v: &serde_json::Value, key: &str| v[key].as_u64().unwrap();
    // The totals are the report's count of the end of LTO (converted: every
    // vtable left is relative, and each of its entries a relocation saved).
    assert_eq!(n(&costs["total"], "vtables"), at_end.relative_vtables as u64);
    assert_eq!(n(&costs["total"], "relocations_saved"), at_end.relative_entries as u64);
    assert_eq!(n(&costs["total"], "bytes_after"), at_end.relative_bytes);
    // Each grouping adds up to the total.
    for grouping in ["by_trait", "by_type"] {
        for key in ["vtables", "pointer_entries", "bytes_before", "bytes_after", "relocations_saved"] {
            let sum: u64 = costs[grouping].as_array().unwrap().iter().map(|c| n(c, key)).sum();
            assert_eq!(sum, n(&costs["total"], key), "{grouping} {key}");
        }
    }
    // The program's own trait: two implementations (Circle, Square), each a
    // drop entry and methods, smaller after.
    let shape = costs["by_trait"].as_array().unwrap().iter().find(|c| c["name"] == "shapes_app::Shape").unwrap();
    assert_eq!(n(shape, "vtables"), 2, "{shape:#}");
    assert!(n(shape, "bytes_after") < n(shape, "bytes_before"), "{shape:#}");
    discard(&dir);
}

#[test]
fn test_runs_the_projects_tests_three_ways() {
    // `tests/cargo-tested`: unit tests (one ignored), an integration test
    // and two doctests, trait objects everywhere.
    let dir = copy_of("tests/cargo-tested", "cargo-reltab-test");
    let out = run_ok(command(&dir, &["test", "--require-converted"]));
    for run in ["stock", "reltab", "check"] {
        assert!(out.stdout.contains(&format!("{run}: 6 passed, 0 failed, 1 ignored")), "{run}:\n{}", out.stdout);
    }
    assert_eq!(
        out.stdout.matches("fat-LTO links converted: test binaries 2/2, doctests 2/2").count(),
        2,
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("FAIL"), "{}", out.stdout);

    // A deliberate miss (the Square's vtables left absolute, their reads
    // rewritten): the tests that pass stock fail, and check mode says why.
    let mut cmd = command(&dir, &["test"]);
    cmd.env("RELTAB_OPTIONS", "-reltab-debug-miss=vtable:Square");
    let out = run_command(cmd, build_timeout()).expect("cargo-reltab runs");
    assert!(!out.success(), "a miss must fail:\n{}", out.stdout);
    assert!(out.stdout.contains("tests that pass stock do not pass check"), "{}", out.stdout);
    assert!(out.stdout.contains("FAIL: check mode trapped"), "{}", out.stdout);
    assert!(out.stdout.contains("reltab check: shapes_tested::total_area read the method entry"), "{}", out.stdout);
    discard(&dir);
}
