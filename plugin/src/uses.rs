//! How a vtable global is used.
//!
//! rustc uses a vtable only as the metadata half of wide pointers (stored,
//! passed, returned, merged, compared, put in constant wide pointers or in
//! another vtable's supertrait slot) and reads it only through vtable loads:
//! a pointer at offset 0 or at 24 + 8k, a word at 8 or 16 (with 4-byte
//! words: 12 + 4k, 4 and 8; layout.rs). Any other use —
//! a `memcpy` out of it, `ptrtoint`, a load of some other width or offset —
//! is how data is used, and a global used so is not a vtable, whatever its
//! shape (recognize.rs demotes it to a near miss).

use std::collections::HashSet;

use crate::ir::{base_and_offset, params_given, word_uses};
use crate::layout::{Abi, Entry};
use crate::live::Live;
use crate::llvm::{Kind, Module, Opcode, Value};

pub use reltab_report::UseKind;

/// Every use of `global` by code or data that can run (live.rs), classified;
/// `NotUnderstood` ones carry a description.
pub fn uses_of(module: &Module, live: &Live, global: Value) -> Vec<(UseKind, String)> {
    global.users().filter(|user| live.user_is_live(*user)).map(|user| classify_use(module, global, user)).collect()
}

fn classify_use(module: &Module, global: Value, user: Value) -> (UseKind, String) {
    let ok = |k: UseKind| (k, String::new());
    let not_understood = |what: String| (UseKind::NotUnderstood, what);
    match user.kind() {
        Kind::ConstantStruct | Kind::ConstantArray => ok(UseKind::InConstant),
        // A static holding just the vtable pointer: GlobalOpt splits a static
        // wide pointer (`static LOGGER: &dyn Log`) into one global per field.
        Kind::GlobalVariable if user.initializer() == Some(global) => ok(UseKind::InConstant),
        Kind::ConstantExpr if user.opcode() == Some(Opcode::GetElementPtr) => {
            match entry_address_use(module, global, user) {
                Ok(kind) => ok(kind),
                Err(why) => not_understood(why),
            }
        }
        // SROA keeps a wide pointer's halves as integers:
        // `store i64 ptrtoint (ptr @vt to i64)`, or a phi of such words that
        // `inttoptr` makes a pointer again. Stored whole, it is still a
        // pointer in memory; made a pointer again, it is the vtable pointer
        // (the census follows it there, ir::word_uses); any other use of the
        // integer is arithmetic.
        Kind::ConstantExpr | Kind::Instruction if user.opcode() == Some(Opcode::PtrToInt) => {
            match word_use(module, user, &mut HashSet::new()) {
                Ok(kind) => ok(kind),
                Err(why) => not_understood(why),
            }
        }
        Kind::ConstantExpr => not_understood(format!("constant expression {:?}", user.const_opcode())),
        Kind::Instruction => match pointer_use(module, global, user, &mut HashSet::new()) {
            Ok(kind) => ok(kind),
            Err(why) => not_understood(why),
        },
        k => not_understood(format!("{k:?}")),
    }
}

/// How an instruction uses `value`, a pointer to the start of a vtable (the
/// global itself, or a parameter it is passed to). A pointer passed to a
/// defined function is judged by what that function does with it, so data
/// passed around and read as data is caught; `seen` stops recursion.
fn pointer_use(module: &Module, value: Value, user: Value, seen: &mut HashSet<Value>) -> Result<UseKind, String> {
    let function = || user.parent_function().name().unwrap_or_else(|| "<unnamed function>".to_string());
    match user.opcode().unwrap() {
        Opcode::Store if user.operand(0) == value && user.operand(1) != value => Ok(UseKind::Stored),
        Opcode::Load => match bad_load(Abi::of(module), user, 0) {
            None => Ok(UseKind::Loaded),
            Some(why) => Err(format!("{why} in {}", function())),
        },
        Opcode::GetElementPtr => {
            entry_address_use(module, value, user).map_err(|why| format!("{why} in {}", function()))
        }
        Opcode::Call | Opcode::Invoke => {
            let callee = user.called_value();
            if callee == value || is_intrinsic(callee) {
                return Err(format!("call of {} in {}", callee.name().as_deref().unwrap_or("?"), function()));
            }
            for param in params_given(user, value) {
                if seen.insert(param) {
                    for param_user in param.users() {
                        pointer_use(module, param, param_user, seen)?;
                    }
                }
            }
            Ok(UseKind::CallArgument)
        }
        Opcode::Phi | Opcode::Select => Ok(UseKind::Merged),
        Opcode::ICmp => Ok(UseKind::Compared),
        Opcode::InsertValue => Ok(UseKind::WidePointer),
        Opcode::Ret => Ok(UseKind::Returned),
        Opcode::PtrToInt => word_use(module, user, seen),
        op => Err(format!("{op:?} in {}", function())),
    }
}

