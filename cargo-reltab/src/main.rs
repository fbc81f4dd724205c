//! `cargo reltab`: builds a cargo project with relative vtables, or builds
//! it without and with them and compares the two.
//!
//! The same executable plays three parts. Run by the user (`cargo reltab
//! ...` or `cargo-reltab ...`) it is the command. Run by cargo as
//! `RUSTC_WRAPPER` it adds reltab's flags to the target's crates
//! (`wrapper.rs`). Run by rustc as the linker of a `--relr` comparison it
//! links each program twice.

mod audit;
mod cargo_build;
mod compare;
mod elf;
mod native;
mod startup;
mod test;
mod toolchain;
mod vtables;
mod wrapper;

use cargo_build::{BuildRequest, Program, Project, Variant};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Instant;
use toolchain::Toolchain;

const USAGE: &str = "\
cargo reltab: relative vtables for a cargo project (reltab, an LLVM plugin for rustc)

USAGE:
    cargo reltab build   [OPTIONS] [CARGO BUILD ARGS...]
    cargo reltab compare [OPTIONS] [CARGO BUILD ARGS...]
    cargo reltab vtables [OPTIONS] [CARGO BUILD ARGS...]
    cargo reltab test    [OPTIONS] [CARGO TEST ARGS...]
    cargo reltab audit   [OPTIONS] [TOOLCHAIN...]

build     builds the project at fat LTO with the reltab plugin, in target/reltab/reltab,
          and says for each program and each cdylib, dylib or staticlib what reltab
          converted
compare   builds it also without the plugin, with the same toolchain, profile and flags
          (target/reltab/stock), and prints both side by side: file and section sizes,
          dynamic relocations, vtables converted, and for programs the loader's start-up
          cycles and the private dirty memory after start-up (the programs are started,
          but stopped before their main runs); a shared library's relocations are the
          loader's work too; a staticlib's are counted as its objects' absolute data
          relocations, which a position-independent link makes dynamic
vtables   builds it with the plugin and lists what trait objects cost, per trait and per
          implementing type, as the program is at the end of LTO (what the binary holds):
          vtables, pointer entries, bytes before and after, relocations saved
test      runs the project's tests (unit, integration, doctests) three times at fat LTO:
          stock, with reltab, and with reltab in check mode (-reltab-check); says per run
          what passed and which links were converted (and why not); exit status 1 when a
          test that passes stock does not pass with reltab, or a check fires
audit     audits the precompiled std of rustup toolchains (default: --toolchain's) for the
          plugin, into the audit cache, where the plugin finds it; the other commands do
          this on first use of a toolchain the plugin was not built with, and stop, with
          the calls listed, when the audit finds indirect calls it cannot classify

The plugin's flags go to the target's crates only (build scripts and proc-macros are
left alone); the profile (release unless --profile is given) gets lto = \"fat\"; the
project's own flags and .cargo/config.toml are kept.

OPTIONS:
    --plugin PATH       the plugin, libreltab.so (default: $RELTAB_PLUGIN, else the one
                        built in the reltab repository cargo-reltab was installed from)
    --toolchain NAME    the rustup toolchain to build with (default: nightly); a stable
                        one with LLVM 22 works through RUSTC_BOOTSTRAP=1
    --runs N            compare: starts of each program for the start-up figures (default 51;
                        0 skips them)
    --relr              compare: also link each build with -z pack-relative-relocs
                        (columns stock+RELR and reltab+RELR)
    --json PATH         compare, vtables, test: also write every figure to PATH as JSON (test:
                        each run's tests passed, failed and lost, its links and why not)
    --require-converted test: also fail when no link was converted
    --report PATH       vtables: read this report of the plugin's (-reltab-report=PATH of a
                        fat-LTO link) instead of building
    --trust-boundary    convert libraries whose trait objects cross their boundary (exported
                        functions, calls to foreign functions): you state that every Rust
                        binary on the other side is built by reltab with the same layout
                        (adds -reltab-trust-boundary to RELTAB_OPTIONS)
    --keep-bitcode      compare: also keep each program's module at the end of the LTO
                        pipeline (rustc --emit=llvm-bc) and the linker's map of it (the
                        program is unchanged), e.g. to count with opt what is left there and
                        which relocations lie in vtables; their paths are in the JSON
    --audit-cache DIR   where audits of toolchains the plugin was not built with are kept
                        (default: $XDG_CACHE_HOME/reltab/audits, else ~/.cache/reltab/audits;
                        adds -reltab-audit-cache=DIR to RELTAB_OPTIONS)
    --out DIR           audit: write the records to DIR instead of the audit cache
    --check DIR         audit: compare with the records in DIR instead of writing them;
                        exit status 1 when they differ or an audit has unknown calls
    -h, --help          this text
    -V, --version

