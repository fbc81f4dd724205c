//! Safe wrappers around the LLVM C API (llvm-sys), kept in one place so that
//! the pass reads as Rust.
//!
//! Invariant: a [`Module`] and every [`Value`] / [`Type`] obtained from it are
//! valid for the duration of one pass run (the host owns the module and does
//! not touch it while the pass runs). That is what makes the methods here
//! safe to call; nothing here outlives a run.
//!
//! This is the only file that names `llvm_sys` (with the host contract in
//! host.rs, which receives the raw module). What it hands out is its own:
//! opcodes, type kinds, linkages and predicates are enums of this module,
//! names are owned strings, and blocks, attributes and metadata are opaque
//! handles; the raw references stay inside the crate (`pub(crate)`), for
//! host.rs alone.

use std::ffi::CStr;

use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::target::*;
use llvm_sys::{
    LLVMInlineAsmDialect, LLVMIntPredicate, LLVMLinkage, LLVMOpcode, LLVMTailCallKind, LLVMTypeKind, LLVMValueKind,
    LLVMVisibility,
};

/// An LLVM value (global, constant, instruction, argument ...).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(LLVMValueRef);

/// An LLVM type.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Type(LLVMTypeRef);

/// A basic block of a function.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Block(LLVMBasicBlockRef);

impl Block {
    /// The block's instructions, in order.
    pub fn instructions(self) -> impl Iterator<Item = Value> {
        // SAFETY: a block of the module, not modified while iterating.
        successors(unsafe { LLVMGetFirstInstruction(self.0) }, |i| unsafe { LLVMGetNextInstruction(i) })
    }

    /// The block's terminator (none while a block is being built).
    pub fn terminator(self) -> Option<Value> {
        // SAFETY: a block of the module.
        let t = unsafe { LLVMGetBasicBlockTerminator(self.0) };
        (!t.is_null()).then_some(Value(t))
    }

    /// The blocks whose terminator may branch here (once for each edge):
    /// the terminators that use the block. (Its other users, `blockaddress`
    /// constants, are no edges; a phi's incoming blocks are no uses.)
    pub fn predecessors(self) -> Vec<Block> {
        // SAFETY: a block of the module.
        let as_value = Value(unsafe { LLVMBasicBlockAsValue(self.0) });
        as_value
            .users()
            // SAFETY: a user that is an instruction.
            .filter(|u| u.kind() == Kind::Instruction && !unsafe { LLVMIsATerminatorInst(u.0) }.is_null())
            .map(|t| t.parent_block())
            .collect()
    }
}

/// An attribute made for this module's context.
#[derive(Clone, Copy)]
pub struct Attribute(LLVMAttributeRef);

/// A metadata node of this module's context (e.g. the empty node of
/// `!invariant.load`).
#[derive(Clone, Copy)]
pub struct Metadata(LLVMMetadataRef);

/// A metadata attachment of an instruction, as LLVM keeps it, to be put back
/// on another instruction.
#[derive(Clone, Copy)]
pub struct Attachment(LLVMValueRef);

/// The instruction (and constant expression) opcodes the pass tells apart;
/// every other one is [`Opcode::Other`], which still prints LLVM's name.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Opcode {
    Add,
    AddrSpaceCast,
    Alloca,
    And,
    AtomicCmpXchg,
    AShr,
    AtomicRMW,
    BitCast,
    Br,
    Call,
    Freeze,
    GetElementPtr,
    ExtractElement,
    ExtractValue,
    ICmp,
    InsertElement,
    InsertValue,
    IntToPtr,
    Invoke,
    LShr,
    Load,
    Mul,
    Or,
    Phi,
    PtrToAddr,
    PtrToInt,
    Ret,
    SDiv,
    Select,
    SExt,
    Shl,
    ShuffleVector,
    SRem,
    Store,
    Sub,
    Switch,
    Trunc,
    UDiv,
    URem,
    Xor,
    ZExt,
    Other(OtherOpcode),
}

/// An opcode the pass does not tell apart (it only names it in messages).
#[derive(Clone, Copy, PartialEq)]
pub struct OtherOpcode(LLVMOpcode);

impl std::fmt::Debug for OtherOpcode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = format!("{:?}", self.0);
        f.write_str(name.strip_prefix("LLVM").unwrap_or(&name))
    }
}

impl Opcode {
    fn from_raw(raw: LLVMOpcode) -> Opcode {
        use LLVMOpcode::*;
        match raw {
            LLVMAdd => Opcode::Add,
            LLVMAddrSpaceCast => Opcode::AddrSpaceCast,
            LLVMAlloca => Opcode::Alloca,
            LLVMAnd => Opcode::And,
            LLVMAtomicCmpXchg => Opcode::AtomicCmpXchg,
            LLVMAShr => Opcode::AShr,
            LLVMAtomicRMW => Opcode::AtomicRMW,
            LLVMBitCast => Opcode::BitCast,
            LLVMBr => Opcode::Br,
            LLVMCall => Opcode::Call,
            LLVMFreeze => Opcode::Freeze,
            LLVMGetElementPtr => Opcode::GetElementPtr,
            LLVMExtractElement => Opcode::ExtractElement,
            LLVMExtractValue => Opcode::ExtractValue,
            LLVMICmp => Opcode::ICmp,
            LLVMInsertElement => Opcode::InsertElement,
            LLVMInsertValue => Opcode::InsertValue,
            LLVMIntToPtr => Opcode::IntToPtr,
            LLVMInvoke => Opcode::Invoke,
            LLVMLShr => Opcode::LShr,
            LLVMLoad => Opcode::Load,
            LLVMMul => Opcode::Mul,
            LLVMOr => Opcode::Or,
            LLVMPHI => Opcode::Phi,
            LLVMPtrToAddr => Opcode::PtrToAddr,
            LLVMPtrToInt => Opcode::PtrToInt,
            LLVMRet => Opcode::Ret,
            LLVMSDiv => Opcode::SDiv,
            LLVMSelect => Opcode::Select,
            LLVMSExt => Opcode::SExt,
            LLVMShl => Opcode::Shl,
            LLVMShuffleVector => Opcode::ShuffleVector,
            LLVMSRem => Opcode::SRem,
            LLVMStore => Opcode::Store,
            LLVMSub => Opcode::Sub,
            LLVMSwitch => Opcode::Switch,
            LLVMTrunc => Opcode::Trunc,
            LLVMUDiv => Opcode::UDiv,
            LLVMURem => Opcode::URem,
            LLVMXor => Opcode::Xor,
            LLVMZExt => Opcode::ZExt,
            other => Opcode::Other(OtherOpcode(other)),
        }
    }
}

/// The binary integer operations the pass builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    And,
    Or,
    LShr,
    Shl,
    Sub,
}

/// The integer comparisons the pass builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntPredicate {
    Eq,
    Ne,
    Slt,
}

/// The type kinds the pass tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Pointer,
    Integer,
    Struct,
    Array,
    Vector,
    Void,
    Other,
}

/// The linkages the pass reads or gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Linkage {
    External,
    Private,
    Internal,
    LinkOnceOdr,
    WeakOdr,
    /// A declaration that may stay undefined: its address is then null.
    ExternalWeak,
    Other,
}

/// The visibilities the pass gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visibility {
    Default,
    Hidden,
}

/// The module being analysed.
#[derive(Clone, Copy)]
pub struct Module {
    raw: LLVMModuleRef,
    data_layout: LLVMTargetDataRef,
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Value({})", self.name().as_deref().unwrap_or("<unnamed>"))
    }
}

