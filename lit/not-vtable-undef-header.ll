; A constant that holds functions but whose size and align words are (partly)
; undef is not a vtable — rustc's vtables always have both — and not a near
; miss either: it does not stop the conversion of the real vtable. rustc
; emits such constants for libtest's test descriptors (padding after a
; niche, then the test function). Hand-written in that shape.

; RUN: %opt -passes=reltab -reltab-layout=relative -reltab-report=%t.json -S %s -o - | FileCheck %s
; RUN: FileCheck %s --check-prefix=REPORT < %t.json

; CHECK: @desc = private unnamed_addr constant <{ [8 x i8], [16 x i8], ptr }> <{ [8 x i8] zeroinitializer, [16 x i8] undef, ptr @method }>, align 8
; CHECK: @vtable.0 = private unnamed_addr constant <{ i32, i32, i64, i64, i32 }>
; REPORT: "vtables": 1,
; REPORT: "near_misses": 0,
; REPORT: "converted": true,

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@desc = private unnamed_addr constant <{ [8 x i8], [16 x i8], ptr }> <{ [8 x i8] zeroinitializer, [16 x i8] undef, ptr @method }>, align 8
@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @method }>, align 8

define internal i32 @method(ptr %self) {
  %v = load i32, ptr %self, align 4
  ret i32 %v
}

define i32 @call(ptr %data, ptr %meta) {
  %p = getelementptr inbounds i8, ptr %meta, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

define i32 @main() {
  %x = alloca i32, align 4
  %d = load ptr, ptr getelementptr inbounds (i8, ptr @desc, i64 24), align 8
  %a = call i32 %d(ptr %x)
  %r = call i32 @call(ptr %x, ptr @vtable.0)
  %s = add i32 %a, %r
  ret i32 %s
}

!0 = !{}
