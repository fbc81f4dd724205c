; A wide pointer returned as a vector of two words (`<2 x i64>`, as the SLP
; vectorizer may build it from the two `ptrtoint`s): the vtable pointer
; still leaves the module, through `insertelement`, and the module is left
; absolute. (`make_wide` of Inputs/boundary-shapes.ll, vectorized.)

; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: make_wide puts the vtable vtable.circle where code outside the module can reach it;
; CHECK-NOT: remark: {{.*}}converted

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.circle = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RNvXCs1_3lib6CircleNtB2_5Shape4drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs1_3lib6CircleNtB2_5Shape4area }>, align 8

define internal void @_RNvXCs1_3lib6CircleNtB2_5Shape4drop(ptr %self) #0 {
  ret void
}

define internal double @_RNvXCs1_3lib6CircleNtB2_5Shape4area(ptr %self) #0 {
  %r = load double, ptr %self, align 8
  ret double %r
}

; new_shape: Box::new(Circle) as Box<dyn Shape>, by value.
define internal { ptr, ptr } @new_shape(i32 %kind) #0 {
  %data = call ptr @malloc(i64 8)
  store double 1.5, ptr %data, align 8
  %w0 = insertvalue { ptr, ptr } poison, ptr %data, 0
  %w1 = insertvalue { ptr, ptr } %w0, ptr @vtable.circle, 1
  ret { ptr, ptr } %w1
}

; make_wide(kind): the wide pointer as two words in a vector.
define <2 x i64> @make_wide(i32 %kind) #0 {
  %w = call { ptr, ptr } @new_shape(i32 %kind)
  %data = extractvalue { ptr, ptr } %w, 0
  %vt = extractvalue { ptr, ptr } %w, 1
  %d = ptrtoint ptr %data to i64
  %v = ptrtoint ptr %vt to i64
  %i0 = insertelement <2 x i64> poison, i64 %d, i32 0
  %i1 = insertelement <2 x i64> %i0, i64 %v, i32 1
  ret <2 x i64> %i1
}

declare ptr @malloc(i64)

attributes #0 = { "reltab-protected" }

!llvm.ident = !{!1}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
