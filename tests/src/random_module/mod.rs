//! The random-module generator of the differential test (`tests/tests/differential.rs`): whole-program LLVM IR
//! modules shaped like rustc's fat-LTO input, and for each the census reltab's report must give.
//!
//! The differential test runs every module natively before and after reltab (and through the rest of an LTO
//! pipeline) and compares what it prints. So the generator makes every call observable: a conversion that reads a
//! wrong slot, a wrong header word or a wrong table changes the output. And it predicts, read by read, what the
//! pass's census must count, so that a misclassified read is caught even where the output happens to agree.
//!
//! # What a module holds
//!
//! A module has several *traits* (vtable layouts of 1-3 own methods of four signatures, a first supertrait whose layout
//! is the prefix, further supertraits inlined and followed by a supertrait-vtable slot, methods behind `where` clauses
//! left vacant: `[8 x i8] undef` or null), several *types* implementing them (i64 or i32 fields, zero-sized, or a C
//! string whose `len` method is libc's `strlen`, only declared: a `dso_local_equivalent` entry), a drop function or
//! none, and *objects* in static data (a table of (data, vtable) pairs) and on the heap (malloc, the pairs stored by
//! `main`). Methods mix the receiver's fields and their arguments into values, `&mut self` ones store into the object,
//! drops mix into a global: every call is observable. Functions taking `dyn` objects read the vtable as rustc does:
//! method calls through slot loads, the drop call behind a null check, size and align reads, upcasts through supertrait
//! slots (inline and through a helper returning the wide pointer), calls passing the vtable on (prefix upcasts),
//! comparisons with vtable globals, reads in loops, objects merged by `select` and `phi`, wide pointers spilled to the
//! stack and reloaded. Address forms vary (i8, ptr and struct GEPs, constant-expression GEPs on globals, offset 0
//! without GEP). 20 to 80 % of the reads (chosen per module) carry `!invariant.load`; the others are left unmarked only
//! where the census of `loads.rs` can see them (a base that is a vtable global, the base of a marked read, or a value
//! flowing from those through phi, select and direct calls): the generator computes that with the same rules and marks
//! the rest, so every module is one the pass must convert. `main` calls every function at least once, with objects from
//! the table, the heap, vtable globals passed directly, and `select`s between globals, prints a checksum after each
//! step and the final state of every object, and exits with the checksum's low bits. Vtable pointers are also stored as
//! integers (SROA's `store i64 ptrtoint`) and held in statics of their own (GlobalOpt's split of a static wide
//! pointer); entry addresses are sometimes shared by two reads (CSE). [`Extra`] adds shapes beyond these, most of them
//! ones the pass refuses.
//!
//! # How a module is built
//!
//! [`generate`] runs these stages in order, all drawing from one PRNG (splitmix64) seeded with the seed:
//!
//! 1. `shapes.rs`: the traits and their vtable layouts, the types (representation, drop, which implementation
//!    fills each slot), the objects, the (object, trait) entries `main` hands out, the names of the vtable
//!    globals. No IR yet.
//! 2. `ops.rs`: code on one `dyn` object, the reads of its vtable and what is done with what they load, written
//!    into a function body (`Body`). On the way the generator records every read (`ReadRec`: its base, whether
//!    it is marked), every vtable pointer value with its origin (`Src`: a global, a parameter, loaded, merged) and
//!    every direct call passing one (an edge from the argument to the parameter).
//! 3. `functions.rs`: the functions taking `dyn` objects (and the upcast helpers `ops.rs` asks for), then `main`.
//! 4. `emit.rs`: the types' methods and drop functions, the vtable globals, the statics, and the module text.
//!    There the census rules are applied to what was recorded: an unmarked read whose base the pass cannot see
//!    becomes marked. Reads are written with a placeholder `@@M<id>@@` where their `!invariant.load` goes, filled
//!    in twice: as chosen ([`Generated::ir`]) and all marked ([`Generated::ir_all_marked`]).
//!
//! A module is a function of its seed through the order and number of PRNG calls: a change there changes the
//! modules of all seeds, and seeds printed by earlier failures no longer reproduce them. A change meant to keep
//! the modules should be checked by comparing the text generated for a range of seeds before and after it.