impl Value {
    /// The value as LLVM prints it (an instruction's line of IR).
    pub fn to_ir(self) -> String {
        // SAFETY: a valid value; the returned message is disposed here.
        unsafe {
            let raw = LLVMPrintValueToString(self.0);
            let text = cstr(raw);
            LLVMDisposeMessage(raw);
            text.trim().to_string()
        }
    }
}

fn cstr(ptr: *const std::ffi::c_char) -> String {
    if ptr.is_null() {
        return String::new();
    }
    // SAFETY: LLVM returns NUL-terminated strings owned by the module.
    unsafe { CStr::from_ptr(ptr) }.to_string_lossy().into_owned()
}

impl Module {
    /// # Safety
    /// `raw` must be a valid module that stays alive and unchanged by others
    /// while this wrapper (and values from it) are used.
    pub(crate) unsafe fn from_raw(raw: LLVMModuleRef) -> Module {
        Module { raw, data_layout: LLVMGetModuleDataLayout(raw) }
    }

    pub fn identifier(&self) -> String {
        let mut len = 0;
        // SAFETY: valid module (type invariant).
        let ptr = unsafe { LLVMGetModuleIdentifier(self.raw, &mut len) };
        if ptr.is_null() {
            return String::new();
        }
        // SAFETY: LLVM guarantees `len` bytes at `ptr`.
        let bytes = unsafe { std::slice::from_raw_parts(ptr as *const u8, len) };
        String::from_utf8_lossy(bytes).into_owned()
    }

    pub fn target_triple(&self) -> String {
        // SAFETY: valid module.
        cstr(unsafe { LLVMGetTarget(self.raw) })
    }

    pub fn pointer_size(&self) -> u64 {
        // SAFETY: the module's data layout lives as long as the module.
        u64::from(unsafe { LLVMPointerSize(self.data_layout) })
    }

    pub fn is_little_endian(&self) -> bool {
        // SAFETY: as above.
        unsafe { LLVMByteOrder(self.data_layout) == LLVMByteOrdering::LLVMLittleEndian }
    }

    /// Bytes a value of `ty` occupies in memory (its alloc size).
    pub fn alloc_size(&self, ty: Type) -> u64 {
        // SAFETY: as above; `ty` is a sized type of this module's context.
        unsafe { LLVMABISizeOfType(self.data_layout, ty.0) }
    }

    /// Bytes a load or store of `ty` touches.
    pub fn store_size(&self, ty: Type) -> u64 {
        // SAFETY: as above.
        unsafe { LLVMStoreSizeOfType(self.data_layout, ty.0) }
    }

    pub fn struct_field_offset(&self, struct_ty: Type, field: u32) -> u64 {
        // SAFETY: as above; callers pass a field index below the field count.
        unsafe { LLVMOffsetOfElement(self.data_layout, struct_ty.0, field) }
    }

    pub fn globals(&self) -> impl Iterator<Item = Value> + '_ {
        // SAFETY: valid module; iteration follows LLVM's own list.
        let first = unsafe { LLVMGetFirstGlobal(self.raw) };
        successors(first, |v| unsafe { LLVMGetNextGlobal(v) })
    }

    pub fn functions(&self) -> impl Iterator<Item = Value> + '_ {
        // SAFETY: as above.
        let first = unsafe { LLVMGetFirstFunction(self.raw) };
        successors(first, |v| unsafe { LLVMGetNextFunction(v) })
    }

    /// The aliases and ifuncs of the module: global values that are neither
    /// functions nor variables.
    pub fn aliases_and_ifuncs(&self) -> impl Iterator<Item = Value> + '_ {
        // SAFETY: valid module; iteration follows LLVM's own lists.
        let aliases =
            successors(unsafe { LLVMGetFirstGlobalAlias(self.raw) }, |v| unsafe { LLVMGetNextGlobalAlias(v) });
        let ifuncs = successors(unsafe { LLVMGetFirstGlobalIFunc(self.raw) }, |v| unsafe { LLVMGetNextGlobalIFunc(v) });
        aliases.chain(ifuncs)
    }

    /// The metadata kind id of `name` (e.g. "invariant.load").
    /// Whether the module has the module flag `key` (`!llvm.module.flags`).
    pub fn has_flag(&self, key: &str) -> bool {
        // SAFETY: valid module; the key is passed with its length.
        unsafe { !LLVMGetModuleFlag(self.raw, key.as_ptr() as *const std::ffi::c_char, key.len()).is_null() }
    }

    /// The strings of `!llvm.ident` (`rustc version …` for rustc's modules).
    pub fn idents(&self) -> Vec<String> {
        let mut idents: Vec<String> =
            self.named_metadata_strings("llvm.ident").into_iter().filter_map(|node| node.into_iter().next()).collect();
        idents.sort();
        idents.dedup();
        idents
    }

    /// The nodes of the named metadata `name`, each as its string operands
    /// (an operand that is not a string is left out).
    pub fn named_metadata_strings(&self, name: &str) -> Vec<Vec<String>> {
        let name = std::ffi::CString::new(name).expect("a metadata name without NUL");
        // SAFETY: valid module; the arrays are sized by the counts.
        unsafe {
            let n = LLVMGetNamedMetadataNumOperands(self.raw, name.as_ptr());
            let mut nodes = vec![std::ptr::null_mut(); n as usize];
            LLVMGetNamedMetadataOperands(self.raw, name.as_ptr(), nodes.as_mut_ptr());
            nodes
                .into_iter()
                .map(|node| {
                    let mut operands = vec![std::ptr::null_mut(); LLVMGetMDNodeNumOperands(node) as usize];
                    LLVMGetMDNodeOperands(node, operands.as_mut_ptr());
                    operands
                        .into_iter()
                        .filter_map(|o| {
                            let mut len = 0;
                            let text = LLVMGetMDString(o, &mut len);
                            (!text.is_null()).then(|| {
                                let bytes = std::slice::from_raw_parts(text as *const u8, len as usize);
                                String::from_utf8_lossy(bytes).into_owned()
                            })
                        })
                        .collect()
                })
                .collect()
        }
    }

    /// Appends a node of `strings` to the named metadata `name` (made when
    /// missing). The linker appends the nodes of every module it links.
    pub fn add_named_metadata_strings(&self, name: &str, strings: &[&str]) {
        let c_name = std::ffi::CString::new(name).expect("a metadata name without NUL");
        // SAFETY: valid module and context; lengths passed; the node is
        // made of the strings just created.
        unsafe {
            let ctx = LLVMGetModuleContext(self.raw);
            let mut operands: Vec<LLVMMetadataRef> = strings
                .iter()
                .map(|s| LLVMMDStringInContext2(ctx, s.as_ptr() as *const std::ffi::c_char, s.len()))
                .collect();
            let node = LLVMMDNodeInContext2(ctx, operands.as_mut_ptr(), operands.len());
            LLVMAddNamedMetadataOperand(self.raw, c_name.as_ptr(), LLVMMetadataAsValue(ctx, node));
        }
    }

    pub fn metadata_kind(&self, name: &str) -> u32 {
        // SAFETY: valid module and context; the name is passed with its length.
        unsafe {
            let ctx = LLVMGetModuleContext(self.raw);
            LLVMGetMDKindIDInContext(ctx, name.as_ptr() as *const std::ffi::c_char, name.len() as u32)
        }
    }
}

fn successors(first: LLVMValueRef, next: impl Fn(LLVMValueRef) -> LLVMValueRef) -> impl Iterator<Item = Value> {
    let mut cur = first;
    std::iter::from_fn(move || {
        if cur.is_null() {
            return None;
        }
        let v = cur;
        cur = next(cur);
        Some(Value(v))
    })
}

