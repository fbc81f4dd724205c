; A call that cannot run passes nothing. A generic function (here in the
; shape of clap's `Colorizer::none::<String>`, whose parameter is a String
; read at offsets 0, 8 and 16) is called by live code with a stack slot, and
; by a dead function with a vtable pointer. The census used to follow the
; vtable into the parameter from the dead call as well, and then found the
; parameter "not always a vtable" (or its String reads unclassifiable):
; clap-using programs such as stylua were refused. Propagation now follows
; calls in live code only (live.rs), and the module is converted.
;
; Hand-written in the shapes of stylua 2.6.0's module.

; RUN: %opt -passes=reltab -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK-NOT: warning
; CHECK: converted 1 vtables to the compact layout

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i64 @method(ptr %self) {
  ret i64 7
}

; Reads a String { cap, ptr, len } through its parameter.
define internal i64 @_RINvMs_NtNtCs1_4clap6output3fmtNtB5_9Colorizer4noneNtNtCs2_5alloc6string6StringEB9_(ptr %content) {
  %cap = load i64, ptr %content, align 8
  %p = getelementptr inbounds i8, ptr %content, i64 8
  %ptr = load ptr, ptr %p, align 8
  %l = getelementptr inbounds i8, ptr %content, i64 16
  %len = load i64, ptr %l, align 8
  %b = load i8, ptr %ptr, align 1
  %s = add i64 %cap, %len
  ret i64 %s
}

; Live: passes a String on its stack, and calls through the vtable.
define i64 @react(ptr %data) {
  %string = alloca [24 x i8], align 8
  store i64 0, ptr %string, align 8
  %r = call i64 @_RINvMs_NtNtCs1_4clap6output3fmtNtB5_9Colorizer4noneNtNtCs2_5alloc6string6StringEB9_(ptr %string)
  %m = load ptr, ptr getelementptr inbounds (i8, ptr @vtable.0, i64 24), align 8, !invariant.load !0
  %x = call i64 %m(ptr %data)
  %sum = add i64 %r, %x
  ret i64 %sum
}

; Dead: nothing refers to it.
define internal i64 @dead() {
  %r = call i64 @_RINvMs_NtNtCs1_4clap6output3fmtNtB5_9Colorizer4noneNtNtCs2_5alloc6string6StringEB9_(ptr @vtable.0)
  ret i64 %r
}

!0 = !{}
