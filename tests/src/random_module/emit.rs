//! Stage 4: the types' methods and drop functions, the vtable globals, the statics, and the module text with the
//! census: unmarked reads whose base the pass cannot see become marked, and the read placeholders are filled in.

use std::fmt::Write as _;

use super::{Body, Expect, Gen, Generated, Impl, Repr, Sig, Slot, Src};

impl Gen {
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
            "; <S{ty} as T{t}>::m{idx}\n\
             define internal {ret} @S{ty}.T{t}.m{idx}({}{params}) unnamed_addr #0 {{\nstart:\n{}}}\n\n",
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
        b.line(format!("{a} = add i64 {m}, {}", (self.types[ty].k[2] >> 1) as i64));
        b.line(format!("store i64 {a}, ptr @drops, align 8"));
        b.line("ret void");
        format!(
            "; core::ptr::drop_in_place::<S{ty}>\n\
             define internal void @S{ty}.drop({}) unnamed_addr #0 {{\nstart:\n{}}}\n\n",
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
        let mut words =
            vec![if tyd.drop { W::Ptr(format!("@S{ty}.drop")) } else { W::Bytes(0) }, W::Bytes(size), W::Bytes(align)];
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
        let mut known: Vec<bool> = self.values.iter().map(|s| matches!(s, Src::Global)).collect();
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

    pub(super) fn finish(mut self, seed: u64, main: String) -> Generated {
        // Unmarked reads the census could not see become marked.
        let known = self.known_values();
        for r in &mut self.reads {
            if !r.marked && !known[r.base] {
                r.marked = true;
            }
        }
        let mut m = String::new();
        let _ = writeln!(m, "; reltab differential test module, seed {seed:#x} (tests/tests/differential.rs)");
        let _ = writeln!(m, "source_filename = \"diff{seed:x}\"");
        let _ = writeln!(
            m,
            "target datalayout = \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\""
        );
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
                    o.init.iter().map(|v| format!("i32 {}", *v as u32 as i32)).collect::<Vec<_>>().join(", ")
                ),
                _ => format!(
                    "[{} x i64] [{}]",
                    o.init.len(),
                    o.init.iter().map(|v| format!("i64 {}", *v as i64)).collect::<Vec<_>>().join(", ")
                ),
            };
            let (_, align) = self.types[o.ty].repr.size_align();
            let _ = writeln!(m, "@obj.{i} = internal global {init}, align {}", align.max(8));
        }
        if self.table_len > 0 {
            let mut cells = vec![String::new(); self.table_len];
            for e in self.entries.iter().filter(|e| !self.objects[e.obj].heap) {
                let ty = self.objects[e.obj].ty;
                cells[e.place] =
                    format!("{{ ptr, ptr }} {{ ptr @obj.{}, ptr @{} }}", e.obj, self.vt_names[&(ty, e.tr)]);
            }
            let kind = if self.rng.chance(50) { "constant" } else { "global" };
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
        for (name, text) in
            [("step", "s%02d %016llx\n"), ("obj", "o%02d %016llx\n"), ("end", "drops %016llx zst %016llx\n")]
        {
            let (lit, len) = c_string(text);
            let _ = writeln!(m, "@fmt.{name} = private unnamed_addr constant [{len} x i8] c\"{lit}\", align 1");
        }
        m.push('\n');
        for ty in 0..self.types.len() {
            if self.types[ty].drop {
                m.push_str(&self.drop_fn(ty));
            }
            let impls: Vec<((usize, usize), Impl)> = self.types[ty].impls.iter().map(|(k, v)| (*k, *v)).collect();
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
        m.push_str("\nattributes #0 = { nounwind nonlazybind uwtable \"target-cpu\"=\"x86-64\" }\n");
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
            vtables: self.values.iter().filter(|s| matches!(s, Src::Global)).count(),
            reads: self.reads.len(),
            marked,
            unmarked: self.reads.len() - marked,
            header_words: self.reads.iter().filter(|r| r.header_word).count(),
            exact: !self.extra.any(),
        };
        Generated { ir: substitute(false), ir_all_marked: substitute(true), expect }
    }
}

/// `getelementptr inbounds i8, ptr %self, i64 offset` into a fresh temporary.
fn field_address(b: &mut Body, offset: usize) -> String {
    let p = b.tmp();
    b.line(format!("{p} = getelementptr inbounds i8, ptr %self, i64 {offset}"));
    p
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
