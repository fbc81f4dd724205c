//! One build of the user's project, with or without the plugin.
//!
//! Each variant has its own target directory under `<target>/reltab/`, so
//! the two builds of `compare` do not undo each other and the user's own
//! `target/` is untouched. Cargo does not track the plugin file: the
//! directory of the build with the plugin carries a stamp of the plugin,
//! the toolchain, `RELTAB_OPTIONS` and what the wrapper adds, and is rebuilt
//! from scratch when they change (every crate is protected by the plugin, so
//! all must be rebuilt).

use crate::toolchain::Toolchain;
use crate::wrapper;
use std::hash::{Hash, Hasher};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::Stdio;

/// The user's project, as cargo sees it.
pub struct Project {
    pub target_dir: PathBuf,
}

impl Project {
    pub fn find(toolchain: &Toolchain, cargo_args: &[String]) -> Result<Self, String> {
        let mut cmd = toolchain.cargo();
        cmd.args(["metadata", "--no-deps", "--format-version=1"]);
        if let Some(manifest) = value_of(cargo_args, "--manifest-path") {
            cmd.args(["--manifest-path", &manifest]);
        }
        let output = cmd.stderr(Stdio::piped()).output().map_err(|e| format!("cannot run cargo: {e}"))?;
        if !output.status.success() {
            let why = String::from_utf8_lossy(&output.stderr);
            return Err(if why.contains("could not find `Cargo.toml`") {
                format!(
                    "not a cargo project: no Cargo.toml in {} or any directory above it \
                     (run cargo reltab inside a project, or pass --manifest-path)",
                    std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_default()
                )
            } else {
                format!("cargo metadata failed:\n{}", why.trim())
            });
        }
        let meta: serde_json::Value =
            serde_json::from_slice(&output.stdout).map_err(|e| format!("cannot read cargo metadata: {e}"))?;
        let target_dir = meta["target_directory"].as_str().ok_or("cargo metadata has no target_directory")?;
        Ok(Project { target_dir: PathBuf::from(target_dir) })
    }
}

pub struct Variant<'a> {
    /// `stock` or `reltab`: the name of its target directory.
    pub label: &'static str,
    pub plugin: Option<&'a Path>,
}

impl Program {
    /// A link known only by its report (`cargo reltab vtables --report`).
    pub fn of_report(report: &Path) -> Program {
        let name = report.file_name().map(|n| n.to_string_lossy().trim_end_matches(".json").to_string());
        Program {
            package: String::new(),
            name: name.unwrap_or_default(),
            kind: Artifact::Program,
            path: PathBuf::new(),
            report: Some(report.to_path_buf()),
            time_passes: None,
            relr: None,
            bitcode: None,
            link_map: None,
        }
    }
}

/// What a build's fat-LTO link made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Artifact {
    Program,
    /// A `cdylib` or a Rust `dylib`: loaded, so relocated, like a program.
    SharedLibrary,
    /// A `staticlib`: objects for another language's link.
    StaticLibrary,
}

impl Artifact {
    pub fn name(self) -> &'static str {
        match self {
            Artifact::Program => "program",
            Artifact::SharedLibrary => "shared library",
            Artifact::StaticLibrary => "static library",
        }
    }
}

/// A program or library the build produced.
pub struct Program {
    pub package: String,
    pub name: String,
    pub kind: Artifact,
    pub path: PathBuf,
    /// The plugin's report of its fat-LTO link (builds with the plugin).
    pub report: Option<PathBuf>,
    /// rustc's `-Ztime-passes` lines of that link.
    pub time_passes: Option<PathBuf>,
    /// The same program linked with RELR (`--relr`).
    pub relr: Option<PathBuf>,
    /// Its module at the end of the LTO pipeline (`--keep-bitcode`).
    pub bitcode: Option<PathBuf>,
    /// The linker's map of that link (`--keep-bitcode`).
    pub link_map: Option<PathBuf>,
}

pub struct BuildRequest<'a> {
    pub toolchain: &'a Toolchain,
    pub project: &'a Project,
    pub cargo_args: &'a [String],
    pub relr: bool,
    pub keep_bitcode: bool,
}

