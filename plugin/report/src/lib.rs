//! The data reltab writes as JSON, typed once.
//!
//! The plugin serializes these types (`-reltab-report=PATH`, and the std
//! audit of `opt -passes=reltab-audit`); `cargo reltab`, the plugin's build
//! script and the tests deserialize the same types. A field renamed here is
//! renamed for every reader, and a reader that expects a field the writer no
//! longer has fails to parse instead of reading `null`.
//!
//! Field names are stable: they are what scripts written in other languages
//! (`scripts/demo_summary.py`, `benches/bench.py`) read. Every list is in
//! module order, so the same module gives the same report byte for byte.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};

pub mod audit;

/// The report of one module (`-reltab-report=PATH`): what the pass found,
/// what it decided, and, at fat LTO, what was left at the end.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Report {
    pub reltab_version: String,
    pub phase: Phase,
    /// The layout asked for (`-reltab-layout`, or the default).
    pub layout: Layout,
    pub module: ModuleInfo,
    pub totals: Totals,
    pub vtables: Vec<VtableReport>,
    pub load_sites: Vec<LoadSiteReport>,
    pub unclassified: Vec<UnclassifiedReport>,
    /// Indirect calls through a pointer loaded at a slot offset from a base
    /// the census does not know to be a vtable: hand-written function
    /// tables, or vtable reads no analysis sees. Input for the std audit.
    pub unverified_calls: Vec<UnverifiedCallReport>,
    /// What was done: set once the pass has decided.
    pub conversion: Option<Conversion>,
    /// Time reltab spent on the module (census, plan and rewrite), for the
    /// benches' share of the LTO step.
    pub seconds: f64,
    /// Where that time went, step by step in the order they ran.
    #[serde(default)]
    pub steps: Vec<StepTime>,
    /// Added at the end of the fat-LTO pipeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_end_of_lto: Option<AtEnd>,
}

/// The time of one step of the pass (`recognize`, `census`, `plan`, ...).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StepTime {
    pub step: String,
    pub seconds: f64,
}

/// Where in which pipeline the pass ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// `opt -passes=reltab`: the user asked for this module explicitly.
    Explicit,
    /// Start of rustc's fat-LTO pipeline: the merged module.
    FullLto,
    /// Start of one crate's own optimization pipeline.
    CrateStart,
    /// End of one crate's own optimization pipeline.
    CrateLast,
    /// End of rustc's fat-LTO pipeline.
    FullLtoLast,
    /// `opt -passes=reltab-audit`.
    Audit,
}

/// The vtable layout asked for (`-reltab-layout=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    Relative,
    /// One packed 32-bit header word in place of drop, size and align; falls
    /// back to `Relative` where it cannot hold a module. The default.
    Compact,
}

impl Layout {
    /// As `-reltab-layout=` and the remarks name it.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Relative => "relative",
            Layout::Compact => "compact",
        }
    }
}

/// The form the vtables of a converted module took: a layout, or in check
/// mode (`-reltab-check`) the checked form of a layout, which keeps that
/// layout's entries below the address point and trap entries where the
/// absolute pointers were.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Form {
    #[serde(rename = "relative")]
    Relative,
    #[serde(rename = "compact")]
    Compact,
    /// The relative layout with trap entries (`-reltab-check
    /// -reltab-layout=relative`).
    #[serde(rename = "checked-relative", alias = "checked")]
    CheckedRelative,
    /// The compact layout with trap entries (`-reltab-check`).
    #[serde(rename = "checked-compact")]
    CheckedCompact,
}

impl Form {
    /// As the report and the remarks name it.
    pub fn name(self) -> &'static str {
        match self {
            Form::Relative => "relative",
            Form::Compact => "compact",
            Form::CheckedRelative => "checked-relative",
            Form::CheckedCompact => "checked-compact",
        }
    }

    /// Whether this is check mode's form of a layout.
    pub fn is_checked(self) -> bool {
        matches!(self, Form::CheckedRelative | Form::CheckedCompact)
    }

    /// The layout whose reads this form takes: the drop, size and align
    /// reads of the compact layouts go through its header.
    pub fn layout(self) -> Layout {
        match self {
            Form::Relative | Form::CheckedRelative => Layout::Relative,
            Form::Compact | Form::CheckedCompact => Layout::Compact,
        }
    }

    /// Check mode's form of this form's layout.
    pub fn checked(self) -> Form {
        match self.layout() {
            Layout::Relative => Form::CheckedRelative,
            Layout::Compact => Form::CheckedCompact,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Conversion {
    pub converted: bool,
    /// Why the module was left as it was (empty when converted).
    pub refused_because: Vec<Refusal>,
    pub vtables_converted: usize,
    /// Pointer entries that no longer need a dynamic relocation.
    pub relocations_removed: usize,
    pub bytes_before: u64,
    pub bytes_after: u64,
    pub reads_rewritten: usize,
    /// The form the vtables were converted to (null when not converted).
    pub form: Option<Form>,
    /// Why the compact layout was asked for but the relative one was used.
    pub compact_fallback: Option<String>,
    /// Parameters of local functions handed the vtable entries they read
    /// instead of the vtable (plugin/src/promote.rs).
    #[serde(default)]
    pub parameters_promoted: usize,
}

/// One reason a module was left absolute: a stable code to match on, and
/// the sentence for people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub code: RefusalCode,
    pub detail: String,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.detail)
    }
}

