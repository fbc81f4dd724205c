; An unmarked vtable read found through a parameter is rewritten like a
; marked one. In the fat-LTO module, std::rt::lang_start_internal (optimized
; in std's own build, so without `!invariant.load`) calls the main closure
; through slot 2 of its `&dyn Fn() -> i32` vtable: a plain `load ptr` at
; offset 40 of parameter %1, which lang_start fills with the closure's vtable
; @anon.<hash>.0 (unmarked-load.ll: found_by "vtable-value"). Converted, that
; read is `llvm.load.relative.i64(%1, 32)` and the call takes its result; the
; plain loads of the closure's *data* pointer (%0 of the closure and its
; FnOnce shim) are not vtable reads and stay loads.
;
; IR: that of unmarked-load.ll (rustc +nightly -O -Clto=fat -Ccodegen-units=1
; -Csave-temps lto.rs, the module given to the LTO pipeline, reduced);
; source and reduction there.

; RUN: %opt -passes=reltab -reltab-layout=relative -S %s -o - | FileCheck %s
; RUN: %opt -passes=reltab -reltab-layout=relative -reltab-report=%t.json -disable-output %s
; RUN: FileCheck %s --check-prefix=REPORT < %t.json

; CHECK:      @anon.404ee615a3028c20cc15e3c71b89e100.0 = private unnamed_addr constant <{ i32, i32, i64, i64, i32, i32, i32 }>
; CHECK-LABEL: define internal noundef i32 @_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0CsbH2SZ5SILQQ_3lto(
; CHECK-NEXT:   %2 = load ptr, ptr %0, align 8, !nonnull
; CHECK-NEXT:   tail call void %2()
; CHECK-LABEL: define internal noundef i32 @_RNSNvYNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceuE9call_once6vtableCsbH2SZ5SILQQ_3lto(
; CHECK-NEXT:   %2 = load ptr, ptr %0, align 8, !nonnull
; CHECK-NEXT:   tail call void %2()
; CHECK-LABEL: define noundef range(i64 -2147483648, 2147483648) i64 @_RNvNtCsi4IsKQVxMg0_3std2rt19lang_start_internal(
; CHECK-NOT:    load ptr
; CHECK:        %[[MAIN:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr %1, i64 32)
; CHECK-NEXT:   call noundef i32 %[[MAIN]](ptr noundef nonnull %0)
; CHECK-NOT:    load ptr
; CHECK:        ret i64

; REPORT:      "found_by": "vtable-value"
; REPORT:      "conversion": {
; REPORT-NEXT:   "converted": true,
; REPORT:        "reads_rewritten": 1

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
