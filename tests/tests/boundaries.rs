//! Binary boundaries: a fat-LTO module that is not the whole program.
//!
//! reltab changes the layout of the vtables of the module it converts, so a
//! trait object's vtable pointer must never reach code built without it, nor
//! come from there. The boundary analysis (`plugin/src/boundary.rs`) refuses
//! a module whose vtable pointers can cross its interface (`crosses-boundary`)
//! or that calls Rust code it does not hold (`rust-outside-module`); the
//! user may vouch for the other side with `-reltab-trust-boundary`.
//!
//! The programs are in `tests/boundary/` (each file says what crosses):
//!
//! * `plugin_lib.rs` (a cdylib) and `host.rs` (a Rust program linking it)
//!   exchange `Box<dyn Shape>` ten ways, one per `STEP` (`out`, `in`,
//!   `boxed`, `wide`, `vec`, `static`; as words kept in a table: `handle`,
//!   `word`; by atomic exchanges: `swap`, `exchange`; no `STEP` runs them
//!   all). Built with reltab, either side must be refused, so that any mix
//!   of stock and reltab builds behaves as the all-stock pair (before the
//!   analysis, each mixed pair crashed at every step); both sides trusted
//!   must be converted and agree; one side trusted in check mode must trap
//!   with reltab's message instead of crashing at random.
//! * `atomic_lib.rs` and `atomic_host.rs`: a cdylib through which a trait
//!   object crosses by one atomic exchange only, either way; and
//!   `variadic_lib.rs`, `variadic_host.rs`: as a variadic argument;
//!   `held_lib.rs`, `held_host.rs`: in a static whose address it returns;
//!   `tls_lib.rs`, `tls_host.rs`: kept in a thread-local;
//!   `callback_lib.rs`, `callback_host.rs`: given to the host's callback;
//!   `found_lib.rs`, `found_host.rs`: inside what `memchr` found;
//!   `returned_lib.rs`, `returned_host.rs`: inside what a method called
//!   through a vtable returned;
//!   `kept_lib.rs`, `kept_host.rs`: inside what `pthread_getspecific`, or
//!   native code the library links (`native_keeper.c`), hands back of what
//!   it kept, either way; `thread_lib.rs`, `thread_host.rs`: given to a
//!   thread's start routine through `pthread_create`, or made by one and
//!   handed out from `pthread_join`; `callbacks_lib.rs`,
//!   `callbacks_host.rs`: given to the C library with callbacks it calls
//!   later (`fopencookie`'s, in a struct; a search tree's walk);
//!   `words_lib.rs`, `words_host.rs`: as a
//!   word kept in the library's table, a handle it hands out or the host's
//!   word it reads back as a pointer.
//!   Each refused (each but the callback was converted, and the stock host
//!   crashed).
//! * `table_lib.rs`, `table_host.rs`: a C interface that calls the
//!   library's functions through tables of function pointers with the
//!   host's pointer: converted, in normal and in check mode.
//! * `dlopen_host.rs`: a Rust host that loads the stock `plugin_lib.rs` at
//!   run time and calls it through functions it looks up with `dlsym`:
//!   refused (it was converted, and crashed).
//! * `dylib_lib.rs`, `dylib_private.rs` (Rust dylibs at fat LTO, std as a
//!   shared library) and their hosts: refused as `rust-outside-module`, even
//!   when trusted (before, the first failed to link and the second crashed).
//! * `static_lib.rs` (a staticlib with a C interface) and `static_main.c`
//!   (gcc): nothing crosses, so it is converted, with fewer relocations.
//!
//! Every artifact is built once and run for every step: the all-stock cdylib
//! and host are shared by the four cdylib tests, the checked pair by the two
//! check-mode tests.

use reltab_report::{Form, RefusalCode, Report};
use reltab_tests::*;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The crossings of `host.rs`, one per `STEP` (its `None` runs them all).
const STEPS: [Option<&str>; 11] = [
    None,
    Some("out"),
    Some("in"),
    Some("boxed"),
    Some("wide"),
    Some("vec"),
    Some("static"),
    Some("handle"),
    Some("word"),
    Some("swap"),
    Some("exchange"),
];

/// The argument every host run gets (`host.rs` derives its objects from it).
const HOST_ARG: &str = "3";

fn source(name: &str) -> PathBuf {
    workspace_root().join("tests/boundary").join(name)
}

fn step_name(step: Option<&str>) -> &str {
    step.unwrap_or("all")
}

/// Runs one rustc invocation in `dir` (created). For [`Variant::Plugin`],
/// `options` go to the plugin with `-reltab-report=<dir>/report.json` added,
/// and the report is returned.
fn rustc_in(dir: &Path, variant: Variant, options: &str, args: Vec<OsString>) -> Option<Report> {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    let report = dir.join("report.json");
    let mut env = Vec::new();
    if variant == Variant::Plugin {
        let mut value = OsString::from(options);
        value.push(" ");
        value.push(report_option(&report));
        env.push((OPTIONS_ENV, value));
    }
    if let Err(e) = rustc_env(variant, &args, &env, dir) {
        panic!("build in {} failed:\n{e}", dir.display());
    }
    (variant == Variant::Plugin)
        .then(|| Report::read(&report).unwrap_or_else(|e| panic!("{}: no report: {e}", dir.display())))
}

