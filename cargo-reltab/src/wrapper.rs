//! `cargo-reltab` in the middle of cargo's build: as `RUSTC_WRAPPER` it adds
//! reltab's flags to the crates of the target only, and as the linker of a
//! `--relr` comparison it links each program a second time with RELR.
//!
//! Why a wrapper and not `RUSTFLAGS`: `RUSTFLAGS` replaces the flags a
//! project sets in its `.cargo/config.toml`, and reaches build scripts and
//! proc-macros whenever no `--target` is given. The wrapper leaves the
//! project's own flags alone and tells target crates from host crates the
//! way cargo does: `cargo reltab` always builds with `--target`, and cargo
//! passes `--target` to rustc for target crates only.
//!
//! The environment it works from is set by `build.rs`:
//! `CARGO_RELTAB_PLUGIN` (empty: the build without the plugin),
//! `CARGO_RELTAB_OUT` (a directory for each program's report and timings),
//! `CARGO_RELTAB_INNER_WRAPPER` (the user's own `RUSTC_WRAPPER`, still run),
//! `CARGO_RELTAB_RELR` (link twice), `CARGO_RELTAB_KEEP_BITCODE` (keep the
//! post-LTO module of each program, `--emit=llvm-bc`, and the linker's map of
//! the program). The linker mode is chosen by
//! `CARGO_RELTAB_LINK_WITH`, the linker to run, set only on rustc.

use std::ffi::{OsStr, OsString};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub const PLUGIN: &str = "CARGO_RELTAB_PLUGIN";
pub const OUT: &str = "CARGO_RELTAB_OUT";
pub const INNER_WRAPPER: &str = "CARGO_RELTAB_INNER_WRAPPER";
pub const RELR: &str = "CARGO_RELTAB_RELR";
pub const LINK_WITH: &str = "CARGO_RELTAB_LINK_WITH";
pub const KEEP_BITCODE: &str = "CARGO_RELTAB_KEEP_BITCODE";
/// Where each doctest's report goes (`cargo reltab test`).
pub const DOCTEST_REPORTS: &str = "CARGO_RELTAB_DOCTEST_REPORTS";

/// Where the wrapper leaves what it learns about a program's link.
pub fn report_file(out: &Path, key: &str) -> PathBuf {
    out.join(format!("{key}.report.json"))
}
pub fn time_passes_file(out: &Path, key: &str) -> PathBuf {
    out.join(format!("{key}.time-passes"))
}
/// Left beside a test harness that cargo built without fat LTO.
pub fn not_fat_lto_file(out: &Path, key: &str) -> PathBuf {
    out.join(format!("{key}.not-fat-lto"))
}
/// The linker's map of a program whose bitcode is kept: where each global of
/// that module landed in the binary (its section is named after it), so the
/// relocations of the binary can be told apart by the global that holds them.
pub fn link_map_file(out: &Path, key: &str) -> PathBuf {
    out.join(format!("{key}{LINK_MAP}"))
}
pub const LINK_MAP: &str = ".map";
/// Files the build leaves beside a program in its `--out-dir`, where cargo
/// does not look; the wrapper keeps them with the program's other figures.
pub const KEPT: [&str; 2] = [".relr", ".bc"];

