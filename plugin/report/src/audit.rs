//! The std audit's result (`opt -passes=reltab-audit`, recorded by
//! `cargo reltab audit` in `audit/*.json`, read by the plugin's build script,
//! or in the audit cache, read by the plugin when it runs): the indirect
//! calls and the allocator layouts of precompiled code, by class.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The classes of an indirect call's callee (plugin/src/audit.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CallClass {
    Vtable,
    Parameter,
    Returned,
    StaticOrLocal,
    NotAnEntryOffset,
    KnownTable,
    /// An entry-offset read from a parameter: decided at fat LTO.
    ParameterTable,
    /// Code of a crate the audit does not cover.
    NotAudited,
    Unknown,
}

/// One indirect call whose callee has the shape of a vtable read.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TableCall {
    pub function: String,
    pub offset: Option<u64>,
    pub class: CallClass,
    /// Why: the known table's reason, or what makes it unknown.
    pub why: String,
    /// The call and the read of its callee, as IR, for the reviewer.
    pub call: String,
}

/// The audit of indirect calls of one module.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Audit {
    /// `!llvm.ident` of the module: the rustc that compiled it.
    pub compilers: Vec<String>,
    pub indirect_calls: usize,
    pub by_class: BTreeMap<CallClass, usize>,
    pub unknown: usize,
    /// Every known-table and unknown call.
    pub table_calls: Vec<TableCall>,
}

/// The classes of an allocator call's size and align
/// (plugin/src/audit_layouts.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LayoutClass {
    Constant,
    Vtable,
    Protected,
    StaticOrLocal,
    Computed,
    Returned,
    NotAHeaderOffset,
    /// A parameter whose callers are not all seen: decided at fat LTO.
    Parameter,
    Unknown,
}

/// One allocator call whose layout is not accounted for.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LayoutCall {
    pub function: String,
    pub class: LayoutClass,
    pub why: String,
    pub call: String,
}

/// The audit of allocator layouts of one module.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct LayoutAudit {
    pub allocator_calls: usize,
    pub by_class: BTreeMap<LayoutClass, usize>,
    pub unknown: usize,
    /// Every parameter and unknown call.
    pub calls: Vec<LayoutCall>,
}

impl LayoutAudit {
    /// The calls the compact layout cannot take at fat LTO.
    pub fn unresolved(&self) -> impl Iterator<Item = &LayoutCall> {
        self.calls.iter().filter(|c| matches!(c.class, LayoutClass::Parameter | LayoutClass::Unknown))
    }
}

impl Audit {
    /// Adds the audit of another module of the same sysroot.
    pub fn merge(&mut self, other: Audit) {
        self.compilers.extend(other.compilers);
        self.compilers.sort();
        self.compilers.dedup();
        self.indirect_calls += other.indirect_calls;
        self.unknown += other.unknown;
        for (class, n) in other.by_class {
            *self.by_class.entry(class).or_default() += n;
        }
        self.table_calls.extend(other.table_calls);
    }
}

impl LayoutAudit {
    /// Adds the layout audit of another module of the same sysroot.
    pub fn merge(&mut self, other: LayoutAudit) {
        self.allocator_calls += other.allocator_calls;
        self.unknown += other.unknown;
        for (class, n) in other.by_class {
            *self.by_class.entry(class).or_default() += n;
        }
        self.calls.extend(other.calls);
    }
}

/// What `opt -passes=reltab-audit` writes, and (with `toolchain` and
/// `crates`, added by `cargo reltab audit`) what `audit/*.json` and the audit
/// cache record.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AuditRecord {
    /// The rustup toolchain audited, as `rustc -V` names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toolchain: Option<String>,
    /// The rules the audit ran with: the plugin's `sysroot::AUDIT_RULES` when it wrote
    /// the record. The plugin takes a record from the audit cache only when
    /// they are its own; the records compiled into it are checked against
    /// the plugin by the tests instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<String>,
    #[serde(flatten)]
    pub calls: Audit,
    /// The sysroot's crates, by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crates: Vec<String>,
    /// Absent in records written before the layout audit existed.
    #[serde(default)]
    pub layouts: Option<LayoutAudit>,
}

/// Where the plugin found what it knows of a compiler's sysroot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuditSource {
    /// `audit/*.json`, compiled into the plugin.
    CompiledIn,
    /// A record in the audit cache (its path).
    Cache(String),
    /// Neither.
    None,
}

/// What the plugin knows of one compiler's sysroot.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ToolchainAudit {
    /// `!llvm.ident`: `rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)`.
    pub compiler: String,
    /// Its indirect calls were audited with 0 unknown: any layout may be
    /// taken at fat LTO.
    pub calls_audited: bool,
    /// Its allocator calls were audited with 0 unknown layout: the compact
    /// layout may be taken.
    pub layouts_audited: bool,
    pub source: AuditSource,
}

/// What `-reltab-toolchain-report=PATH` writes: the plugin's knowledge of the
/// compilers of the module it ran on (`cargo reltab` asks it before a build).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ToolchainReport {
    /// The plugin's audit rules (`sysroot::AUDIT_RULES`): what a record in the audit
    /// cache must have been made with.
    pub rules: String,
    /// Where the plugin looked for audits it was not built with.
    pub audit_cache: Option<String>,
    pub compilers: Vec<ToolchainAudit>,
}

/// The file name of the record of a toolchain's audit, in `audit/` and in the
/// audit cache: `rustc-1.97.0-nightly-e50aa6fba-2026-05-19.json`, from the
/// toolchain as `rustc -V` names it (`rustc 1.97.0-nightly (e50aa6fba
/// 2026-05-19)`) or as `!llvm.ident` does (`rustc version 1.97.0-nightly
/// (…)`). The name holds the commit: one record per build of rustc.
pub fn record_file_name(toolchain: &str) -> String {
    let toolchain = toolchain.replacen("rustc version ", "rustc ", 1);
    let mut slug = String::new();
    for c in toolchain.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("{}.json", slug.trim_matches('-'))
}

/// Where the plugin and `cargo reltab` keep the audits of toolchains the
/// plugin was not built with, unless told otherwise:
/// `$XDG_CACHE_HOME/reltab/audits`, else `$HOME/.cache/reltab/audits`.
pub fn default_audit_cache() -> Option<std::path::PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(std::path::PathBuf::from);
    var("XDG_CACHE_HOME")
        .or_else(|| var("HOME").map(|home| home.join(".cache")))
        .map(|c| c.join("reltab").join("audits"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_names_agree_between_rustc_v_and_llvm_ident() {
        let name = "rustc-1.97.0-nightly-e50aa6fba-2026-05-19.json";
        assert_eq!(record_file_name("rustc 1.97.0-nightly (e50aa6fba 2026-05-19)"), name);
        assert_eq!(record_file_name("rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"), name);
        assert_eq!(record_file_name("rustc 1.95.0 (59807616e 2026-04-14)"), "rustc-1.95.0-59807616e-2026-04-14.json");
    }
}
