//! Can this module be converted? The predicate, kept apart from the
//! transform (rewrite_tables.rs, rewrite_loads.rs).
//!
//! All or nothing: one vtable read that stays absolute while its vtable
//! becomes relative (or the reverse) is a crash, so the module is converted
//! only when every vtable and every read of one is accounted for:
//!
//! * the target is one the relative layout is defined for (64-bit,
//!   little-endian: x86_64, aarch64), and the code model is not `large`
//!   (where a 32-bit offset from a vtable to a function cannot be proven);
//! * no vtable is read through `llvm.type.checked.load` or checked with
//!   `llvm.type.test` (virtual function elimination, CFI), which reltab does
//!   not rewrite;
//! * nothing is unclassified: every use of every vtable is a vtable use,
//!   every read from a vtable pointer is at an entry, no unmarked read comes
//!   from a parameter that other callers fill with non-vtables;
//! * nothing looks like a vtable but is used as data (a near miss could be a
//!   vtable that some read treats as one);
//! * at fat LTO, the module holds no code of a Rust crate compiled without
//!   reltab that makes indirect calls: its optimizer may have made vtable
//!   loads that no analysis can see (DESIGN.md, step 2). Code of the
//!   precompiled sysroot is covered by the census; non-Rust code does not
//!   read Rust vtables.

use crate::host::{CodeModel, Options, Phase};
use crate::layout::relative_offset;
use crate::llvm::{Kind, Module, Value};
use crate::loads::{rustc_name, Census};
use crate::provenance::{origin, Origin, PROTECTED_ATTRIBUTE};
use crate::recognize::Recognized;

/// Why a module is left as it is; every reason, for the report.
pub type Refusal = Vec<String>;

/// How many examples of one kind of problem a refusal lists.
const EXAMPLES: usize = 5;

pub fn check(module: &Module, options: &Options, found: &Recognized, census: &Census) -> Result<(), Refusal> {
    let phase = options.phase;
    let mut reasons = Vec::new();
    if options.code_model == Some(CodeModel::Large) {
        reasons.push(
            "the large code model places code and data anywhere in the address space: \
             32-bit offsets from a vtable to its functions cannot be proven to fit"
                .to_string(),
        );
    }
    // -Zvirtual-function-elimination reads vtables through
    // llvm.type.checked.load, -Zsanitizer=cfi checks them with llvm.type.test:
    // reads and checks the census does not rewrite (yet).
    for f in module.functions().filter(|f| f.has_users()) {
        if let Some(name) = f.name().filter(|n| n.starts_with("llvm.type.checked.load") || n.starts_with("llvm.type.test")) {
            reasons.push(format!(
                "the module uses {name} (-Zvirtual-function-elimination or -Zsanitizer=cfi), \
                 whose vtable reads reltab does not rewrite"
            ));
        }
    }
    let triple = module.target_triple();
    let arch = triple.split('-').next().unwrap_or("");
    if !matches!(arch, "x86_64" | "aarch64") || module.pointer_size() != 8 || !module.is_little_endian() {
        reasons.push(format!("target {triple} is not one the relative layout is defined for (x86_64, aarch64)"));
    }
    for u in census.unclassified.iter().take(EXAMPLES) {
        reasons.push(format!("{}: {}", u.what, u.detail));
    }
    if census.unclassified.len() > EXAMPLES {
        reasons.push(format!("... and {} more unclassified uses or loads", census.unclassified.len() - EXAMPLES));
    }
    for m in found.near_misses.iter().take(EXAMPLES) {
        reasons.push(format!(
            "{} has the shape of a vtable but is used in a way vtables are not ({})",
            m.global.name().unwrap_or("<unnamed global>"),
            m.reason
        ));
    }
    for site in &census.sites {
        if relative_offset(site.offset).is_none() {
            reasons.push(format!("a read at offset {} in {} has no relative entry", site.offset, rustc_name(site.function)));
        }
    }
    if phase == Phase::FullLto {
        let unprotected: Vec<Value> = module
            .functions()
            .filter(|f| !f.is_declaration())
            .filter(|f| origin(f.has_string_attribute(PROTECTED_ATTRIBUTE), f.name()) == Origin::UnprotectedRust)
            .filter(|f| makes_indirect_calls(*f))
            .collect();
        if !unprotected.is_empty() {
            let names: Vec<String> = unprotected.iter().take(EXAMPLES).map(|f| rustc_name(*f)).collect();
            reasons.push(format!(
                "{} functions with indirect calls come from Rust crates compiled without reltab \
                 (build every crate with -Zllvm-plugins=libreltab.so), e.g. {}",
                unprotected.len(),
                names.join(", ")
            ));
        }
    }
    if reasons.is_empty() {
        Ok(())
    } else {
        Err(reasons)
    }
}

fn makes_indirect_calls(f: Value) -> bool {
    f.instructions().any(|i| {
        i.is_call()
            && !matches!(i.called_value().kind(), Kind::Function | Kind::GlobalAlias)
            && i.called_value().kind() != Kind::Other // inline asm
    })
}
