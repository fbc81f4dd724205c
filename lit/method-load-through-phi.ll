; A method load whose value reaches the call through a phi is kind "method".
; In optimized code (here core's <&Option<usize> as Debug>::fmt from the
; fat-LTO module, i.e. Formatter::debug_tuple_field1_finish inlined), the
; closing ")" is written through `write_str` of the formatter's &mut dyn Write,
; loaded at offset 24 on two paths: on one path (%46, block 42) the loaded
; pointer is not called in its block but merged by `%48 = phi ptr [ %46, ..],
; [ %15, .. ]`, and %48 is called. All four loads at offset 24 in the function
; read a method and are called (%15, %38 and %56 directly, %46 through the
; phi): all four are kind "method".
;
; Regression (found in reltab 0.1.0, fixed since): the load %46 is reported with kind "slot". slot_kind in
; loads.rs only counts a call whose callee is the load itself; it does not
; follow the value through phi/select (which the vtable-pointer propagation
; in the same file does).
;
; Source: std's own code, as in every binary's fat-LTO module; here lto.rs of
; fat-lto-anon-names.ll, rustc +nightly -O -Clto=fat -Ccodegen-units=1
; -Csave-temps, lto.lto.<hash>-cgu.0.rcgu.lto.input.bc (llvm-dis), reduced:
; !dbg, !alias.scope/!noalias and the noalias/lifetime intrinsics dropped.

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json
; RUN: FileCheck %s --check-prefix=NOSLOT < %t.json

; CHECK-LABEL: "load_sites_by_kind": {
; CHECK-NEXT:      "method": 4
; CHECK-NEXT:    },
; CHECK-LABEL: "load_sites": [
; CHECK-COUNT-4:   "function": "<&core::option::Option<usize> as core::fmt::Debug>::fmt",
; CHECK:         "unclassified": []
; NOSLOT-NOT: "slot"

source_filename = "lto.8835f2ed3b94442a-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@anon.9ce794178331042da4b57d6665fa7360.38 = private unnamed_addr constant [2 x i8] c",\0A", align 1
@anon.9ce794178331042da4b57d6665fa7360.39 = private unnamed_addr constant [1 x i8] c"(", align 1
@anon.9ce794178331042da4b57d6665fa7360.40 = private unnamed_addr constant [2 x i8] c"(\0A", align 1
@anon.9ce794178331042da4b57d6665fa7360.57 = private unnamed_addr constant [1 x i8] c")", align 1
@anon.9ce794178331042da4b57d6665fa7360.142 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs0_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB5_10PadAdapterNtB7_5Write9write_str, ptr @_RNvXs0_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB5_10PadAdapterNtB7_5Write10write_char, ptr @_RNvYNtNtNtCs8NwYtU1Mohg_4core3fmt8builders10PadAdapterNtB6_5Write9write_fmtB8_ }>, align 8
@anon.9ce794178331042da4b57d6665fa7360.414 = private unnamed_addr constant [4 x i8] c"None", align 1
@anon.9ce794178331042da4b57d6665fa7360.415 = private unnamed_addr constant [4 x i8] c"Some", align 1

; <&core::option::Option<usize> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define noundef zeroext i1 @_RNvXs1g_NtCs8NwYtU1Mohg_4core3fmtRINtNtB8_6option6OptionjENtB6_5Debug3fmtB8_(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %0, ptr noalias noundef align 8 captures(none) dereferenceable(24) %1) unnamed_addr #21 personality ptr @rust_eh_personality {
  %3 = alloca [24 x i8], align 8
  %4 = alloca [1 x i8], align 1
  %5 = alloca [24 x i8], align 8
  %6 = load ptr, ptr %0, align 8, !nonnull !30, !align !34, !noundef !30
  %7 = load i64, ptr %6, align 8, !range !127, !noundef !30
  %8 = trunc nuw i64 %7 to i1
  br i1 %8, label %9, label %51

9:                                                ; preds = %2
  %10 = getelementptr inbounds nuw i8, ptr %6, i64 8
  %11 = load ptr, ptr %1, align 8, !nonnull !30, !noundef !30
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %13 = load ptr, ptr %12, align 8, !nonnull !30, !align !34, !noundef !30
  %14 = getelementptr inbounds nuw i8, ptr %13, i64 24
  %15 = load ptr, ptr %14, align 8, !invariant.load !30, !nonnull !30
  %16 = tail call noundef zeroext i1 %15(ptr noundef nonnull %11, ptr noalias noundef nonnull readonly captures(address, read_provenance) @anon.9ce794178331042da4b57d6665fa7360.415, i64 noundef 4) #152
  br i1 %16, label %58, label %17

17:                                               ; preds = %9
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %19 = load i32, ptr %18, align 8, !noundef !30
  %20 = and i32 %19, 8388608
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %24

22:                                               ; preds = %17
  %23 = tail call noundef zeroext i1 %15(ptr noundef nonnull %11, ptr noalias noundef nonnull readonly captures(address, read_provenance) @anon.9ce794178331042da4b57d6665fa7360.39, i64 noundef 1) #152
  br i1 %23, label %58, label %40

24:                                               ; preds = %17
  %25 = tail call noundef zeroext i1 %15(ptr noundef nonnull %11, ptr noalias noundef nonnull readonly captures(address, read_provenance) @anon.9ce794178331042da4b57d6665fa7360.40, i64 noundef 2) #152
  br i1 %25, label %58, label %26

