//! Check mode (`-reltab-check`): a converted program that traps, with a
//! message naming reltab, when a vtable read was missed.
//!
//! Two mistakes are possible, and each gets its own net:
//!
//! * a *rewritten* read meets a vtable reltab did not convert. Every
//!   rewritten read (and every size/align read of the census) first calls
//!   `@reltab.check.vtable(vt, message, length)`, which compares the word at
//!   the address point with the *marker* — a function whose address only a
//!   checked table holds there (an absolute vtable holds its drop function or
//!   null), or whose code carries the magic of another binary's marker of
//!   the same form ([`define_marker`]) — and otherwise writes the message
//!   (function, offset, entry kind) to stderr and traps;
//! * a read reltab did *not* rewrite meets a converted vtable. The checked
//!   form of the layout (layout.rs) keeps the relative entries below the
//!   address point and fills the absolute positions with trap entries: the
//!   drop position holds the marker, a trap (on x86_64, a jump to one); each
//!   method slot a function that names the vtable, the slot and the method
//!   it stands for; each supertrait slot the *trap vtable*, whose every
//!   entry traps. Size and align stay valid: reading them needs no rewrite.
//!
//! Each layout has its checked form, and `-reltab-check` takes the checked
//! form of the layout the same build would ship, so that the reads a checked
//! program runs are the shipped one's: in the compact forms, the header's
//! tag and has-drop bit are decoded by the same code. Like the compact
//! layout, its checked form leaves absolute the tables that hold no pointer
//! (the relative one converts them too, so that every table a read may meet
//! has the marker): a header read is checked with `@reltab.check.header`,
//! which lets a null first word through as the decoders do.
//!
//! What check mode cannot catch: a size or align read reltab did not
//! rewrite, in a compact form. An integer read cannot trap, and the checked
//! form keeps the absolute size and align valid, so such a read gets the
//! right value in check mode where the shipped compact table would give it
//! a wrong one. The compact layout is taken only where every such read is
//! known (plan.rs, `compact_fits`: protection, the std's markers and the
//! layout audit), which is where that gap is closed.
//!
//! A program in which nothing was missed behaves as without check mode: the
//! checks pass and no trap entry is ever called. The messages go out with
//! `write(2, …)` (libc, linked into every Rust program for a hosted target;
//! declared weak where the module does not call it, for freestanding programs)
//! followed by `llvm.trap`.

use std::collections::HashMap;

use reltab_report::Form;

use crate::llvm::{BinaryOp, Builder, IntPredicate, Linkage, Module, Type, Value, FUNCTION_INDEX};

pub struct CheckRuntime<'m> {
    module: &'m Module,
    /// At the address point of every checked table.
    pub marker: Value,
    /// What the marker's code carries, by which a table checked by another
    /// binary is recognized (x86_64; see [`define_marker`]).
    magic: Option<u64>,
    /// What a checked table's supertrait slots point at.
    pub trap_vtable: Value,
    check: Value,
    /// The check of a header read, made on first use (compact forms).
    check_header: Option<Value>,
    fail: Value,
    /// What a read of the trap vtable reports, and the message it gives.
    supertrait_trap: Value,
    supertrait_message: [Value; 2],
    /// One function per message, so that repeated entries share it.
    traps: HashMap<String, Value>,
    messages: HashMap<String, Value>,
}

const MESSAGE_PREFIX: &str = "reltab check: ";

