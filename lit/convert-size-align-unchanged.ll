; Size and align reads are left as they are. The relative layout keeps both
; words where they were (offsets 8 and 16, as i64), so szlib::layout_of's
; `load i64` at 8 and 16 of the vtable pointer (size_of_val / align_of_val,
; `!invariant.load` and `!range`) are not touched: same address, type,
; alignment and metadata, no llvm.load.relative. The vtable itself is
; converted: <[u16; 3] as Debug> keeps size 6 and align 2 at 8 and 16.
;
; IR: that of size-align-loads.ll (rustc +nightly -O --emit=llvm-ir
; -Ccodegen-units=1 --crate-type=lib szlib.rs, reduced); source there.

; RUN: %opt -passes=reltab -reltab-layout=relative -S %s -o - | FileCheck %s
; RUN: %opt -passes=reltab -reltab-layout=relative -reltab-report=%t.json -disable-output %s
; RUN: FileCheck %s --check-prefix=REPORT < %t.json

; CHECK:      @vtable.1 = private unnamed_addr constant <{ i32, i32, i64, i64, i32 }> <{ i32 0, i32 0, i64 6, i64 2, i32 trunc
; CHECK-LABEL: define { i64, i64 } @_RNvCsQceTjeIckW_5szlib9layout_of(
; CHECK-NEXT: start:
; CHECK-NEXT:   %0 = getelementptr inbounds nuw i8, ptr %v.1, i64 8
; CHECK-NEXT:   %1 = load i64, ptr %0, align 8, !range ![[SIZE:[0-9]+]], !invariant.load ![[EMPTY:[0-9]+]]
; CHECK-NEXT:   %2 = getelementptr inbounds nuw i8, ptr %v.1, i64 16
; CHECK-NEXT:   %3 = load i64, ptr %2, align 8, !range ![[ALIGN:[0-9]+]], !invariant.load ![[EMPTY]]
; CHECK-NEXT:   %4 = insertvalue { i64, i64 } poison, i64 %1, 0
; CHECK-NEXT:   %5 = insertvalue { i64, i64 } %4, i64 %3, 1
; CHECK-NEXT:   ret { i64, i64 } %5
; CHECK-NEXT: }
; CHECK-NOT:  call {{.*}}@llvm.load.relative
; CHECK-DAG:  ![[EMPTY]] = !{}
; CHECK-DAG:  ![[SIZE]] = !{i64 0, i64 -9223372036854775808}
; CHECK-DAG:  ![[ALIGN]] = !{i64 1, i64 536870913}

; Both reads are counted as sites, none is rewritten.
; REPORT:      "load_sites_by_kind": {
; REPORT-NEXT:   "size": 1,
; REPORT-NEXT:   "align": 1
; REPORT-NEXT: },
; REPORT:      "conversion": {
; REPORT-NEXT:   "converted": true,
; REPORT:        "vtables_converted": 1,
; REPORT:        "reads_rewritten": 0

source_filename = "szlib.9ce59e3ab894124-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\06\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00", ptr @_RNvXsa_NtCs8NwYtU1Mohg_4core5arrayAtj3_NtNtB7_3fmt5Debug3fmtCsQceTjeIckW_5szlib }>, align 8

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
