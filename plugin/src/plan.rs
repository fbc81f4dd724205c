//! Can this module be converted? The predicate, kept apart from the
//! transform (rewrite_tables.rs, rewrite_loads.rs).
//!
//! All or nothing: one vtable read that stays absolute while its vtable
//! becomes relative (or the reverse) is a crash, so the module is converted
//! only when every vtable and every read of one is accounted for:
//!
//! * the target is one the relative layout is defined for (little-endian,
//!   x86_64, aarch64, i686, armv7), and the code model is not `large`
//!   (where a 32-bit offset from a vtable to a function cannot be proven);
//! * no vtable is read through `llvm.type.checked.load` or checked with
//!   `llvm.type.test` (virtual function elimination, CFI), which reltab does
//!   not rewrite;
//! * nothing is unclassified: every use of every vtable is a vtable use,
//!   every read from a vtable pointer is at an entry, no unmarked read comes
//!   from a parameter that other callers fill with non-vtables;
//! * nothing looks like a vtable but is used as data (a near miss could be a
//!   vtable that some read treats as one);
//! * at fat LTO, the module is the whole program as far as trait objects go
//!   (boundary.rs): it calls no Rust code it does not hold, and no vtable
//!   pointer can cross its interface — unless the user states, with
//!   `-reltab-trust-boundary`, that the other side is converted too;
//! * at fat LTO, the module holds no code of a Rust crate compiled without
//!   reltab that makes indirect calls: its optimizer may have made vtable
//!   loads that no analysis can see (docs/design.md, step 2). Code of the
//!   precompiled sysroot is covered by the census; non-Rust code does not
//!   read Rust vtables.
//!
//! Then, when the compact layout is asked for, whether the module can take
//! it ([`compact_fits`]); if not, it gets the relative layout, with a remark.

use crate::audit::{self, CallClass, Scope};
use crate::audit_layouts;
use crate::boundary::{self, Direction};
use crate::census::Census;
use crate::host::{CodeModel, Options, Phase};
use crate::ir::{describe_global, rustc_name};
use crate::layout::compact_header;
use crate::llvm::{Module, Value};
use crate::provenance::{function_origin, Origin};
use crate::recognize::Recognized;
use crate::report::Stopwatch;
use crate::sysroot::{Audits, NOT_AUDITED_CRATES};
use reltab_report::RefusalCode;

/// Why a module is left as it is; every reason, for the report.
pub type Refusal = Vec<Reason>;

/// One reason, with its stable code.
pub use reltab_report::Refusal as Reason;

fn reason(code: RefusalCode, detail: impl Into<String>) -> Reason {
    Reason { code, detail: detail.into() }
}

/// How many examples of one kind of problem a refusal lists.
const EXAMPLES: usize = 5;

