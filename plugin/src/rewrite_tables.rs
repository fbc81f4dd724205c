//! Rewriting vtables into the relative layout (layout.rs).
//!
//! Each vtable gets a new global, `private unnamed_addr constant`, 8-aligned:
//!
//! ```text
//!   <{ i32 drop, i32 0, i64 size, i64 align, i32 slot0, i32 slot1, ... }>
//! ```
//!
//! where a pointer entry is `trunc(sub(ptrtoint T, ptrtoint @new))` and a null
//! entry 0. T is the function itself when it is defined in the module (or
//! local), `dso_local_equivalent @f` when it is only declared (a PLT entry: no
//! dynamic relocation either), and the *new* global of the target vtable for a
//! supertrait entry. Such a constant holds no relocation and lands in
//! `.rodata`.
//!
//! The new initializer is built against the final global (it refers to
//! itself), every remaining use of the old global — wide-pointer metadata,
//! other constants — is redirected to the new one, and the old global is
//! deleted without leaving constant expressions behind (RAUW rewrites them).
//! The old global's `!dbg` attachment goes with it: the `{vtable}` debug
//! variable then describes no storage, rather than a layout that is no longer
//! there.

use std::collections::HashMap;

use llvm_sys::{LLVMLinkage, LLVMOpcode};

use crate::host::RunRequest;
use crate::layout::WORD;
use crate::llvm::{Kind, Module, Value};
use crate::loads::Census;
use crate::recognize::{Entry, Recognized};

/// Old vtable global -> new one.
pub type Replacements = HashMap<Value, Value>;

/// Creates the relative vtables; the old ones stay until [`retire`].
pub fn create(module: &Module, found: &Recognized, host: &RunRequest) -> Replacements {
    let i32t = module.i32_type();
    let i64t = module.i64_type();
    let mut replacements = Replacements::new();
    for vt in &found.vtables {
        let mut fields = vec![i32t, i32t, i64t, i64t];
        fields.extend(std::iter::repeat_n(i32t, vt.slots().len()));
        let new = module.add_global(module.packed_struct_type(&fields), "");
        replacements.insert(vt.global, new);
    }
    for vt in &found.vtables {
        let new = replacements[&vt.global];
        let relative = |target: Value| module.const_relative_i32(reference(host, &replacements, target), new);
        let zero = module.const_int(i32t, 0);
        let mut init = vec![
            vt.drop_fn().map_or(zero, relative),
            zero,
            module.const_int(i64t, vt.size()),
            module.const_int(i64t, vt.align()),
        ];
        for entry in vt.slots() {
            init.push(match *entry {
                Entry::Method(f) | Entry::Supertrait(f) => relative(f),
                Entry::NullSlot => zero,
                _ => unreachable!("slots hold methods, supertraits or null"),
            });
        }
        new.set_initializer(module.const_packed_struct(&init));
        new.set_linkage(LLVMLinkage::LLVMPrivateLinkage);
        new.set_unnamed_addr();
        new.set_constant();
        new.set_alignment(WORD as u32);
        new.set_global_tag(module, RELATIVE_TAG);
    }
    replacements
}

/// Metadata kind on every relative vtable, so the end of the LTO pipeline
/// can count what is left of them (`!reltab.relative !{}`).
pub const RELATIVE_TAG: &str = "reltab.relative";

/// Counts what is left at the end of the LTO pipeline.
pub fn count_at_end(module: &Module) -> crate::report::AtEnd {
    let (mut vtables, mut entries, mut bytes) = (0, 0, 0);
    for g in module.globals().filter(|g| g.has_global_tag(module, RELATIVE_TAG)) {
        let Some(init) = g.initializer() else { continue };
        vtables += 1;
        bytes += module.alloc_size(init.ty());
        // Fields 0 (drop) and 4.. (slots) hold references; 0 is a null entry.
        entries += (0..init.num_operands())
            .filter(|&i| i == 0 || i >= 4)
            .filter(|&i| init.operand(i).kind() == crate::llvm::Kind::ConstantExpr)
            .count();
    }
    let absolute = crate::recognize::recognize(module);
    crate::report::AtEnd {
        relative_vtables: vtables,
        relative_entries: entries,
        relative_bytes: bytes,
        absolute_vtables: absolute.vtables.len(),
        absolute_pointer_entries: absolute.vtables.iter().map(|v| v.pointer_entries()).sum(),
    }
}

/// What a relative entry points at.
fn reference(host: &RunRequest, replacements: &Replacements, target: Value) -> Value {
    if let Some(new) = replacements.get(&target) {
        return *new;
    }
    if target.is_declaration() {
        // Only functions reach here (recognize.rs): a PLT entry, no relocation.
        return host.dso_local_equivalent(target);
    }
    target
}

/// rustc marks vtable pointers `dereferenceable(N)` with N the size of the
/// absolute vtable; a relative vtable is smaller, and a stale N is a false
/// fact the optimizer may act on. Drops the attribute from every parameter
/// known to hold a vtable pointer and from the matching argument of every
/// call to it, from every call argument that is a known vtable pointer, and
/// `!dereferenceable` from loads of known vtable pointers. (A pointer that
/// only passes a vtable along, without being read from or fed by a known
/// one, is not known here and keeps its attribute.)
/// Run before the rewrite (it reads the census's values).
pub fn forget_absolute_sizes(module: &Module, census: &Census) {
    // The attributes and the load metadata share these names.
    const SIZE_FACTS: [&str; 2] = ["dereferenceable", "dereferenceable_or_null"];
    for &v in &census.vtable_values {
        if v.kind() == Kind::Argument {
            let (function, position) = v.argument_position();
            for fact in SIZE_FACTS {
                function.remove_attribute(position + 1, fact);
            }
            for call in function.users().filter(|u| u.is_direct_call_to(function)) {
                for fact in SIZE_FACTS {
                    call.remove_call_attribute(position + 1, fact);
                }
            }
        }
        if v.opcode() == Some(LLVMOpcode::LLVMLoad) {
            for fact in SIZE_FACTS {
                v.clear_metadata(module.metadata_kind(fact));
            }
        }
        for call in v.users().filter(|u| u.is_call()) {
            for i in (0..call.num_call_args()).filter(|&i| call.operand(i) == v) {
                for fact in SIZE_FACTS {
                    call.remove_call_attribute(i + 1, fact);
                }
            }
        }
    }
}

/// Redirects every remaining use of the old vtables to the new ones, moves
/// their names over, and deletes them.
pub fn retire(replacements: &Replacements, found: &Recognized) {
    for vt in &found.vtables {
        let new = replacements[&vt.global];
        let name = vt.global.name().map(str::to_string);
        vt.global.replace_all_uses_with(new);
        if let Some(name) = name {
            vt.global.set_name("");
            new.set_name(&name);
        }
        vt.global.delete_global();
    }
}
