; Input of audit-layouts.ll and compact-fallback-unknown-layout.ll: code that
; looks like the precompiled std (v0 symbols of crate std, not protected),
; with one allocator call of each kind the layout audit tells apart.
; Hand-written; internal but main, as rustc leaves every symbol the artifact
; does not export at fat LTO. The shapes are those of rustc's output (Box<dyn T>'s drop
; glue, Arc's Layout::extend).

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RNvCsi4IsKQVxMg0_3std4drop, [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvCsi4IsKQVxMg0_3std6method }>, align 8
@layout = internal global [2 x i64] [i64 16, i64 8]

; std::drop, std::method
define internal void @_RNvCsi4IsKQVxMg0_3std4drop(ptr %self) {
  ret void
}
define internal i32 @_RNvCsi4IsKQVxMg0_3std6method(ptr %self) {
  ret i32 1
}

; __rustc::__rust_dealloc, as rustc mangles it.
; At fat LTO rustc links its allocator shim into the module: defined here.
define internal void @_RNvCscSpY9Juk0HT_7___rustc14___rust_dealloc(ptr %p, i64 %size, i64 %align) {
  ret void
}

; std::free_box: Box<dyn T>'s drop glue: size and align are marked reads
; (vtable).
define internal void @_RNvCsi4IsKQVxMg0_3std8free_box(ptr %data, ptr %vt) {
  %s = getelementptr inbounds i8, ptr %vt, i64 8
  %size = load i64, ptr %s, align 8, !invariant.load !0
  %a = getelementptr inbounds i8, ptr %vt, i64 16
  %align = load i64, ptr %a, align 8, !invariant.load !0
  call void @_RNvCscSpY9Juk0HT_7___rustc14___rust_dealloc(ptr %data, i64 %size, i64 %align)
  ret void
}

; std::free_arc: an Arc<dyn T>'s layout, whose align is max(8, align)
; (vtable, through llvm.umax).
define internal void @_RNvCsi4IsKQVxMg0_3std8free_arc(ptr %inner, ptr %vt) {
  %s = getelementptr inbounds i8, ptr %vt, i64 8
  %size = load i64, ptr %s, align 8, !invariant.load !0
  %a = getelementptr inbounds i8, ptr %vt, i64 16
  %align = load i64, ptr %a, align 8, !invariant.load !0
  %arc_align = call i64 @llvm.umax.i64(i64 %align, i64 8)
  %total = add i64 %size, 16
  call void @_RNvCscSpY9Juk0HT_7___rustc14___rust_dealloc(ptr %inner, i64 %total, i64 %arc_align)
  ret void
}

; std::free_bytes: a Vec<u8>'s buffer (constant align).
define internal void @_RNvCsi4IsKQVxMg0_3std10free_bytes(ptr %buf, i64 %cap) {
  call void @_RNvCscSpY9Juk0HT_7___rustc14___rust_dealloc(ptr %buf, i64 %cap, i64 1)
  ret void
}

; std::free_static: a layout kept in a static (static-or-local).
define internal void @_RNvCsi4IsKQVxMg0_3std11free_static(ptr %p) {
  %a = getelementptr inbounds i8, ptr @layout, i64 8
  %align = load i64, ptr %a, align 8
  call void @_RNvCscSpY9Juk0HT_7___rustc14___rust_dealloc(ptr %p, i64 16, i64 %align)
  ret void
}

; std::free_with_layout: size and align are parameters, followed into the
; callers: the one caller is a crate compiled with reltab (protected).
define internal void @_RNvCsi4IsKQVxMg0_3std16free_with_layout(ptr %p, i64 %size, i64 %align) {
  call void @_RNvCscSpY9Juk0HT_7___rustc14___rust_dealloc(ptr %p, i64 %size, i64 %align)
  ret void
}

; app::free_dyn_layout, compiled with reltab.
define internal void @_RNvCs8m1JLeFJPj7_3app15free_dyn_layout(ptr %p, ptr %vt) #0 {
  %s = getelementptr inbounds i8, ptr %vt, i64 8
  %size = load i64, ptr %s, align 8, !invariant.load !0
  %a = getelementptr inbounds i8, ptr %vt, i64 16
  %align = load i64, ptr %a, align 8, !invariant.load !0
  call void @_RNvCsi4IsKQVxMg0_3std16free_with_layout(ptr %p, i64 %size, i64 %align)
  ret void
}

; std::free_from_memory: the vtable pointer is loaded from memory and its
; align read lost its !invariant.load (unknown: a vtable read no analysis
; sees, which the compact layout would answer with two slot offsets).
define internal void @_RNvCsi4IsKQVxMg0_3std16free_from_memory(ptr %boxed) {
  %data = load ptr, ptr %boxed, align 8
  %m = getelementptr inbounds i8, ptr %boxed, i64 8
  %vt = load ptr, ptr %m, align 8
  %s = getelementptr inbounds i8, ptr %vt, i64 8
  %size = load i64, ptr %s, align 8
  %a = getelementptr inbounds i8, ptr %vt, i64 16
  %align = load i64, ptr %a, align 8
  call void @_RNvCscSpY9Juk0HT_7___rustc14___rust_dealloc(ptr %data, i64 %size, i64 %align)
  ret void
}

define i32 @main() {
  %obj = alloca [16 x i8], align 8
  %boxed = alloca [16 x i8], align 8
  %m = getelementptr inbounds i8, ptr %boxed, i64 8
  store ptr @vtable.0, ptr %m, align 8
  %f = getelementptr inbounds i8, ptr @vtable.0, i64 24
  %method = load ptr, ptr %f, align 8, !invariant.load !0
  %r = call i32 %method(ptr %obj)
  call void @_RNvCsi4IsKQVxMg0_3std8free_box(ptr %obj, ptr @vtable.0)
  call void @_RNvCsi4IsKQVxMg0_3std8free_arc(ptr %obj, ptr @vtable.0)
  call void @_RNvCsi4IsKQVxMg0_3std10free_bytes(ptr %obj, i64 16)
  call void @_RNvCsi4IsKQVxMg0_3std11free_static(ptr %obj)
  call void @_RNvCs8m1JLeFJPj7_3app15free_dyn_layout(ptr %obj, ptr @vtable.0)
  call void @_RNvCsi4IsKQVxMg0_3std16free_from_memory(ptr %boxed)
  ret i32 %r
}

declare i64 @llvm.umax.i64(i64, i64)

attributes #0 = { "reltab-protected" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
