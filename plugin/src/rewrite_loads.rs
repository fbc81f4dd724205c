//! Rewriting every vtable read to match the relative layout.
//!
//! For each read of the census (marked loads, protected calls, unmarked loads
//! from known vtable pointers), by absolute offset:
//!
//! ```text
//!   24 + 8k, pointer  =>  call ptr @llvm.load.relative.i64(ptr %vt, i64 E)
//!   0, drop           =>  %r = call ptr @llvm.load.relative.i64(ptr %vt, i64 E)
//!                         %null = icmp eq ptr %r, %vt     ; entry 0 yields %vt
//!                         select i1 %null, ptr null, ptr %r
//!   8, 16 (size, align): unchanged; a protected call becomes the plain load
//! ```
//!
//! In the compact forms drop, size and align are in the header word: their
//! reads become calls to the decoders of compact_decode.rs.
//!
//! E is the entry's offset from the address point (layout.rs: 24 + 4k and 0
//! in the relative form, -8 - 4k and -4 in its checked form, 4 + 4k in the
//! compact form, -12 - 4k in its checked form). With 4-byte
//! words the entries are at 12 + 4k, 4 and 8, and `load.relative` takes an
//! i32 offset. `%vt` is the
//! read's base, or the new table's address point when the base is an old
//! vtable.
//! A protected call's operand is its base; its offset is in its name.
//! The replaced load or call is erased.

use crate::census::{FoundBy, ReadKind, VtableRead};
use crate::check_mode::CheckRuntime;
use crate::compact_decode::Decoders;
use crate::host::Layout;
use crate::ir::{base_and_offset, rustc_name};
use crate::layout::{Abi, Entry, Form};
use crate::llvm::{Builder, Module};
use crate::protect::{plain_load, ReadWidth};
use crate::rewrite_tables::Replacements;

/// Rewrites every site; returns how many instructions it replaced. In check
/// mode every site is checked first (check.rs).
pub fn rewrite(
    module: &Module,
    sites: &[&VtableRead],
    replacements: &Replacements,
    form: Form,
    mut check: Option<&mut CheckRuntime>,
) -> usize {
    let builder = Builder::new(module);
    let load_relative = module.intrinsic("llvm.load.relative", &[module.word_type()]);
    let invariant = module.metadata_kind("invariant.load");
    let mut decoders = (form.layout() == Layout::Compact).then(|| Decoders::new(module, form));
    let mut replaced = 0;
    for site in sites {
        // The base now, not as the census saw it: a supertrait read's base is
        // an earlier read, replaced in the meantime. Loads and protected calls
        // both take the address (or the base) as operand 0.
        let (base, _) =
            base_and_offset(module, site.instruction.operand(0)).expect("census sites have constant offsets");
        let base = replacements.get(&base).map_or(base, |r| r.address_point);
        let decoder = decoders.as_mut().and_then(|d| d.get(site.kind));
        if let Some(check) = check.as_deref_mut() {
            check.check_before(
                site.instruction,
                base,
                decoder.is_some(),
                format!(
                    "{} read the {} entry at offset {} of a vtable that reltab did not convert",
                    rustc_name(site.function),
                    site.kind.name(),
                    site.offset
                ),
            );
        }
        builder.position_before(site.instruction);
        let value = match (decoder, site.kind) {
            (Some(decode), _) => builder.call(decode, &[base]),
            (None, ReadKind::Size | ReadKind::Align) if site.found_by == FoundBy::Protected => {
                let load = plain_load(module, &builder, base, site.offset, ReadWidth::Word);
                load.set_metadata(invariant, module.empty_md_node(), module);
                load
            }
            (None, ReadKind::Size | ReadKind::Align) => continue,
            (None, ReadKind::Drop) => {
                let entry = builder.call(load_relative, &[base, entry_offset_value(module, form, site.entry)]);
                let is_null = builder.icmp_eq(entry, base);
                builder.select(is_null, module.const_null_ptr(), entry)
            }
            (None, _) => builder.call(load_relative, &[base, entry_offset_value(module, form, site.entry)]),
        };
        site.instruction.replace_all_uses_with(value);
        site.instruction.erase_instruction();
        replaced += 1;
    }
    replaced
}

fn entry_offset_value(module: &Module, form: Form, entry: Entry) -> crate::llvm::Value {
    let new_offset = Abi::of(module).entry_offset(form, entry).expect("decoders read size and align of compact tables");
    module.const_int(module.word_type(), new_offset as u64)
}
