//! The std audit of a toolchain (`cargo reltab audit`), and auditing the
//! toolchain of a build on first use.
//!
//! The plugin converts a fat-LTO program only when the precompiled std it
//! links was audited (plugin/src/audit.rs, docs/audit.md). The audits of
//! `audit/*.json` are compiled into the plugin; any other toolchain is
//! audited here, by the same plugin's rules, into the audit cache, where the
//! plugin finds it at run time (`-reltab-audit-cache`, plugin/src/sysroot.rs):
//!
//! 1. the LLVM bitcode rustc embeds in every sysroot rlib (`.llvmbc`, what
//!    fat LTO links) is taken out of each object of each archive;
//! 2. `llvm-link` joins it into one module (`panic_abort`, linked into a
//!    program instead of `panic_unwind`, into one of its own);
//! 3. `opt -passes=reltab-audit`, with the `opt` variant of the same
//!    plugin, classifies every indirect call and every allocator call's
//!    layout, and writes the record, stamped with the plugin's rules.
//!
//! Before a build, `cargo reltab` asks the plugin what it knows of the
//! toolchain's compiler (`-reltab-toolchain-report`); when it knows no audit,
//! the toolchain is audited and the plugin asked again.

use crate::toolchain::Toolchain;
use object::read::archive::ArchiveFile;
use object::{Object, ObjectSection};
use reltab_report::audit::{record_file_name, AuditRecord, CallClass, LayoutClass, ToolchainReport};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Crates linked into a program instead of others: audited as modules of
/// their own.
const ALTERNATIVES: &[&str] = &["panic_abort"];

/// What `--check` compares of a record (the rest is detail for a reviewer).
const SUMMARY: &[&str] = &["toolchain", "compilers", "indirect_calls", "by_class", "unknown", "layouts"];

/// The tools an audit runs: LLVM 22's `llvm-link` and `opt`, and the `opt`
/// variant of the plugin, built beside it.
pub struct Tools {
    llvm_link: PathBuf,
    opt: PathBuf,
    opt_plugin: PathBuf,
}

