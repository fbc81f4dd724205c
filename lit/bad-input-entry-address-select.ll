; A marked load whose address is a `select` of two entry addresses of one
; vtable pointer - `load (select %c, gep %vt 24, gep %vt 32)` - is the shape
; SimplifyCFG and InstCombine give two marked method loads in two branches
; when they sink them (when the offsets are constants of one GEP they make
; it a computed offset instead, which reltab refuses:
; bad-input-computed-offset-marked.ll). The read's base is not a vtable
; pointer plus a constant, so reltab cannot rewrite it: it must leave the
; module alone and say why.
; Before the fix (found by tests/tests/differential.rs, RELTAB_DIFF_EXTRA=entry-select;
; reltab at commit c953f23): base_and_offset stops at the select, the census
; takes the *select* for a vtable pointer (the marker says so) and the read
; for a drop read at offset 0, and rewrites it to
; `llvm.load.relative(%sel, 0)` + the null check: the entry address is read
; as if it were a relative vtable. The module is reported converted and the
; program crashes (exit 47 before, SIGSEGV after: lli this.ll / lli out.ll).
; When the vtable reaches @use as a direct argument, uses.rs sees the select
; of its addresses and the module is refused; here it comes from memory
; (@pair), as a `&dyn` field does.
; Hand-written (the select reduced from what default<O2> makes of two marked
; loads in an if/else).
; RUN: %llvm-opt -S %s -o %t.ref.ll
; RUN: %opt -passes=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: diff %t.ref.ll %t.ll
; CHECK: warning: reltab: left the vtables of this module absolute:

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @m0, ptr @m1 }>, align 8
@obj = internal global i64 5, align 8
@pair = internal global { ptr, ptr } { ptr @obj, ptr @vtable.0 }, align 8

define internal void @drop(ptr %p) {
  ret void
}

define internal i64 @m0(ptr %p, i64 %x) {
  %v = load i64, ptr %p, align 8
  %r = mul i64 %v, %x
  ret i64 %r
}

define internal i64 @m1(ptr %p, i64 %x) {
  %v = load i64, ptr %p, align 8
  %r = add i64 %v, %x
  ret i64 %r
}

define internal i64 @use(ptr %d, ptr %vt, i1 %c) {
  %g0 = getelementptr inbounds i8, ptr %vt, i64 24
  %g1 = getelementptr inbounds i8, ptr %vt, i64 32
  %g = select i1 %c, ptr %g0, ptr %g1
  %f = load ptr, ptr %g, align 8, !invariant.load !0, !nonnull !0
  %r = call i64 %f(ptr %d, i64 7)
  ret i64 %r
}

define i32 @main() {
  %vtp = getelementptr inbounds i8, ptr @pair, i64 8
  %vt = load ptr, ptr %vtp, align 8
  %r = call i64 @use(ptr @obj, ptr %vt, i1 true)
  %r2 = call i64 @use(ptr @obj, ptr %vt, i1 false)
  %s = add i64 %r, %r2
  %t = trunc i64 %s to i32
  ret i32 %t
}

!0 = !{}
