//! The reltab pass.
//!
//! reltab turns rustc's trait-object vtables into relative vtables (32-bit
//! offsets from the vtable instead of absolute pointers) and rewrites every
//! load from them to match. This file drives the data flow; each step lives
//! in its own module:
//!
//! 1. **recognize** (`recognize.rs`): which globals are vtables, by structure
//!    and signatures, never by name.
//! 2. **census** (`loads.rs`): every load that reads a vtable, and every other
//!    use of a vtable global.
//! 3. **report** (`report.rs`): the JSON report and the remarks.
//!
//! Where the pass runs decides what it may do:
//!
//! * `opt -passes=reltab` (phase *explicit*): the user vouches that the module
//!   is a whole program;
//! * the start of rustc's fat-LTO pipeline (phase *full-lto*): the merged
//!   module holds std, core, alloc and every crate — the whole program;
//! * a crate's own pipeline (phases *crate-start*, *crate-last*): never the
//!   whole program. Nothing here may change behaviour when no fat LTO follows.
//!
//! Invariant: the pass is deterministic (module order throughout) and, in
//! this version, analyses only: it never changes the module.

use crate::host::{Options, Phase, RunRequest, Severity};
use crate::llvm::Module;
use crate::{loads, recognize, report};

/// Runs the pass. `Ok(true)` when the module changed.
pub fn run(module: &Module, options: &Options, host: &RunRequest) -> Result<bool, String> {
    match options.phase {
        Phase::Explicit | Phase::FullLto => {}
        Phase::CrateStart | Phase::CrateLast => return Ok(false),
    }
    let found = recognize::recognize(module);
    let census = loads::take_census(module, &found);
    let report = report::build(module, options.phase, options.layout, &found, &census);

    let t = &report.totals;
    host.diagnose(
        Severity::Remark,
        None,
        "Census",
        &format!(
            "{} vtables with {} pointer entries ({} bytes); {} vtable loads ({} marked !invariant.load, {} found otherwise); {} unclassified",
            t.vtables,
            t.pointer_entries,
            t.vtable_bytes,
            t.load_sites,
            t.load_sites_marked,
            t.load_sites_found_otherwise,
            t.unclassified
        ),
    );
    for u in &census.unclassified {
        host.diagnose(Severity::Remark, u.function.map(|f| f.raw()), "Unclassified", &format!("{}: {}", u.what, u.detail));
    }
    if let Some(path) = &options.report_path {
        report::write(&report, path)?;
    }
    Ok(false)
}
