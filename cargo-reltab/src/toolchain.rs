//! The Rust toolchain the builds use, and the plugin they load.
//!
//! reltab needs `-Zllvm-plugins`, so a nightly rustc, or a stable one with
//! `RUSTC_BOOTSTRAP=1`; and a rustc whose LLVM is the one the plugin was
//! built for (22). Both are checked before anything is built, so a wrong
//! set-up is one clear message instead of a failed build.

use reltab_report::audit::ToolchainReport;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub struct Toolchain {
    /// The rustup toolchain name (`nightly`), run through `rustup run`.
    pub name: String,
    pub rustc_version: String,
    /// `rustc -V`: `rustc 1.97.0-nightly (e50aa6fba 2026-05-19)`.
    pub version_line: String,
    /// What the plugin knows of this toolchain's std (set by
    /// `audit::ensure_audited`): a build directory made when it knew other
    /// things is started afresh (cargo_build.rs).
    pub plugin_audit: String,
    pub host: String,
    /// A stable or beta rustc: `-Z` flags need `RUSTC_BOOTSTRAP=1`.
    pub needs_bootstrap: bool,
}

impl Toolchain {
    pub fn find(name: &str) -> Result<Self, String> {
        let output = Command::new("rustup")
            .args(["run", name, "rustc", "-vV"])
            .output()
            .map_err(|e| format!("cannot run rustup ({e}); cargo reltab runs the toolchain `{name}` through rustup"))?;
        if !output.status.success() {
            return Err(format!(
                "no usable `{name}` toolchain: `rustup run {name} rustc -vV` failed:\n{}\n\
                 reltab needs a nightly rustc (-Zllvm-plugins) with LLVM 22: `rustup toolchain install nightly`, \
                 or pick one with --toolchain",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        let field = |key: &str| text.lines().find_map(|l| l.strip_prefix(key)).map(str::trim).unwrap_or("").to_string();
        let llvm = field("LLVM version:");
        if !llvm.starts_with("22.") {
            return Err(format!(
                "the `{name}` toolchain's rustc uses LLVM {}; this reltab plugin is built for LLVM 22 \
                 (rustc 1.95 or a 1.97 nightly)",
                if llvm.is_empty() { "of an unknown version" } else { &llvm }
            ));
        }
        Ok(Toolchain {
            name: name.to_string(),
            rustc_version: field("release:"),
            version_line: text.lines().next().unwrap_or_default().to_string(),
            plugin_audit: String::new(),
            host: field("host:"),
            needs_bootstrap: !field("release:").contains("nightly"),
        })
    }

    /// `cargo` of this toolchain, with `RUSTC_BOOTSTRAP=1` where needed.
    pub fn cargo(&self) -> Command {
        let mut cmd = Command::new("rustup");
        cmd.args(["run", &self.name, "cargo"]);
        // The cargo that runs `cargo reltab` may have set these for another
        // toolchain; `rustup run` picks the tools.
        for var in ["RUSTC", "RUSTDOC", "RUSTUP_TOOLCHAIN", "CARGO"] {
            cmd.env_remove(var);
        }
        if self.needs_bootstrap {
            cmd.env("RUSTC_BOOTSTRAP", "1");
        }
        cmd
    }

    /// The directory of the sysroot's precompiled crates for the host.
    pub fn sysroot_libdir(&self) -> Result<PathBuf, String> {
        let output = Command::new("rustup")
            .args(["run", &self.name, "rustc", "--print", "sysroot"])
            .output()
            .map_err(|e| format!("cannot run rustc: {e}"))?;
        if !output.status.success() {
            return Err(format!("rustc --print sysroot failed: {}", String::from_utf8_lossy(&output.stderr).trim()));
        }
        let sysroot = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
        Ok(sysroot.join("lib").join("rustlib").join(&self.host).join("lib"))
    }

    /// Loads the plugin into this rustc on an empty crate, with the user's
    /// `RELTAB_OPTIONS`, and asks it what it knows of this rustc's std
    /// (`-reltab-toolchain-report`). A plugin that is missing, for another
    /// LLVM or for `opt` fails here, in its own words.
    pub fn ask_plugin(&self, plugin: &Path) -> Result<ToolchainReport, String> {
        if !plugin.is_file() {
            return Err(format!(
                "the reltab plugin {} does not exist; build it with `cargo build --release` in the reltab \
                 repository (its scripts/setup does), or name it with --plugin PATH or RELTAB_PLUGIN",
                plugin.display()
            ));
        }
        // rustc loads plugins when it runs LLVM: an object file is needed.
        let scratch = std::env::temp_dir().join(format!("cargo-reltab-check-{}", std::process::id()));
        let (object, report) = (scratch.with_extension("o"), scratch.with_extension("json"));
        let options = std::env::var("RELTAB_OPTIONS").unwrap_or_default();
        let mut cmd = Command::new("rustup");
        cmd.args(["run", &self.name, "rustc", "-", "--crate-type=lib", "--emit=obj", "--crate-name=reltab_check"])
            .arg(format!("-Zllvm-plugins={}", plugin.display()))
            .arg("-o")
            .arg(&object)
            .env("RELTAB_OPTIONS", format!("{options} -reltab-toolchain-report={}", report.display()).trim_start())
            .stdin(Stdio::null());
        if self.needs_bootstrap {
            cmd.env("RUSTC_BOOTSTRAP", "1");
        }
        let output = cmd.output().map_err(|e| format!("cannot run rustc: {e}"))?;
        let _ = std::fs::remove_file(&object);
        let known = reltab_report::read_json(&report, "plugin's toolchain report");
        let _ = std::fs::remove_file(&report);
        if !output.status.success() {
            return Err(format!(
                "rustc ({}) cannot load the plugin {}:\n{}",
                self.rustc_version,
                plugin.display(),
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        known
    }
}

/// The plugin: `--plugin`, else `RELTAB_PLUGIN`, else the one built in the
/// reltab repository this `cargo-reltab` was installed from.
pub fn plugin_path(flag: Option<PathBuf>) -> PathBuf {
    let path = flag
        .or_else(|| std::env::var_os("RELTAB_PLUGIN").filter(|p| !p.is_empty()).map(PathBuf::from))
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/libreltab.so"));
    // rustc runs in each crate's directory: the path must not be relative.
    path.canonicalize().unwrap_or(path)
}
