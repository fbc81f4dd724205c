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

use crate::census::ReadKind;
use crate::layout::{Abi, Entry, COMPACT_ALIGN_FIELD_MASK, COMPACT_SIZE_BITS, COMPACT_SIZE_MASK, RELATIVE_ENTRY};
use crate::llvm::{BinaryOp, Builder, IntPredicate, Linkage, Module, Value, FUNCTION_INDEX};

/// The decoder functions of one module, made on first use.
pub struct Decoders<'m> {
    module: &'m Module,
    made: [Option<Value>; 3],
}

impl<'m> Decoders<'m> {
    pub fn new(module: &'m Module) -> Self {
        Decoders { module, made: [None; 3] }
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
        Some(*self.made[index].get_or_insert_with(|| define(self.module, kind)))
    }
}

fn define(module: &Module, kind: ReadKind) -> Value {
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
    let header = b.load(i32t, vt);
    header.set_metadata(invariant, module.empty_md_node(), module);
    let zero = module.const_int(i32t, 0);
    let int = |v: u64| module.const_int(i32t, v);
    match kind {
        ReadKind::Drop => {
            let has_drop = b.icmp(IntPredicate::Slt, header, zero);
            b.cond_br(has_drop, packed, other);
            b.position_at_end(packed);
            let load_relative = module.intrinsic("llvm.load.relative", &[word]);
            b.ret(b.call(load_relative, &[vt, module.const_int(word, (-(RELATIVE_ENTRY as i64)) as u64)]));
            b.position_at_end(other);
            b.ret(module.const_null_ptr());
        }
        // Size or align (the match above took the other kinds).
        _ => {
            let converted = b.icmp(IntPredicate::Ne, header, zero);
            b.cond_br(converted, packed, other);
            b.position_at_end(packed);
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