mod emit;
mod functions;
mod ops;
mod shapes;

use std::collections::{BTreeMap, BTreeSet};

// ---------------------------------------------------------------------------
// The interface
// ---------------------------------------------------------------------------

/// Extra shapes (`RELTAB_DIFF_EXTRA` of the differential test), all off by default. `marker` is converted (the
/// differential test turns it on unless told otherwise); the others are refused.
#[derive(Clone, Copy, Default, Debug)]
pub struct Extra {
    /// A trait without methods (`dyn Send`-like): vtables without pointers, passed to functions that read them.
    marker: bool,
    /// A marked read from a `select` of two entry addresses.
    entry_select: bool,
    /// An unmarked read at a computed offset from a vtable pointer the census knows.
    nonconst_offset: bool,
    /// Entry addresses as two GEP instructions, `gep (gep %vt, 8), N-8`.
    gep_chain: bool,
}

impl Extra {
    /// Whether any shape is on: the census is then not predicted ([`Expect::exact`] is false).
    pub fn any(&self) -> bool {
        self.marker || self.entry_select || self.nonconst_offset || self.gep_chain
    }

    /// Parses a comma-separated list of `marker`, `entry-select`, `nonconst-offset`, `gep-chain`; panics on
    /// anything else.
    pub fn parse(s: &str) -> Extra {
        let mut e = Extra::default();
        for w in s.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            match w {
                "marker" => e.marker = true,
                "entry-select" => e.entry_select = true,
                "nonconst-offset" => e.nonconst_offset = true,
                "gep-chain" => e.gep_chain = true,
                other => panic!(
                    "RELTAB_DIFF_EXTRA: unknown shape {other:?} (marker, entry-select, nonconst-offset, gep-chain)"
                ),
            }
        }
        e
    }
}

/// A generated module.
pub struct Generated {
    /// The module as generated: reads marked or not as chosen.
    pub ir: String,
    /// The same module with every vtable read marked, as rustc emits it
    /// before optimization (input of the protect pipeline).
    pub ir_all_marked: String,
    /// What the census of `ir` must find.
    pub expect: Expect,
}

/// What the generator expects the census to find (the `totals` of reltab's report, and
/// `conversion.reads_rewritten` = `reads - header_words`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expect {
    /// Vtable globals holding at least one pointer (the ones the pass recognizes): `vtables`.
    pub vtables: usize,
    /// Reads of vtable entries: `load_sites`.
    pub reads: usize,
    /// Of these, the ones marked `!invariant.load`: `load_sites_marked`.
    pub marked: usize,
    /// The others, found through their base: `load_sites_found_otherwise`.
    pub unmarked: usize,
    /// Size and align reads (not rewritten unless protected).
    pub header_words: usize,
    /// False when extra shapes make the counts unpredictable.
    pub exact: bool,
}

/// The module of `seed`, with the extra shapes of `extra`. The same arguments always give the same module.
pub fn generate(seed: u64, extra: Extra) -> Generated {
    let mut g = Gen {
        rng: Rng::new(seed),
        extra,
        traits: Vec::new(),
        types: Vec::new(),
        objects: Vec::new(),
        entries: Vec::new(),
        vt_names: BTreeMap::new(),
        vt_vid: BTreeMap::new(),
        marker_trait: None,
        values: Vec::new(),
        reads: Vec::new(),
        edges: Vec::new(),
        fns: Vec::new(),
        helpers: BTreeMap::new(),
        helper_text: String::new(),
        fn_text: String::new(),
        table_len: 0,
        heap_len: 0,
        marked_percent: 0,
        strlen_used: false,
        holders: BTreeSet::new(),
    };
    g.marked_percent = g.rng.pick(&[20, 50, 50, 80]);
    g.make_traits();
    g.make_types();
    g.make_objects();
    g.name_vtables();
    g.make_dyn_fns();
    let main = g.make_main();
    g.finish(seed, main)
}

