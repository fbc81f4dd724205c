; A converted vtable is smaller than the absolute one, so no pointer to it may
; still claim the absolute size as `dereferenceable`. rustc marks the vtable
; half of a `&dyn Debug` `dereferenceable(32)` (24-byte header + one method)
; on szlib::layout_of's parameter %v.1 and on demo's call that passes
; @vtable.1. After conversion @vtable.1 is 28 bytes (24 + 4), so those
; attributes must go or shrink to at most 28.
;
; Regression (found in reltab 0.1.0, fixed since): the attributes were left
; as they were, so the converted module said `dereferenceable(32)` of a
; pointer to a 28-byte constant: by LangRef the optimizer may load (e.g.
; speculatively) past the end of the vtable, and BasicAA may decide that
; %v.1 cannot point to @vtable.1. reltab now drops dereferenceable from
; parameters, call arguments and loads known to hold vtable pointers.
;
; IR: that of size-align-loads.ll (rustc +nightly -O --emit=llvm-ir
; -Ccodegen-units=1 --crate-type=lib szlib.rs, reduced); source there.

; RUN: %opt -passes=reltab -reltab-layout=relative -S %s -o - | FileCheck %s

; CHECK:      @vtable.1 = private unnamed_addr constant <{ i32, i32, i64, i64, i32 }>
; CHECK-LABEL: define { i64, i64 } @_RNvCsQceTjeIckW_5szlib4demo(
; CHECK:        call { i64, i64 } @_RNvCsQceTjeIckW_5szlib9layout_of(ptr nonnull poison, ptr noalias noundef readonly align 8 captures(address, read_provenance) {{(dereferenceable\((2[0-8]|1?[0-9])\) )?}}@vtable.1)
; CHECK-LABEL: define { i64, i64 } @_RNvCsQceTjeIckW_5szlib9layout_of(ptr nonnull readnone captures(none) %v.0, ptr noalias noundef readonly align 8 captures(none) {{(dereferenceable\((2[0-8]|1?[0-9])\) )?}}%v.1)

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
