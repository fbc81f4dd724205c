//! Differential testing at IR level: random whole-program modules shaped like
//! rustc's fat-LTO input, run before and after reltab, compared.
//!
//! A small generator (seeded, deterministic, no dependencies) writes modules
//! with several *traits* (vtable layouts of 1-3 own methods of four
//! signatures, a first supertrait whose layout is the prefix, further
//! supertraits inlined and followed by a supertrait-vtable slot, methods
//! behind `where` clauses left vacant: `[8 x i8] undef` or null), several
//! *types* implementing them (i64 or i32 fields, zero-sized, or a C string
//! whose `len` method is libc's `strlen`, only declared: a
//! `dso_local_equivalent` entry), a drop function or none, and *objects* in
//! static data (a table of (data, vtable) pairs) and on the heap (malloc, the
//! pairs stored by `main`). Methods mix the receiver's fields and their
//! arguments into values, `&mut self` ones store into the object, drops mix
//! into a global: every call is observable. Functions taking `dyn` objects
//! read the vtable as rustc does: method calls through slot loads, the drop
//! call behind a null check, size and align reads, upcasts through
//! supertrait slots (inline and through a helper returning the wide pointer),
//! calls passing the vtable on (prefix upcasts), comparisons with vtable
//! globals, reads in loops, objects merged by `select` and `phi`, wide
//! pointers spilled to the stack and reloaded. Address forms vary (i8, ptr
//! and struct GEPs, constant-expression GEPs on globals,
//! offset 0 without GEP). 20 to 80 % of the reads (chosen per module) carry
//! `!invariant.load`; the others are left unmarked only where the census of `loads.rs` can see
//! them (a base that is a vtable global, the base of a marked read, or a
//! value flowing from those through phi, select and direct calls): the
//! generator computes that with the same rules and marks the rest, so every
//! module is one the pass must convert. `main` calls every function at least
//! once, with objects from the table, the heap, vtable globals passed
//! directly, and `select`s between globals, prints a checksum after each
//! step and the final state of every object, and exits with the checksum's
//! low bits. Vtable pointers are also stored as integers (SROA's
//! `store i64 ptrtoint`) and held in statics of their own (GlobalOpt's split
//! of a static wide pointer); entry addresses are sometimes shared by two
//! reads (CSE).
//!
//! Each module goes through (every output checked by the verifier of the
//! set-up's assertions-enabled `opt`):
//!
//! 1. `opt -passes=reltab -reltab-report=…`: must say converted, with the
//!    census the generator expects (vtables, reads, marked and unmarked,
//!    reads rewritten, nothing unclassified), no warning; the output (the
//!    default, compact layout) is run natively (`llc -relocation-model=pic`,
//!    `cc -pie`) and with `lli`, and the same with `-reltab-layout=relative`
//!    natively;
//! 2. the converted module through `opt -passes='default<O2>'` (what the rest
//!    of the LTO pipeline does with it), run natively;
//! 3. the rustc pipeline: every read marked (as rustc emits them),
//!    `reltab-protect`, `default<O2>` of a plain opt (the crate's own
//!    optimizer), `reltab` (converted), `default<O2>` again, run natively.
//!
//! Each run must print what the original module prints natively (and under
//! `lli`), with the same exit status.
//!
//! Environment:
//!
//! | variable            | meaning                                                  |
//! |---------------------|----------------------------------------------------------|
//! | `RELTAB_DIFF_CASES` | number of modules (default 40)                           |
//! | `RELTAB_DIFF_SEED`  | first seed (default 0x7e17ab; case i uses seed + i)      |
//! | `RELTAB_DIFF_EXTRA` | comma-separated extra shapes (default `marker`): `marker` (vtables without pointers passed to a function that reads them: converted); and shapes the pass refuses, so that with them every affected case fails as "reltab complained": `entry-select` (a marked read from a `select` of two entry addresses), `nonconst-offset` (an unmarked read at a computed offset from a known vtable pointer), `gep-chain` (entry addresses as two GEP instructions, `gep (gep %vt, 8), N-8`); the `lit/bad-input-*.ll` tests reduce each. Before they were fixed, the first three were converted wrongly |
//! | `RELTAB_TEST_JOBS`  | parallel cases (default: available CPUs, at most 2)     |
//! | `RELTAB_KEEP`       | keep the directories of passing cases too                |
//!
//! Tools and plugin: `reltab_tests::llvm_tool` (`RELTAB_LLVM_BIN`) and
//! `reltab_tests::opt_plugin_path` (`RELTAB_OPT_PLUGIN`, or beside
//! `RELTAB_PLUGIN`). A failing case keeps its directory (the module, every
//! intermediate file, the reports: `<scratch root>/run-<pid>/differential/
//! <seed>`, see `reltab_tests::scratch_root`; the next run of the harness
//! removes it) and prints its seed and the command that reruns it alone.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use reltab_tests::{
    compare, discard, llvm_tool, opt_plugin_path, parallel_map, run_command, scratch_dir, Outcome,
};
use serde_json::Value;

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

/// Extra shapes (RELTAB_DIFF_EXTRA): `marker` is converted (on by default);
/// the others are refused.
#[derive(Clone, Copy, Default, Debug)]
struct Extra {
    marker: bool,
    entry_select: bool,
    nonconst_offset: bool,
    gep_chain: bool,
}

impl Extra {
    fn any(&self) -> bool {
        self.marker || self.entry_select || self.nonconst_offset || self.gep_chain
    }
    fn parse(s: &str) -> Extra {
        let mut e = Extra::default();
        for w in s.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            match w {
                "marker" => e.marker = true,
                "entry-select" => e.entry_select = true,
                "nonconst-offset" => e.nonconst_offset = true,
                "gep-chain" => e.gep_chain = true,
                other => panic!("RELTAB_DIFF_EXTRA: unknown shape {other:?} (marker, entry-select, nonconst-offset, gep-chain)"),
            }
        }
        e
    }
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

/// What the generator expects the census to find.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Expect {
    vtables: usize,
    reads: usize,
    marked: usize,
    unmarked: usize,
    /// Size and align reads (not rewritten unless protected).
    header_words: usize,
    /// False when extra shapes make the counts unpredictable.
    exact: bool,
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
        Body {
            text: String::new(),
            n: 0,
            block: "start".into(),
            last_gep: None,
        }
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

/// A C string literal of LLVM IR and its length in bytes (with the NUL).
fn c_string(s: &str) -> (String, usize) {
    let mut out = String::new();
    for b in s.bytes().chain(std::iter::once(0)) {
        if b.is_ascii_graphic() && b != b'"' && b != b'\\' || b == b' ' {
            out.push(b as char);
        } else {
            let _ = write!(out, "\\{b:02X}");
        }
    }
    (out, s.len() + 1)
}

// ---------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------

struct Generated {
    /// The module as generated: reads marked or not as chosen.
    ir: String,
    /// The same module with every vtable read marked, as rustc emits it
    /// before optimization (input of the protect pipeline).
    ir_all_marked: String,
    expect: Expect,
}

struct Gen {
    rng: Rng,
    extra: Extra,
    traits: Vec<Trait>,
    types: Vec<Type>,
    objects: Vec<Object>,
    entries: Vec<Entry>,
    /// (type, trait) -> vtable global name (without @).
    vt_names: BTreeMap<(usize, usize), String>,
    vt_vid: BTreeMap<(usize, usize), usize>,
    marker_trait: Option<usize>,
    values: Vec<Src>,
    reads: Vec<ReadRec>,
    edges: Vec<(usize, usize)>,
    fns: Vec<DynFn>,
    helpers: BTreeMap<(usize, usize), Helper>,
    helper_text: String,
    fn_text: String,
    table_len: usize,
    heap_len: usize,
    marked_percent: u64,
    strlen_used: bool,
    holders: BTreeSet<(usize, usize)>,
}

