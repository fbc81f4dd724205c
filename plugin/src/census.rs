//! The census: every read of a vtable entry in the module, and every other
//! use of a vtable.
//!
//! rustc marks the vtable loads it emits `!invariant.load`, but the marker does
//! not survive optimization (docs/design.md, "Finding every vtable load"). The
//! census therefore has two sources:
//!
//! * **marked**: a load with `!invariant.load` at a constant offset from a
//!   base. Its base is then known to be a vtable pointer;
//! * **found otherwise**: an unmarked load at a constant offset from a value
//!   that is known to be a vtable pointer: a vtable global, the base of a
//!   marked load, or a value flowing from those through phi/select, and into
//!   the parameters of defined functions through direct calls.
//!
//! What no analysis of an optimized module can see (a vtable pointer reloaded
//! from memory and read without a marker) is not claimed here; issue 3's
//! protection of crates before their own optimization closes that gap.
//!
//! Every use of a vtable global is also counted (uses.rs).
//!
//! The steps of [`take_census`]: collect every memory read and protected
//! call of live code ([`LiveReads`], as the walk for live code passes
//! them: the module is walked once for both); seed the vtable pointers with the vtables and
//! the bases of marked reads (`seed_vtable_values`) and follow them
//! forward (`propagate`); classify each read from a vtable pointer by the
//! entry it reads (`classify_reads`); list calls through loads that look
//! like slot reads but are not census reads (`unverified_calls`); count the
//! uses of each vtable (`count_uses`).

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::ir::{base_and_offset, params_given, rustc_name, strip_offsets, walk, word_uses};
use crate::layout::{Abi, Entry};
use crate::live::Live;
use crate::llvm::{Kind, Module, Opcode, Value};
use crate::paths::{tagged_not_a_vtable, Coverage};
use crate::protect::protection_function;
use crate::provenance::{function_origin, Origin, PROTECTED_ATTRIBUTE};
use crate::recognize::Recognized;
use crate::sysroot::is_audited_vtable_read;
use crate::uses::{reads_only_size_and_align, uses_of, UseKind};

pub use reltab_report::{FoundBy, ReadKind};

/// One read of a vtable entry: a load, or a protected call standing for one.
#[derive(Debug)]
pub struct VtableRead {
    /// The load, or the call to a protection function (protect.rs).
    pub instruction: Value,
    pub function: Value,
    /// The vtable pointer read from, as the census saw it (rewriting reads
    /// it again: an earlier rewrite may have replaced it).
    pub base: Value,
    /// Offset in the absolute layout.
    pub offset: u64,
    pub entry: Entry,
    pub kind: ReadKind,
    pub found_by: FoundBy,
}

#[derive(Debug)]
pub struct Unclassified {
    pub what: &'static str,
    pub function: Option<Value>,
    pub detail: String,
}

/// An indirect call through a pointer loaded at a slot-like offset (24 + 8k,
/// with 4-byte words 12 + 4k)
/// from a base the census does not know to be a vtable: a call through a
/// hand-written table of functions (memchr's searchers, `RawWakerVTable`),
/// or a vtable read the census cannot see. Listed so that each can be
/// classified (the std audit).
#[derive(Debug)]
pub struct UnverifiedCall {
    pub function: Value,
    pub offset: u64,
}

#[derive(Debug, Default)]
pub struct Census {
    pub sites: Vec<VtableRead>,
    /// Every value known to be a vtable pointer (globals, read bases, what
    /// flows from them). Valid until the rewrite erases reads.
    pub vtable_values: HashSet<Value>,
    pub unverified_calls: Vec<UnverifiedCall>,
    /// Per vtable global: how often it is used in each way.
    pub uses: BTreeMap<Value, BTreeMap<UseKind, usize>>,
    pub unclassified: Vec<Unclassified>,
    /// Plain loads from a vtable pointer that read only bytes of size and
    /// align without being the entry reads (layout.rs keeps those bytes).
    pub header_reads: usize,
    /// Reads from a vtable pointer on paths where a test of its low bits
    /// says it is none (paths.rs): no vtable reads, left as they are.
    pub tagged_reads: usize,
    /// Unmarked reads of a value known to be a vtable pointer only where
    /// marked reads of it run, in places those reads do not cover
    /// (paths.rs): left as they are.
    pub uncovered_reads: usize,
    /// Marked loads and protected calls in code that cannot run (live.rs):
    /// (marked, protected).
    pub dead_code_reads: (usize, usize),
}

