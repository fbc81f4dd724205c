; A vtable passed to a function that is only declared (C code, the system:
; `register_object(data, vtable)`). reltab cannot see what the callee does
; with it; it counts the use as "call-argument", like a call of a defined
; function, converts the module and passes the *relative* table. This is
; the premise of `-passes=reltab` and of fat LTO: the module is the whole
; program, every Rust function is in it, and code outside it does not read
; Rust vtables (their layout is unstable). No warning or remark marks the
; call: a module that hands a vtable to foreign code which reads it (Rust
; code built without LTO, linked in through a C ABI) would break silently.
; Hand-written: the vtable of refuse-read-past-table.ll, a declared
; @register_object, and a marked read in main.
; RUN: %opt -passes=reltab -reltab-layout=relative -S %s -o %t.ll -reltab-report=%t.json 2> %t.err
; RUN: count 0 < %t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REPORT < %t.json
; CHECK: @vtable.0 = private unnamed_addr constant <{ i32, i32, i64, i64, i32, i32 }>
; CHECK: call void @register_object(ptr null, ptr @vtable.0)
; CHECK: call ptr @llvm.load.relative.i64(ptr @vtable.0, i64 24)
; REPORT:      "uses": {
; REPORT-NEXT:   "call-argument": 1,
; REPORT-NEXT:   "loaded": 1
; REPORT-NEXT: }
; REPORT:      "converted": true,

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method, ptr @method }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

declare void @register_object(ptr, ptr)

define i32 @main() {
  call void @register_object(ptr null, ptr @vtable.0)
  %f = load ptr, ptr getelementptr inbounds (i8, ptr @vtable.0, i64 24), align 8, !invariant.load !0, !nonnull !0
  %r = call i32 %f(ptr null)
  ret i32 %r
}

!0 = !{}
