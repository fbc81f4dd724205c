; A converted module survives bitcode: written by opt as .bc, read back by
; llvm-dis and by opt -passes=verify, it still holds the relative vtable
; (the packed struct, `dso_local_equivalent` for the method the module only
; declares, private unnamed_addr constant align 8) and the relative read.
;
; IR: that of convert-external-function.ll (rustc +nightly -Copt-level=0
; --emit=llvm-ir -Ccodegen-units=1 ext.rs, reduced); source there.

; RUN: %opt -passes=reltab -reltab-layout=relative < %s -o %t.bc
; RUN: %llvm-opt -passes=verify -disable-output %t.bc
; RUN: llvm-dis < %t.bc -o %t.ll
; RUN: FileCheck %s < %t.ll
; The text read back is the text opt prints directly, line for line (both
; read stdin, so that the ModuleID comment is the same).
; RUN: %opt -passes=reltab -reltab-layout=relative -S < %s -o %t.direct.ll
; RUN: diff %t.direct.ll %t.ll

; CHECK:      @vtable.1 = private unnamed_addr constant <{ i32, i32, i64, i64, i32 }> <{
; CHECK-SAME:   i32 0, i32 0, i64 2, i64 2,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr dso_local_equivalent @_RNvXs3_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3imptNtB9_7Display3fmt to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32)
; CHECK-SAME: }>, align 8
; CHECK:      call void @_RNvCslwXSMl5MT2f_3ext4show(ptr @alloc_9129ce702928c07b29c6cd6ae1381f71, ptr align 8 @vtable.1, ptr align 8 %s)
; CHECK:      %[[FMT:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr %_3.1, i64 24)
; CHECK-NEXT: call zeroext i1 %[[FMT]](ptr %_3.0, ptr align 8 %f)
; CHECK:      declare ptr @llvm.load.relative.i64(ptr, i64)

source_filename = "ext.facb098d36d8a299-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::fmt::rt::Argument<'_>" = type { %"core::fmt::rt::ArgumentType<'_>" }
%"core::fmt::rt::ArgumentType<'_>" = type { ptr, [1 x i64] }

@alloc_9129ce702928c07b29c6cd6ae1381f71 = private unnamed_addr constant [2 x i8] c"\05\00", align 2
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00", ptr @_RNvXs3_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3imptNtB9_7Display3fmt }>, align 8
@alloc_0c812808379efded5a4fb82d2790b556 = private unnamed_addr constant [2 x i8] c"\C0\00", align 1

; <core::fmt::rt::Argument>::new_display::<&dyn core::fmt::Display>
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RINvMNtNtCs8NwYtU1Mohg_4core3fmt2rtNtB3_8Argument11new_displayRDNtB5_7DisplayEL_ECslwXSMl5MT2f_3ext(ptr sret([16 x i8]) align 8 %_0, ptr align 8 %x) unnamed_addr #0 {
start:
  %_2 = alloca [16 x i8], align 8
  store ptr %x, ptr %_2, align 8
  %0 = getelementptr inbounds i8, ptr %_2, i64 8
  store ptr @_RNvXs1i_NtCs8NwYtU1Mohg_4core3fmtRDNtB6_7DisplayEL_Bx_3fmtCslwXSMl5MT2f_3ext, ptr %0, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %_2, i64 16, i1 false)
  ret void
}

; ext::main (reduced: no unwinding)
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCslwXSMl5MT2f_3ext4main() unnamed_addr #2 {
start:
  %s = alloca [24 x i8], align 8
; call <alloc::string::String>::new
  call void @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3newCslwXSMl5MT2f_3ext(ptr sret([24 x i8]) align 8 %s) #4
; call ext::show
  call void @_RNvCslwXSMl5MT2f_3ext4show(ptr @alloc_9129ce702928c07b29c6cd6ae1381f71, ptr align 8 @vtable.1, ptr align 8 %s)
; call <alloc::string::String>::len
  %_8 = call i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCslwXSMl5MT2f_3ext(ptr align 8 %s)
  %_7 = trunc i64 %_8 to i32
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_7) #5
  unreachable
}

; ext::show
; Function Attrs: noinline nonlazybind uwtable
define internal void @_RNvCslwXSMl5MT2f_3ext4show(ptr %0, ptr align 8 %1, ptr align 8 %out) unnamed_addr #3 {
start:
  %_8 = alloca [16 x i8], align 8
  %args = alloca [16 x i8], align 8
  %d = alloca [16 x i8], align 8
  store ptr %0, ptr %d, align 8
  %2 = getelementptr inbounds i8, ptr %d, i64 8
  store ptr %1, ptr %2, align 8
; call <core::fmt::rt::Argument>::new_display::<&dyn core::fmt::Display>
  call void @_RINvMNtNtCs8NwYtU1Mohg_4core3fmt2rtNtB3_8Argument11new_displayRDNtB5_7DisplayEL_ECslwXSMl5MT2f_3ext(ptr sret([16 x i8]) align 8 %_8, ptr align 8 %d) #4
  %3 = getelementptr inbounds nuw %"core::fmt::rt::Argument<'_>", ptr %args, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %_8, i64 16, i1 false)
; call <alloc::string::String as core::fmt::Write>::write_fmt
  %_3 = call zeroext i1 @_RNvYNtNtCsbEht8wFNRx7_5alloc6string6StringNtNtCs8NwYtU1Mohg_4core3fmt5Write9write_fmtCslwXSMl5MT2f_3ext(ptr align 8 %out, ptr @alloc_0c812808379efded5a4fb82d2790b556, ptr %args)
  ret void
}

; <&dyn core::fmt::Display as core::fmt::Display>::fmt
; Function Attrs: nonlazybind uwtable
define internal zeroext i1 @_RNvXs1i_NtCs8NwYtU1Mohg_4core3fmtRDNtB6_7DisplayEL_Bx_3fmtCslwXSMl5MT2f_3ext(ptr align 8 %self, ptr align 8 %f) unnamed_addr #2 {
start:
  %_3.0 = load ptr, ptr %self, align 8
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %_3.1 = load ptr, ptr %0, align 8
  %1 = getelementptr inbounds i8, ptr %_3.1, i64 24
  %2 = load ptr, ptr %1, align 8, !invariant.load !5, !nonnull !5
  %_0 = call zeroext i1 %2(ptr %_3.0, ptr align 8 %f) #4
  ret i1 %_0
}

; <u16 as core::fmt::Display>::fmt
; Function Attrs: nonlazybind uwtable
declare zeroext i1 @_RNvXs3_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3imptNtB9_7Display3fmt(ptr align 2, ptr align 8) unnamed_addr #2

declare void @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3newCslwXSMl5MT2f_3ext(ptr sret([24 x i8]) align 8) unnamed_addr #0
declare i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCslwXSMl5MT2f_3ext(ptr align 8) unnamed_addr #0
declare zeroext i1 @_RNvYNtNtCsbEht8wFNRx7_5alloc6string6StringNtNtCs8NwYtU1Mohg_4core3fmt5Write9write_fmtCslwXSMl5MT2f_3ext(ptr align 8, ptr, ptr) unnamed_addr #2
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #6
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint }
attributes #5 = { noreturn }
attributes #6 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!5 = !{}
