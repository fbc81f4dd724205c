//! Stage 3: the functions taking `dyn` objects, then `main`, which builds the heap objects, calls every function
//! with objects from the table, the heap, vtable globals and `select`s between them, and prints the results.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::{mix, Body, DynFn, Gen, ObjRef, Repr, Src, VRef};

impl Gen {
    fn absolute_bytes(&self, t: usize) -> u64 {
        24 + 8 * self.traits[t].layout.len() as u64
    }

    pub(super) fn make_dyn_fns(&mut self) {
        let with_entries: BTreeSet<usize> = self.entries.iter().flat_map(|e| self.prefix_chain(e.tr)).collect();
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
                    format!(" noalias noundef readonly dereferenceable({})", self.absolute_bytes(t))
                } else {
                    String::new()
                };
                let o1 = ObjRef { d: "%d".into(), vt: VRef { op: "%vt".into(), vid: p1, global: false }, tr: t };
                let count = self.rng.range(1, 5);
                let mut acc = self.ops(&mut b, &o1, "%x", count, 0, true);
                let header = if two {
                    let o2 = ObjRef { d: "%d2".into(), vt: VRef { op: "%vt2".into(), vid: p2, global: false }, tr: t };
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
                    let om = ObjRef { d: dm, vt: VRef { op: vm, vid: merged, global: false }, tr: t };
                    let count = self.rng.range(1, 3);
                    acc = self.ops(&mut b, &om, &acc, count, 0, true);
                    format!("ptr %d, ptr align 8{deref} %vt, ptr %d2, ptr align 8{deref} %vt2, i64 %x")
                } else {
                    format!("ptr %d, ptr align 8{deref} %vt, i64 %x")
                };
                b.line(format!("ret i64 {acc}"));
                let _ = write!(
                    self.fn_text,
                    "; a function taking {} &dyn T{t}\n\
                     define internal i64 @{name}({header}) unnamed_addr #1 {{\nstart:\n{}}}\n\n",
                    if two { "two" } else { "one" },
                    b.text
                );
                self.fns.push(DynFn { name, tr: t, two, params: vec![p1, p2] });
            }
        }
    }

    /// Operand pair (data, vtable) for an object of a trait compatible with
    /// `t`, from the table, the heap pairs, a vtable global passed directly,
    /// or a select between two globals.
    fn source(&mut self, b: &mut Body, t: usize, acc: &str, heap_ptrs: &[String]) -> ObjRef {
        let cands: Vec<usize> =
            (0..self.entries.len()).filter(|&i| self.prefix_chain(self.entries[i].tr).contains(&t)).collect();
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
                    b.line(format!("{p0} = getelementptr inbounds {arr}, ptr %pairs, i64 0, i64 {}, i32 0", e.place));
                    b.line(format!("{d} = load ptr, ptr {p0}, align 8"));
                    b.line(format!("{p1} = getelementptr inbounds {arr}, ptr %pairs, i64 0, i64 {}, i32 1", e.place));
                    b.line(format!("{v} = load ptr, ptr {p1}, align 8"));
                } else {
                    let arr = format!("[{} x {{ ptr, ptr }}]", self.table_len);
                    for (r, field) in [(&d, 0), (&v, 1)] {
                        b.line(format!(
                            "{r} = load ptr, ptr getelementptr inbounds \
                             ({arr}, ptr @objs, i64 0, i64 {}, i32 {field}), align 8",
                            e.place
                        ));
                    }
                }
                let vid = self.new_value(Src::Unknown);
                ObjRef { d, vt: VRef { op: v, vid, global: false }, tr: e.tr }
            }
            4..=6 if self.rng.chance(25) => {
                // A static holding just the vtable pointer (GlobalOpt splits
                // a static wide pointer into one global per field).
                self.holders.insert((ty, e.tr));
                let v = b.tmp();
                b.line(format!("{v} = load ptr, ptr @holder.S{ty}.T{}, align 8", e.tr));
                let vid = self.new_value(Src::Unknown);
                ObjRef { d: obj_op(self, e.obj), vt: VRef { op: v, vid, global: false }, tr: e.tr }
            }
            4..=6 => ObjRef { d: obj_op(self, e.obj), vt: self.vt_ref(ty, e.tr), tr: e.tr },
            _ => {
                // A select between two globals of the same trait.
                let same: Vec<usize> = (0..self.entries.len()).filter(|&i| self.entries[i].tr == e.tr).collect();
                let e2 = self.entries[self.rng.pick(&same)];
                let ty2 = self.objects[e2.obj].ty;
                let (g1, g2) = (self.vt_ref(ty, e.tr), self.vt_ref(ty2, e2.tr));
                let (c, d, v) = (b.tmp(), b.tmp(), b.tmp());
                let sh = b.tmp();
                b.line(format!("{sh} = lshr i64 {acc}, 17"));
                b.line(format!("{c} = trunc i64 {sh} to i1"));
                b.line(format!("{d} = select i1 {c}, ptr {}, ptr {}", obj_op(self, e.obj), obj_op(self, e2.obj)));
                b.line(format!("{v} = select i1 {c}, ptr {}, ptr {}", g1.op, g2.op));
                let vid = self.new_value(Src::Merge(vec![g1.vid, g2.vid]));
                ObjRef { d, vt: VRef { op: v, vid, global: false }, tr: e.tr }
            }
        }
    }

    pub(super) fn make_main(&mut self) -> String {
        let mut b = Body::new();
        if self.heap_len > 0 {
            b.line(format!("%pairs = alloca [{} x {{ ptr, ptr }}], align 8", self.heap_len));
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
                        b.line(format!("{p} = getelementptr inbounds i8, ptr {h}, i64 {}", 4 * j));
                        b.line(format!("store i32 {}, ptr {p}, align 4", *v as u32 as i32));
                    }
                    _ => {
                        let p = b.tmp();
                        b.line(format!("{p} = getelementptr inbounds i8, ptr {h}, i64 {}", 8 * j));
                        b.line(format!("store i64 {}, ptr {p}, align 8", *v as i64));
                    }
                }
            }
            heap_ptrs[i] = h;
        }
        for e in self.entries.clone().iter().filter(|e| self.objects[e.obj].heap) {
            let ty = self.objects[e.obj].ty;
            let (p0, p1) = (b.tmp(), b.tmp());
            b.line(format!(
                "{p0} = getelementptr inbounds [{} x {{ ptr, ptr }}], ptr %pairs, i64 0, i64 {}, i32 0",
                self.heap_len, e.place
            ));
            b.line(format!("store ptr {}, ptr {p0}, align 8", heap_ptrs[e.obj]));
            b.line(format!(
                "{p1} = getelementptr inbounds [{} x {{ ptr, ptr }}], ptr %pairs, i64 0, i64 {}, i32 1",
                self.heap_len, e.place
            ));
            let vt = self.vt_ref(ty, e.tr).op;
            if self.rng.chance(30) {
                // SROA's form: the pointer stored as an integer.
                b.line(format!("store i64 ptrtoint (ptr {vt} to i64), ptr {p1}, align 8"));
            } else {
                b.line(format!("store ptr {vt}, ptr {p1}, align 8"));
            }
        }
        // Every function once, then random steps and direct reads.
        let mut plan: Vec<Option<usize>> = (0..self.fns.len()).map(Some).collect();
        for _ in 0..self.rng.range(4, 12) {
            let pick = if self.rng.chance(80) { Some(self.rng.below(self.fns.len())) } else { None };
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
                    let (t, two, name) = (self.fns[f].tr, self.fns[f].two, self.fns[f].name.clone());
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
                        b.line(format!("{r} = call i64 @{name}(ptr {}, ptr {}, i64 {acc})", o1.d, o1.vt.op));
                    }
                    acc = mix(&mut b, &acc, &r);
                }
                None => {
                    // A read straight from a vtable global, as inlined code has.
                    let e = self.entries[self.rng.below(self.entries.len())];
                    let ty = self.objects[e.obj].ty;
                    let d = if self.objects[e.obj].heap { heap_ptrs[e.obj].clone() } else { format!("@obj.{}", e.obj) };
                    let o = ObjRef { d, vt: self.vt_ref(ty, e.tr), tr: e.tr };
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
            b.line(format!("call i32 (ptr, ...) @printf(ptr @fmt.step, i32 {step}, i64 {acc})"));
            // Flushed, so that a crash shows how far the program got.
            b.line("call i32 @fflush(ptr null)");
        }
        // The final state of every object, the drops, the ZST state.
        for (i, o) in self.objects.iter().enumerate() {
            let base = if o.heap { heap_ptrs[i].clone() } else { format!("@obj.{i}") };
            let mut h = "0".to_string();
            for j in 0..self.types[o.ty].repr.fields() {
                let (p, v) = (b.tmp(), b.tmp());
                match self.types[o.ty].repr {
                    Repr::I32(_) => {
                        b.line(format!("{p} = getelementptr inbounds i8, ptr {base}, i64 {}", 4 * j));
                        let w = b.tmp();
                        b.line(format!("{w} = load i32, ptr {p}, align 4"));
                        b.line(format!("{v} = zext i32 {w} to i64"));
                    }
                    _ => {
                        b.line(format!("{p} = getelementptr inbounds i8, ptr {base}, i64 {}", 8 * j));
                        b.line(format!("{v} = load i64, ptr {p}, align 8"));
                    }
                }
                h = mix(&mut b, &h, &v);
            }
            b.line(format!("call i32 (ptr, ...) @printf(ptr @fmt.obj, i32 {i}, i64 {h})"));
        }
        let (dr, zs) = (b.tmp(), b.tmp());
        b.line(format!("{dr} = load i64, ptr @drops, align 8"));
        b.line(format!("{zs} = load i64, ptr @zst.state, align 8"));
        b.line(format!("call i32 (ptr, ...) @printf(ptr @fmt.end, i64 {dr}, i64 {zs})"));
        let (t, c) = (b.tmp(), b.tmp());
        b.line(format!("{t} = trunc i64 {acc} to i32"));
        b.line(format!("{c} = and i32 {t}, 63"));
        b.line(format!("ret i32 {c}"));
        format!("define i32 @main() unnamed_addr #1 {{\nstart:\n{}}}\n", b.text)
    }
}
