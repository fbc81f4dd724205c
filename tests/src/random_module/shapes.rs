//! Stage 1: the traits with their vtable layouts, the types implementing them, the objects and the entries `main`
//! hands out, the names of the vtable globals. No IR yet.

use std::collections::{BTreeMap, BTreeSet};

use super::{Entry, Gen, Impl, MethodDecl, Object, Repr, Sig, Slot, Src, Trait, Type, VRef, SIGS};

impl Gen {
    pub(super) fn make_traits(&mut self) {
        let n = self.rng.range(2, 5);
        for t in 0..n {
            let own_n = self.rng.range(1, 3);
            let mut own: Vec<MethodDecl> = (0..own_n)
                .map(|_| MethodDecl { sig: self.rng.pick(&SIGS), where_clause: self.rng.chance(15) })
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
            self.traits.push(Trait { own, prefix, others, layout });
        }
        if self.extra.marker {
            // A trait without methods: `dyn Send`-like.
            self.marker_trait = Some(self.traits.len());
            self.traits.push(Trait { own: Vec::new(), prefix: None, others: Vec::new(), layout: Vec::new() });
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
    pub(super) fn prefix_chain(&self, mut t: usize) -> Vec<usize> {
        let mut v = vec![t];
        while let Some(p) = self.traits[t].prefix {
            v.push(p);
            t = p;
        }
        v
    }

    pub(super) fn make_types(&mut self) {
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
            self.types.push(Type { repr, drop, traits, impls, k });
        }
    }

    pub(super) fn make_objects(&mut self) {
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
            let traits: Vec<usize> = self.types[self.objects[obj].ty].traits.iter().copied().collect();
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

    pub(super) fn name_vtables(&mut self) {
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
                let src = if self.has_pointer(ty, t) { Src::Global } else { Src::PlainGlobal };
                let vid = self.new_value(src);
                self.vt_vid.insert((ty, t), vid);
            }
        }
    }

    pub(super) fn vt_ref(&self, ty: usize, t: usize) -> VRef {
        VRef { op: format!("@{}", self.vt_names[&(ty, t)]), vid: self.vt_vid[&(ty, t)], global: true }
    }
}
