; Native code the build names (-reltab-native-code) is C, no boundary, but
; reltab knows nothing of what it keeps: what it returns may be anything the
; module ever gave native code. `kept_shape` returns what `keeper_keep`
; (tests/boundary/native_keeper.c, which keeps the last pointer it is
; given) returns, the boxed trait object that `keep_shape` gave it, and code
; outside reads its vtable pointer (tests/boundary/native_lib.rs). The
; native function's result was taken as memory of its own: such a cdylib
; was converted, and a stock host crashed calling through the box
; (SIGSEGV). Now everything given to native code is exposed with the
; result, and the module is left absolute, naming the way from kept_shape;
; keeper_keep is not named as code outside the module.
;
; The shapes of native_lib.rs's IR (rustc -O -Clto=fat, at the start of
; the fat-LTO pipeline).

; RUN: echo keeper_keep > %t.native
; RUN: %opt -passes='lto<O2>' -reltab-native-code=%t.native -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: keep_shape stores a vtable pointer into memory that code outside the module can reach (by way of kept_shape -> keep_shape)
; CHECK-NOT: not the C library
; CHECK-NOT: remark: {{.*}}converted

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.circle = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs1_3lib6CircleNtB2_5Shape4area, ptr @_RNvXCs1_3lib6CircleNtB2_5Shape5sides }>, align 8

define internal double @_RNvXCs1_3lib6CircleNtB2_5Shape4area(ptr %self) #0 {
  %r = load double, ptr %self, align 8
  %a = fmul double %r, %r
  ret double %a
}

define internal i32 @_RNvXCs1_3lib6CircleNtB2_5Shape5sides(ptr %self) #0 {
  ret i32 0
}

; keep_shape(r): Box::new(Box::new(Circle { r })) given to keeper_keep.
define void @keep_shape(double %r) #0 {
  %data = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 8, i64 8)
  store double %r, ptr %data, align 8
  %box = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 16, i64 8)
  store ptr %data, ptr %box, align 8
  %m = getelementptr inbounds nuw i8, ptr %box, i64 8
  store ptr @vtable.circle, ptr %m, align 8
  %kept = tail call ptr @keeper_keep(ptr nonnull %box)
  ret void
}

; kept_shape(): keeper_keep(null), what it keeps.
define ptr @kept_shape() #0 {
  %kept = tail call ptr @keeper_keep(ptr null)
  ret ptr %kept
}

define internal ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 %size, i64 %align) #0 {
  %p = call ptr @malloc(i64 %size)
  ret ptr %p
}

declare ptr @malloc(i64)
declare ptr @keeper_keep(ptr)

attributes #0 = { "reltab-protected" }

!llvm.ident = !{!1}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
