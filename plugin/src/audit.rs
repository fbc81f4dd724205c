//! The audit of precompiled code (`opt -passes=reltab-audit`, run by
//! `scripts/audit-std` over the bitcode of a toolchain's std, core, alloc
//! and the other sysroot crates).
//!
//! Crates compiled with reltab are protected at their start (protect.rs);
//! the sysroot is not, and rests on the census alone: its marked loads and
//! its unmarked loads from values known to be vtable pointers. What the
//! census cannot see is a vtable read whose base is not known to be a vtable
//! pointer and whose `!invariant.load` the sysroot's optimizer dropped. Such
//! a read, if it existed, would feed an indirect call (a method or the drop
//! function). So the audit classifies every indirect call by where its callee
//! comes from, following phi and select:
//!
//! * **vtable**: a read of the census (converted at fat LTO);
//! * **not a vtable read**, by construction: a function pointer passed in as
//!   a parameter or returned by a call; loaded from a global that is not a
//!   vtable, or from the stack; loaded at an offset no pointer entry of a
//!   vtable has (8, 16, or not a multiple of 8);
//! * **table**: loaded at a pointer-entry offset (0, 24 + 8k) from a pointer
//!   that came from memory or from a parameter — the shape of a vtable read.
//!   Each must be a **known table**, a hand-written table of functions
//!   reviewed and listed in `sysroot::KNOWN_TABLES` with the reason (e.g.
//!   `RawWakerVTable`), or it is **unknown**;
//! * a callee read at a computed offset from a base that is or may be a
//!   vtable pointer is unknown as well.
//!
//! A toolchain is supported when its audit finds 0 unknown (`audit/`), and at
//! fat LTO the pass refuses modules built by a rustc whose sysroot has no such
//! audit (plan.rs). Loads that feed no call (a supertrait entry read and
//! passed on) are outside the audit; the sysroot's supertrait reads are
//! marked (`trait_upcasting` code in std is generic and instantiated in the
//! crates that use it, which are protected).

use std::collections::HashSet;

use crate::census::Census;
use crate::ir::{base_and_offset, rustc_name, strip_offsets, walk};
use crate::layout::{Abi, Entry};
use crate::live::Live;
use crate::llvm::{Kind, Module, Opcode, Value};
use crate::protect::protection_function;
use crate::provenance::{function_origin, symbol_crate, Origin};
use crate::sysroot::{known_table, NOT_AUDITED_CRATES};

pub use reltab_report::audit::{Audit, CallClass, TableCall};

/// Which functions to audit.
#[derive(Clone, Copy, Debug)]
pub enum Scope<'a> {
    /// Every function not compiled with reltab (`opt -passes=reltab-audit`
    /// over the sysroot's bitcode).
    All,
    /// At fat LTO: the live functions not compiled with reltab (live.rs).
    Live(&'a Live),
}

impl Scope<'_> {
    pub fn includes(self, f: Value) -> bool {
        match self {
            Scope::All => true,
            Scope::Live(live) => live.contains(f),
        }
    }

    /// Whether `user` (of a function, a global) is code or data in scope.
    pub fn user_is_live(self, user: Value) -> bool {
        match self {
            Scope::All => true,
            Scope::Live(live) => live.user_is_live(user),
        }
    }
}

/// Classifies every indirect call in code not compiled with reltab.
pub fn audit(module: &Module, census: &Census, scope: Scope) -> Audit {
    let site_loads: HashSet<Value> = census.sites.iter().map(|s| s.instruction).collect();
    let mut audit = Audit { compilers: module.idents(), ..Audit::default() };
    for f in module.functions().filter(|f| !f.is_declaration() && protection_function(*f).is_none()) {
        if !scope.includes(f) || function_origin(f) == Origin::Protected {
            continue;
        }
        let not_audited =
            f.name().as_deref().and_then(symbol_crate).is_some_and(|c| NOT_AUDITED_CRATES.contains(&c.as_str()));
        for call in f.instructions().filter(|i| i.is_indirect_call()) {
            let callee = call.called_value();
            audit.indirect_calls += 1;
            let (class, offset, why) = if not_audited {
                (CallClass::NotAudited, None, "proc_macro is not audited".to_string())
            } else {
                classify(module, census, &site_loads, f, callee)
            };
            *audit.by_class.entry(class).or_insert(0) += 1;
            if matches!(class, CallClass::KnownTable | CallClass::ParameterTable | CallClass::Unknown) {
                let read = if callee.opcode() == Some(Opcode::Load) { callee.to_ir() } else { String::new() };
                audit.table_calls.push(TableCall {
                    function: rustc_name(f),
                    offset,
                    class,
                    why,
                    call: format!("{read} / {}", call.to_ir()),
                });
            }
        }
    }
    audit.unknown = audit.by_class.get(&CallClass::Unknown).copied().unwrap_or(0);
    audit
}

