//! Harness for reltab's integration tests: real Rust programs, built by
//! `rustc +nightly` with fat LTO once without and once with the reltab plugin
//! (`-Zllvm-plugins=<libreltab.so>`), run, and compared.
//!
//! The corpus lives in `tests/programs/`:
//!
//! * `tests/programs/*.rs`: single-file, std-only, deterministic programs that
//!   use trait objects heavily and print the result of every dyn call. Each
//!   starts with a one-line `//!` comment saying what it exercises. A program
//!   that must exit with a non-zero status says so in a header line
//!   `//@ exit-code: N` (see [`expected_exit_code`]); the default is 0.
//! * `tests/programs/dep_crate/`: a two-crate case, `shapes_lib.rs` (an rlib)
//!   and `uses_dep.rs` (a binary linked against it with `--extern`), built by
//!   [`build_dep_pair`].
//!
//! Every build uses the same flags ([`BASE_FLAGS`]: `-Copt-level=3
//! -Clto=fat -Ccodegen-units=1 --edition 2021`); the plugin variant only adds
//! `-Zllvm-plugins=<plugin>` (and whatever extra arguments or environment the
//! caller passes; the plugin's own options go in the environment variable
//! [`OPTIONS_ENV`], e.g. `RELTAB_OPTIONS=-reltab-report=<path>`, see
//! [`build_in_env`]). Builds go to a per-process
//! scratch directory under `<workspace>/target/reltab-tests/` (see
//! [`scratch_root`]); binaries are run with a time limit ([`run`]) so that a
//! hang fails the test instead of blocking it.
//!
//! Environment knobs (all optional):
//!
//! | variable               | meaning                                                    |
//! |------------------------|------------------------------------------------------------|
//! | `RELTAB_PLUGIN`        | plugin to load instead of `<workspace>/target/release/libreltab.so` |
//! | `RELTAB_OPT_PLUGIN`    | opt plugin instead of `libreltab_opt.so` beside the plugin (see [`opt_plugin_path`]) |
//! | `RELTAB_LLVM_BIN`      | LLVM tools instead of `<workspace>/.tools/llvm/bin` (see [`llvm_tool`]) |
//! | `RELTAB_RUSTC`         | rustc binary to run as is (default: `rustc +$RELTAB_TOOLCHAIN`) |
//! | `RELTAB_TOOLCHAIN`     | rustup toolchain for the default rustc (default `nightly`) |
//! | `RELTAB_TESTS_DIR`     | scratch root instead of `<workspace>/target/reltab-tests`  |
//! | `RELTAB_RUN_TIMEOUT`   | seconds a test program may run (default 30)                |
//! | `RELTAB_BUILD_TIMEOUT` | seconds one rustc invocation may take (default 600)        |
//! | `RELTAB_KEEP`          | keep the scratch directories of passing programs too       |
//!
//! The corpus test (`tests/tests/corpus.rs`) adds `RELTAB_TEST_JOBS`,
//! `RELTAB_PROGRAMS`; the differential test (`tests/tests/differential.rs`)
//! `RELTAB_DIFF_CASES`, `RELTAB_DIFF_SEED`, `RELTAB_DIFF_EXTRA`; see there.

pub mod random_module;

use std::ffi::OsString;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

/// Flags shared by every build, with and without the plugin.
pub const BASE_FLAGS: &[&str] = &["-Copt-level=3", "-Clto=fat", "-Ccodegen-units=1", "--edition", "2021"];

/// Which compiler configuration a program is built with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Variant {
    /// [`BASE_FLAGS`] only.
    Baseline,
    /// [`BASE_FLAGS`] plus `-Zllvm-plugins=<plugin>`.
    Plugin,
}

impl Variant {
    /// Short name used in directory names and messages.
    pub fn name(self) -> &'static str {
        match self {
            Variant::Baseline => "baseline",
            Variant::Plugin => "plugin",
        }
    }
}

impl fmt::Display for Variant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------

/// The workspace root: the parent of this package's `CARGO_MANIFEST_DIR`.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent directory").to_path_buf()
}

/// `tests/programs/`.
pub fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("programs")
}

/// `tests/programs/dep_crate/`.
pub fn dep_crate_dir() -> PathBuf {
    programs_dir().join("dep_crate")
}