/// What kind of value a [`Value`] is, as far as the pass cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Function,
    GlobalVariable,
    GlobalAlias,
    Argument,
    Instruction,
    ConstantStruct,
    ConstantArray,
    ConstantDataSequential,
    ConstantAggregateZero,
    ConstantInt,
    ConstantPointerNull,
    ConstantExpr,
    Undef,
    Poison,
    InlineAsm,
    Other,
}

impl Value {
    /// Wraps a value handed over by the host for this run.
    pub(crate) fn from_raw(raw: LLVMValueRef) -> Value {
        Value(raw)
    }

    pub(crate) fn raw(self) -> LLVMValueRef {
        self.0
    }

    pub fn kind(self) -> Kind {
        use LLVMValueKind::*;
        // SAFETY: valid value (module invariant).
        match unsafe { LLVMGetValueKind(self.0) } {
            LLVMFunctionValueKind => Kind::Function,
            LLVMGlobalVariableValueKind => Kind::GlobalVariable,
            LLVMGlobalAliasValueKind => Kind::GlobalAlias,
            LLVMArgumentValueKind => Kind::Argument,
            LLVMInstructionValueKind => Kind::Instruction,
            LLVMConstantStructValueKind => Kind::ConstantStruct,
            LLVMConstantArrayValueKind => Kind::ConstantArray,
            LLVMConstantDataArrayValueKind | LLVMConstantDataVectorValueKind => Kind::ConstantDataSequential,
            LLVMConstantAggregateZeroValueKind => Kind::ConstantAggregateZero,
            LLVMConstantIntValueKind => Kind::ConstantInt,
            LLVMConstantPointerNullValueKind => Kind::ConstantPointerNull,
            LLVMConstantExprValueKind => Kind::ConstantExpr,
            LLVMUndefValueValueKind => Kind::Undef,
            LLVMPoisonValueKind => Kind::Poison,
            LLVMInlineAsmValueKind => Kind::InlineAsm,
            _ => Kind::Other,
        }
    }

    pub fn is_global_value(self) -> bool {
        matches!(self.kind(), Kind::Function | Kind::GlobalVariable | Kind::GlobalAlias)
    }

    /// The value's name; `None` when it has none (e.g. `@0`). A copy: the
    /// name LLVM keeps changes when the value is renamed or deleted.
    pub fn name(self) -> Option<String> {
        let mut len = 0;
        // SAFETY: valid value; LLVM returns `len` bytes owned by the value,
        // copied here before anything can change them.
        unsafe {
            let ptr = LLVMGetValueName2(self.0, &mut len);
            if ptr.is_null() || len == 0 {
                return None;
            }
            std::str::from_utf8(std::slice::from_raw_parts(ptr as *const u8, len)).ok().map(str::to_string)
        }
    }

    /// Whether the value is named `name`.
    pub fn is_named(self, name: &str) -> bool {
        self.name_bytes(|n| n == name.as_bytes())
    }

    /// Whether the value's name starts with `prefix`, without a copy of it:
    /// for tests made of every call's callee.
    pub fn name_starts_with(self, prefix: &str) -> bool {
        self.name_bytes(|n| n.starts_with(prefix.as_bytes()))
    }

    /// `test` of the bytes of the value's name (empty when it has none),
    /// while LLVM holds them. Private: `test` only compares bytes, so
    /// nothing can rename the value while it runs.
    fn name_bytes(self, test: impl FnOnce(&[u8]) -> bool) -> bool {
        let mut len = 0;
        // SAFETY: valid value; the bytes are LLVM's and live as long as the
        // name, which nothing changes during `test`.
        unsafe {
            let ptr = LLVMGetValueName2(self.0, &mut len);
            test(if ptr.is_null() { &[] } else { std::slice::from_raw_parts(ptr as *const u8, len) })
        }
    }

    pub fn ty(self) -> Type {
        // SAFETY: valid value.
        Type(unsafe { LLVMTypeOf(self.0) })
    }

    // ---- globals ----

    pub fn is_declaration(self) -> bool {
        // SAFETY: callers use this on global values only.
        unsafe { LLVMIsDeclaration(self.0) != 0 }
    }

    pub fn linkage(self) -> Linkage {
        // SAFETY: global value.
        match unsafe { LLVMGetLinkage(self.0) } {
            LLVMLinkage::LLVMExternalLinkage => Linkage::External,
            LLVMLinkage::LLVMPrivateLinkage => Linkage::Private,
            LLVMLinkage::LLVMInternalLinkage => Linkage::Internal,
            LLVMLinkage::LLVMLinkOnceODRLinkage => Linkage::LinkOnceOdr,
            LLVMLinkage::LLVMWeakODRLinkage => Linkage::WeakOdr,
            LLVMLinkage::LLVMExternalWeakLinkage => Linkage::ExternalWeak,
            _ => Linkage::Other,
        }
    }

    pub fn is_local_linkage(self) -> bool {
        matches!(self.linkage(), Linkage::Private | Linkage::Internal)
    }

    pub fn is_global_constant(self) -> bool {
        // SAFETY: global variable.
        self.kind() == Kind::GlobalVariable && unsafe { LLVMIsGlobalConstant(self.0) != 0 }
    }

    /// Alignment of a global variable, a load or a store.
    pub fn alignment(self) -> u32 {
        // SAFETY: callers use this on globals, loads and stores.
        unsafe { LLVMGetAlignment(self.0) }
    }

    pub fn initializer(self) -> Option<Value> {
        if self.kind() != Kind::GlobalVariable || self.is_declaration() {
            return None;
        }
        // SAFETY: a defined global variable.
        let init = unsafe { LLVMGetInitializer(self.0) };
        (!init.is_null()).then_some(Value(init))
    }

    /// The type a global holds (for a function: its function type).
    pub fn value_type(self) -> Type {
        // SAFETY: global value.
        Type(unsafe { LLVMGlobalGetValueType(self.0) })
    }

    /// The section a global is placed in, if any.
    pub fn section(self) -> Option<String> {
        // SAFETY: global value.
        let s = cstr(unsafe { LLVMGetSection(self.0) });
        (!s.is_empty()).then_some(s)
    }

    // ---- users and operands ----

    pub fn users(self) -> impl Iterator<Item = Value> {
        // SAFETY: valid value; the use list is not modified while iterating.
        let mut u = unsafe { LLVMGetFirstUse(self.0) };
        std::iter::from_fn(move || {
            if u.is_null() {
                return None;
            }
            // SAFETY: `u` is a live use.
            let user = unsafe { LLVMGetUser(u) };
            u = unsafe { LLVMGetNextUse(u) };
            Some(Value(user))
        })
    }

    pub fn num_operands(self) -> u32 {
        // SAFETY: valid user (callers use it on constants and instructions).
        let n = unsafe { LLVMGetNumOperands(self.0) };
        n.max(0) as u32
    }

    pub fn operand(self, i: u32) -> Value {
        // SAFETY: i < num_operands (callers' responsibility, checked in debug).
        debug_assert!(i < self.num_operands());
        Value(unsafe { LLVMGetOperand(self.0, i) })
    }

    pub fn operands(self) -> impl Iterator<Item = Value> {
        (0..self.num_operands()).map(move |i| self.operand(i))
    }

    /// Whether the value is a constant (globals and functions included).
    pub fn is_constant(self) -> bool {
        // SAFETY: valid value.
        unsafe { LLVMIsConstant(self.0) != 0 }
    }