Plugin options (report, check mode, ...) go in RELTAB_OPTIONS, as with rustc.
";

fn main() {
    let args: Vec<OsString> = std::env::args_os().collect();
    let code = match run_in_role(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: cargo reltab: {message}");
            1
        }
    };
    std::process::exit(code);
}

fn run_in_role(args: &[OsString]) -> Result<i32, String> {
    if let Some(linker) = std::env::var_os(wrapper::LINK_WITH) {
        return wrapper::link(&args[1..], &linker);
    }
    if std::env::var_os(wrapper::PLUGIN).is_some() && args.len() > 1 {
        return wrapper::rustc(&args[1..]);
    }
    let mut words: Vec<String> = Vec::new();
    for a in &args[1..] {
        words.push(a.to_str().ok_or_else(|| format!("an argument is not UTF-8: {a:?}"))?.to_string());
    }
    // `cargo reltab x` runs `cargo-reltab reltab x`.
    if words.first().is_some_and(|w| w == "reltab") {
        words.remove(0);
    }
    match Command::parse(&words) {
        Ok(Command::Help) => {
            print!("{USAGE}");
            Ok(0)
        }
        Ok(Command::Version) => {
            println!("cargo-reltab {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        Ok(Command::Build(o)) => build(&o).map(|()| 0),
        Ok(Command::Compare(o)) => compare(&o).map(|()| 0),
        Ok(Command::Vtables(o)) => vtables(&o).map(|()| 0),
        Ok(Command::Test(o)) => test_three_ways(&o),
        Ok(Command::Audit(o)) => audit_command(&o),
        Err(message) => {
            eprintln!("error: cargo reltab: {message}\n\n{USAGE}");
            Ok(2)
        }
    }
}

enum Command {
    Help,
    Version,
    Build(Options),
    Compare(Options),
    Vtables(Options),
    Test(Options),
    Audit(Options),
}

struct Options {
    plugin: Option<PathBuf>,
    toolchain: String,
    runs: usize,
    relr: bool,
    keep_bitcode: bool,
    trust_boundary: bool,
    json: Option<PathBuf>,
    /// `vtables --report PATH`: read a report instead of building.
    report: Option<PathBuf>,
    /// `test --require-converted`: fail when no link was converted.
    require_converted: bool,
    /// `--audit-cache DIR`.
    audit_cache: Option<PathBuf>,
    /// `audit --out DIR`, `audit --check DIR`.
    out: Option<PathBuf>,
    check: Option<PathBuf>,
    /// The words for cargo (for `audit`, the toolchains).
    cargo_args: Vec<String>,
}

// Parsed by hand, not with clap: a dozen options of our own, and every other
// word goes to cargo untouched and in order (`cargo reltab build --bin rg
// --features x`), which is the whole interface; a parser library would need
// its trailing-arguments mode for that and add more code than it saves.
impl Command {
    fn parse(words: &[String]) -> Result<Self, String> {
        let Some((sub, rest)) = words.split_first() else {
            return Err("which command? `build`, `compare`, `vtables`, `test` or `audit`".into());
        };
        let (compare, vtables, test, audit) = match sub.as_str() {
            "-h" | "--help" | "help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "build" => (false, false, false, false),
            "compare" => (true, false, false, false),
            "vtables" => (false, true, false, false),
            "test" => (false, false, true, false),
            "audit" => (false, false, false, true),
            other => {
                return Err(format!(
                    "unknown command `{other}`; the commands are `build`, `compare`, `vtables`, `test` and `audit`"
                ))
            }
        };
        let mut o = Options {
            plugin: None,
            toolchain: "nightly".into(),
            runs: 51,
            relr: false,
            keep_bitcode: false,
            trust_boundary: false,
            json: None,
            report: None,
            require_converted: false,
            audit_cache: None,
            out: None,
            check: None,
            cargo_args: vec![],
        };
        let mut it = rest.iter();
        while let Some(w) = it.next() {
            let (flag, inline) = match w.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
                _ => (w.as_str(), None),
            };
            let mut value = |what: &str| {
                inline
                    .clone()
                    .or_else(|| it.next().cloned())
                    .filter(|v| !v.is_empty())
                    .ok_or(format!("{flag} needs {what}"))
            };
            match flag {
                "-h" | "--help" => return Ok(Command::Help),
                "--plugin" => o.plugin = Some(PathBuf::from(value("a path")?)),
                "--toolchain" => o.toolchain = value("a toolchain name")?,
                "--trust-boundary" => o.trust_boundary = true,
                "--runs" if compare => {
                    let v = value("a number")?;
                    o.runs = v.parse().map_err(|_| format!("--runs needs a number of starts, not `{v}`"))?;
                }
                "--relr" if compare => o.relr = true,
                "--keep-bitcode" if compare => o.keep_bitcode = true,
                "--json" if compare || vtables || test => o.json = Some(PathBuf::from(value("a path")?)),
                "--report" if vtables => o.report = Some(PathBuf::from(value("a path")?)),
                "--require-converted" if test => o.require_converted = true,
                "--audit-cache" => o.audit_cache = Some(PathBuf::from(value("a directory")?)),
                "--out" if audit => o.out = Some(PathBuf::from(value("a directory")?)),
                "--check" if audit => o.check = Some(PathBuf::from(value("a directory")?)),
                "--runs" | "--relr" | "--json" | "--keep-bitcode" => {
                    return Err(format!("{flag} is not an option of `{sub}` (cargo reltab --help)"))
                }
                "--" => {
                    o.cargo_args.extend(it.by_ref().cloned());
                }
                _ => o.cargo_args.push(w.clone()),
            }
        }
        if o.out.is_some() && o.check.is_some() {
            return Err("audit takes --out or --check, not both".into());
        }
        Ok(if audit {
            Command::Audit(o)
        } else if compare {
            Command::Compare(o)
        } else if vtables {
            Command::Vtables(o)
        } else if test {
            Command::Test(o)
        } else {
            Command::Build(o)
        })
    }
}

/// The checks before any build: toolchain, project, plugin, and the
/// plugin's audit of the toolchain's std (made now when it has none).
fn prepare(o: &Options) -> Result<(Toolchain, Project, PathBuf), String> {
    // The plugin reads its options from RELTAB_OPTIONS in every rustc the
    // builds start (and the build directories are keyed by it).
    let add_option = |option: String| {
        let options = std::env::var("RELTAB_OPTIONS").unwrap_or_default();
        std::env::set_var("RELTAB_OPTIONS", format!("{options} {option}").trim_start());
    };
    if o.trust_boundary {
        add_option("-reltab-trust-boundary".into());
    }
    if let Some(cache) = &o.audit_cache {
        add_option(format!("-reltab-audit-cache={}", absolute(cache).display()));
    }
    let mut toolchain = Toolchain::find(&o.toolchain)?;
    let project = Project::find(&toolchain, &o.cargo_args)?;
    let plugin = toolchain::plugin_path(o.plugin.clone());
    let known = audit::ensure_audited(&toolchain, &plugin, audit_cache(o).as_deref())?;
    toolchain.plugin_audit = serde_json::to_string(&known.compilers).map_err(|e| e.to_string())?;
    Ok((toolchain, project, plugin))
}

/// `--audit-cache`, else where the plugin looks by default.
fn audit_cache(o: &Options) -> Option<PathBuf> {
    o.audit_cache.as_deref().map(absolute).or_else(reltab_report::audit::default_audit_cache)
}

/// rustc runs in each crate's directory: paths given to the plugin must not
/// be relative.
fn absolute(path: &Path) -> PathBuf {
    std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf())
}

