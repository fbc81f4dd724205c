//! `cargo reltab test`: does the project still work with reltab? Its own
//! tests (unit, integration, doctests) run three times with the same
//! toolchain and flags: stock, with reltab, and with reltab in check mode
//! (`-reltab-check`: a converted program traps with a message on any vtable
//! read reltab missed). Every test that passes stock must pass in both, and
//! no check may fire.
//!
//! Fat LTO for tests: cargo's `test` profile gets `lto = "fat"`, opt-level 3
//! and one codegen unit (`CARGO_PROFILE_TEST_*`), so every test binary is a
//! fat-LTO link (at opt-level 0 reltab converts nothing); doctests get the
//! same through `RUSTDOCFLAGS`, and rustdoc compiles each through this
//! program (`--test-builder-wrapper`), which gives each its own report. The
//! libtest lines of cargo's output say which tests passed; the reports say
//! which links were converted and why not.

use crate::cargo_build::{self, BuildRequest, Variant};
use crate::wrapper;
use reltab_report::Report;
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// One fat-LTO link of a run: a test binary or a doctest.
#[derive(Serialize)]
pub struct Link {
    pub name: String,
    pub doctest: bool,
    pub converted: bool,
    /// Why it was left absolute.
    pub why_not: Option<String>,
    /// The codes of the reasons it was left absolute (docs/options.md).
    pub refusal_codes: Vec<String>,
}

/// One `cargo test` of the project (`--json` writes them).
#[derive(Serialize)]
pub struct Run {
    pub label: &'static str,
    /// `binary<TAB>test` of each test that passed, failed; how many were ignored.
    pub passed: BTreeSet<String>,
    pub failed: BTreeSet<String>,
    pub ignored: usize,
    pub links: Vec<Link>,
    /// Test binaries cargo built without fat LTO (a proc-macro crate's own
    /// tests): no fat-LTO link, not counted.
    pub not_fat_lto: Vec<String>,
    /// Lines of check mode's messages (`reltab check: …`).
    pub traps: Vec<String>,
    /// `binary<TAB>test` of each test that passed stock but not in this run.
    pub lost: Vec<String>,
    pub seconds: f64,
    pub log: PathBuf,
}

/// Runs the project's tests once, in `<target>/reltab/test-<label>`.
pub fn run(request: &BuildRequest, variant: &Variant, check: bool) -> Result<Run, String> {
    let label = variant.label;
    let dir = request.project.target_dir.join("reltab").join(format!("test-{label}"));
    cargo_build::refresh_if_setting_changed(&dir, request, variant)?;
    let links = dir.join("links");
    let doctests = links.join("doctests");
    let _ = std::fs::remove_dir_all(&doctests); // rustdoc compiles every doctest again
    let me = std::env::current_exe().map_err(|e| format!("cannot find cargo-reltab itself: {e}"))?;
    let mut rustdoc_flags =
        format!("-Copt-level=3 -Ccodegen-units=1 -Zunstable-options --test-builder-wrapper={}", me.display());
    if let Some(plugin) = variant.plugin {
        rustdoc_flags.push_str(&format!(" -Zllvm-plugins={}", plugin.display()));
    }
    let mut options = std::env::var("RELTAB_OPTIONS").unwrap_or_default();
    if check {
        options.push_str(" -reltab-check");
    }

    // cargo's stderr ("Running …", "Doc-tests …") and the tests' stdout in
    // one stream, in order: which test belongs to which binary.
    let mut cmd = Command::new("sh");
    cmd.args(["-c", "exec \"$@\" 2>&1", "sh"]);
    let mut cargo = request.toolchain.cargo();
    cmd.arg(cargo.get_program());
    cmd.args(cargo.get_args());
    for (key, value) in cargo.get_envs() {
        match value {
            Some(v) => cmd.env(key, v),
            None => cmd.env_remove(key),
        };
    }
    cargo = cmd;
    cargo.arg("test");
    if cargo_build::value_of(request.cargo_args, "--target").is_none() {
        cargo.args(["--target", &request.toolchain.host]);
    }
    cargo
        .arg("--no-fail-fast")
        .args(request.cargo_args)
        .env("CARGO_TARGET_DIR", &dir)
        .env("CARGO_PROFILE_TEST_LTO", "fat")
        .env("CARGO_PROFILE_TEST_OPT_LEVEL", "3")
        .env("CARGO_PROFILE_TEST_CODEGEN_UNITS", "1")
        .env("RUSTDOCFLAGS", rustdoc_flags)
        .env("RELTAB_OPTIONS", options.trim_start())
        .env("RUSTC_WRAPPER", &me)
        .env(wrapper::INNER_WRAPPER, std::env::var_os("RUSTC_WRAPPER").unwrap_or_default())
        .env(wrapper::PLUGIN, variant.plugin.map(|p| p.as_os_str()).unwrap_or_default())
        .env(wrapper::OUT, &links)
        .env(wrapper::DOCTEST_REPORTS, &doctests)
        .env(wrapper::RELR, "0")
        .env(wrapper::KEEP_BITCODE, "0")
        .stdout(Stdio::piped());
    let started = Instant::now();
    let mut child = cargo.spawn().map_err(|e| format!("cannot run cargo: {e}"))?;
    let log_path = dir.join("test.log");
    let mut log = String::new();
    let mut parsed = Parsed::default();
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.map_err(|e| e.to_string())?;
        if let Some(progress) = parsed.line(&line) {
            eprintln!("cargo reltab: [{label}] {progress}");
        }
        log.push_str(&line);
        log.push('\n');
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    std::fs::write(&log_path, &log).map_err(|e| format!("cannot write {}: {e}", log_path.display()))?;
    // A build that failed before any test ran is an error of its own, not
    // "every test failed".
    if !status.success() && parsed.binaries.is_empty() && parsed.passed.is_empty() && parsed.failed.is_empty() {
        let last = log.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default();
        return Err(format!("cargo test failed before any test ran ({label}): {last}; see {}", log_path.display()));
    }

    let mut found = Vec::new();
    let mut not_fat_lto = Vec::new();
    for binary in &parsed.binaries {
        if wrapper::not_fat_lto_file(&links, binary).exists() {
            not_fat_lto.push(binary.clone());
        } else {
            found.push(link(binary, false, &wrapper::report_file(&links, binary)));
        }
    }
    let mut doctest_reports: Vec<PathBuf> =
        std::fs::read_dir(&doctests).map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    doctest_reports.sort();
    for report in doctest_reports {
        let name = report.file_name().unwrap_or_default().to_string_lossy().into_owned();
        found.push(link(&name, true, &report));
    }
    Ok(Run {
        label,
        passed: parsed.passed,
        failed: parsed.failed,
        ignored: parsed.ignored,
        links: found,
        not_fat_lto,
        traps: parsed.traps,
        lost: Vec::new(),
        seconds: started.elapsed().as_secs_f64(),
        log: log_path,
    })
}

