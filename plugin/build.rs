//! Reads the std audits (`audit/*.json`, written by `scripts/audit-std`) and
//! gives the pass the list of compilers whose sysroot was audited with no
//! unknown indirect call (`sysroot::CALLS_AUDITED_TOOLCHAINS`), and of those whose
//! allocator calls were audited with no unknown layout
//! (`sysroot::LAYOUTS_AUDITED_TOOLCHAINS`, for the compact layout).

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
    for (list, file) in [(audited, "audited_toolchains.rs"), (layouts_audited, "layouts_audited_toolchains.rs")] {
        let mut list = list;
        list.sort();
        list.dedup();
        std::fs::write(out.join(file), format!("&{list:?}")).unwrap();
    }
}