fn generate(seed: u64, extra: Extra) -> Generated {
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

impl Gen {
    fn new_value(&mut self, src: Src) -> usize {
        self.values.push(src);
        self.values.len() - 1
    }

    fn make_traits(&mut self) {
        let n = self.rng.range(2, 5);
        for t in 0..n {
            let own_n = self.rng.range(1, 3);
            let mut own: Vec<MethodDecl> = (0..own_n)
                .map(|_| MethodDecl {
                    sig: self.rng.pick(&SIGS),
                    where_clause: self.rng.chance(15),
                })
                .collect();
            // At least one callable method: every vtable then holds a pointer.
            own[0].where_clause = false;
            let prefix = (t > 0 && self.rng.chance(45)).then(|| self.rng.below(t));
            let mut others = Vec::new();
            if t > 0 && self.rng.chance(50) {
                for _ in 0..self.rng.range(1, 2) {
                    let s = self.rng.below(t);
                    if Some(s) != prefix && !others.contains(&s) {
                        others.push(s);
                    }
                }
            }
            let mut layout = prefix.map_or_else(Vec::new, |p| self.traits[p].layout.clone());
            for &s in &others {
                layout.extend(self.traits[s].layout.iter().copied());
                layout.push(Slot::Vptr(s));
            }
            if layout.len() > 16 {
                // Keep tables small: drop the further supertraits.
                others.clear();
                layout = prefix.map_or_else(Vec::new, |p| self.traits[p].layout.clone());
            }
            layout.extend((0..own.len()).map(|idx| Slot::Method { tr: t, idx }));
            self.traits.push(Trait {
                own,
                prefix,
                others,
                layout,
            });
        }
        if self.extra.marker {
            // A trait without methods: `dyn Send`-like.
            self.marker_trait = Some(self.traits.len());
            self.traits.push(Trait {
                own: Vec::new(),
                prefix: None,
                others: Vec::new(),
                layout: Vec::new(),
            });
        }
    }

    /// `t` and every supertrait of it, transitively.
    fn closure(&self, t: usize, out: &mut BTreeSet<usize>) {
        if out.insert(t) {
            let tr = &self.traits[t];
            for s in tr.prefix.iter().chain(tr.others.iter()) {
                self.closure(*s, out);
            }
        }
    }

    /// `t`, its first supertrait, that one's first supertrait, ...: the
    /// traits whose functions accept a vtable of `t` as it is.
    fn prefix_chain(&self, mut t: usize) -> Vec<usize> {
        let mut v = vec![t];
        while let Some(p) = self.traits[t].prefix {
            v.push(p);
            t = p;
        }
        v
    }

    fn make_types(&mut self) {
        let n = self.rng.range(2, 5);
        let real_traits = self.traits.len() - usize::from(self.marker_trait.is_some());
        for i in 0..n {
            let repr = match self.rng.below(10) {
                0..=3 => Repr::I64(self.rng.range(1, 3)),
                4..=5 => Repr::I32(self.rng.range(1, 3)),
                6..=7 => Repr::Zst,
                _ => Repr::CStr,
            };
            let mut traits = BTreeSet::new();
            for _ in 0..self.rng.range(1, 2) {
                let t = self.rng.below(real_traits);
                self.closure(t, &mut traits);
            }
            // Every trait has an implementation somewhere.
            if i < real_traits {
                self.closure(real_traits - 1 - i, &mut traits);
            }
            let mut drop = self.rng.chance(50);
            if let Some(m) = self.marker_trait {
                if self.rng.chance(70) {
                    traits.insert(m);
                    // A marker vtable without pointers needs a type without drop glue.
                    drop = drop && self.rng.chance(30);
                }
            }
            let mut impls = BTreeMap::new();
            for &t in &traits {
                for (idx, m) in self.traits[t].own.iter().enumerate() {
                    let kind = if m.where_clause && self.rng.chance(60) {
                        if self.rng.chance(70) {
                            Impl::VacantUndef
                        } else {
                            Impl::VacantNull
                        }
                    } else if repr == Repr::CStr && m.sig == Sig::Get && self.rng.chance(60) {
                        self.strlen_used = true;
                        Impl::Strlen
                    } else {
                        Impl::Own
                    };
                    impls.insert((t, idx), kind);
                }
            }
            let k = [self.rng.next() | 1, self.rng.next(), self.rng.next() | 1];
            self.types.push(Type {
                repr,
                drop,
                traits,
                impls,
                k,
            });
        }
    }

    fn make_objects(&mut self) {
        for ty in 0..self.types.len() {
            for _ in 0..self.rng.range(1, 2) {
                let repr = self.types[ty].repr;
                let init: Vec<u64> = match repr {
                    Repr::I64(n) => (0..n).map(|_| self.rng.next()).collect(),
                    Repr::I32(n) => (0..n).map(|_| self.rng.next() & 0xffff_ffff).collect(),
                    Repr::Zst => Vec::new(),
                    Repr::CStr => {
                        let len = self.rng.range(0, 7);
                        let mut v = 0u64;
                        for i in 0..len {
                            v |= (0x61 + self.rng.below(26) as u64) << (8 * i);
                        }
                        vec![v]
                    }
                };
                let heap = self.rng.chance(40);
                self.objects.push(Object { ty, heap, init });
            }
        }
        // Entries: every object under some of its traits; every trait that
        // has an implementation gets at least one entry.
        let mut covered = BTreeSet::new();
        for obj in 0..self.objects.len() {
            let traits: Vec<usize> = self.types[self.objects[obj].ty]
                .traits
                .iter()
                .copied()
                .collect();
            for t in traits {
                if !covered.contains(&t) || self.rng.chance(55) {
                    covered.insert(t);
                    let place = if self.objects[obj].heap {
                        self.heap_len += 1;
                        self.heap_len - 1
                    } else {
                        self.table_len += 1;
                        self.table_len - 1
                    };
                    self.entries.push(Entry { obj, tr: t, place });
                }
            }
        }
    }

    /// Whether the vtable of (type, trait) holds a pointer.
    fn has_pointer(&self, ty: usize, t: usize) -> bool {
        let tyd = &self.types[ty];
        tyd.drop
            || self.traits[t].layout.iter().any(|s| match *s {
                Slot::Vptr(_) => true,
                Slot::Method { tr, idx } => {
                    matches!(tyd.impls[&(tr, idx)], Impl::Own | Impl::Strlen)
                }
            })
    }

    fn name_vtables(&mut self) {
        let style = self.rng.below(3);
        let hash = (self.rng.next() as u128 * 0x1_0000_0001) ^ self.rng.next() as u128;
        let mut n = 0;
        for ty in 0..self.types.len() {
            let traits: Vec<usize> = self.types[ty].traits.iter().copied().collect();
            for t in traits {
                let name = match style {
                    0 => format!("vtable.{n}"),
                    1 => format!("anon.{:032x}.{n}", hash),
                    _ => format!("alloc_{:032x}", hash.wrapping_add(n as u128 * 0x9e37_79b9)),
                };
                n += 1;
                self.vt_names.insert((ty, t), name);
                let src = if self.has_pointer(ty, t) {
                    Src::Global
                } else {
                    Src::PlainGlobal
                };
                let vid = self.new_value(src);
                self.vt_vid.insert((ty, t), vid);
            }
        }
    }

    fn vt_ref(&self, ty: usize, t: usize) -> VRef {
        VRef {
            op: format!("@{}", self.vt_names[&(ty, t)]),
            vid: self.vt_vid[&(ty, t)],
            global: true,
        }
    }

    // -- reads ---------------------------------------------------------------

    /// Emits a read of the entry at `offset` of `vt` (trait layout `slots`
    /// long), returns the loaded value.
    fn read(&mut self, b: &mut Body, vt: &VRef, slots: usize, offset: u64, is_ptr: bool) -> String {
        let id = self.reads.len();
        let marked = self.rng.chance(self.marked_percent);
        self.reads.push(ReadRec {
            base: vt.vid,
            marked,
            header_word: !is_ptr,
        });
        let p = &vt.op;
        let struct_ty = format!("<{{ ptr, [2 x i64], [{} x ptr] }}>", slots.max(1));
        let struct_idx = |off: u64| -> String {
            if off < 24 {
                if off == 0 {
                    "i64 0, i32 0".to_string()
                } else {
                    format!("i64 0, i32 1, i64 {}", off / 8 - 1)
                }
            } else {
                format!("i64 0, i32 2, i64 {}", (off - 24) / 8)
            }
        };
        let shared = match &b.last_gep {
            Some((block, base, off, a)) if *block == b.block && base == p && *off == offset => {
                Some(a.clone())
            }
            _ => None,
        };
        let addr = if let Some(a) = shared.filter(|_| self.rng.chance(70)) {
            a
        } else if offset == 0 && self.rng.chance(60) {
            p.clone()
        } else if vt.global && self.rng.chance(50) {
            match self.rng.below(3) {
                0 => format!("getelementptr inbounds (i8, ptr {p}, i64 {offset})"),
                1 => format!("getelementptr inbounds (ptr, ptr {p}, i64 {})", offset / 8),
                _ => format!(
                    "getelementptr inbounds ({struct_ty}, ptr {p}, {})",
                    struct_idx(offset)
                ),
            }
        } else {
            let a = b.tmp();
            match self.rng.below(6) {
                0 | 1 => b.line(format!(
                    "{a} = getelementptr inbounds i8, ptr {p}, i64 {offset}"
                )),
                2 => b.line(format!(
                    "{a} = getelementptr inbounds nuw i8, ptr {p}, i64 {offset}"
                )),
                3 => b.line(format!(
                    "{a} = getelementptr inbounds ptr, ptr {p}, i64 {}",
                    offset / 8
                )),
                4 if offset >= 8 && self.extra.gep_chain => {
                    let a1 = b.tmp();
                    b.line(format!("{a1} = getelementptr inbounds i8, ptr {p}, i64 8"));
                    b.line(format!(
                        "{a} = getelementptr inbounds i8, ptr {a1}, i64 {}",
                        offset - 8
                    ));
                }
                _ => b.line(format!(
                    "{a} = getelementptr inbounds {struct_ty}, ptr {p}, {}",
                    struct_idx(offset)
                )),
            }
            b.last_gep = Some((b.block.clone(), p.clone(), offset, a.clone()));
            a
        };
        let v = b.tmp();
        let mut extra = String::new();
        if is_ptr && offset >= 24 && self.rng.chance(50) {
            extra.push_str(", !nonnull !0");
            if self.rng.chance(50) {
                extra.push_str(", !noundef !0");
            }
        }
        if !is_ptr && offset == 16 && self.rng.chance(40) {
            extra.push_str(", !range !1");
        }
        let ty = if is_ptr { "ptr" } else { "i64" };
        b.line(format!(
            "{v} = load {ty}, ptr {addr}, align 8@@M{id}@@{extra}"
        ));
        v
    }

    /// Callable method slots of trait `t`: (slot index, signature).
    fn callable(&self, t: usize) -> Vec<(usize, Sig)> {
        self.traits[t]
            .layout
            .iter()
            .enumerate()
            .filter_map(|(k, s)| match *s {
                Slot::Method { tr, idx } if !self.traits[tr].own[idx].where_clause => {
                    Some((k, self.traits[tr].own[idx].sig))
                }
                _ => None,
            })
            .collect()
    }

    fn vptr_slots(&self, t: usize) -> Vec<(usize, usize)> {
        self.traits[t]
            .layout
            .iter()
            .enumerate()
            .filter_map(|(k, s)| match *s {
                Slot::Vptr(u) => Some((k, u)),
                _ => None,
            })
            .collect()
    }

    /// Calls method `fp` of signature `sig` on `d`; returns the new acc.
    fn call_method(&mut self, b: &mut Body, fp: &str, sig: Sig, d: &str, acc: &str) -> String {
        match sig {
            Sig::Get => {
                let r = b.tmp();
                b.line(format!("{r} = call i64 {fp}(ptr {d})"));
                mix(b, acc, &r)
            }
            Sig::Mix => {
                let r = b.tmp();
                b.line(format!("{r} = call i64 {fp}(ptr {d}, i64 {acc})"));
                mix(b, acc, &r)
            }
            Sig::Mut => {
                b.line(format!("call void {fp}(ptr {d}, i64 {acc})"));
                mix(b, acc, "7")
            }
            Sig::Narrow => {
                let x = b.tmp();
                b.line(format!("{x} = trunc i64 {acc} to i32"));
                let r = b.tmp();
                b.line(format!("{r} = call i32 {fp}(ptr {d}, i32 {x})"));
                let z = b.tmp();
                b.line(format!("{z} = zext i32 {r} to i64"));
                mix(b, acc, &z)
            }
        }
    }

    fn op_method(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> Option<String> {
        let slots = self.callable(o.tr);
        if slots.is_empty() {
            return None;
        }
        let (k, sig) = self.rng.pick(&slots);
        let n = self.traits[o.tr].layout.len();
        let fp = self.read(b, &o.vt, n, 24 + 8 * k as u64, true);
        Some(self.call_method(b, &fp, sig, &o.d, acc))
    }

    fn op_header(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> String {
        let n = self.traits[o.tr].layout.len();
        let off = if self.rng.chance(50) { 8 } else { 16 };
        let v = self.read(b, &o.vt, n, off, false);
        mix(b, acc, &v)
    }

    fn op_drop(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> String {
        let n = self.traits[o.tr].layout.len();
        let fp = self.read(b, &o.vt, n, 0, true);
        let nn = b.tmp();
        b.line(format!("{nn} = icmp ne ptr {fp}, null"));
        let (yes, join) = (b.fresh("drop"), b.fresh("dropped"));
        b.line(format!("br i1 {nn}, label %{yes}, label %{join}"));
        b.label(&yes);
        b.line(format!("call void {fp}(ptr {})", o.d));
        b.line(format!("br label %{join}"));
        b.label(&join);
        mix(b, acc, "3")
    }

    fn op_loop(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> Option<String> {
        let slots = self.callable(o.tr);
        if slots.is_empty() {
            return None;
        }
        let (k, sig) = self.rng.pick(&slots);
        let trips = self.rng.range(2, 4);
        let (head, exit) = (b.fresh("loop"), b.fresh("loop_end"));
        let (i, a, i2) = (b.tmp(), b.tmp(), b.tmp());
        let before = b.block.clone();
        b.line(format!("br label %{head}"));
        b.label(&head);
        b.line(format!("{i} = phi i64 [ 0, %{before} ], [ {i2}, %{head} ]"));
        b.line(format!(
            "{a} = phi i64 [ {acc}, %{before} ], [ @@A2@@, %{head} ]"
        ));
        let n = self.traits[o.tr].layout.len();
        let fp = self.read(b, &o.vt, n, 24 + 8 * k as u64, true);
        let a2 = self.call_method(b, &fp, sig, &o.d, &a);
        b.text = b.text.replace("@@A2@@", &a2);
        b.line(format!("{i2} = add i64 {i}, 1"));
        let c = b.tmp();
        b.line(format!("{c} = icmp ult i64 {i2}, {trips}"));
        b.line(format!("br i1 {c}, label %{head}, label %{exit}"));
        b.label(&exit);
        Some(a2)
    }

    fn op_upcast(&mut self, b: &mut Body, o: &ObjRef, acc: &str, depth: usize) -> Option<String> {
        let vptrs = self.vptr_slots(o.tr);
        if vptrs.is_empty() || depth > 1 {
            return None;
        }
        let (k, u) = self.rng.pick(&vptrs);
        let n = self.traits[o.tr].layout.len();
        let s = self.read(b, &o.vt, n, 24 + 8 * k as u64, true);
        let vid = self.new_value(Src::Unknown);
        let sub = ObjRef {
            d: o.d.clone(),
            vt: VRef {
                op: s,
                vid,
                global: false,
            },
            tr: u,
        };
        let count = self.rng.range(1, 3);
        Some(self.ops(b, &sub, acc, count, depth + 1, false))
    }

    fn helper(&mut self, t: usize, k: usize) -> (String, usize) {
        if let Some(h) = self.helpers.get(&(t, k)) {
            return (h.name.clone(), h.param);
        }
        let name = format!("upcast.{t}.{k}");
        let param = self.new_value(Src::Param);
        let mut b = Body::new();
        let vt = VRef {
            op: "%vt".into(),
            vid: param,
            global: false,
        };
        let n = self.traits[t].layout.len();
        let s = self.read(&mut b, &vt, n, 24 + 8 * k as u64, true);
        let (w1, w2) = (b.tmp(), b.tmp());
        b.line(format!(
            "{w1} = insertvalue {{ ptr, ptr }} poison, ptr %d, 0"
        ));
        b.line(format!(
            "{w2} = insertvalue {{ ptr, ptr }} {w1}, ptr {s}, 1"
        ));
        b.line(format!("ret {{ ptr, ptr }} {w2}"));
        let _ = write!(
            self.helper_text,
            "; <dyn T{t}> upcast through slot {k}\ndefine internal {{ ptr, ptr }} @{name}(ptr %d, ptr align 8 %vt) unnamed_addr #0 {{\nstart:\n{}}}\n\n",
            b.text
        );
        self.helpers.insert(
            (t, k),
            Helper {
                name: name.clone(),
                param,
            },
        );
        (name, param)
    }

    fn op_upcast_agg(
        &mut self,
        b: &mut Body,
        o: &ObjRef,
        acc: &str,
        depth: usize,
    ) -> Option<String> {
        let vptrs = self.vptr_slots(o.tr);
        if vptrs.is_empty() || depth > 1 {
            return None;
        }
        let (k, u) = self.rng.pick(&vptrs);
        let (name, param) = self.helper(o.tr, k);
        self.edges.push((o.vt.vid, param));
        let (w, d2, v2) = (b.tmp(), b.tmp(), b.tmp());
        b.line(format!(
            "{w} = call {{ ptr, ptr }} @{name}(ptr {}, ptr {})",
            o.d, o.vt.op
        ));
        b.line(format!("{d2} = extractvalue {{ ptr, ptr }} {w}, 0"));
        b.line(format!("{v2} = extractvalue {{ ptr, ptr }} {w}, 1"));
        let count = self.rng.range(1, 3);
        Some(self.ops_on_unknown(b, d2, v2, u, acc, count, depth))
    }

    /// Continues with `count` operations on an object whose vtable pointer
    /// `v` has an origin the census cannot follow (loaded, returned).
    #[allow(clippy::too_many_arguments)]
    fn ops_on_unknown(&mut self, b: &mut Body, d: String, v: String, tr: usize, acc: &str, count: usize, depth: usize) -> String {
        let vid = self.new_value(Src::Unknown);
        let sub = ObjRef { d, vt: VRef { op: v, vid, global: false }, tr };
        self.ops(b, &sub, acc, count, depth + 1, false)
    }

    fn op_call_fn(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> Option<String> {
        let chain = self.prefix_chain(o.tr);
        let cands: Vec<usize> = (0..self.fns.len())
            .filter(|&i| !self.fns[i].two && chain.contains(&self.fns[i].tr))
            .collect();
        if cands.is_empty() {
            return None;
        }
        let f = self.rng.pick(&cands);
        self.edges.push((o.vt.vid, self.fns[f].params[0]));
        let r = b.tmp();
        b.line(format!(
            "{r} = call i64 @{}(ptr {}, ptr {}, i64 {acc})",
            self.fns[f].name, o.d, o.vt.op
        ));
        Some(mix(b, acc, &r))
    }

    fn op_compare(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> Option<String> {
        let tys: Vec<usize> = (0..self.types.len())
            .filter(|&t| self.types[t].traits.contains(&o.tr))
            .collect();
        if tys.is_empty() {
            return None;
        }
        let ty = self.rng.pick(&tys);
        let g = self.vt_ref(ty, o.tr);
        let (c, z) = (b.tmp(), b.tmp());
        b.line(format!("{c} = icmp eq ptr {}, {}", o.vt.op, g.op));
        b.line(format!("{z} = zext i1 {c} to i64"));
        Some(mix(b, acc, &z))
    }

    fn op_spill(&mut self, b: &mut Body, o: &ObjRef, acc: &str, depth: usize) -> Option<String> {
        if depth > 1 {
            return None;
        }
        let (s, s1, d2, v2) = (b.tmp(), b.tmp(), b.tmp(), b.tmp());
        b.line(format!("{s} = alloca [16 x i8], align 8"));
        b.line(format!("store ptr {}, ptr {s}, align 8", o.d));
        b.line(format!("{s1} = getelementptr inbounds i8, ptr {s}, i64 8"));
        b.line(format!("store ptr {}, ptr {s1}, align 8", o.vt.op));
        b.line(format!("{d2} = load ptr, ptr {s}, align 8"));
        b.line(format!("{v2} = load ptr, ptr {s1}, align 8"));
        let count = self.rng.range(1, 2);
        Some(self.ops_on_unknown(b, d2, v2, o.tr, acc, count, depth))
    }

    /// RELTAB_DIFF_EXTRA=entry-select: a marked load from a select of two
    /// entry addresses (what SimplifyCFG makes of two marked loads in two
    /// branches when it sinks them).
    fn op_entry_select(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> Option<String> {
        let slots = self.callable(o.tr);
        let sig = slots.first()?.1;
        let same: Vec<usize> = slots.iter().filter(|s| s.1 == sig).map(|s| s.0).collect();
        let (k1, k2) = (self.rng.pick(&same), self.rng.pick(&same));
        let (a1, a2, c, a, fp) = (b.tmp(), b.tmp(), b.tmp(), b.tmp(), b.tmp());
        b.line(format!(
            "{a1} = getelementptr inbounds i8, ptr {}, i64 {}",
            o.vt.op,
            24 + 8 * k1
        ));
        b.line(format!(
            "{a2} = getelementptr inbounds i8, ptr {}, i64 {}",
            o.vt.op,
            24 + 8 * k2
        ));
        b.line(format!("{c} = trunc i64 {acc} to i1"));
        b.line(format!("{a} = select i1 {c}, ptr {a1}, ptr {a2}"));
        b.line(format!(
            "{fp} = load ptr, ptr {a}, align 8, !invariant.load !0"
        ));
        Some(self.call_method(b, &fp, sig, &o.d, acc))
    }

    /// RELTAB_DIFF_EXTRA=nonconst-offset: an unmarked read at a computed
    /// offset from a vtable pointer the census knows (a marked read of the
    /// same base comes first).
    fn op_nonconst_offset(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> Option<String> {
        let slots = self.callable(o.tr);
        let (k, sig) = *slots.first()?;
        let n = self.traits[o.tr].layout.len();
        // The marked read that makes the base known.
        let before = self.marked_percent;
        self.marked_percent = 100;
        let v = self.read(b, &o.vt, n, 8, false);
        self.marked_percent = before;
        let acc = mix(b, acc, &v);
        let (z, off, a, fp) = (b.tmp(), b.tmp(), b.tmp(), b.tmp());
        b.line(format!("{z} = and i64 {acc}, 0"));
        b.line(format!("{off} = add i64 {z}, {}", 24 + 8 * k));
        b.line(format!(
            "{a} = getelementptr inbounds i8, ptr {}, i64 {off}",
            o.vt.op
        ));
        b.line(format!("{fp} = load ptr, ptr {a}, align 8"));
        Some(self.call_method(b, &fp, sig, &o.d, &acc))
    }

    /// `count` random operations on `o`; returns the new acc.
    fn ops(
        &mut self,
        b: &mut Body,
        o: &ObjRef,
        acc: &str,
        count: usize,
        depth: usize,
        top: bool,
    ) -> String {
        let mut acc = acc.to_string();
        if Some(o.tr) == self.marker_trait {
            for _ in 0..count {
                acc = if self.rng.chance(30) {
                    self.op_drop(b, o, &acc)
                } else {
                    self.op_header(b, o, &acc)
                };
            }
            return acc;
        }
        let mut done = 0;
        while done < count {
            let r = match self.rng.below(100) {
                0..=31 => self.op_method(b, o, &acc),
                32..=40 => Some(self.op_header(b, o, &acc)),
                41..=48 => Some(self.op_drop(b, o, &acc)),
                49..=61 => self.op_upcast(b, o, &acc, depth),
                62..=67 => self.op_upcast_agg(b, o, &acc, depth),
                68..=79 => self.op_call_fn(b, o, &acc),
                80..=84 => self.op_compare(b, o, &acc),
                85..=90 => self.op_loop(b, o, &acc),
                91..=95 => self.op_spill(b, o, &acc, depth),
                96..=97 if top && self.extra.entry_select => self.op_entry_select(b, o, &acc),
                _ if top && self.extra.nonconst_offset => self.op_nonconst_offset(b, o, &acc),
                _ => self.op_method(b, o, &acc),
            };
            if let Some(a) = r {
                acc = a;
                done += 1;
            }
        }
        acc
    }

    // -- functions -----------------------------------------------------------

    fn absolute_bytes(&self, t: usize) -> u64 {
        24 + 8 * self.traits[t].layout.len() as u64
    }

    fn make_dyn_fns(&mut self) {
        let with_entries: BTreeSet<usize> = self
            .entries
            .iter()
            .flat_map(|e| self.prefix_chain(e.tr))
            .collect();
        for t in 0..self.traits.len() {
            if !with_entries.contains(&t) {
                continue;
            }
            let singles = self.rng.range(1, 2);
            for j in 0..singles + usize::from(self.rng.chance(35)) {
                let two = j >= singles;
                let name = format!("dyn{}.T{t}.{j}", if two { "2" } else { "" });
                let p1 = self.new_value(Src::Param);
                let p2 = self.new_value(Src::Param);
                let mut b = Body::new();
                let deref = if self.rng.chance(50) {
                    format!(
                        " noalias noundef readonly dereferenceable({})",
                        self.absolute_bytes(t)
                    )
                } else {
                    String::new()
                };
                let o1 = ObjRef {
                    d: "%d".into(),
                    vt: VRef {
                        op: "%vt".into(),
                        vid: p1,
                        global: false,
                    },
                    tr: t,
                };
                let count = self.rng.range(1, 5);
                let mut acc = self.ops(&mut b, &o1, "%x", count, 0, true);
                let header = if two {
                    let o2 = ObjRef {
                        d: "%d2".into(),
                        vt: VRef {
                            op: "%vt2".into(),
                            vid: p2,
                            global: false,
                        },
                        tr: t,
                    };
                    acc = self.ops(&mut b, &o2, &acc, 1, 0, true);
                    let merged = self.new_value(Src::Merge(vec![p1, p2]));
                    let (dm, vm);
                    if self.rng.chance(50) {
                        let c = b.tmp();
                        b.line(format!("{c} = trunc i64 {acc} to i1"));
                        (dm, vm) = (b.tmp(), b.tmp());
                        b.line(format!("{dm} = select i1 {c}, ptr %d, ptr %d2"));
                        b.line(format!("{vm} = select i1 {c}, ptr %vt, ptr %vt2"));
                    } else {
                        let c = b.tmp();
                        b.line(format!("{c} = trunc i64 {acc} to i1"));
                        let (l, r, m) = (b.fresh("left"), b.fresh("right"), b.fresh("merge"));
                        b.line(format!("br i1 {c}, label %{l}, label %{r}"));
                        b.label(&l);
                        let al = self.op_header(&mut b, &o1, &acc);
                        let lend = b.block.clone();
                        b.line(format!("br label %{m}"));
                        b.label(&r);
                        let ar = mix(&mut b, &acc, "5");
                        b.line(format!("br label %{m}"));
                        b.label(&m);
                        (dm, vm) = (b.tmp(), b.tmp());
                        let am = b.tmp();
                        b.line(format!("{dm} = phi ptr [ %d, %{lend} ], [ %d2, %{r} ]"));
                        b.line(format!("{vm} = phi ptr [ %vt, %{lend} ], [ %vt2, %{r} ]"));
                        b.line(format!("{am} = phi i64 [ {al}, %{lend} ], [ {ar}, %{r} ]"));
                        acc = am;
                    }
                    let om = ObjRef {
                        d: dm,
                        vt: VRef {
                            op: vm,
                            vid: merged,
                            global: false,
                        },
                        tr: t,
                    };
                    let count = self.rng.range(1, 3);
                    acc = self.ops(&mut b, &om, &acc, count, 0, true);
                    format!(
                        "ptr %d, ptr align 8{deref} %vt, ptr %d2, ptr align 8{deref} %vt2, i64 %x"
                    )
                } else {
                    format!("ptr %d, ptr align 8{deref} %vt, i64 %x")
                };
                b.line(format!("ret i64 {acc}"));
                let _ = write!(
                    self.fn_text,
                    "; a function taking {} &dyn T{t}\ndefine internal i64 @{name}({header}) unnamed_addr #1 {{\nstart:\n{}}}\n\n",
                    if two { "two" } else { "one" },
                    b.text
                );
                self.fns.push(DynFn {
                    name,
                    tr: t,
                    two,
                    params: vec![p1, p2],
                });
            }
        }
    }

    /// Operand pair (data, vtable) for an object of a trait compatible with
    /// `t`, from the table, the heap pairs, a vtable global passed directly,
    /// or a select between two globals.
    fn source(&mut self, b: &mut Body, t: usize, acc: &str, heap_ptrs: &[String]) -> ObjRef {
        let cands: Vec<usize> = (0..self.entries.len())
            .filter(|&i| self.prefix_chain(self.entries[i].tr).contains(&t))
            .collect();
        let e = self.entries[self.rng.pick(&cands)];
        let obj_op = |g: &Gen, obj: usize| -> String {
            if g.objects[obj].heap {
                heap_ptrs[obj].clone()
            } else {
                format!("@obj.{obj}")
            }
        };
        let ty = self.objects[e.obj].ty;
        match self.rng.below(10) {
            0..=3 => {
                let (d, v) = (b.tmp(), b.tmp());
                if self.objects[e.obj].heap {
                    let arr = format!("[{} x {{ ptr, ptr }}]", self.heap_len);
                    let (p0, p1) = (b.tmp(), b.tmp());
                    b.line(format!(
                        "{p0} = getelementptr inbounds {arr}, ptr %pairs, i64 0, i64 {}, i32 0",
                        e.place
                    ));
                    b.line(format!("{d} = load ptr, ptr {p0}, align 8"));
                    b.line(format!(
                        "{p1} = getelementptr inbounds {arr}, ptr %pairs, i64 0, i64 {}, i32 1",
                        e.place
                    ));
                    b.line(format!("{v} = load ptr, ptr {p1}, align 8"));
                } else {
                    let arr = format!("[{} x {{ ptr, ptr }}]", self.table_len);
                    for (r, field) in [(&d, 0), (&v, 1)] {
                        b.line(format!(
                            "{r} = load ptr, ptr getelementptr inbounds ({arr}, ptr @objs, i64 0, i64 {}, i32 {field}), align 8",
                            e.place
                        ));
                    }
                }
                let vid = self.new_value(Src::Unknown);
                ObjRef {
                    d,
                    vt: VRef {
                        op: v,
                        vid,
                        global: false,
                    },
                    tr: e.tr,
                }
            }
            4..=6 if self.rng.chance(25) => {
                // A static holding just the vtable pointer (GlobalOpt splits
                // a static wide pointer into one global per field).
                self.holders.insert((ty, e.tr));
                let v = b.tmp();
                b.line(format!(
                    "{v} = load ptr, ptr @holder.S{ty}.T{}, align 8",
                    e.tr
                ));
                let vid = self.new_value(Src::Unknown);
                ObjRef {
                    d: obj_op(self, e.obj),
                    vt: VRef {
                        op: v,
                        vid,
                        global: false,
                    },
                    tr: e.tr,
                }
            }
            4..=6 => ObjRef {
                d: obj_op(self, e.obj),
                vt: self.vt_ref(ty, e.tr),
                tr: e.tr,
            },
            _ => {
                // A select between two globals of the same trait.
                let same: Vec<usize> = (0..self.entries.len())
                    .filter(|&i| self.entries[i].tr == e.tr)
                    .collect();
                let e2 = self.entries[self.rng.pick(&same)];
                let ty2 = self.objects[e2.obj].ty;
                let (g1, g2) = (self.vt_ref(ty, e.tr), self.vt_ref(ty2, e2.tr));
                let (c, d, v) = (b.tmp(), b.tmp(), b.tmp());
                let sh = b.tmp();
                b.line(format!("{sh} = lshr i64 {acc}, 17"));
                b.line(format!("{c} = trunc i64 {sh} to i1"));
                b.line(format!(
                    "{d} = select i1 {c}, ptr {}, ptr {}",
                    obj_op(self, e.obj),
                    obj_op(self, e2.obj)
                ));
                b.line(format!("{v} = select i1 {c}, ptr {}, ptr {}", g1.op, g2.op));
                let vid = self.new_value(Src::Merge(vec![g1.vid, g2.vid]));
                ObjRef {
                    d,
                    vt: VRef {
                        op: v,
                        vid,
                        global: false,
                    },
                    tr: e.tr,
                }
            }
        }
    }

    fn make_main(&mut self) -> String {
        let mut b = Body::new();
        if self.heap_len > 0 {
            b.line(format!(
                "%pairs = alloca [{} x {{ ptr, ptr }}], align 8",
                self.heap_len
            ));
        }
        let mut heap_ptrs = vec![String::new(); self.objects.len()];
        for (i, o) in self.objects.iter().enumerate().filter(|(_, o)| o.heap) {
            let (size, _) = self.types[o.ty].repr.size_align();
            let h = format!("%heap{i}");
            b.line(format!("{h} = call ptr @malloc(i64 {})", size.max(8)));
            for (j, v) in o.init.iter().enumerate() {
                match self.types[o.ty].repr {
                    Repr::I32(_) => {
                        let p = b.tmp();
                        b.line(format!(
                            "{p} = getelementptr inbounds i8, ptr {h}, i64 {}",
                            4 * j
                        ));
                        b.line(format!("store i32 {}, ptr {p}, align 4", *v as u32 as i32));
                    }
                    _ => {
                        let p = b.tmp();
                        b.line(format!(
                            "{p} = getelementptr inbounds i8, ptr {h}, i64 {}",
                            8 * j
                        ));
                        b.line(format!("store i64 {}, ptr {p}, align 8", *v as i64));
                    }
                }
            }
            heap_ptrs[i] = h;
        }
        for e in self
            .entries
            .clone()
            .iter()
            .filter(|e| self.objects[e.obj].heap)
        {
            let ty = self.objects[e.obj].ty;
            let (p0, p1) = (b.tmp(), b.tmp());
            b.line(format!("{p0} = getelementptr inbounds [{} x {{ ptr, ptr }}], ptr %pairs, i64 0, i64 {}, i32 0", self.heap_len, e.place));
            b.line(format!("store ptr {}, ptr {p0}, align 8", heap_ptrs[e.obj]));
            b.line(format!("{p1} = getelementptr inbounds [{} x {{ ptr, ptr }}], ptr %pairs, i64 0, i64 {}, i32 1", self.heap_len, e.place));
            let vt = self.vt_ref(ty, e.tr).op;
            if self.rng.chance(30) {
                // SROA's form: the pointer stored as an integer.
                b.line(format!(
                    "store i64 ptrtoint (ptr {vt} to i64), ptr {p1}, align 8"
                ));
            } else {
                b.line(format!("store ptr {vt}, ptr {p1}, align 8"));
            }
        }
        // Every function once, then random steps and direct reads.
        let mut plan: Vec<Option<usize>> = (0..self.fns.len()).map(Some).collect();
        for _ in 0..self.rng.range(4, 12) {
            let pick = if self.rng.chance(80) {
                Some(self.rng.below(self.fns.len()))
            } else {
                None
            };
            plan.push(pick);
        }
        // Shuffle.
        for i in (1..plan.len()).rev() {
            let j = self.rng.below(i + 1);
            plan.swap(i, j);
        }
        let mut acc = format!("{}", (self.rng.next() >> 1) as i64);
        let seed_acc = b.tmp();
        b.line(format!("{seed_acc} = add i64 {acc}, 0"));
        acc = seed_acc;
        for (step, p) in plan.into_iter().enumerate() {
            match p {
                Some(f) => {
                    let (t, two, name) =
                        (self.fns[f].tr, self.fns[f].two, self.fns[f].name.clone());
                    let o1 = self.source(&mut b, t, &acc, &heap_ptrs);
                    self.edges.push((o1.vt.vid, self.fns[f].params[0]));
                    let r = b.tmp();
                    if two {
                        let o2 = self.source(&mut b, t, &acc, &heap_ptrs);
                        self.edges.push((o2.vt.vid, self.fns[f].params[1]));
                        b.line(format!(
                            "{r} = call i64 @{name}(ptr {}, ptr {}, ptr {}, ptr {}, i64 {acc})",
                            o1.d, o1.vt.op, o2.d, o2.vt.op
                        ));
                    } else {
                        b.line(format!(
                            "{r} = call i64 @{name}(ptr {}, ptr {}, i64 {acc})",
                            o1.d, o1.vt.op
                        ));
                    }
                    acc = mix(&mut b, &acc, &r);
                }
                None => {
                    // A read straight from a vtable global, as inlined code has.
                    let e = self.entries[self.rng.below(self.entries.len())];
                    let ty = self.objects[e.obj].ty;
                    let d = if self.objects[e.obj].heap {
                        heap_ptrs[e.obj].clone()
                    } else {
                        format!("@obj.{}", e.obj)
                    };
                    let o = ObjRef {
                        d,
                        vt: self.vt_ref(ty, e.tr),
                        tr: e.tr,
                    };
                    let count = self.rng.range(1, 2);
                    acc = if Some(e.tr) == self.marker_trait {
                        self.op_header(&mut b, &o, &acc)
                    } else {
                        let mut a = acc.clone();
                        for _ in 0..count {
                            a = match self.rng.below(4) {
                                0 => self.op_header(&mut b, &o, &a),
                                _ => match self.op_method(&mut b, &o, &a) {
                                    Some(x) => x,
                                    None => self.op_header(&mut b, &o, &a),
                                },
                            };
                        }
                        a
                    };
                }
            }
            b.line(format!(
                "call i32 (ptr, ...) @printf(ptr @fmt.step, i32 {step}, i64 {acc})"
            ));
            // Flushed, so that a crash shows how far the program got.
            b.line("call i32 @fflush(ptr null)");
        }
        // The final state of every object, the drops, the ZST state.
        for (i, o) in self.objects.iter().enumerate() {
            let base = if o.heap {
                heap_ptrs[i].clone()
            } else {
                format!("@obj.{i}")
            };
            let mut h = "0".to_string();
            for j in 0..self.types[o.ty].repr.fields() {
                let (p, v) = (b.tmp(), b.tmp());
                match self.types[o.ty].repr {
                    Repr::I32(_) => {
                        b.line(format!(
                            "{p} = getelementptr inbounds i8, ptr {base}, i64 {}",
                            4 * j
                        ));
                        let w = b.tmp();
                        b.line(format!("{w} = load i32, ptr {p}, align 4"));
                        b.line(format!("{v} = zext i32 {w} to i64"));
                    }
                    _ => {
                        b.line(format!(
                            "{p} = getelementptr inbounds i8, ptr {base}, i64 {}",
                            8 * j
                        ));
                        b.line(format!("{v} = load i64, ptr {p}, align 8"));
                    }
                }
                h = mix(&mut b, &h, &v);
            }
            b.line(format!(
                "call i32 (ptr, ...) @printf(ptr @fmt.obj, i32 {i}, i64 {h})"
            ));
        }
        let (dr, zs) = (b.tmp(), b.tmp());
        b.line(format!("{dr} = load i64, ptr @drops, align 8"));
        b.line(format!("{zs} = load i64, ptr @zst.state, align 8"));
        b.line(format!(
            "call i32 (ptr, ...) @printf(ptr @fmt.end, i64 {dr}, i64 {zs})"
        ));
        let (t, c) = (b.tmp(), b.tmp());
        b.line(format!("{t} = trunc i64 {acc} to i32"));
        b.line(format!("{c} = and i32 {t}, 63"));
        b.line(format!("ret i32 {c}"));
        format!(
            "define i32 @main() unnamed_addr #1 {{\nstart:\n{}}}\n",
            b.text
        )
    }

    // -- types' functions and vtables -----------------------------------------

    fn field_load(&self, b: &mut Body, ty: usize, j: usize) -> String {
        let repr = self.types[ty].repr;
        let v = b.tmp();
        match repr {
            Repr::Zst => b.line(format!("{v} = load i64, ptr @zst.state, align 8")),
            Repr::CStr => b.line(format!("{v} = load i64, ptr %self, align 1")),
            Repr::I64(n) => {
                let p = field_address(b, 8 * (j % n));
                b.line(format!("{v} = load i64, ptr {p}, align 8"));
            }
            Repr::I32(n) => {
                let p = field_address(b, 4 * (j % n));
                let w = b.tmp();
                b.line(format!("{w} = load i32, ptr {p}, align 4"));
                b.line(format!("{v} = sext i32 {w} to i64"));
            }
        }
        v
    }

    fn field_store(&self, b: &mut Body, ty: usize, j: usize, v: &str) {
        match self.types[ty].repr {
            Repr::Zst => b.line(format!("store i64 {v}, ptr @zst.state, align 8")),
            Repr::CStr => {
                let m = b.tmp();
                b.line(format!("{m} = and i64 {v}, 72057594037927935"));
                b.line(format!("store i64 {m}, ptr %self, align 1"));
            }
            Repr::I64(n) => {
                let p = field_address(b, 8 * (j % n));
                b.line(format!("store i64 {v}, ptr {p}, align 8"));
            }
            Repr::I32(n) => {
                let p = field_address(b, 4 * (j % n));
                let w = b.tmp();
                b.line(format!("{w} = trunc i64 {v} to i32"));
                b.line(format!("store i32 {w}, ptr {p}, align 4"));
            }
        }
    }

    fn receiver(&self, ty: usize) -> String {
        let (size, align) = self.types[ty].repr.size_align();
        if size == 0 {
            format!("ptr noundef nonnull align {align} %self")
        } else {
            format!("ptr noundef align {align} dereferenceable({size}) %self")
        }
    }

    fn method_fn(&self, ty: usize, t: usize, idx: usize) -> String {
        let sig = self.traits[t].own[idx].sig;
        let k = self.types[ty].k;
        let c1 = (k[0] ^ (t as u64 * 0x100_0193 + idx as u64 * 0x9e37)) | 1;
        let c2 = k[1].rotate_left((t * 7 + idx) as u32);
        let j = t + idx;
        let mut b = Body::new();
        let f = self.field_load(&mut b, ty, j);
        let m = b.tmp();
        b.line(format!("{m} = mul i64 {f}, {}", c1 as i64));
        let (ret, params) = match sig {
            Sig::Get => {
                let r = b.tmp();
                b.line(format!("{r} = xor i64 {m}, {}", c2 as i64));
                b.line(format!("ret i64 {r}"));
                ("i64", String::new())
            }
            Sig::Mix => {
                let (a, r) = (b.tmp(), b.tmp());
                b.line(format!("{a} = add i64 %x, {}", c2 as i64));
                b.line(format!("{r} = xor i64 {m}, {a}"));
                b.line(format!("ret i64 {r}"));
                ("i64", ", i64 %x".to_string())
            }
            Sig::Mut => {
                let a = b.tmp();
                b.line(format!("{a} = add i64 {m}, %x"));
                self.field_store(&mut b, ty, j, &a);
                b.line("ret void");
                ("void", ", i64 %x".to_string())
            }
            Sig::Narrow => {
                let (tr, mx, r) = (b.tmp(), b.tmp(), b.tmp());
                b.line(format!("{tr} = trunc i64 {m} to i32"));
                b.line(format!("{mx} = mul i32 %x, {}", (c2 as u32 | 1) as i32));
                b.line(format!("{r} = xor i32 {tr}, {mx}"));
                b.line(format!("ret i32 {r}"));
                ("i32", ", i32 %x".to_string())
            }
        };
        format!(
            "; <S{ty} as T{t}>::m{idx}\ndefine internal {ret} @S{ty}.T{t}.m{idx}({}{params}) unnamed_addr #0 {{\nstart:\n{}}}\n\n",
            self.receiver(ty),
            b.text
        )
    }

    fn drop_fn(&self, ty: usize) -> String {
        let mut b = Body::new();
        let f = self.field_load(&mut b, ty, 0);
        let (d, x, m, a) = (b.tmp(), b.tmp(), b.tmp(), b.tmp());
        b.line(format!("{d} = load i64, ptr @drops, align 8"));
        b.line(format!("{x} = xor i64 {d}, {f}"));
        b.line(format!("{m} = mul i64 {x}, 1099511628211"));
        b.line(format!(
            "{a} = add i64 {m}, {}",
            (self.types[ty].k[2] >> 1) as i64
        ));
        b.line(format!("store i64 {a}, ptr @drops, align 8"));
        b.line("ret void");
        format!(
            "; core::ptr::drop_in_place::<S{ty}>\ndefine internal void @S{ty}.drop({}) unnamed_addr #0 {{\nstart:\n{}}}\n\n",
            self.receiver(ty),
            b.text
        )
    }

    fn vtable_global(&mut self, ty: usize, t: usize) -> String {
        #[derive(Clone)]
        enum W {
            Ptr(String),
            Bytes(u64),
            Undef,
        }
        let tyd = &self.types[ty];
        let (size, align) = tyd.repr.size_align();
        let mut words = vec![
            if tyd.drop {
                W::Ptr(format!("@S{ty}.drop"))
            } else {
                W::Bytes(0)
            },
            W::Bytes(size),
            W::Bytes(align),
        ];
        for s in &self.traits[t].layout {
            words.push(match *s {
                Slot::Vptr(u) => W::Ptr(format!("@{}", self.vt_names[&(ty, u)])),
                Slot::Method { tr, idx } => match tyd.impls[&(tr, idx)] {
                    Impl::Own => W::Ptr(format!("@S{ty}.T{tr}.m{idx}")),
                    Impl::Strlen => W::Ptr("@strlen".into()),
                    Impl::VacantUndef => W::Undef,
                    Impl::VacantNull => W::Bytes(0),
                },
            });
        }
        let (mut tys, mut vals) = (Vec::new(), Vec::new());
        if self.rng.chance(75) {
            // rustc's form: runs of data words as one byte array.
            let mut run: Vec<u8> = Vec::new();
            let flush = |run: &mut Vec<u8>, tys: &mut Vec<String>, vals: &mut Vec<String>| {
                if !run.is_empty() {
                    tys.push(format!("[{} x i8]", run.len()));
                    let s: String = run.iter().map(|b| format!("\\{b:02X}")).collect();
                    vals.push(format!("[{} x i8] c\"{s}\"", run.len()));
                    run.clear();
                }
            };
            for w in &words {
                match w {
                    W::Bytes(v) => run.extend_from_slice(&v.to_le_bytes()),
                    W::Ptr(p) => {
                        flush(&mut run, &mut tys, &mut vals);
                        tys.push("ptr".into());
                        vals.push(format!("ptr {p}"));
                    }
                    W::Undef => {
                        flush(&mut run, &mut tys, &mut vals);
                        tys.push("[8 x i8]".into());
                        vals.push("[8 x i8] undef".into());
                    }
                }
            }
            flush(&mut run, &mut tys, &mut vals);
        } else {
            // One field per word: i64 numbers, `ptr null`, `ptr undef`.
            for (i, w) in words.iter().enumerate() {
                match w {
                    W::Bytes(0) if i == 0 || i >= 3 => {
                        tys.push("ptr".into());
                        vals.push("ptr null".into());
                    }
                    W::Bytes(v) => {
                        tys.push("i64".into());
                        vals.push(format!("i64 {v}"));
                    }
                    W::Ptr(p) => {
                        tys.push("ptr".into());
                        vals.push(format!("ptr {p}"));
                    }
                    W::Undef => {
                        tys.push("ptr".into());
                        vals.push("ptr undef".into());
                    }
                }
            }
        }
        format!(
            "; <S{ty} as T{t}>::{{vtable}}\n@{} = private unnamed_addr constant <{{ {} }}> <{{ {} }}>, align 8\n",
            self.vt_names[&(ty, t)],
            tys.join(", "),
            vals.join(", ")
        )
    }

    // -- the module ------------------------------------------------------------

    fn known_values(&self) -> Vec<bool> {
        let mut known: Vec<bool> = self
            .values
            .iter()
            .map(|s| matches!(s, Src::Global))
            .collect();
        for r in self.reads.iter().filter(|r| r.marked) {
            known[r.base] = true;
        }
        loop {
            let mut changed = false;
            for (v, src) in self.values.iter().enumerate() {
                if let Src::Merge(ops) = src {
                    if !known[v] && ops.iter().any(|o| known[*o]) {
                        known[v] = true;
                        changed = true;
                    }
                }
            }
            for &(arg, param) in &self.edges {
                if known[arg] && !known[param] {
                    known[param] = true;
                    changed = true;
                }
            }
            if !changed {
                return known;
            }
        }
    }

    fn finish(mut self, seed: u64, main: String) -> Generated {
        // Unmarked reads the census could not see become marked.
        let known = self.known_values();
        for r in &mut self.reads {
            if !r.marked && !known[r.base] {
                r.marked = true;
            }
        }
        let mut m = String::new();
        let _ = writeln!(
            m,
            "; reltab differential test module, seed {seed:#x} (tests/tests/differential.rs)"
        );
        let _ = writeln!(m, "source_filename = \"diff{seed:x}\"");
        let _ = writeln!(m, "target datalayout = \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\"");
        let _ = writeln!(m, "target triple = \"x86_64-unknown-linux-gnu\"\n");
        for ty in 0..self.types.len() {
            let traits: Vec<usize> = self.types[ty].traits.iter().copied().collect();
            for t in traits {
                let g = self.vtable_global(ty, t);
                m.push_str(&g);
            }
        }
        m.push('\n');
        for (i, o) in self.objects.iter().enumerate().filter(|(_, o)| !o.heap) {
            let init = match self.types[o.ty].repr {
                Repr::Zst => "[1 x i8] zeroinitializer".to_string(),
                Repr::I32(_) => format!(
                    "[{} x i32] [{}]",
                    o.init.len(),
                    o.init
                        .iter()
                        .map(|v| format!("i32 {}", *v as u32 as i32))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                _ => format!(
                    "[{} x i64] [{}]",
                    o.init.len(),
                    o.init
                        .iter()
                        .map(|v| format!("i64 {}", *v as i64))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            let (_, align) = self.types[o.ty].repr.size_align();
            let _ = writeln!(
                m,
                "@obj.{i} = internal global {init}, align {}",
                align.max(8)
            );
        }
        if self.table_len > 0 {
            let mut cells = vec![String::new(); self.table_len];
            for e in self.entries.iter().filter(|e| !self.objects[e.obj].heap) {
                let ty = self.objects[e.obj].ty;
                cells[e.place] = format!(
                    "{{ ptr, ptr }} {{ ptr @obj.{}, ptr @{} }}",
                    e.obj,
                    self.vt_names[&(ty, e.tr)]
                );
            }
            let kind = if self.rng.chance(50) {
                "constant"
            } else {
                "global"
            };
            let _ = writeln!(
                m,
                "@objs = internal {kind} [{} x {{ ptr, ptr }}] [{}], align 8",
                self.table_len,
                cells.join(", ")
            );
        }
        for (ty, t) in &self.holders {
            let _ = writeln!(
                m,
                "@holder.S{ty}.T{t} = internal unnamed_addr constant ptr @{}, align 8",
                self.vt_names[&(*ty, *t)]
            );
        }
        let _ = writeln!(m, "@drops = internal global i64 0, align 8");
        let _ = writeln!(m, "@zst.state = internal global i64 12345, align 8");
        for (name, text) in [
            ("step", "s%02d %016llx\n"),
            ("obj", "o%02d %016llx\n"),
            ("end", "drops %016llx zst %016llx\n"),
        ] {
            let (lit, len) = c_string(text);
            let _ = writeln!(
                m,
                "@fmt.{name} = private unnamed_addr constant [{len} x i8] c\"{lit}\", align 1"
            );
        }
        m.push('\n');
        for ty in 0..self.types.len() {
            if self.types[ty].drop {
                m.push_str(&self.drop_fn(ty));
            }
            let impls: Vec<((usize, usize), Impl)> =
                self.types[ty].impls.iter().map(|(k, v)| (*k, *v)).collect();
            for ((t, idx), kind) in impls {
                if kind == Impl::Own {
                    m.push_str(&self.method_fn(ty, t, idx));
                }
            }
        }
        m.push_str(&self.helper_text);
        m.push_str(&self.fn_text);
        m.push_str(&main);
        m.push('\n');
        m.push_str("declare i32 @printf(ptr, ...) #2\n");
        m.push_str("declare noalias ptr @malloc(i64) #2\n");
        m.push_str("declare i32 @fflush(ptr) #2\n");
        if self.strlen_used {
            m.push_str("declare i64 @strlen(ptr) #2\n");
        }
        m.push_str(
            "\nattributes #0 = { nounwind nonlazybind uwtable \"target-cpu\"=\"x86-64\" }\n",
        );
        m.push_str("attributes #1 = { noinline nonlazybind uwtable \"target-cpu\"=\"x86-64\" }\n");
        m.push_str("attributes #2 = { nounwind }\n\n");
        m.push_str("!llvm.module.flags = !{!2, !3}\n");
        m.push_str("!0 = !{}\n!1 = !{i64 1, i64 536870913}\n");
        m.push_str("!2 = !{i32 8, !\"PIC Level\", i32 2}\n!3 = !{i32 7, !\"PIE Level\", i32 2}\n");

        let substitute = |all: bool| -> String {
            let mut out = String::with_capacity(m.len());
            let mut rest = m.as_str();
            while let Some(i) = rest.find("@@M") {
                out.push_str(&rest[..i]);
                let after = &rest[i + 3..];
                let j = after.find("@@").expect("closed marker");
                let id: usize = after[..j].parse().expect("read id");
                if all || self.reads[id].marked {
                    out.push_str(", !invariant.load !0");
                }
                rest = &after[j + 2..];
            }
            out.push_str(rest);
            out
        };
        let marked = self.reads.iter().filter(|r| r.marked).count();
        let expect = Expect {
            vtables: self
                .values
                .iter()
                .filter(|s| matches!(s, Src::Global))
                .count(),
            reads: self.reads.len(),
            marked,
            unmarked: self.reads.len() - marked,
            header_words: self.reads.iter().filter(|r| r.header_word).count(),
            exact: !self.extra.any(),
        };
        Generated {
            ir: substitute(false),
            ir_all_marked: substitute(true),
            expect,
        }
    }
}

// ---------------------------------------------------------------------------
// Running the tools
// ---------------------------------------------------------------------------

const TOOL_LIMIT: Duration = Duration::from_secs(120);
const RUN_LIMIT: Duration = Duration::from_secs(20);

struct Tools {
    opt: PathBuf,
    llc: PathBuf,
    lli: PathBuf,
    plugin: PathBuf,
}

impl Tools {
    fn find() -> Tools {
        Tools {
            opt: llvm_tool("opt"),
            llc: llvm_tool("llc"),
            lli: llvm_tool("lli"),
            plugin: opt_plugin_path(),
        }
    }
}

fn shell(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|s| s.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs a tool; Err with the command line and its output unless it exits 0.
fn tool(mut cmd: Command, dir: &Path) -> Result<Outcome, String> {
    cmd.current_dir(dir);
    let line = shell(&cmd);
    let out = run_command(cmd, TOOL_LIMIT).map_err(|e| format!("cannot run {line}: {e}"))?;
    if !out.success() {
        return Err(format!(
            "{line}\n  failed ({}):\n{}{}",
            out.status, out.stdout, out.stderr
        ));
    }
    Ok(out)
}

fn opt_plugin(t: &Tools, passes: &str, input: &str, output: &str, extra: &[&str]) -> Command {
    let mut c = Command::new(&t.opt);
    c.arg(format!("-load-pass-plugin={}", t.plugin.display()))
        .arg(format!("-passes={passes}"))
        .args(extra)
        .args(["-S", input, "-o", output]);
    c
}

fn opt_plain(t: &Tools, passes: &str, input: &str, output: &str) -> Command {
    let mut c = Command::new(&t.opt);
    c.arg(format!("-passes={passes}"))
        .args(["-S", input, "-o", output]);
    c
}

fn verify(t: &Tools, dir: &Path, file: &str) -> Result<(), String> {
    let mut c = Command::new(&t.opt);
    c.args(["-passes=verify", "-disable-output", file]);
    tool(c, dir)
        .map(|_| ())
        .map_err(|e| format!("the verifier rejects {file}:\n{e}"))
}

/// `llc -relocation-model=pic` and `cc -pie`, then the program, with a time
/// limit.
fn run_native(t: &Tools, dir: &Path, file: &str) -> Result<Outcome, String> {
    let stem = file.trim_end_matches(".ll");
    let mut c = Command::new(&t.llc);
    c.args([
        "-relocation-model=pic",
        "-filetype=obj",
        file,
        "-o",
        &format!("{stem}.o"),
    ]);
    tool(c, dir)?;
    let mut c = Command::new("cc");
    c.args(["-pie", &format!("{stem}.o"), "-o", &format!("{stem}.bin")]);
    tool(c, dir)?;
    let mut c = Command::new(dir.join(format!("{stem}.bin")));
    c.current_dir(dir).env("LC_ALL", "C");
    run_command(c, RUN_LIMIT).map_err(|e| format!("cannot run {stem}.bin: {e}"))
}

fn run_lli(t: &Tools, dir: &Path, file: &str) -> Result<Outcome, String> {
    let mut c = Command::new(&t.lli);
    c.arg(file).current_dir(dir).env("LC_ALL", "C");
    run_command(c, RUN_LIMIT).map_err(|e| format!("cannot run lli {file}: {e}"))
}

fn same(expected: &Outcome, actual: &Outcome, what: &str) -> Result<(), String> {
    // lli and a crashing program print their own noise on stderr: compare
    // stdout and the exit status, and stderr only when both exited normally.
    let mut a = actual.clone();
    let mut e = expected.clone();
    if e.code.is_none() || a.code.is_none() {
        e.stderr.clear();
        a.stderr.clear();
    }
    match compare(&e, &a, "original", what) {
        None => Ok(()),
        Some(diff) => Err(format!(
            "{what} behaves differently from the original module:\n{diff}"
        )),
    }
}

fn report(dir: &Path, file: &str) -> Result<Value, String> {
    let text =
        std::fs::read_to_string(dir.join(file)).map_err(|e| format!("no report {file}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("report {file} is not JSON: {e}"))
}

fn converted(r: &Value, file: &str) -> Result<(), String> {
    if r["conversion"]["converted"] != Value::Bool(true) {
        return Err(format!(
            "reltab did not convert the module ({file}): refused because {}",
            r["conversion"]["refused_because"]
        ));
    }
    Ok(())
}

fn check_census(r: &Value, e: &Expect) -> Result<(), String> {
    let t = &r["totals"];
    let got = |k: &str| t[k].as_u64().unwrap_or(u64::MAX) as usize;
    let mut bad = Vec::new();
    for (k, want) in [
        ("vtables", e.vtables),
        ("load_sites", e.reads),
        ("load_sites_marked", e.marked),
        ("load_sites_found_otherwise", e.unmarked),
        ("load_sites_protected", 0),
        ("unclassified", 0),
        ("near_misses", 0),
        ("unverified_indirect_calls", 0),
    ] {
        if got(k) != want {
            bad.push(format!(
                "totals.{k} = {}, the generator expects {want}",
                got(k)
            ));
        }
    }
    let rewritten = r["conversion"]["reads_rewritten"]
        .as_u64()
        .unwrap_or(u64::MAX) as usize;
    if rewritten != e.reads - e.header_words {
        bad.push(format!(
            "conversion.reads_rewritten = {rewritten}, the generator expects {}",
            e.reads - e.header_words
        ));
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the census differs from the generator's:\n  {}",
            bad.join("\n  ")
        ))
    }
}

/// Compares the converted module `conv` of `dir` with the reference; used
/// by the cases and by the test that breaks a conversion on purpose.
fn run_converted(
    t: &Tools,
    dir: &Path,
    conv: &str,
    reference: &Outcome,
    lli_too: bool,
) -> Result<(), String> {
    verify(t, dir, conv)?;
    same(
        reference,
        &run_native(t, dir, conv)?,
        &format!("{conv} (native)"),
    )?;
    if lli_too {
        same(reference, &run_lli(t, dir, conv)?, &format!("{conv} (lli)"))?;
    }
    Ok(())
}

struct CaseResult {
    seed: u64,
    dir: PathBuf,
    outcome: Result<(), String>,
}

fn run_case(t: &Tools, seed: u64, extra: Extra) -> CaseResult {
    let dir = scratch_dir(&format!("differential/{seed:#x}"));
    let outcome = (|| -> Result<(), String> {
        let g = generate(seed, extra);
        std::fs::write(dir.join("orig.ll"), &g.ir).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("marked.ll"), &g.ir_all_marked).map_err(|e| e.to_string())?;
        verify(t, &dir, "orig.ll").map_err(|e| format!("generator bug: {e}"))?;
        let reference = run_native(t, &dir, "orig.ll")?;
        if reference.code.is_none() || !reference.stdout.contains("drops ") {
            return Err(format!(
                "generator bug: the original module does not finish normally ({})",
                reference.status
            ));
        }
        same(&reference, &run_lli(t, &dir, "orig.ll")?, "orig.ll (lli)")
            .map_err(|e| format!("generator or lli problem: {e}"))?;

        // 1. reltab on the module as generated.
        let out = tool(
            opt_plugin(
                t,
                "reltab",
                "orig.ll",
                "conv.ll",
                &["-reltab-report=conv.json"],
            ),
            &dir,
        )?;
        if out.stderr.contains("warning:") || out.stderr.contains("error:") {
            return Err(format!("reltab complained about orig.ll:\n{}", out.stderr));
        }
        let r = report(&dir, "conv.json")?;
        converted(&r, "conv.json")?;
        if g.expect.exact {
            check_census(&r, &g.expect)?;
        }
        run_converted(t, &dir, "conv.ll", &reference, true)?;
        // The same in the relative layout (the above is the default, compact).
        let out = tool(
            opt_plugin(t, "reltab", "orig.ll", "conv-relative.ll", &["-reltab-layout=relative"]),
            &dir,
        )?;
        if out.stderr.contains("warning:") || out.stderr.contains("error:") {
            return Err(format!("reltab complained about orig.ll in the relative layout:\n{}", out.stderr));
        }
        run_converted(t, &dir, "conv-relative.ll", &reference, false)?;

        // 2. The rest of the LTO pipeline after it.
        tool(opt_plain(t, "default<O2>", "conv.ll", "conv.O2.ll"), &dir)?;
        run_converted(t, &dir, "conv.O2.ll", &reference, false)?;

        // 3. rustc's way: every read marked, protected, the crate's
        //    optimizer, reltab, the LTO optimizer.
        tool(
            opt_plugin(t, "reltab-protect", "marked.ll", "prot.ll", &[]),
            &dir,
        )?;
        tool(opt_plain(t, "default<O2>", "prot.ll", "prot.O2.ll"), &dir)?;
        let out = tool(
            opt_plugin(
                t,
                "reltab",
                "prot.O2.ll",
                "lto.ll",
                &["-reltab-report=lto.json"],
            ),
            &dir,
        )?;
        if out.stderr.contains("warning:") || out.stderr.contains("error:") {
            return Err(format!(
                "reltab complained about prot.O2.ll:\n{}",
                out.stderr
            ));
        }
        converted(&report(&dir, "lto.json")?, "lto.json")?;
        verify(t, &dir, "lto.ll")?;
        tool(opt_plain(t, "default<O2>", "lto.ll", "lto.O2.ll"), &dir)?;
        run_converted(t, &dir, "lto.O2.ll", &reference, false)?;
        Ok(())
    })();
    CaseResult { seed, dir, outcome }
}

fn env_u64(var: &str, default: u64) -> u64 {
    match std::env::var(var) {
        Ok(v) if !v.trim().is_empty() => {
            let v = v.trim();
            let parsed = match v.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16),
                None => v.parse(),
            };
            parsed.unwrap_or_else(|_| panic!("{var}={v} is not a number"))
        }
        _ => default,
    }
}

fn jobs() -> usize {
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    env_u64("RELTAB_TEST_JOBS", cpus.min(2) as u64).max(1) as usize
}

const DEFAULT_SEED: u64 = 0x7e17ab;

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[test]
fn random_modules_behave_the_same_after_conversion() {
    let tools = Tools::find();
    let cases = env_u64("RELTAB_DIFF_CASES", 40);
    let first = env_u64("RELTAB_DIFF_SEED", DEFAULT_SEED);
    let extra = Extra::parse(&std::env::var("RELTAB_DIFF_EXTRA").unwrap_or_else(|_| "marker".into()));
    let seeds: Vec<u64> = (0..cases).map(|i| first.wrapping_add(i)).collect();
    let start = Instant::now();
    let results = parallel_map(&seeds, jobs(), |&seed| run_case(&tools, seed, extra));
    let mut failures = Vec::new();
    for r in &results {
        match &r.outcome {
            Ok(()) => discard(&r.dir),
            Err(e) => failures.push(format!(
                "seed {:#x}: {e}\n  files kept in {}\n  rerun alone: RELTAB_DIFF_SEED={:#x} RELTAB_DIFF_CASES=1{} \
                 cargo test --release -p reltab-tests --test differential",
                r.seed,
                r.dir.display(),
                r.seed,
                if extra.any() {
                    format!(" RELTAB_DIFF_EXTRA={}", std::env::var("RELTAB_DIFF_EXTRA").unwrap_or_default())
                } else {
                    String::new()
                }
            )),
        }
    }
    eprintln!(
        "differential: {} modules (seeds {first:#x}..{:#x}), {} failed, {:.1?}",
        cases,
        first.wrapping_add(cases),
        failures.len(),
        start.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} of {cases} modules failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn generator_is_deterministic() {
    let a = generate(DEFAULT_SEED, Extra::default());
    let b = generate(DEFAULT_SEED, Extra::default());
    assert_eq!(a.ir, b.ir);
    assert_eq!(a.expect, b.expect);
    assert_ne!(a.ir, generate(DEFAULT_SEED + 1, Extra::default()).ir);
    // Both forms of the module hold the same reads.
    assert_eq!(
        a.ir_all_marked.matches("!invariant.load").count(),
        a.expect.reads,
        "every read is marked in ir_all_marked"
    );
    assert_eq!(a.ir.matches("!invariant.load").count(), a.expect.marked);
}

/// Finds the first seed from DEFAULT_SEED whose converted module a mutation
/// changes, converts it, applies `mutate` and returns what the comparison
/// said, with the directory.
fn broken_conversion(name: &str, mutate: impl Fn(&str) -> String) -> (Result<(), String>, PathBuf) {
    let t = Tools::find();
    for seed in DEFAULT_SEED..DEFAULT_SEED + 20 {
        let dir = scratch_dir(&format!("differential-broken-{name}"));
        let g = generate(seed, Extra::default());
        std::fs::write(dir.join("orig.ll"), &g.ir).unwrap();
        let reference = run_native(&t, &dir, "orig.ll").unwrap();
        // The mutations below break the relative layout's reads and tables.
        tool(opt_plugin(&t, "reltab", "orig.ll", "conv.ll", &["-reltab-layout=relative"]), &dir).unwrap();
        let conv = std::fs::read_to_string(dir.join("conv.ll")).unwrap();
        // The correct conversion passes the same comparison.
        run_converted(&t, &dir, "conv.ll", &reference, false).unwrap();
        let broken = mutate(&conv);
        if broken == conv {
            continue;
        }
        std::fs::write(dir.join("broken.ll"), broken).unwrap();
        return (run_converted(&t, &dir, "broken.ll", &reference, false), dir);
    }
    panic!("no module among 20 seeds has anything the mutation {name} changes");
}

/// Every `llvm.load.relative.i64(ptr X, i64 N)` call of `ir` with its offset
/// rewritten by `f`.
fn map_relative_offsets(ir: &str, f: impl Fn(u64) -> u64) -> String {
    let key = "@llvm.load.relative.i64(ptr ";
    let mut out = String::new();
    let mut rest = ir;
    while let Some(i) = rest.find(key) {
        let (head, tail) = rest.split_at(i + key.len());
        out.push_str(head);
        let comma = tail.find(", i64 ").unwrap();
        let close = tail[comma..].find(')').unwrap() + comma;
        match tail[comma + 6..close].parse::<u64>() {
            Ok(n) => {
                out.push_str(&tail[..comma + 6]);
                out.push_str(&f(n).to_string());
            }
            Err(_) => out.push_str(&tail[..close]),
        }
        rest = &tail[close..];
    }
    out.push_str(rest);
    out
}

#[test]
fn a_conversion_with_unhalved_slot_offsets_is_caught() {
    // The classic slip: rewrite the reads but keep 8-byte steps between
    // slots (24 + 8k instead of 24 + 4k).
    let (result, dir) = broken_conversion("offsets", |ir| {
        if !ir.contains("declare ptr @llvm.load.relative.i64") {
            return ir.to_string();
        }
        map_relative_offsets(ir, |n| if n > 24 { 24 + 2 * (n - 24) } else { n })
    });
    let err = result.expect_err("a conversion that reads slot k at 24 + 8k must not pass");
    assert!(err.contains("behaves differently"), "{err}");
    assert!(
        dir.join("broken.ll").is_file(),
        "the broken module stays on disk"
    );
    eprintln!("caught as expected:\n{err}");
    discard(&dir);
}

#[test]
fn a_conversion_with_entries_relative_to_the_wrong_table_is_caught() {
    // Every relative vtable's entries computed from the next table's
    // address instead of its own.
    let (result, dir) = broken_conversion("tables", |ir| {
        let names: Vec<String> = ir
            .lines()
            .filter(|l| l.contains("!reltab.relative"))
            .filter_map(|l| l.split_once(" = ").map(|(n, _)| n.to_string()))
            .collect();
        if names.len() < 2 {
            return ir.to_string();
        }
        ir.lines()
            .map(
                |l| match names.iter().position(|n| l.starts_with(&format!("{n} = "))) {
                    Some(i) => l.replace(
                        &format!("ptrtoint (ptr {} to i64)", names[i]),
                        &format!("ptrtoint (ptr {} to i64)", names[(i + 1) % names.len()]),
                    ),
                    None => l.to_string(),
                },
            )
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    });
    let err = result
        .expect_err("a conversion whose entries are relative to the wrong table must not pass");
    assert!(err.contains("behaves differently"), "{err}");
    discard(&dir);
}

#[test]
fn an_unconverted_module_is_not_taken_for_a_converted_one() {
    let r: Value =
        serde_json::json!({"conversion": {"converted": false, "refused_because": ["why"]}});
    assert!(converted(&r, "x.json").unwrap_err().contains("why"));
    let e = Expect {
        vtables: 2,
        reads: 5,
        marked: 3,
        unmarked: 2,
        header_words: 1,
        exact: true,
    };
    let r: Value = serde_json::json!({
        "totals": {"vtables": 2, "load_sites": 4, "load_sites_marked": 3, "load_sites_found_otherwise": 1,
                   "load_sites_protected": 0, "unclassified": 0, "near_misses": 0,
                   "unverified_indirect_calls": 0},
        "conversion": {"converted": true, "reads_rewritten": 4}
    });
    let err = check_census(&r, &e).unwrap_err();
    assert!(
        err.contains("totals.load_sites = 4") && err.contains("found_otherwise = 1"),
        "{err}"
    );
}

/// `getelementptr inbounds i8, ptr %self, i64 offset` into a fresh temporary.
fn field_address(b: &mut Body, offset: usize) -> String {
    let p = b.tmp();
    b.line(format!("{p} = getelementptr inbounds i8, ptr %self, i64 {offset}"));
    p
}
