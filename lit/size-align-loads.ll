; size_of_val / align_of_val on a trait object read the size and align words
; of its vtable: `load i64` at offsets 8 and 16, `!invariant.load` with the
; `!range` rustc puts on them (size < isize::MAX + 1, align in [1, 2^29]).
; They are load sites of kind "size" and "align" (not "method"/"slot"), and
; the vtable reached through them, <[u16; 3] as Debug>, reports size 6 and
; align 2.
;
; Source (rustc +nightly -O --emit=llvm-ir -Ccodegen-units=1 --crate-type=lib
; szlib.rs, reduced):
;   use std::fmt::Debug;
;   #[inline(never)]
;   pub fn layout_of(v: &dyn Debug) -> (usize, usize) {
;       (std::mem::size_of_val(v), std::mem::align_of_val(v))
;   }
;   pub fn demo(x: &[u16; 3]) -> (usize, usize) { layout_of(x) }

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json

; CHECK-LABEL: "totals": {
; CHECK:         "load_sites": 2,
; CHECK-NEXT:    "load_sites_marked": 2,
; CHECK-NEXT:    "load_sites_protected": 0,
; CHECK-NEXT:    "load_sites_found_otherwise": 0,
; CHECK-NEXT:    "load_sites_by_kind": {
; CHECK-NEXT:      "size": 1,
; CHECK-NEXT:      "align": 1
; CHECK-NEXT:    },
; CHECK-NEXT:    "unclassified": 0,

; CHECK-LABEL: "vtables": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "name": "vtable.1",
; CHECK-NEXT:      "implementation": "<[u16; 3] as core::fmt::Debug>",
; CHECK-NEXT:      "size": 6,
; CHECK-NEXT:      "align": 2,

; CHECK-LABEL: "load_sites": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "function": "szlib::layout_of",
; CHECK-NEXT:      "offset": 8,
; CHECK-NEXT:      "kind": "size",
; CHECK-NEXT:      "found_by": "invariant-load"
; CHECK-NEXT:    },
; CHECK-NEXT:    {
; CHECK-NEXT:      "function": "szlib::layout_of",
; CHECK-NEXT:      "offset": 16,
; CHECK-NEXT:      "kind": "align",
; CHECK-NEXT:      "found_by": "invariant-load"
; CHECK-NEXT:    }
; CHECK-NEXT:  ],
; CHECK-NEXT:  "unclassified": []

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