/// A memory read that may be a vtable read, with its (base, offset).
struct Read {
    function: Value,
    access: Value,
    address: Option<(Value, u64)>,
    found_by: FoundBy,
}

/// The loads and protected calls of the live functions (code that cannot
/// run reads nothing: live.rs), and the calls through a loaded pointer
/// there, taken one instruction at a time as live.rs's walk passes them
/// ([`Live::of_visiting`]), so that the census needs no walk of its own.
pub struct LiveReads {
    invariant: u32,
    /// Per function, in its order.
    reads: HashMap<Value, Vec<Read>>,
    calls_through_loads: HashMap<Value, Vec<Value>>,
    /// The function being visited.
    current: Option<Visiting>,
}

/// The function whose instructions [`LiveReads`] is taking.
struct Visiting {
    function: Value,
    /// Not one of reltab's own protection functions, whose loads are none
    /// of the program's.
    counts: bool,
    /// Compiled without reltab (the precompiled sysroot).
    precompiled: bool,
    /// Its demangled name, once asked (the audited reads are named by it).
    name: Option<String>,
}

impl LiveReads {
    pub fn new(module: &Module) -> LiveReads {
        LiveReads {
            invariant: module.metadata_kind("invariant.load"),
            reads: HashMap::new(),
            calls_through_loads: HashMap::new(),
            current: None,
        }
    }

    /// One instruction of the live function `f`.
    pub fn visit(&mut self, module: &Module, f: Value, inst: Value) {
        if self.current.as_ref().is_none_or(|c| c.function != f) {
            self.current = Some(Visiting {
                function: f,
                counts: protection_function(f).is_none(),
                precompiled: !f.has_string_attribute(PROTECTED_ATTRIBUTE),
                name: None,
            });
        }
        let Some(Visiting { counts: true, precompiled, name, .. }) = &mut self.current else { return };
        match inst.opcode() {
            Some(Opcode::Load) => {
                let address = base_and_offset(module, inst.operand(0));
                let found_by = if inst.metadata(self.invariant) {
                    FoundBy::InvariantLoad
                } else if *precompiled
                    && inst.ty().is_pointer()
                    && inst.users().any(|u| u.is_direct_call_to(inst))
                    && address.is_some_and(|(_, offset)| {
                        is_audited_vtable_read(offset, || name.get_or_insert_with(|| rustc_name(f)).clone())
                    })
                {
                    FoundBy::Audited
                } else {
                    FoundBy::VtableValue
                };
                self.reads.entry(f).or_default().push(Read { function: f, access: inst, address, found_by })
            }
            Some(Opcode::Call | Opcode::Invoke) => {
                let callee = inst.called_value();
                if let Some((_, offset)) = protection_function(callee) {
                    let address = base_and_offset(module, inst.operand(0)).map(|(b, o)| (b, o + offset));
                    self.reads.entry(f).or_default().push(Read {
                        function: f,
                        access: inst,
                        address,
                        found_by: FoundBy::Protected,
                    });
                } else if callee.opcode() == Some(Opcode::Load) {
                    self.calls_through_loads.entry(f).or_default().push(callee);
                }
            }
            _ => {}
        }
    }

    /// The reads, and the calls through loads as (function, loaded callee),
    /// in module order.
    fn in_module_order(mut self, module: &Module) -> (Vec<Read>, Vec<(Value, Value)>) {
        let mut reads = Vec::new();
        let mut calls_through_loads = Vec::new();
        for f in module.functions() {
            reads.extend(self.reads.remove(&f).unwrap_or_default());
            calls_through_loads
                .extend(self.calls_through_loads.remove(&f).unwrap_or_default().into_iter().map(|c| (f, c)));
        }
        (reads, calls_through_loads)
    }
}

