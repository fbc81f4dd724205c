; An entry address computed in two steps, `gep (gep %vt, 8), 16`, with the
; vtable passed straight to the function: reltab refuses the module, saying
; that the address of offset 8 is used other than by a load (uses.rs judges
; each GEP instruction on its own and wants a load as its only user). The
; module is left exactly as it was.
; This is a clear refusal, as the issue asks for an unexpected shape; note
; that it is stricter than the census: the same chain on a vtable pointer
; loaded from memory is a load site at offset 24 and is converted (loads.rs
; strips GEP chains), so the refusal costs a conversion rustc-made IR would
; only lose if a GEP chain survived InstCombine. Found by
; tests/tests/differential.rs (RELTAB_DIFF_EXTRA=gep-chain).
; Hand-written: the vtable of refuse-read-past-table.ll and a function that
; calls slot 0 through a two-step address.
; RUN: %llvm-opt -S %s -o %t.ref.ll
; RUN: %opt -passes=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: diff %t.ref.ll %t.ll
; CHECK: warning: reltab: left the vtables of this module absolute: {{.*}}vtable.0 has the shape of a vtable but is used in a way vtables are not (used as data: the address of offset 8 is used other than by a load in call_slot0)

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method, ptr @method }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define internal i32 @call_slot0(ptr %data, ptr align 8 %vt) {
  %header = getelementptr inbounds i8, ptr %vt, i64 8
  %slot = getelementptr inbounds i8, ptr %header, i64 16
  %f = load ptr, ptr %slot, align 8, !invariant.load !0, !nonnull !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

define i32 @main() {
  %r = call i32 @call_slot0(ptr null, ptr @vtable.0)
  ret i32 %r
}

!0 = !{}
