; Input of the lit tests about native code that hands back what it was
; given (boundary-native-code-hands-back-*.ll): a library crate compiled
; with reltab, as at the start of rustc's fat-LTO pipeline, every function
; internal; a test exports the one it is about with sed ("define internal"
; -> "define"). Its shapes are those of the real cdylib's IR (rustc -O
; -Clto=fat) of tests/boundary/kept_lib.rs with --cfg native, whose native
; code (native_keeper.c, named with -reltab-native-code) keeps the last
; pointer other than NULL it is given and returns what it keeps:
;
;   keep_shape(r)                        Box::new(Box::new(Circle { r }))
;                                        given to keeper_keep
;   kept_shape() -> *mut c_void          keeper_keep(null)
;   keep_host_shape(b: *const Box<dyn Shape>)  b given to keeper_keep
;   kept_area() -> f64                   reads a vtable through
;                                        keeper_keep(null)

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
define internal void @keep_shape(double %r) #0 {
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
define internal ptr @kept_shape() #0 {
  %kept = tail call ptr @keeper_keep(ptr null)
  ret ptr %kept
}

; keep_host_shape(b): b given to keeper_keep.
define internal void @keep_host_shape(ptr %b) #0 {
  %kept = tail call ptr @keeper_keep(ptr %b)
  ret void
}

; kept_area(): the area of the Box<dyn Shape> keeper_keep keeps, through its
; vtable.
define internal double @kept_area() #0 {
  %kept = tail call ptr @keeper_keep(ptr null)
  %data = load ptr, ptr %kept, align 8
  %m = getelementptr inbounds nuw i8, ptr %kept, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %a = call double %area(ptr %data)
  ret double %a
}

define internal ptr @reltab.vtable.load.ptr.24(ptr %vt) #1 {
  %p = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

define internal ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 %size, i64 %align) #0 {
  %p = call ptr @malloc(i64 %size)
  ret ptr %p
}

declare ptr @malloc(i64)
declare ptr @keeper_keep(ptr)

define i32 @main() #0 {
  call void @keep_shape(double 2.0)
  %ks = call ptr @kept_shape()
  %hb = alloca [16 x i8], align 8
  call void @keep_host_shape(ptr %hb)
  %ka = call double @kept_area()
  ret i32 0
}

attributes #0 = { "reltab-protected" }
attributes #1 = { "reltab-vtable-load" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
