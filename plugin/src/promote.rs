//! Handing an internal function the vtable entries it reads instead of the
//! vtable pointer, so that LLVM's argument promotion can do for a converted
//! program what it does for a stock one (after rewrite_loads.rs).
//!
//! LLVM's argument promotion (in the fat-LTO pipeline, after the inliner)
//! turns a pointer parameter that a function only loads from into the values
//! loaded, loaded by the callers. For `fn choice(raw: &dyn RawStream)`,
//! which only calls `raw.is_terminal()`, stock LLVM passes the method, not
//! the vtable: a caller that passes a constant vtable then passes a constant
//! function, the vtable is no longer used there, and once it is used nowhere
//! it dies with its other methods (and their panic locations, which hold
//! relocations). A relative read (`llvm.load.relative`, or a compact
//! decoder) is no load to argument promotion, so in a converted program the
//! parameter stays a vtable pointer and those vtables stay alive.
//!
//! So, for a parameter `P` of a function `F` such that
//!
//! * `F` is local, not variadic, and every use of `F` is the callee of a
//!   call or invoke (no `musttail` call), so every caller is seen;
//! * rustc marked `P` `dereferenceable` (the vtable of a `&dyn` or `Box<dyn>`
//!   argument is valid at every call, whether `F` reads it or not);
//! * every use of `P` is a rewritten read of the census: `load.relative(P,
//!   K)` with a constant `K`, or a call of a compact decoder on `P`; and
//!   there are at most [`MAX_ENTRIES`] of them that differ (what argument
//!   promotion in the LTO pipeline takes);
//!
//! each call site does the reads on its argument, stores the values in a
//! stack slot of its own (one word each), and passes the slot in place of
//! the vtable; `F` loads the values from `P` where it read them. `P` gets
//! `noalias` and `dereferenceable`, and argument promotion then passes the
//! values themselves; SROA removes the slot, and a read of a constant table
//! folds to its function (InstSimplify's relative-load folding).
//!
//! Why it is sound:
//!
//! * `F` gets the values it read before: each was read from the same vtable
//!   at the same entry, at the call instead of in `F`, and a vtable is
//!   constant, so when it is read does not matter;
//! * reading at the call reads where `F` may not have read: it is safe
//!   because the argument is a valid vtable at every call (rustc's
//!   `dereferenceable`), and each read is one the census found in `F` for
//!   that parameter: an entry that every vtable the parameter can hold has;
//! * nothing else reads or writes the slot: it is the caller's own, and
//!   `P`, its only way into `F`, is used by the loads alone (not stored,
//!   passed on or compared), so `noalias` holds.
//! * what LLVM believes of `F`'s memory stays true: `F` read `P` before, by
//!   a load (precompiled std) or a protection function (`memory(argmem:
//!   read)`), so its inferred memory effects already include reading
//!   argument memory, and the slot is argument memory;
//! * the call loses its `tail` marker, if it had one: `tail` says that the
//!   callee reads none of the caller's allocas (LangRef), which was true of
//!   a vtable argument and is false of the slot. With the marker, dead-store
//!   elimination removes the stores into the slot as unread, and `F` calls
//!   whatever the stack held (measured: std's `rust_panic` tail-calls
//!   `__rust_start_panic`, and every panic jumped to a stale word).

use std::collections::HashSet;

use crate::census::Census;
use crate::host::RunRequest;
use crate::llvm::{Builder, Kind, Module, Opcode, Value};

/// Argument promotion's limit in the LTO pipeline: a parameter read at
/// more entries stays a pointer (`ArgumentPromotionPass`'s `MaxElements`).
pub const MAX_ENTRIES: usize = 2;

/// The parameters of the census that rustc marked `dereferenceable`: a
/// valid vtable at every call. Taken before the rewrite drops the attribute
/// (rewrite_tables.rs, `forget_absolute_sizes`).
pub fn valid_at_every_call(census: &Census) -> HashSet<Value> {
    census
        .vtable_values
        .iter()
        .copied()
        .filter(|v| v.kind() == Kind::Argument)
        .filter(|v| {
            let (f, position) = v.argument_position();
            f.has_attribute(position + 1, "dereferenceable")
        })
        .collect()
}

/// What one read of the parameter computes: the function it calls
/// (`load.relative` or a decoder) and the offset operand, if any.
type ReadKey = (Value, Option<Value>);

