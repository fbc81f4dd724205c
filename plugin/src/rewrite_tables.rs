//! Rewriting vtables into the relative layout (layout.rs).
//!
//! Each vtable gets a new global, `private unnamed_addr constant`, aligned to
//! a word:
//!
//! ```text
//!   <{ i32 drop, i32 0, i64 size, i64 align, i32 slot0, i32 slot1, ... }>
//! ```
//!
//! (with 4-byte words `<{ i32 drop, i32 size, i32 align, i32 slot0, ... }>`),
//! or in the compact form `<{ i32 header, i32 slot0, ... }>`, with
//! `i32 0, i32 drop` before the header when there is a drop function (with
//! 4-byte words, `i32 drop`).
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

use crate::census::Census;
use crate::check_mode::CheckRuntime;
use crate::host::RunRequest;
use crate::layout::{compact_header, Abi, Entry, Form, RELATIVE_ENTRY};
use crate::llvm::{Kind, Linkage, Module, Opcode, Value};
use crate::recognize::{Slot, Vtable};

/// The table that replaces an old vtable.
#[derive(Clone, Copy, Debug)]
pub struct Replacement {
    pub global: Value,
    /// What a vtable pointer now points at: the global itself in the
    /// relative form, a constant offset into it in the checked form.
    pub address_point: Value,
}

/// Old vtable global -> its replacement.
pub type Replacements = HashMap<Value, Replacement>;

/// Creates the relative vtables; the old ones stay until [`retire`]. In the
/// checked form `check` provides the trap entries.
pub fn create(
    module: &Module,
    vtables: &[&Vtable],
    form: Form,
    host: &RunRequest,
    mut check: Option<&mut CheckRuntime>,
) -> Replacements {
    let abi = Abi::of(module);
    let i32t = module.i32_type();
    let word = module.word_type();
    let ptr = module.ptr_type();
    // The i32 zeros after the drop entry that fill its word.
    let drop_padding = ((abi.word - RELATIVE_ENTRY) / RELATIVE_ENTRY) as usize;
    let mut replacements = Replacements::new();
    for vt in vtables {
        let slots = vt.slots.len();
        let shape = vt.shape();
        let fields = match form {
            Form::Relative => {
                let mut fields = vec![i32t; 1 + drop_padding];
                fields.extend([word, word]);
                fields.extend(std::iter::repeat_n(i32t, slots));
                fields
            }
            Form::CheckedRelative | Form::CheckedCompact => {
                let below = abi.address_point(form, shape) / RELATIVE_ENTRY;
                let mut fields = vec![i32t; below as usize];
                fields.extend([ptr, word, word]);
                fields.extend(std::iter::repeat_n(ptr, slots));
                fields
            }
            // Padding and drop below the address point when there is a drop.
            Form::Compact => vec![i32t; (abi.address_point(form, shape) / RELATIVE_ENTRY) as usize + 1 + slots],
        };
        let global = module.add_global(module.packed_struct_type(&fields), "");
        let offset = abi.address_point(form, shape);
        let address_point = if offset == 0 { global } else { module.const_byte_gep(global, offset) };
        replacements.insert(vt.global, Replacement { global, address_point });
    }
    for vt in vtables {
        let new = replacements[&vt.global];
        let relative =
            |target: Value| module.const_relative_i32(reference(host, &replacements, target), new.address_point);
        let zero = module.const_int(i32t, 0);
        let drop = vt.drop.map_or(zero, relative);
        let size = module.const_int(word, vt.size);
        let align = module.const_int(word, vt.align);
        let slots: Vec<Value> = vt.slots.iter().map(|slot| slot.target().map_or(zero, relative)).collect();
        let init = match (form, check.as_deref_mut()) {
            (Form::Relative, _) => {
                let mut init = vec![drop];
                init.extend(std::iter::repeat_n(zero, drop_padding));
                init.extend([size, align]);
                init.extend(slots);
                init
            }
            (Form::Compact, _) => {
                let header = compact_header(vt.size, vt.align, vt.drop.is_some())
                    .expect("pass.rs chose the compact form only where every header fits");
                let mut init = match vt.drop {
                    Some(_) => vec![zero; drop_padding],
                    None => vec![],
                };
                init.extend(vt.drop.map(|_| drop));
                init.push(module.const_int(i32t, header as u64));
                init.extend(slots);
                init
            }
            (Form::CheckedRelative | Form::CheckedCompact, Some(check)) => {
                // Below the address point, from the bottom: padding, the
                // slots from the last, the drop entry, and in the compact
                // form the header (layout.rs).
                let header = match form {
                    Form::CheckedCompact => vec![module.const_int(
                        i32t,
                        compact_header(vt.size, vt.align, vt.drop.is_some())
                            .expect("pass.rs chose a compact form only where every header fits")
                            as u64,
                    )],
                    _ => vec![],
                };
                let below = (abi.address_point(form, vt.shape()) / RELATIVE_ENTRY) as usize;
                let mut init = vec![zero; below - header.len() - 1 - slots.len()];
                init.extend(slots.iter().rev());
                init.push(drop);
                init.extend(header);
                init.extend([check.marker, size, align]);
                for (k, slot) in vt.slots.iter().enumerate() {
                    init.push(match *slot {
                        Slot::Method(f) => check.trap(format!(
                            "a read that reltab did not rewrite took slot {} ({}) of a converted vtable",
                            abi.absolute_offset(Entry::Slot(k as u64)),
                            crate::ir::rustc_name(f),
                        )),
                        Slot::Supertrait(_) => check.trap_vtable,
                        Slot::Null => module.const_null_ptr(),
                    });
                }
                init
            }
            (Form::CheckedRelative | Form::CheckedCompact, None) => {
                unreachable!("the checked forms need the check runtime")
            }
        };
        let global = new.global;
        global.set_initializer(module.const_packed_struct(&init));
        global.set_linkage(Linkage::Private);
        global.set_unnamed_addr();
        global.set_constant();
        global.set_alignment(abi.word as u32);
        global.set_global_tag(module, RELATIVE_TAG);
    }
    replacements
}