/// Builds `plugin_lib.rs` as `<dir>/libplugin_lib.so`.
fn build_cdylib(dir: &Path, variant: Variant, options: &str) -> Option<Report> {
    let args: Vec<OsString> = vec![
        "--crate-type=cdylib".into(),
        "--crate-name=plugin_lib".into(),
        source("plugin_lib.rs").into(),
        "--out-dir".into(),
        dir.into(),
    ];
    rustc_in(dir, variant, options, args)
}

/// Builds `host.rs` as `<dir>/host`, linked against the stock library in
/// `lib_dir` (which library it gets is chosen at run time).
fn build_host(dir: &Path, lib_dir: &Path, variant: Variant, options: &str) -> Option<Report> {
    let args: Vec<OsString> = vec![
        "--crate-type=bin".into(),
        source("host.rs").into(),
        "-L".into(),
        lib_dir.into(),
        "-o".into(),
        dir.join("host").into(),
    ];
    rustc_in(dir, variant, options, args)
}

/// A library and a host built with the same plugin options, in parallel.
struct Pair {
    dir: PathBuf,
    lib_dir: PathBuf,
    host: PathBuf,
    lib_report: Report,
    host_report: Report,
}

fn build_pair(name: &str, options: &str) -> Pair {
    let dir = scratch_dir(&format!("boundary-{name}"));
    let (lib_dir, host_dir) = (dir.join("lib"), dir.join("host"));
    let stock_lib = &stock().lib_dir;
    let (lib_report, host_report) = std::thread::scope(|s| {
        let lib = s.spawn(|| build_cdylib(&lib_dir, Variant::Plugin, options));
        let host = build_host(&host_dir, stock_lib, Variant::Plugin, options);
        (lib.join().expect("library build").unwrap(), host.unwrap())
    });
    Pair { dir, lib_dir, host: host_dir.join("host"), lib_report, host_report }
}

/// The all-stock pair and what it does at every step: the reference.
struct Stock {
    lib_dir: PathBuf,
    host: PathBuf,
    outcomes: Vec<Outcome>,
}

fn stock() -> &'static Stock {
    static STOCK: OnceLock<Stock> = OnceLock::new();
    STOCK.get_or_init(|| {
        let dir = scratch_dir("boundary-stock");
        let lib_dir = dir.join("lib");
        build_cdylib(&lib_dir, Variant::Baseline, "");
        build_host(&dir.join("host"), &lib_dir, Variant::Baseline, "");
        let host = dir.join("host/host");
        let outcomes: Vec<Outcome> = STEPS.iter().map(|&s| run_host(&host, &lib_dir, s)).collect();
        for (s, o) in STEPS.iter().zip(&outcomes) {
            assert!(o.success(), "the all-stock pair fails at STEP={}: {}\n{}", step_name(*s), o.status, o.stderr);
        }
        Stock { lib_dir, host, outcomes }
    })
}

/// Runs `host` with the library of `lib_dir`, at `step`.
fn run_host(host: &Path, lib_dir: &Path, step: Option<&str>) -> Outcome {
    let mut cmd = Command::new(host);
    cmd.arg(HOST_ARG)
        .env("LD_LIBRARY_PATH", lib_dir)
        .env("LC_ALL", "C")
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .env_remove("STEP");
    if let Some(s) = step {
        cmd.env("STEP", s);
    }
    run_command(cmd, run_timeout()).unwrap_or_else(|e| panic!("cannot run {}: {e}", host.display()))
}

/// Runs `host` with `lib_dir` at every step; a failure for each step that
/// does not behave as the all-stock pair.
fn behaves_as_stock(label: &str, host: &Path, lib_dir: &Path) -> Vec<String> {
    let mut failures = Vec::new();
    for (&step, expected) in STEPS.iter().zip(&stock().outcomes) {
        let out = run_host(host, lib_dir, step);
        if let Some(d) = compare(expected, &out, "all stock", label) {
            failures.push(format!("{label}, STEP={}: behaves differently\n{d}", step_name(step)));
        }
    }
    failures
}

/// A failure unless the module was refused for `crosses-boundary` alone.
fn refused_for_crossing(what: &str, report: &Report) -> Option<String> {
    let codes = report.refusal_codes();
    let only_crossing = !codes.is_empty() && codes.iter().all(|&c| c == RefusalCode::CrossesBoundary);
    (report.converted() || !only_crossing).then(|| {
        format!(
            "{what}: expected refused for crosses-boundary only, got converted={} codes={codes:?}: {}",
            report.converted(),
            report.refusal_text()
        )
    })
}

fn report_failures(failures: &[String]) {
    for f in failures {
        println!("{f}\n");
    }
    assert!(failures.is_empty(), "{} expectations failed, see above", failures.len());
}

/// (1) The cdylib and its host built with reltab are both refused for
/// `crosses-boundary`, so all four combinations (library stock or reltab ×
/// host stock or reltab) behave exactly as the all-stock pair (stdout,
/// stderr, exit status) at every step.
#[test]
fn cdylib_and_host_are_refused_and_every_mix_behaves_as_stock() {
    let stock = stock();
    let reltab = build_pair("reltab", "");
    let mut failures = Vec::new();
    failures.extend(refused_for_crossing("library built with reltab", &reltab.lib_report));
    failures.extend(refused_for_crossing("host built with reltab", &reltab.host_report));
    // The warning names the library's own crossings first, in Rust terms.
    let first = reltab.lib_report.refusal_text().split("; ").next().unwrap_or_default().to_string();
    let named = "the exported static LIB_SHAPE holds the vtable of <plugin_lib::simple_shapes::Circle as plugin_lib::shape::Shape>";
    if !first.contains(named) {
        failures.push(format!("the library's refusal should start with `{named}`, not: {first}"));
    }
    for (lib_label, lib_dir) in [("stock", &stock.lib_dir), ("reltab", &reltab.lib_dir)] {
        for (host_label, host) in [("stock", &stock.host), ("reltab", &reltab.host)] {
            failures.extend(behaves_as_stock(&format!("library {lib_label} × host {host_label}"), host, lib_dir));
        }
    }
    report_failures(&failures);
    discard(&reltab.dir);
}

