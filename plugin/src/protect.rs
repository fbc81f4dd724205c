//! Protecting a crate's vtable loads before its own optimization, and
//! undoing the protection when no fat LTO follows.
//!
//! At the start of a crate's pipeline rustc's `!invariant.load` markers are
//! complete. Later, the optimizer drops them and even makes new, unmarked
//! loads out of marked ones (docs/design.md, step 2), which no analysis of the
//! optimized module can tell from other loads. So every marked vtable read
//! becomes a call the optimizer cannot turn back into a load:
//!
//! ```text
//!   %p = getelementptr inbounds i8, ptr %vt, i64 24
//!   %f = load ptr, ptr %p, !invariant.load !0, !nonnull !0, !noundef !0
//! =>
//!   %f = call noundef nonnull ptr @reltab.vtable.load.ptr.24(ptr %vt)
//! ```
//!
//! (`!nonnull` and `!noundef` become return attributes, `!range` stays on the
//! call, and undoing the protection gives each back as it was.)
//!
//! One function per entry kind and offset: an offset is never an operand that
//! SimplifyCFG could sink into a phi, because LLVM does not merge direct calls
//! to different callees. The functions are defined (`linkonce_odr hidden
//! noinline`, reading only their argument) with the plain load as body, so a
//! module that is compiled to machine code before anyone resolves the calls
//! (an rlib's object code, `-Clinker-plugin-lto` without reltab at the link)
//! still behaves exactly as without reltab. A string attribute keeps
//! MergeFunctions from folding them into look-alike user code.
//!
//! The calls are resolved either at fat LTO (into relative loads, or back into
//! plain loads when the module is not converted), or at the end of the
//! crate's own pipeline when no fat LTO follows (ThinLTO post-link, or the
//! pipeline of `-Copt-level=0`): back into marked plain loads.
//!
//! Every defined function of a protected crate gets the attribute
//! [`PROTECTED_ATTRIBUTE`], which survives optimization and bitcode, so that
//! fat LTO can tell protected code from code compiled without reltab.

use crate::ir::base_and_offset;
use crate::layout::Abi;
use crate::llvm::{Builder, Kind, Linkage, Module, Opcode, Type, Value, Visibility, FUNCTION_INDEX, RETURN_INDEX};
use crate::provenance::PROTECTED_ATTRIBUTE;

const PROTECTION_PREFIX: &str = "reltab.vtable.load.";
const PREFIX_PTR: &str = "reltab.vtable.load.ptr.";
const PREFIX_WORD: &str = "reltab.vtable.load.word.";
/// Marks reltab's own functions (and keeps MergeFunctions off them).
const OWN_ATTRIBUTE: &str = "reltab-vtable-load";

/// What a protected read reads: a pointer entry or a header word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadWidth {
    Pointer,
    Word,
}

/// A call to one of the protection functions.
#[derive(Clone, Copy, Debug)]
pub struct ProtectedRead {
    /// The call; its operand 0 is the base (read it when needed: it changes
    /// as earlier reads are replaced).
    pub call: Value,
    pub offset: u64,
    pub width: ReadWidth,
}

/// The protection function a call calls, if it is one: (entry, offset).
pub fn protection_function(callee: Value) -> Option<(ReadWidth, u64)> {
    // Every call's callee is asked: the name is copied only for the few
    // protection functions.
    if callee.kind() != Kind::Function || !callee.name_starts_with(PROTECTION_PREFIX) {
        return None;
    }
    let name = callee.name()?;
    let (entry, offset) = if let Some(o) = name.strip_prefix(PREFIX_PTR) {
        (ReadWidth::Pointer, o)
    } else {
        (ReadWidth::Word, name.strip_prefix(PREFIX_WORD)?)
    };
    Some((entry, offset.parse().ok()?))
}

/// Every call to a protection function in the module: the users of those
/// few functions, not a scan of every instruction.
pub fn protected_reads(module: &Module) -> Vec<ProtectedRead> {
    let mut out = Vec::new();
    for f in module.functions() {
        let Some((entry, offset)) = protection_function(f) else { continue };
        out.extend(f.users().filter(|u| u.is_direct_call_to(f)).map(|call| ProtectedRead {
            call,
            offset,
            width: entry,
        }));
    }
    out
}

