//! The JSON report (`-reltab-report=PATH`): what the pass found in a module,
//! built from the recognition and the census. The types are those of the
//! `reltab-report` crate, which `cargo reltab` and the tests read back;
//! every offset comes from the module's [`Abi`].

use std::collections::HashMap;
use std::path::Path;

pub use reltab_report::{
    AtEnd, Conversion, EntryKind, EntryReport, LoadSiteReport, ModuleInfo, Refusal, Report, StepTime, Totals,
    UnclassifiedReport, UnverifiedCallReport, VtableLeft, VtableReport,
};

use crate::census::{Census, FoundBy};
use crate::host::{Layout, Phase};
use crate::ir::rustc_name;
use crate::layout::{Abi, Entry, Form};
use crate::llvm::{Module, Value};
use crate::provenance::function_origin;
use crate::recognize::{Recognized, Slot, Vtable};

/// The time of each step of the pass, for the report's `steps`: what the
/// benches show of where reltab's share of the LTO step goes.
pub struct Stopwatch {
    started: std::time::Instant,
    lap_started: std::time::Instant,
    steps: Vec<StepTime>,
}

impl Stopwatch {
    pub fn start() -> Self {
        let now = std::time::Instant::now();
        Stopwatch { started: now, lap_started: now, steps: Vec::new() }
    }

    /// Ends the step that ran since the last lap.
    pub fn lap(&mut self, step: &str) {
        let now = std::time::Instant::now();
        self.steps.push(StepTime { step: step.to_string(), seconds: (now - self.lap_started).as_secs_f64() });
        self.lap_started = now;
    }

    /// The total and the steps, into the report.
    pub fn record(&self, report: &mut Report) {
        report.seconds = self.started.elapsed().as_secs_f64();
        report.steps = self.steps.clone();
    }
}

/// The decision, recorded in the report.
pub fn record_conversion(
    report: &mut Report,
    found: &Recognized,
    reads_rewritten: usize,
    abi: Abi,
    form: Form,
    compact_fallback: Option<String>,
    parameters_promoted: usize,
) {
    report.conversion = Some(Conversion {
        converted: true,
        refused_because: Vec::new(),
        vtables_converted: found.vtables.len(),
        relocations_removed: found.vtables.iter().map(|v| v.pointer_entries()).sum(),
        bytes_before: found.vtables.iter().map(|v| v.bytes).sum(),
        bytes_after: found.vtables.iter().map(|v| abi.table_size(form, v.shape())).sum(),
        reads_rewritten,
        form: Some(form),
        compact_fallback,
        parameters_promoted,
    });
}

pub fn record_refusal(report: &mut Report, reasons: Vec<Refusal>) {
    report.conversion = Some(Conversion {
        converted: false,
        refused_because: reasons,
        vtables_converted: 0,
        relocations_removed: 0,
        bytes_before: report.totals.vtable_bytes,
        bytes_after: report.totals.vtable_bytes,
        reads_rewritten: 0,
        form: None,
        compact_fallback: None,
        parameters_promoted: 0,
    });
}

/// Demangled function names, each demangled once: a function holds many
/// reads, and a drop function sits in many vtables.
#[derive(Default)]
struct Names(HashMap<Value, String>);

impl Names {
    fn of(&mut self, f: Value) -> String {
        self.0.entry(f).or_insert_with(|| rustc_name(f)).clone()
    }
}

