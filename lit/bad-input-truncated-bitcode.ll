; A truncated bitcode file given to opt with reltab loaded: opt's bitcode
; reader rejects it with its own error before any pass runs (this is not
; reltab's input check, but reltab must not make it worse): opt exits with
; an error, reltab prints nothing, and nothing crashes.
; RUN: llvm-as %s -o %t.bc
; RUN: head -c 200 %t.bc > %t.truncated.bc
; RUN: not %opt -passes=reltab -disable-output %t.truncated.bc 2>&1 | FileCheck %s
; CHECK:     error:
; CHECK-NOT: reltab
; CHECK-NOT: Stack dump

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define i32 @call(ptr %data) {
  %f = load ptr, ptr getelementptr inbounds (i8, ptr @vtable.0, i64 24), align 8, !invariant.load !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

!0 = !{}
