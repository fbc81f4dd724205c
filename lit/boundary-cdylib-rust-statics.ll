; A cdylib or a staticlib exports its C interface only: rustc's version
; script makes every other symbol of a cdylib local, and no C code names a
; Rust-mangled symbol of a staticlib. std's two statics kept external for
; the linker (`EMPTY_PANIC`, `ARGV_INIT_ARRAY`) are no interface there, as in
; an executable (boundary-executable-rust-statics.ll), and the module is
; converted: `panic!()`'s call through EMPTY_PANIC hands its payload to no
; code outside. A Rust dylib keeps its Rust functions external (rustc
; exports its Rust API), and there the statics stay exported: the same
; module with one Rust-mangled function external is left absolute.
;
; The module of boundary-executable-rust-statics.ll (from just 1.59.0),
; with main made the exported C function `shapes_total_area(i32)` of a
; library (its argument kept in a local).

; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s --check-prefix=CDYLIB
; RUN: sed 's/define internal void @_RNvCs5AbCdEfGh_4lib14api/define void @_RNvCs5AbCdEfGh_4lib14api/' %s > %t.dylib.ll
; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %t.dylib.ll 2>&1 | FileCheck %s --check-prefix=DYLIB

; CDYLIB-NOT: warning
; CDYLIB: remark: {{.*}}converted 1 vtables to the compact layout

; DYLIB: warning: reltab: left the vtables of this module absolute: {{.*}}the static std::panicking::EMPTY_PANIC

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_RNvNtCsi4IsKQVxMg0_3std9panicking11EMPTY_PANIC = constant ptr @_RNSINvNtCsi4IsKQVxMg0_3std9panicking11begin_panicReE5reifyB6_, align 8
@_RNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp15ARGV_INIT_ARRAY = constant ptr @_RNvNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp15ARGV_INIT_ARRAY12init_wrapper, section ".init_array.00099", align 8
@llvm.used = appending global [1 x ptr] [ptr @_RNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp15ARGV_INIT_ARRAY], section "llvm.metadata"
@llvm.compiler.used = appending global [1 x ptr] [ptr @_RNvNtCsi4IsKQVxMg0_3std9panicking11EMPTY_PANIC], section "llvm.metadata"

@vtable.payload = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @get }>, align 8

define internal void @drop(ptr %self) #0 {
  ret void
}

define internal ptr @get(ptr %self) #0 {
  ret ptr %self
}

; begin_panic::<&str>, reified: boxes its payload and reads the box's vtable
define internal void @_RNSINvNtCsi4IsKQVxMg0_3std9panicking11begin_panicReE5reifyB6_(ptr %msg, ptr %payload) #0 {
  %data = load ptr, ptr %payload, align 8
  %m = getelementptr inbounds i8, ptr %payload, i64 8
  %vt = load ptr, ptr %m, align 8
  %f = getelementptr inbounds i8, ptr %vt, i64 24
  %get = load ptr, ptr %f, align 8, !invariant.load !0
  %r = call ptr %get(ptr %data)
  ret void
}

define internal void @_RNvNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp15ARGV_INIT_ARRAY12init_wrapper(i32 noundef %0, ptr noundef %1, ptr readnone captures(none) %2) #0 {
  ret void
}

; A Rust function of the library, internal as rustc leaves every one in a
; cdylib; the RUN line with sed makes it external, as in a Rust dylib.
define internal void @_RNvCs5AbCdEfGh_4lib14api(ptr %x) #0 {
  ret void
}

define i32 @shapes_total_area(i32 %n) #0 {
  %argv = alloca i32, align 4
  store i32 %n, ptr %argv, align 4
  call void @_RNvCs5AbCdEfGh_4lib14api(ptr %argv)
  %box = alloca [16 x i8], align 8
  store ptr %argv, ptr %box, align 8
  %m = getelementptr inbounds i8, ptr %box, i64 8
  store ptr @vtable.payload, ptr %m, align 8
  %panic = load ptr, ptr @_RNvNtCsi4IsKQVxMg0_3std9panicking11EMPTY_PANIC, align 8
  call void %panic(ptr null, ptr %box)
  ret i32 0
}

attributes #0 = { "reltab-protected" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
