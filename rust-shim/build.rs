//! Compiles the C++ half of the plugin (src/shim.cpp) against LLVM 22 headers.
//!
//! The same script builds both artifacts (rust-shim/opt points here too):
//! `libreltab.so` for rustc, whose LLVM has ABI-breaking checks off, and
//! `libreltab_opt.so` for the assertions-enabled `opt` of scripts/setup, which
//! has them on. The headers from the set-up say "on"; for rustc a shadow
//! `llvm/Config/abi-breaking.h` saying "off" is put first on the include path.
//! Getting this wrong does not fail the build — it corrupts memory at run
//! time — so shim.cpp also checks it against the host when it is loaded.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let shim_dir = if manifest.ends_with("opt") { manifest.parent().unwrap().to_path_buf() } else { manifest.clone() };
    let workspace = shim_dir.parent().unwrap().to_path_buf();
    let for_opt = env::var("CARGO_PKG_NAME").unwrap() == "reltab-opt";
    let abi_checks = if for_opt { 1 } else { 0 };

    println!("cargo:rerun-if-env-changed=RELTAB_LLVM_CONFIG");
    let llvm_config = env::var_os("RELTAB_LLVM_CONFIG")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join(".tools/llvm/bin/llvm-config"));
    let include_dir = llvm_include_dir(&llvm_config);

    // Shadow abi-breaking.h with the host's setting.
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let shadow = out.join("abi-include");
    let original =
        fs::read_to_string(include_dir.join("llvm/Config/abi-breaking.h")).expect("reading llvm/Config/abi-breaking.h");
    let patched: String = original
        .lines()
        .map(|l| {
            if l.starts_with("#define LLVM_ENABLE_ABI_BREAKING_CHECKS ") {
                format!("#define LLVM_ENABLE_ABI_BREAKING_CHECKS {abi_checks}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(patched.contains(&format!("#define LLVM_ENABLE_ABI_BREAKING_CHECKS {abi_checks}")));
    fs::create_dir_all(shadow.join("llvm/Config")).unwrap();
    fs::write(shadow.join("llvm/Config/abi-breaking.h"), patched + "\n").unwrap();

    let shim = shim_dir.join("src/shim.cpp");
    println!("cargo:rerun-if-changed={}", shim.display());
    cc::Build::new()
        .cpp(true)
        .file(&shim)
        .include(&shadow)
        .include(&include_dir)
        .std("c++17")
        .flag("-fno-rtti")
        .flag("-fno-exceptions")
        .flag("-fvisibility=hidden")
        .flag_if_supported("-Wno-unused-parameter")
        .define("RELTAB_HOST_ABI_CHECKS", Some(if for_opt { "1" } else { "0" }))
        // No link-time reference to llvm::{En,Dis}ableABIBreakingChecks: the
        // shim checks the host itself and says what is wrong in words.
        .define("LLVM_DISABLE_ABI_BREAKING_CHECKS_ENFORCING", Some("1"))
        .define("RELTAB_VERSION", Some(format!("\"{}\"", env::var("CARGO_PKG_VERSION").unwrap()).as_str()))
        .define("__STDC_CONSTANT_MACROS", None)
        .define("__STDC_FORMAT_MACROS", None)
        .define("__STDC_LIMIT_MACROS", None)
        // Nothing in Rust calls into the C++ entry points by name from a
        // dependency's point of view; keep every object of the archive.
        .link_lib_modifier("+whole-archive")
        .compile(if for_opt { "reltab_shim_opt" } else { "reltab_shim" });
}

fn llvm_include_dir(llvm_config: &Path) -> PathBuf {
    let run = |arg: &str| -> String {
        let out = Command::new(llvm_config).arg(arg).output().unwrap_or_else(|e| {
            panic!(
                "\n\nreltab: cannot run {} ({e}).\nThe C++ shim needs LLVM 22 headers: run `scripts/setup` first \
                 (or set RELTAB_LLVM_CONFIG to an LLVM 22 llvm-config).\n\n",
                llvm_config.display()
            )
        });
        assert!(out.status.success(), "{} {arg} failed", llvm_config.display());
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let version = run("--version");
    assert!(
        version.starts_with("22."),
        "\n\nreltab: {} is LLVM {version}; the shim must be compiled against LLVM 22 headers.\n\n",
        llvm_config.display()
    );
    PathBuf::from(run("--includedir"))
}