/// (1b) With `-reltab-trust-boundary` on both sides, both are converted, and
/// the pair behaves as the all-stock pair at every step (the library with
/// fewer relocations).
#[test]
fn trusted_cdylib_and_host_are_converted_and_agree() {
    let stock = stock();
    let trusted = build_pair("trusted", "-reltab-trust-boundary");
    let mut failures = Vec::new();
    for (what, report) in [("library", &trusted.lib_report), ("host", &trusted.host_report)] {
        if !report.converted() {
            failures.push(format!("trusted {what}: not converted: {}", report.refusal_text()));
        }
    }
    failures.extend(behaves_as_stock("library trusted × host trusted", &trusted.host, &trusted.lib_dir));
    let so = |dir: &Path| dir.join("libplugin_lib.so");
    let (before, after) = (relative_relocations(&so(&stock.lib_dir)), relative_relocations(&so(&trusted.lib_dir)));
    println!("libplugin_lib.so R_X86_64_RELATIVE: stock {before}, trusted {after}");
    if after >= before {
        failures.push(format!("trusted library: {after} relative relocations, {before} stock"));
    }
    report_failures(&failures);
    discard(&trusted.dir);
}

/// The message check mode writes when a rewritten read meets a vtable reltab
/// did not convert (a foreign vtable read in the checked module) or an
/// unrewritten read meets a converted one (the checked module's vtable read
/// outside): docs/check-mode.md.
fn is_check_message(line: &str) -> bool {
    line.starts_with("reltab check: ")
        && (line.ends_with(" of a vtable that reltab did not convert") || line.ends_with(" of a converted vtable"))
}

/// What the two mixed check-mode pairs print at STEP=out, where `make_shape`
/// drops the host's box: the checked library's rewritten read of the stock
/// host's vtable; the stock library's read of the checked host's vtable.
const OUT_FROM_CHECKED_LIBRARY: &str =
    "reltab check: make_shape read the drop entry at offset 0 of a vtable that reltab did not convert";
const OUT_FROM_CHECKED_HOST: &str =
    "reltab check: a read that reltab did not rewrite took the drop entry of a converted vtable";

/// The library and the host built with `-reltab-trust-boundary
/// -reltab-check`, shared by the check-mode tests; both must have been
/// converted to the checked form of the compact layout, the default.
fn checked() -> &'static Pair {
    static CHECKED: OnceLock<Pair> = OnceLock::new();
    CHECKED.get_or_init(|| {
        let pair = build_pair("checked", "-reltab-trust-boundary -reltab-check");
        for (what, report) in [("library", &pair.lib_report), ("host", &pair.host_report)] {
            let form = report.conversion.as_ref().and_then(|c| c.form);
            assert!(
                report.converted() && form == Some(Form::CheckedCompact),
                "checked {what}: converted={} form={form:?}: {}",
                report.converted(),
                report.refusal_text()
            );
        }
        pair
    })
}

/// (2) Check mode with the opt-in: one side built with `-reltab-trust-boundary
/// -reltab-check`, the other stock. The trust is misplaced, and every step
/// must die by `SIGILL` with check mode's message as the last line of stderr
/// instead of crashing at random. At STEP=out (and with no STEP, which
/// starts with it) the message is exact, one per direction: the checked
/// library's rewritten read meets the stock host's vtable; the stock
/// library's unrewritten read meets the checked host's vtable.
#[test]
fn check_mode_catches_a_misplaced_trust_in_both_directions() {
    let (stock, checked) = (stock(), checked());
    let mixes = [
        ("library checked × host stock", &stock.host, &checked.lib_dir, OUT_FROM_CHECKED_LIBRARY),
        ("library stock × host checked", &checked.host, &stock.lib_dir, OUT_FROM_CHECKED_HOST),
    ];
    let mut failures = Vec::new();
    for (label, host, lib_dir, out_message) in mixes {
        for step in STEPS {
            let out = run_host(host, lib_dir, step);
            let last = out.stderr.lines().last().unwrap_or("");
            let exact = matches!(step, None | Some("out"));
            let caught = out.status == "signal 4" && if exact { last == out_message } else { is_check_message(last) };
            println!("{label:<30} STEP={:<7} {:<10} {last}", step_name(step), out.status);
            if !caught {
                failures.push(format!(
                    "{label}, STEP={}: expected SIGILL after reltab's check-mode message{}, got {}\n\
                     --- stdout ---\n{}--- stderr ---\n{}",
                    step_name(step),
                    if exact { format!(" {out_message:?}") } else { String::new() },
                    out.status,
                    out.stdout,
                    out.stderr
                ));
            }
        }
    }
    report_failures(&failures);
}

/// (2b) Both sides trusted and in check mode: nothing is missed, so the pair
/// behaves exactly as the all-stock pair at every step. Each binary's check
/// marker is a function of its own, at its own address; a table checked by
/// the other binary passes the checks because its marker's code carries the
/// same magic (check_mode.rs, `define_marker`). Before, the first read
/// across the boundary trapped.
#[test]
fn both_sides_checked_behave_as_stock() {
    let checked = checked();
    report_failures(&behaves_as_stock("library checked × host checked", &checked.host, &checked.lib_dir));
}

