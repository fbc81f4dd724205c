; A marked read at a computed offset - `gep %vt, %k * 8`, what a sunk pair
; of marked method loads becomes when SimplifyCFG turns their two constant
; offsets into a select - is no entry read reltab can rewrite. The module is
; left exactly as it was, with a warning that names the load and the vtable
; it reads; opt exits 0.
; Hand-written: the vtable of refuse-read-past-table.ll read through a
; parameter at a computed offset.
; RUN: %llvm-opt -S %s -o %t.ref.ll
; RUN: %opt -passes=reltab -S %s -o %t.ll -reltab-report=%t.json 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: FileCheck %s --check-prefix=REPORT < %t.json
; RUN: diff %t.ref.ll %t.ll
; CHECK: warning: reltab: left the vtables of this module absolute: marked load with a non-constant address: load in call_slot; vtable.0 has the shape of a vtable but is used in a way vtables are not (used as data: getelementptr with a non-constant offset in call_slot)
; REPORT:      "what": "marked load with a non-constant address",
; REPORT:      "converted": false,

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method, ptr @method }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define internal i32 @call_slot(ptr %data, ptr align 8 %vt, i64 %k) {
  %off = shl i64 %k, 3
  %slot = getelementptr inbounds i8, ptr %vt, i64 %off
  %f = load ptr, ptr %slot, align 8, !invariant.load !0, !nonnull !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

define i32 @main() {
  %r = call i32 @call_slot(ptr null, ptr @vtable.0, i64 3)
  ret i32 %r
}

!0 = !{}