impl<'m> CheckRuntime<'m> {
    /// Defines the runtime's functions for the checked `form`; `max_slots`
    /// sizes the trap vtable.
    pub fn new(module: &'m Module, max_slots: usize, form: Form) -> CheckRuntime<'m> {
        let fail = define_fail(module);
        let mut runtime = CheckRuntime {
            module,
            marker: fail, // replaced below
            magic: None,
            trap_vtable: fail,
            check: fail,
            check_header: None,
            fail,
            supertrait_trap: fail,
            supertrait_message: [fail; 2],
            traps: HashMap::new(),
            messages: HashMap::new(),
        };
        let drop_trap =
            runtime.trap("a read that reltab did not rewrite took the drop entry of a converted vtable".into());
        (runtime.marker, runtime.magic) = define_marker(module, drop_trap, form);
        let supertrait_miss = "a read that reltab did not rewrite took a supertrait entry of a converted vtable";
        let supertrait = runtime.trap(supertrait_miss.into());
        runtime.trap_vtable = define_trap_vtable(module, supertrait, max_slots);
        let (message, length) = runtime.message(supertrait_miss);
        runtime.supertrait_trap = supertrait;
        runtime.supertrait_message = [message, length];
        runtime.check = define_check(module, runtime.marker, runtime.magic, supertrait, fail, [message, length], false);
        runtime
    }

    /// A function that reports `what` and traps (the same one for the same
    /// text).
    pub fn trap(&mut self, what: String) -> Value {
        if let Some(&f) = self.traps.get(&what) {
            return f;
        }
        let module = self.module;
        let (message, length) = self.message(&what);
        let f = module.add_function("reltab.check.missed", module.function_type(module.void_type(), &[]));
        f.set_linkage(Linkage::Private);
        for attr in ["noreturn", "cold", "noinline", "nounwind"] {
            f.add_attribute(FUNCTION_INDEX, module.enum_attribute(attr, 0));
        }
        let builder = Builder::new(module);
        builder.position_at_end(f.append_block(module));
        builder.call(self.fail, &[message, length]);
        builder.unreachable();
        self.traps.insert(what, f);
        f
    }

    /// Checks, before `before`, that `vtable` is a converted one; otherwise
    /// the program reports `what` and traps. A read of the compact header
    /// (`header_read`: drop, size or align in a compact form) also accepts a
    /// table that starts with a null pointer: the compact layout leaves the
    /// tables that hold no pointer absolute, and its header reads tell them
    /// apart by that null (compact_decode.rs). Any absolute table with a null
    /// drop reads right that way: its size and align are where the decoders
    /// read them, and its drop is null, while its slots are never read by a
    /// header read.
    pub fn check_before(&mut self, before: Value, vtable: Value, header_read: bool, what: String) {
        let (message, length) = self.message(&what);
        let check = if header_read {
            let (module, marker, magic, trap, fail, trap_message) =
                (self.module, self.marker, self.magic, self.supertrait_trap, self.fail, self.supertrait_message);
            *self
                .check_header
                .get_or_insert_with(|| define_check(module, marker, magic, trap, fail, trap_message, true))
        } else {
            self.check
        };
        let builder = Builder::new(self.module);
        builder.position_before(before);
        builder.call(check, &[vtable, message, length]);
    }

    fn message(&mut self, what: &str) -> (Value, Value) {
        let text = format!("{MESSAGE_PREFIX}{what}\n");
        let module = self.module;
        let global = *self.messages.entry(text.clone()).or_insert_with(|| module.add_string(text.as_bytes()));
        (global, module.const_int(module.word_type(), text.len() as u64))
    }
}

/// `void @reltab.check.fail(ptr msg, usize len)`: write(2, msg, len); trap.
/// A program that does not link the C library (a freestanding `no_std`
/// one) has no `write`: unless the module already calls it, it is declared
/// weak, and where it stays undefined the check traps without a message.
fn define_fail(module: &Module) -> Value {
    let (ptr, word) = (module.ptr_type(), module.word_type());
    let f = module.add_function("reltab.check.fail", module.function_type(module.void_type(), &[ptr, word]));
    f.set_linkage(Linkage::Private);
    for attr in ["noreturn", "cold", "noinline", "nounwind"] {
        f.add_attribute(FUNCTION_INDEX, module.enum_attribute(attr, 0));
    }
    let builder = Builder::new(module);
    builder.position_at_end(f.append_block(module));
    let write_type = module.function_type(word, &[module.i32_type(), ptr, word]);
    let params = f.params();
    let write_message = |write: Value| {
        builder.call_as(write_type, write, &[module.const_int(module.i32_type(), 2), params[0], params[1]]);
    };
    match module.named_function("write") {
        Some(write) => write_message(write),
        None => {
            let write = module.add_function("write", write_type);
            write.set_linkage(Linkage::ExternalWeak);
            let (message, trap) = (f.append_block(module), f.append_block(module));
            builder.cond_br(builder.icmp_eq(write, module.const_null_ptr()), trap, message);
            builder.position_at_end(message);
            write_message(write);
            builder.br(trap);
            builder.position_at_end(trap);
        }
    }
    builder.call(module.intrinsic("llvm.trap", &[]), &[]);
    builder.unreachable();
    f
}

/// The revision of the checked forms' layout, in the marker's magic: two
/// binaries accept each other's checked tables only when it is the same.
/// Raise it with any change to the layouts.
const CHECKED_LAYOUT_REVISION: u8 = 1;

/// The marker at the address point of every checked table, and the magic
/// its code carries where the target has one.
///
/// A checked binary knows its own marker by its address. Two binaries both
/// in check mode (a library and its host, both built with
/// `-reltab-trust-boundary -reltab-check`) must also accept each other's
/// tables, and the other binary's marker is another address. So on x86_64
/// the marker is a naked function whose code starts with a short jump over
/// eight bytes of magic (`reltab`, the form's letter and
/// [`CHECKED_LAYOUT_REVISION`]), then jumps to the drop entry's trap: called
/// by a read that was not rewritten, it still traps with its message, and a
/// check that meets another binary's marker finds the magic two bytes into
/// its code (six, after an `endbr64`). Elsewhere the marker is the trap
/// itself, and only the binary's own tables pass its checks.
///
/// Why accepting such a table is right: a table whose first word is a
/// marker with this magic was laid out by reltab in this same form and
/// revision, so this binary's rewritten reads read it as its own. Any other
/// table's first word is null or a function that is no marker, whose code
/// does not spell `reltab` and the form's letter at those two places; and a
/// table of another form or revision fails the check, with its message.
fn define_marker(module: &Module, drop_trap: Value, form: Form) -> (Value, Option<u64>) {
    if !module.target_triple().starts_with("x86_64") {
        return (drop_trap, None);
    }
    let letter = if form == Form::CheckedCompact { b'C' } else { b'R' };
    let magic = u64::from_le_bytes([b'r', b'e', b'l', b't', b'a', b'b', letter, CHECKED_LAYOUT_REVISION]);
    let no_args = module.function_type(module.void_type(), &[]);
    let marker = module.add_function("reltab.check.marker", no_args);
    marker.set_linkage(Linkage::Private);
    for attr in ["naked", "noreturn", "noinline", "nounwind"] {
        marker.add_attribute(FUNCTION_INDEX, module.enum_attribute(attr, 0));
    }
    let builder = Builder::new(module);
    builder.position_at_end(marker.append_block(module));
    let asm_type = module.function_type(module.void_type(), &[module.ptr_type()]);
    let code = format!("jmp 1f\n.quad {magic:#x}\n1: jmp ${{0:c}}");
    builder.call_as(asm_type, module.inline_asm(asm_type, &code, "s"), &[drop_trap]);
    builder.unreachable();
    (marker, Some(magic))
}

/// `void @reltab.check.vtable(ptr vt, ptr msg, usize len)`: fails unless the
/// word at `vt` is the marker, or another binary's marker of the same form
/// (`magic`, see [`define_marker`]); when `vt` is the trap vtable, the
/// mistake was an earlier supertrait read, and the message says so. With
/// `or_null_first_word`, `@reltab.check.header`, which also lets a table
/// through whose first word is null (see [`CheckRuntime::check_before`]).
fn define_check(
    module: &Module,
    marker: Value,
    magic: Option<u64>,
    supertrait: Value,
    fail: Value,
    supertrait_message: [Value; 2],
    or_null_first_word: bool,
) -> Value {
    let (ptr, word) = (module.ptr_type(), module.word_type());
    let name = if or_null_first_word { "reltab.check.header" } else { "reltab.check.vtable" };
    let f = module.add_function(name, module.function_type(module.void_type(), &[ptr, ptr, word]));
    f.set_linkage(Linkage::Private);
    f.add_attribute(FUNCTION_INDEX, module.enum_attribute("nounwind", 0));
    let [entry, ok, bad, bad_here, bad_before] = [(); 5].map(|_| f.append_block(module));
    let params = f.params();
    let builder = Builder::new(module);
    builder.position_at_end(entry);
    let first_word = builder.load(ptr, params[0]);
    first_word.set_alignment(module.pointer_size() as u32);
    let is_converted = builder.icmp_eq(first_word, marker);
    let passes = if or_null_first_word {
        let is_null = builder.icmp_eq(first_word, module.const_null_ptr());
        builder.binop(BinaryOp::Or, is_converted, is_null)
    } else {
        is_converted
    };
    builder.cond_br(passes, ok, bad);
    builder.position_at_end(ok);
    builder.ret_void();
    builder.position_at_end(bad);
    let is_trap_vtable = builder.icmp_eq(first_word, supertrait);
    match magic {
        Some(magic) => {
            // Another binary's marker: its code carries the magic.
            let [probe, read] = [(); 2].map(|_| f.append_block(module));
            builder.cond_br(is_trap_vtable, bad_before, probe);
            builder.position_at_end(probe);
            let non_null = builder.icmp(IntPredicate::Ne, first_word, module.const_null_ptr());
            builder.cond_br(non_null, read, bad_here);
            builder.position_at_end(read);
            let word = module.i64_type();
            let carries = [2, 6].map(|at| {
                let bytes = builder.load(word, builder.byte_gep_wrapping(module, first_word, at));
                bytes.set_alignment(1);
                builder.icmp_eq(bytes, module.const_int(word, magic))
            });
            builder.cond_br(builder.binop(BinaryOp::Or, carries[0], carries[1]), ok, bad_here);
        }
        None => builder.cond_br(is_trap_vtable, bad_before, bad_here),
    }
    builder.position_at_end(bad_before);
    builder.call(fail, &supertrait_message);
    builder.unreachable();
    builder.position_at_end(bad_here);
    builder.call(fail, &[params[1], params[2]]);
    builder.unreachable();
    f
}

/// `<{ ptr trap, usize 0, usize 1, ptr trap × max_slots }>`: every read of it
/// traps, and a rewritten read fails its check (its first word is not the
/// marker).
fn define_trap_vtable(module: &Module, trap: Value, max_slots: usize) -> Value {
    let (ptr, word) = (module.ptr_type(), module.word_type());
    let mut fields: Vec<Type> = vec![ptr, word, word];
    let mut init = vec![trap, module.const_int(word, 0), module.const_int(word, 1)];
    fields.extend(std::iter::repeat_n(ptr, max_slots));
    init.extend(std::iter::repeat_n(trap, max_slots));
    let g = module.add_global(module.packed_struct_type(&fields), "reltab.check.trap_vtable");
    g.set_initializer(module.const_packed_struct(&init));
    g.set_linkage(Linkage::Private);
    g.set_constant();
    g.set_alignment(module.pointer_size() as u32);
    g
}