/// (2c) Both sides in check mode, in different layouts (the library in the
/// checked relative form, the host in the checked compact one): the magic
/// names the form, so each side's checks still refuse the other's tables,
/// and every step dies by `SIGILL` with check mode's message.
#[test]
fn checked_pair_in_different_layouts_traps() {
    let checked = checked();
    let dir = scratch_dir("boundary-checked-relative");
    let report = build_cdylib(&dir, Variant::Plugin, "-reltab-trust-boundary -reltab-check -reltab-layout=relative")
        .expect("a report");
    let form = report.conversion.as_ref().and_then(|c| c.form);
    assert!(report.converted() && form == Some(Form::CheckedRelative), "form={form:?}: {}", report.refusal_text());
    let mut failures = Vec::new();
    for step in STEPS {
        let out = run_host(&checked.host, &dir, step);
        let last = out.stderr.lines().last().unwrap_or("");
        println!(
            "library checked-relative × host checked-compact STEP={:<7} {:<10} {last}",
            step_name(step),
            out.status
        );
        if !(out.status == "signal 4" && is_check_message(last)) {
            failures.push(format!(
                "STEP={}: expected SIGILL after reltab's check-mode message, got {}\n--- stderr ---\n{}",
                step_name(step),
                out.status,
                out.stderr
            ));
        }
    }
    report_failures(&failures);
    discard(&dir);
}

/// The toolchain's std as a shared library, for hosts built with
/// `-Cprefer-dynamic`.
fn std_libdir() -> String {
    let out = rustc_command().args(["--print", "target-libdir"]).output().expect("rustc --print target-libdir");
    String::from_utf8(out.stdout).expect("a path").trim().to_string()
}

/// Builds the Rust dylib `name` (`tests/boundary/<name>.rs`, fat LTO with
/// `-Zdylib-lto -Cprefer-dynamic`) into `dir`, then its host `host_src`
/// (no LTO, no reltab, `-Cprefer-dynamic`), runs it, and returns the
/// outcome and the dylib's report.
fn dylib_case(dir: &Path, name: &str, host_src: &str, variant: Variant, options: &str) -> (Outcome, Option<Report>) {
    let lib_args: Vec<OsString> = vec![
        "--crate-type=dylib".into(),
        format!("--crate-name={name}").into(),
        source(&format!("{name}.rs")).into(),
        "--out-dir".into(),
        dir.into(),
        "-Zdylib-lto".into(),
        "-Cprefer-dynamic".into(),
    ];
    let report = rustc_in(dir, variant, options, lib_args);
    let mut extern_arg = OsString::from(format!("{name}="));
    extern_arg.push(dir.join(format!("lib{name}.so")));
    let host = dir.join("host");
    let host_args: Vec<OsString> = vec![
        "--crate-type=bin".into(),
        source(host_src).into(),
        "--extern".into(),
        extern_arg,
        "-L".into(),
        dir.into(),
        "-o".into(),
        host.clone().into(),
        "-Clto=no".into(),
        "-Cprefer-dynamic".into(),
    ];
    rustc_in(dir, Variant::Baseline, "", host_args);
    let mut cmd = Command::new(&host);
    let mut path = OsString::from(dir);
    path.push(":");
    path.push(std_libdir());
    cmd.arg(HOST_ARG).env("LD_LIBRARY_PATH", path).env("LC_ALL", "C").env_remove("RUST_BACKTRACE");
    (run_command(cmd, run_timeout()).expect("run the dylib's host"), report)
}

/// (3) A Rust dylib at fat LTO (`-Zdylib-lto -Cprefer-dynamic`) calls std in
/// libstd.so: built with reltab it links (it used to fail to link with a
/// PC-relative entry against an exported method), is refused for
/// `rust-outside-module` (also with `-reltab-trust-boundary`, which vouches
/// only for the module's interface, not for Rust code it does not hold), and
/// behaves as the stock build. `dylib_private` has no exported method, so it
/// always linked, and converted it crashed in libstd.so's thread start.
#[test]
fn rust_dylib_is_refused_as_rust_outside_the_module() {
    let mut failures = Vec::new();
    for (name, host_src) in [("dylib_lib", "dylib_host.rs"), ("dylib_private", "dylib_private_host.rs")] {
        let dir = scratch_dir(&format!("boundary-{name}"));
        let (expected, _) = dylib_case(&dir.join("stock"), name, host_src, Variant::Baseline, "");
        assert!(expected.success(), "{name}: the stock build fails: {}\n{}", expected.status, expected.stderr);
        for (label, options) in [("reltab", ""), ("reltab trusted", "-reltab-trust-boundary")] {
            let (out, report) =
                dylib_case(&dir.join(label.replace(' ', "-")), name, host_src, Variant::Plugin, options);
            let report = report.expect("a report");
            let codes = report.refusal_codes();
            println!("{name} {label}: converted={} codes={codes:?}", report.converted());
            if report.converted() || !codes.contains(&RefusalCode::RustOutsideModule) {
                failures.push(format!(
                    "{name} {label}: expected refused for rust-outside-module, got converted={} codes={codes:?}: {}",
                    report.converted(),
                    report.refusal_text()
                ));
            }
            if !options.is_empty() && codes != [RefusalCode::RustOutsideModule] {
                failures.push(format!("{name} {label}: trusted, only rust-outside-module expected, got {codes:?}"));
            }
            if let Some(d) = compare(&expected, &out, "stock", label) {
                failures.push(format!("{name} {label}: behaves differently\n{d}"));
            }
        }
    }
    report_failures(&failures);
}

