//! Small facts about IR that every analysis asks: where an address points
//! (a base and a constant offset), what a function is called in Rust terms,
//! and the one walk over values that the analyses share.
//!
//! Nothing here knows about vtables; it depends on the LLVM wrapper alone,
//! so that every module of the pass can use it without an import cycle.

use std::collections::HashSet;

use crate::llvm::{Kind, Module, Opcode, TypeKind, Value};

/// The pointer below any chain of getelementptrs (constant or not).
pub fn strip_offsets(mut v: Value) -> Value {
    while v.opcode() == Some(Opcode::GetElementPtr) {
        v = v.operand(0);
    }
    v
}

/// `base` and the addresses getelementptrs make of it, at any depth, in the
/// order of [`walk`]: the places of one object, reached from its base.
pub fn places_from(base: Value) -> Vec<Value> {
    let mut places = Vec::new();
    walk([base], |p, work| {
        places.push(p);
        work.extend(p.users().filter(|u| u.opcode() == Some(Opcode::GetElementPtr) && u.operand(0) == p));
    });
    places
}

/// The base and the byte offset of an address made by getelementptrs with
/// constant indices (instructions and constant expressions); `None` when an
/// index is not constant or the offset is negative.
pub fn base_and_offset(module: &Module, mut ptr: Value) -> Option<(Value, u64)> {
    let mut offset: i128 = 0;
    while ptr.opcode() == Some(Opcode::GetElementPtr) {
        offset += gep_constant_offset(module, ptr)?;
        ptr = ptr.operand(0);
    }
    u64::try_from(offset).ok().map(|o| (ptr, o))
}

/// Byte offset of a GEP whose indices are all constant.
fn gep_constant_offset(module: &Module, gep: Value) -> Option<i128> {
    let mut ty = gep.gep_source_type();
    let first = gep.operand(1).const_sext()?;
    let mut offset = i128::from(first) * i128::from(module.alloc_size(ty));
    for i in 2..gep.num_operands() {
        let idx = gep.operand(i);
        match ty.kind() {
            TypeKind::Struct => {
                let field = u32::try_from(idx.const_zext()?).ok()?;
                offset += i128::from(module.struct_field_offset(ty, field));
                ty = ty.struct_field(field);
            }
            TypeKind::Array | TypeKind::Vector => {
                ty = ty.element();
                offset += i128::from(idx.const_sext()?) * i128::from(module.alloc_size(ty));
            }
            _ => return None,
        }
    }
    Some(offset)
}

/// A function's name for humans: demangled when it is a Rust symbol.
pub fn rustc_name(f: Value) -> String {
    match f.name() {
        Some(n) => demangle(&n),
        None => "<unnamed function>".into(),
    }
}

/// A symbol for humans: demangled when it is a Rust symbol, as it is else.
pub fn demangle(symbol: &str) -> String {
    format!("{:#}", rustc_demangle::demangle(symbol))
}

/// A vtable in Rust terms: `the vtable of <T as Trait>`, read off its first
/// method (rustc names one `<T as Trait>::method`), or `the vtable of T`,
/// read off its drop glue (`core::ptr::drop_glue::<T>`); `the vtable
/// <symbol>` when it holds neither.
pub fn describe_vtable(vtable: Value) -> String {
    fn functions_in(c: Value, out: &mut Vec<String>) {
        match c.kind() {
            Kind::ConstantStruct | Kind::ConstantArray | Kind::ConstantExpr => {
                c.operands().for_each(|o| functions_in(o, out))
            }
            Kind::Function => out.push(rustc_name(c)),
            _ => {}
        }
    }
    let mut functions = Vec::new();
    if let Some(init) = vtable.initializer() {
        functions_in(init, &mut functions);
    }
    // The first method in slot order: a supertrait's come first, so the
    // vtable of a `dyn Error` is named by its `Debug` impl.
    let method = functions.iter().find_map(|name| impl_of_method(name));
    let dropped = functions.iter().find_map(|name| name.strip_prefix("core::ptr::drop_glue::<")?.strip_suffix('>'));
    match (method, dropped) {
        (Some(imp), _) => format!("the vtable of {imp}"),
        (None, Some(ty)) => format!("the vtable of {ty}"),
        (None, None) => format!("the vtable {}", demangle(&vtable.name().unwrap_or_default())),
    }
}

/// A global in Rust terms: its demangled name, or for an anonymous constant
/// (`anon.<hash>.N`, what fat LTO names every vtable and constant) the first
/// function it holds, which says whose it is.
pub fn describe_global(global: Value) -> String {
    let name = global.name().unwrap_or_default();
    if !name.is_empty() && !name.starts_with("anon.") {
        return demangle(&name);
    }
    fn first_function(c: Value) -> Option<Value> {
        match c.kind() {
            Kind::Function => Some(c),
            Kind::ConstantStruct | Kind::ConstantArray | Kind::ConstantExpr => c.operands().find_map(first_function),
            _ => None,
        }
    }
    match global.initializer().and_then(first_function) {
        Some(f) => {
            format!("{} (the constant holding {})", if name.is_empty() { "a global" } else { &name }, rustc_name(f))
        }
        None if name.is_empty() => "an unnamed global".to_string(),
        None => name,
    }
}

