//! The audit of the layouts code not compiled with reltab hands to the
//! allocator: what the compact layout needs of precompiled code.
//!
//! The compact layout (layout.rs) packs a vtable's size and align into one
//! header word: the words at offsets 8 and 16 of the absolute layout are
//! gone, and a read of them that the census does not see reads two entries of
//! a compact table instead. In crates compiled with reltab every size and
//! align read is protected before their optimization and found (protect.rs).
//! In the precompiled sysroot the census rests on `!invariant.load`, which
//! rustc puts on every size and align read and which an optimizer may drop
//! (docs/design.md). The indirect-call audit (audit.rs) catches such lost markers
//! for method and drop reads, by their calls; a size or align is not called,
//! but a dyn value's layout goes to the allocator when its box, `Rc` or `Arc`
//! is freed. So this audit follows the size and align arguments of every
//! call to `__rust_alloc`, `__rust_alloc_zeroed`, `__rust_dealloc` and
//! `__rust_realloc` back, through phi, select, `umax` (`Layout::extend`) and
//! into the callers of the function whose parameter they are, to where they
//! come from:
//!
//! * **constant**: no dyn value's layout (for the size: followed only when
//!   the align is not constant);
//! * **vtable**: a read of the census, decoded from the header when compact;
//! * **protected**: a value of a crate compiled with reltab, where every
//!   vtable read is a census read;
//! * **static-or-local**, **computed**, **returned**, **not-a-header-offset**:
//!   loaded from a global or the stack, computed by arithmetic, returned by a
//!   call, loaded at an offset other than the size's 8 or the align's 16;
//! * **parameter**: a parameter of a function whose callers are not all
//!   direct calls in the module (in the sysroot alone: decided at fat LTO);
//! * **unknown**: loaded at the size's or the align's offset from a pointer
//!   not known to be a vtable pointer — the shape of a read that lost its
//!   marker.
//!
//! The compact layout is taken at fat LTO only when the sysroot's audit has 0
//! unknown and the live code's has no unknown and no parameter (plan.rs);
//! otherwise the module gets the relative layout, which keeps those words.
//!
//! Not followed: a size or align that reaches no allocator call (the offset
//! of an `Arc<dyn T>`'s value, a `size_of_val` for a copy). Those reads in
//! precompiled code rest on their marker alone; a scan of the nightly
//! sysroot found every one of them marked (README, "Known limits").

use std::collections::HashSet;

use crate::audit::Scope;
use crate::census::Census;
use crate::ir::{base_and_offset, rustc_name, walk};
use crate::layout::{Abi, Entry};
use crate::llvm::{Kind, Module, Opcode, Value};
use crate::protect::protection_function;
use crate::provenance::{function_origin, Origin};
use crate::sysroot::ALLOCATOR;

pub use reltab_report::audit::{LayoutAudit, LayoutCall, LayoutClass};

/// Classifies the layout of every allocator call in code not compiled with
/// reltab (in `scope`).
pub fn audit_layouts(module: &Module, census: &Census, scope: Scope) -> LayoutAudit {
    let tracer = Tracer {
        module,
        abi: Abi::of(module),
        census,
        site_loads: census.sites.iter().map(|s| s.instruction).collect(),
        scope,
    };
    let mut audit = LayoutAudit::default();
    for f in module.functions().filter(|f| !f.is_declaration() && protection_function(*f).is_none()) {
        if !scope.includes(f) || is_protected(f) {
            continue;
        }
        for call in f.instructions().filter(|i| i.is_call()) {
            let Some(&(_, size_at, align_at)) = call
                .called_value()
                .name()
                .and_then(|callee| ALLOCATOR.iter().find(|(entry, _, _)| callee.ends_with(entry)))
            else {
                continue;
            };
            if align_at >= call.num_call_args() {
                continue;
            }
            audit.allocator_calls += 1;
            let mut worst = tracer.trace(call.operand(align_at), Entry::Align);
            if worst.0 != LayoutClass::Constant {
                let size = tracer.trace(call.operand(size_at), Entry::Size);
                if size.0 > worst.0 {
                    worst = size;
                }
            }
            let (class, why) = worst;
            *audit.by_class.entry(class).or_insert(0) += 1;
            if matches!(class, LayoutClass::Parameter | LayoutClass::Unknown) {
                audit.calls.push(LayoutCall { function: rustc_name(f), class, why, call: call.to_ir() });
            }
        }
    }
    audit.unknown = audit.by_class.get(&LayoutClass::Unknown).copied().unwrap_or(0);
    audit
}