pub fn build(module: &Module, phase: Phase, layout: Layout, found: &Recognized, census: &Census) -> Report {
    let abi = Abi::of(module);
    let mut names = Names::default();
    let vtables: Vec<VtableReport> =
        found.vtables.iter().map(|vt| vtable_report(abi, vt, census, &mut names)).collect();
    let load_sites: Vec<LoadSiteReport> = census
        .sites
        .iter()
        .map(|s| LoadSiteReport {
            function: names.of(s.function),
            offset: s.offset,
            kind: s.kind,
            found_by: s.found_by,
        })
        .collect();
    let mut unclassified: Vec<UnclassifiedReport> = census
        .unclassified
        .iter()
        .map(|u| UnclassifiedReport {
            what: u.what.to_string(),
            function: u.function.map(|f| names.of(f)),
            detail: u.detail.clone(),
        })
        .collect();
    unclassified.extend(found.near_misses.iter().map(|m| UnclassifiedReport {
        what: "vtable-like global that is not a vtable".into(),
        function: None,
        detail: format!("{}: {}", m.global.name().unwrap_or_else(|| "<unnamed>".into()), m.reason),
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
        tagged_reads: census.tagged_reads,
        uncovered_reads: census.uncovered_reads,
        dead_code_marked_reads: census.dead_code_reads.0,
        dead_code_protected_reads: census.dead_code_reads.1,
        near_misses: found.near_misses.len(),
        unverified_indirect_calls: census.unverified_calls.len(),
        ..Totals::default()
    };
    totals.pointer_entry_bytes = totals.pointer_entries as u64 * abi.word;
    totals.load_sites_found_otherwise = totals.load_sites - totals.load_sites_marked - totals.load_sites_protected;
    for s in &load_sites {
        *totals.load_sites_by_kind.entry(s.kind).or_insert(0) += 1;
    }

    Report {
        reltab_version: env!("CARGO_PKG_VERSION").to_string(),
        phase,
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
                function: names.of(c.function),
                offset: c.offset,
                origin: function_origin(c.function),
            })
            .collect(),
        conversion: None,
        seconds: 0.0,
        steps: Vec::new(),
        at_end_of_lto: None,
    }
}

fn vtable_report(abi: Abi, vt: &Vtable, census: &Census, names: &mut Names) -> VtableReport {
    let at = |entry| abi.absolute_offset(entry);
    let header = [
        EntryReport {
            offset: at(Entry::Drop),
            kind: EntryKind::Drop,
            target: vt.drop.map(|f| names.of(f)),
            value: None,
        },
        EntryReport { offset: at(Entry::Size), kind: EntryKind::Size, target: None, value: Some(vt.size) },
        EntryReport { offset: at(Entry::Align), kind: EntryKind::Align, target: None, value: Some(vt.align) },
    ];
    let slots = vt.slots.iter().enumerate().map(|(k, slot)| {
        let (kind, target) = match *slot {
            Slot::Method(f) => (EntryKind::Method, Some(names.of(f))),
            Slot::Supertrait(g) => (EntryKind::Supertrait, Some(g.name().unwrap_or_else(|| "<unnamed>".into()))),
            Slot::Null => (EntryKind::Null, None),
        };
        EntryReport { offset: at(Entry::Slot(k as u64)), kind, target, value: None }
    });
    let entries = header.into_iter().chain(slots).collect();
    VtableReport {
        name: vt.global.name(),
        implementation: implementation_named(vt, |f| names.of(f)),
        size: vt.size,
        align: vt.align,
        has_drop: vt.drop.is_some(),
        bytes: vt.bytes,
        pointer_entries: vt.pointer_entries(),
        entries,
        uses: census.uses.get(&vt.global).cloned().unwrap_or_default(),
    }
}

/// `<T as Trait>` from a method symbol `<T as Trait>::method`. The last
/// method is taken: supertraits' methods come first in a vtable, so the last
/// one belongs to the trait the vtable is for.
pub fn implementation(vt: &Vtable) -> Option<String> {
    implementation_named(vt, rustc_name)
}

/// [`implementation`], with the methods' demangled names from `name_of`.
fn implementation_named(vt: &Vtable, mut name_of: impl FnMut(Value) -> String) -> Option<String> {
    vt.slots.iter().rev().find_map(|slot| match *slot {
        Slot::Method(f) => {
            let name = name_of(f);
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

/// Writes the report through a temporary file beside it, so a reader never
/// sees half a report.
pub fn write(report: &Report, path: &Path) -> Result<(), String> {
    reltab_report::write_json(report, path)
}

/// Adds `at_end_of_lto` to the report written at the start of the pipeline.
pub fn append_at_end(path: &Path, at_end: &AtEnd) -> Result<(), String> {
    let mut report = Report::read(path)?;
    report.at_end_of_lto = Some(at_end.clone());
    write(&report, path)
}
