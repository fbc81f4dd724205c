//! The std audit's result (`opt -passes=reltab-audit`, recorded by
//! `scripts/audit-std` in `audit/*.json` and read by the plugin's build
//! script): the indirect calls and the allocator layouts of precompiled
//! code, by class.

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

/// What `opt -passes=reltab-audit` writes, and (with `toolchain`, added by
/// `scripts/audit-std`) what `audit/*.json` records.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AuditRecord {
    /// The rustup toolchain audited (set by `scripts/audit-std`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toolchain: Option<String>,
    #[serde(flatten)]
    pub calls: Audit,
    /// Absent in records written before the layout audit existed.
    #[serde(default)]
    pub layouts: Option<LayoutAudit>,
}