/// Every `tests/programs/*.rs`, sorted by file name (subdirectories such as
/// `dep_crate/` are not included). Adding a file adds a corpus entry.
pub fn list_programs() -> Vec<PathBuf> {
    let dir = programs_dir();
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "rs"))
        .collect();
    v.sort();
    v
}

/// The file stem of a program (`box_dyn_basic` for `.../box_dyn_basic.rs`).
pub fn program_name(program: &Path) -> String {
    program.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| program.display().to_string())
}

/// The plugin to load: `$RELTAB_PLUGIN`, else
/// `<workspace>/target/release/libreltab.so`. Panics with a clear message when
/// the file does not exist.
pub fn plugin_path() -> PathBuf {
    let (path, from_env) = match std::env::var_os("RELTAB_PLUGIN") {
        Some(p) if !p.is_empty() => (PathBuf::from(p), true),
        _ => (workspace_root().join("target/release/libreltab.so"), false),
    };
    if !path.is_file() {
        if from_env {
            panic!("RELTAB_PLUGIN={} does not exist; build the plugin first: cargo build --release", path.display());
        }
        panic!(
            "reltab plugin not found at {}; build the plugin first: cargo build --release \
             (from {}), or point RELTAB_PLUGIN at a libreltab.so",
            path.display(),
            workspace_root().display()
        );
    }
    path
}

/// The plugin built for the set-up's `opt` (LLVM with assertions):
/// `$RELTAB_OPT_PLUGIN` (the variable `lit/lit.cfg.py` reads too), else
/// `libreltab_opt.so` beside [`plugin_path`] when `RELTAB_PLUGIN` is set, else
/// `<workspace>/target/release/libreltab_opt.so`. Panics with a clear message
/// when the file does not exist.
pub fn opt_plugin_path() -> PathBuf {
    let path = match std::env::var_os("RELTAB_OPT_PLUGIN") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => match std::env::var_os("RELTAB_PLUGIN") {
            Some(p) if !p.is_empty() => PathBuf::from(p).with_file_name("libreltab_opt.so"),
            _ => workspace_root().join("target/release/libreltab_opt.so"),
        },
    };
    assert!(
        path.is_file(),
        "the opt plugin {} does not exist: build it first (cargo build --release), \
         or point RELTAB_OPT_PLUGIN at a libreltab_opt.so",
        path.display()
    );
    path
}

/// An LLVM 22 tool of `scripts/setup` (`opt`, `llc`, `lli`, ...):
/// `$RELTAB_LLVM_BIN/<tool>` (as in `lit/lit.cfg.py`), else
/// `<workspace>/.tools/llvm/bin/<tool>`. Panics when it is missing.
pub fn llvm_tool(tool: &str) -> PathBuf {
    let dir = match std::env::var_os("RELTAB_LLVM_BIN") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => workspace_root().join(".tools/llvm/bin"),
    };
    let path = dir.join(tool);
    assert!(path.is_file(), "{} is missing: run scripts/setup (or set RELTAB_LLVM_BIN)", path.display());
    path
}

/// Root of all scratch directories: `$RELTAB_TESTS_DIR`, else
/// `<workspace>/target/reltab-tests`. Created on demand.
pub fn scratch_root() -> PathBuf {
    let root = match std::env::var_os("RELTAB_TESTS_DIR") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => workspace_root().join("target").join("reltab-tests"),
    };
    std::fs::create_dir_all(&root).unwrap_or_else(|e| panic!("cannot create {}: {e}", root.display()));
    root
}

/// This process's scratch directory, `<scratch_root>/run-<pid>`. The first call
/// also removes `run-<pid>` directories left behind by processes that no
/// longer exist, so concurrent test runs do not disturb each other and old
/// runs do not pile up.
pub fn run_dir() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = scratch_root();
        if let Ok(entries) = std::fs::read_dir(&root) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if let Some(pid) = name.strip_prefix("run-").and_then(|p| p.parse::<u32>().ok()) {
                    if pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() {
                        let _ = std::fs::remove_dir_all(e.path());
                    }
                }
            }
        }
        let dir = root.join(format!("run-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        dir
    })
    .clone()
}

/// A fresh directory `<run_dir>/<name>` (emptied if it exists).
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = run_dir().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

