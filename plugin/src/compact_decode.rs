//! Decoding the compact header (layout.rs) where a read of drop, size or
//! align used to be.
//!
//! Each kind of read becomes a call to one small private `alwaysinline`
//! function, made once per module, which LLVM's inliner puts in place during
//! the LTO pipeline (its branches then fold with the code around them, e.g.
//! rustc's own null test of the drop entry):
//!
//! ```text
//!   ptr @reltab.compact.drop(ptr %vt)    h = i32 at %vt; h < 0 (has-drop) ?
//!                                          load.relative(%vt, -4) : null
//!   i64 @reltab.compact.size(ptr %vt)    h != 0 ? h & 0x3ffffff : i64 at %vt+8
//!   i64 @reltab.compact.align(ptr %vt)   h != 0 ? 1 << (((h >> 26) & 31) - 1)
//!                                               : i64 at %vt+16
//! ```
//!
//! (With 4-byte words size and align are i32, at %vt+4 and %vt+8.)
//!
//! `h == 0` is a vtable reltab did not convert because it holds no pointer
//! (its null drop pointer is there): it keeps the absolute layout, and only
//! it can be read there — a converted table is never 0 at the address point.
//! The drop read needs no such test: bit 31 is clear in both. Every load is
//! `!invariant.load` (vtables are constant), so GVN merges the header reads
//! of one vtable pointer.
//!
//! The checked compact form (check mode, layout.rs) has the check marker at
//! the address point and the header at `%vt - 4`: its decoders tell the
//! tables apart by the pointer at `%vt` (the marker, or the null drop
//! pointer of a table left absolute), then decode the same header by the
//! same bits; the drop read tests the tag first, as the header of a table
//! left absolute is not there to read. Check mode's checks
//! (check_mode.rs) have already made sure the pointer is one of the two.

use crate::census::ReadKind;
use crate::layout::{Abi, Entry, Form, COMPACT_ALIGN_FIELD_MASK, COMPACT_SIZE_BITS, COMPACT_SIZE_MASK};
use crate::llvm::{BinaryOp, Builder, IntPredicate, Linkage, Module, Value, FUNCTION_INDEX};

/// The decoder functions of one module, made on first use.
pub struct Decoders<'m> {
    module: &'m Module,
    /// `Compact` or `CheckedCompact`.
    form: Form,
    made: [Option<Value>; 3],
}

impl<'m> Decoders<'m> {
    /// Decoders for `form`, which must be one of the compact forms.
    pub fn new(module: &'m Module, form: Form) -> Self {
        assert!(Abi::of(module).header_offset(form).is_some(), "{form:?} has no compact header");
        Decoders { module, form, made: [None; 3] }
    }

    /// The function that reads an entry of kind `kind` from a vtable
    /// pointer: `None` for the kinds that are not in the header (slots).
    pub fn get(&mut self, kind: ReadKind) -> Option<Value> {
        let index = match kind {
            ReadKind::Drop => 0,
            ReadKind::Size => 1,
            ReadKind::Align => 2,
            ReadKind::Method | ReadKind::Supertrait | ReadKind::Slot => return None,
        };
        Some(*self.made[index].get_or_insert_with(|| define(self.module, self.form, kind)))
    }
}

fn define(module: &Module, form: Form, kind: ReadKind) -> Value {
    let (ptr, i32t, word) = (module.ptr_type(), module.i32_type(), module.word_type());
    let abi = Abi::of(module);
    let (name, ret) = match kind {
        ReadKind::Drop => ("reltab.compact.drop", ptr),
        ReadKind::Size => ("reltab.compact.size", word),
        ReadKind::Align => ("reltab.compact.align", word),
        other => unreachable!("{other:?} is not in the compact header"),
    };
    let f = module.add_function(name, module.function_type(ret, &[ptr]));
    f.set_linkage(Linkage::Private);
    for attr in ["alwaysinline", "nounwind", "willreturn", "nofree", "nosync"] {
        f.add_attribute(FUNCTION_INDEX, module.enum_attribute(attr, 0));
    }
    // memory(argmem: read): MemoryEffects gives each location two bits,
    // argument memory first, and Ref is 1.
    f.add_attribute(FUNCTION_INDEX, module.enum_attribute("memory", 1));

    let invariant = module.metadata_kind("invariant.load");
    let vt = f.params()[0];
    let b = Builder::new(module);
    let entry = f.append_block(module);
    let packed = f.append_block(module);
    let other = f.append_block(module);
    b.position_at_end(entry);
    let int = |v: u64| module.const_int(i32t, v);
    let header_offset = abi.header_offset(form).expect("Decoders::new takes compact forms only");
    let load_header = || {
        let at = if header_offset == 0 { vt } else { b.byte_gep(module, vt, header_offset as u64) };
        let header = b.load(i32t, at);
        header.set_metadata(invariant, module.empty_md_node(), module);
        header
    };
    // The tag: is this a converted table? In the compact form, a header is
    // never 0 and a table reltab left absolute (it holds no pointer) has its
    // null drop pointer there. In the checked form the first word is the
    // check marker, or that null pointer; the header is below it.
    let header = (form == Form::Compact).then(load_header);
    let converted = || match header {
        Some(header) => b.icmp(IntPredicate::Ne, header, int(0)),
        None => {
            let first = b.load(ptr, vt);
            first.set_metadata(invariant, module.empty_md_node(), module);
            b.icmp(IntPredicate::Ne, first, module.const_null_ptr())
        }
    };
    match kind {
        ReadKind::Drop => {
            let has_drop = |header: Value| b.icmp(IntPredicate::Slt, header, int(0));
            let load_relative = module.intrinsic("llvm.load.relative", &[word]);
            let drop_offset = abi.entry_offset(form, Entry::Drop).expect("every form has a drop entry");
            match header {
                // No tag test: bit 31 is clear in a null drop pointer too.
                Some(header) => b.cond_br(has_drop(header), packed, other),
                None => {
                    let read_header = f.append_block(module);
                    b.cond_br(converted(), read_header, other);
                    b.position_at_end(read_header);
                    b.cond_br(has_drop(load_header()), packed, other);
                }
            }
            b.position_at_end(packed);
            b.ret(b.call(load_relative, &[vt, module.const_int(word, drop_offset as u64)]));
            b.position_at_end(other);
            b.ret(module.const_null_ptr());
        }
        // Size or align (the match above took the other kinds).
        _ => {
            b.cond_br(converted(), packed, other);
            b.position_at_end(packed);
            let header = header.unwrap_or_else(load_header);
            let value = if kind == ReadKind::Size {
                b.zext(b.binop(BinaryOp::And, header, int(COMPACT_SIZE_MASK as u64)), word)
            } else {
                let shifted = b.binop(BinaryOp::LShr, header, int(COMPACT_SIZE_BITS as u64));
                let field = b.binop(BinaryOp::And, shifted, int(COMPACT_ALIGN_FIELD_MASK as u64));
                let log2 = b.zext(b.binop(BinaryOp::Sub, field, int(1)), word);
                b.binop(BinaryOp::Shl, module.const_int(word, 1), log2)
            };
            b.ret(value);
            b.position_at_end(other);
            let offset = abi.absolute_offset(if kind == ReadKind::Size { Entry::Size } else { Entry::Align });
            let absolute = b.load(word, b.byte_gep(module, vt, offset));
            absolute.set_metadata(invariant, module.empty_md_node(), module);
            b.ret(absolute);
        }
    }
    f
}