struct Tracer<'a> {
    module: &'a Module,
    abi: Abi,
    census: &'a Census,
    site_loads: HashSet<Value>,
    scope: Scope<'a>,
}

impl Tracer<'_> {
    /// The worst class of the values an allocator argument may be, and why.
    /// `header`: the entry of the absolute layout that keeps what it is
    /// (size or align).
    fn trace(&self, argument: Value, header: Entry) -> (LayoutClass, String) {
        let mut worst = (LayoutClass::Constant, String::new());
        walk([argument], |v, walk| {
            let found = match v.kind() {
                Kind::ConstantInt | Kind::Undef | Kind::Poison => (LayoutClass::Constant, String::new()),
                Kind::Argument => {
                    let (function, position) = v.argument_position();
                    if is_protected(function) {
                        (LayoutClass::Protected, String::new())
                    } else if let Some(passed) = passed_by_callers(self.scope, function, position) {
                        return walk.extend(passed);
                    } else {
                        (
                            LayoutClass::Parameter,
                            format!("parameter {position} of {}, whose callers are not all seen", rustc_name(function)),
                        )
                    }
                }
                // Protected code is judged before a phi of it is followed.
                Kind::Instruction if is_protected(v.parent_function()) => (LayoutClass::Protected, String::new()),
                Kind::Instruction if walk.follow_merge(v) => return,
                Kind::Instruction => match v.opcode() {
                    Some(Opcode::Freeze | Opcode::ZExt | Opcode::Trunc) => return walk.push(v.operand(0)),
                    Some(Opcode::Call) if is_max_or_min(v) => return walk.extend([v.operand(0), v.operand(1)]),
                    _ if self.site_loads.contains(&v) => (LayoutClass::Vtable, String::new()),
                    Some(Opcode::Call | Opcode::Invoke) => (LayoutClass::Returned, String::new()),
                    Some(Opcode::Load) => self.classify_load(v, header),
                    _ => (LayoutClass::Computed, String::new()),
                },
                _ => (LayoutClass::Computed, String::new()),
            };
            if found.0 > worst.0 {
                worst = found;
            }
        });
        worst
    }

    fn classify_load(&self, load: Value, header: Entry) -> (LayoutClass, String) {
        let Some((base, offset)) = base_and_offset(self.module, load.operand(0)) else {
            return (LayoutClass::Unknown, "read at a computed offset".to_string());
        };
        if self.census.vtable_values.contains(&base) {
            // Not a census site: the census reports it (unclassified or a
            // header read), and the plan refuses or falls back.
            return (LayoutClass::Vtable, String::new());
        }
        if (base.is_global_value() && base.kind() != Kind::Function) || base.opcode() == Some(Opcode::Alloca) {
            return (LayoutClass::StaticOrLocal, String::new());
        }
        let ty = load.ty();
        if self.abi.entry_read(offset, ty.is_pointer(), ty.int_width()) != Some(header) {
            return (LayoutClass::NotAHeaderOffset, String::new());
        }
        (
            LayoutClass::Unknown,
            format!(
                "read at offset {offset} from a pointer not known to be a vtable pointer, as {} read that lost \
                 its !invariant.load would be",
                if header == Entry::Size { "a size" } else { "an align" }
            ),
        )
    }
}

/// What the callers in `scope` pass as parameter `position` of `function`,
/// when every such use of it is a direct call (and there is at least one).
fn passed_by_callers(scope: Scope, function: Value, position: u32) -> Option<Vec<Value>> {
    let mut passed = Vec::new();
    for user in function.users().filter(|u| scope.user_is_live(*u)) {
        if !user.is_direct_call_to(function) || position >= user.num_call_args() {
            return None;
        }
        passed.push(user.operand(position));
    }
    (!passed.is_empty()).then_some(passed)
}

/// `llvm.umax`/`umin`/`smax`/`smin`: how `Layout::extend` and `align_to`
/// combine aligns.
fn is_max_or_min(call: Value) -> bool {
    call.called_value()
        .name()
        .is_some_and(|n| ["llvm.umax.", "llvm.umin.", "llvm.smax.", "llvm.smin."].iter().any(|p| n.starts_with(p)))
}

fn is_protected(f: Value) -> bool {
    function_origin(f) == Origin::Protected
}