/// Removes a scratch directory unless `RELTAB_KEEP` is set.
pub fn discard(dir: &Path) {
    if std::env::var_os("RELTAB_KEEP").is_none() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

fn env_secs(var: &str, default: u64) -> Duration {
    let secs = std::env::var(var).ok().and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(default);
    Duration::from_secs(secs)
}

/// How long a test program may run.
pub fn run_timeout() -> Duration {
    env_secs("RELTAB_RUN_TIMEOUT", 30)
}

/// How long one rustc invocation may take.
pub fn build_timeout() -> Duration {
    env_secs("RELTAB_BUILD_TIMEOUT", 600)
}

// ---------------------------------------------------------------------------
// Running processes with a time limit
// ---------------------------------------------------------------------------

/// What a finished (or killed) process did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Everything written to stdout (lossily decoded as UTF-8).
    pub stdout: String,
    /// Everything written to stderr (lossily decoded as UTF-8).
    pub stderr: String,
    /// Exit status as text: `exit 0`, `exit 3`, `signal 11`, or `timeout`
    /// (see [`Outcome::code`] for the number).
    pub status: String,
    /// Exit code, `None` when killed by a signal or by the time limit.
    pub code: Option<i32>,
    /// True when the process was killed because it exceeded the time limit.
    pub timed_out: bool,
}

impl Outcome {
    /// True for `exit 0`.
    pub fn success(&self) -> bool {
        self.code == Some(0)
    }
}

fn describe_status(st: ExitStatus) -> (String, Option<i32>) {
    use std::os::unix::process::ExitStatusExt;
    match (st.code(), st.signal()) {
        (Some(c), _) => (format!("exit {c}"), Some(c)),
        (None, Some(s)) => (format!("signal {s}"), None),
        (None, None) => (format!("{st}"), None),
    }
}

fn read_all<R: Read + Send + 'static>(r: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut r) = r {
            let _ = r.read_to_end(&mut buf);
        }
        buf
    })
}

/// Runs `cmd` to completion with stdin closed and stdout/stderr captured,
/// killing it after `limit`.
pub fn run_command(mut cmd: Command, limit: Duration) -> std::io::Result<Outcome> {
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn()?;
    let out = read_all(child.stdout.take());
    let err = read_all(child.stderr.take());
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break st;
        }
        if start.elapsed() > limit {
            timed_out = true;
            let _ = child.kill();
            break child.wait()?;
        }
        thread::sleep(Duration::from_millis(5));
    };
    // A grandchild holding the pipes open could block these joins; test
    // programs only spawn threads, and rustc waits for its linker.
    let stdout = String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    let (mut status_text, code) = describe_status(status);
    if timed_out {
        status_text = format!("timeout after {:?} (killed)", limit);
    }
    Ok(Outcome { stdout, stderr, status: status_text, code: if timed_out { None } else { code }, timed_out })
}

/// Runs a test binary with the [`run_timeout`] limit, in a fixed environment
/// (`RUST_BACKTRACE`/`RUST_LIB_BACKTRACE` removed, `LC_ALL=C`) so that its
/// output depends on the program only.
pub fn run(binary: &Path) -> Outcome {
    let mut cmd = Command::new(binary);
    cmd.env_remove("RUST_BACKTRACE").env_remove("RUST_LIB_BACKTRACE").env_remove("RUST_MIN_STACK").env("LC_ALL", "C");
    if let Some(dir) = binary.parent() {
        cmd.current_dir(dir);
    }
    run_command(cmd, run_timeout()).unwrap_or_else(|e| panic!("cannot run {}: {e}", binary.display()))
}

// ---------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------

/// A failed rustc invocation, with everything needed to reproduce it.
#[derive(Debug)]
pub struct BuildError {
    /// The command line, ready to paste into a shell.
    pub command: String,
    /// rustc's exit status (or `timeout ...`).
    pub status: String,
    /// rustc's stdout.
    pub stdout: String,
    /// rustc's stderr.
    pub stderr: String,
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "rustc failed ({}):", self.status)?;
        writeln!(f, "  command: {}", self.command)?;
        if !self.stdout.trim().is_empty() {
            writeln!(f, "  --- rustc stdout ---")?;
            for l in self.stdout.lines() {
                writeln!(f, "  {l}")?;
            }
        }
        writeln!(f, "  --- rustc stderr ---")?;
        for l in self.stderr.lines() {
            writeln!(f, "  {l}")?;
        }
        Ok(())
    }
}

impl std::error::Error for BuildError {}

