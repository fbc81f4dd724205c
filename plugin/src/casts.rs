//! The program's own casts between addresses and words, recorded at the
//! start of each crate's pipeline for the boundary analysis at fat LTO.
//!
//! A trait object can cross the module's boundary as a *word*: a library
//! keeps `Box::into_raw(b) as usize` in a table and hands the word out as a
//! handle, or keeps a word a host gave it and later reads a vtable through
//! `word as *const Box<dyn Trait>`. The boundary analysis (boundary.rs)
//! follows pointers through memory, but not words kept in memory: which word
//! a load of one reads needs offsets within objects and paths (a
//! `Result<i64, Box<dyn Any>>` keeps its `i64` where its `Err` keeps the
//! vtable pointer, and one load reads both). What it can know is whether
//! such a word *can* be an address, by the rules of provenance:
//!
//! * code outside can use a word it gets as an address only if the module
//!   made the word from one with a cast that exposes it (`p as usize`,
//!   `expose_provenance`: a `ptrtoint`) and let it go (stored, passed,
//!   returned) as it is, or moved by offsets and tags (add, subtract, and,
//!   or, xor). A word read from memory where a pointer was stored, without
//!   a cast, carries no provenance: a pointer made of it reads nothing
//!   (undefined behaviour), as a `transmute` of an integer into a pointer
//!   does not. A shift, a product, a quotient or the difference of two
//!   addresses is not followed: it is no address until something undoes
//!   it, which no known library does with a handle (stated in
//!   docs/design.md);
//! * the module can read a vtable through a word from outside only if it
//!   makes a pointer of the word with a cast (`word as *const T`,
//!   `with_exposed_provenance`: an `inttoptr` of a word that is not a
//!   constant).
//!
//! The optimizer makes casts of its own (SROA and GVN turn a pointer stored
//! and read back as an integer, or two loads of one place, into casts of the
//! same bits), so the casts of an optimized module do not say which ones the
//! program wrote. At the start of a crate's pipeline they do: rustc emits a
//! cast only where the source has one (MIR inlining has already put the
//! casts of `#[inline]` functions, such as `ptr::addr`, into their callers)
//! or where its C ABI passes a struct of pointers as integers (`hsearch_r`'s
//! `ENTRY` as `{i64, i64}`), which is recorded too: more records refuse
//! more, never less.
//! [`record`] runs there, before the crate's optimization, and writes what it
//! finds into the named metadata `!reltab.casts`, which the linker appends
//! across modules, so that fat LTO sees every crate's. Every function of the
//! crate gets [`CASTS_RECORDED_ATTRIBUTE`], so that fat LTO can tell a crate
//! whose casts were recorded from one that was not (compiled without
//! reltab, or with an earlier reltab): the casts of such code are taken as
//! its own, whatever made them ([`SourceCasts::of`]).
//!
//! The precompiled std is not recorded. Its casts are its own tags and
//! alignments: std hands its callers addresses as pointers, never as words,
//! and makes no pointer of a word its caller chose; its functions that do
//! (`ptr::addr`, `expose_provenance`, `with_exposed_provenance`) are
//! `#[inline]`, compiled into the crate that calls them, and recorded there.
//! The two generic functions of `alloc` that make the dangling pointer of
//! an empty allocation from its alignment are not recorded
//! (`sysroot::ALIGNMENT_POINTERS`): nothing is read through such a pointer.

use std::collections::HashSet;

use crate::ir::{demangle, rustc_name, walk};
use crate::live::Live;
use crate::llvm::{Kind, Module, Opcode, Value, FUNCTION_INDEX};
use crate::protect::protection_function;
use crate::provenance::{function_origin, Origin};
use crate::sysroot::ALIGNMENT_POINTERS;

/// Put on every function of a crate whose casts were recorded.
pub const CASTS_RECORDED_ATTRIBUTE: &str = "reltab-casts-recorded";
/// The named metadata of the records: nodes `!{kind, function symbol}`.
const CASTS_METADATA: &str = "reltab.casts";
/// A function that makes a pointer of a word.
const POINTER_FROM_WORD: &str = "pointer-from-word";
/// A function that makes a word of an address and lets it go.
const ADDRESS_WORD_LEAVES: &str = "address-word-leaves";