impl<'a> BuildRequest<'a> {
    /// A build with nothing kept beside the programs (no RELR link, no
    /// bitcode).
    pub fn new(toolchain: &'a Toolchain, project: &'a Project, cargo_args: &'a [String]) -> Self {
        BuildRequest { toolchain, project, cargo_args, relr: false, keep_bitcode: false }
    }
}

pub fn build(request: &BuildRequest, variant: &Variant) -> Result<Vec<Program>, String> {
    let dir = request.project.target_dir.join("reltab").join(variant.label);
    let out = dir.join("links");
    refresh_if_setting_changed(&dir, request, variant)?;
    let (profile, profile_args) = profile(request.cargo_args);
    let me = std::env::current_exe().map_err(|e| format!("cannot find cargo-reltab itself: {e}"))?;

    let mut cmd = request.toolchain.cargo();
    cmd.arg("build").args(profile_args);
    if value_of(request.cargo_args, "--target").is_none() {
        cmd.args(["--target", &request.toolchain.host]);
    }
    cmd.arg("--message-format=json-render-diagnostics")
        .args(request.cargo_args)
        .env("CARGO_TARGET_DIR", &dir)
        .env(format!("CARGO_PROFILE_{}_LTO", profile.to_uppercase().replace('-', "_")), "fat")
        .env("RUSTC_WRAPPER", &me)
        .env(wrapper::INNER_WRAPPER, std::env::var_os("RUSTC_WRAPPER").unwrap_or_default())
        .env(wrapper::PLUGIN, variant.plugin.map(|p| p.as_os_str()).unwrap_or_default())
        .env(wrapper::OUT, &out)
        .env(wrapper::RELR, if request.relr { "1" } else { "0" })
        .env(wrapper::KEEP_BITCODE, if request.keep_bitcode { "1" } else { "0" })
        .stdout(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| format!("cannot run cargo: {e}"))?;
    let mut programs = Vec::new();
    for line in std::io::BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.map_err(|e| e.to_string())?;
        let Ok(message) = serde_json::from_str::<serde_json::Value>(&line) else {
            println!("{line}");
            continue;
        };
        if message["reason"] != "compiler-artifact" {
            continue;
        }
        let name = message["target"]["name"].as_str().unwrap_or_default().to_string();
        let crate_name = name.replace('-', "_");
        for (kind, path) in artifacts(&message) {
            programs.push(Program {
                package: package_name(message["package_id"].as_str().unwrap_or_default()),
                kind,
                path,
                report: variant.plugin.and_then(|_| newest(&out, &crate_name, ".report.json")),
                time_passes: newest(&out, &crate_name, ".time-passes"),
                relr: request.relr.then(|| newest(&out, &crate_name, wrapper::KEPT[0])).flatten(),
                bitcode: request.keep_bitcode.then(|| newest(&out, &crate_name, wrapper::KEPT[1])).flatten(),
                link_map: request.keep_bitcode.then(|| newest(&out, &crate_name, wrapper::LINK_MAP)).flatten(),
                name: name.clone(),
            });
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("cargo build failed ({})", variant.label));
    }
    Ok(programs)
}

/// The profile the build uses, and the arguments to add for it: `--release`
/// unless the user named a profile.
fn profile(cargo_args: &[String]) -> (String, Vec<&'static str>) {
    if let Some(p) = value_of(cargo_args, "--profile") {
        return (p, vec![]);
    }
    let release_given = cargo_args.iter().any(|a| a == "--release" || a == "-r");
    ("release".into(), if release_given { vec![] } else { vec!["--release"] })
}

/// `--flag value` or `--flag=value` in cargo's arguments.
pub fn value_of(args: &[String], flag: &str) -> Option<String> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == flag {
            return it.next().cloned();
        }
        if let Some(v) = a.strip_prefix(flag).and_then(|r| r.strip_prefix('=')) {
            return Some(v.to_string());
        }
    }
    None
}

/// `registry+https://...#ripgrep@15.2.0`, `path+file:///x#name@0.1.0`, or
/// `path+file:///x/name#0.1.0` (cargo leaves out a name its path ends in).
fn package_name(id: &str) -> String {
    let (url, tail) = id.rsplit_once('#').unwrap_or((id, ""));
    match tail.split_once('@') {
        Some((name, _version)) => name.to_string(),
        None => url.rsplit('/').next().unwrap_or(url).to_string(),
    }
}