    /// A function's personality routine, if it has one.
    pub fn personality(self) -> Option<Value> {
        // SAFETY: a function (checked); the personality is asked for only
        // when there is one.
        (self.kind() == Kind::Function && unsafe { LLVMHasPersonalityFn(self.0) } != 0)
            .then(|| Value(unsafe { LLVMGetPersonalityFn(self.0) }))
    }

    // ---- constants ----

    pub fn const_zext(self) -> Option<u64> {
        if self.kind() != Kind::ConstantInt || self.ty().int_width()? > 64 {
            return None;
        }
        // SAFETY: a ConstantInt of at most 64 bits.
        Some(unsafe { LLVMConstIntGetZExtValue(self.0) })
    }

    pub fn const_sext(self) -> Option<i64> {
        if self.kind() != Kind::ConstantInt || self.ty().int_width()? > 64 {
            return None;
        }
        // SAFETY: as above.
        Some(unsafe { LLVMConstIntGetSExtValue(self.0) })
    }

    /// The raw bytes of an `[N x i8]` constant (`c"..."`).
    pub fn const_bytes(self) -> Option<Vec<u8>> {
        // SAFETY: checked to be a ConstantDataSequential first.
        unsafe {
            if self.kind() != Kind::ConstantDataSequential || LLVMIsConstantString(self.0) == 0 {
                return None;
            }
            let mut len = 0usize;
            let ptr = LLVMGetAsString(self.0, &mut len);
            Some(std::slice::from_raw_parts(ptr as *const u8, len).to_vec())
        }
    }

    /// Element `i` of a ConstantDataSequential.
    pub fn data_element(self, i: u32) -> Value {
        // SAFETY: callers check the kind and the element count.
        Value(unsafe { LLVMGetAggregateElement(self.0, i) })
    }

    pub fn const_opcode(self) -> Opcode {
        // SAFETY: callers check Kind::ConstantExpr.
        Opcode::from_raw(unsafe { LLVMGetConstOpcode(self.0) })
    }

    // ---- instructions ----

    pub fn opcode(self) -> Option<Opcode> {
        match self.kind() {
            // SAFETY: an instruction.
            Kind::Instruction => Some(Opcode::from_raw(unsafe { LLVMGetInstructionOpcode(self.0) })),
            Kind::ConstantExpr => Some(self.const_opcode()),
            _ => None,
        }
    }

    pub fn metadata(self, kind: u32) -> bool {
        // SAFETY: an instruction.
        unsafe { !LLVMGetMetadata(self.0, kind).is_null() }
    }

    /// The function an instruction is in.
    pub fn parent_function(self) -> Value {
        // SAFETY: an instruction in a basic block of a function.
        unsafe { Value(LLVMGetBasicBlockParent(LLVMGetInstructionParent(self.0))) }
    }

    /// Whether this is a call or invoke instruction.
    pub fn is_call(self) -> bool {
        matches!(self.opcode(), Some(Opcode::Call | Opcode::Invoke)) && self.kind() == Kind::Instruction
    }

    /// Whether this is a call or invoke of `function` itself (not one that
    /// passes it as an argument).
    pub fn is_direct_call_to(self, function: Value) -> bool {
        self.is_call() && self.called_value() == function
    }

    /// A call or invoke through a pointer: not of a function or alias, nor
    /// inline asm.
    pub fn is_indirect_call(self) -> bool {
        self.is_call()
            && !matches!(self.called_value().kind(), Kind::Function | Kind::GlobalAlias | Kind::InlineAsm | Kind::Other)
    }

    /// The callee operand of a call or invoke.
    pub fn called_value(self) -> Value {
        // SAFETY: a call or invoke.
        Value(unsafe { LLVMGetCalledValue(self.0) })
    }

    /// The function type a call or invoke calls its callee with.
    pub fn called_function_type(self) -> Type {
        // SAFETY: a call or invoke.
        Type(unsafe { LLVMGetCalledFunctionType(self.0) })
    }

    /// Whether a call is `musttail` (its arguments cannot change).
    pub fn is_musttail(self) -> bool {
        // SAFETY: a call instruction.
        unsafe { LLVMGetTailCallKind(self.0) == LLVMTailCallKind::LLVMTailCallKindMustTail }
    }

    /// Drops a call's `tail` marker, which says that the callee reads none
    /// of the caller's allocas: for a call that is handed one.
    pub fn clear_tail_marker(self) {
        // SAFETY: a call instruction.
        unsafe { LLVMSetTailCallKind(self.0, LLVMTailCallKind::LLVMTailCallKindNone) }
    }

    /// Replaces operand `i` of an instruction (a call's argument `i`).
    pub fn set_operand(self, i: u32, value: Value) {
        // SAFETY: an instruction with more than `i` operands; `value` has the operand's type.
        unsafe { LLVMSetOperand(self.0, i, value.0) }
    }

    /// Whether function `self` carries enum attribute `name` at `index`.
    pub fn has_attribute(self, index: u32, name: &str) -> bool {
        // SAFETY: a function; the kind is looked up by name.
        unsafe {
            let kind = LLVMGetEnumAttributeKindForName(name.as_ptr() as *const std::ffi::c_char, name.len());
            !LLVMGetEnumAttributeAtIndex(self.0, index, kind).is_null()
        }
    }

    pub fn num_call_args(self) -> u32 {
        // SAFETY: a call or invoke.
        unsafe { LLVMGetNumArgOperands(self.0) }
    }

    /// Source element type of a GEP instruction or constant expression.
    pub fn gep_source_type(self) -> Type {
        // SAFETY: a GEP.
        Type(unsafe { LLVMGetGEPSourceElementType(self.0) })
    }

    /// The constant indices of an insertvalue or extractvalue.
    pub fn aggregate_indices(self) -> Vec<u32> {
        // SAFETY: an insertvalue/extractvalue; LLVM returns that many indices.
        unsafe {
            let n = LLVMGetNumIndices(self.0) as usize;
            std::slice::from_raw_parts(LLVMGetIndices(self.0), n).to_vec()
        }
    }

    pub fn intrinsic_id(self) -> u32 {
        // SAFETY: a function.
        unsafe { LLVMGetIntrinsicID(self.0) }
    }

    /// Incoming values of a phi.
    pub fn incoming(self) -> impl Iterator<Item = Value> {
        // SAFETY: a phi node.
        let n = unsafe { LLVMCountIncoming(self.0) };
        (0..n).map(move |i| Value(unsafe { LLVMGetIncomingValue(self.0, i) }))
    }

    /// A phi's incoming values with the blocks they come from.
    pub fn incoming_edges(self) -> Vec<(Value, Block)> {
        // SAFETY: a phi node; i < its number of incoming values.
        let n = unsafe { LLVMCountIncoming(self.0) };
        (0..n)
            .map(|i| unsafe { (Value(LLVMGetIncomingValue(self.0, i)), Block(LLVMGetIncomingBlock(self.0, i))) })
            .collect()
    }

    // ---- functions ----

    pub fn params(self) -> Vec<Value> {
        // SAFETY: a function.
        let n = unsafe { LLVMCountParams(self.0) };
        (0..n).map(|i| Value(unsafe { LLVMGetParam(self.0, i) })).collect()
    }

    /// The function an argument belongs to, and its position.
    pub fn argument_position(self) -> (Value, u32) {
        // SAFETY: an argument.
        let f = Value(unsafe { LLVMGetParamParent(self.0) });
        let pos = f.params().iter().position(|p| *p == self).expect("argument of its parent") as u32;
        (f, pos)
    }

    /// A defined function's entry block.
    pub fn entry_block(self) -> Block {
        // SAFETY: a function with a body (callers check).
        Block(unsafe { LLVMGetEntryBasicBlock(self.0) })
    }

