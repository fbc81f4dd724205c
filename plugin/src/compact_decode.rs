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

use llvm_sys::{LLVMIntPredicate, LLVMLinkage, LLVMOpcode};

use crate::layout::{Abi, COMPACT_ALIGN_FIELD_MASK, COMPACT_SIZE_BITS, COMPACT_SIZE_MASK, RELATIVE_ENTRY};
use crate::llvm::{Builder, Module, Value, FUNCTION_INDEX};
use crate::loads::LoadKind;

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
    pub fn get(&mut self, kind: LoadKind) -> Option<Value> {
        let index = match kind {
            LoadKind::Drop => 0,
            LoadKind::Size => 1,
            LoadKind::Align => 2,
            LoadKind::Method | LoadKind::Supertrait | LoadKind::Slot => return None,
        };
        Some(*self.made[index].get_or_insert_with(|| define(self.module, kind)))
    }
}

fn define(module: &Module, kind: LoadKind) -> Value {
    let (ptr, i32t, word) = (module.ptr_type(), module.i32_type(), module.word_type());
    let abi = Abi::of(module);
    let (name, ret) = match kind {
        LoadKind::Drop => ("reltab.compact.drop", ptr),
        LoadKind::Size => ("reltab.compact.size", word),
        LoadKind::Align => ("reltab.compact.align", word),
        other => unreachable!("{other:?} is not in the compact header"),
    };
    let f = module.add_function(name, module.function_type(ret, &[ptr]));
    f.set_linkage(LLVMLinkage::LLVMPrivateLinkage);
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
        LoadKind::Drop => {
            let has_drop = b.icmp(LLVMIntPredicate::LLVMIntSLT, header, zero);
            b.cond_br(has_drop, packed, other);
            b.position_at_end(packed);
            let load_relative = module.intrinsic("llvm.load.relative", &[word]);
            b.ret(b.call(load_relative, &[vt, module.const_int(word, (-(RELATIVE_ENTRY as i64)) as u64)]));
            b.position_at_end(other);
            b.ret(module.const_null_ptr());
        }
        // Size or align (the match above took the other kinds).
        _ => {
            let converted = b.icmp(LLVMIntPredicate::LLVMIntNE, header, zero);
            b.cond_br(converted, packed, other);
            b.position_at_end(packed);
            let value = if kind == LoadKind::Size {
                b.zext(b.binop(LLVMOpcode::LLVMAnd, header, int(COMPACT_SIZE_MASK as u64)), word)
            } else {
                let shifted = b.binop(LLVMOpcode::LLVMLShr, header, int(COMPACT_SIZE_BITS as u64));
                let field = b.binop(LLVMOpcode::LLVMAnd, shifted, int(COMPACT_ALIGN_FIELD_MASK as u64));
                let log2 = b.zext(b.binop(LLVMOpcode::LLVMSub, field, int(1)), word);
                b.binop(LLVMOpcode::LLVMShl, module.const_int(word, 1), log2)
            };
            b.ret(value);
            b.position_at_end(other);
            let offset = if kind == LoadKind::Size { abi.size_offset() } else { abi.align_offset() };
            let absolute = b.load(word, b.byte_gep(module, vt, offset));
            absolute.set_metadata(invariant, module.empty_md_node(), module);
            b.ret(absolute);
        }
    }
    f
}