/// The kinds of refusal. Codes are stable; the detail's words are not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RefusalCode {
    /// `-Ccode-model=large`: a 32-bit offset to a function cannot be proven.
    LargeCodeModel,
    /// `llvm.type.checked.load` or `llvm.type.test` (virtual function
    /// elimination, CFI): reads reltab does not rewrite.
    TypeCheckedLoad,
    /// CFI jump tables (`-Zsanitizer=cfi`).
    CfiJumpTables,
    /// A target the layout is not defined for.
    UnsupportedTarget,
    /// A use of a vtable, or a read of a vtable pointer, the census could
    /// not classify.
    Unclassified,
    /// A global with a vtable's shape used as data.
    NearMiss,
    /// No `rustc version` in `!llvm.ident`: the std it links is unknown.
    NoRustcIdent,
    /// The rustc's precompiled std has no audit.
    UnauditedToolchain,
    /// An indirect call of precompiled code the std audit does not know.
    UnresolvedSysrootCall,
    /// Live code of a sysroot crate no audit covers (proc_macro).
    NotAuditedCrate,
    /// Code of a Rust crate compiled without reltab.
    UnprotectedRust,
    /// The module calls Rust code it does not hold (a Rust dylib, std as a
    /// shared library), which reads vtables as absolute.
    RustOutsideModule,
    /// A trait object's vtable pointer can cross the module's boundary
    /// (exported functions and statics, calls to foreign functions).
    CrossesBoundary,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ModuleInfo {
    pub identifier: String,
    pub target: String,
    pub defined_functions: usize,
    pub globals: usize,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Totals {
    pub vtables: usize,
    pub vtables_with_drop: usize,
    /// Pointer entries: one relocation each in a position-independent binary.
    pub pointer_entries: usize,
    pub vtable_bytes: u64,
    /// Bytes of pointer entries (the target's word each).
    pub pointer_entry_bytes: u64,
    pub load_sites: usize,
    pub load_sites_marked: usize,
    pub load_sites_protected: usize,
    pub load_sites_found_otherwise: usize,
    pub load_sites_by_kind: BTreeMap<ReadKind, usize>,
    pub unclassified: usize,
    pub near_misses: usize,
    /// Indirect calls through a slot-like load from a base not known to be a
    /// vtable (see `unverified_calls`).
    pub unverified_indirect_calls: usize,
    /// Loads from a vtable pointer that read only bytes of size and align,
    /// not as entries (kept in place by the relative layout).
    pub header_reads: usize,
    /// Reads from a value that is a vtable pointer on some paths, on a path
    /// where a test of its low bits says it is none (a tagged pointer:
    /// plugin/src/paths.rs); left as they are. Absent when 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub tagged_reads: usize,
    /// Unmarked reads of a value that is a vtable pointer where marked reads
    /// of it run, in places those reads do not cover (an enum's other
    /// variant: plugin/src/paths.rs); left as they are. Absent when 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub uncovered_reads: usize,
    /// Marked loads and protected calls in functions that cannot run
    /// (plugin/src/live.rs): not census reads. Absent when 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub dead_code_marked_reads: usize,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub dead_code_protected_reads: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct VtableReport {
    /// The global's name, or null for an anonymous global (`@0`).
    pub name: Option<String>,
    /// `<Type as Trait>` read off the last method's symbol, when it has one.
    pub implementation: Option<String>,
    pub size: u64,
    pub align: u64,
    pub has_drop: bool,
    pub bytes: u64,
    pub pointer_entries: usize,
    pub entries: Vec<EntryReport>,
    pub uses: BTreeMap<UseKind, usize>,
}

/// One entry of a vtable, at its offset in the absolute layout.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EntryReport {
    pub offset: u64,
    pub kind: EntryKind,
    /// The function or vtable a pointer entry points at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The value of a size or align entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<u64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    Drop,
    Size,
    Align,
    Method,
    Supertrait,
    /// A vacant slot (a method the type cannot be called with).
    Null,
}