/// (4) A staticlib whose interface is C only (`calc_run(const char *,
/// int64_t)`), linked into a C program by gcc: no vtable pointer crosses, so
/// the reltab build is converted, prints what the stock build prints, and
/// has fewer `R_X86_64_RELATIVE` relocations.
#[test]
fn staticlib_with_a_c_interface_is_converted() {
    let dir = scratch_dir("boundary-staticlib");
    let build = |variant: Variant| {
        let sub = dir.join(variant.name());
        let args: Vec<OsString> = vec![
            "--crate-type=staticlib".into(),
            "--crate-name=static_lib".into(),
            source("static_lib.rs").into(),
            "--out-dir".into(),
            sub.clone().into(),
        ];
        let report = rustc_in(&sub, variant, "", args);
        let main = sub.join("main");
        let gcc = Command::new("gcc")
            .arg("-O2")
            .arg(source("static_main.c"))
            .arg(sub.join("libstatic_lib.a"))
            .arg("-o")
            .arg(&main)
            .args(["-lpthread", "-ldl", "-lm"])
            .output()
            .expect("run gcc");
        assert!(gcc.status.success(), "gcc failed in {}:\n{}", sub.display(), String::from_utf8_lossy(&gcc.stderr));
        (main, report)
    };
    let (stock_main, _) = build(Variant::Baseline);
    let (reltab_main, report) = build(Variant::Plugin);
    let report = report.expect("a report");
    assert!(
        report.converted(),
        "the staticlib was not converted: {:?}: {}",
        report.refusal_codes(),
        report.refusal_text()
    );
    let expected = run(&stock_main);
    assert!(expected.success(), "the stock program fails: {}\n{}", expected.status, expected.stderr);
    if let Some(d) = compare(&expected, &run(&reltab_main), "stock", "reltab") {
        panic!("the staticlib program behaves differently\n{d}");
    }
    let (before, after) = (relative_relocations(&stock_main), relative_relocations(&reltab_main));
    println!("static_main R_X86_64_RELATIVE: stock {before}, reltab {after}");
    assert!(after < before, "{after} relative relocations with reltab, {before} without");
    discard(&dir);
}

/// An exported static that holds a function hands the function to code
/// outside: `static_fn_lib.rs`'s `CALL_IT`, through which a host calls
/// `call_it` with its own trait object. The library built with reltab is
/// refused for `crosses-boundary` (it was converted, and the stock host
/// crashed calling through CALL_IT), and the stock host behaves the same
/// with it as with the stock library.
#[test]
fn exported_static_holding_a_function_is_a_crossing() {
    let dir = scratch_dir("boundary-static-fn");
    one_way_library(&dir, "static_fn_lib.rs", "static_fn_host.rs", &[], "call_it");
    discard(&dir);
}

/// (5) A trait object that crosses by an atomic exchange only, either way
/// (`atomic_lib.rs`): `--cfg swap`, the host's box swapped into the
/// library's `AtomicPtr` and called there; `--cfg exchange`, the library's
/// box compare-exchanged into the host's `AtomicPtr` and called by the host.
/// reltab took an atomic exchange for a read: each library was converted,
/// and the stock host crashed (SIGSEGV). Each must be refused for
/// `crosses-boundary`, naming the function, and the stock host must behave
/// the same with it as with the stock library.
#[test]
fn atomic_exchanges_are_crossings() {
    one_way_libraries(
        "boundary-atomic",
        "atomic_lib.rs",
        "atomic_host.rs",
        &[("swap", "slot_area"), ("exchange", "exchange_out")],
    );
}

/// (6) The variadic arguments of an exported function come from outside
/// (`variadic_lib.rs`, under `c_variadic`): `areas(n, ...)` calls through
/// the host's `*const Box<dyn Shape>` arguments, read with
/// `VaList::next_arg` through the `va_list` that `llvm.va_start` fills.
/// reltab followed named parameters only: the library was converted, and
/// the stock host crashed (SIGSEGV). It must be refused for
/// `crosses-boundary`, naming `areas`, and the stock host must behave the
/// same with it as with the stock library.
#[test]
fn variadic_arguments_are_a_crossing() {
    let dir = scratch_dir("boundary-variadic");
    one_way_library(&dir, "variadic_lib.rs", "variadic_host.rs", &[], "areas");
    discard(&dir);
}

/// (8) A static handed out by address hands out what it holds
/// (`held_lib.rs`): `held()` returns the address of a static, not exported,
/// holding a `&'static dyn Shape`, and the host reads the vtable pointer in
/// it. reltab never looked at the static's initializer, nor at an interface
/// of functions without parameters: the library was converted, and the
/// stock host crashed (SIGSEGV). It must be refused, naming `held`, and the
/// stock host must behave the same with it as with the stock library.
#[test]
fn static_handed_out_is_a_crossing() {
    let dir = scratch_dir("boundary-held");
    one_way_library(&dir, "held_lib.rs", "held_host.rs", &[], "held puts the vtable of");
    discard(&dir);
}