/// `cargo reltab audit`: audits toolchains into the audit cache, `--out
/// DIR`, or compares with `--check DIR`.
fn audit_command(o: &Options) -> Result<i32, String> {
    let plugin = toolchain::plugin_path(o.plugin.clone());
    let tools = audit::Tools::find(&plugin)?;
    let names = if o.cargo_args.is_empty() { vec![o.toolchain.clone()] } else { o.cargo_args.clone() };
    let mut problems = Vec::new();
    let mut lines = Vec::new();
    for name in names {
        let toolchain = Toolchain::find(name.trim_start_matches('+'))?;
        eprintln!("cargo reltab: auditing the precompiled std of {} ({name})", toolchain.version_line);
        let record = audit::audit_toolchain(&toolchain, &tools)?;
        let layouts = record.layouts.clone().unwrap_or_default();
        let class = |c| record.calls.by_class.get(&c).copied().unwrap_or(0);
        lines.push(format!(
            "{:<48} {:>14} {:>7} {:>11} {:>13} {:>7} {:>15} {:>13} {:>7}",
            toolchain.version_line,
            record.calls.indirect_calls,
            class(reltab_report::audit::CallClass::Vtable),
            class(reltab_report::audit::CallClass::KnownTable),
            class(reltab_report::audit::CallClass::ParameterTable),
            record.calls.unknown,
            layouts.allocator_calls,
            layouts.by_class.get(&reltab_report::audit::LayoutClass::Vtable).copied().unwrap_or(0),
            layouts.unknown
        ));
        lines.extend(audit::unknowns(&record).iter().map(|u| format!("    {u}")));
        if record.calls.unknown > 0 {
            problems.push(format!("{}: {} unknown indirect calls", toolchain.version_line, record.calls.unknown));
        }
        if layouts.unknown > 0 {
            problems.push(format!(
                "{}: {} allocator calls with unknown layouts (its programs get the relative layout)",
                toolchain.version_line, layouts.unknown
            ));
        }
        match (&o.check, &o.out) {
            (Some(dir), _) => problems.extend(audit::check_record(&record, dir)),
            (None, out) => {
                let dir = out.clone().or_else(|| audit_cache(o)).ok_or(
                    "no directory for the audit cache: set XDG_CACHE_HOME or HOME, or name one with --out DIR",
                )?;
                lines.push(format!("    wrote {}", audit::write_record(&record, &dir)?.display()));
            }
        }
    }
    println!(
        "{:<48} {:>14} {:>7} {:>11} {:>13} {:>7} {:>15} {:>13} {:>7}",
        "toolchain",
        "indirect calls",
        "vtable",
        "known table",
        "via parameter",
        "unknown",
        "allocator calls",
        "vtable layout",
        "unknown"
    );
    for line in lines {
        println!("{line}");
    }
    for p in &problems {
        eprintln!("error: cargo reltab audit: {p}");
    }
    Ok(if problems.is_empty() { 0 } else { 1 })
}

