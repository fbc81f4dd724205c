//! The JSON report (`-reltab-report=PATH`): what the pass found in a module.
//!
//! Stable field names; every list is in module order, so the same module
//! gives the same report byte for byte.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::host::{Layout, Phase};
use crate::llvm::{Module, Value};
use crate::census::{Census, FoundBy, ReadKind};
use crate::ir::rustc_name;
use crate::uses::UseKind;
use crate::recognize::{Recognized, Slot, Vtable};

#[derive(Serialize)]
pub struct Report {
    pub reltab_version: &'static str,
    pub phase: &'static str,
    pub layout: Layout,
    pub module: ModuleInfo,
    pub totals: Totals,
    pub vtables: Vec<VtableReport>,
    pub load_sites: Vec<LoadSiteReport>,
    pub unclassified: Vec<UnclassifiedReport>,
    /// Indirect calls through a pointer loaded at 24 + 8k from a base the
    /// census does not know to be a vtable: hand-written function tables, or
    /// vtable reads no analysis sees. Input for the std audit.
    pub unverified_calls: Vec<UnverifiedCallReport>,
    /// What was done: set once the pass has decided.
    pub conversion: Option<Conversion>,
    /// Time reltab spent on the module (census, plan and rewrite), for the
    /// benches' share of the LTO step.
    pub seconds: f64,
}

#[derive(Serialize)]
pub struct Conversion {
    pub converted: bool,
    /// Why the module was left as it was (empty when converted).
    pub refused_because: Vec<String>,
    pub vtables_converted: usize,
    /// Pointer entries that no longer need a dynamic relocation.
    pub relocations_removed: usize,
    pub bytes_before: u64,
    pub bytes_after: u64,
    pub reads_rewritten: usize,
    /// The form the vtables were converted to: relative, compact or checked
    /// (null when not converted).
    pub form: Option<&'static str>,
    /// Why the compact layout was asked for but the relative one was used.
    pub compact_fallback: Option<String>,
}

impl Report {
    pub fn record_conversion(
        &mut self,
        found: &Recognized,
        reads_rewritten: usize,
        abi: crate::layout::Abi,
        form: crate::layout::Form,
        compact_fallback: Option<String>,
    ) {
        self.conversion = Some(Conversion {
            converted: true,
            refused_because: Vec::new(),
            vtables_converted: found.vtables.len(),
            relocations_removed: found.vtables.iter().map(|v| v.pointer_entries()).sum(),
            bytes_before: found.vtables.iter().map(|v| v.bytes).sum(),
            bytes_after: found.vtables.iter().map(|v| abi.table_size(form, v.shape())).sum(),
            reads_rewritten,
            form: Some(form.name()),
            compact_fallback,
        });
    }

    pub fn record_refusal(&mut self, reasons: Vec<String>) {
        self.conversion = Some(Conversion {
            converted: false,
            refused_because: reasons,
            vtables_converted: 0,
            relocations_removed: 0,
            bytes_before: self.totals.vtable_bytes,
            bytes_after: self.totals.vtable_bytes,
            reads_rewritten: 0,
            form: None,
            compact_fallback: None,
        });
    }
}

#[derive(Serialize)]
pub struct ModuleInfo {
    pub identifier: String,
    pub target: String,
    pub defined_functions: usize,
    pub globals: usize,
}

#[derive(Serialize, Default)]
pub struct Totals {
    pub vtables: usize,
    pub vtables_with_drop: usize,
    /// Pointer entries: one relocation each in a position-independent binary.
    pub pointer_entries: usize,
    pub vtable_bytes: u64,
    /// Bytes of pointer entries (what the relative layout halves).
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
}

#[derive(Serialize)]
pub struct VtableReport {
    /// The global's name, or null for an anonymous global (`@0`).
    pub name: Option<String>,
    /// `<Type as Trait>` read off the first method's symbol, when it has one.
    pub implementation: Option<String>,
    pub size: u64,
    pub align: u64,
    pub has_drop: bool,
    pub bytes: u64,
    pub pointer_entries: usize,
    pub entries: Vec<EntryReport>,
    pub uses: BTreeMap<UseKind, usize>,
}

#[derive(Serialize)]
pub struct EntryReport {
    pub offset: u64,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<u64>,
}

#[derive(Serialize)]
pub struct LoadSiteReport {
    pub function: String,
    pub offset: u64,
    pub kind: ReadKind,
    pub found_by: FoundBy,
}

#[derive(Serialize)]
pub struct UnverifiedCallReport {
    pub function: String,
    pub offset: u64,
    /// Where the calling code came from: in `protected` code rustc marked
    /// every vtable load and reltab protected it, so these read other
    /// tables of functions; `sysroot` ones are what the std audit classifies.
    pub origin: &'static str,
}

#[derive(Serialize)]
pub struct UnclassifiedReport {
    pub what: String,
    pub function: Option<String>,
    pub detail: String,
}

fn origin_name(f: Value) -> &'static str {
    use crate::provenance::{function_origin, Origin};
    match function_origin(f) {
        Origin::Protected => "protected",
        Origin::Sysroot => "sysroot",
        Origin::UnprotectedRust => "unprotected",
        Origin::Foreign => "foreign",
    }
}

pub fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Explicit => "explicit",
        Phase::FullLto => "full-lto",
        Phase::CrateStart => "crate-start",
        Phase::CrateLast => "crate-last",
        Phase::FullLtoLast => "full-lto-last",
        Phase::Audit => "audit",
    }
}

