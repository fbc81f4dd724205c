; A static whose first word points at other data (a `&str`) and which holds
; a function pointer (a `{ name: &str, call: fn }` table entry) is data:
; only a function can be a vtable's drop entry. Before, recognition asked
; for the first word's function type without checking that it is a function
; (an assertion in an assertion-enabled LLVM, undefined behaviour in
; rustc's); the word is now checked to be a function first.
;
; Hand-written, in the form of rhai's plugin-function tables (see
; lookalike-dangling-pointer.ll).

; RUN: %opt -passes=reltab -pass-remarks=reltab -reltab-report=%t.json -disable-output %s 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: FileCheck %s --check-prefix=REPORT < %t.json

; CHECK-NOT: warning
; CHECK: converted 1 vtables to the compact layout
; REPORT: "near_misses": 0

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@name = private unnamed_addr constant [4 x i8] c"push", align 1
@entry = internal constant <{ ptr, [8 x i8], [8 x i8], ptr }> <{ ptr @name, [8 x i8] c"\04\00\00\00\00\00\00\00", [8 x i8] c"\08\00\00\00\00\00\00\00", ptr @push }>, align 8

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method }>, align 8

define internal void @push(ptr %data) {
  ret void
}

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define i32 @call(ptr %data) {
  %f = load ptr, ptr getelementptr inbounds (i8, ptr @entry, i64 24), align 8
  call void %f(ptr %data)
  %m = load ptr, ptr getelementptr inbounds (i8, ptr @vtable.0, i64 24), align 8, !invariant.load !0
  %r = call i32 %m(ptr %data)
  ret i32 %r
}

!0 = !{}
