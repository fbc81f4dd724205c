; Input of the audit-*.ll and refuse-unresolved-sysroot-call.ll tests: code
; that looks like the precompiled std (v0 symbols of crate std, not
; protected), with one indirect call of each kind the audit tells apart.
; Hand-written; the shapes are those of rustc's output.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvCsi4IsKQVxMg0_3std6method }>, align 8
@hook = internal global ptr null

; std::method
define internal i32 @_RNvCsi4IsKQVxMg0_3std6method(ptr %self) {
  ret i32 1
}

; std::through_vtable: a marked vtable read (vtable).
define internal i32 @_RNvCsi4IsKQVxMg0_3std14through_vtable(ptr %obj, ptr %vt) {
  %p = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  %r = call i32 %f(ptr %obj)
  ret i32 %r
}

; std::fn_param: a function pointer parameter (parameter).
define internal i32 @_RNvCsi4IsKQVxMg0_3std8fn_param(ptr %f) {
  %r = call i32 %f(ptr null)
  ret i32 %r
}

; std::static_hook: a function pointer in a static (static-or-local).
define internal i32 @_RNvCsi4IsKQVxMg0_3std11static_hook() {
  %f = load ptr, ptr @hook, align 8
  %r = call i32 %f(ptr null)
  ret i32 %r
}

; std::field_at_8: offset 8 holds no pointer in a vtable (not-an-entry-offset).
define internal i32 @_RNvCsi4IsKQVxMg0_3std10field_at_8(ptr %p) {
  %t = load ptr, ptr %p, align 8
  %a = getelementptr inbounds i8, ptr %t, i64 8
  %f = load ptr, ptr %a, align 8
  %r = call i32 %f(ptr %p)
  ret i32 %r
}

; std::table_param: an unmarked read at 24 from a parameter (parameter-table).
define internal i32 @_RNvCsi4IsKQVxMg0_3std11table_param(ptr %obj, ptr %t) {
  %a = getelementptr inbounds i8, ptr %t, i64 24
  %f = load ptr, ptr %a, align 8
  %r = call i32 %f(ptr %obj)
  ret i32 %r
}

; std::table_from_memory: an unmarked read at 24 from a pointer loaded from
; memory (unknown: it could be a vtable read no analysis sees).
define internal i32 @_RNvCsi4IsKQVxMg0_3std17table_from_memory(ptr %obj, ptr %p) {
  %t = load ptr, ptr %p, align 8
  %a = getelementptr inbounds i8, ptr %t, i64 24
  %f = load ptr, ptr %a, align 8
  %r = call i32 %f(ptr %obj)
  ret i32 %r
}

define i32 @main() {
  %obj = alloca [8 x i8], align 8
  %cell = alloca ptr, align 8
  store ptr @vtable.0, ptr %cell, align 8
  %a = call i32 @_RNvCsi4IsKQVxMg0_3std14through_vtable(ptr %obj, ptr @vtable.0)
  %b = call i32 @_RNvCsi4IsKQVxMg0_3std17table_from_memory(ptr %obj, ptr %cell)
  %s = add i32 %a, %b
  ret i32 %s
}

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
