//! Reads the std audits (`audit/*.json`, written by `scripts/audit-std`) and
//! gives the pass the list of compilers whose sysroot was audited with no
//! unknown indirect call (`audit::AUDITED_TOOLCHAINS`).

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../audit");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut audited = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let audit: serde_json::Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
            if audit["unknown"].as_u64() != Some(0) {
                println!("cargo:warning={} has unknown indirect calls: that toolchain stays unsupported", path.display());
                continue;
            }
            for compiler in audit["compilers"].as_array().into_iter().flatten().filter_map(|c| c.as_str()) {
                audited.push(compiler.to_string());
            }
        }
    }
    audited.sort();
    audited.dedup();
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("audited_toolchains.rs");
    std::fs::write(&out, format!("&{audited:?}")).unwrap();
}
