//! Stage 2: code on one `dyn` object, written into a function body: the reads of its vtable (every one recorded
//! for the census) and what is done with what they load (calls, drops, upcasts, comparisons, loops, spills, calls
//! passing the object on).

use std::fmt::Write as _;

use super::{mix, Body, Gen, Helper, ObjRef, ReadRec, Sig, Slot, Src, VRef};

impl Gen {
    /// Emits a read of the entry at `offset` of `vt` (trait layout `slots`
    /// long), returns the loaded value.
    fn read(&mut self, b: &mut Body, vt: &VRef, slots: usize, offset: u64, is_ptr: bool) -> String {
        let id = self.reads.len();
        let marked = self.rng.chance(self.marked_percent);
        self.reads.push(ReadRec { base: vt.vid, marked, header_word: !is_ptr });
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
            Some((block, base, off, a)) if *block == b.block && base == p && *off == offset => Some(a.clone()),
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
                _ => format!("getelementptr inbounds ({struct_ty}, ptr {p}, {})", struct_idx(offset)),
            }
        } else {
            let a = b.tmp();
            match self.rng.below(6) {
                0 | 1 => b.line(format!("{a} = getelementptr inbounds i8, ptr {p}, i64 {offset}")),
                2 => b.line(format!("{a} = getelementptr inbounds nuw i8, ptr {p}, i64 {offset}")),
                3 => b.line(format!("{a} = getelementptr inbounds ptr, ptr {p}, i64 {}", offset / 8)),
                4 if offset >= 8 && self.extra.gep_chain => {
                    let a1 = b.tmp();
                    b.line(format!("{a1} = getelementptr inbounds i8, ptr {p}, i64 8"));
                    b.line(format!("{a} = getelementptr inbounds i8, ptr {a1}, i64 {}", offset - 8));
                }
                _ => b.line(format!("{a} = getelementptr inbounds {struct_ty}, ptr {p}, {}", struct_idx(offset))),
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
        b.line(format!("{v} = load {ty}, ptr {addr}, align 8@@M{id}@@{extra}"));
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

    pub(super) fn op_method(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> Option<String> {
        let slots = self.callable(o.tr);
        if slots.is_empty() {
            return None;
        }
        let (k, sig) = self.rng.pick(&slots);
        let n = self.traits[o.tr].layout.len();
        let fp = self.read(b, &o.vt, n, 24 + 8 * k as u64, true);
        Some(self.call_method(b, &fp, sig, &o.d, acc))
    }

    pub(super) fn op_header(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> String {
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
        b.line(format!("{a} = phi i64 [ {acc}, %{before} ], [ @@A2@@, %{head} ]"));
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
        let sub = ObjRef { d: o.d.clone(), vt: VRef { op: s, vid, global: false }, tr: u };
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
        let vt = VRef { op: "%vt".into(), vid: param, global: false };
        let n = self.traits[t].layout.len();
        let s = self.read(&mut b, &vt, n, 24 + 8 * k as u64, true);
        let (w1, w2) = (b.tmp(), b.tmp());
        b.line(format!("{w1} = insertvalue {{ ptr, ptr }} poison, ptr %d, 0"));
        b.line(format!("{w2} = insertvalue {{ ptr, ptr }} {w1}, ptr {s}, 1"));
        b.line(format!("ret {{ ptr, ptr }} {w2}"));
        let _ = write!(
            self.helper_text,
            "; <dyn T{t}> upcast through slot {k}\n\
             define internal {{ ptr, ptr }} @{name}(ptr %d, ptr align 8 %vt) unnamed_addr #0 {{\nstart:\n{}}}\n\n",
            b.text
        );
        self.helpers.insert((t, k), Helper { name: name.clone(), param });
        (name, param)
    }

    fn op_upcast_agg(&mut self, b: &mut Body, o: &ObjRef, acc: &str, depth: usize) -> Option<String> {
        let vptrs = self.vptr_slots(o.tr);
        if vptrs.is_empty() || depth > 1 {
            return None;
        }
        let (k, u) = self.rng.pick(&vptrs);
        let (name, param) = self.helper(o.tr, k);
        self.edges.push((o.vt.vid, param));
        let (w, d2, v2) = (b.tmp(), b.tmp(), b.tmp());
        b.line(format!("{w} = call {{ ptr, ptr }} @{name}(ptr {}, ptr {})", o.d, o.vt.op));
        b.line(format!("{d2} = extractvalue {{ ptr, ptr }} {w}, 0"));
        b.line(format!("{v2} = extractvalue {{ ptr, ptr }} {w}, 1"));
        let count = self.rng.range(1, 3);
        Some(self.ops_on_unknown(b, d2, v2, u, acc, count, depth))
    }

    /// Continues with `count` operations on an object whose vtable pointer
    /// `v` has an origin the census cannot follow (loaded, returned).
    #[allow(clippy::too_many_arguments)]
    fn ops_on_unknown(
        &mut self,
        b: &mut Body,
        d: String,
        v: String,
        tr: usize,
        acc: &str,
        count: usize,
        depth: usize,
    ) -> String {
        let vid = self.new_value(Src::Unknown);
        let sub = ObjRef { d, vt: VRef { op: v, vid, global: false }, tr };
        self.ops(b, &sub, acc, count, depth + 1, false)
    }

    fn op_call_fn(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> Option<String> {
        let chain = self.prefix_chain(o.tr);
        let cands: Vec<usize> =
            (0..self.fns.len()).filter(|&i| !self.fns[i].two && chain.contains(&self.fns[i].tr)).collect();
        if cands.is_empty() {
            return None;
        }
        let f = self.rng.pick(&cands);
        self.edges.push((o.vt.vid, self.fns[f].params[0]));
        let r = b.tmp();
        b.line(format!("{r} = call i64 @{}(ptr {}, ptr {}, i64 {acc})", self.fns[f].name, o.d, o.vt.op));
        Some(mix(b, acc, &r))
    }

    fn op_compare(&mut self, b: &mut Body, o: &ObjRef, acc: &str) -> Option<String> {
        let tys: Vec<usize> = (0..self.types.len()).filter(|&t| self.types[t].traits.contains(&o.tr)).collect();
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
        b.line(format!("{a1} = getelementptr inbounds i8, ptr {}, i64 {}", o.vt.op, 24 + 8 * k1));
        b.line(format!("{a2} = getelementptr inbounds i8, ptr {}, i64 {}", o.vt.op, 24 + 8 * k2));
        b.line(format!("{c} = trunc i64 {acc} to i1"));
        b.line(format!("{a} = select i1 {c}, ptr {a1}, ptr {a2}"));
        b.line(format!("{fp} = load ptr, ptr {a}, align 8, !invariant.load !0"));
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
        b.line(format!("{a} = getelementptr inbounds i8, ptr {}, i64 {off}", o.vt.op));
        b.line(format!("{fp} = load ptr, ptr {a}, align 8"));
        Some(self.call_method(b, &fp, sig, &o.d, &acc))
    }

    /// `count` random operations on `o`; returns the new acc.
    pub(super) fn ops(&mut self, b: &mut Body, o: &ObjRef, acc: &str, count: usize, depth: usize, top: bool) -> String {
        let mut acc = acc.to_string();
        if Some(o.tr) == self.marker_trait {
            for _ in 0..count {
                acc = if self.rng.chance(30) { self.op_drop(b, o, &acc) } else { self.op_header(b, o, &acc) };
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
}
