//! Recognizing rustc's trait-object vtables by structure and signatures.
//!
//! Names cannot be trusted (docs/design.md): after fat LTO every vtable is
//! `@anon.<hash>.N`, in normal builds they are `@0`, `@1` .... So a global is a
//! vtable when its *contents* say so, read as pointer-sized words:
//!
//! ```text
//!   word 0      drop: null, or a function `void (ptr)`
//!   word 1      size: any integer, a multiple of align
//!   word 2      align: a power of two
//!   word 3 + k  slot k: null, a method (a function whose first parameter is a
//!               pointer: the receiver), or a supertrait vtable (a global that
//!               is itself a vtable)
//! ```
//!
//! plus rustc's way of emitting them: a defined, `private`/`internal`
//! constant, pointer-aligned, with every pointer at a word boundary and no
//! constant expressions. (`unnamed_addr` is *not* required: with debug info
//! rustc drops it, because the `{vtable}` debug variable names the address.) Data that merely has the shape fails
//! on the signatures: `core::panic::Location` is `<{ ptr, [16 x i8] }>` like a
//! drop-only vtable, but its pointer is a string and its "align" a column.
//!
//! Vtables without any pointer (null drop, no methods) are indistinguishable
//! from data and are valid in both layouts: they are not recognized here.
//!
//! A candidate is then confirmed by its uses (uses.rs): one used as data is
//! demoted to a near miss.
//!
//! Supertrait slots make recognition a fixpoint: a global that points at a
//! global is a vtable only if the target is, so candidates are pruned until
//! nothing changes.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::ir::base_and_offset;
use crate::layout::Abi;
use crate::live::Live;
use crate::llvm::{Kind, Module, Opcode, Value};
use crate::uses::{uses_of, UseKind};

/// One pointer-sized word of a constant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Bytes(u64),
    Pointer(Value),
    /// Entirely undef: rustc's empty slot for a method that can never be
    /// called through this vtable (a `where` clause the type cannot meet).
    Undef,
    /// Partly undef: padding, never a vtable's size, align or slot.
    PartlyUndef,
    /// A pointer into a global, past its start (`getelementptr (i8, ptr @g,
    /// i64 k)`): never a vtable entry, which points at the start of a
    /// function or of a vtable.
    Interior(Value),
}

/// The word-level contents of a global's initializer.
#[derive(Debug)]
pub struct Image {
    pub words: Vec<Word>,
    pub bytes: u64,
}

/// A method slot of a recognized vtable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Method(Value),
    /// A supertrait's vtable (trait upcasting).
    Supertrait(Value),
    /// Null, or undef: a method that can never be called through this vtable.
    Null,
}

impl Slot {
    pub fn target(self) -> Option<Value> {
        match self {
            Slot::Method(v) | Slot::Supertrait(v) => Some(v),
            Slot::Null => None,
        }
    }
}

/// A recognized vtable: `<{ drop, size, align, slot... }>`.
#[derive(Debug)]
pub struct Vtable {
    pub global: Value,
    pub drop: Option<Value>,
    pub size: u64,
    pub align: u64,
    pub slots: Vec<Slot>,
    pub bytes: u64,
}

impl Vtable {
    pub fn shape(&self) -> crate::layout::Shape {
        crate::layout::Shape { slots: self.slots.len() as u64, has_drop: self.drop.is_some() }
    }

    /// Entries holding a pointer: a relocation each in the absolute layout.
    pub fn pointer_entries(&self) -> usize {
        usize::from(self.drop.is_some()) + self.slots.iter().filter(|s| s.target().is_some()).count()
    }
}

/// A global that has the outward form of a vtable (and a function pointer in
/// it) but failed a check: reported so that a miss is visible.
#[derive(Debug)]
pub struct NearMiss {
    pub global: Value,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct Recognized {
    /// In module order.
    pub vtables: Vec<Vtable>,
    pub index: HashMap<Value, usize>,
    pub near_misses: Vec<NearMiss>,
    /// Vtables that hold no pointer (`{ null, size, align }`: a marker
    /// trait's, or `dyn Send` of a type without drop glue), used only as
    /// vtables are. They are the same in the relative layout, so they are not
    /// in `vtables` and never converted to it; the checked form
    /// (`-reltab-check`) converts them too, since its reads look for the
    /// marker. Indistinguishable from data by contents alone, hence the uses.
    pub pointerless: Vec<Vtable>,
    /// What of the module can run (live.rs): globals that cannot are not
    /// looked at, and neither are uses in code that cannot.
    pub live: Live,
}

impl Recognized {
    pub fn get(&self, global: Value) -> Option<&Vtable> {
        self.index.get(&global).map(|&i| &self.vtables[i])
    }