    /// The block an instruction is in.
    pub fn parent_block(self) -> Block {
        // SAFETY: an instruction.
        Block(unsafe { LLVMGetInstructionParent(self.0) })
    }

    /// A terminator's successors, in LLVM's order: a conditional branch's
    /// true then false destination; a switch's default, then one a case.
    pub fn successors(self) -> Vec<Block> {
        // SAFETY: a terminator; i < its number of successors.
        let n = unsafe { LLVMGetNumSuccessors(self.0) };
        (0..n).map(|i| Block(unsafe { LLVMGetSuccessor(self.0, i) })).collect()
    }

    /// A `switch`'s cases: each value with the index of its successor
    /// (successor 0 is the default).
    pub fn switch_cases(self) -> Vec<(Value, usize)> {
        if self.opcode() != Some(Opcode::Switch) {
            return Vec::new();
        }
        // SAFETY: a switch; 0 < i < its number of successors.
        let n = unsafe { LLVMGetNumSuccessors(self.0) };
        (1..n).map(|i| (Value(unsafe { LLVMGetSwitchCaseValue(self.0, i) }), i as usize)).collect()
    }

    /// The condition of a conditional branch or a switch.
    pub fn branch_condition(self) -> Option<Value> {
        match self.opcode() {
            // SAFETY: a conditional branch (checked).
            Some(Opcode::Br) if unsafe { LLVMIsConditional(self.0) } != 0 => {
                Some(Value(unsafe { LLVMGetCondition(self.0) }))
            }
            // A switch's condition is its first operand (LLVMGetCondition
            // takes branches only).
            Some(Opcode::Switch) => Some(self.operand(0)),
            _ => None,
        }
    }

    /// The predicate of an `icmp` that is `eq` or `ne`.
    pub fn equality_predicate(self) -> Option<IntPredicate> {
        if self.opcode() != Some(Opcode::ICmp) || self.kind() != Kind::Instruction {
            return None;
        }
        // SAFETY: an icmp instruction.
        match unsafe { LLVMGetICmpPredicate(self.0) } {
            LLVMIntPredicate::LLVMIntEQ => Some(IntPredicate::Eq),
            LLVMIntPredicate::LLVMIntNE => Some(IntPredicate::Ne),
            _ => None,
        }
    }

    pub fn instructions(self) -> impl Iterator<Item = Value> {
        // SAFETY: a function; blocks and instructions are not modified while iterating.
        let first_bb = unsafe { LLVMGetFirstBasicBlock(self.0) };
        let blocks = std::iter::successors((!first_bb.is_null()).then_some(first_bb), |bb| {
            let next = unsafe { LLVMGetNextBasicBlock(*bb) };
            (!next.is_null()).then_some(next)
        });
        blocks.flat_map(|bb| {
            let first = unsafe { LLVMGetFirstInstruction(bb) };
            successors(first, |i| unsafe { LLVMGetNextInstruction(i) })
        })
    }
}

impl Type {
    pub fn kind(self) -> TypeKind {
        use LLVMTypeKind::*;
        // SAFETY: valid type.
        match unsafe { LLVMGetTypeKind(self.0) } {
            LLVMPointerTypeKind => TypeKind::Pointer,
            LLVMIntegerTypeKind => TypeKind::Integer,
            LLVMStructTypeKind => TypeKind::Struct,
            LLVMArrayTypeKind => TypeKind::Array,
            LLVMVectorTypeKind => TypeKind::Vector,
            LLVMVoidTypeKind => TypeKind::Void,
            _ => TypeKind::Other,
        }
    }

    pub fn is_pointer(self) -> bool {
        self.kind() == TypeKind::Pointer
    }

    pub fn int_width(self) -> Option<u32> {
        // SAFETY: checked to be an integer type.
        (self.kind() == TypeKind::Integer).then(|| unsafe { LLVMGetIntTypeWidth(self.0) })
    }

    pub fn is_void(self) -> bool {
        self.kind() == TypeKind::Void
    }

    /// `[n x self]`.
    pub fn array_of(self, n: u64) -> Type {
        // SAFETY: a sized element type.
        Type(unsafe { LLVMArrayType2(self.0, n) })
    }

    pub fn array_len(self) -> u64 {
        // SAFETY: an array or vector type.
        unsafe { LLVMGetArrayLength2(self.0) }
    }

    /// Element type of an array or vector type.
    pub fn element(self) -> Type {
        // SAFETY: an array or vector type.
        Type(unsafe { LLVMGetElementType(self.0) })
    }

    /// Parameter types of a function type.
    pub fn param_types(self) -> Vec<Type> {
        // SAFETY: a function type; the buffer has room for every parameter.
        unsafe {
            let n = LLVMCountParamTypes(self.0) as usize;
            let mut out = vec![std::ptr::null_mut(); n];
            LLVMGetParamTypes(self.0, out.as_mut_ptr());
            out.into_iter().map(Type).collect()
        }
    }

    pub fn return_type(self) -> Type {
        // SAFETY: a function type.
        Type(unsafe { LLVMGetReturnType(self.0) })
    }

    pub fn is_var_arg(self) -> bool {
        // SAFETY: a function type.
        unsafe { LLVMIsFunctionVarArg(self.0) != 0 }
    }

    pub fn struct_fields(self) -> u32 {
        // SAFETY: a struct type.
        unsafe { LLVMCountStructElementTypes(self.0) }
    }

    pub fn struct_field(self, i: u32) -> Type {
        // SAFETY: a struct type, i < field count.
        Type(unsafe { LLVMStructGetTypeAtIndex(self.0, i) })
    }
}

// ---- building and changing IR ----

/// An instruction builder; disposed when dropped.
pub struct Builder {
    raw: LLVMBuilderRef,
}

impl Drop for Builder {
    fn drop(&mut self) {
        // SAFETY: created by LLVMCreateBuilderInContext, disposed once.
        unsafe { LLVMDisposeBuilder(self.raw) }
    }
}

const NO_NAME: *const std::ffi::c_char = c"".as_ptr();

impl Builder {
    pub fn new(module: &Module) -> Builder {
        // SAFETY: valid context.
        Builder { raw: unsafe { LLVMCreateBuilderInContext(module.context()) } }
    }

    /// Inserts before `inst` (and before its debug records).
    pub fn position_before(&self, inst: Value) {
        // SAFETY: an instruction in a block.
        unsafe { LLVMPositionBuilderBeforeInstrAndDbgRecords(self.raw, inst.0) }
    }

    pub fn position_at_end(&self, block: Block) {
        // SAFETY: a block of the module.
        unsafe { LLVMPositionBuilderAtEnd(self.raw, block.0) }
    }

    pub fn call(&self, function: Value, args: &[Value]) -> Value {
        let mut raw: Vec<LLVMValueRef> = args.iter().map(|a| a.0).collect();
        // SAFETY: `function` is a function whose type takes `args`.
        unsafe {
            Value(LLVMBuildCall2(
                self.raw,
                function.value_type().0,
                function.0,
                raw.as_mut_ptr(),
                raw.len() as u32,
                NO_NAME,
            ))
        }
    }

    pub fn icmp_eq(&self, a: Value, b: Value) -> Value {
        // SAFETY: operands of one type.
        self.icmp(IntPredicate::Eq, a, b)
    }

    pub fn icmp(&self, predicate: IntPredicate, a: Value, b: Value) -> Value {
        let predicate = match predicate {
            IntPredicate::Eq => LLVMIntPredicate::LLVMIntEQ,
            IntPredicate::Ne => LLVMIntPredicate::LLVMIntNE,
            IntPredicate::Slt => LLVMIntPredicate::LLVMIntSLT,
        };
        // SAFETY: integer or pointer operands of one type.
        Value(unsafe { LLVMBuildICmp(self.raw, predicate, a.0, b.0, NO_NAME) })
    }

