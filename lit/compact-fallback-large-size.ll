; A vtable whose type is 2^26 bytes or larger does not fit the compact
; header's 26-bit size: with -reltab-layout=compact the whole module gets the
; relative layout instead (one layout per module, so that every read decodes
; every table), a remark says why, and the report records the form used and
; the reason.
;
; IR: size-align-loads.ll with the vtable's size set to 2^26 (the bytes
; 00 00 00 04 at offset 8).

; RUN: %opt -passes=reltab -reltab-layout=compact -reltab-report=%t.json -pass-remarks=reltab -S %s -o %t.ll 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REPORT < %t.json

; REMARK: remark: {{.*}}the relative layout instead of the compact one for this module: a vtable's type does not fit the compact header (67108864 bytes, align 2; the header holds sizes below 2^26)
; REMARK: converted 1 vtables to the relative layout

; CHECK: @vtable.1 = private unnamed_addr constant <{ i32, i32, i64, i64, i32 }> <{ i32 0, i32 0, i64 67108864, i64 2,
; CHECK-NOT: reltab.compact
; REPORT: "layout": "compact",
; REPORT: "form": "relative",
; REPORT: "compact_fallback": "a vtable's type does not fit the compact header (67108864 bytes, align 2; the header holds sizes below 2^26)"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\00\00\00\04\00\00\00\00\02\00\00\00\00\00\00\00", ptr @_RNvXsa_NtCs8NwYtU1Mohg_4core5arrayAtj3_NtNtB7_3fmt5Debug3fmtCsQceTjeIckW_5szlib }>, align 8

; szlib::demo
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define { i64, i64 } @_RNvCsQceTjeIckW_5szlib4demo(ptr noalias noundef readonly align 2 captures(none) dereferenceable(6) %x) unnamed_addr #2 {
start:
; call szlib::layout_of
  %0 = tail call { i64, i64 } @_RNvCsQceTjeIckW_5szlib9layout_of(ptr nonnull poison, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.1) #13
  ret { i64, i64 } %0
}

; szlib::layout_of
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define { i64, i64 } @_RNvCsQceTjeIckW_5szlib9layout_of(ptr nonnull readnone captures(none) %v.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(32) %v.1) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %v.1, i64 8
  %1 = load i64, ptr %0, align 8, !range !4, !invariant.load !3
  %2 = getelementptr inbounds nuw i8, ptr %v.1, i64 16
  %3 = load i64, ptr %2, align 8, !range !5, !invariant.load !3
  %4 = insertvalue { i64, i64 } poison, i64 %1, 0
  %5 = insertvalue { i64, i64 } %4, i64 %3, 1
  ret { i64, i64 } %5
}

; <[u16; 3] as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXsa_NtCs8NwYtU1Mohg_4core5arrayAtj3_NtNtB7_3fmt5Debug3fmtCsQceTjeIckW_5szlib(ptr noalias noundef readonly align 2 captures(address, read_provenance) dereferenceable(6), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #3

attributes #2 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #13 = { noinline }

!3 = !{}
!4 = !{i64 0, i64 -9223372036854775808}
!5 = !{i64 1, i64 536870913}