/// The rustc command: `$RELTAB_RUSTC`, else `rustc +$RELTAB_TOOLCHAIN`
/// (`+nightly` by default) through the rustup proxy, in a clean environment
/// (no inherited jobserver or toolchain override).
pub fn rustc_command() -> Command {
    let mut cmd = match std::env::var_os("RELTAB_RUSTC") {
        Some(r) if !r.is_empty() => Command::new(r),
        _ => {
            let tc = std::env::var("RELTAB_TOOLCHAIN").unwrap_or_else(|_| "nightly".to_string());
            let mut c = Command::new("rustc");
            c.arg(format!("+{tc}"));
            c
        }
    };
    for v in ["RUSTUP_TOOLCHAIN", "CARGO_MAKEFLAGS", "MAKEFLAGS", "MFLAGS", "RUSTC_LOG", "RUST_BACKTRACE"] {
        cmd.env_remove(v);
    }
    cmd
}

fn shell_words(cmd: &Command) -> String {
    let quote = |s: &std::ffi::OsStr| {
        let s = s.to_string_lossy();
        if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_=+./:,@%".contains(c)) {
            s.into_owned()
        } else {
            format!("'{}'", s.replace('\'', r"'\''"))
        }
    };
    std::iter::once(quote(cmd.get_program())).chain(cmd.get_args().map(quote)).collect::<Vec<_>>().join(" ")
}

/// Runs one rustc invocation: [`BASE_FLAGS`], the plugin for
/// [`Variant::Plugin`], then `args` (source file, output, crate type, extra
/// flags). rustc's own stderr (the plugin's debug lines and warnings) is
/// ignored unless the build fails.
pub fn rustc(variant: Variant, args: &[OsString], cwd: &Path) -> Result<Outcome, BuildError> {
    rustc_env(variant, args, &[], cwd)
}

/// Like [`rustc`], with extra environment variables for the rustc process
/// (e.g. [`OPTIONS_ENV`]).
pub fn rustc_env(
    variant: Variant,
    args: &[OsString],
    env: &[(&str, OsString)],
    cwd: &Path,
) -> Result<Outcome, BuildError> {
    let mut cmd = rustc_command();
    cmd.args(BASE_FLAGS);
    if variant == Variant::Plugin {
        let mut z = OsString::from("-Zllvm-plugins=");
        z.push(plugin_path());
        cmd.arg(z);
    }
    cmd.args(args).current_dir(cwd);
    let mut command = shell_words(&cmd);
    for (k, v) in env {
        cmd.env(k, v);
        command = format!("{k}={} {command}", shell_words(&Command::new(v)));
    }
    let _slot = BuildSlot::acquire();
    let out = run_command(cmd, build_timeout()).map_err(|e| BuildError {
        command: command.clone(),
        status: format!("could not start: {e}"),
        stdout: String::new(),
        stderr: String::new(),
    })?;
    if out.success() {
        Ok(out)
    } else {
        Err(BuildError { command, status: out.status, stdout: out.stdout, stderr: out.stderr })
    }
}

/// Number of parallel jobs: `$RELTAB_TEST_JOBS`, default 2 (the test machine
/// has two cores and every build is a fat-LTO rustc run).
pub fn jobs() -> usize {
    std::env::var("RELTAB_TEST_JOBS").ok().and_then(|v| v.trim().parse::<usize>().ok()).filter(|&n| n > 0).unwrap_or(2)
}

/// A slot of the process-wide limit on concurrent rustc invocations ([`jobs`]
/// of them), so that tests running in parallel do not oversubscribe the
/// machine. Released on drop.
pub struct BuildSlot(());

static SLOTS: (std::sync::Mutex<usize>, std::sync::Condvar) = (std::sync::Mutex::new(0), std::sync::Condvar::new());

impl BuildSlot {
    /// Waits until fewer than [`jobs`] rustc invocations are running.
    pub fn acquire() -> BuildSlot {
        let limit = jobs();
        let mut busy = SLOTS.0.lock().unwrap_or_else(|e| e.into_inner());
        while *busy >= limit {
            busy = SLOTS.1.wait(busy).unwrap_or_else(|e| e.into_inner());
        }
        *busy += 1;
        BuildSlot(())
    }
}

