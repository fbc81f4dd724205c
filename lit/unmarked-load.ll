; A vtable load that lost its `!invariant.load`: in the fat-LTO module,
; std::rt::lang_start_internal (optimized in std's own build) calls the
; `main` closure through the third method of its `&dyn Fn() -> i32` vtable
; with a plain `load ptr` at offset 40 of its parameter %1. Nothing marks it;
; it is found because %1 is a parameter of a defined function that receives
; a recognized vtable (@anon.<hash>.0, the closure's vtable) through a direct
; call from lang_start: found_by "vtable-value", kind "method". The plain
; loads of the closure *data* pointer (%0) are not vtable loads.
;
; Source: any binary; here lto.rs of fat-lto-anon-names.ll, built with
;   rustc +nightly -O -Clto=fat -Ccodegen-units=1 -Csave-temps lto.rs
; module lto.lto.<hash>-cgu.0.rcgu.lto.input.bc (llvm-dis), reduced: the
; body of lang_start_internal is cut down to the call of main, !dbg and
; !noalias dropped.

; RUN: %reltab -reltab-layout=relative -reltab-report=%t.json -pass-remarks=reltab %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s < %t.json

; REMARK: remark: <unknown>:0:0: 1 vtables with 3 pointer entries (48 bytes); 1 vtable loads (0 marked !invariant.load, 0 protected, 1 found otherwise); 0 unclassified
; REMARK-NEXT: remark: <unknown>:0:0: converted 1 vtables to the relative layout: 3 relocations removed, 48 -> 36 bytes; 1 reads rewritten

; CHECK-LABEL: "totals": {
; CHECK:         "load_sites": 1,
; CHECK-NEXT:    "load_sites_marked": 0,
; CHECK-NEXT:    "load_sites_protected": 0,
; CHECK-NEXT:    "load_sites_found_otherwise": 1,
; CHECK-NEXT:    "load_sites_by_kind": {
; CHECK-NEXT:      "method": 1
; CHECK-NEXT:    },

; CHECK-LABEL: "vtables": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "name": "anon.404ee615a3028c20cc15e3c71b89e100.0",

; CHECK-LABEL: "load_sites": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "function": "std::rt::lang_start_internal",
; CHECK-NEXT:      "offset": 40,
; CHECK-NEXT:      "kind": "method",
; CHECK-NEXT:      "found_by": "vtable-value"
; CHECK-NEXT:    }
; CHECK-NEXT:  ],
; CHECK-NEXT:  "unclassified": []

source_filename = "lto.8835f2ed3b94442a-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@anon.404ee615a3028c20cc15e3c71b89e100.0 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNSNvYNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceuE9call_once6vtableCsbH2SZ5SILQQ_3lto, ptr @_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0CsbH2SZ5SILQQ_3lto, ptr @_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0CsbH2SZ5SILQQ_3lto }>, align 8

; std::rt::lang_start::<()>
; Function Attrs: nonlazybind uwtable
define hidden noundef i64 @_RINvNtCsi4IsKQVxMg0_3std2rt10lang_startuECsbH2SZ5SILQQ_3lto(ptr noundef nonnull %0, i64 noundef %1, ptr noundef %2, i8 noundef %3) unnamed_addr #0 {
  %5 = alloca [8 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %5)
  store ptr %0, ptr %5, align 8
  %6 = call noundef i64 @_RNvNtCsi4IsKQVxMg0_3std2rt19lang_start_internal(ptr noundef nonnull %5, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @anon.404ee615a3028c20cc15e3c71b89e100.0, i64 noundef %1, ptr noundef %2, i8 noundef %3)
  call void @llvm.lifetime.end.p0(ptr nonnull %5)
  ret i64 %6
}

; std::rt::lang_start::<()>::{closure#0}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i32 @_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0CsbH2SZ5SILQQ_3lto(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %0) unnamed_addr #3 {
  %2 = load ptr, ptr %0, align 8, !nonnull !30, !noundef !30
  tail call void %2()
  ret i32 0
}

; <std::rt::lang_start<()>::{closure#0} as core::ops::function::FnOnce<()>>::call_once::{shim:vtable#0}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i32 @_RNSNvYNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceuE9call_once6vtableCsbH2SZ5SILQQ_3lto(ptr noundef readonly captures(none) %0) unnamed_addr #3 {
  %2 = load ptr, ptr %0, align 8, !nonnull !30, !noundef !30
  tail call void %2()
  ret i32 0
}

; std::rt::lang_start_internal (reduced to the call of main)
; Function Attrs: nonlazybind uwtable
define noundef range(i64 -2147483648, 2147483648) i64 @_RNvNtCsi4IsKQVxMg0_3std2rt19lang_start_internal(ptr noundef nonnull %0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(48) %1, i64 noundef %2, ptr noundef %3, i8 noundef %4) unnamed_addr #21 {
  store atomic i64 %2, ptr @_RNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp4ARGC.0 monotonic, align 8
  store atomic ptr %3, ptr @_RNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp4ARGV.0 monotonic, align 8
  %191 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %192 = load ptr, ptr %191, align 8
  %193 = call noundef i32 %192(ptr noundef nonnull %0) #152
  %195 = sext i32 %193 to i64
  ret i64 %195
}

@_RNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp4ARGC.0 = internal unnamed_addr global i64 0, align 8
@_RNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp4ARGV.0 = internal unnamed_addr global ptr null, align 8

declare void @llvm.lifetime.start.p0(ptr captures(none))
declare void @llvm.lifetime.end.p0(ptr captures(none))

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #21 = { nonlazybind uwtable "frame-pointer"="non-leaf" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #152 = { inlinehint }

!30 = !{}