    /// A binary integer operation.
    pub fn binop(&self, op: BinaryOp, a: Value, b: Value) -> Value {
        let op = match op {
            BinaryOp::And => LLVMOpcode::LLVMAnd,
            BinaryOp::Or => LLVMOpcode::LLVMOr,
            BinaryOp::LShr => LLVMOpcode::LLVMLShr,
            BinaryOp::Shl => LLVMOpcode::LLVMShl,
            BinaryOp::Sub => LLVMOpcode::LLVMSub,
        };
        // SAFETY: integer operands of one type, a binary opcode.
        Value(unsafe { LLVMBuildBinOp(self.raw, op, a.0, b.0, NO_NAME) })
    }

    /// `v` zero-extended to `ty`, or `v` itself when it has that type.
    pub fn zext(&self, v: Value, ty: Type) -> Value {
        if v.ty() == ty {
            return v;
        }
        // SAFETY: an integer value, a wider integer type.
        Value(unsafe { LLVMBuildZExt(self.raw, v.0, ty.0, NO_NAME) })
    }

    pub fn select(&self, cond: Value, then: Value, otherwise: Value) -> Value {
        // SAFETY: i1 condition, operands of one type.
        Value(unsafe { LLVMBuildSelect(self.raw, cond.0, then.0, otherwise.0, NO_NAME) })
    }

    /// `alloca [bytes x i8], align align`.
    pub fn alloca_bytes(&self, module: &Module, bytes: u64, align: u32) -> Value {
        let ty = module.i8_type().array_of(bytes);
        // SAFETY: positioned in a function's block; a sized type.
        let a = Value(unsafe { LLVMBuildAlloca(self.raw, ty.0, NO_NAME) });
        a.set_alignment(align);
        a
    }

    /// `store value, ptr`.
    pub fn store(&self, value: Value, ptr: Value) -> Value {
        // SAFETY: positioned in a block; `ptr` is a pointer.
        Value(unsafe { LLVMBuildStore(self.raw, value.0, ptr.0) })
    }

    pub fn load(&self, ty: Type, ptr: Value) -> Value {
        // SAFETY: a pointer operand.
        Value(unsafe { LLVMBuildLoad2(self.raw, ty.0, ptr.0, NO_NAME) })
    }

    /// `getelementptr i8, ptr base, i64 offset`, without `inbounds`: for an
    /// address that may be past any object LLVM knows (into a function's
    /// code).
    pub fn byte_gep_wrapping(&self, module: &Module, base: Value, offset: u64) -> Value {
        let mut idx = [module.const_i64(offset).0];
        // SAFETY: a pointer base, one i64 index over i8.
        Value(unsafe { LLVMBuildGEP2(self.raw, module.i8_type().0, base.0, idx.as_mut_ptr(), 1, NO_NAME) })
    }

    pub fn byte_gep(&self, module: &Module, base: Value, offset: u64) -> Value {
        let mut idx = [module.const_i64(offset).0];
        // SAFETY: a pointer base, one i64 index over i8.
        Value(unsafe { LLVMBuildInBoundsGEP2(self.raw, module.i8_type().0, base.0, idx.as_mut_ptr(), 1, NO_NAME) })
    }

    pub fn ret(&self, v: Value) {
        // SAFETY: at the end of a block of a function returning v's type.
        unsafe { LLVMBuildRet(self.raw, v.0) };
    }

    pub fn ret_void(&self) {
        // SAFETY: at the end of a block of a void function.
        unsafe { LLVMBuildRetVoid(self.raw) };
    }

    /// A call through `callee` as a function of type `function_type`
    /// (an existing declaration may have been made with another type).
    pub fn call_as(&self, function_type: Type, callee: Value, args: &[Value]) -> Value {
        let mut raw: Vec<LLVMValueRef> = args.iter().map(|a| a.0).collect();
        // SAFETY: `function_type` takes `args`; a call of another type than
        // the callee's is valid IR.
        unsafe {
            Value(LLVMBuildCall2(self.raw, function_type.0, callee.0, raw.as_mut_ptr(), raw.len() as u32, NO_NAME))
        }
    }

    pub fn br(&self, to: Block) {
        // SAFETY: a block of the current function.
        unsafe { LLVMBuildBr(self.raw, to.0) };
    }

    pub fn cond_br(&self, cond: Value, then: Block, otherwise: Block) {
        // SAFETY: an i1 condition, blocks of the current function.
        unsafe { LLVMBuildCondBr(self.raw, cond.0, then.0, otherwise.0) };
    }

    pub fn unreachable(&self) {
        // SAFETY: at the end of a block.
        unsafe { LLVMBuildUnreachable(self.raw) };
    }
}

impl Module {
    fn context(&self) -> LLVMContextRef {
        // SAFETY: valid module.
        unsafe { LLVMGetModuleContext(self.raw) }
    }

    pub fn i8_type(&self) -> Type {
        // SAFETY: valid context.
        Type(unsafe { LLVMInt8TypeInContext(self.context()) })
    }

    pub fn i32_type(&self) -> Type {
        // SAFETY: valid context.
        Type(unsafe { LLVMInt32TypeInContext(self.context()) })
    }

    pub fn i64_type(&self) -> Type {
        // SAFETY: valid context.
        Type(unsafe { LLVMInt64TypeInContext(self.context()) })
    }

    /// The integer type as wide as a pointer (rustc's `usize`).
    pub fn word_type(&self) -> Type {
        // SAFETY: valid context; pointer_size is 1..=8 bytes on LLVM's targets.
        Type(unsafe { LLVMIntTypeInContext(self.context(), (self.pointer_size() * 8) as u32) })
    }

    pub fn ptr_type(&self) -> Type {
        // SAFETY: valid context.
        Type(unsafe { LLVMPointerTypeInContext(self.context(), 0) })
    }

    pub fn function_type(&self, ret: Type, params: &[Type]) -> Type {
        let mut raw: Vec<LLVMTypeRef> = params.iter().map(|t| t.0).collect();
        // SAFETY: valid types.
        Type(unsafe { LLVMFunctionType(ret.0, raw.as_mut_ptr(), raw.len() as u32, 0) })
    }

    pub fn const_int(&self, ty: Type, v: u64) -> Value {
        // SAFETY: an integer type.
        Value(unsafe { LLVMConstInt(ty.0, v, 0) })
    }

    pub fn const_i64(&self, v: u64) -> Value {
        self.const_int(self.i64_type(), v)
    }

    pub fn const_null_ptr(&self) -> Value {
        // SAFETY: a pointer type.
        Value(unsafe { LLVMConstPointerNull(self.ptr_type().0) })
    }

    /// A packed anonymous struct type `<{ ... }>`.
    pub fn packed_struct_type(&self, fields: &[Type]) -> Type {
        let mut raw: Vec<LLVMTypeRef> = fields.iter().map(|t| t.0).collect();
        // SAFETY: types of this context.
        Type(unsafe { LLVMStructTypeInContext(self.context(), raw.as_mut_ptr(), raw.len() as u32, 1) })
    }

    /// A packed anonymous struct constant `<{ ... }>`.
    pub fn const_packed_struct(&self, fields: &[Value]) -> Value {
        let mut raw: Vec<LLVMValueRef> = fields.iter().map(|v| v.0).collect();
        // SAFETY: constants of this context.
        Value(unsafe { LLVMConstStructInContext(self.context(), raw.as_mut_ptr(), raw.len() as u32, 1) })
    }