impl Drop for BuildSlot {
    fn drop(&mut self) {
        *SLOTS.0.lock().unwrap_or_else(|e| e.into_inner()) -= 1;
        SLOTS.1.notify_one();
    }
}

/// The environment variable through which the plugin takes its options under
/// rustc. (`-Cllvm-args=-reltab-...` does not work: this rustc parses
/// `-Cllvm-args` before it loads `-Zllvm-plugins`, so the plugin's options are
/// not registered yet and rustc rejects them as unknown.)
pub const OPTIONS_ENV: &str = "RELTAB_OPTIONS";

/// The [`OPTIONS_ENV`] value asking the plugin for a JSON report at `path`.
pub fn report_option(path: &Path) -> OsString {
    let mut s = OsString::from("-reltab-report=");
    s.push(path);
    s
}

static BUILD_SEQ: AtomicUsize = AtomicUsize::new(0);

/// Builds a single-file program into `<run_dir>/<name>-<variant>[-N]/<name>`
/// and returns the binary's path. `extra_rustc_args` come last on the command
/// line (e.g. `-Cdebuginfo=2`).
pub fn build(program: &Path, variant: Variant, extra_rustc_args: &[&str]) -> Result<PathBuf, BuildError> {
    let name = program_name(program);
    let seq = BUILD_SEQ.fetch_add(1, Ordering::Relaxed);
    let dir = scratch_dir(&format!("{name}-{variant}-{seq}"));
    build_in(&dir, program, variant, extra_rustc_args)
}

/// Like [`build`], into a directory chosen by the caller.
pub fn build_in(
    dir: &Path,
    program: &Path,
    variant: Variant,
    extra_rustc_args: &[&str],
) -> Result<PathBuf, BuildError> {
    build_in_env(dir, program, variant, extra_rustc_args, &[])
}

/// Like [`build_in`], with extra environment variables for rustc, e.g.
/// `[(OPTIONS_ENV, report_option(path))]` to have the plugin write its report.
pub fn build_in_env(
    dir: &Path,
    program: &Path,
    variant: Variant,
    extra_rustc_args: &[&str],
    env: &[(&str, OsString)],
) -> Result<PathBuf, BuildError> {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    let out = dir.join(program_name(program));
    let mut args: Vec<OsString> =
        vec!["--crate-type=bin".into(), program.as_os_str().to_owned(), "-o".into(), out.as_os_str().to_owned()];
    args.extend(extra_rustc_args.iter().map(OsString::from));
    rustc_env(variant, &args, env, dir)?;
    Ok(out)
}

/// Builds the two-crate case of `tests/programs/dep_crate/` into `dir`:
/// `shapes_lib.rs` as an rlib (with `lib_variant`), then `uses_dep.rs` as a
/// binary linked against it with `--extern shapes_lib=...` (with
/// `bin_variant`). Both use [`BASE_FLAGS`], including `-Clto=fat`: for the
/// rlib that keeps rustc's default `-Cembed-bitcode=yes`, and the fat-LTO link
/// of the binary pulls the library's bitcode in. `extra_rustc_args` go to both
/// invocations. Returns the binary's path.
pub fn build_dep_pair(
    dir: &Path,
    lib_variant: Variant,
    bin_variant: Variant,
    extra_rustc_args: &[&str],
) -> Result<PathBuf, BuildError> {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    let src = dep_crate_dir();
    let rlib = dir.join("libshapes_lib.rlib");
    let mut lib_args: Vec<OsString> = vec![
        "--crate-type=rlib".into(),
        "--crate-name=shapes_lib".into(),
        src.join("shapes_lib.rs").into_os_string(),
        "-o".into(),
        rlib.as_os_str().to_owned(),
    ];
    lib_args.extend(extra_rustc_args.iter().map(OsString::from));
    rustc(lib_variant, &lib_args, dir)?;

    let bin = dir.join("uses_dep");
    let mut extern_arg = OsString::from("shapes_lib=");
    extern_arg.push(&rlib);
    let mut bin_args: Vec<OsString> = vec![
        "--crate-type=bin".into(),
        src.join("uses_dep.rs").into_os_string(),
        "--extern".into(),
        extern_arg,
        "-L".into(),
        dir.as_os_str().to_owned(),
        "-o".into(),
        bin.as_os_str().to_owned(),
    ];
    bin_args.extend(extra_rustc_args.iter().map(OsString::from));
    rustc(bin_variant, &bin_args, dir)?;
    Ok(bin)
}