fn build(o: &Options) -> Result<(), String> {
    let (toolchain, project, plugin) = prepare(o)?;
    let request = BuildRequest::new(&toolchain, &project, &o.cargo_args);
    let variant = Variant { label: "reltab", plugin: Some(&plugin) };
    let programs = step("building with reltab", &request, &variant, "1/1")?;
    for p in &programs {
        let summary = match &p.report {
            Some(path) => compare::conversion_summary(&compare::read_report(path)?),
            None => format!("no reltab report: the {} was not linked at fat LTO by this build", p.kind.name()),
        };
        let what = match p.kind {
            cargo_build::Artifact::Program => String::new(),
            other => format!(" ({})", other.name()),
        };
        println!("{}{what}: {}\n  {summary}", p.name, p.path.display());
        if p.kind != cargo_build::Artifact::StaticLibrary {
            warn_unmarked_rust_libraries(&p.path);
        }
    }
    Ok(())
}

/// Warns when a program links a Rust shared library (found beside it, as
/// cargo puts a `dylib` dependency) that does not carry reltab's mark: the
/// two would read each other's trait objects in different layouts, unless
/// the plugin left the program absolute (its report says why).
fn warn_unmarked_rust_libraries(program: &Path) {
    let Ok(names) = elf::needed(program) else { return };
    let dir = program.parent().unwrap_or(Path::new("."));
    for name in names {
        let Some(path) = [dir.join(&name), dir.join("deps").join(&name)].into_iter().find(|p| p.is_file()) else {
            continue;
        };
        if let Ok(elf::Library { rust: true, marked: false }) = elf::library(&path) {
            eprintln!(
                "warning: cargo reltab: {} links {}, a Rust shared library without reltab's mark (.note.reltab): \
                 trait objects that cross between them would be read in two layouts; build it with reltab too",
                program.display(),
                path.display()
            );
        }
    }
}