/// Records the casts of a crate's module, before its optimization. Returns
/// how many functions have one.
pub fn record(module: &Module) -> usize {
    let recorded = module.string_attribute(CASTS_RECORDED_ATTRIBUTE, "");
    let mut records = Vec::new();
    for f in module.functions().filter(|f| !f.is_declaration() && protection_function(*f).is_none()) {
        f.add_attribute(FUNCTION_INDEX, recorded);
        let Some(symbol) = f.name() else { continue };
        let (pointer_from_word, address_word_leaves) = casts_in(f);
        if pointer_from_word && !is_alignment_pointer(&symbol) {
            records.push((POINTER_FROM_WORD, symbol.clone()));
        }
        if address_word_leaves {
            records.push((ADDRESS_WORD_LEAVES, symbol));
        }
    }
    for (kind, symbol) in &records {
        module.add_named_metadata_strings(CASTS_METADATA, &[kind, symbol]);
    }
    records.iter().map(|(_, s)| s).collect::<HashSet<_>>().len()
}

/// Whether `f` makes a pointer of a word (a cast of a word that is not a
/// constant), and whether it makes a word of an address that leaves it.
fn casts_in(f: Value) -> (bool, bool) {
    let mut pointer_from_word = false;
    let mut address_word_leaves = false;
    for inst in f.instructions() {
        match inst.opcode() {
            Some(Opcode::IntToPtr) if !inst.operand(0).is_constant() => pointer_from_word = true,
            Some(Opcode::PtrToInt | Opcode::PtrToAddr) => address_word_leaves |= leaves(inst),
            // A constant cast of an address (`&STATIC as *const _ as
            // usize` is folded into one): its user is where it goes.
            _ if inst.operands().any(holds_address_cast) => {
                address_word_leaves |= leaves_through(inst, &mut HashSet::new());
            }
            _ => {}
        }
    }
    (pointer_from_word, address_word_leaves)
}

/// Whether constant `c` is, or is built of, a cast of an address to a word.
fn holds_address_cast(c: Value) -> bool {
    c.kind() == Kind::ConstantExpr
        && (matches!(c.const_opcode(), Opcode::PtrToInt | Opcode::PtrToAddr) || c.operands().any(holds_address_cast))
}

/// Whether the word `cast` made of an address leaves its function: stored,
/// passed to a call, returned, as it is or moved by offsets and tags.
fn leaves(cast: Value) -> bool {
    let mut seen = HashSet::new();
    cast.users().any(|u| leaves_through(u, &mut seen))
}

/// Whether an address word, used by `user`, leaves through it.
fn leaves_through(user: Value, seen: &mut HashSet<Value>) -> bool {
    if user.kind() != Kind::Instruction || !seen.insert(user) {
        return false;
    }
    let onward = |seen: &mut HashSet<Value>| user.users().any(|u| leaves_through(u, seen));
    match user.opcode() {
        Some(Opcode::Store | Opcode::AtomicRMW | Opcode::AtomicCmpXchg | Opcode::Ret) => true,
        Some(Opcode::Call | Opcode::Invoke) => {
            let callee = user.called_value();
            // An intrinsic computes (`llvm.uadd.with.overflow`, `llvm.umax`)
            // or marks (`llvm.assume`); its result goes on. Any other call
            // receives the word.
            if callee.kind() == Kind::Function && callee.name_starts_with("llvm.") {
                onward(seen)
            } else {
                true
            }
        }
        // Offsets and tags keep an address an address; so do moves between
        // values, widths and aggregates.
        Some(
            Opcode::Add
            | Opcode::And
            | Opcode::Or
            | Opcode::Xor
            | Opcode::Phi
            | Opcode::Select
            | Opcode::Freeze
            | Opcode::ZExt
            | Opcode::SExt
            | Opcode::Trunc
            | Opcode::BitCast
            | Opcode::InsertValue
            | Opcode::ExtractValue
            | Opcode::InsertElement
            | Opcode::ExtractElement
            | Opcode::ShuffleVector,
        ) => onward(seen),
        // An address minus an offset is an address; the difference of two
        // addresses is a length.
        Some(Opcode::Sub) if !is_address_word(user.operand(1)) => onward(seen),
        // Compared, branched on, made a pointer again (`inttoptr`), shifted,
        // multiplied, divided, a difference: no address leaves.
        _ => false,
    }
}