/// `live_reads`: what [`LiveReads`] took from the walk that made
/// `vtables.live`.
pub fn take_census(module: &Module, vtables: &Recognized, live_reads: LiveReads) -> Census {
    let mut census = Census::default();
    let (reads, calls_through_loads) = live_reads.in_module_order(module);
    census.dead_code_reads = dead_code_reads(module, &vtables.live);
    let marked = seed_vtable_values(vtables, &reads, &mut census);
    // Where a marked read's evidence holds only where it runs, the places it
    // covers (computed once a base, for propagation and classification).
    let coverage: HashMap<Value, Coverage> = marked
        .iter()
        .filter(|(base, reads)| evidence_is_local(**base, reads))
        .map(|(base, reads)| (*base, Coverage::new(reads)))
        .collect();
    let sure = propagate(module, vtables, &marked, &coverage);
    let vtable_values: HashSet<Value> = sure.iter().chain(marked.keys()).copied().collect();
    let evidence = Evidence { sure: &sure, marked: &marked, coverage: &coverage, any: &vtable_values };
    classify_reads(module, vtables, reads, &evidence, &mut census);
    census.vtable_values = vtable_values;
    census.unverified_calls = unverified_calls(module, &census.sites, calls_through_loads);
    count_uses(module, vtables, &mut census);
    census
}

/// The marked loads and protected calls in functions that cannot run (they
/// are not census reads): (marked, protected), for the report.
fn dead_code_reads(module: &Module, live: &Live) -> (usize, usize) {
    let invariant = module.metadata_kind("invariant.load");
    let (mut marked, mut protected) = (0, 0);
    for f in module.functions().filter(|f| !f.is_declaration() && protection_function(*f).is_none()) {
        if live.contains(f) {
            continue;
        }
        for inst in f.instructions() {
            match inst.opcode() {
                Some(Opcode::Load) if inst.metadata(invariant) => marked += 1,
                Some(Opcode::Call | Opcode::Invoke) if protection_function(inst.called_value()).is_some() => {
                    protected += 1
                }
                _ => {}
            }
        }
    }
    (marked, protected)
}

/// The bases of marked and protected reads, each with the reads that mark
/// it: a vtable pointer where those reads run (paths.rs, `Coverage`). A
/// marked read whose base says it is no vtable pointer is unclassified.
fn seed_vtable_values(vtables: &Recognized, reads: &[Read], census: &mut Census) -> HashMap<Value, Vec<Value>> {
    let mut marked: HashMap<Value, Vec<Value>> = HashMap::new();
    for read in reads.iter().filter(|r| r.found_by != FoundBy::VtableValue) {
        match read.address {
            // The marker says the base is a vtable pointer; these bases say
            // otherwise, and the read cannot be rewritten against them.
            Some((base, _))
                if base.kind() == Kind::GlobalVariable
                    && vtables.get(base).is_none()
                    && !vtables.is_pointerless(base)
                    && !vtables.near_misses.iter().any(|m| m.global == base) =>
            {
                census.unclassified.push(Unclassified {
                    what: "marked load from a global that is not a vtable",
                    function: Some(read.function),
                    detail: format!(
                        "{} in {}",
                        base.name().map_or("an unnamed global".to_string(), |n| format!("@{n}")),
                        describe_load(read.access)
                    ),
                })
            }
            Some((base, _)) if merges_addresses(base) => census.unclassified.push(Unclassified {
                what: "marked load through a phi or select of entry addresses",
                function: Some(read.function),
                detail: describe_load(read.access),
            }),
            Some((base, _)) => marked.entry(base).or_default().push(read.access),
            None => census.unclassified.push(Unclassified {
                what: "marked load with a non-constant address",
                function: Some(read.function),
                detail: describe_load(read.access),
            }),
        }
    }
    marked
}