pub fn can_convert(
    module: &Module,
    options: &Options,
    found: &Recognized,
    census: &Census,
    stopwatch: &mut Stopwatch,
) -> Result<(), Refusal> {
    let phase = options.phase;
    let mut reasons = Vec::new();
    if options.code_model == Some(CodeModel::Large) {
        reasons.push(reason(
            RefusalCode::LargeCodeModel,
            "the large code model places code and data anywhere in the address space: \
             32-bit offsets from a vtable to its functions cannot be proven to fit",
        ));
    }
    // -Zvirtual-function-elimination reads vtables through
    // llvm.type.checked.load, -Zsanitizer=cfi checks them with llvm.type.test:
    // reads and checks the census does not rewrite (yet).
    for f in module.functions().filter(|f| f.has_users()) {
        if let Some(name) =
            f.name().filter(|n| n.starts_with("llvm.type.checked.load") || n.starts_with("llvm.type.test"))
        {
            reasons.push(reason(
                RefusalCode::TypeCheckedLoad,
                format!(
                    "the module uses {name} (-Zvirtual-function-elimination or -Zsanitizer=cfi), \
                     whose vtable reads reltab does not rewrite"
                ),
            ));
        }
    }
    // Under CFI, LowerTypeTests has already replaced the checks (and many
    // functions by jump-table entries) when reltab runs: the module flag says so.
    if module.has_flag("CFI Canonical Jump Tables") {
        reasons.push(reason(
            RefusalCode::CfiJumpTables,
            "the module is built with -Zsanitizer=cfi (CFI jump tables), whose vtable checks reltab does not rewrite",
        ));
    }
    let triple = module.target_triple();
    let arch = triple.split('-').next().unwrap_or("");
    let (word, supported) = (module.pointer_size(), supported_arch(arch));
    if supported != Some(word) || !module.is_little_endian() {
        let triple = if triple.is_empty() { "(none: the module has no target triple)".to_string() } else { triple };
        reasons.push(reason(
            RefusalCode::UnsupportedTarget,
            format!(
                "target {triple} ({}-byte pointers{}) is not one the relative layout is defined for \
                 (x86_64, aarch64; i386 to i686, armv7)",
                word,
                if module.is_little_endian() { "" } else { ", big-endian" }
            ),
        ));
    }
    for u in census.unclassified.iter().take(EXAMPLES) {
        reasons.push(reason(RefusalCode::Unclassified, format!("{}: {}", u.what, u.detail)));
    }
    if census.unclassified.len() > EXAMPLES {
        reasons.push(reason(
            RefusalCode::Unclassified,
            format!("... and {} more unclassified uses or loads", census.unclassified.len() - EXAMPLES),
        ));
    }
    for m in found.near_misses.iter().take(EXAMPLES) {
        reasons.push(reason(
            RefusalCode::NearMiss,
            format!(
                "{} has the shape of a vtable but is used in a way vtables are not ({})",
                describe_global(m.global),
                m.reason
            ),
        ));
    }
    // What the user can do about a read or a global reltab cannot account
    // for: nothing in their code is wrong.
    if reasons.iter().any(|r| matches!(r.code, RefusalCode::Unclassified | RefusalCode::NearMiss)) {
        reasons.push(reason(
            RefusalCode::Unclassified,
            "these are limits of reltab's analysis, not faults of the program, which is built as without reltab; \
             please report them with the JSON report (RELTAB_OPTIONS=-reltab-report=PATH)",
        ));
    }
    stopwatch.lap("plan");
    if phase == Phase::FullLto {
        reasons.extend(boundary_problems(module, options, found, census));
        stopwatch.lap("plan boundary");
        reasons.extend(sysroot_problems(module, &Audits::new(options), found, census));
        stopwatch.lap("plan sysroot");
        let unprotected: Vec<Value> = module
            .functions()
            .filter(|f| !f.is_declaration() && found.live.contains(*f))
            .filter(|f| function_origin(*f) == Origin::UnprotectedRust)
            .filter(|f| makes_indirect_calls(*f))
            .collect();
        if !unprotected.is_empty() {
            let names: Vec<String> = unprotected.iter().take(EXAMPLES).map(|f| rustc_name(*f)).collect();
            reasons.push(reason(
                RefusalCode::UnprotectedRust,
                format!(
                    "{} functions with indirect calls come from Rust crates compiled without reltab \
                     (build every crate with -Zllvm-plugins=libreltab.so), e.g. {}",
                    unprotected.len(),
                    names.join(", ")
                ),
            ));
        }
        stopwatch.lap("plan unprotected code");
    }
    if reasons.is_empty() {
        Ok(())
    } else {
        Err(reasons)
    }
}