    /// `trunc(sub(ptrtoint target, ptrtoint anchor)) to i32`: the relative
    /// reference of the relative layout. The `ptrtoint`s are to the
    /// pointer-sized integer (a wider one is a masked pointer, which codegen
    /// cannot emit as a relocation); with 4-byte pointers there is no trunc.
    pub fn const_relative_i32(&self, target: Value, anchor: Value) -> Value {
        let word = self.word_type();
        // SAFETY: pointer constants; the expressions LLVM 22 still has.
        unsafe {
            let t = LLVMConstPtrToInt(target.0, word.0);
            let a = LLVMConstPtrToInt(anchor.0, word.0);
            let difference = LLVMConstSub(t, a);
            if word == self.i32_type() {
                Value(difference)
            } else {
                Value(LLVMConstTrunc(difference, self.i32_type().0))
            }
        }
    }

    /// `getelementptr inbounds (i8, base, offset)` as a constant.
    pub fn const_byte_gep(&self, base: Value, offset: u64) -> Value {
        let mut idx = [self.const_i64(offset).0];
        // SAFETY: a pointer constant, one i64 index over i8.
        Value(unsafe { LLVMConstInBoundsGEP2(self.i8_type().0, base.0, idx.as_mut_ptr(), 1) })
    }

    /// A `private unnamed_addr constant [N x i8]` holding `bytes`.
    /// A constant `[N x i8]` holding `bytes` (no NUL added).
    pub fn const_bytes(&self, bytes: &[u8]) -> Value {
        // SAFETY: valid context; the length is passed.
        Value(unsafe {
            LLVMConstStringInContext2(self.context(), bytes.as_ptr() as *const std::ffi::c_char, bytes.len(), 1)
        })
    }

    pub fn add_string(&self, bytes: &[u8]) -> Value {
        let init = self.const_bytes(bytes);
        let g = self.add_global(init.ty(), "");
        g.set_initializer(init);
        g.set_linkage(Linkage::Private);
        g.set_unnamed_addr();
        g.set_constant();
        g
    }

    pub fn void_type(&self) -> Type {
        // SAFETY: valid context.
        Type(unsafe { LLVMVoidTypeInContext(self.context()) })
    }

    /// Adds `g` to `@llvm.used`, which keeps it in the object file whoever
    /// refers to it (the array is rebuilt: constants are immutable).
    pub fn append_to_used(&self, g: Value) {
        // SAFETY: valid module; `@llvm.used` is an array of pointers with no
        // users, replaced by a new one with the same name and section.
        unsafe {
            let name = c"llvm.used";
            let old = LLVMGetNamedGlobal(self.raw, name.as_ptr());
            let mut elements: Vec<LLVMValueRef> = Vec::new();
            if !old.is_null() {
                let init = LLVMGetInitializer(old);
                if !init.is_null() {
                    elements.extend((0..LLVMGetNumOperands(init)).map(|i| LLVMGetOperand(init, i as u32)));
                }
            }
            elements.push(g.0);
            let array = LLVMConstArray2(self.ptr_type().0, elements.as_mut_ptr(), elements.len() as u64);
            let new = LLVMAddGlobal(self.raw, LLVMTypeOf(array), c"".as_ptr());
            LLVMSetInitializer(new, array);
            LLVMSetLinkage(new, LLVMLinkage::LLVMAppendingLinkage);
            LLVMSetSection(new, c"llvm.metadata".as_ptr());
            if !old.is_null() {
                LLVMDeleteGlobal(old);
            }
            LLVMSetValueName2(new, name.as_ptr(), name.count_bytes());
        }
    }

    pub fn add_global(&self, ty: Type, name: &str) -> Value {
        let name = std::ffi::CString::new(name).unwrap();
        // SAFETY: valid module and type.
        Value(unsafe { LLVMAddGlobal(self.raw, ty.0, name.as_ptr()) })
    }

    pub fn named_function(&self, name: &str) -> Option<Value> {
        let name = std::ffi::CString::new(name).unwrap();
        // SAFETY: valid module.
        let f = unsafe { LLVMGetNamedFunction(self.raw, name.as_ptr()) };
        (!f.is_null()).then_some(Value(f))
    }

    pub fn add_function(&self, name: &str, ty: Type) -> Value {
        let name = std::ffi::CString::new(name).unwrap();
        // SAFETY: valid module and function type.
        Value(unsafe { LLVMAddFunction(self.raw, name.as_ptr(), ty.0) })
    }

    /// Inline assembly (AT&T syntax, with side effects) of `function_type`:
    /// a callee for [`Builder::call_as`].
    pub fn inline_asm(&self, function_type: Type, asm: &str, constraints: &str) -> Value {
        // SAFETY: a function type; the strings are passed with their
        // lengths.
        Value(unsafe {
            LLVMGetInlineAsm(
                function_type.0,
                asm.as_ptr() as *const std::ffi::c_char,
                asm.len(),
                constraints.as_ptr() as *const std::ffi::c_char,
                constraints.len(),
                1,
                0,
                LLVMInlineAsmDialect::LLVMInlineAsmDialectATT,
                0,
            )
        })
    }

    /// The declaration of intrinsic `name` overloaded on `overloads`.
    pub fn intrinsic(&self, name: &str, overloads: &[Type]) -> Value {
        let mut raw: Vec<LLVMTypeRef> = overloads.iter().map(|t| t.0).collect();
        // SAFETY: a known intrinsic name (checked), valid types.
        unsafe {
            let id = LLVMLookupIntrinsicID(name.as_ptr() as *const std::ffi::c_char, name.len());
            assert!(id != 0, "no intrinsic {name}");
            Value(LLVMGetIntrinsicDeclaration(self.raw, id, raw.as_mut_ptr(), raw.len()))
        }
    }

    /// An empty metadata node, as `!invariant.load` wants.
    pub fn empty_md_node(&self) -> Metadata {
        // SAFETY: valid context.
        Metadata(unsafe { LLVMMDNodeInContext2(self.context(), std::ptr::null_mut(), 0) })
    }

    pub fn enum_attribute(&self, name: &str, value: u64) -> Attribute {
        // SAFETY: valid context; the kind is looked up by name (checked).
        unsafe {
            let kind = LLVMGetEnumAttributeKindForName(name.as_ptr() as *const std::ffi::c_char, name.len());
            assert!(kind != 0, "no attribute {name}");
            Attribute(LLVMCreateEnumAttribute(self.context(), kind, value))
        }
    }

    pub fn string_attribute(&self, key: &str, value: &str) -> Attribute {
        // SAFETY: valid context; lengths passed.
        Attribute(unsafe {
            LLVMCreateStringAttribute(
                self.context(),
                key.as_ptr() as *const std::ffi::c_char,
                key.len() as u32,
                value.as_ptr() as *const std::ffi::c_char,
                value.len() as u32,
            )
        })
    }
}

/// Attribute index of the function itself (LLVMAttributeFunctionIndex).
pub const FUNCTION_INDEX: u32 = u32::MAX;
/// Attribute index of the return value.
pub const RETURN_INDEX: u32 = 0;

impl Value {
    pub fn set_initializer(self, init: Value) {
        // SAFETY: a global variable and a constant of its type.
        unsafe { LLVMSetInitializer(self.0, init.0) }
    }