/// (9) A pointer from outside kept in a thread-local (`tls_lib.rs`):
/// `keep(b)` stores the host's box in a `thread_local!` cell and
/// `kept_area()` calls through it, each reaching the cell through its own
/// `llvm.threadlocal.address`. reltab took the address for an object of
/// that call's: the library was converted, and the stock host crashed
/// (SIGSEGV). It must be refused, naming `kept_area`, and the stock host
/// must behave the same with it as with the stock library.
#[test]
fn thread_local_is_a_crossing() {
    let dir = scratch_dir("boundary-tls");
    one_way_library(&dir, "tls_lib.rs", "tls_host.rs", &[], "kept_area");
    discard(&dir);
}

/// (10) A vtable pointer passed to a function pointer from outside
/// (`callback_lib.rs`): `visit(cb)` calls the host's callback with a
/// `&dyn Shape`'s data and vtable. The crossing was named for declared
/// functions only; this library was refused for other reasons std's code
/// gives (and a module without them was converted: lit
/// boundary-callback-given-vtable.ll). It must be refused, naming `visit`
/// first, and the stock host must behave the same with it as with the
/// stock library.
#[test]
fn callback_given_a_vtable_is_a_crossing() {
    let dir = scratch_dir("boundary-callback");
    one_way_library(&dir, "callback_lib.rs", "callback_host.rs", &[], "visit passes a vtable pointer");
    discard(&dir);
}

/// (11) A pointer a C function returns into what it was given
/// (`found_lib.rs`): `find_entry` hands out what `memchr` found in its own
/// table of trait objects, and the host calls through the entry's vtable.
/// The C function's result was taken as an object of its own: the library
/// was converted, and the stock host crashed (SIGSEGV). It must be refused,
/// naming `find_entry` first.
#[test]
fn c_function_result_is_a_crossing() {
    let dir = scratch_dir("boundary-found");
    one_way_library(&dir, "found_lib.rs", "found_host.rs", &[], "find_entry");
    discard(&dir);
}

/// (12) What a method called through a vtable returns (`returned_lib.rs`):
/// `pick` hands out `holder.get()`, a reference into the holder, which holds
/// a trait object. What an indirect call returns was not walked back to the
/// objects of the functions it may call: the library was converted, and
/// the stock host crashed (SIGSEGV). It must be refused, naming `pick`
/// first.
#[test]
fn method_result_is_a_crossing() {
    let dir = scratch_dir("boundary-returned");
    one_way_library(&dir, "returned_lib.rs", "returned_host.rs", &[], "pick");
    discard(&dir);
}

/// (13) What the C library hands back of what it kept (`kept_lib.rs`):
/// `pthread_getspecific` returns what `pthread_setspecific` was given
/// (`--cfg key`); `hsearch_r` writes the entry an earlier call entered into
/// its out-parameter (`--cfg table`).
/// `--cfg hand_out`: `kept_shape` hands out the library's boxed trait
/// object so kept; `--cfg take_in`: `kept_area` calls through the host's,
/// given to `keep_host_shape`. The C function's result was taken as memory
/// of the C library's own: each library was converted, and the stock host
/// crashed (SIGSEGV). Each must be refused, naming the library's function
/// first.
#[test]
fn c_library_hands_back_what_it_kept() {
    let dir = scratch_dir("boundary-kept");
    for keeper in ["key", "table"] {
        for (way, function) in [("hand_out", "keep_shape"), ("take_in", "kept_area")] {
            let flags = ["--cfg", keeper, "--cfg", way];
            one_way_library(&dir.join(keeper).join(way), "kept_lib.rs", "kept_host.rs", &flags, function);
        }
    }
    discard(&dir);
}

/// (14) The same through native code the library links and names with
/// `-reltab-native-code` (`kept_lib.rs --cfg native`, `native_keeper.c`, a
/// static archive built here with gcc, which returns the last pointer it
/// was given): native code is C, no boundary, but it may hand back anything
/// it was given. Each way was converted, and the stock host crashed
/// (SIGSEGV). Each must be refused, naming the library's function first,
/// and not for calling code outside (`keeper_keep` is named native code).
#[test]
fn native_code_hands_back_what_it_kept() {
    let dir = scratch_dir("boundary-native");
    let native = dir.join("native");
    std::fs::create_dir_all(&native).expect("create the native directory");
    let object = native.join("keeper.o");
    let gcc =
        Command::new("gcc").args(["-O2", "-fPIC", "-c"]).arg(source("native_keeper.c")).arg("-o").arg(&object).status();
    assert!(gcc.expect("run gcc").success(), "gcc failed");
    let ar = Command::new("ar").arg("rcs").arg(native.join("libkeeper.a")).arg(&object).status().expect("run ar");
    assert!(ar.success(), "ar failed");
    let names = native.join("native-code.txt");
    std::fs::write(&names, "keeper_keep\n").expect("write the native code file");
    let search = format!("native={}", native.display());
    let options = format!("-reltab-native-code={}", names.display());
    for (way, function) in [("hand_out", "keep_shape"), ("take_in", "kept_area")] {
        let flags = ["--cfg", "native", "--cfg", way, "-L", search.as_str(), "-l", "static=keeper"];
        let text = one_way_library_with(&dir.join(way), "kept_lib.rs", "kept_host.rs", &flags, &options, function);
        assert!(!text.contains("not the C library"), "{way}: keeper_keep is native code: {text}");
    }
    discard(&dir);
}