/// Rust code outside the module is never converted with it; a crossing of
/// the module's interface is refused unless the user trusts the other side.
fn boundary_problems(module: &Module, options: &Options, recognized: &Recognized, census: &Census) -> Vec<Reason> {
    let found = boundary::examine(module, recognized, census, &options.native_code);
    let mut problems = Vec::new();
    if let Some(first) = found.rust_outside.first() {
        problems.push(reason(
            RefusalCode::RustOutsideModule,
            format!(
                "the module calls Rust code it does not hold ({} Rust functions and statics, e.g. {first}): a Rust \
                 dylib or std as a shared library (-Cprefer-dynamic), whose machine code was not built by reltab and \
                 reads vtables as absolute; relative vtables need the program in one fat-LTO artifact",
                found.rust_outside.len()
            ),
        ));
    }
    if !options.trust_boundary && !found.crossings.is_empty() {
        for crossing in found.crossings.iter().take(EXAMPLES) {
            let direction = match crossing.direction {
                Direction::Out => "leave",
                Direction::In => "enter",
            };
            problems.push(reason(
                RefusalCode::CrossesBoundary,
                format!("a trait object's vtable pointer can {direction} the module: {}", crossing.what),
            ));
        }
        if found.crossings.len() > EXAMPLES {
            problems.push(reason(
                RefusalCode::CrossesBoundary,
                format!("... and {} more places where a vtable pointer can cross", found.crossings.len() - EXAMPLES),
            ));
        }
        // What the user can do, once.
        let names = |list: &[String]| list.iter().take(EXAMPLES).cloned().collect::<Vec<_>>().join(", ");
        let mut other_side = Vec::new();
        if !found.exported.is_empty() {
            other_side.push(format!("{} exported definitions ({})", found.exported.len(), names(&found.exported)));
        }
        if !found.foreign.is_empty() {
            other_side.push(format!(
                "{} declared functions and statics that are not the C library ({})",
                found.foreign.len(),
                names(&found.foreign)
            ));
        }
        if !found.looked_up.is_empty() {
            other_side.push(format!(
                "{} symbols it looks up at run time with dlsym ({})",
                found.looked_up.len(),
                names(&found.looked_up)
            ));
        }
        let native = if found.foreign.is_empty() {
            ""
        } else {
            "If those declared symbols are native code (C, C++, assembly), name them in a file given as \
             -reltab-native-code=FILE (cargo reltab does so for the native libraries of the build). "
        };
        problems.push(reason(
            RefusalCode::CrossesBoundary,
            format!(
                "code on the other side that reltab did not convert would read those vtables in the other layout. \
                 The other side is what the module exports and declares: {}. {native}If every Rust binary on the \
                 other side is built by reltab with the same layout, convert anyway with -reltab-trust-boundary \
                 (RELTAB_OPTIONS, or cargo reltab --trust-boundary)",
                other_side.join("; ")
            ),
        ));
    }
    problems
}

/// At fat LTO, the precompiled sysroot is covered by its audit: the rustc
/// that compiled the program must be one whose sysroot was audited, and no
/// live indirect call outside protected code may read its callee the way a
/// vtable read would without being one the census found (audit.rs).
fn sysroot_problems(module: &Module, audits: &Audits, found: &Recognized, census: &Census) -> Vec<Reason> {
    let mut problems = Vec::new();
    let compilers = rustc_compilers(module);
    if compilers.is_empty() {
        problems.push(reason(
            RefusalCode::NoRustcIdent,
            "the module names no rustc in !llvm.ident: which std it links cannot be told",
        ));
    }
    for compiler in compilers.iter().filter(|c| !audits.of(c).calls_audited) {
        let compiled_in = audits.compiled_in();
        problems.push(reason(
            RefusalCode::UnauditedToolchain,
            format!(
                "the precompiled std of {compiler} has not been audited by this build of reltab (`cargo reltab` \
                 audits a toolchain on first use, `cargo reltab audit` on demand; audited: {}; audit cache: {})",
                if compiled_in.is_empty() { "none".to_string() } else { compiled_in.join(", ") },
                audits.cache().map_or("none".to_string(), |c| c.display().to_string()),
            ),
        ));
    }
    let audit = audit::audit(module, census, Scope::Live(&found.live));
    let unresolved: Vec<_> = audit
        .table_calls
        .iter()
        .filter(|c| matches!(c.class, CallClass::ParameterTable | CallClass::Unknown))
        .collect();
    for call in unresolved.iter().take(EXAMPLES) {
        let why = if call.class == CallClass::ParameterTable {
            "from a parameter that no caller here shows to be a vtable pointer".to_string()
        } else {
            call.why.clone()
        };
        let at = call.offset.map_or("a computed offset".to_string(), |o| format!("offset {o}"));
        problems.push(reason(
            RefusalCode::UnresolvedSysrootCall,
            format!(
                "an indirect call in {} reads its callee at {at} {why}, and the audit of the sysroot does not know it",
                call.function
            ),
        ));
    }
    if unresolved.len() > EXAMPLES {
        problems.push(reason(
            RefusalCode::UnresolvedSysrootCall,
            format!("... and {} more such calls", unresolved.len() - EXAMPLES),
        ));
    }
    if let Some(&n) = audit.by_class.get(&CallClass::NotAudited) {
        problems.push(reason(
            RefusalCode::NotAuditedCrate,
            format!(
                "{n} indirect calls in code of {} (not audited; never linked into programs but proc-macros)",
                NOT_AUDITED_CRATES.join(", ")
            ),
        ));
    }
    problems
}