/// Runs rustc (`args[0]`) with `args[1..]`, plus reltab's flags for crates
/// of the target. Returns the exit code.
pub fn rustc(args: &[OsString]) -> Result<i32, String> {
    let (rustc, rest) = args.split_first().ok_or("no rustc to wrap")?;
    let flags = Flags::parse(rest);
    let mut cmd = match std::env::var_os(INNER_WRAPPER).filter(|w| !w.is_empty()) {
        Some(inner) => {
            let mut c = Command::new(inner);
            c.arg(rustc);
            c
        }
        None => Command::new(rustc),
    };
    cmd.args(rest);
    // A doctest that `cargo reltab test` has rustdoc compile through this
    // wrapper: its own report, under a name of its own (the plugin comes
    // with RUSTDOCFLAGS).
    if flags.is_doctest() {
        if let Some(dir) = std::env::var_os(DOCTEST_REPORTS).filter(|d| !d.is_empty()) {
            let dir = PathBuf::from(dir);
            std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
            let report = dir.join(format!("doctest-{}-{nanos}.report.json", std::process::id()));
            let options = std::env::var("RELTAB_OPTIONS").unwrap_or_default();
            cmd.env("RELTAB_OPTIONS", format!("{options} -reltab-report={}", report.display()).trim_start());
        }
        return run(cmd, None);
    }
    // A test harness cargo builds without fat LTO (a proc-macro crate's own
    // tests, built for the host and never linked at LTO) is no fat-LTO link:
    // say so, for `cargo reltab test` to leave it out of the links it counts.
    if flags.test && flags.lto.as_deref() != Some("fat") {
        if let (Some(out), Some(name)) = (std::env::var_os(OUT), &flags.crate_name) {
            let out = PathBuf::from(out);
            std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
            let marker = not_fat_lto_file(&out, &format!("{name}{}", flags.extra_filename.as_deref().unwrap_or("")));
            std::fs::write(&marker, "").map_err(|e| format!("cannot write {}: {e}", marker.display()))?;
        }
        return run(cmd, None);
    }
    // `___` is cargo asking rustc about the target, not a crate.
    let is_target_crate = flags.target && flags.crate_name.as_deref().is_some_and(|n| n != "___");
    if !is_target_crate {
        return run(cmd, None);
    }
    let plugin = std::env::var_os(PLUGIN).filter(|p| !p.is_empty());
    if let Some(plugin) = &plugin {
        let mut flag = OsString::from("-Zllvm-plugins=");
        flag.push(plugin);
        cmd.arg(flag);
    }
    if !flags.links() {
        return run(cmd, None);
    }
    // A program or a library that is linked whole (cdylib, staticlib,
    // dylib): this invocation ends in the fat-LTO link.
    let out = PathBuf::from(std::env::var_os(OUT).ok_or("CARGO_RELTAB_OUT is not set")?);
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let key = format!(
        "{}{}",
        flags.crate_name.as_deref().unwrap_or("program"),
        flags.extra_filename.as_deref().unwrap_or("")
    );
    let _ = std::fs::remove_file(not_fat_lto_file(&out, &key)); // this one is
    if plugin.is_some() {
        let report = report_file(&out, &key);
        let _ = std::fs::remove_file(&report);
        let mut options = std::env::var("RELTAB_OPTIONS").unwrap_or_default();
        options.push_str(&format!(" -reltab-report={}", report.display()));
        // The C and assembly of the build's native archives is no boundary
        // for trait objects; the plugin needs to be told which symbols it
        // defines (native.rs).
        let dirs = crate::native::native_dirs(rest);
        let (symbols, rust) = crate::native::native_symbols(&dirs);
        if !symbols.is_empty() {
            let file = out.join(format!("{key}.native-code"));
            crate::native::write_file(&file, &dirs, &symbols, &rust)?;
            options.push_str(&format!(" -reltab-native-code={}", file.display()));
        }
        cmd.env("RELTAB_OPTIONS", options.trim_start());
    }
    cmd.arg("-Ztime-passes");
    // A static library is linked by someone else, later: no RELR link.
    let relr = std::env::var_os(RELR).is_some_and(|v| v == "1") && flags.runs_a_linker();
    let bitcode = std::env::var_os(KEEP_BITCODE).is_some_and(|v| v == "1");
    if bitcode {
        // Changes nothing in the program (checked: byte-identical binaries),
        // nor does the map; rustc's own linker driver (cc or rust-lld) takes
        // `-Map` alike.
        cmd.arg("--emit=llvm-bc");
        if flags.runs_a_linker() {
            let mut map = OsString::from("-Clink-arg=-Wl,-Map=");
            map.push(link_map_file(&out, &key));
            cmd.arg(map);
        }
    }
    if relr {
        let me = std::env::current_exe().map_err(|e| format!("cannot find cargo-reltab itself: {e}"))?;
        let mut flag = OsString::from("-Clinker=");
        flag.push(&me);
        cmd.arg(flag);
        cmd.env(LINK_WITH, flags.linker.clone().unwrap_or_else(|| "cc".into()));
    }
    let code = run(cmd, Some(time_passes_file(&out, &key)))?;
    for (wanted, suffix) in [(relr, KEPT[0]), (bitcode, KEPT[1])] {
        if wanted && code == 0 {
            let dir = Path::new(flags.out_dir.as_deref().unwrap_or(OsStr::new(".")));
            // The RELR link is `<output>.relr`: a program's output is named
            // after the key, a shared library's `lib<key>.so`.
            let made = [format!("{key}{suffix}"), format!("lib{key}.so{suffix}")]
                .into_iter()
                .map(|name| dir.join(name))
                .find(|p| p.exists())
                .unwrap_or_else(|| dir.join(format!("{key}{suffix}")));
            let kept = out.join(format!("{key}{suffix}"));
            std::fs::rename(&made, &kept)
                .map_err(|e| format!("cannot move {} to {}: {e}", made.display(), kept.display()))?;
        }
    }
    Ok(code)
}