/// Whether `v` is a word made of an address here (a cast, moved by offsets
/// and tags).
fn is_address_word(v: Value) -> bool {
    let mut found = false;
    walk([v], |x, work| match x.opcode() {
        Some(Opcode::PtrToInt | Opcode::PtrToAddr) => found = true,
        Some(Opcode::Add | Opcode::Sub | Opcode::And | Opcode::Or | Opcode::Xor | Opcode::ZExt | Opcode::Trunc) => {
            work.extend(x.operands())
        }
        Some(Opcode::Phi) => work.extend(x.incoming()),
        Some(Opcode::Select) => work.extend([x.operand(1), x.operand(2)]),
        _ => found |= holds_address_cast(x),
    });
    found
}

/// Whether `symbol` is one of alloc's functions that make an empty
/// allocation's dangling pointer from its alignment.
fn is_alignment_pointer(symbol: &str) -> bool {
    let name = demangle(symbol);
    ALIGNMENT_POINTERS.iter().any(|a| name == *a || name.strip_prefix(a).is_some_and(|rest| rest.starts_with("::<")))
}

/// The casts of the module at fat LTO, by function, in Rust terms: those
/// recorded at the start of the crates' pipelines, and those of live code
/// whose casts were not recorded (a crate compiled without reltab).
#[derive(Debug, Default)]
pub struct SourceCasts {
    /// Functions that make a pointer of a word.
    pub pointers_from_words: Vec<String>,
    /// Functions that make a word of an address and let it go.
    pub address_words_leave: Vec<String>,
}

impl SourceCasts {
    pub fn of(module: &Module, live: &Live) -> SourceCasts {
        let mut casts = SourceCasts::default();
        for node in module.named_metadata_strings(CASTS_METADATA) {
            let [kind, symbol] = node.as_slice() else { continue };
            let list = match kind.as_str() {
                POINTER_FROM_WORD => &mut casts.pointers_from_words,
                ADDRESS_WORD_LEAVES => &mut casts.address_words_leave,
                _ => continue,
            };
            list.push(demangle(symbol));
        }
        // Code whose casts were not recorded: the optimizer's casts cannot
        // be told from the program's there, so each counts. (Not std's:
        // see the header.)
        let unrecorded = module.functions().filter(|f| {
            !f.is_declaration()
                && live.contains(*f)
                && !f.has_string_attribute(CASTS_RECORDED_ATTRIBUTE)
                && protection_function(*f).is_none()
                && function_origin(*f) != Origin::Sysroot
        });
        for f in unrecorded {
            let (pointer_from_word, address_word_leaves) = casts_in(f);
            if pointer_from_word {
                casts.pointers_from_words.push(rustc_name(f));
            }
            if address_word_leaves {
                casts.address_words_leave.push(rustc_name(f));
            }
        }
        for list in [&mut casts.pointers_from_words, &mut casts.address_words_leave] {
            let mut seen = HashSet::new();
            list.retain(|name| seen.insert(name.clone()));
        }
        casts
    }
}

#[cfg(test)]
mod tests {
    use super::is_alignment_pointer;

    #[test]
    fn allocs_alignment_pointers_are_told_by_their_names() {
        // Symbols of nightly 1.97's alloc, as instantiated in a crate.
        assert!(is_alignment_pointer("_RNvMNtCsbEht8wFNRx7_5alloc5allocNtB2_6Global18alloc_impl_runtime"));
        assert!(is_alignment_pointer(
            "_RNvMs4_NtCsbEht8wFNRx7_5alloc7raw_vecNtB5_11RawVecInner15try_allocate_inCs1yKtlhRo6Qf_5casts"
        ));
        assert!(!is_alignment_pointer("_RNvCs1yKtlhRo6Qf_5casts9from_word"));
        assert!(!is_alignment_pointer("_RNvMNtCsbEht8wFNRx7_5alloc5allocNtB2_6Global18alloc_impl_runtime_other"));
    }
}