/// How a vtable pointer turned into a word is used: stored whole, or merged
/// with other words and made a pointer again, which is then judged as the
/// pointer itself is.
fn word_use(module: &Module, ptrtoint: Value, seen: &mut HashSet<Value>) -> Result<UseKind, String> {
    let uses = word_uses(ptrtoint, Abi::of(module).word_bits());
    if let Some(other) = uses.other {
        let ir: String = other.to_ir().chars().take(80).collect();
        return Err(format!("ptrtoint, and the word used other than as a whole pointer: `{ir}`"));
    }
    for pointer in uses.round_trips {
        if seen.insert(pointer) {
            for user in pointer.users() {
                pointer_use(module, pointer, user, seen)?;
            }
        }
    }
    Ok(if uses.stored { UseKind::Stored } else { UseKind::Merged })
}

/// Whether a load reads only bytes of size and align (8..24, with 4-byte
/// words 4..12) without being
/// the size or align entry: both forms of the relative layout keep those
/// bytes in place, so it reads the same in both. (rustc makes such loads for
/// an enum whose niche shares the place of a vtable pointer, on the path where
/// the word is not one.) The census accepts them from vtable pointers; a
/// global read that way is still data here (a look-alike's field).
pub fn reads_only_size_and_align(module: &Module, load: Value, offset: u64) -> bool {
    let abi = Abi::of(module);
    load.opcode() == Some(Opcode::Load)
        && offset >= abi.absolute_offset(Entry::Size)
        && offset + module.store_size(load.ty()) <= abi.header()
}

fn bad_load(abi: Abi, load: Value, offset: u64) -> Option<String> {
    let ty = load.ty();
    abi.entry_read(offset, ty.is_pointer(), ty.int_width())
        .is_none()
        .then(|| format!("a load at offset {offset} of a type no vtable entry has there"))
}

/// A getelementptr into the table at `base` (the vtable global, or a
/// parameter it is passed to): every user must read an entry there, and a
/// read straight from the global must stay inside it.
fn entry_address_use(module: &Module, base: Value, gep: Value) -> Result<UseKind, String> {
    let Some((_, offset)) = base_and_offset(module, gep).filter(|(b, _)| *b == base) else {
        return Err("getelementptr with a non-constant offset".into());
    };
    if let Some(size) = base.initializer().map(|init| module.alloc_size(init.ty())) {
        if offset >= size {
            return Err(format!("a read at offset {offset}, past the end of the {size}-byte table"));
        }
    }
    match bad_address_use(Abi::of(module), gep, offset) {
        None => Ok(UseKind::Loaded),
        Some(why) => Err(why),
    }
}

fn bad_address_use(abi: Abi, address: Value, offset: u64) -> Option<String> {
    for user in address.users() {
        if user.opcode() == Some(Opcode::Load) && user.operand(0) == address {
            if let Some(why) = bad_load(abi, user, offset) {
                return Some(why);
            }
        } else if user.kind() == Kind::ConstantExpr && user.opcode() == Some(Opcode::GetElementPtr) {
            // Nested constant GEPs are judged from their own base.
            continue;
        } else {
            return Some(format!("the address of offset {offset} is used other than by a load"));
        }
    }
    None
}

/// `llvm.memcpy` and friends read a vtable as bytes.
fn is_intrinsic(callee: Value) -> bool {
    callee.kind() == Kind::Function && callee.intrinsic_id() != 0
}