/// What the wrapper needs to know of rustc's arguments.
#[derive(Default)]
struct Flags {
    target: bool,
    /// `--crate-type`s, each once (cargo gives one per flag; rustc also
    /// takes a comma-separated list).
    crate_types: Vec<String>,
    /// `--test`: a libtest harness, a program.
    test: bool,
    /// `-o PATH` (rustdoc names a doctest's program `<dir>/rust_out`).
    output: Option<OsString>,
    /// `-C lto=…`.
    lto: Option<String>,
    crate_name: Option<String>,
    extra_filename: Option<String>,
    out_dir: Option<OsString>,
    linker: Option<OsString>,
}

impl Flags {
    fn add_crate_types(&mut self, list: &str) {
        self.crate_types.extend(list.split(',').filter(|t| !t.is_empty()).map(str::to_string));
    }

    /// Whether rustc links the crate whole here, which at fat LTO is where
    /// reltab sees the whole module: a program, or a library for other
    /// languages or other binaries (an rlib is only an input to such a link).
    fn links(&self) -> bool {
        self.test || self.crate_types.iter().any(|t| matches!(t.as_str(), "bin" | "cdylib" | "staticlib" | "dylib"))
    }

    /// A doctest, as rustdoc compiles it through `--test-builder-wrapper`:
    /// no crate name of cargo's, a program named `rust_out`.
    fn is_doctest(&self) -> bool {
        self.output.as_deref().is_some_and(|o| Path::new(o).file_name() == Some(OsStr::new("rust_out")))
    }

    /// Whether that link runs a linker (a staticlib is an archive rustc
    /// writes itself).
    fn runs_a_linker(&self) -> bool {
        self.test || self.crate_types.iter().any(|t| matches!(t.as_str(), "bin" | "cdylib" | "dylib"))
    }

    fn parse(args: &[OsString]) -> Self {
        let mut flags = Flags::default();
        // rustdoc passes most of a doctest's arguments in an `@file`.
        let mut all = args.to_vec();
        for at in args.iter().filter_map(|a| a.to_str()?.strip_prefix('@')) {
            if let Ok(text) = std::fs::read_to_string(at) {
                all.extend(text.lines().map(OsString::from));
            }
        }
        let mut it = all.iter().map(|a| a.as_os_str());
        while let Some(arg) = it.next() {
            let text = arg.to_string_lossy();
            let mut codegen = |value: &OsStr| {
                let v = value.to_string_lossy();
                if let Some(x) = v.strip_prefix("extra-filename=") {
                    flags.extra_filename = Some(x.to_string());
                } else if let Some(x) = v.strip_prefix("linker=") {
                    flags.linker = Some(x.into());
                } else if let Some(x) = v.strip_prefix("lto=") {
                    flags.lto = Some(x.to_string());
                }
            };
            match &*text {
                "--target" => flags.target = true,
                "--crate-name" => flags.crate_name = it.next().map(|n| n.to_string_lossy().into_owned()),
                "--crate-type" => {
                    if let Some(t) = it.next() {
                        flags.add_crate_types(&t.to_string_lossy());
                    }
                }
                "--out-dir" => flags.out_dir = it.next().map(OsStr::to_os_string),
                "-o" => flags.output = it.next().map(OsStr::to_os_string),
                "--test" => flags.test = true,
                "-C" => {
                    if let Some(v) = it.next() {
                        codegen(v);
                    }
                }
                t if t.starts_with("--target=") => flags.target = true,
                t if t.starts_with("--crate-type=") => flags.add_crate_types(&t["--crate-type=".len()..]),
                t if t.starts_with("-C") => codegen(OsStr::new(&t[2..])),
                _ => {}
            }
        }
        flags
    }
}

