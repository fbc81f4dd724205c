//! Counting what is left at the end of the LTO pipeline (*full-lto-last*):
//! after optimization removed dead vtables, what a binary really holds. The
//! report's `at_end_of_lto`, and the benches' cross-check of what a
//! conversion saves. It reads the module and changes nothing.

use crate::live::Live;
use crate::llvm::{Kind, Module};
use crate::recognize::recognize_in;
use crate::report::{AtEnd, VtableLeft};
use crate::rewrite_tables::RELATIVE_TAG;

/// Counts what is left at the end of the LTO pipeline.
pub fn count_at_end(module: &Module) -> AtEnd {
    let mut left = Vec::new();
    for g in module.globals().filter(|g| g.has_global_tag(module, RELATIVE_TAG)) {
        let Some(init) = g.initializer() else { continue };
        // Relative entries are the i32 constant expressions (0 is a null
        // entry; other fields are plain numbers, or trap pointers in the
        // checked form).
        let entries = init.operands().filter(|e| e.kind() == Kind::ConstantExpr && e.ty().int_width() == Some(32));
        left.push(VtableLeft {
            name: g.name(),
            relative: true,
            bytes: module.alloc_size(init.ty()),
            pointer_entries: entries.count(),
        });
    }
    let (relative_vtables, relative_entries, relative_bytes) =
        (left.len(), left.iter().map(|v| v.pointer_entries).sum(), left.iter().map(|v| v.bytes).sum());
    // After LTO's GlobalDCE what is left is what the binary holds: no walk
    // for live code (the pass's largest cost at this point).
    let absolute = recognize_in(module, Live::everything());
    left.extend(absolute.vtables.iter().map(|v| VtableLeft {
        name: v.global.name(),
        relative: false,
        bytes: v.bytes,
        pointer_entries: v.pointer_entries(),
    }));
    AtEnd {
        relative_vtables,
        relative_entries,
        relative_bytes,
        absolute_vtables: absolute.vtables.len(),
        absolute_pointer_entries: absolute.vtables.iter().map(|v| v.pointer_entries()).sum(),
        seconds: 0.0,
        vtables: left,
    }
}