/// `<T as Trait>` of a method named `<T as Trait>::method`.
fn impl_of_method(name: &str) -> Option<&str> {
    if !name.starts_with('<') {
        return None;
    }
    let mut depth = 0usize;
    let mut previous = ' ';
    for (i, ch) in name.char_indices() {
        let arrow = previous == '-';
        previous = ch;
        match ch {
            '<' => depth += 1,
            // The `>` of `->` (`<fn() -> u32 as Trait>`) closes nothing.
            '>' if !arrow => {
                depth -= 1;
                if depth == 0 {
                    let imp = &name[..=i];
                    return imp.contains(" as ").then_some(imp);
                }
            }
            _ => {}
        }
    }
    None
}

/// The worklist of a [`walk`]: the values still to visit.
pub struct Walk {
    work: Vec<Value>,
    stopped: bool,
}

impl Walk {
    pub fn push(&mut self, v: Value) {
        self.work.push(v);
    }

    pub fn extend(&mut self, values: impl IntoIterator<Item = Value>) {
        self.work.extend(values);
    }

    /// Ends the walk: the answer is known.
    pub fn stop(&mut self) {
        self.stopped = true;
    }

    /// Walks on from a phi or a select to the values it chooses between,
    /// backwards; false (and nothing pushed) for any other value.
    pub fn follow_merge(&mut self, v: Value) -> bool {
        match v.opcode() {
            Some(Opcode::Phi) => self.work.extend(v.incoming()),
            Some(Opcode::Select) => self.work.extend([v.operand(1), v.operand(2)]),
            _ => return false,
        }
        true
    }

    /// Walks on from `v` to the phis and selects that choose it (not as a
    /// select's condition), forwards.
    pub fn follow_merging_users(&mut self, v: Value) {
        for user in v.users() {
            match user.opcode() {
                Some(Opcode::Phi) => self.work.push(user),
                Some(Opcode::Select) if user.operand(0) != v => self.work.push(user),
                _ => {}
            }
        }
    }
}

/// What becomes of a pointer turned into a word by a `ptrtoint` (SROA keeps
/// the halves of a wide pointer as integers: `phi i64 [ptrtoint (ptr @vt to
/// i64), ...]`, then `inttoptr` where it reads through it).
#[derive(Debug, Default)]
pub struct WordUses {
    /// Stored whole somewhere (still a pointer, in memory).
    pub stored: bool,
    /// The `inttoptr`s that make it a pointer again: the same pointer, or
    /// one of the words merged with it.
    pub round_trips: Vec<Value>,
    /// The first use that is none of these (arithmetic, a truncation, a
    /// word narrower than a pointer): the word is then data.
    pub other: Option<Value>,
}

/// The uses of the word a `ptrtoint` makes, followed through integer phis
/// and selects: stored whole, compared, or turned back into a pointer is
/// how a pointer kept as a word is used; anything else is arithmetic.
pub fn word_uses(ptrtoint: Value, word_bits: u32) -> WordUses {
    let mut uses = WordUses::default();
    if ptrtoint.ty().int_width() != Some(word_bits) {
        uses.other = Some(ptrtoint);
        return uses;
    }
    walk([ptrtoint], |w, walk| {
        walk.follow_merging_users(w);
        for user in w.users() {
            match user.opcode() {
                Some(Opcode::Phi | Opcode::ICmp) => {}
                Some(Opcode::Select) if user.operand(0) != w => {}
                Some(Opcode::Store) if user.operand(0) == w && user.operand(1) != w => uses.stored = true,
                Some(Opcode::IntToPtr) => uses.round_trips.push(user),
                _ => {
                    uses.other = Some(user);
                    return walk.stop();
                }
            }
        }
    });
    uses
}

/// The parameters of a direct call's defined callee that the call fills
/// with `v`.
pub fn params_given(call: Value, v: Value) -> Vec<Value> {
    let callee = call.called_value();
    if callee.kind() != Kind::Function || callee.is_declaration() {
        return Vec::new();
    }
    let params = callee.params();
    (0..call.num_call_args().min(params.len() as u32))
        .filter(|&i| call.operand(i) == v)
        .map(|i| params[i as usize])
        .collect()
}

/// Visits every value reachable from `start` by the steps `visit` pushes,
/// each value once, depth first; returns the values visited. This is the
/// one worklist of the analyses: what they follow (phi and select, calls
/// into parameters, casts) and where they stop is theirs to say in `visit`.
pub fn walk(start: impl IntoIterator<Item = Value>, mut visit: impl FnMut(Value, &mut Walk)) -> HashSet<Value> {
    let mut walk = Walk { work: start.into_iter().collect(), stopped: false };
    let mut seen = HashSet::new();
    while let Some(v) = walk.work.pop() {
        if walk.stopped {
            break;
        }
        if seen.insert(v) {
            visit(v, &mut walk);
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::impl_of_method;

    #[test]
    fn the_impl_of_a_method_is_read_off_its_name() {
        let cases = [
            (
                "<plugin_lib::Circle as plugin_lib::shape::Shape>::area",
                Some("<plugin_lib::Circle as plugin_lib::shape::Shape>"),
            ),
            ("<alloc::vec::Vec<u8> as std::io::Write>::write", Some("<alloc::vec::Vec<u8> as std::io::Write>")),
            // The `>` of `->` closes no `<`.
            ("<fn() -> u32 as app::Call>::call", Some("<fn() -> u32 as app::Call>")),
            ("<[u8]>::len", None),
            ("core::ptr::drop_glue::<app::Thing>", None),
        ];
        for (name, imp) in cases {
            assert_eq!(impl_of_method(name), imp, "{name}");
        }
    }
}