/// Hands every candidate parameter its entries instead of its vtable;
/// returns how many parameters.
pub fn promote(module: &Module, valid: &HashSet<Value>) -> usize {
    let mut promoted = 0;
    // Only functions with a valid vtable parameter are asked whether they
    // are candidates (the question looks at every call of them).
    let owners: HashSet<Value> =
        valid.iter().filter(|v| v.kind() == Kind::Argument).map(|p| p.argument_position().0).collect();
    let functions: Vec<Value> =
        module.functions().filter(|f| owners.contains(f) && is_candidate_function(*f)).collect();
    for f in functions {
        for (position, p) in f.params().into_iter().enumerate() {
            if !valid.contains(&p) {
                continue;
            }
            // The rewrite leaves the old reads' address computations, dead.
            let dead: Vec<Value> =
                p.users().filter(|u| u.opcode() == Some(Opcode::GetElementPtr) && !u.has_users()).collect();
            for gep in dead {
                gep.erase_instruction();
            }
            let Some(mut reads) = reads_of(p) else { continue };
            // In the function's order, so that the slot's words are too.
            let order: std::collections::HashMap<Value, usize> = f.instructions().zip(0..).collect();
            reads.sort_by_key(|r| order[r]);
            let mut keys: Vec<ReadKey> = Vec::new();
            for r in &reads {
                let key = read_key(*r);
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
            if keys.is_empty() || keys.len() > MAX_ENTRIES {
                continue;
            }
            hand_entries(module, f, position as u32, p, &reads, &keys);
            promoted += 1;
        }
    }
    promoted
}

/// Local, not variadic, and called directly everywhere it is used.
fn is_candidate_function(f: Value) -> bool {
    !f.is_declaration()
        && f.is_local_linkage()
        && !f.value_type().is_var_arg()
        && f.users().all(|u| {
            u.is_direct_call_to(f)
                && u.operands().filter(|o| *o == f).count() == 1
                && !(u.opcode() == Some(Opcode::Call) && u.is_musttail())
        })
}

/// The reads of `p`, when every use of it is one.
fn reads_of(p: Value) -> Option<Vec<Value>> {
    let mut reads = Vec::new();
    for u in p.users() {
        if u.opcode() != Some(Opcode::Call) || u.operand(0) != p {
            return None;
        }
        let callee = u.called_value();
        let name = callee.name().unwrap_or_default();
        let is_read = match u.num_call_args() {
            // load.relative(P, K): P once, K a constant.
            2 => name.starts_with("llvm.load.relative.") && u.operand(1).is_constant(),
            // A decoder of the compact header (compact_decode.rs).
            1 => name.starts_with("reltab.compact.") && callee.is_local_linkage(),
            _ => false,
        };
        if !is_read {
            return None;
        }
        reads.push(u);
    }
    Some(reads)
}

fn read_key(read: Value) -> ReadKey {
    (read.called_value(), (read.num_call_args() == 2).then(|| read.operand(1)))
}

/// The reads of `keys`, made on `vtable` by `builder` where it stands.
fn make_reads(builder: &Builder, vtable: Value, keys: &[ReadKey]) -> Vec<Value> {
    keys.iter()
        .map(|(callee, offset)| match offset {
            Some(k) => builder.call(*callee, &[vtable, *k]),
            None => builder.call(*callee, &[vtable]),
        })
        .collect()
}

fn hand_entries(module: &Module, f: Value, position: u32, p: Value, reads: &[Value], keys: &[ReadKey]) {
    let word = module.pointer_size();
    let builder = Builder::new(module);
    let calls: Vec<Value> = f.users().collect();
    for call in calls {
        let caller = call.parent_function();
        let first = caller.entry_block().instructions().next().expect("a defined function has an entry");
        builder.position_before(first);
        let slot = builder.alloca_bytes(module, word * keys.len() as u64, word as u32);
        builder.position_before(call);
        let vtable = call.operand(position);
        for (j, value) in make_reads(&builder, vtable, keys).into_iter().enumerate() {
            let at = if j == 0 { slot } else { builder.byte_gep(module, slot, word * j as u64) };
            builder.store(value, at).set_alignment(word as u32);
        }
        call.set_operand(position, slot);
        if call.opcode() == Some(Opcode::Call) {
            call.clear_tail_marker();
        }
    }
    for read in reads {
        let j = keys.iter().position(|k| *k == read_key(*read)).expect("every read has its key");
        builder.position_before(*read);
        let at = if j == 0 { p } else { builder.byte_gep(module, p, word * j as u64) };
        let value = builder.load(read.ty(), at);
        value.set_alignment(word as u32);
        read.replace_all_uses_with(value);
        read.erase_instruction();
    }
    let index = position + 1;
    f.add_attribute(index, module.enum_attribute("noalias", 0));
    f.add_attribute(index, module.enum_attribute("dereferenceable", word * keys.len() as u64));
}

/// Says what [`promote`] did, as a remark.
pub fn remark(host: &RunRequest, promoted: usize) {
    if promoted > 0 {
        host.diagnose(
            crate::host::Severity::Remark,
            None,
            "Promoted",
            &format!(
                "handed {promoted} parameters of local functions the vtable entries they read instead of the vtable \
                 (for LLVM's argument promotion)"
            ),
        );
    }
}