    pub fn is_pointerless(&self, global: Value) -> bool {
        self.pointerless.iter().any(|v| v.global == global)
    }
}

const MAX_ALIGN: u64 = 1 << 29;

/// The vtables of the module's code and data that can run (`live`: live.rs).
pub fn recognize_in(module: &Module, live: Live) -> Recognized {
    if !Abi::of(module).is_supported() || !module.is_little_endian() {
        // v1 is for little-endian targets with 8- or 4-byte pointers; other
        // targets are reported by the caller as "nothing recognized".
        return Recognized::default();
    }
    let mut candidates: BTreeMap<usize, Vtable> = BTreeMap::new();
    let mut near_misses = Vec::new();
    let mut pointerless = Vec::new();
    // A global nothing live refers to is never read while the program runs,
    // whatever its layout: neither a vtable to convert nor a near miss.
    for (order, global) in module.globals().enumerate().filter(|(_, g)| live.contains(*g)) {
        match classify(module, global) {
            Ok(Some(vt)) => {
                candidates.insert(order, vt);
            }
            Ok(None) => pointerless.extend(pointerless_vtable(module, global)),
            Err(reason) => near_misses.push(NearMiss { global, reason }),
        }
    }
    pointerless.retain(|vt| {
        vt.global.has_users() && uses_of(module, &live, vt.global).iter().all(|(k, _)| *k != UseKind::NotUnderstood)
    });
    // Confirm by uses: a global used as data is not a vtable, whatever its shape.
    candidates.retain(|_, vt| {
        let data_use = uses_of(module, &live, vt.global).into_iter().find(|(k, _)| *k == UseKind::NotUnderstood);
        match data_use {
            None => true,
            Some((_, why)) => {
                near_misses.push(NearMiss { global: vt.global, reason: format!("used as data: {why}") });
                false
            }
        }
    });
    // Supertrait slots must point at vtables: prune to a fixpoint.
    loop {
        let known: HashSet<Value> = candidates.values().map(|v| v.global).collect();
        let bad: Vec<usize> = candidates
            .iter()
            .filter(|(_, vt)| vt.slots.iter().any(|s| matches!(s, Slot::Supertrait(t) if !known.contains(t))))
            .map(|(k, _)| *k)
            .collect();
        if bad.is_empty() {
            break;
        }
        for k in bad {
            let vt = candidates.remove(&k).unwrap();
            near_misses
                .push(NearMiss { global: vt.global, reason: "a slot points at a global that is not a vtable".into() });
        }
    }
    let vtables: Vec<Vtable> = candidates.into_values().collect();
    let index = vtables.iter().enumerate().map(|(i, v)| (v.global, i)).collect();
    Recognized { vtables, index, near_misses, pointerless, live }
}

/// `{ null, size, align }` as a constant of local linkage: the shape of a
/// vtable without pointers (confirmed by its uses in `recognize`).
fn pointerless_vtable(module: &Module, global: Value) -> Option<Vtable> {
    let word = Abi::of(module).word;
    if !global.is_global_constant() || !global.is_local_linkage() || u64::from(global.alignment()) < word {
        return None;
    }
    let init = global.initializer()?;
    let bytes = module.alloc_size(init.ty());
    if bytes != 3 * word {
        return None;
    }
    match flatten(module, init, bytes).ok()?.words[..] {
        [Word::Bytes(0), Word::Bytes(size), Word::Bytes(align)]
            if align.is_power_of_two() && align <= MAX_ALIGN && size % align == 0 =>
        {
            Some(Vtable { global, drop: None, size, align, slots: Vec::new(), bytes })
        }
        _ => None,
    }
}

/// `Ok(Some)` a vtable (pending the supertrait fixpoint), `Ok(None)` clearly
/// not one, `Err` looks like one but fails a check (a near miss).
fn classify(module: &Module, global: Value) -> Result<Option<Vtable>, String> {
    if !global.is_global_constant() || !global.is_local_linkage() {
        return Ok(None);
    }
    let Some(init) = global.initializer() else { return Ok(None) };
    let bytes = module.alloc_size(init.ty());
    let word = Abi::of(module).word;
    if bytes < 3 * word || !bytes.is_multiple_of(word) || u64::from(global.alignment()) < word {
        return Ok(None);
    }
    let image = match flatten(module, init, bytes) {
        Ok(image) => image,
        // Something we cannot lay out that refers to a function may be a
        // vtable in a form not seen before: say so (the plan then refuses)
        // rather than let its reads be rewritten while it stays absolute.
        Err(why) if mentions_function(init) => return Err(format!("cannot read it as words: {why}")),
        Err(_) => return Ok(None),
    };
    // The outward form of a vtable: something callable in the drop word or a
    // slot, and no word that is a pointer to data in the header. Everything
    // past this point that fails is a near miss worth reporting.
    let has_function = image.words.iter().any(|w| matches!(w, Word::Pointer(p) if p.kind() == Kind::Function));
    if !has_function {
        return Ok(None);
    }
    let drop = match image.words[0] {
        Word::Bytes(0) => None,
        Word::Pointer(f) if f.kind() == Kind::Function && is_drop_signature(f) => Some(f),
        // Data with a function pointer at the start (e.g. a struct of callbacks).
        _ => return Ok(None),
    };
    let (size, align) = match (image.words[1], image.words[2]) {
        (Word::Bytes(s), Word::Bytes(a)) => (s, a),
        _ => return Ok(None),
    };
    if !align.is_power_of_two() || align > MAX_ALIGN || size % align != 0 {
        return Ok(None);
    }
    let mut slots = Vec::new();
    for (k, word) in image.words[3..].iter().enumerate() {
        let slot = match *word {
            Word::Bytes(0) | Word::Undef => Slot::Null,
            Word::Bytes(_) => return Err(format!("slot {k} holds a non-zero integer")),
            Word::PartlyUndef => return Err(format!("slot {k} is partly undef")),
            Word::Interior(_) => return Err(format!("slot {k} points inside a global")),
            Word::Pointer(f) if f.kind() == Kind::Function => {
                if !is_method_signature(f) {
                    return Err(format!("slot {k} is a function without a pointer receiver"));
                }
                Slot::Method(f)
            }
            Word::Pointer(g) if g.kind() == Kind::GlobalVariable => Slot::Supertrait(g),
            Word::Pointer(_) => return Err(format!("slot {k} points at an alias or other global")),
        };
        slots.push(slot);
    }
    if drop.is_none() && slots.iter().all(|s| s.target().is_none()) {
        return Ok(None);
    }
    Ok(Some(Vtable { global, drop, size, align, slots, bytes }))
}

/// `void (ptr)`: drop glue.
fn is_drop_signature(f: Value) -> bool {
    let ty = f.value_type();
    let params = ty.param_types();
    ty.return_type().is_void() && params.len() == 1 && params[0].is_pointer() && !ty.is_var_arg()
}

/// A receiver first: every object-safe method takes `self` behind a pointer.
fn is_method_signature(f: Value) -> bool {
    let params = f.value_type().param_types();
    params.first().is_some_and(|p| p.is_pointer())
}

/// Lays a constant out in memory: integers as little-endian bytes, pointers
/// to globals as words, undef as undef (or partly undef) words. Fails on
/// anything else (constant expressions, floats, pointers off a word
/// boundary).
pub fn flatten(module: &Module, init: Value, bytes: u64) -> Result<Image, String> {
    let mut raw = vec![0u8; bytes as usize];
    let mut undef = vec![false; bytes as usize];
    let mut pointers: BTreeMap<u64, Value> = BTreeMap::new();
    let mut interior: BTreeMap<u64, Value> = BTreeMap::new();
    lay_out(
        module,
        init,
        0,
        &mut Layout { raw: &mut raw, undef: &mut undef, pointers: &mut pointers, interior: &mut interior },
    )?;
    let word = Abi::of(module).word;
    let mut words = Vec::with_capacity((bytes / word) as usize);
    for w in 0..bytes / word {
        let at = w * word;
        let word_undef = &undef[at as usize..(at + word) as usize];
        if let Some(p) = pointers.get(&at) {
            words.push(Word::Pointer(*p));
        } else if let Some(g) = interior.get(&at) {
            words.push(Word::Interior(*g));
        } else if word_undef.iter().all(|u| *u) {
            words.push(Word::Undef);
        } else if word_undef.iter().any(|u| *u) {
            words.push(Word::PartlyUndef);
        } else {
            let mut b = [0u8; 8];
            b[..word as usize].copy_from_slice(&raw[at as usize..(at + word) as usize]);
            words.push(Word::Bytes(u64::from_le_bytes(b)));
        }
    }
    if pointers.keys().chain(interior.keys()).any(|off| off % word != 0) {
        return Err("pointer off a word boundary".into());
    }
    Ok(Image { words, bytes })
}

/// Where `lay_out` writes: bytes, which bytes are undef, pointers by offset.
struct Layout<'a> {
    raw: &'a mut [u8],
    undef: &'a mut [bool],
    pointers: &'a mut BTreeMap<u64, Value>,
    /// Pointers into a global, past its start.
    interior: &'a mut BTreeMap<u64, Value>,
}