/// Replaces every marked vtable read of a crate's module by a protected call
/// and marks its functions protected. Returns how many reads it protected.
pub fn protect(module: &Module) -> usize {
    let invariant = module.metadata_kind("invariant.load");
    let nonnull = module.metadata_kind("nonnull");
    let noundef = module.metadata_kind("noundef");
    let range = module.metadata_kind("range");
    let mut reads = Vec::new();
    for f in module.functions().filter(|f| !f.is_declaration()) {
        if protection_function(f).is_some() {
            continue;
        }
        f.add_attribute(FUNCTION_INDEX, module.string_attribute(PROTECTED_ATTRIBUTE, ""));
        for inst in f.instructions() {
            if inst.opcode() != Some(Opcode::Load) || !inst.metadata(invariant) || inst.is_volatile_or_atomic() {
                continue;
            }
            let Some((_, offset)) = base_and_offset(module, inst.operand(0)) else { continue };
            let ty = inst.ty();
            if Abi::of(module).entry_read(offset, ty.is_pointer(), ty.int_width()).is_none() {
                // Left marked: the census at fat LTO reports it.
                continue;
            }
            let entry = if ty.is_pointer() { ReadWidth::Pointer } else { ReadWidth::Word };
            reads.push((inst, offset, entry));
        }
    }
    let builder = Builder::new(module);
    for (load, offset, entry) in &reads {
        // The base now, not when collected: a supertrait read's base is an
        // earlier read, replaced in the meantime.
        let (base, _) = base_and_offset(module, load.operand(0)).expect("collected with a constant offset");
        let function = protection_function_for(module, *entry, *offset);
        builder.position_before(*load);
        let call = builder.call(function, &[base]);
        // What rustc said about the value goes with it, in the form a call
        // can carry, so that the optimizer knows as much as before and
        // unprotect can give the load back exactly.
        if load.metadata(noundef) {
            call.add_call_attribute(RETURN_INDEX, module.enum_attribute("noundef", 0));
        }
        if load.metadata(nonnull) {
            call.add_call_attribute(RETURN_INDEX, module.enum_attribute("nonnull", 0));
        }
        if let Some(node) = load.metadata_node(range) {
            call.set_metadata_node(range, node);
        }
        load.replace_all_uses_with(call);
        load.erase_instruction();
    }
    reads.len()
}

/// Turns every protected call back into the marked plain load it replaced.
/// Returns how many it resolved.
pub fn unprotect(module: &Module) -> usize {
    let reads = protected_reads(module);
    let builder = Builder::new(module);
    let invariant = module.metadata_kind("invariant.load");
    let nonnull = module.metadata_kind("nonnull");
    let noundef = module.metadata_kind("noundef");
    let range = module.metadata_kind("range");
    let empty = module.empty_md_node();
    for read in &reads {
        builder.position_before(read.call);
        // The base now: it may be an earlier read, replaced in the meantime.
        let base = read.call.operand(0);
        let load = plain_load(module, &builder, base, read.offset, read.width);
        load.set_metadata(invariant, empty, module);
        if read.call.has_call_attribute(RETURN_INDEX, "nonnull") {
            load.set_metadata(nonnull, empty, module);
        }
        if read.call.has_call_attribute(RETURN_INDEX, "noundef") {
            load.set_metadata(noundef, empty, module);
        }
        if let Some(node) = read.call.metadata_node(range) {
            load.set_metadata_node(range, node);
        }
        read.call.replace_all_uses_with(load);
        read.call.erase_instruction();
    }
    // The fallback definitions are unused now; do not leave them to codegen.
    let own: Vec<Value> = module.functions().filter(|f| protection_function(*f).is_some()).collect();
    for f in own.into_iter().filter(|f| !f.has_users()) {
        f.delete_function();
    }
    reads.len()
}

/// `load (gep inbounds i8, base, offset)` of the entry's type.
pub fn plain_load(module: &Module, builder: &Builder, base: Value, offset: u64, width: ReadWidth) -> Value {
    let address = if offset == 0 { base } else { builder.byte_gep(module, base, offset) };
    let load = builder.load(entry_type(module, width), address);
    load.set_alignment(Abi::of(module).word as u32);
    load
}

fn entry_type(module: &Module, width: ReadWidth) -> Type {
    match width {
        ReadWidth::Pointer => module.ptr_type(),
        ReadWidth::Word => module.word_type(),
    }
}

/// The protection function for (entry, offset), defined on first use.
fn protection_function_for(module: &Module, width: ReadWidth, offset: u64) -> Value {
    let prefix = match width {
        ReadWidth::Pointer => PREFIX_PTR,
        ReadWidth::Word => PREFIX_WORD,
    };
    let name = format!("{prefix}{offset}");
    if let Some(f) = module.named_function(&name) {
        return f;
    }
    let ty = module.function_type(entry_type(module, width), &[module.ptr_type()]);
    let f = module.add_function(&name, ty);
    f.set_linkage(Linkage::LinkOnceOdr);
    f.set_visibility(Visibility::Hidden);
    for attr in ["noinline", "nounwind", "willreturn", "nofree", "nosync"] {
        f.add_attribute(FUNCTION_INDEX, module.enum_attribute(attr, 0));
    }
    // memory(argmem: read): two bits per location, argument memory first, Ref = 1.
    f.add_attribute(FUNCTION_INDEX, module.enum_attribute("memory", 1));
    f.add_attribute(FUNCTION_INDEX, module.string_attribute(OWN_ATTRIBUTE, ""));
    let block = f.append_block(module);
    let builder = Builder::new(module);
    builder.position_at_end(block);
    let load = plain_load(module, &builder, f.params()[0], offset, width);
    load.set_metadata(module.metadata_kind("invariant.load"), module.empty_md_node(), module);
    builder.ret(load);
    f
}