/// Metadata kind on every relative vtable, so the end of the LTO pipeline
/// can count what is left of them (`!reltab.relative !{}`).
pub const RELATIVE_TAG: &str = "reltab.relative";

/// What a relative entry points at.
fn reference(host: &RunRequest, replacements: &Replacements, target: Value) -> Value {
    if let Some(new) = replacements.get(&target) {
        return new.address_point;
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
    let metadata_kinds = SIZE_FACTS.map(|fact| module.metadata_kind(fact));
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
        if v.opcode() == Some(Opcode::Load) {
            for kind in metadata_kinds {
                v.clear_metadata(kind);
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

/// Redirects every remaining use of the old vtables to the new ones' address
/// points, moves their names over, and deletes them.
pub fn retire(replacements: &Replacements, vtables: &[&Vtable]) {
    for vt in vtables {
        let new = replacements[&vt.global];
        let name = vt.global.name();
        vt.global.replace_all_uses_with(new.address_point);
        if let Some(name) = name {
            vt.global.set_name("");
            new.global.set_name(&name);
        }
        vt.global.delete_global();
    }
}

/// The ELF note type of reltab's mark (any number: the owner name tells
/// notes apart).
const NOTE_TYPE: u32 = 1;

/// Marks a converted module: an ELF note `.note.reltab` (owner `reltab`,
/// description `reltab <version> <form>`) that survives linking and `strip`,
/// so that tools (`readelf -n`, `cargo reltab`) can tell a converted binary,
/// and its layout, from an unconverted one.
pub fn mark(module: &Module, form: Form) {
    let owner = b"reltab\0";
    let description = format!("reltab {} {}", env!("CARGO_PKG_VERSION"), form.name());
    let padded = |bytes: &[u8]| {
        let mut v = bytes.to_vec();
        v.resize(bytes.len().next_multiple_of(4), 0);
        v
    };
    let mut desc = description.into_bytes();
    desc.push(0);
    let i32t = module.i32_type();
    let header = [owner.len() as u64, desc.len() as u64, NOTE_TYPE as u64].map(|n| module.const_int(i32t, n));
    let owner_bytes = module.const_bytes(&padded(owner));
    let desc_bytes = module.const_bytes(&padded(&desc));
    let init = module.const_packed_struct(&[header[0], header[1], header[2], owner_bytes, desc_bytes]);
    let note = module.add_global(init.ty(), "reltab.note");
    note.set_initializer(init);
    note.set_linkage(Linkage::Private);
    note.set_constant();
    note.set_alignment(4);
    note.set_section(".note.reltab");
    module.append_to_used(note);
}
