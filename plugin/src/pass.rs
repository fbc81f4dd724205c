//! The reltab pass.
//!
//! reltab turns rustc's trait-object vtables into relative vtables (32-bit
//! offsets from the vtable instead of absolute pointers) and rewrites every
//! read of them to match. This file drives the data flow; each step lives in
//! its own module:
//!
//! 1. **recognize** (`recognize.rs`, `uses.rs`): which globals are vtables,
//!    by structure, signatures and uses, never by name.
//! 2. **census** (`census.rs`): every read of a vtable entry.
//! 3. **plan** (`plan.rs`): can the module be converted, all or nothing?
//! 4. **rewrite** (`rewrite_tables.rs`, `rewrite_loads.rs`): the relative
//!    vtables and the reads that match them (layout in `layout.rs`); then
//!    `promote.rs` hands local functions the entries they read instead of
//!    the vtable, for LLVM's argument promotion.
//!
//! (These are the stages of the data flow; docs/design.md explains them,
//! and numbers its own steps of finding every vtable load.)
//! 5. **report** (`report.rs`): the JSON report, remarks and warnings.
//!
//! Where the pass runs decides what it does:
//!
//! * start of a crate's own pipeline (*crate-start*): the crate is never the
//!   whole program, so nothing is converted; instead every vtable load rustc
//!   marked is *protected* (`protect.rs`) — turned into a call the optimizer
//!   cannot make into a plain load — because the optimizer would otherwise
//!   destroy the evidence the census needs at fat LTO; and the crate's own
//!   casts between addresses and words are recorded (`casts.rs`), for the
//!   boundary analysis, before the optimizer adds casts of its own;
//! * end of a crate's own pipeline (*crate-last*): when no fat LTO follows
//!   (ThinLTO post-link, or `-Copt-level=0`), the protection is undone: the
//!   module is as it would be without reltab;
//! * start of rustc's fat-LTO pipeline (*full-lto*): the merged module holds
//!   std, core, alloc and every crate — the whole program. Convert when the
//!   plan allows, otherwise undo the protection and say why;
//! * end of rustc's fat-LTO pipeline (*full-lto-last*): count what is left
//!   after optimization removed dead vtables (the report's `at_end_of_lto`);
//! * `opt -passes=reltab` (*explicit*): the user vouches that the module is
//!   a whole program; converted like full-lto, without the check of where
//!   each function came from. `reltab-protect`, `reltab-unprotect` and
//!   `reltab-count` run the other phases in `opt`;
//! * `opt -passes=reltab-audit` (*audit*): classify every indirect call of
//!   precompiled code (audit.rs; `scripts/audit-std` runs it over a
//!   toolchain's sysroot). At full-lto the plan requires the toolchain's
//!   audit and applies the same classification to the live code.
//!
//! With `-reltab-check` the rewrite produces the checked form of the layout
//! and a check before every read (check_mode.rs), so that a miss traps with a
//! message instead of crashing at random.
//!
//! Invariants: all or nothing per module; a module that is not converted is
//! left exactly as it would be without reltab (protected reads become the
//! marked loads they were; the casts' record, named metadata and a function
//! attribute, changes no code); the output is deterministic (module order
//! throughout).

use crate::census::{Census, LiveReads, VtableRead};
use crate::check_mode::CheckRuntime;
use crate::host::{DebugMiss, Layout, Options, Phase, RunRequest, Severity};
use crate::ir::rustc_name;
use crate::layout::{Abi, Form};
use crate::live::Live;
use crate::llvm::Module;
use crate::recognize::{Recognized, Vtable};
use crate::report::Stopwatch;
use crate::sysroot::Audits;
use crate::{
    audit, audit_layouts, casts, census, count, plan, promote, protect, recognize, report, rewrite_loads,
    rewrite_tables,
};

/// LLVM's ThinOrFullLTOPhase values the pass tells apart.
const LTO_PHASE_NONE: u32 = 0;
const LTO_PHASE_THIN_POST_LINK: u32 = 2;