/// A link and what its report says; no report means the plugin did not run
/// at fat LTO there (or the build is stock).
fn link(name: &str, doctest: bool, report: &Path) -> Link {
    let read = report.exists().then(|| Report::read(report).ok()).flatten();
    let converted = read.as_ref().is_some_and(Report::converted);
    let why_not = match &read {
        None => Some("no report: not linked at fat LTO with the plugin".to_string()),
        Some(r) if !converted => Some(r.refusal_text()),
        Some(_) => None,
    };
    let refusal_codes = match read.as_ref().and_then(|r| r.conversion.as_ref()) {
        Some(c) if !converted => c
            .refused_because
            .iter()
            .filter_map(|r| serde_json::to_value(r.code).ok().and_then(|v| v.as_str().map(str::to_string)))
            .collect(),
        _ => Vec::new(),
    };
    Link { name: name.to_string(), doctest, converted, why_not, refusal_codes }
}

/// Marks in each run the tests that passed stock (the first run) but not
/// in it.
pub fn find_lost(runs: &mut [Run]) {
    let stock = runs[0].passed.clone();
    for run in runs.iter_mut().skip(1) {
        run.lost = stock.difference(&run.passed).cloned().collect();
    }
}

/// What the lines of `cargo test` say.
#[derive(Default)]
struct Parsed {
    binary: String,
    /// The test binaries that ran, by file name (the wrapper's key).
    binaries: Vec<String>,
    passed: BTreeSet<String>,
    failed: BTreeSet<String>,
    ignored: usize,
    traps: Vec<String>,
}

