; An unmarked read at a *computed* offset from a value reltab knows to be a
; vtable pointer. This is what default<O2> makes of
;   if c { (vt.m0)(d) } else { (vt.m1)(d) }
; when the two method loads are unmarked (precompiled std code, whose
; reads the census finds as "vtable-value" loads): SimplifyCFG sinks the two
; loads into one and the offsets become `select %c, i64 24, i64 32`.
; %vt is known to be a vtable pointer (the marked size read of the same
; parameter), but the read is no entry read reltab can rewrite: it must
; refuse the module (an unclassified read), never leave the read absolute
; while the vtable becomes relative.
; Before the fix (found by tests/tests/differential.rs, RELTAB_DIFF_EXTRA=
; nonconst-offset; reltab at commit c953f23): loads.rs skips every read
; whose address has no constant offset ("let Some((base, offset)) =
; read.address else { continue }"), so the read is neither a load site nor
; unclassified nor an unverified call (that list also needs a constant
; offset); the module is reported converted and the method call jumps into
; the relative table (exit 47 before, SIGSEGV after: lli this.ll / lli
; out.ll). A *marked* read at a computed offset is refused
; (bad-input-computed-offset-marked.ll), and so is an unmarked one from a
; parameter that a direct call fills with a vtable global (uses.rs looks
; into the callee); here the vtable comes from memory.
; Source: @use below as default<O2> prints it from two unmarked loads at 24
; and 32 in the two arms of a branch (hand-written input, opt -O2 output
; reduced).
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
  %gs = getelementptr inbounds nuw i8, ptr %vt, i64 8
  %size = load i64, ptr %gs, align 8, !invariant.load !0
  %empty = icmp eq i64 %size, 0
  %c2 = or i1 %c, %empty
  %off = select i1 %c2, i64 24, i64 32
  %g = getelementptr inbounds nuw i8, ptr %vt, i64 %off
  %f = load ptr, ptr %g, align 8
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