/// (15) What the C library calls the module back with, and writes back
/// (`thread_lib.rs`, a thread of the C library's own): `--cfg take_in`, the
/// host's box given to `pthread_create` as the start routine's argument,
/// which calls through it; `--cfg hand_out`, the box a start routine made,
/// handed out from `pthread_join`'s out-parameter. The start routine's
/// parameter was not foreign, nor was its result exposed: each library was
/// converted, and the stock host crashed (SIGSEGV). Each must be refused,
/// naming the start routine first.
#[test]
fn c_library_calls_back_with_what_it_was_given() {
    one_way_libraries(
        "boundary-thread",
        "thread_lib.rs",
        "thread_host.rs",
        &[("take_in", "area_of"), ("hand_out", "make_circle")],
    );
}

/// (16) What the C library calls back later with what it was given
/// (`callbacks_lib.rs`, the host's box given with callbacks that call
/// through it): `--cfg cookie`, `fopencookie`'s functions given in a struct
/// by value, called with the cookie when the host writes the stream;
/// `--cfg tree`, the host's box kept by `tsearch` and walked by `twalk`,
/// whose action is called with each node. Neither callback was taken as
/// called with the host's box: each library was converted, and the stock
/// host crashed (SIGSEGV). Each must be refused, naming the callback first.
#[test]
fn c_library_calls_back_later_with_what_it_was_given() {
    one_way_libraries(
        "boundary-callbacks",
        "callbacks_lib.rs",
        "callbacks_host.rs",
        &[("cookie", "write_area"), ("tree", "add_area")],
    );
}

/// (17) A C interface that calls the library's own functions through tables
/// of function pointers, with the caller's pointer (`table_lib.rs`), while
/// trait objects stay inside (`Outer` holds a `Box<dyn Shape>`). A call
/// through a function pointer may call only functions of its type whose
/// address is taken other than by a vtable: without either rule the
/// caller's pointer became `Outer::area`'s `self`, and the library was left
/// absolute. It must be converted, in normal and in check mode, and the
/// stock host must behave the same with each build.
#[test]
fn function_tables_keep_a_c_interface_converted() {
    let dir = scratch_dir("boundary-tables");
    let pair = LibraryAndHost::new(&dir, "table_lib.rs", "table_host.rs", &[]);
    for (name, options) in [("reltab", ""), ("check", "-reltab-check")] {
        let (report, lib_dir) = pair.library(name, Variant::Plugin, options);
        let report = report.expect("a report");
        assert!(report.converted(), "{name}: not converted: {:?}: {}", report.refusal_codes(), report.refusal_text());
        if let Some(d) = compare(&pair.expected, &pair.run(&lib_dir), "stock library", name) {
            panic!("the stock host behaves differently with the {name} library:\n{d}");
        }
    }
    discard(&dir);
}

/// (18) Trait objects that cross as words kept in memory (`words_lib.rs`, a
/// `Mutex<Vec<usize>>` of the library's): `--cfg hand_out`, a
/// `Box<Box<dyn Shape>>` kept as `Box::into_raw(b) as usize` and handed out
/// as that word, through which the host reads the vtable; `--cfg take_in`,
/// the host's word (the address of its `Box<dyn Shape>`) kept and read back
/// as a pointer, through which the library calls. A word read from memory
/// was taken as data: each library was converted, and the stock host
/// crashed (SIGSEGV). Each must be refused by the program's own casts
/// (casts.rs), naming the function that hands out the word or makes the
/// pointer first.
#[test]
fn words_kept_in_memory_cross() {
    let dir = scratch_dir("boundary-words");
    for (way, function) in [("hand_out", "shape_handle"), ("take_in", "kept_area")] {
        let text = one_way_library_with(&dir.join(way), "words_lib.rs", "words_host.rs", &["--cfg", way], "", function);
        let cast =
            if way == "hand_out" { "register_shape makes a word of an address" } else { "makes a pointer of a word" };
        assert!(text.contains(cast), "{way}: the cast should be named: {text}");
    }
    discard(&dir);
}

/// A cdylib through which a trait object crosses one way only
/// (`lib_source`, built with `flags`) and its host (`host_source`, the
/// same flags), in `dir`: the library built with reltab must be refused
/// for `crosses-boundary` only, with `function` named first (the library's
/// own crossings come before std's), and the stock host must behave the
/// same with it as with the stock library.
fn one_way_library(dir: &Path, lib_source: &str, host_source: &str, flags: &[&str], function: &str) {
    one_way_library_with(dir, lib_source, host_source, flags, "", function);
}

/// [`one_way_library`] for each way of a library chosen by `--cfg`: each
/// `(way, function)` built in `<scratch>/<way>`, `function` named first.
fn one_way_libraries(scratch: &str, lib_source: &str, host_source: &str, ways: &[(&str, &str)]) {
    let dir = scratch_dir(scratch);
    for &(way, function) in ways {
        one_way_library(&dir.join(way), lib_source, host_source, &["--cfg", way], function);
    }
    discard(&dir);
}

/// [`one_way_library`], the library built with reltab's `options`; the
/// refusal's text.
fn one_way_library_with(
    dir: &Path,
    lib_source: &str,
    host_source: &str,
    flags: &[&str],
    options: &str,
    function: &str,
) -> String {
    let pair = LibraryAndHost::new(dir, lib_source, host_source, flags);
    let label = &pair.label;
    let (report, reltab_dir) = pair.library("reltab", Variant::Plugin, options);
    let report = report.expect("a report");
    if let Some(failure) = refused_for_crossing(label, &report) {
        panic!("{failure}");
    }
    let first = report.refusal_text().split("; ").next().unwrap_or_default().to_string();
    assert!(first.contains(function), "{label}: {function} should be named first: {}", report.refusal_text());
    if let Some(d) = compare(&pair.expected, &pair.run(&reltab_dir), "stock library", "reltab library") {
        panic!("{label}: the stock host behaves differently with the reltab library:\n{d}");
    }
    report.refusal_text()
}