/// Runs `cmd`; with `time_passes`, the `-Ztime-passes` lines of its stderr
/// go to that file and the rest through.
fn run(mut cmd: Command, time_passes: Option<PathBuf>) -> Result<i32, String> {
    let Some(path) = time_passes else {
        let status = cmd.status().map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
        return Ok(status.code().unwrap_or(101));
    };
    let mut child =
        cmd.stderr(Stdio::piped()).spawn().map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    let mut timings = Vec::new();
    let stderr = std::io::stderr();
    for line in BufReader::new(child.stderr.take().unwrap()).split(b'\n') {
        let line = line.map_err(|e| e.to_string())?;
        if line.starts_with(b"time:") {
            timings.extend_from_slice(&line);
            timings.push(b'\n');
        } else {
            let mut err = stderr.lock();
            let _ = err.write_all(&line).and_then(|()| err.write_all(b"\n"));
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    std::fs::write(&path, timings).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(status.code().unwrap_or(101))
}

/// The linker of a `--relr` build: links as asked, then links the same
/// objects again into `<output>.relr` with `-z pack-relative-relocs`.
pub fn link(args: &[OsString], linker: &OsStr) -> Result<i32, String> {
    let plain = |extra: &[OsString]| {
        Command::new(linker)
            .args(args)
            .args(extra)
            .env_remove(LINK_WITH)
            .status()
            .map_err(|e| format!("cannot run the linker {linker:?}: {e}"))
    };
    let status = plain(&[])?;
    if !status.success() {
        return Ok(status.code().unwrap_or(1));
    }
    let output = output_of(args).ok_or("cargo reltab --relr: cannot find the linker's -o argument")?;
    let mut relr = output.clone();
    relr.push(".relr");
    // The last -o wins in cc.
    let status = plain(&["-o".into(), relr, "-Wl,-z,pack-relative-relocs".into()])?;
    Ok(status.code().unwrap_or(1))
}

/// The value of `-o`, in the arguments or in an `@file` of them.
fn output_of(args: &[OsString]) -> Option<OsString> {
    let mut all: Vec<OsString> = Vec::new();
    for a in args {
        match a.to_str().and_then(|s| s.strip_prefix('@')) {
            Some(file) => {
                let text = std::fs::read_to_string(file).ok()?;
                all.extend(text.lines().map(|l| OsString::from(l.replace("\\\\", "\\"))));
            }
            None => all.push(a.clone()),
        }
    }
    let at = all.iter().rposition(|a| a == "-o")?;
    all.get(at + 1).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn tells_a_target_program_from_a_build_script() {
        let program = Flags::parse(&os(&[
            "--crate-name",
            "rg",
            "--edition=2021",
            "--crate-type",
            "bin",
            "-C",
            "extra-filename=-0123abcd",
            "--target",
            "x86_64-unknown-linux-gnu",
            "-C",
            "linker=clang",
            "--out-dir",
            "/t/deps",
        ]));
        assert_eq!(program.out_dir.as_deref(), Some(OsStr::new("/t/deps")));
        assert!(program.target && program.links() && program.runs_a_linker());
        assert_eq!(program.crate_name.as_deref(), Some("rg"));
        assert_eq!(program.extra_filename.as_deref(), Some("-0123abcd"));
        assert_eq!(program.linker.as_deref(), Some(OsStr::new("clang")));
        let build_script = Flags::parse(&os(&["--crate-name", "build_script_build", "--crate-type", "bin"]));
        assert!(!build_script.target && build_script.links());
        let lib =
            Flags::parse(&os(&["--crate-name", "memchr", "--crate-type=lib", "--target=x86_64-unknown-linux-gnu"]));
        assert!(lib.target && !lib.links());
        let cdylib = Flags::parse(&os(&["--crate-name", "ext", "--crate-type", "lib", "--crate-type", "cdylib"]));
        assert!(cdylib.links() && cdylib.runs_a_linker());
        let staticlib = Flags::parse(&os(&["--crate-name", "ext", "--crate-type=rlib,staticlib"]));
        assert!(staticlib.links() && !staticlib.runs_a_linker());
        let harness = Flags::parse(&os(&["--crate-name", "shapes", "--test", "-C", "lto=fat", "-C", "opt-level=3"]));
        assert!(harness.test && harness.links() && harness.lto.as_deref() == Some("fat"));
        let doctest = Flags::parse(&os(&["--crate-type", "bin", "-o", "/tmp/rustdoctestXYZ/rust_out"]));
        assert!(doctest.is_doctest() && !harness.is_doctest());
    }

    #[test]
    fn finds_the_output_in_arguments_and_response_files() {
        assert_eq!(output_of(&os(&["a.o", "-o", "out/rg", "-lc"])), Some("out/rg".into()));
        let file = std::env::temp_dir().join(format!("cargo-reltab-args-{}", std::process::id()));
        std::fs::write(&file, "a.o\n-o\nout/jaq\n").unwrap();
        let found = output_of(&[OsString::from(format!("@{}", file.display()))]);
        std::fs::remove_file(&file).unwrap();
        assert_eq!(found, Some("out/jaq".into()));
    }
}