/// The class of a callee: the worst class of the values it may be,
/// through phi, select and freeze.
fn classify(
    module: &Module,
    census: &Census,
    site_loads: &HashSet<Value>,
    function: Value,
    callee: Value,
) -> (CallClass, Option<u64>, String) {
    let mut worst = (CallClass::Vtable, None, String::new());
    walk([callee], |v, walk| {
        if walk.follow_merge(v) {
            return;
        }
        let found = match v.opcode() {
            Some(Opcode::Freeze) => return walk.push(v.operand(0)),
            _ if site_loads.contains(&v) => (CallClass::Vtable, None, String::new()),
            Some(Opcode::Call | Opcode::Invoke) => (CallClass::Returned, None, String::new()),
            Some(Opcode::Load) => classify_load(module, census, function, v),
            _ if v.kind() == Kind::Argument => (CallClass::Parameter, None, String::new()),
            _ if v.is_global_value() || v.kind() == Kind::ConstantPointerNull => {
                (CallClass::StaticOrLocal, None, String::new())
            }
            _ => (CallClass::Unknown, None, format!("(a callee of kind {:?})", v.kind())),
        };
        if found.0 > worst.0 {
            worst = found;
        }
    });
    worst
}

fn classify_load(module: &Module, census: &Census, function: Value, load: Value) -> (CallClass, Option<u64>, String) {
    let Some((base, offset)) = base_and_offset(module, load.operand(0)) else {
        let base = strip_offsets(load.operand(0));
        if census.vtable_values.contains(&base) {
            return (CallClass::Unknown, None, "from a vtable pointer".into());
        }
        if is_static_or_local(base) {
            return (CallClass::StaticOrLocal, None, String::new());
        }
        if let Some(reason) = known_table(&rustc_name(function), None) {
            return (CallClass::KnownTable, None, reason.to_string());
        }
        return (CallClass::Unknown, None, "from a pointer of unknown origin".into());
    };
    if census.vtable_values.contains(&base) {
        // A read from a vtable pointer that is not a census site: the census
        // reports it as unclassified, and plan.rs refuses it.
        return (
            CallClass::Unknown,
            Some(offset),
            "from a vtable pointer, but the census did not classify the read".into(),
        );
    }
    if is_static_or_local(base) {
        return (CallClass::StaticOrLocal, Some(offset), String::new());
    }
    if !Abi::of(module).entry_at(offset).is_some_and(Entry::is_pointer) {
        return (CallClass::NotAnEntryOffset, Some(offset), String::new());
    }
    if let Some(reason) = known_table(&rustc_name(function), Some(offset)) {
        return (CallClass::KnownTable, Some(offset), reason.to_string());
    }
    if base.kind() == Kind::Argument {
        // In a whole program the census follows the callers' values into
        // the parameter; at fat LTO plan.rs refuses the module if this read
        // is still not a census read there.
        return (CallClass::ParameterTable, Some(offset), String::new());
    }
    let source = match base.opcode() {
        Some(Opcode::Load) => "loaded from memory",
        Some(Opcode::Call | Opcode::Invoke) => "returned by a call",
        _ => "of unknown origin",
    };
    (CallClass::Unknown, Some(offset), format!("from a pointer {source}, as a vtable read no analysis sees would"))
}

fn is_static_or_local(base: Value) -> bool {
    (base.is_global_value() && base.kind() != Kind::Function) || base.opcode() == Some(Opcode::Alloca)
}
