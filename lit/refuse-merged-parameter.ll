; After MergeFunctions, one function can serve a dyn call and a call through a
; hand-written table of functions (a RawWakerVTable-like static): same IR,
; different types. Here @call_slot0 reads its second parameter at offset 24
; with rustc's marker, and is called once with a vtable and once with
; @TABLE, a static that is no vtable. Converting would make the read relative
; for both callers and break the second; reltab must leave the module alone
; and say which caller passes what.
;
; Hand-written (MergeFunctions' output reduced to the point).

; RUN: %opt -passes=reltab -S %s -o %t.ll -reltab-report=%t.json 2> %t.err
; RUN: FileCheck %s --check-prefix=WARN < %t.err
; RUN: FileCheck %s --check-prefix=IR < %t.ll

; WARN: warning: reltab: left the vtables of this module absolute: read from a parameter that is not always a vtable: offset 24: a call in use_table passes @TABLE as parameter 1 of call_slot0

; IR-NOT: llvm.load.relative
; IR: @vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }>

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr null, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method }>, align 8
; Four callbacks: clone, wake, wake_by_ref, drop (not a vtable: no size/align).
@TABLE = private unnamed_addr constant <{ ptr, ptr, ptr, ptr }> <{ ptr @cb, ptr @cb, ptr @cb, ptr @cb }>, align 8

define internal i32 @method(ptr %self) {
  ret i32 1
}

define internal i32 @cb(ptr %data) {
  ret i32 2
}

define internal i32 @call_slot0(ptr %data, ptr %vt) {
  %slot = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %slot, align 8, !invariant.load !0, !nonnull !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

define i32 @use_vtable(ptr %data) {
  %r = call i32 @call_slot0(ptr %data, ptr @vtable.0)
  ret i32 %r
}

define i32 @use_table(ptr %data) {
  %r = call i32 @call_slot0(ptr %data, ptr @TABLE)
  ret i32 %r
}

!0 = !{}