/// A cdylib of `tests/boundary` (`lib_source`, built with `flags`) and its
/// Rust host (`host_source`, the same flags) linked against the stock
/// library, in `dir`; which library the host gets is chosen at run time.
struct LibraryAndHost<'a> {
    dir: &'a Path,
    lib_source: &'a str,
    flags: &'a [&'a str],
    /// The library and its flags, for messages.
    label: String,
    host: PathBuf,
    /// What the host does with the stock library: it succeeds and says
    /// "done".
    expected: Outcome,
}

impl<'a> LibraryAndHost<'a> {
    fn new(dir: &'a Path, lib_source: &'a str, host_source: &str, flags: &'a [&'a str]) -> LibraryAndHost<'a> {
        let label = std::iter::once(lib_source).chain(flags.iter().copied()).collect::<Vec<_>>().join(" ");
        let (_, stock_dir) = build_in(dir, flags, "stock", Variant::Baseline, "", lib_source, cdylib());
        let host_args = vec!["--crate-type=bin".into(), "-L".into(), stock_dir.clone().into()];
        let (_, host_dir) = build_in(dir, flags, "host", Variant::Baseline, "", host_source, host_args);
        let host = host_dir.join(host_source.trim_end_matches(".rs"));
        let expected = run_plain_host(&host, &stock_dir);
        assert!(expected.success() && expected.stdout.contains("done"), "{label}: {expected:?}");
        LibraryAndHost { dir, lib_source, flags, label, host, expected }
    }

    /// The library built as `<dir>/<name>`, with its report for
    /// [`Variant::Plugin`].
    fn library(&self, name: &str, variant: Variant, options: &str) -> (Option<Report>, PathBuf) {
        build_in(self.dir, self.flags, name, variant, options, self.lib_source, cdylib())
    }

    /// The host, with the library of `lib_dir`.
    fn run(&self, lib_dir: &Path) -> Outcome {
        run_plain_host(&self.host, lib_dir)
    }
}

fn cdylib() -> Vec<OsString> {
    vec!["--crate-type=cdylib".into()]
}

/// `source_name` built with `flags` and `extra` as `<dir>/<name>`, and its
/// report for [`Variant::Plugin`].
fn build_in(
    dir: &Path,
    flags: &[&str],
    name: &str,
    variant: Variant,
    options: &str,
    source_name: &str,
    extra: Vec<OsString>,
) -> (Option<Report>, PathBuf) {
    let out = dir.join(name);
    let mut args: Vec<OsString> = flags.iter().map(OsString::from).collect();
    args.extend([source(source_name).into(), "--out-dir".into(), out.clone().into()]);
    args.extend(extra);
    (rustc_in(&out, variant, options, args), out)
}

/// Runs a host of its own with the library of `lib_dir` (no argument, no
/// step: [`run_host`] is `host.rs`'s).
fn run_plain_host(host: &Path, lib_dir: &Path) -> Outcome {
    let mut cmd = Command::new(host);
    cmd.env("LD_LIBRARY_PATH", lib_dir).env("LC_ALL", "C");
    run_command(cmd, run_timeout()).expect("the host runs")
}

/// (7) What `dlsym` finds by a name that is not the C library's is another
/// binary's code: `dlopen_host.rs` loads the stock `plugin_lib.rs` at run
/// time and exchanges boxes with it through `make_boxed` and `shape_area`.
/// The C library was taken to hand back only what the module gave it: the
/// host was converted, and crashed (SIGSEGV). It must be refused for
/// `crosses-boundary`, naming the symbol first, and behave as the stock
/// host does with the stock plugin.
#[test]
fn dlopen_host_is_refused() {
    let dir = scratch_dir("boundary-dlopen");
    let build = |label: &str, variant: Variant| {
        let out = dir.join(label);
        let args: Vec<OsString> =
            vec!["--crate-type=bin".into(), source("dlopen_host.rs").into(), "--out-dir".into(), out.clone().into()];
        (rustc_in(&out, variant, "", args), out.join("dlopen_host"))
    };
    let (_, stock_host) = build("stock", Variant::Baseline);
    let (report, reltab_host) = build("reltab", Variant::Plugin);
    let report = report.expect("a report");
    if let Some(failure) = refused_for_crossing("dlopen_host.rs", &report) {
        panic!("{failure}");
    }
    let first = report.refusal_text().split("; ").next().unwrap_or_default().to_string();
    assert!(first.contains("make_boxed looked up with dlsym"), "{}", report.refusal_text());
    let plugin = stock().lib_dir.join("libplugin_lib.so");
    let run = |host: &Path| {
        let mut cmd = Command::new(host);
        cmd.arg(&plugin).env("LC_ALL", "C");
        run_command(cmd, run_timeout()).expect("the host runs")
    };
    let expected = run(&stock_host);
    assert!(expected.success() && expected.stdout.contains("done"), "{expected:?}");
    if let Some(d) = compare(&expected, &run(&reltab_host), "stock host", "reltab host") {
        panic!("the reltab host behaves differently with the stock plugin:\n{d}");
    }
    discard(&dir);
}