    pub fn set_linkage(self, linkage: Linkage) {
        let linkage = match linkage {
            Linkage::External | Linkage::Other => LLVMLinkage::LLVMExternalLinkage,
            Linkage::Private => LLVMLinkage::LLVMPrivateLinkage,
            Linkage::Internal => LLVMLinkage::LLVMInternalLinkage,
            Linkage::LinkOnceOdr => LLVMLinkage::LLVMLinkOnceODRLinkage,
            Linkage::WeakOdr => LLVMLinkage::LLVMWeakODRLinkage,
            Linkage::ExternalWeak => LLVMLinkage::LLVMExternalWeakLinkage,
        };
        // SAFETY: a global value.
        unsafe { LLVMSetLinkage(self.0, linkage) }
    }

    pub fn set_visibility(self, visibility: Visibility) {
        let visibility = match visibility {
            Visibility::Default => LLVMVisibility::LLVMDefaultVisibility,
            Visibility::Hidden => LLVMVisibility::LLVMHiddenVisibility,
        };
        // SAFETY: a global value.
        unsafe { LLVMSetVisibility(self.0, visibility) }
    }

    pub fn set_unnamed_addr(self) {
        // SAFETY: a global value.
        unsafe { LLVMSetUnnamedAddress(self.0, llvm_sys::LLVMUnnamedAddr::LLVMGlobalUnnamedAddr) }
    }

    pub fn set_section(self, section: &str) {
        let section = std::ffi::CString::new(section).unwrap();
        // SAFETY: a global value; LLVM copies the name.
        unsafe { LLVMSetSection(self.0, section.as_ptr()) }
    }

    pub fn set_constant(self) {
        // SAFETY: a global variable.
        unsafe { LLVMSetGlobalConstant(self.0, 1) }
    }

    pub fn set_alignment(self, align: u32) {
        // SAFETY: a global, load or store.
        unsafe { LLVMSetAlignment(self.0, align) }
    }

    pub fn set_name(self, name: &str) {
        // SAFETY: a value that can carry a name.
        unsafe { LLVMSetValueName2(self.0, name.as_ptr() as *const std::ffi::c_char, name.len()) }
    }

    pub fn replace_all_uses_with(self, new: Value) {
        // SAFETY: values of one type.
        unsafe { LLVMReplaceAllUsesWith(self.0, new.0) }
    }

    pub fn has_users(self) -> bool {
        // SAFETY: valid value.
        unsafe { !LLVMGetFirstUse(self.0).is_null() }
    }

    /// Deletes a global variable that has no uses left.
    pub fn delete_global(self) {
        debug_assert!(!self.has_users());
        // SAFETY: a global variable without uses.
        unsafe { LLVMDeleteGlobal(self.0) }
    }

    /// Deletes a function that has no uses left.
    pub fn delete_function(self) {
        debug_assert!(!self.has_users());
        // SAFETY: a function without uses.
        unsafe { LLVMDeleteFunction(self.0) }
    }

    /// Erases an instruction that has no uses left.
    pub fn erase_instruction(self) {
        debug_assert!(!self.has_users());
        // SAFETY: an instruction without uses.
        unsafe { LLVMInstructionEraseFromParent(self.0) }
    }

    pub fn set_metadata(self, kind: u32, node: Metadata, module: &Module) {
        // SAFETY: an instruction; the node is wrapped as a value of this context.
        unsafe { LLVMSetMetadata(self.0, kind, LLVMMetadataAsValue(module.context(), node.0)) }
    }

    /// Attaches `!kind !{}` to a global.
    pub fn set_global_tag(self, module: &Module, kind: &str) {
        // SAFETY: a global; the node belongs to this context.
        unsafe { LLVMGlobalSetMetadata(self.0, module.metadata_kind(kind), module.empty_md_node().0) }
    }

    /// Whether a global carries metadata of `kind`.
    pub fn has_global_tag(self, module: &Module, kind: &str) -> bool {
        let kind = module.metadata_kind(kind);
        // SAFETY: a global; the entries are read and freed here.
        unsafe {
            let mut n = 0usize;
            let entries = LLVMGlobalCopyAllMetadata(self.0, &mut n);
            let found = (0..n as u32).any(|i| LLVMValueMetadataEntriesGetKind(entries, i) == kind);
            if !entries.is_null() {
                LLVMDisposeValueMetadataEntries(entries);
            }
            found
        }
    }

    /// The metadata node of `kind` on an instruction, as LLVM keeps it.
    pub fn metadata_node(self, kind: u32) -> Option<Attachment> {
        // SAFETY: an instruction.
        let md = unsafe { LLVMGetMetadata(self.0, kind) };
        (!md.is_null()).then_some(Attachment(md))
    }

    /// Removes metadata `kind` from an instruction.
    pub fn clear_metadata(self, kind: u32) {
        // SAFETY: an instruction; a null node removes the attachment.
        unsafe { LLVMSetMetadata(self.0, kind, std::ptr::null_mut()) }
    }

    /// Attaches a node obtained from [`Value::metadata_node`].
    pub fn set_metadata_node(self, kind: u32, node: Attachment) {
        // SAFETY: an instruction; the node belongs to this context.
        unsafe { LLVMSetMetadata(self.0, kind, node.0) }
    }

    /// Whether a call carries enum attribute `name` at `index`.
    pub fn has_call_attribute(self, index: u32, name: &str) -> bool {
        // SAFETY: a call; the kind is looked up by name.
        unsafe {
            let kind = LLVMGetEnumAttributeKindForName(name.as_ptr() as *const std::ffi::c_char, name.len());
            !LLVMGetCallSiteEnumAttribute(self.0, index, kind).is_null()
        }
    }

    /// Removes enum attribute `name` at `index` of a function, if present.
    pub fn remove_attribute(self, index: u32, name: &str) {
        // SAFETY: a function; the kind is looked up by name.
        unsafe {
            let kind = LLVMGetEnumAttributeKindForName(name.as_ptr() as *const std::ffi::c_char, name.len());
            LLVMRemoveEnumAttributeAtIndex(self.0, index, kind)
        }
    }

    /// Removes enum attribute `name` at `index` of a call, if present.
    pub fn remove_call_attribute(self, index: u32, name: &str) {
        // SAFETY: a call or invoke; the kind is looked up by name.
        unsafe {
            let kind = LLVMGetEnumAttributeKindForName(name.as_ptr() as *const std::ffi::c_char, name.len());
            LLVMRemoveCallSiteEnumAttribute(self.0, index, kind)
        }
    }

    pub fn add_attribute(self, index: u32, attribute: Attribute) {
        // SAFETY: a function.
        unsafe { LLVMAddAttributeAtIndex(self.0, index, attribute.0) }
    }

    pub fn add_call_attribute(self, index: u32, attribute: Attribute) {
        // SAFETY: a call or invoke.
        unsafe { LLVMAddCallSiteAttribute(self.0, index, attribute.0) }
    }

    pub fn has_string_attribute(self, key: &str) -> bool {
        // SAFETY: a function; the key is passed with its length.
        unsafe {
            !LLVMGetStringAttributeAtIndex(
                self.0,
                FUNCTION_INDEX,
                key.as_ptr() as *const std::ffi::c_char,
                key.len() as u32,
            )
            .is_null()
        }
    }

    pub fn append_block(self, module: &Module) -> Block {
        // SAFETY: a function of this module.
        Block(unsafe { LLVMAppendBasicBlockInContext(module.context(), self.0, NO_NAME) })
    }

    pub fn is_volatile_or_atomic(self) -> bool {
        // SAFETY: a load.
        unsafe { LLVMGetVolatile(self.0) != 0 || LLVMIsAtomic(self.0) != 0 }
    }

    pub fn is_thread_local(self) -> bool {
        // SAFETY: a global variable.
        unsafe { LLVMIsThreadLocal(self.0) != 0 }
    }
}