/// The newest `<crate><extra-filename><suffix>` the wrapper wrote: the
/// program's last link, whether this build relinked it or found it fresh.
/// The programs and whole-linked libraries of one `compiler-artifact`
/// message: its executable, and the `.so` of a cdylib or dylib target and
/// the `.a` of a staticlib one (an rlib is no product of its own).
fn artifacts(message: &serde_json::Value) -> Vec<(Artifact, PathBuf)> {
    if let Some(path) = message["executable"].as_str() {
        return vec![(Artifact::Program, PathBuf::from(path))];
    }
    let kinds: Vec<&str> =
        message["target"]["kind"].as_array().into_iter().flatten().filter_map(|k| k.as_str()).collect();
    let files = message["filenames"].as_array().into_iter().flatten().filter_map(|f| f.as_str());
    files
        .filter_map(|f| {
            let kind = if f.ends_with(".so") && kinds.iter().any(|k| matches!(*k, "cdylib" | "dylib")) {
                Artifact::SharedLibrary
            } else if f.ends_with(".a") && kinds.contains(&"staticlib") {
                Artifact::StaticLibrary
            } else {
                return None;
            };
            Some((kind, PathBuf::from(f)))
        })
        .collect()
}

fn newest(dir: &Path, crate_name: &str, suffix: &str) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(suffix).and_then(|n| n.strip_prefix(crate_name)).is_some_and(|extra| {
                extra.is_empty() || extra.strip_prefix('-').is_some_and(|h| h.chars().all(|c| c.is_ascii_hexdigit()))
            })
        })
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok())
        .map(|e| e.path())
}

/// Cargo tracks neither the plugin file, nor `RELTAB_OPTIONS`, nor what the
/// plugin knows of the toolchain's std, nor what the wrapper adds: a build
/// directory made with other ones is started afresh.
pub fn refresh_if_setting_changed(dir: &Path, request: &BuildRequest, variant: &Variant) -> Result<(), String> {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    if let Some(plugin) = variant.plugin {
        let bytes = std::fs::read(plugin).map_err(|e| format!("cannot read the plugin {}: {e}", plugin.display()))?;
        bytes.hash(&mut hasher);
        std::env::var("RELTAB_OPTIONS").unwrap_or_default().hash(&mut hasher);
        request.toolchain.plugin_audit.hash(&mut hasher);
    }
    // The last part names what the wrapper adds to a link; a new one starts
    // the build directories afresh (`--keep-bitcode` keeps the link map too).
    (&request.toolchain.rustc_version, request.relr, request.keep_bitcode, "link-map").hash(&mut hasher);
    let stamp_now = format!("{:016x}\n", hasher.finish());
    let stamp = dir.join("reltab-settings.stamp");
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(stamp_now.as_str()) {
        return Ok(());
    }
    if dir.exists() {
        eprintln!(
            "cargo reltab: the plugin, the toolchain, RELTAB_OPTIONS, --relr or --keep-bitcode changed since the \
             last build in {}: building it again from scratch (cargo does not track them)",
            dir.display()
        );
        std::fs::remove_dir_all(dir).map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    std::fs::write(&stamp, stamp_now).map_err(|e| format!("cannot write {}: {e}", stamp.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn release_unless_a_profile_is_named() {
        assert_eq!(profile(&args(&["--bin", "rg"])), ("release".to_string(), vec!["--release"]));
        assert_eq!(profile(&args(&["-r"])), ("release".to_string(), vec![]));
        assert_eq!(profile(&args(&["--profile=dist"])), ("dist".to_string(), vec![]));
        assert_eq!(profile(&args(&["--profile", "release-lto"])), ("release-lto".to_string(), vec![]));
    }

    #[test]
    fn package_names_from_ids() {
        assert_eq!(package_name("registry+https://github.com/rust-lang/crates.io-index#ripgrep@15.2.0"), "ripgrep");
        assert_eq!(package_name("path+file:///tmp/demo#0.1.0"), "demo");
        assert_eq!(package_name("path+file:///tmp/x#demo@0.1.0"), "demo");
    }
}