/// `cargo reltab test`: the project's tests stock, with reltab and in check
/// mode; exit status 1 when they do not hold (test.rs).
fn test_three_ways(o: &Options) -> Result<i32, String> {
    let (toolchain, project, plugin) = prepare(o)?;
    let request = BuildRequest::new(&toolchain, &project, &o.cargo_args);
    let mut runs = Vec::new();
    for (n, (label, with_plugin, check)) in
        [("stock", false, false), ("reltab", true, false), ("check", true, true)].into_iter().enumerate()
    {
        let variant = Variant { label, plugin: with_plugin.then_some(plugin.as_path()) };
        eprintln!("cargo reltab: [{}/3] cargo test, {label} ({}, fat LTO)", n + 1, toolchain.rustc_version);
        runs.push(test::run(&request, &variant, check)?);
    }
    test::find_lost(&mut runs);
    let (summary, ok) = test::report(&runs, o.require_converted);
    print!("{summary}");
    if let Some(path) = &o.json {
        let json = serde_json::json!({ "rustc": toolchain.rustc_version, "ok": ok, "runs": runs });
        let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
        std::fs::write(path, text + "\n").map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(if ok { 0 } else { 1 })
}

/// The types listed in the text of `vtables` (`--json` has them all).
const TYPES_SHOWN: usize = 25;

fn vtables(o: &Options) -> Result<(), String> {
    let programs = match &o.report {
        // A report of a link made some other way (rustc, cargo with RUSTFLAGS).
        Some(path) => vec![Program::of_report(path)],
        None => {
            let (toolchain, project, plugin) = prepare(o)?;
            let request = BuildRequest::new(&toolchain, &project, &o.cargo_args);
            step("building with reltab", &request, &Variant { label: "reltab", plugin: Some(&plugin) }, "1/1")?
        }
    };
    let mut json = Vec::new();
    for p in &programs {
        let Some(path) = &p.report else {
            println!("{}: no reltab report: the {} was not linked at fat LTO by this build", p.name, p.kind.name());
            continue;
        };
        let report = reltab_report::Report::read(path)?;
        let costs = vtables::costs(&report).map_err(|e| format!("{}: {e}", path.display()))?;
        if !report.converted() {
            println!("{}: left absolute (cargo reltab build says why); what its vtables cost as they are:", p.name);
        }
        println!("{}", vtables::render(&p.name, &costs, TYPES_SHOWN));
        json.push(serde_json::json!({
            "package": p.package, "name": p.name, "kind": p.kind.name(), "path": p.path,
            "report": path, "converted": report.converted(), "vtables": costs,
        }));
    }
    if let Some(path) = &o.json {
        let json = serde_json::json!({ "programs": json });
        let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
        std::fs::write(path, text + "\n").map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

fn compare(o: &Options) -> Result<(), String> {
    let (toolchain, project, plugin) = prepare(o)?;
    let request = BuildRequest {
        relr: o.relr,
        keep_bitcode: o.keep_bitcode,
        ..BuildRequest::new(&toolchain, &project, &o.cargo_args)
    };
    let stock = step("building without reltab", &request, &Variant { label: "stock", plugin: None }, "1/3")?;
    let reltab = step("building with reltab", &request, &Variant { label: "reltab", plugin: Some(&plugin) }, "2/3")?;
    if stock.is_empty() {
        return Err(
            "the build made nothing to compare (cargo reltab compares programs, cdylibs, dylibs and staticlibs)".into(),
        );
    }
    let started = Instant::now();
    eprintln!(
        "cargo reltab: [3/3] measuring {} program(s) or librar(ies){}",
        stock.len(),
        if o.runs > 0 { format!(", {} starts each", o.runs) } else { String::new() }
    );
    let probe = startup::Probe::compile(&project.target_dir.join("reltab").join("probe"))?;
    let comparisons = compare::measure(&stock, &reltab, o.relr, &probe, o.runs)?;
    eprintln!("cargo reltab: measured in {:.1} s", started.elapsed().as_secs_f64());
    println!("cargo reltab compare: {} (host {}), {}", toolchain.rustc_version, toolchain.host, plugin.display());
    for c in &comparisons {
        println!();
        print!("{}", compare::render(c));
    }
    if let Some(path) = &o.json {
        let json = serde_json::json!({
            "rustc": toolchain.rustc_version,
            "host": toolchain.host,
            "plugin": plugin,
            "cargo_args": o.cargo_args,
            "programs": compare::to_json(&comparisons),
        });
        let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
        std::fs::write(path, text + "\n").map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

fn step(what: &str, request: &BuildRequest, variant: &Variant, n: &str) -> Result<Vec<cargo_build::Program>, String> {
    let dir = request.project.target_dir.join("reltab").join(variant.label);
    eprintln!("cargo reltab: [{n}] {what} ({}, fat LTO) in {}", request.toolchain.rustc_version, dir.display());
    let started = Instant::now();
    let programs = cargo_build::build(request, variant)?;
    eprintln!("cargo reltab: [{n}] done in {:.0} s", started.elapsed().as_secs_f64());
    Ok(programs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(words: &[&str]) -> Result<Command, String> {
        Command::parse(&words.iter().map(|w| w.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn options_are_taken_and_the_rest_goes_to_cargo() {
        let Ok(Command::Compare(o)) = parse(&["compare", "--runs=5", "--bin", "rg", "--relr", "--json", "x.json"])
        else {
            panic!()
        };
        assert_eq!((o.runs, o.relr), (5, true));
        assert_eq!(o.json, Some(PathBuf::from("x.json")));
        assert_eq!(o.cargo_args, ["--bin", "rg"]);
        let Ok(Command::Build(o)) = parse(&["build", "--toolchain", "stable", "--", "--runs"]) else { panic!() };
        assert_eq!(o.toolchain, "stable");
        assert_eq!(o.cargo_args, ["--runs"]);
    }

    #[test]
    fn bad_usage_says_what_is_wrong() {
        assert!(parse(&[]).err().unwrap().contains("`build`, `compare`, `vtables`, `test` or `audit`"));
        assert!(parse(&["bild"]).err().unwrap().contains("unknown command `bild`"));
        assert!(parse(&["compare", "--runs", "many"]).err().unwrap().contains("not `many`"));
        assert!(parse(&["build", "--relr"]).err().unwrap().contains("--relr is not an option of `build`"));
        let Ok(Command::Build(o)) = parse(&["build", "--trust-boundary", "--release"]) else { panic!() };
        assert!(o.trust_boundary);
        assert_eq!(o.cargo_args, ["--release"]);
        assert!(parse(&["build", "--plugin"]).err().unwrap().contains("--plugin needs a path"));
        assert!(parse(&["build", "--json", "x"]).err().unwrap().contains("not an option of `build`"));
        assert!(parse(&["build", "--report", "x"])
            .is_ok_and(|c| matches!(c, Command::Build(o) if o.cargo_args == ["--report", "x"])));
        let Ok(Command::Vtables(o)) = parse(&["vtables", "--report", "r.json", "--json", "v.json"]) else { panic!() };
        assert_eq!((o.report, o.json), (Some(PathBuf::from("r.json")), Some(PathBuf::from("v.json"))));
        let Ok(Command::Audit(o)) = parse(&["audit", "--check", "audit", "nightly", "+stable"]) else { panic!() };
        assert_eq!((o.check, o.cargo_args), (Some(PathBuf::from("audit")), vec!["nightly".into(), "+stable".into()]));
        assert!(parse(&["audit", "--out", "a", "--check", "b"]).err().unwrap().contains("--out or --check"));
        assert!(parse(&["build", "--out", "x"])
            .is_ok_and(|c| matches!(c, Command::Build(o) if o.cargo_args == ["--out", "x"])));
    }
}
