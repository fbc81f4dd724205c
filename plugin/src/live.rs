//! What of the module can run: the functions and globals reachable from its
//! roots. It reads the module and changes nothing.
//!
//! At the start of rustc's fat-LTO pipeline, where the pass runs, the
//! module holds every function of every crate linked in, core's and std's
//! included, whether the program uses it or not: LTO's own GlobalDCE removes
//! the dead ones later. Dead code is still code the analyses read, and it
//! reads vtables in ways no live code does — core's
//! `<core::error::Source as Iterator>::next` reads a method slot past the
//! end of every vtable of a small program, `DebugMap::key` calls through a
//! parameter no live caller fills. Code that cannot run cannot miscompile,
//! so the analyses look at live code only.
//!
//! **Roots.** Code runs only from an entry point the module exports (a
//! definition that is not local: `main`, a library's interface, `_start`),
//! from a global the module must keep (`llvm.used`, `llvm.compiler.used`,
//! constructors in `llvm.global_ctors`: all of appending, non-local
//! linkage), or through an address something reachable holds. Local symbols
//! cannot be found by name from outside the module (`dlsym` sees exported
//! symbols only).
//!
//! **Reached.** A global value is reached when a reached function mentions
//! it (any operand of any instruction, or its personality routine), or a
//! reached global mentions it (an initializer, an alias's aliasee, an
//! ifunc's resolver), through constants of any kind: constant expressions,
//! aggregates, `blockaddress`, `dso_local_equivalent`. Constants are
//! followed generically, by their operands, so no kind of constant is
//! missed; metadata is not followed (it is never executed).
//!
//! **Invariant.** A function that is not reached has no reference a running
//! program can follow: no instruction or data that can run names it, so no
//! call, direct or indirect, can reach it. Its reads of vtables are never
//! executed, and whatever layout its vtables have, it computes nothing the
//! program sees. (What LTO does after the pass cannot make it reachable
//! either: optimization does not invent references.)

use std::collections::HashSet;

use crate::llvm::{Kind, Module, Value};

/// The live global values (functions, variables, aliases) of a module.
#[derive(Debug, Default)]
pub struct Live {
    reached: HashSet<Value>,
    /// Everything counts as live (no walk was made).
    everything: bool,
}

/// Whether an operand is a global value or a constant that can hold one in
/// its operands: not an instruction, an argument, a block or metadata, and
/// not a constant without operands (an integer, `null`, `undef`, data),
/// which name nothing. (Told by one look at its kind: an instruction's
/// operands are mostly values and integers, and there are millions.)
fn may_name_a_global(op: Value) -> bool {
    match op.kind() {
        Kind::Function | Kind::GlobalVariable | Kind::GlobalAlias => true,
        Kind::ConstantExpr | Kind::ConstantStruct | Kind::ConstantArray => true,
        Kind::Instruction
        | Kind::Argument
        | Kind::ConstantInt
        | Kind::ConstantPointerNull
        | Kind::ConstantDataSequential
        | Kind::ConstantAggregateZero
        | Kind::Undef
        | Kind::Poison
        | Kind::InlineAsm => false,
        // blockaddress, dso_local_equivalent, vectors, ifuncs, ...; blocks
        // and metadata are no constants.
        Kind::Other => op.is_constant(),
    }
}

impl Live {
    /// Every global value counts as live: for a module whose dead code is
    /// already gone, where the walk of [`Live::of_visiting`] would find what is
    /// there (count.rs measures the module at the end of LTO, after
    /// GlobalDCE, and changes nothing).
    pub fn everything() -> Live {
        Live { reached: HashSet::new(), everything: true }
    }

    /// What of `module` can run. The walk hands `visit` each instruction of
    /// each live function (with its function) as it passes it, functions
    /// in the order they are reached. An analysis of the live code takes its
    /// instructions here, while they are in the cache: a fat-LTO module
    /// holds about a million instructions, scattered in memory, and a second
    /// walk over them costs as much as this one.
    pub fn of_visiting(module: &Module, mut visit: impl FnMut(Value, Value)) -> Live {
        let roots: Vec<Value> = module
            .functions()
            .chain(module.globals())
            .chain(module.aliases_and_ifuncs())
            .filter(|g| !g.is_local_linkage())
            .collect();
        let mut live = Live::default();
        let mut work = Vec::new();
        let mut constants_seen = HashSet::new();
        for root in roots {
            if live.reached.insert(root) {
                work.push(root);
            }
        }
        while let Some(g) = work.pop() {
            let mut mentioned = Vec::new();
            if g.kind() == Kind::Function {
                mentioned.extend(g.personality());
                for inst in g.instructions() {
                    visit(g, inst);
                    mentioned.extend(inst.operands().filter(|op| may_name_a_global(*op)));
                }
            } else {
                // Variables (the initializer), aliases (the aliasee), ifuncs
                // (the resolver): their operands.
                mentioned.extend(g.operands());
            }
            while let Some(c) = mentioned.pop() {
                if c.is_global_value() {
                    if live.reached.insert(c) {
                        work.push(c);
                    }
                } else if constants_seen.insert(c) {
                    mentioned.extend(c.operands().filter(|op| op.is_constant()));
                }
            }
        }
        live
    }

    /// Whether `g`, a function or global, can be reached.
    pub fn contains(&self, g: Value) -> bool {
        self.everything || self.reached.contains(&g)
    }

    /// Whether the code or data of `user`, a user of some value, can be
    /// reached: an instruction in a live function, a live global, or a
    /// constant some live user holds.
    pub fn user_is_live(&self, user: Value) -> bool {
        if self.everything {
            return true;
        }
        let mut seen = HashSet::new();
        let mut work = vec![user];
        while let Some(u) = work.pop() {
            if !seen.insert(u) {
                continue;
            }
            match u.kind() {
                Kind::Instruction => {
                    if self.contains(u.parent_function()) {
                        return true;
                    }
                }
                _ if u.is_global_value() => {
                    if self.contains(u) {
                        return true;
                    }
                }
                _ if u.is_constant() => work.extend(u.users()),
                // Metadata and anything else: assume it can run.
                _ => return true,
            }
        }
        false
    }
}