/// What the census knows of vtable pointers. `sure`: values that are vtable
/// pointers wherever they are used — the vtables, and what flows from them
/// (`propagate`). `marked`: bases of marked reads, vtable pointers where
/// those reads have run; `coverage`: for those whose evidence is local
/// (`evidence_is_local`), where that is. `any`: both.
struct Evidence<'a> {
    sure: &'a HashSet<Value>,
    marked: &'a HashMap<Value, Vec<Value>>,
    coverage: &'a HashMap<Value, Coverage>,
    any: &'a HashSet<Value>,
}

/// Each read from a vtable pointer becomes a census read of the entry it
/// reads, a header read, or an unclassified use that refuses the module.
fn classify_reads(module: &Module, vtables: &Recognized, reads: Vec<Read>, evidence: &Evidence, census: &mut Census) {
    let abi = Abi::of(module);
    let vtable_values = evidence.any;
    // A read that cannot read a vtable: on a path where a test of the base's
    // low bits found a tag (paths.rs), or, for an unmarked read of a value
    // known only from marked reads, where those reads have not run (the
    // value may be another variant of an enum there).
    let not_a_vtable_here = |read: &Read, base: Value, census: &mut Census| {
        if tagged_not_a_vtable(read.access, base, abi.word) {
            census.tagged_reads += 1;
            return true;
        }
        // Bytes of size and align read as data stay header reads (below),
        // which keep the layout that leaves those bytes in place.
        if read.address.is_some_and(|(_, offset)| reads_only_size_and_align(module, read.access, offset)) {
            return false;
        }
        // (A base with local evidence is a value of the read's own function.)
        let only_marked = read.found_by == FoundBy::VtableValue && !evidence.sure.contains(&base);
        let Some(coverage) = evidence.coverage.get(&base).filter(|_| only_marked) else { return false };
        let covered = coverage.covers(read.access);
        if !covered {
            census.uncovered_reads += 1;
        }
        !covered
    };
    // With no vtable recognized there is nothing to be past the end of.
    let largest_table = vtables.vtables.iter().map(|v| v.bytes).max().unwrap_or(u64::MAX);
    // A read past the end of every vtable that rustc marked as a vtable read
    // (`!invariant.load`, or protected by reltab) reads a slot of a trait
    // none of whose vtables the module holds: a typetag doctest's generic
    // serde code reads `dyn erased_serde::Serializer` slots no type of the
    // program implements. With a vtable of this module it would read past
    // that global, undefined behaviour rustc never emits (it reads only
    // entries of the trait's own vtables, which every vtable of that trait
    // has): so in a well-defined run it runs only with a vtable from outside
    // the module, which reltab admits only where the user vouched that it is
    // converted with the same layout (-reltab-trust-boundary), or not at
    // all. Rewritten as the entry its offset names, it is right in both.
    // Where a vtable of the module is seen to reach the base, the read is
    // that undefined behaviour (hand-written input), and refused to say so.
    let mut reached_by_tables: Option<HashSet<Value>> = None;
    let mut rewritable_past_every_vtable = |read: &Read, base: Value| {
        matches!(read.found_by, FoundBy::InvariantLoad | FoundBy::Protected)
            && !reached_by_tables
                .get_or_insert_with(|| propagate(module, vtables, &HashMap::new(), &HashMap::new()))
                .contains(&base)
    };
    for read in reads {
        let Some((base, offset)) = read.address else {
            // A read at a computed offset from a vtable pointer (SimplifyCFG
            // sinks two reads into one with `select %c, 24, 32`): no entry
            // read reltab can rewrite. (Marked ones are reported above.)
            let base = strip_offsets(read.access.operand(0));
            if read.found_by == FoundBy::VtableValue && vtable_values.contains(&base) {
                if not_a_vtable_here(&read, base, census) {
                    continue;
                }
                census.unclassified.push(Unclassified {
                    what: "vtable load at a computed offset",
                    function: Some(read.function),
                    detail: describe_load(read.access),
                });
            }
            continue;
        };
        if !vtable_values.contains(&base) {
            continue;
        }
        // Where the base is no vtable pointer (paths.rs), the read is none
        // of a vtable, whatever its offset: neither refused nor rewritten.
        if not_a_vtable_here(&read, base, census) {
            continue;
        }
        // Past the end of every vtable. (A read past the end of only some
        // vtables that may reach it is legitimate on paths where they do
        // not, e.g. after a type check.)
        if offset >= largest_table && !rewritable_past_every_vtable(&read, base) {
            census.unclassified.push(Unclassified {
                what: "vtable load past the end of every vtable",
                function: Some(read.function),
                detail: format!(
                    "offset {offset}, the largest vtable has {largest_table} bytes: {}",
                    describe_load(read.access)
                ),
            });
            continue;
        }
        // Marked reads say their base is a vtable pointer; a caller that
        // passes something known not to be one there (a function merged with
        // a call through a hand-written table, an external global)
        // contradicts it, and so does it for unmarked reads. A protected read
        // cannot have been merged so: reltab made it a call before the
        // crate's optimizer ran, and MergeFunctions folds no body with that
        // call into one without it. Its base is a vtable pointer where it
        // runs, whatever other paths pass (an enum's other variant:
        // niche-other-variant.ll).
        let checked = read.found_by != FoundBy::Protected;
        if let Some(why) =
            ambiguous_parameter(vtables, base, vtable_values, evidence.marked.contains_key(&base)).filter(|_| checked)
        {
            census.unclassified.push(Unclassified {
                what: "read from a parameter that is not always a vtable",
                function: Some(read.function),
                detail: format!("offset {offset}: {why}"),
            });
            continue;
        }
        let ty = read.access.ty();
        match abi.entry_read(offset, ty.is_pointer(), ty.int_width()) {
            Some(entry) => census.sites.push(VtableRead {
                instruction: read.access,
                function: read.function,
                base,
                offset,
                entry,
                kind: read_kind(entry, read.access, vtable_values),
                found_by: read.found_by,
            }),
            // Bytes of size or align read another way (a field of an enum
            // whose niche shares the vtable pointer's place, read on the path
            // where it is not a vtable pointer): the relative layout keeps
            // these bytes, so the read means the same in both.
            None if reads_only_size_and_align(module, read.access, offset) => census.header_reads += 1,
            None => census.unclassified.push(Unclassified {
                what: "vtable load at an offset or type that no vtable entry has",
                function: Some(read.function),
                detail: format!("offset {offset}: {}", describe_load(read.access)),
            }),
        }
    }
}