impl Parsed {
    /// Takes one line; returns what to show as progress.
    fn line(&mut self, line: &str) -> Option<String> {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix("Running ") {
            // `Running unittests src/lib.rs (target/…/deps/name-hash)`
            let rest = rest.strip_prefix("unittests ").unwrap_or(rest);
            let (source, path) = rest.split_once(" (").unwrap_or((rest, ""));
            self.binary = source.to_string();
            let file = Path::new(path.trim_end_matches(')')).file_name();
            self.binaries.extend(file.map(|f| f.to_string_lossy().into_owned()));
            return Some(format!("running {source}"));
        }
        if let Some(name) = trimmed.strip_prefix("Doc-tests ") {
            self.binary = "doctests".into();
            return Some(format!("doctests of {name}"));
        }
        if line.contains("reltab check:") {
            self.traps.push(line.trim().to_string());
        }
        if trimmed.starts_with("test result:") {
            return Some(trimmed.to_string());
        }
        // `test NAME ... ok`; a test may print in front of it without a
        // newline, and then the last `test ` before ` ... ` starts it.
        let (head, result) = line.rsplit_once(" ... ")?;
        let name = match trimmed.strip_prefix("test ") {
            Some(name) => name.rsplit_once(" ... ")?.0,
            None => &head[head.rfind("test ")? + 5..],
        };
        let key = format!("{}\t{name}", self.binary);
        match result.trim() {
            "ok" => {
                self.passed.insert(key);
            }
            "FAILED" => {
                self.failed.insert(key);
            }
            "ignored" => self.ignored += 1,
            r if r.starts_with("ignored") => self.ignored += 1,
            _ => {}
        }
        None
    }
}

/// The summary of the three runs, and whether they hold: every test that
/// passed stock passed in the others, no check fired, and (when asked)
/// something was converted.
pub fn report(runs: &[Run], require_converted: bool) -> (String, bool) {
    let stock = &runs[0];
    let mut out = String::new();
    let mut ok = true;
    for run in runs {
        out.push_str(&format!(
            "{}: {} passed, {} failed, {} ignored ({:.0} s; log {})\n",
            run.label,
            run.passed.len(),
            run.failed.len(),
            run.ignored,
            run.seconds,
            run.log.display()
        ));
        if run.label == stock.label {
            continue;
        }
        let (bins, docs): (Vec<&Link>, Vec<&Link>) = run.links.iter().partition(|l| !l.doctest);
        let converted = |ls: &[&Link]| ls.iter().filter(|l| l.converted).count();
        out.push_str(&format!(
            "  fat-LTO links converted: test binaries {}/{}, doctests {}/{}\n",
            converted(&bins),
            bins.len(),
            converted(&docs),
            docs.len()
        ));
        for name in &run.not_fat_lto {
            out.push_str(&format!(
                "  not a fat-LTO link (cargo builds it without LTO, as a proc-macro crate's tests): {name}\n"
            ));
        }
        for l in run.links.iter().filter(|l| !l.converted) {
            let why = l.why_not.as_deref().unwrap_or_default();
            out.push_str(&format!("  left absolute: {}: {}\n", l.name, why.lines().next().unwrap_or_default()));
        }
        if !run.lost.is_empty() {
            ok = false;
            out.push_str(&format!("  FAIL: {} tests that pass stock do not pass {}:\n", run.lost.len(), run.label));
            for t in run.lost.iter().take(20) {
                out.push_str(&format!("    {}\n", t.replace('\t', ": ")));
            }
        }
        if !run.traps.is_empty() {
            ok = false;
            out.push_str(&format!("  FAIL: check mode trapped {} time(s):\n", run.traps.len()));
            for t in run.traps.iter().take(10) {
                out.push_str(&format!("    {t}\n"));
            }
        }
        if require_converted && run.links.iter().all(|l| !l.converted) {
            ok = false;
            out.push_str(&format!("  FAIL: nothing was converted in {} (--require-converted)\n", run.label));
        }
    }
    if stock.passed.is_empty() {
        out.push_str("note: no test passed stock, so there is nothing to compare\n");
    }
    (out, ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_libtest_lines_per_binary() {
        let mut p = Parsed::default();
        for line in [
            "     Running unittests src/lib.rs (target/x/deps/shapes-0123abcd)",
            "test tests::area ... ok",
            "test tests::slow ... ignored, takes long",
            "     Running tests/shapes.rs (target/x/deps/shapes-4567ef01)",
            "printed by a test test it::works ... ok",
            "test it::breaks ... FAILED",
            "reltab check: f read the method entry at offset 24 of a vtable that reltab did not convert",
            "   Doc-tests shapes",
            "test src/lib.rs - Shape (line 3) ... ok",
            "test result: ok. 1 passed; 0 failed",
        ] {
            p.line(line);
        }
        assert_eq!(p.binaries, ["shapes-0123abcd", "shapes-4567ef01"]);
        let passed: Vec<&str> = p.passed.iter().map(String::as_str).collect();
        assert_eq!(
            passed,
            ["doctests\tsrc/lib.rs - Shape (line 3)", "src/lib.rs\ttests::area", "tests/shapes.rs\tit::works"]
        );
        assert_eq!(p.failed.iter().next().unwrap(), "tests/shapes.rs\tit::breaks");
        assert_eq!((p.ignored, p.traps.len()), (1, 1));
    }
}