// ---------------------------------------------------------------------------
// Inspecting binaries and programs
// ---------------------------------------------------------------------------

/// Number of `R_X86_64_RELATIVE` dynamic relocations in `binary`, counted in
/// `readelf -rW` output. (A binary linked with packed relative relocations,
/// `.relr.dyn`, would report those separately; rustc's default link does not
/// use them.) Panics if readelf cannot be run or fails.
pub fn relative_relocations(binary: &Path) -> usize {
    let out = Command::new("readelf")
        .arg("-rW")
        .arg(binary)
        .output()
        .unwrap_or_else(|e| panic!("cannot run readelf (binutils) on {}: {e}", binary.display()));
    assert!(out.status.success(), "readelf -rW {} failed: {}", binary.display(), String::from_utf8_lossy(&out.stderr));
    count_relative(&String::from_utf8_lossy(&out.stdout))
}

/// Counts the relocation lines of type `R_X86_64_RELATIVE` in `readelf -rW`
/// output (not `R_X86_64_IRELATIVE`).
pub fn count_relative(readelf_output: &str) -> usize {
    readelf_output.lines().filter(|l| l.split_whitespace().any(|w| w == "R_X86_64_RELATIVE")).count()
}

/// The exit code a program is meant to end with: the `N` of a header line
/// `//@ exit-code: N` among its first 20 lines, else 0.
pub fn expected_exit_code(program: &Path) -> i32 {
    let text = std::fs::read_to_string(program).unwrap_or_else(|e| panic!("cannot read {}: {e}", program.display()));
    for line in text.lines().take(20) {
        if let Some(rest) = line.trim().strip_prefix("//@ exit-code:") {
            return rest
                .trim()
                .parse()
                .unwrap_or_else(|_| panic!("{}: bad `//@ exit-code:` line: {line}", program.display()));
        }
    }
    0
}