/// Calls through loads that are not census reads, at slot-like offsets.
fn unverified_calls(
    module: &Module,
    sites: &[VtableRead],
    calls_through_loads: Vec<(Value, Value)>,
) -> Vec<UnverifiedCall> {
    let abi = Abi::of(module);
    let site_loads: HashSet<Value> = sites.iter().map(|s| s.instruction).collect();
    calls_through_loads
        .into_iter()
        .filter(|(_, callee)| !site_loads.contains(callee))
        .filter_map(|(function, callee)| {
            let (_, offset) = base_and_offset(module, callee.operand(0))?;
            matches!(abi.entry_at(offset), Some(Entry::Slot(_))).then_some(UnverifiedCall { function, offset })
        })
        .collect()
}

/// How often each vtable is used in each way; a use that is no vtable use
/// is unclassified.
fn count_uses(module: &Module, vtables: &Recognized, census: &mut Census) {
    for vt in &vtables.vtables {
        let mut counts = BTreeMap::new();
        for (use_kind, detail) in uses_of(module, &vtables.live, vt.global) {
            *counts.entry(use_kind).or_insert(0) += 1;
            if use_kind == UseKind::NotUnderstood {
                census.unclassified.push(Unclassified {
                    what: "use of a vtable that is not a vtable use",
                    function: None,
                    detail: format!("{}: {detail}", vt.global.name().as_deref().unwrap_or("<unnamed vtable>")),
                });
            }
        }
        census.uses.insert(vt.global, counts);
    }
}

