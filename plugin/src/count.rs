//! Counting what is left at the end of the LTO pipeline (*full-lto-last*):
//! after optimization removed dead vtables, what a binary really holds. The
//! report's `at_end_of_lto`, and the benches' cross-check of what a
//! conversion saves. It reads the module and changes nothing.

use crate::llvm::{Kind, Module};
use crate::recognize::recognize;
use crate::report::AtEnd;
use crate::rewrite_tables::RELATIVE_TAG;

/// Counts what is left at the end of the LTO pipeline.
pub fn count_at_end(module: &Module) -> AtEnd {
    let (mut vtables, mut entries, mut bytes) = (0, 0, 0);
    for g in module.globals().filter(|g| g.has_global_tag(module, RELATIVE_TAG)) {
        let Some(init) = g.initializer() else { continue };
        vtables += 1;
        bytes += module.alloc_size(init.ty());
        // Relative entries are the i32 constant expressions (0 is a null
        // entry; other fields are plain numbers, or trap pointers in the
        // checked form).
        entries += init.operands().filter(|e| e.kind() == Kind::ConstantExpr && e.ty().int_width() == Some(32)).count();
    }
    let absolute = recognize(module);
    AtEnd {
        relative_vtables: vtables,
        relative_entries: entries,
        relative_bytes: bytes,
        absolute_vtables: absolute.vtables.len(),
        absolute_pointer_entries: absolute.vtables.iter().map(|v| v.pointer_entries()).sum(),
        seconds: 0.0,
    }
}
