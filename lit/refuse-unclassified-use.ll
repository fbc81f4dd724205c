; A module in which a vtable's address is used in arithmetic is refused, all
; or nothing. szlib::vtable_seed transmutes a `&dyn Debug` into two usizes and
; computes with the vtable half: `urem i64 ptrtoint (ptr @vtable.1 to i64), 7`.
; Whatever the integer is used for, a vtable whose address escapes as a
; number cannot be moved to another layout safely, so @vtable.1 is not taken
; for a vtable (uses.rs: a ptrtoint whose word is used other than as a whole
; pointer) and is reported as a near miss, and the plan refuses the module:
;  * opt prints `warning: reltab: left the vtables of this module absolute:`
;    with the reason, and exits 0;
;  * the module is left as it was: opt -S with the pass prints exactly what
;    opt -S without it prints (the other vtable, @vtable.2, and its size and
;    align reads in layout_of are not converted either);
;  * the report says `"converted": false`, gives the reason in
;    `refused_because`, and no savings.
;
; Source (rustc +nightly -O --emit=llvm-ir -Ccodegen-units=1
; --crate-type=lib szlib.rs, reduced: the fmt methods declared):
;   use std::fmt::Debug;
;   #[inline(never)]
;   pub fn layout_of(v: &dyn Debug) -> (usize, usize) {
;       (std::mem::size_of_val(v), std::mem::align_of_val(v))
;   }
;   pub fn demo(x: &[u16; 3]) -> (usize, usize) { layout_of(x) }
;   #[inline(never)]
;   pub fn vtable_seed(x: &u8) -> usize {
;       let d: &dyn Debug = x;
;       let (_, vt): (usize, usize) = unsafe { std::mem::transmute(d) };
;       vt % 7
;   }

; RUN: %llvm-opt -S %s -o %t.ref.ll
; RUN: %opt -passes=reltab -reltab-report=%t.json -S %s -o %t.ll 2> %t.err
; RUN: diff %t.ref.ll %t.ll
; RUN: FileCheck %s --check-prefix=WARN < %t.err
; RUN: FileCheck %s --check-prefix=REPORT < %t.json

; WARN:      warning: reltab: left the vtables of this module absolute: vtable.1 has the shape of a vtable but is used in a way vtables are not (used as data: ptrtoint, and the word used other than as a whole pointer: `%_0 = urem i64 ptrtoint (ptr @vtable.1 to i64), 7`)
; WARN-NOT:  remark
; WARN-NOT:  error

; REPORT:      "totals": {
; REPORT-NEXT:   "vtables": 1,
; REPORT:        "near_misses": 1
; REPORT:      "vtables": [
; REPORT-NEXT:   {
; REPORT-NEXT:     "name": "vtable.2",
; REPORT:      "unclassified": [
; REPORT-NEXT:   {
; REPORT-NEXT:     "what": "vtable-like global that is not a vtable",
; REPORT-NEXT:     "function": null,
; REPORT-NEXT:     "detail": "vtable.1: used as data: ptrtoint, and the word used other than as a whole pointer: `%_0 = urem i64 ptrtoint (ptr @vtable.1 to i64), 7`"
; REPORT-NEXT:   }
; REPORT-NEXT: ],
; REPORT-NEXT: "unverified_calls": [],
; REPORT-NEXT: "conversion": {
; REPORT-NEXT:   "converted": false,
; REPORT-NEXT:   "refused_because": [
; REPORT-NEXT:     {
; REPORT-NEXT:       "code": "near-miss",
; REPORT-NEXT:       "detail": "vtable.1 has the shape of a vtable but is used in a way vtables are not (used as data: ptrtoint, and the word used other than as a whole pointer: `%_0 = urem i64 ptrtoint (ptr @vtable.1 to i64), 7`)"
; REPORT-NEXT:     },
; REPORT-NEXT:     {
; REPORT-NEXT:       "code": "unclassified",
; REPORT-NEXT:       "detail": "these are limits of reltab's analysis, not faults of the program, which is built as without reltab; please report them with the JSON report (RELTAB_OPTIONS=-reltab-report=PATH)"
; REPORT-NEXT:     }
; REPORT-NEXT:   ],
; REPORT-NEXT:   "vtables_converted": 0,
; REPORT-NEXT:   "relocations_removed": 0,
; REPORT-NEXT:   "bytes_before": 32,
; REPORT-NEXT:   "bytes_after": 32,
; REPORT-NEXT:   "reads_rewritten": 0,
; REPORT-NEXT:   "form": null,
; REPORT-NEXT:   "compact_fallback": null
; REPORT-NEXT:   "parameters_promoted": {{[0-9]+}}
; REPORT-NEXT: }

source_filename = "szlib.9ce59e3ab894124-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00", ptr @_RNvXsU_NtNtCs8NwYtU1Mohg_4core3fmt3numhNtB7_5Debug3fmt }>, align 8
@vtable.2 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\06\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00", ptr @_RNvXsa_NtCs8NwYtU1Mohg_4core5arrayAtj3_NtNtB7_3fmt5Debug3fmtCsQceTjeIckW_5szlib }>, align 8

; szlib::vtable_seed
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef range(i64 0, 7) i64 @_RNvCsQceTjeIckW_5szlib11vtable_seed(ptr noalias noundef readonly captures(none) dereferenceable(1) %x) unnamed_addr #1 {
start:
  %_0 = urem i64 ptrtoint (ptr @vtable.1 to i64), 7
  ret i64 %_0
}

; szlib::demo
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define { i64, i64 } @_RNvCsQceTjeIckW_5szlib4demo(ptr noalias noundef readonly align 2 captures(none) dereferenceable(6) %x) unnamed_addr #3 {
start:
; call szlib::layout_of
  %0 = tail call { i64, i64 } @_RNvCsQceTjeIckW_5szlib9layout_of(ptr nonnull poison, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.2) #14
  ret { i64, i64 } %0
}

; szlib::layout_of
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define { i64, i64 } @_RNvCsQceTjeIckW_5szlib9layout_of(ptr nonnull readnone captures(none) %v.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(32) %v.1) unnamed_addr #5 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %v.1, i64 8
  %1 = load i64, ptr %0, align 8, !range !4, !invariant.load !3
  %2 = getelementptr inbounds nuw i8, ptr %v.1, i64 16
  %3 = load i64, ptr %2, align 8, !range !5, !invariant.load !3
  %4 = insertvalue { i64, i64 } poison, i64 %1, 0
  %5 = insertvalue { i64, i64 } %4, i64 %3, 1
  ret { i64, i64 } %5
}

; <u8 as core::fmt::Debug>::fmt (reduced: declared)
declare noundef zeroext i1 @_RNvXsU_NtNtCs8NwYtU1Mohg_4core3fmt3numhNtB7_5Debug3fmt(ptr noalias noundef readonly captures(address, read_provenance) dereferenceable(1), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #6

; <[u16; 3] as core::fmt::Debug>::fmt (reduced: declared)
declare noundef zeroext i1 @_RNvXsa_NtCs8NwYtU1Mohg_4core5arrayAtj3_NtNtB7_3fmt5Debug3fmtCsQceTjeIckW_5szlib(ptr noalias noundef readonly align 2 captures(address, read_provenance) dereferenceable(6), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #4

attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #14 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!3 = !{}
!4 = !{i64 0, i64 -9223372036854775808}
!5 = !{i64 1, i64 536870913}