/// Whether a parameter read as a vtable pointer may hold something else. In
/// well-typed code a parameter has one type, so values of unknown origin
/// (loaded from memory, other parameters, results of calls) passed there are
/// vtable pointers too. But a function can serve two types after
/// MergeFunctions folded two bodies with the same IR (a dyn call, and a call
/// through a hand-written table such as `RawWakerVTable`), and a module can
/// pass an external global: so the parameter is ambiguous when a direct
/// caller passes a value *known not* to be a vtable. For unmarked reads,
/// whose only evidence is the callers, also when the function is used other
/// than by direct calls.
fn ambiguous_parameter(
    vtables: &Recognized,
    base: Value,
    vtable_values: &HashSet<Value>,
    marked: bool,
) -> Option<String> {
    if base.kind() != Kind::Argument {
        return None;
    }
    let (function, position) = base.argument_position();
    // Callers that cannot run (live.rs) pass nothing.
    for user in function.users().filter(|u| vtables.live.user_is_live(*u)) {
        if !user.is_direct_call_to(function) {
            // A marked or protected read is evidence enough for callers we
            // cannot see (the function is in a vtable, or called indirectly);
            // an unmarked one rests on the callers alone.
            if marked {
                continue;
            }
            return Some(format!("{} is used other than by direct calls", rustc_name(function)));
        }
        if position >= user.num_call_args() {
            return Some(format!("a call in {} passes too few arguments", rustc_name(user.parent_function())));
        }
        let arg = strip_offsets(user.operand(position));
        if !vtable_values.contains(&arg) && is_known_non_vtable(arg) && !vtables.is_pointerless(arg) {
            return Some(format!(
                "a call in {} passes {} as parameter {position} of {}",
                rustc_name(user.parent_function()),
                arg.name().map_or_else(|| format!("a {:?}", arg.kind()), |n| format!("@{n}")),
                rustc_name(function)
            ));
        }
    }
    None
}

/// A value that is certainly not a vtable pointer: another global, a
/// function, a stack slot, null.
fn is_known_non_vtable(v: Value) -> bool {
    match v.kind() {
        Kind::GlobalVariable | Kind::Function | Kind::GlobalAlias | Kind::ConstantPointerNull => true,
        Kind::Instruction => v.opcode() == Some(Opcode::Alloca),
        _ => false,
    }
}

/// Whether `base` is a phi or select that merges addresses inside tables
/// (getelementptrs) rather than vtable pointers.
fn merges_addresses(base: Value) -> bool {
    let mut found = false;
    walk([base], |v, walk| {
        if !walk.follow_merge(v) && v != base && v.opcode() == Some(Opcode::GetElementPtr) {
            found = true;
            walk.stop();
        }
    });
    found
}