/// Runs the pass. `Ok(true)` when the module changed.
pub fn run(module: &Module, options: &Options, host: &RunRequest) -> Result<bool, String> {
    if let Some(path) = &options.toolchain_report {
        let audits = Audits::new(options);
        let report = reltab_report::audit::ToolchainReport {
            rules: crate::sysroot::AUDIT_RULES.to_string(),
            audit_cache: audits.cache().map(|c| c.display().to_string()),
            compilers: plan::rustc_compilers(module).iter().map(|c| audits.of(c)).collect(),
        };
        reltab_report::write_json(&report, path)?;
    }
    match options.phase {
        Phase::CrateStart => {
            let protected = protect::protect(module);
            host.diagnose(Severity::Remark, None, "Protected", &format!("protected {protected} vtable loads"));
            let with_casts = casts::record(module);
            host.diagnose(
                Severity::Remark,
                None,
                "CastsRecorded",
                &format!("recorded the casts between addresses and words of {with_casts} functions"),
            );
            Ok(true)
        }
        Phase::CrateLast => {
            let no_fat_lto_follows = matches!(options.lto_phase, LTO_PHASE_NONE | LTO_PHASE_THIN_POST_LINK);
            if !no_fat_lto_follows {
                return Ok(false);
            }
            let resolved = protect::unprotect(module);
            let why = if options.lto_phase == LTO_PHASE_NONE {
                "this pipeline is not followed by fat LTO (-Copt-level=0 or no LTO)"
            } else {
                "this crate is not part of a fat-LTO build (no LTO, or -Clto=thin)"
            };
            host.diagnose(
                Severity::Remark,
                None,
                "NotWholeProgram",
                &format!(
                    "vtables left absolute: {why}; relative vtables need -Clto=fat \
                     (undid the protection of {resolved} vtable loads)"
                ),
            );
            Ok(resolved > 0)
        }
        Phase::Explicit | Phase::FullLto => convert(module, options, host),
        Phase::Audit => {
            let (_, census) = recognize_and_take_census(module);
            let result = audit::audit(module, &census, audit::Scope::All);
            let layouts = audit_layouts::audit_layouts(module, &census, audit::Scope::All);
            host.diagnose(
                Severity::Remark,
                None,
                "Audit",
                &format!(
                    "audited {} indirect calls of {}: {:?}; {} unknown; {} allocator calls: {:?}; {} unknown",
                    result.indirect_calls,
                    result.compilers.join(", "),
                    result.by_class,
                    result.unknown,
                    layouts.allocator_calls,
                    layouts.by_class,
                    layouts.unknown
                ),
            );
            let path = options.report_path.as_deref().ok_or("reltab-audit needs -reltab-report=PATH for its result")?;
            let record = reltab_report::audit::AuditRecord {
                toolchain: None,
                rules: Some(crate::sysroot::AUDIT_RULES.to_string()),
                calls: result,
                crates: Vec::new(),
                layouts: Some(layouts),
            };
            reltab_report::write_json(&record, path)?;
            Ok(false)
        }
        Phase::FullLtoLast => {
            let started = std::time::Instant::now();
            let mut at_end = count::count_at_end(module);
            at_end.seconds = started.elapsed().as_secs_f64();
            host.diagnose(
                Severity::Remark,
                None,
                "AtEnd",
                &format!(
                    "at the end of LTO: {} relative vtables with {} entries ({} bytes), {} absolute vtables with {} pointer entries",
                    at_end.relative_vtables,
                    at_end.relative_entries,
                    at_end.relative_bytes,
                    at_end.absolute_vtables,
                    at_end.absolute_pointer_entries
                ),
            );
            if let Some(path) = options.report_path.as_deref().filter(|p| p.exists()) {
                report::append_at_end(path, &at_end)?;
            }
            Ok(false)
        }
    }
}

fn convert(module: &Module, options: &Options, host: &RunRequest) -> Result<bool, String> {
    let mut stopwatch = Stopwatch::start();
    let (found, census) = recognize_and_take_census(module);
    stopwatch.lap("recognize and census");
    let verdict = plan::can_convert(module, options, &found, &census, &mut stopwatch);
    // The report describes the module as found; the values it reads are gone
    // once the rewrite has run.
    let mut report = report::build(module, options.phase, options.layout, &found, &census);
    stopwatch.lap("report");
    let t = &report.totals;
    host.diagnose(
        Severity::Remark,
        None,
        "Census",
        &format!(
            "{} vtables with {} pointer entries ({} bytes); {} vtable loads ({} marked !invariant.load, {} protected, {} found otherwise); {} unclassified",
            t.vtables,
            t.pointer_entries,
            t.vtable_bytes,
            t.load_sites,
            t.load_sites_marked,
            t.load_sites_protected,
            t.load_sites_found_otherwise,
            t.unclassified
        ),
    );
    for u in &census.unclassified {
        host.diagnose(Severity::Remark, u.function, "Unclassified", &format!("{}: {}", u.what, u.detail));
    }

    let changed = match verdict {
        Ok(()) => {
            let (form, fallback) = choose_form(module, options, &found, &census, host);
            stopwatch.lap("plan layout");
            let (vtables, sites) =
                deliberate_misses(&found, form == Form::CheckedRelative, &census, options.debug_miss.as_ref(), host);
            let valid_vtable_params = promote::valid_at_every_call(&census);
            rewrite_tables::forget_absolute_sizes(module, &census);
            let max_slots = vtables.iter().map(|v| v.slots.len()).max().unwrap_or(0);
            let mut check = options.check.then(|| CheckRuntime::new(module, max_slots, form));
            let replacements = rewrite_tables::create(module, &vtables, form, host, check.as_mut());
            let rewritten = rewrite_loads::rewrite(module, &sites, &replacements, form, check.as_mut());
            rewrite_tables::retire(&replacements, &vtables);
            stopwatch.lap("rewrite");
            let promoted = if options.promote { promote::promote(module, &valid_vtable_params) } else { 0 };
            promote::remark(host, promoted);
            stopwatch.lap("promote");
            // Protected reads in code that cannot run (live.rs) are not census
            // reads: they become the plain loads they were, which never run.
            protect::unprotect(module);
            rewrite_tables::mark(module, form);
            stopwatch.lap("unprotect dead code");
            report::record_conversion(&mut report, &found, rewritten, Abi::of(module), form, fallback, promoted);
            let c = report.conversion.as_ref().unwrap();
            let message = match form {
                Form::Relative | Form::Compact => format!(
                    "converted {} vtables to the {} layout: {} relocations removed, {} -> {} bytes; {} reads rewritten",
                    c.vtables_converted,
                    form.name(),
                    c.relocations_removed,
                    c.bytes_before,
                    c.bytes_after,
                    c.reads_rewritten
                ),
                Form::CheckedRelative | Form::CheckedCompact => format!(
                    "converted {} vtables to the checked form of the {} layout (-reltab-check: trap entries \
                     in place of the absolute ones, {} -> {} bytes); {} reads rewritten and checked",
                    c.vtables_converted,
                    form.layout().name(),
                    c.bytes_before,
                    c.bytes_after,
                    c.reads_rewritten
                ),
            };
            host.diagnose(Severity::Remark, None, "Converted", &message);
            true
        }
        Err(reasons) => {
            let restored = protect::unprotect(module);
            host.diagnose(
                Severity::Warning,
                None,
                "NotConverted",
                &format!(
                    "left the vtables of this module absolute: {}",
                    reasons.iter().map(|r| r.detail.as_str()).collect::<Vec<_>>().join("; ")
                ),
            );
            report::record_refusal(&mut report, reasons);
            stopwatch.lap("unprotect");
            restored > 0
        }
    };
    if let Some(path) = &options.report_path {
        stopwatch.record(&mut report);
        report::write(&report, path)?;
    }
    Ok(changed)
}