pub fn build(module: &Module, phase: Phase, layout: Layout, found: &Recognized, census: &Census) -> Report {
    let vtables: Vec<VtableReport> = found.vtables.iter().map(|vt| vtable_report(vt, census)).collect();
    let load_sites: Vec<LoadSiteReport> = census
        .sites
        .iter()
        .map(|s| LoadSiteReport { function: rustc_name(s.function), offset: s.offset, kind: s.kind, found_by: s.found_by })
        .collect();
    let mut unclassified: Vec<UnclassifiedReport> = census
        .unclassified
        .iter()
        .map(|u| UnclassifiedReport {
            what: u.what.to_string(),
            function: u.function.map(rustc_name),
            detail: u.detail.clone(),
        })
        .collect();
    unclassified.extend(found.near_misses.iter().map(|m| UnclassifiedReport {
        what: "vtable-like global that is not a vtable".into(),
        function: None,
        detail: format!("{}: {}", global_name(m.global).unwrap_or_else(|| "<unnamed>".into()), m.reason),
    }));

    let mut totals = Totals {
        vtables: vtables.len(),
        vtables_with_drop: vtables.iter().filter(|v| v.has_drop).count(),
        pointer_entries: vtables.iter().map(|v| v.pointer_entries).sum(),
        vtable_bytes: vtables.iter().map(|v| v.bytes).sum(),
        load_sites: load_sites.len(),
        load_sites_marked: load_sites.iter().filter(|s| s.found_by == FoundBy::InvariantLoad).count(),
        load_sites_protected: load_sites.iter().filter(|s| s.found_by == FoundBy::Protected).count(),
        unclassified: census.unclassified.len(),
        header_reads: census.header_reads,
        near_misses: found.near_misses.len(),
        unverified_indirect_calls: census.unverified_calls.len(),
        ..Totals::default()
    };
    totals.pointer_entry_bytes = totals.pointer_entries as u64 * 8;
    totals.load_sites_found_otherwise = totals.load_sites - totals.load_sites_marked - totals.load_sites_protected;
    for s in &load_sites {
        *totals.load_sites_by_kind.entry(s.kind).or_insert(0) += 1;
    }

    Report {
        reltab_version: env!("CARGO_PKG_VERSION"),
        phase: phase_name(phase),
        layout,
        module: ModuleInfo {
            identifier: module.identifier(),
            target: module.target_triple(),
            defined_functions: module.functions().filter(|f| !f.is_declaration()).count(),
            globals: module.globals().count(),
        },
        totals,
        vtables,
        load_sites,
        unclassified,
        unverified_calls: census
            .unverified_calls
            .iter()
            .map(|c| UnverifiedCallReport {
                function: rustc_name(c.function),
                offset: c.offset,
                origin: origin_name(c.function),
            })
            .collect(),
        conversion: None,
        seconds: 0.0,
    }
}

fn vtable_report(vt: &Vtable, census: &Census) -> VtableReport {
    let header = [
        EntryReport { offset: 0, kind: "drop", target: vt.drop.map(rustc_name), value: None },
        EntryReport { offset: 8, kind: "size", target: None, value: Some(vt.size) },
        EntryReport { offset: 16, kind: "align", target: None, value: Some(vt.align) },
    ];
    let slots = vt.slots.iter().enumerate().map(|(k, slot)| {
        let (kind, target) = match *slot {
            Slot::Method(f) => ("method", Some(rustc_name(f))),
            Slot::Supertrait(g) => ("supertrait", Some(global_name(g).unwrap_or_else(|| "<unnamed>".into()))),
            Slot::Null => ("null", None),
        };
        EntryReport { offset: 24 + 8 * k as u64, kind, target, value: None }
    });
    let entries = header.into_iter().chain(slots).collect();
    VtableReport {
        name: global_name(vt.global),
        implementation: implementation(vt),
        size: vt.size,
        align: vt.align,
        has_drop: vt.drop.is_some(),
        bytes: vt.bytes,
        pointer_entries: vt.pointer_entries(),
        entries,
        uses: census.uses.get(&vt.global).cloned().unwrap_or_default(),
    }
}

fn global_name(g: Value) -> Option<String> {
    g.name()
}

/// `<T as Trait>` from a method symbol `<T as Trait>::method`. The last
/// method is taken: supertraits' methods come first in a vtable, so the last
/// one belongs to the trait the vtable is for.
pub fn implementation(vt: &Vtable) -> Option<String> {
    vt.slots.iter().rev().find_map(|slot| match *slot {
        Slot::Method(f) => {
            let name = rustc_name(f);
            let trimmed = name.strip_prefix('<')?;
            // The impl part ends at the `>::` that closes the leading `<`.
            let mut depth = 1usize;
            for (i, c) in trimmed.char_indices() {
                match c {
                    '<' => depth += 1,
                    '>' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(format!("<{}>", &trimmed[..i]));
                        }
                    }
                    _ => {}
                }
            }
            None
        }
        _ => None,
    })
}

/// Writes the report through a temporary file beside it (named after the
/// whole path and the process), so a reader never sees half a report; the
/// temporary file is removed when anything fails.
pub fn write(report: &Report, path: &Path) -> Result<(), String> {
    write_json(&serde_json::to_value(report).map_err(|e| e.to_string())?, path)
}

/// What is left at the end of the LTO pipeline, after optimization removed
/// dead vtables: the cross-check of what a binary really saves.
#[derive(Serialize)]
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
}

/// Adds `at_end_of_lto` to the report written at the start of the pipeline.
pub fn append_at_end(path: &Path, at_end: &AtEnd) -> Result<(), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the report {} to complete it: {e}", path.display()))?;
    let mut json: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    json["at_end_of_lto"] = serde_json::to_value(at_end).map_err(|e| e.to_string())?;
    write_json(&json, path)
}

pub fn write_json(value: &serde_json::Value, path: &Path) -> Result<(), String> {
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