/// What a vtable read reads, by entry (and, for slots, by how its value is
/// used).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReadKind {
    Drop,
    Size,
    Align,
    Method,
    Supertrait,
    /// A pointer slot whose value is neither called nor used as a vtable here.
    Slot,
}

impl ReadKind {
    pub fn name(self) -> &'static str {
        match self {
            ReadKind::Drop => "drop",
            ReadKind::Size => "size",
            ReadKind::Align => "align",
            ReadKind::Method => "method",
            ReadKind::Supertrait => "supertrait",
            ReadKind::Slot => "slot",
        }
    }
}

/// How the census found a vtable read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FoundBy {
    /// `!invariant.load`, as rustc emits it.
    InvariantLoad,
    /// A call to a protection function: a load rustc marked, protected
    /// before the crate's own optimization.
    Protected,
    /// Unmarked, from a value known to be a vtable pointer.
    VtableValue,
    /// Unmarked, in the sysroot, and reviewed as a vtable read.
    Audited,
}

/// How a vtable global is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UseKind {
    Stored,
    CallArgument,
    Merged,
    Compared,
    WidePointer,
    Returned,
    Loaded,
    InConstant,
    NotUnderstood,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LoadSiteReport {
    pub function: String,
    pub offset: u64,
    pub kind: ReadKind,
    pub found_by: FoundBy,
}

/// Where a function's code came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// A crate compiled with reltab: every vtable read was protected.
    Protected,
    /// The precompiled sysroot (std, core, alloc ...).
    Sysroot,
    /// A Rust crate compiled without reltab.
    #[serde(rename = "unprotected")]
    UnprotectedRust,
    /// Not a Rust symbol (C, compiler-generated).
    Foreign,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct UnverifiedCallReport {
    pub function: String,
    pub offset: u64,
    /// In `protected` code rustc marked every vtable load and reltab
    /// protected it, so these read other tables of functions; `sysroot` ones
    /// are what the std audit classifies.
    pub origin: Origin,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct UnclassifiedReport {
    pub what: String,
    pub function: Option<String>,
    pub detail: String,
}

/// What is left at the end of the LTO pipeline, after optimization removed
/// dead vtables: the cross-check of what a binary really saves.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct AtEnd {
    pub relative_vtables: usize,
    /// Non-null entries of the relative vtables: relocations a binary saves.
    pub relative_entries: usize,
    pub relative_bytes: u64,
    /// Absolute vtables still there (none when the module was converted).
    pub absolute_vtables: usize,
    pub absolute_pointer_entries: usize,
    /// Time the count took.
    pub seconds: f64,
    /// Each vtable left, relative or absolute, by the name it had in the
    /// module at the start of fat LTO (the report's `vtables`, which say
    /// what it implements and what it cost before): `cargo reltab vtables`.
    #[serde(default)]
    pub vtables: Vec<VtableLeft>,
}

/// A vtable left at the end of the LTO pipeline.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct VtableLeft {
    /// The global's name (null for an anonymous global).
    pub name: Option<String>,
    /// Whether reltab converted it.
    pub relative: bool,
    /// Its bytes as it is (relative or absolute).
    pub bytes: u64,
    /// Its pointer entries: relocations it saves when relative, costs when
    /// absolute.
    pub pointer_entries: usize,
}

impl Report {
    /// Reads a report written by the plugin.
    pub fn read(path: &Path) -> Result<Report, String> {
        read_json(path, "report")
    }

    /// Whether the module was converted.
    pub fn converted(&self) -> bool {
        self.conversion.as_ref().is_some_and(|c| c.converted)
    }

    /// The codes of the refusal, empty when converted or undecided.
    pub fn refusal_codes(&self) -> Vec<RefusalCode> {
        self.conversion.iter().flat_map(|c| c.refused_because.iter().map(|r| r.code)).collect()
    }

    /// The refusal's sentences, joined, for messages.
    pub fn refusal_text(&self) -> String {
        let reasons: Vec<String> =
            self.conversion.iter().flat_map(|c| c.refused_because.iter().map(|r| r.detail.clone())).collect();
        reasons.join("; ")
    }
}

/// Reads JSON of type `T` from `path`; `what` names it in errors.
pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path, what: &str) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read the {what} {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("the {what} {} is not what reltab writes: {e}", path.display()))
}

/// Writes `value` as pretty JSON through a temporary file beside `path`
/// (named after the process), so a reader never sees half a file; the
/// temporary file is removed when anything fails.
pub fn write_json<T: Serialize>(value: &T, path: &Path) -> Result<(), String> {
    let json = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".reltab-tmp.{}", std::process::id()));
    let tmp = std::path::PathBuf::from(tmp);
    let result = std::fs::write(&tmp, json + "\n").and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(|e| format!("cannot write the report to {}: {e}", path.display()))
}
