; A `Box<dyn Shape>` read from the caller's memory as one vector
; (`load <2 x ptr>`, as the SLP vectorizer may make of the two loads): the
; vtable pointer extracted from it comes from outside, and the module is
; left absolute, naming shape_area. (`shape_area` of
; Inputs/boundary-shapes.ll, exported and vectorized.)

; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: shape_area reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of shape_area -> shape_area)
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

; shape_area(s): s.area() through the box's vtable, the box read as a vector.
define double @shape_area(ptr %s) #0 {
  %pair = load <2 x ptr>, ptr %s, align 8
  %data = extractelement <2 x ptr> %pair, i32 0
  %vt = extractelement <2 x ptr> %pair, i32 1
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %r = call double %area(ptr %data)
  ret double %r
}

define internal ptr @reltab.vtable.load.ptr.24(ptr %vt) #1 {
  %p = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

; main: a box of its own, so that the vtable is the module's.
define i32 @main() #0 {
  %box = alloca [16 x i8], align 8
  %data = call ptr @malloc(i64 8)
  store double 1.5, ptr %data, align 8
  store ptr %data, ptr %box, align 8
  %m = getelementptr inbounds i8, ptr %box, i64 8
  store ptr @vtable.circle, ptr %m, align 8
  %a = call double @shape_area(ptr %box)
  ret i32 0
}

declare ptr @malloc(i64)

attributes #0 = { "reltab-protected" }
attributes #1 = { "reltab-vtable-load" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
