//! Reads the std audits (`audit/*.json`, written by `scripts/audit-std`) and
//! gives the pass the list of compilers whose sysroot was audited with no
//! unknown indirect call (`sysroot::CALLS_AUDITED_TOOLCHAINS`), and of those whose
//! allocator calls were audited with no unknown layout
//! (`sysroot::LAYOUTS_AUDITED_TOOLCHAINS`, for the compact layout); and the
//! plugin's audit rules (`sysroot::AUDIT_RULES`), a hash of its sources.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../audit");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut audited = Vec::new();
    let mut layouts_audited = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> =
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
        paths.sort();
        for path in paths {
            let audit: reltab_report::audit::AuditRecord =
                reltab_report::read_json(&path, "std audit").unwrap_or_else(|e| panic!("{e}"));
            if audit.calls.unknown != 0 {
                println!(
                    "cargo:warning={} has unknown indirect calls: that toolchain stays unsupported",
                    path.display()
                );
                continue;
            }
            audited.extend(audit.calls.compilers.iter().cloned());
            if audit.layouts.as_ref().is_some_and(|l| l.unknown == 0) {
                layouts_audited.extend(audit.calls.compilers.iter().cloned());
            } else {
                println!(
                    "cargo:warning={} has no layout audit or unknown layouts: that toolchain gets the relative layout only",
                    path.display()
                );
            }
        }
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).to_path_buf();
    std::fs::write(out.join("audit_rules.rs"), format!("{:?}", audit_rules())).unwrap();
    for (list, file) in [(audited, "audited_toolchains.rs"), (layouts_audited, "layouts_audited_toolchains.rs")] {
        let mut list = list;
        list.sort();
        list.dedup();
        std::fs::write(out.join(file), format!("&{list:?}")).unwrap();
    }
}

/// A hash (64-bit FNV-1a, stable across builds and compilers) of every
/// source file of the plugin and of its report crate: an audit made by a
/// plugin built from other sources may have classified by other rules, so
/// the plugin takes from its audit cache only records made with its own.
fn audit_rules() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("build.rs")];
    for dir in [root.join("src"), root.join("report/src")] {
        println!("cargo:rerun-if-changed={}", dir.display());
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        files.extend(entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "rs")));
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        let name = file.strip_prefix(root).unwrap().to_string_lossy().into_owned();
        let text = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for byte in name.bytes().chain([0]).chain(text).chain([0]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}