/// The one-line summary from a program's leading `//!` comment.
pub fn description(program: &Path) -> String {
    std::fs::read_to_string(program)
        .ok()
        .and_then(|t| t.lines().next().and_then(|l| l.strip_prefix("//!")).map(|s| s.trim().to_string()))
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Comparing outcomes
// ---------------------------------------------------------------------------

/// A line diff of `a` (expected) and `b` (actual), `-`/`+` marked with
/// `context` lines around each change; empty when equal. Long inputs are
/// compared in full but the report is capped.
pub fn diff(a: &str, b: &str, context: usize) -> String {
    if a == b {
        return String::new();
    }
    let x: Vec<&str> = a.lines().collect();
    let y: Vec<&str> = b.lines().collect();
    // Strip the common prefix and suffix, LCS on the rest.
    let mut pre = 0;
    while pre < x.len() && pre < y.len() && x[pre] == y[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < x.len() - pre && suf < y.len() - pre && x[x.len() - 1 - suf] == y[y.len() - 1 - suf] {
        suf += 1;
    }
    let xm = &x[pre..x.len() - suf];
    let ym = &y[pre..y.len() - suf];
    let mut ops: Vec<(char, &str)> = x[..pre].iter().map(|l| (' ', *l)).collect();
    if xm.len() * ym.len() <= 4_000_000 {
        let (n, m) = (xm.len(), ym.len());
        let mut t = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                t[i * (m + 1) + j] = if xm[i] == ym[j] {
                    t[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    t[(i + 1) * (m + 1) + j].max(t[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && xm[i] == ym[j] {
                ops.push((' ', xm[i]));
                i += 1;
                j += 1;
            } else if i < n && (j == m || t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1]) {
                ops.push(('-', xm[i]));
                i += 1;
            } else {
                ops.push(('+', ym[j]));
                j += 1;
            }
        }
    } else {
        ops.extend(xm.iter().map(|l| ('-', *l)));
        ops.extend(ym.iter().map(|l| ('+', *l)));
    }
    ops.extend(x[x.len() - suf..].iter().map(|l| (' ', *l)));
    if a.ends_with('\n') != b.ends_with('\n') {
        ops.push(('!', "(the two texts differ in their final newline)"));
    }
    let changed: Vec<usize> = ops.iter().enumerate().filter(|(_, o)| o.0 != ' ').map(|(i, _)| i).collect();
    let mut out = String::new();
    let mut last_printed: Option<usize> = None;
    let mut lines = 0;
    for (k, &c) in changed.iter().enumerate() {
        let from = c.saturating_sub(context).max(last_printed.map_or(0, |l| l + 1));
        let to = (c + context).min(ops.len() - 1);
        if last_printed.map_or(from > 0, |l| from > l + 1) {
            out.push_str(&format!("@@ line {} @@\n", from + 1));
        }
        for (i, (tag, line)) in ops.iter().enumerate().take(to + 1).skip(from) {
            out.push_str(&format!("{tag} {line}\n"));
            lines += 1;
            last_printed = Some(i);
        }
        if lines > 200 {
            out.push_str(&format!("... ({} more changed lines not shown)\n", changed.len() - k - 1));
            break;
        }
    }
    out
}

/// Compares two outcomes field by field (`expected` from the baseline build,
/// `actual` from the plugin build). Returns `None` when stdout, stderr and the
/// exit status are identical, else a readable report with diffs.
pub fn compare(expected: &Outcome, actual: &Outcome, expected_label: &str, actual_label: &str) -> Option<String> {
    let mut report = String::new();
    if expected.status != actual.status {
        report.push_str(&format!(
            "exit status differs: {expected_label}: {}, {actual_label}: {}\n",
            expected.status, actual.status
        ));
    }
    for (what, e, a) in [("stdout", &expected.stdout, &actual.stdout), ("stderr", &expected.stderr, &actual.stderr)] {
        if e != a {
            report.push_str(&format!("{what} differs (- {expected_label}, + {actual_label}):\n"));
            report.push_str(&diff(e, a, 3));
        }
    }
    (!report.is_empty()).then_some(report)
}

/// Runs `f` over `items` on `jobs` threads (at least 1), returning the results
/// in the order of `items`.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> = items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    thread::scope(|s| {
        for _ in 0..jobs.max(1).min(items.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= items.len() {
                    break;
                }
                let r = f(&items[i]);
                *results[i].lock().unwrap() = Some(r);
            });
        }
    });
    results.into_iter().map(|m| m.into_inner().unwrap().expect("every item processed")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_marks_changes() {
        assert_eq!(diff("a\nb\n", "a\nb\n", 3), "");
        let d = diff("a\nb\nc\n", "a\nB\nc\n", 1);
        assert!(d.contains("- b\n") && d.contains("+ B\n"), "{d}");
        let d = diff("1\n2\nold\n3\n", "1\n2\nnew\n3\n", 0);
        assert_eq!(d, "@@ line 3 @@\n- old\n+ new\n");
        let e = Outcome {
            stdout: "a\n".into(),
            stderr: String::new(),
            status: "exit 0".into(),
            code: Some(0),
            timed_out: false,
        };
        let mut f = e.clone();
        assert!(compare(&e, &f, "x", "y").is_none());
        f.status = "exit 1".into();
        f.stderr = "oops\n".into();
        let r = compare(&e, &f, "x", "y").unwrap();
        assert!(r.contains("exit status differs") && r.contains("stderr differs") && r.contains("+ oops"), "{r}");
        let d = diff("x\n", "x", 1);
        assert!(d.contains("final newline"), "{d}");
    }

    #[test]
    fn counts_only_relative() {
        let s = "000000001 0000000000000008 R_X86_64_RELATIVE 1234\n\
                 000000002 0000000000000025 R_X86_64_IRELATIVE 99\n\
                 000000003 0000000600000006 R_X86_64_GLOB_DAT 0 foo + 0\n\
                 000000004 0000000000000008 R_X86_64_RELATIVE 5678\n";
        assert_eq!(count_relative(s), 2);
    }

    #[test]
    fn exit_code_header() {
        assert_eq!(expected_exit_code(&programs_dir().join("exit_nonzero.rs")), 3);
        assert_eq!(expected_exit_code(&programs_dir().join("box_dyn_basic.rs")), 0);
    }

    #[test]
    fn every_program_has_a_description() {
        for p in list_programs() {
            assert!(!description(&p).is_empty(), "{} lacks a leading //! line", p.display());
        }
    }

    #[test]
    fn parallel_map_keeps_order() {
        let v: Vec<u32> = (0..20).collect();
        assert_eq!(parallel_map(&v, 3, |x| x * 2), v.iter().map(|x| x * 2).collect::<Vec<_>>());
    }
}