fn lay_out(module: &Module, c: Value, at: u64, out: &mut Layout) -> Result<(), String> {
    match c.kind() {
        Kind::ConstantPointerNull | Kind::ConstantAggregateZero => Ok(()),
        Kind::Function | Kind::GlobalVariable | Kind::GlobalAlias => {
            out.pointers.insert(at, c);
            Ok(())
        }
        Kind::ConstantInt => {
            let width = c.ty().int_width().unwrap_or(0);
            if !width.is_multiple_of(8) || width > 64 {
                return Err(format!("i{width} constant"));
            }
            let v = c.const_zext().ok_or("wide integer")?.to_le_bytes();
            let n = (width / 8) as usize;
            out.raw[at as usize..at as usize + n].copy_from_slice(&v[..n]);
            Ok(())
        }
        Kind::ConstantDataSequential => {
            if let Some(b) = c.const_bytes() {
                out.raw[at as usize..at as usize + b.len()].copy_from_slice(&b);
                return Ok(());
            }
            let elem = c.ty().element();
            let size = module.alloc_size(elem);
            for i in 0..c.ty().array_len() {
                lay_out(module, c.data_element(i as u32), at + i * size, out)?;
            }
            Ok(())
        }
        Kind::ConstantStruct => {
            let ty = c.ty();
            for i in 0..c.num_operands() {
                lay_out(module, c.operand(i), at + module.struct_field_offset(ty, i), out)?;
            }
            Ok(())
        }
        Kind::ConstantArray => {
            let size = module.alloc_size(c.ty().element());
            for i in 0..c.num_operands() {
                lay_out(module, c.operand(i), at + u64::from(i) * size, out)?;
            }
            Ok(())
        }
        Kind::Undef | Kind::Poison => {
            let n = module.alloc_size(c.ty()) as usize;
            out.undef[at as usize..at as usize + n].fill(true);
            Ok(())
        }
        // A pointer that is a plain number (`NonNull::dangling()`, an empty
        // Vec's): in memory the bytes of the number, with no relocation.
        Kind::ConstantExpr if c.opcode() == Some(Opcode::IntToPtr) && c.operand(0).kind() == Kind::ConstantInt => {
            let v = c.operand(0).const_zext().ok_or("wide integer")?.to_le_bytes();
            let n = module.store_size(c.ty()) as usize;
            out.raw[at as usize..at as usize + n].copy_from_slice(&v[..n]);
            Ok(())
        }
        // A pointer into a global (a `&str` in a table, a field's address).
        Kind::ConstantExpr if c.opcode() == Some(Opcode::GetElementPtr) => {
            match base_and_offset(module, c) {
                Some((base, 0)) if base.is_global_value() => out.pointers.insert(at, base),
                Some((base, _)) if base.is_global_value() => out.interior.insert(at, base),
                _ => return Err("constant expression".into()),
            };
            Ok(())
        }
        Kind::ConstantExpr => Err(format!("constant expression {:?}", c.const_opcode())),
        _ => Err("unsupported constant".into()),
    }
}

/// Whether a constant refers to a function anywhere inside it.
fn mentions_function(c: Value) -> bool {
    match c.kind() {
        Kind::Function => true,
        Kind::ConstantStruct | Kind::ConstantArray | Kind::ConstantExpr => c.operands().any(mentions_function),
        _ => false,
    }
}