/// Forward propagation of "is a vtable pointer" to a fixpoint, from the
/// vtables: through phi and select, through a word it is kept in and made a
/// pointer again (`ir::word_uses`), and into the parameters of defined
/// functions it is passed to by calls in live code (a call that cannot run
/// passes nothing). From the base of a marked read it starts only at the uses
/// that the read covers (paths.rs): elsewhere the same value may be another
/// variant of an enum that shares its place.
fn propagate(
    module: &Module,
    vtables: &Recognized,
    marked: &HashMap<Value, Vec<Value>>,
    coverage: &HashMap<Value, Coverage>,
) -> HashSet<Value> {
    let word_bits = Abi::of(module).word_bits();
    let live = &vtables.live;
    let mut start: Vec<Value> = vtables.vtables.iter().map(|v| v.global).collect();
    for &base in marked.keys() {
        let Some(coverage) = coverage.get(&base) else {
            start.push(base);
            continue;
        };
        for user in base.users().filter(|u| u.kind() == Kind::Instruction && live.contains(u.parent_function())) {
            match user.opcode() {
                Some(Opcode::Phi) if coverage.covers_incoming(user, base) => start.push(user),
                Some(Opcode::Select) if user.operand(0) != base && coverage.covers(user) => start.push(user),
                Some(Opcode::PtrToInt) => {
                    start.extend(word_uses(user, word_bits).round_trips.into_iter().filter(|r| coverage.covers(*r)))
                }
                // (A call into a declaration needs no coverage.)
                Some(Opcode::Call | Opcode::Invoke) => {
                    let params = passed_to(user, base);
                    if !params.is_empty() && coverage.covers(user) {
                        start.extend(params);
                    }
                }
                _ => {}
            }
        }
    }
    walk(start, |v, walk| {
        walk.follow_merging_users(v);
        for user in v.users().filter(|u| u.opcode() == Some(Opcode::PtrToInt)) {
            walk.extend(word_uses(user, word_bits).round_trips);
        }
        for user in v.users() {
            if user.kind() == Kind::Instruction
                && matches!(user.opcode(), Some(Opcode::Call | Opcode::Invoke))
                && live.contains(user.parent_function())
            {
                walk.extend(passed_to(user, v));
            }
        }
    })
}

/// The parameters a call hands `v` to. A protected read hands its base to
/// reltab's own function (protect.rs): that is a read of the value, which
/// the census counts as one, not a flow of it into code of the program.
fn passed_to(call: Value, v: Value) -> Vec<Value> {
    if protection_function(call.called_value()).is_some() {
        return Vec::new();
    }
    params_given(call, v)
}

/// Whether the evidence of `base`'s marked reads holds only where they run
/// (paths.rs, `Coverage`): for a value of one function compiled with reltab,
/// whose every vtable read is marked or protected (design.md, "Finding every
/// vtable load", step 2), so that an unmarked read of the value where no
/// marked read covers it reads something else. In the precompiled sysroot,
/// whose optimizer dropped markers (a hoisted `write_str` read in
/// `Formatter::write_formatted_parts`), the evidence holds everywhere in the
/// function, as the std audit classified it.
fn evidence_is_local(base: Value, reads: &[Value]) -> bool {
    let function = match base.kind() {
        Kind::Instruction => base.parent_function(),
        Kind::Argument => base.argument_position().0,
        _ => return false,
    };
    function_origin(function) == Origin::Protected && reads.iter().all(|r| r.parent_function() == function)
}

/// The kind of a read of `entry`: slots by what their value is used for.
fn read_kind(entry: Entry, read: Value, vtable_values: &HashSet<Value>) -> ReadKind {
    match entry {
        Entry::Drop => ReadKind::Drop,
        Entry::Size => ReadKind::Size,
        Entry::Align => ReadKind::Align,
        Entry::Slot(_) => slot_kind(read, vtable_values),
    }
}

/// A slot read is a method if its value is called, a supertrait if its value
/// is used as a vtable: the base of vtable loads, or the metadata half of a
/// wide pointer (`insertvalue {ptr, ptr} _, %v, 1`). The value is followed
/// through phi and select, where load PRE and upcasts put it.
fn slot_kind(read: Value, vtable_values: &HashSet<Value>) -> ReadKind {
    let mut called = false;
    let mut used_as_vtable = false;
    walk([read], |v, walk| {
        used_as_vtable |= vtable_values.contains(&v);
        for user in v.users() {
            if user.is_direct_call_to(v) {
                called = true;
                return walk.stop();
            }
            if user.opcode() == Some(Opcode::InsertValue) && user.operand(1) == v {
                used_as_vtable |= user.aggregate_indices() == [1];
            }
        }
        walk.follow_merging_users(v);
    });
    if called {
        ReadKind::Method
    } else if used_as_vtable {
        ReadKind::Supertrait
    } else {
        ReadKind::Slot
    }
}

fn describe_load(load: Value) -> String {
    format!("load in {}", rustc_name(load.parent_function()))
}