26:                                               ; preds = %24
  store i8 1, ptr %4, align 1
  store ptr %11, ptr %5, align 8
  %27 = getelementptr inbounds nuw i8, ptr %5, i64 8
  store ptr %13, ptr %27, align 8
  %28 = getelementptr inbounds nuw i8, ptr %5, i64 16
  store ptr %4, ptr %28, align 8
  %29 = load i64, ptr %18, align 8
  %30 = getelementptr inbounds nuw i8, ptr %3, i64 16
  store i64 %29, ptr %30, align 8
  store ptr %5, ptr %3, align 8
  %31 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store ptr @anon.9ce794178331042da4b57d6665fa7360.142, ptr %31, align 8
  %32 = call noundef zeroext i1 @_RNvXsZ_NtNtCs8NwYtU1Mohg_4core3fmt3numjNtB7_5Debug3fmt(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(8) %10, ptr noalias noundef nonnull align 8 dereferenceable(24) %3) #152
  br i1 %32, label %58, label %34

34:                                               ; preds = %26
  %35 = load ptr, ptr %3, align 8, !nonnull !30, !noundef !30
  %36 = load ptr, ptr %31, align 8, !nonnull !30, !align !34, !noundef !30
  %37 = getelementptr inbounds nuw i8, ptr %36, i64 24
  %38 = load ptr, ptr %37, align 8, !invariant.load !30, !nonnull !30
  %39 = call noundef zeroext i1 %38(ptr noundef nonnull %35, ptr noalias noundef nonnull readonly captures(address, read_provenance) @anon.9ce794178331042da4b57d6665fa7360.38, i64 noundef 2) #152
  br i1 %39, label %58, label %47

40:                                               ; preds = %22
  %41 = tail call noundef zeroext i1 @_RNvXsZ_NtNtCs8NwYtU1Mohg_4core3fmt3numjNtB7_5Debug3fmt(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(8) %10, ptr noalias noundef nonnull align 8 dereferenceable(24) %1) #152
  br i1 %41, label %58, label %42

42:                                               ; preds = %40
  %43 = load ptr, ptr %1, align 8
  %44 = load ptr, ptr %12, align 8
  %45 = getelementptr inbounds nuw i8, ptr %44, i64 24
  %46 = load ptr, ptr %45, align 8, !invariant.load !30
  br label %47

47:                                               ; preds = %42, %34
  %48 = phi ptr [ %46, %42 ], [ %15, %34 ]
  %49 = phi ptr [ %43, %42 ], [ %11, %34 ]
  %50 = call noundef zeroext i1 %48(ptr noundef nonnull %49, ptr noalias noundef nonnull readonly captures(address, read_provenance) @anon.9ce794178331042da4b57d6665fa7360.57, i64 noundef 1) #152
  br label %58

51:                                               ; preds = %2
  %52 = load ptr, ptr %1, align 8, !nonnull !30, !noundef !30
  %53 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %54 = load ptr, ptr %53, align 8, !nonnull !30, !align !34, !noundef !30
  %55 = getelementptr inbounds nuw i8, ptr %54, i64 24
  %56 = load ptr, ptr %55, align 8, !invariant.load !30, !nonnull !30
  %57 = tail call noundef zeroext i1 %56(ptr noundef nonnull %52, ptr noalias noundef nonnull readonly captures(address, read_provenance) @anon.9ce794178331042da4b57d6665fa7360.414, i64 noundef 4) #152
  br label %58

58:                                               ; preds = %51, %47, %40, %34, %26, %24, %22, %9
  %59 = phi i1 [ %57, %51 ], [ true, %40 ], [ %50, %47 ], [ true, %34 ], [ true, %9 ], [ true, %22 ], [ true, %26 ], [ true, %24 ]
  ret i1 %59
}

; <core::fmt::builders::PadAdapter as core::fmt::Write>::write_str
declare noundef zeroext i1 @_RNvXs0_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB5_10PadAdapterNtB7_5Write9write_str(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24), ptr noalias noundef nonnull readonly captures(address, read_provenance), i64 noundef) unnamed_addr #21
; <core::fmt::builders::PadAdapter as core::fmt::Write>::write_char
declare noundef zeroext i1 @_RNvXs0_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB5_10PadAdapterNtB7_5Write10write_char(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24), i32 noundef range(i32 0, 1114112)) unnamed_addr #21
; <core::fmt::builders::PadAdapter as core::fmt::Write>::write_fmt
declare noundef zeroext i1 @_RNvYNtNtNtCs8NwYtU1Mohg_4core3fmt8builders10PadAdapterNtB6_5Write9write_fmtB8_(ptr noalias noundef align 8 dereferenceable(24), ptr noundef nonnull captures(address, read_provenance), ptr noundef nonnull) unnamed_addr #21
; <usize as core::fmt::Debug>::fmt
declare noundef zeroext i1 @_RNvXsZ_NtNtCs8NwYtU1Mohg_4core3fmt3numjNtB7_5Debug3fmt(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8), ptr noalias noundef align 8 captures(none) dereferenceable(24)) unnamed_addr #32
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #21

attributes #21 = { nonlazybind uwtable "frame-pointer"="non-leaf" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #32 = { inlinehint nonlazybind uwtable "frame-pointer"="non-leaf" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #152 = { inlinehint }

!30 = !{}
!34 = !{i64 8}
!127 = !{i64 0, i64 2}