/// Can a module that can be converted take the compact form of the layout?
/// `Err` says why not; the module then gets the relative layout (all or
/// nothing: one layout per module, so that every read decodes every table).
///
/// * every header must fit (size < 2^26);
/// * no read may take bytes of size or align other than as those entries
///   (the census's `header_reads`): the relative layout keeps those bytes in
///   place, the compact one does not;
/// * at fat LTO, every size and align read of precompiled code must be a
///   census read, as far as the allocator calls show (audit_layouts.rs): the
///   sysroot's audit found no unknown layout, and the live code has none
///   either, nor one from a parameter whose callers are not all seen.
pub fn compact_fits(
    module: &Module,
    phase: Phase,
    audits: &Audits,
    found: &Recognized,
    census: &Census,
) -> Result<(), String> {
    let mut reasons = Vec::new();
    if let Some(big) = found.vtables.iter().find(|v| compact_header(v.size, v.align, v.drop.is_some()).is_none()) {
        reasons.push(format!(
            "a vtable's type does not fit the compact header ({} bytes, align {}; the header holds sizes below 2^26)",
            big.size, big.align
        ));
    }
    if census.header_reads > 0 {
        reasons.push(format!(
            "{} reads take bytes of a vtable's size or align other than as those entries, and the compact \
             header does not keep those bytes",
            census.header_reads
        ));
    }
    if phase == Phase::FullLto {
        for compiler in rustc_compilers(module).into_iter().filter(|c| !audits.of(c).layouts_audited) {
            reasons.push(format!(
                "the allocator calls of the precompiled std of {compiler} have not been audited by reltab with 0 \
                 unknown (`cargo reltab audit`)"
            ));
        }
        let layouts = audit_layouts::audit_layouts(module, census, Scope::Live(&found.live));
        let unresolved: Vec<_> = layouts.unresolved().collect();
        for call in unresolved.iter().take(EXAMPLES) {
            reasons.push(format!(
                "an allocator call in {} takes a layout {} (the compact header does not keep those words)",
                call.function, call.why
            ));
        }
        if unresolved.len() > EXAMPLES {
            reasons.push(format!("... and {} more such allocator calls", unresolved.len() - EXAMPLES));
        }
    }
    if reasons.is_empty() {
        Ok(())
    } else {
        Err(reasons.join("; "))
    }
}

/// The pointer size of the architectures the layout is defined for and
/// tested on (lit/codegen-*.ll): 64-bit x86 and Arm, 32-bit x86 and Arm.
fn supported_arch(arch: &str) -> Option<u64> {
    match arch {
        "x86_64" | "aarch64" => Some(8),
        "i386" | "i486" | "i586" | "i686" => Some(4),
        a if a.starts_with("armv7") || a.starts_with("thumbv7") => Some(4),
        _ => None,
    }
}

/// The rustc versions that compiled the module (`!llvm.ident`), whose
/// sysroot audits apply.
pub fn rustc_compilers(module: &Module) -> Vec<String> {
    module.idents().into_iter().filter(|i| i.starts_with("rustc version ")).collect()
}

fn makes_indirect_calls(f: Value) -> bool {
    f.instructions().any(|i| i.is_indirect_call())
}
