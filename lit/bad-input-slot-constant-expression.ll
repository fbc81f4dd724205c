; A vtable-shaped constant with a constant expression in a slot (a pointer
; one byte into a function): rustc emits functions, other vtables, null or
; undef there, never an expression, and reltab cannot give it a relative
; entry it can prove.
; Hand-written: the vtable of refuse-read-past-table.ll with
; `getelementptr (i8, ptr @method, i64 1)` in slot 1.
; The module is left exactly as it was, with a warning that gives the
; reason; opt exits 0. A vtable-shaped global that fails a check is never
; half-converted: reads of it stay absolute with it.
; RUN: %llvm-opt -S %s -o %t.ref.ll
; RUN: %opt -passes=reltab -S %s -o %t.ll -reltab-report=%t.json 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: FileCheck %s --check-prefix=REPORT < %t.json
; RUN: diff %t.ref.ll %t.ll
; CHECK: warning: reltab: left the vtables of this module absolute: vtable.0 has the shape of a vtable but is used in a way vtables are not (slot 1 points inside a global)
; REPORT:      "near_misses": 1
; REPORT:      "converted": false,

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method, ptr getelementptr (i8, ptr @method, i64 1) }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define i32 @call(ptr %data) {
  %slot = getelementptr inbounds i8, ptr @vtable.0, i64 24
  %f = load ptr, ptr %slot, align 8, !invariant.load !0, !nonnull !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

!0 = !{}