impl Tools {
    /// The tools for `plugin` (libreltab.so): `libreltab_opt.so` beside it,
    /// and the LLVM tools of `$RELTAB_LLVM_BIN`, else of the reltab
    /// repository cargo-reltab was installed from (its scripts/setup
    /// installs them).
    pub fn find(plugin: &Path) -> Result<Tools, String> {
        let bin = std::env::var_os("RELTAB_LLVM_BIN")
            .filter(|b| !b.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../.tools/llvm/bin"));
        let tools = Tools {
            llvm_link: bin.join("llvm-link"),
            opt: bin.join("opt"),
            opt_plugin: plugin.with_file_name("libreltab_opt.so"),
        };
        for (tool, what) in [(&tools.llvm_link, "LLVM 22's llvm-link"), (&tools.opt, "LLVM 22's opt")] {
            if !tool.is_file() {
                return Err(format!(
                    "auditing a toolchain needs {what}, not found at {} (scripts/setup in the reltab repository \
                     installs it; or name the directory with RELTAB_LLVM_BIN)",
                    tool.display()
                ));
            }
        }
        if !tools.opt_plugin.is_file() {
            return Err(format!(
                "auditing a toolchain needs the opt variant of the plugin, {}, built beside {} \
                 (cargo build --release in the reltab repository builds both)",
                tools.opt_plugin.display(),
                plugin.display()
            ));
        }
        Ok(tools)
    }
}

/// Audits the sysroot of `toolchain`; says what it does on stderr.
pub fn audit_toolchain(toolchain: &Toolchain, tools: &Tools) -> Result<AuditRecord, String> {
    let started = Instant::now();
    let libdir = toolchain.sysroot_libdir()?;
    let work = std::env::temp_dir().join(format!("cargo-reltab-audit-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let result = (|| {
        let crates = extract_bitcode(&libdir, &work)?;
        let files = crates.iter().map(|c| c.bitcode.len()).sum::<usize>();
        eprintln!(
            "cargo reltab: [audit] took the bitcode of {} crates ({files} modules) out of {}",
            crates.len(),
            libdir.display()
        );
        let (main, alternatives): (Vec<&SysrootCrate>, Vec<&SysrootCrate>) =
            crates.iter().partition(|c| !ALTERNATIVES.contains(&c.name.as_str()));
        let mut parts = vec![("sysroot", main)];
        parts.extend(alternatives.into_iter().map(|c| (c.name.as_str(), vec![c])));
        let mut record: Option<AuditRecord> = None;
        for (name, members) in parts {
            let step = Instant::now();
            let part = audit_module(tools, &work, name, &members)?;
            eprintln!(
                "cargo reltab: [audit] {name}: {} indirect calls, {} unknown; {} allocator calls, {} unknown \
                 layouts ({:.0} s)",
                part.calls.indirect_calls,
                part.calls.unknown,
                part.layouts.as_ref().map_or(0, |l| l.allocator_calls),
                part.layouts.as_ref().map_or(0, |l| l.unknown),
                step.elapsed().as_secs_f64()
            );
            record = Some(match record {
                None => part,
                Some(mut all) => {
                    if all.rules != part.rules {
                        return Err("the audit's modules were classified by different plugins".into());
                    }
                    all.calls.merge(part.calls);
                    match (&mut all.layouts, part.layouts) {
                        (Some(a), Some(b)) => a.merge(b),
                        _ => return Err("the opt plugin wrote no layout audit".into()),
                    }
                    all
                }
            });
        }
        let mut record = record.ok_or("no module to audit")?;
        record.toolchain = Some(toolchain.version_line.clone());
        record.crates = crates.iter().map(|c| c.name.clone()).collect();
        Ok(record)
    })();
    let _ = std::fs::remove_dir_all(&work);
    eprintln!("cargo reltab: [audit] done in {:.0} s", started.elapsed().as_secs_f64());
    result
}

struct SysrootCrate {
    name: String,
    bitcode: Vec<PathBuf>,
}

/// The bitcode of every rlib in `libdir`, written into `work`, by crate
/// (sorted). Objects compiled from C (compiler_builtins' and
/// profiler_builtins' C parts) carry none: they are not Rust and read no
/// vtable.
fn extract_bitcode(libdir: &Path, work: &Path) -> Result<Vec<SysrootCrate>, String> {
    let mut rlibs: Vec<PathBuf> = std::fs::read_dir(libdir)
        .map_err(|e| format!("cannot read the sysroot {}: {e}", libdir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rlib"))
        .collect();
    rlibs.sort();
    let mut crates: Vec<SysrootCrate> = Vec::new();
    for rlib in rlibs {
        let name = crate_name(&rlib);
        let data = std::fs::read(&rlib).map_err(|e| format!("cannot read {}: {e}", rlib.display()))?;
        let archive = ArchiveFile::parse(&*data).map_err(|e| format!("{} is not an archive: {e}", rlib.display()))?;
        let mut bitcode = Vec::new();
        for (index, member) in archive.members().enumerate() {
            let member = member.map_err(|e| format!("{}: {e}", rlib.display()))?;
            let bytes = member.data(&*data).map_err(|e| format!("{}: {e}", rlib.display()))?;
            let Ok(object) = object::File::parse(bytes) else { continue };
            let Some(section) = object.section_by_name(".llvmbc") else { continue };
            let contents = section.data().map_err(|e| format!("{}: {e}", rlib.display()))?;
            let path = work.join(format!("{name}.{index}.bc"));
            std::fs::write(&path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            bitcode.push(path);
        }
        if !bitcode.is_empty() {
            crates.push(SysrootCrate { name, bitcode });
        }
    }
    if !crates.iter().any(|c| c.name == "std") {
        return Err(format!("no bitcode for std in {}: is this a rustup sysroot?", libdir.display()));
    }
    Ok(crates)
}

/// `libstd-0123abcd.rlib` -> `std`.
fn crate_name(rlib: &Path) -> String {
    let stem = rlib.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let stem = stem.strip_prefix("lib").unwrap_or(&stem);
    match stem.rsplit_once('-') {
        Some((name, hash)) if hash.chars().all(|c| c.is_ascii_hexdigit()) => name.to_string(),
        _ => stem.to_string(),
    }
}

/// Links the crates' bitcode into one module and runs the audit on it.
fn audit_module(tools: &Tools, work: &Path, name: &str, crates: &[&SysrootCrate]) -> Result<AuditRecord, String> {
    let linked = work.join(format!("{name}.bc"));
    let report = work.join(format!("{name}.json"));
    run(Command::new(&tools.llvm_link).args(crates.iter().flat_map(|c| &c.bitcode)).arg("-o").arg(&linked))?;
    run(Command::new(&tools.opt)
        .arg(format!("-load-pass-plugin={}", tools.opt_plugin.display()))
        .arg("-passes=reltab-audit")
        .arg(format!("-reltab-report={}", report.display()))
        .arg("-disable-output")
        .arg(&linked))?;
    reltab_report::read_json(&report, "audit")
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let output = cmd.output().map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed:\n{}", cmd.get_program(), String::from_utf8_lossy(&output.stderr).trim()))
    }
}

/// The unknown indirect calls and layouts of a record, one a line, for a
/// reviewer.
pub fn unknowns(record: &AuditRecord) -> Vec<String> {
    let mut lines = Vec::new();
    for call in record.calls.table_calls.iter().filter(|c| c.class == CallClass::Unknown) {
        let at = call.offset.map_or("a computed offset".to_string(), |o| format!("offset {o}"));
        lines.push(format!("unknown indirect call: {} ({at}): {}\n      {}", call.function, call.why, call.call));
    }
    for call in record.layouts.iter().flat_map(|l| &l.calls).filter(|c| c.class == LayoutClass::Unknown) {
        lines.push(format!("unknown layout: {}: {}\n      {}", call.function, call.why, call.call));
    }
    lines
}

/// Writes `record` into `dir` under its toolchain's name; returns the path.
pub fn write_record(record: &AuditRecord, dir: &Path) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join(record_file_name(record.toolchain.as_deref().unwrap_or("unnamed")));
    reltab_report::write_json(record, &path)?;
    Ok(path)
}

/// The differences, in what `--check` compares, between the record in
/// `dir` and `record`.
pub fn check_record(record: &AuditRecord, dir: &Path) -> Vec<String> {
    let path = dir.join(record_file_name(record.toolchain.as_deref().unwrap_or("unnamed")));
    let recorded: serde_json::Value = match reltab_report::read_json(&path, "recorded audit") {
        Ok(v) => v,
        Err(e) => return vec![e],
    };
    let now = serde_json::to_value(record).expect("an audit record is JSON");
    SUMMARY
        .iter()
        .filter(|key| recorded.get(**key) != now.get(**key))
        .map(|key| {
            format!(
                "{}: {key} is {}, the audit now gives {}",
                path.display(),
                recorded.get(*key).map_or("absent".to_string(), |v| v.to_string()),
                now.get(*key).map_or("absent".to_string(), |v| v.to_string())
            )
        })
        .collect()
}

/// Makes sure the plugin knows an audit of the toolchain's std: asks it, and
/// when it knows none, audits the toolchain into `cache` (where the plugin
/// looks) and asks again. An audit with unknown indirect calls is an error
/// that lists them: the plugin would leave every program of that toolchain
/// absolute. Returns what the plugin then knows.
pub fn ensure_audited(toolchain: &Toolchain, plugin: &Path, cache: Option<&Path>) -> Result<ToolchainReport, String> {
    let known = toolchain.ask_plugin(plugin)?;
    let missing: Vec<_> = known.compilers.iter().filter(|c| !c.calls_audited).collect();
    if missing.is_empty() {
        return Ok(known);
    }
    let compiler = &missing[0].compiler;
    let cache = cache
        .ok_or("no directory for the audit cache: set XDG_CACHE_HOME or HOME, or name one with --audit-cache DIR")?;
    eprintln!(
        "cargo reltab: this reltab plugin has no audit of the precompiled std of {compiler}: auditing it now, \
         once for this toolchain and plugin (into {})",
        cache.display()
    );
    let tools = Tools::find(plugin)?;
    let record = audit_toolchain(toolchain, &tools)?;
    let path = write_record(&record, cache)?;
    if record.calls.unknown > 0 {
        return Err(format!(
            "the precompiled std of {compiler} has {} indirect calls that reltab's audit cannot classify, so the \
             plugin leaves every program of this toolchain absolute (the audit is in {}):\n    {}",
            record.calls.unknown,
            path.display(),
            unknowns(&record).join("\n    ")
        ));
    }
    let known = toolchain.ask_plugin(plugin)?;
    if let Some(still) = known.compilers.iter().find(|c| !c.calls_audited) {
        return Err(format!(
            "the plugin does not take the audit just written to {} for {} (it looks in {}; its rules are {}, \
             the audit's {})",
            path.display(),
            still.compiler,
            known.audit_cache.as_deref().unwrap_or("no audit cache"),
            known.rules,
            record.rules.as_deref().unwrap_or("none")
        ));
    }
    if record.layouts.as_ref().is_some_and(|l| l.unknown > 0) {
        eprintln!(
            "warning: cargo reltab: the audit of {compiler} found allocator calls whose layout it cannot account \
             for; programs of this toolchain get the relative layout, not the compact one:\n    {}",
            unknowns(&record).join("\n    ")
        );
    }
    Ok(known)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reltab_report::audit::{Audit, LayoutAudit, LayoutCall, TableCall};

    fn record(unknown_call: bool) -> AuditRecord {
        let mut calls = Audit { compilers: vec!["rustc version 1.0.0 (0 2026-01-01)".into()], ..Default::default() };
        calls.indirect_calls = 2;
        calls.by_class.insert(CallClass::Vtable, 1);
        if unknown_call {
            calls.unknown = 1;
            calls.by_class.insert(CallClass::Unknown, 1);
            calls.table_calls.push(TableCall {
                function: "std::f".into(),
                offset: Some(24),
                class: CallClass::Unknown,
                why: "from a pointer loaded from memory".into(),
                call: "%r = call ptr %f()".into(),
            });
        }
        let layouts = LayoutAudit {
            allocator_calls: 1,
            unknown: 1,
            calls: vec![LayoutCall {
                function: "alloc::g".into(),
                class: LayoutClass::Unknown,
                why: "size read at 8".into(),
                call: "call void @__rust_dealloc(...)".into(),
            }],
            ..Default::default()
        };
        AuditRecord {
            toolchain: Some("rustc 1.0.0 (0 2026-01-01)".into()),
            rules: Some("0123".into()),
            calls,
            crates: vec!["std".into()],
            layouts: Some(layouts),
        }
    }

    #[test]
    fn crate_names_from_rlibs() {
        assert_eq!(crate_name(Path::new("/x/libstd-0a1b2c3d.rlib")), "std");
        assert_eq!(crate_name(Path::new("libpanic_abort-ffee0011.rlib")), "panic_abort");
        assert_eq!(crate_name(Path::new("librustc_std_workspace_core-12ab.rlib")), "rustc_std_workspace_core");
    }

    #[test]
    fn unknown_calls_and_layouts_are_listed_with_their_ir() {
        let lines = unknowns(&record(true));
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("unknown indirect call: std::f (offset 24): from a pointer loaded from memory"));
        assert!(lines[0].contains("%r = call ptr %f()"));
        assert!(lines[1].starts_with("unknown layout: alloc::g: size read at 8"));
    }

    #[test]
    fn check_compares_the_summary_and_nothing_else() {
        let dir = std::env::temp_dir().join(format!("cargo-reltab-audit-test-{}", std::process::id()));
        let written = write_record(&record(false), &dir).unwrap();
        assert!(written.ends_with("rustc-1.0.0-0-2026-01-01.json"));
        assert!(check_record(&record(false), &dir).is_empty());
        // Other rules and crates are detail: not compared.
        let mut other = record(false);
        other.rules = Some("4567".into());
        other.crates.push("core".into());
        assert!(check_record(&other, &dir).is_empty());
        let differences = check_record(&record(true), &dir);
        assert!(differences.iter().any(|d| d.contains("unknown is 0, the audit now gives 1")), "{differences:?}");
        assert!(differences.iter().any(|d| d.contains("by_class")), "{differences:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