// ---------------------------------------------------------------------------
// A small PRNG (splitmix64)
// ---------------------------------------------------------------------------

#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x2545_f491_4f6c_dd1d)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        assert!(n > 0);
        (self.next() % n as u64) as usize
    }
    /// `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<T: Copy>(&mut self, v: &[T]) -> T {
        v[self.below(v.len())]
    }
}

// ---------------------------------------------------------------------------
// The model: traits, types, objects
// ---------------------------------------------------------------------------

/// Method signatures (the receiver first, as for every object-safe method).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Sig {
    /// `fn(&self) -> u64`: `i64 (ptr)`.
    Get,
    /// `fn(&self, u64) -> u64`: `i64 (ptr, i64)`.
    Mix,
    /// `fn(&mut self, u64)`: `void (ptr, i64)`.
    Mut,
    /// `fn(&self, u32) -> u32`: `i32 (ptr, i32)`.
    Narrow,
}

const SIGS: [Sig; 4] = [Sig::Get, Sig::Mix, Sig::Mut, Sig::Narrow];

#[derive(Clone, Copy, Debug)]
struct MethodDecl {
    sig: Sig,
    /// Behind a `where` clause: some types leave the slot vacant; never
    /// called through a vtable.
    where_clause: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Slot {
    /// Method `idx` declared by trait `tr`.
    Method { tr: usize, idx: usize },
    /// The vtable of a further supertrait.
    Vptr(usize),
}

#[derive(Debug)]
struct Trait {
    own: Vec<MethodDecl>,
    /// First supertrait: its layout is the prefix of this one.
    prefix: Option<usize>,
    /// Further supertraits: inlined, then a slot pointing at their vtable.
    others: Vec<usize>,
    layout: Vec<Slot>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Repr {
    I64(usize),
    I32(usize),
    Zst,
    /// Eight bytes, a NUL-terminated string (the top byte stays 0).
    CStr,
}

impl Repr {
    fn size_align(self) -> (u64, u64) {
        match self {
            Repr::I64(n) => (8 * n as u64, 8),
            Repr::I32(n) => (4 * n as u64, 4),
            Repr::Zst => (0, 1),
            Repr::CStr => (8, 1),
        }
    }
    fn fields(self) -> usize {
        match self {
            Repr::I64(n) | Repr::I32(n) => n,
            Repr::Zst => 0,
            Repr::CStr => 1,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Impl {
    Own,
    Strlen,
    VacantUndef,
    VacantNull,
}

#[derive(Debug)]
struct Type {
    repr: Repr,
    drop: bool,
    traits: BTreeSet<usize>,
    impls: BTreeMap<(usize, usize), Impl>,
    k: [u64; 3],
}

#[derive(Debug)]
struct Object {
    ty: usize,
    heap: bool,
    init: Vec<u64>,
}

/// A (data, vtable) pair main can hand out: object `obj` viewed as `tr`,
/// stored at `place`.
#[derive(Clone, Copy, Debug)]
struct Entry {
    obj: usize,
    tr: usize,
    /// Index in the static table (static objects) or the heap pair array.
    place: usize,
}

// ---------------------------------------------------------------------------
// Vtable pointer values, for the census the generator predicts
// ---------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum Src {
    /// A vtable global with at least one pointer (recognized).
    Global,
    /// A vtable global without pointers (not recognized: data to the pass).
    PlainGlobal,
    /// Loaded from memory, returned in an aggregate, read from a vtable.
    Unknown,
    /// A parameter of a defined function called only directly.
    Param,
    /// select / phi of these (not the condition).
    Merge(Vec<usize>),
}

#[derive(Clone, Copy, Debug)]
struct ReadRec {
    base: usize,
    marked: bool,
    header_word: bool,
}

#[derive(Clone)]
struct VRef {
    /// IR operand: `%t3`, `%vt`, `@vtable.4`.
    op: String,
    vid: usize,
    global: bool,
}

#[derive(Clone)]
struct ObjRef {
    d: String,
    vt: VRef,
    tr: usize,
}

struct DynFn {
    name: String,
    tr: usize,
    two: bool,
    /// Vids of the vtable parameters.
    params: Vec<usize>,
}

struct Helper {
    name: String,
    param: usize,
}

// ---------------------------------------------------------------------------
// Function bodies
// ---------------------------------------------------------------------------

/// A function body being written.
struct Body {
    text: String,
    n: usize,
    block: String,
    /// The last entry address computed: (block, base, offset, address), so
    /// that a second read of the entry can share it (as after CSE).
    last_gep: Option<(String, String, u64, String)>,
}

impl Body {
    fn new() -> Body {
        Body { text: String::new(), n: 0, block: "start".into(), last_gep: None }
    }
    fn tmp(&mut self) -> String {
        self.n += 1;
        format!("%t{}", self.n)
    }
    fn fresh(&mut self, prefix: &str) -> String {
        self.n += 1;
        format!("{prefix}{}", self.n)
    }
    fn line(&mut self, s: impl AsRef<str>) {
        self.text.push_str("  ");
        self.text.push_str(s.as_ref());
        self.text.push('\n');
    }
    fn label(&mut self, name: &str) {
        self.text.push_str(name);
        self.text.push_str(":\n");
        self.block = name.to_string();
    }
}

fn mix(b: &mut Body, acc: &str, v: &str) -> String {
    let x = b.tmp();
    b.line(format!("{x} = xor i64 {acc}, {v}"));
    let m = b.tmp();
    b.line(format!("{m} = mul i64 {x}, 1099511628211"));
    m
}

// ---------------------------------------------------------------------------
// The generator's state
// ---------------------------------------------------------------------------

/// Everything chosen and recorded so far; the stages are `impl Gen` blocks in the submodules.
struct Gen {
    rng: Rng,
    extra: Extra,
    traits: Vec<Trait>,
    types: Vec<Type>,
    objects: Vec<Object>,
    entries: Vec<Entry>,
    /// (type, trait) -> vtable global name (without @).
    vt_names: BTreeMap<(usize, usize), String>,
    /// (type, trait) -> the value id of its vtable global.
    vt_vid: BTreeMap<(usize, usize), usize>,
    /// The method-less trait of `Extra::marker`.
    marker_trait: Option<usize>,
    /// Every vtable pointer value, by value id (`VRef::vid`), with its origin.
    values: Vec<Src>,
    /// Every vtable read, by read id (the `@@M<id>@@` placeholder).
    reads: Vec<ReadRec>,
    /// (argument, parameter) value ids of the direct calls passing a vtable pointer.
    edges: Vec<(usize, usize)>,
    fns: Vec<DynFn>,
    /// (trait, slot) -> the upcast helper through that slot.
    helpers: BTreeMap<(usize, usize), Helper>,
    /// The text of the helpers and of the functions taking `dyn` objects, in the order written.
    helper_text: String,
    fn_text: String,
    /// Lengths of the static table `@objs` and of `main`'s heap pair array.
    table_len: usize,
    heap_len: usize,
    /// The chance of a read being marked as written (before the census marks the ones it cannot see).
    marked_percent: u64,
    strlen_used: bool,
    /// (type, trait) pairs with a static holding just the vtable pointer (`@holder.S<ty>.T<t>`).
    holders: BTreeSet<(usize, usize)>,
}

impl Gen {
    fn new_value(&mut self, src: Src) -> usize {
        self.values.push(src);
        self.values.len() - 1
    }
}