/// Recognition and census, with one walk of the live code: the census takes
/// its reads as the walk for live code passes them (census.rs, `LiveReads`).
fn recognize_and_take_census(module: &Module) -> (Recognized, Census) {
    let mut reads = LiveReads::new(module);
    let live = Live::of_visiting(module, |f, inst| reads.visit(module, f, inst));
    let found = recognize::recognize_in(module, live);
    let census = census::take_census(module, &found, reads);
    (found, census)
}

/// The form to convert to, and why the compact layout was asked for but not
/// taken (also said in a remark). Check mode takes the checked form of the
/// layout the same build would ship without it.
fn choose_form(
    module: &Module,
    options: &Options,
    found: &Recognized,
    census: &Census,
    host: &RunRequest,
) -> (Form, Option<String>) {
    let (shipped, fallback) = match options.layout {
        Layout::Relative => (Form::Relative, None),
        Layout::Compact => match plan::compact_fits(module, options.phase, &Audits::new(options), found, census) {
            Ok(()) => (Form::Compact, None),
            Err(why) => {
                host.diagnose(
                    Severity::Remark,
                    None,
                    "CompactFallback",
                    &format!("the relative layout instead of the compact one for this module: {why}"),
                );
                (Form::Relative, Some(why))
            }
        },
    };
    (if options.check { shipped.checked() } else { shipped }, fallback)
}

/// The vtables to convert (with the pointerless ones in the checked relative
/// form)
/// and the reads to rewrite: all of them, except what `-reltab-debug-miss`
/// leaves out on purpose to test check mode.
fn deliberate_misses<'a>(
    found: &'a Recognized,
    checked: bool,
    census: &'a Census,
    miss: Option<&DebugMiss>,
    host: &RunRequest,
) -> (Vec<&'a Vtable>, Vec<&'a VtableRead>) {
    let mut vtables: Vec<&Vtable> = found.vtables.iter().collect();
    if checked {
        // The checked relative form's reads look for its marker in every
        // table they may meet, pointerless ones included. (The checked
        // compact form, like the compact one, leaves them absolute: its
        // header reads tell them apart, check_mode.rs.)
        vtables.extend(&found.pointerless);
    }
    let mut sites: Vec<&VtableRead> = census.sites.iter().collect();
    let left_out = match miss {
        None => return (vtables, sites),
        Some(DebugMiss::Vtable(text)) => {
            let before = vtables.len();
            vtables.retain(|vt| !report::implementation(vt).is_some_and(|i| i.contains(text.as_str())));
            format!("{} vtables whose implementation contains '{text}'", before - vtables.len())
        }
        Some(DebugMiss::Read(text)) => {
            let before = sites.len();
            sites.retain(|s| !rustc_name(s.function).contains(text.as_str()));
            format!("{} reads in functions whose name contains '{text}'", before - sites.len())
        }
    };
    host.diagnose(
        Severity::Warning,
        None,
        "DeliberateMiss",
        &format!(
            "-reltab-debug-miss: left out {left_out}; this program is miscompiled on purpose (testing check mode)"
        ),
    );
    (vtables, sites)
}
