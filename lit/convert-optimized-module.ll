; A convertible module is converted. This is the real optimized module of
; unchanged.ll without vtable_seed (nothing uses a vtable's address as a
; number): all three vtables become relative (84 instead of 96 bytes), the
; one pointer read that is left after optimization — the drop read that
; boxed_layout inlined from the drop glue of Box<dyn Debug> — becomes
; load.relative + null check, and the size and align reads stay loads.
;
; Source: szlib.rs of unchanged.ll without vtable_seed, rustc +nightly -O
; --emit=llvm-ir -Ccodegen-units=1 --crate-type=lib szlib.rs, unreduced:
;   use std::fmt::Debug;
;   #[inline(never)]
;   pub fn layout_of(v: &dyn Debug) -> (usize, usize) {
;       (std::mem::size_of_val(v), std::mem::align_of_val(v))
;   }
;   #[inline(never)]
;   pub fn boxed_layout(v: Box<dyn Debug>) -> usize {
;       std::mem::size_of_val(&*v) + std::mem::align_of_val(&*v)
;   }
;   pub fn demo(x: &[u16; 3]) -> (usize, usize) { layout_of(x) }
;   pub fn demo_box(s: String) -> usize { boxed_layout(Box::new(s)) }

; RUN: %opt -passes=reltab -reltab-layout=relative -reltab-report=%t.json -pass-remarks=reltab -S %s -o %t.ll 2> %t.remarks
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.remarks
; RUN: FileCheck %s --check-prefix=REPORT < %t.json

; REMARK: remark: <unknown>:0:0: 3 vtables with 4 pointer entries (96 bytes); 5 vtable loads (5 marked !invariant.load, 0 protected, 0 found otherwise); 0 unclassified
; REMARK-NEXT: remark: <unknown>:0:0: converted 3 vtables to the relative layout: 4 relocations removed, 96 -> 84 bytes; 1 reads rewritten
; REMARK-NOT:  warning

; CHECK:      @vtable.0 = private unnamed_addr constant <{ i32, i32, i64, i64, i32 }> <{ i32 0, i32 0, i64 8, i64 8, i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXs1g_NtCs8NwYtU1Mohg_4core3fmtRtNtB6_5Debug3fmtCsQceTjeIckW_5szlib to i64), i64 ptrtoint (ptr @vtable.0 to i64)) to i32) }>, align 8
; CHECK-NEXT: @vtable.1 = private unnamed_addr constant <{ i32, i32, i64, i64, i32 }> <{ i32 0, i32 0, i64 6, i64 2, i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXsa_NtCs8NwYtU1Mohg_4core5arrayAtj3_NtNtB7_3fmt5Debug3fmtCsQceTjeIckW_5szlib to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32) }>, align 8
; CHECK-NEXT: @vtable.2 = private unnamed_addr constant <{ i32, i32, i64, i64, i32 }> <{ i32 trunc (i64 sub (i64 ptrtoint (ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECsQceTjeIckW_5szlib to i64), i64 ptrtoint (ptr @vtable.2 to i64)) to i32), i32 0, i64 24, i64 8, i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXsr_NtCsbEht8wFNRx7_5alloc6stringNtB5_6StringNtNtCs8NwYtU1Mohg_4core3fmt5Debug3fmt to i64), i64 ptrtoint (ptr @vtable.2 to i64)) to i32) }>, align 8

; CHECK-LABEL: define noundef range(i64 1, -9223372036317904896) i64 @_RNvCsQceTjeIckW_5szlib12boxed_layout(
; CHECK-NEXT: start:
; CHECK-NEXT:   %2 = getelementptr inbounds nuw i8, ptr %1, i64 8
; CHECK-NEXT:   %3 = load i64, ptr %2, align 8, !range ![[SIZE:[0-9]+]], !invariant.load ![[E:[0-9]+]]
; CHECK-NEXT:   %4 = getelementptr inbounds nuw i8, ptr %1, i64 16
; CHECK-NEXT:   %5 = load i64, ptr %4, align 8, !range ![[ALIGN:[0-9]+]], !invariant.load ![[E]]
; CHECK-NEXT:   %[[R:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr %1, i64 0)
; CHECK-NEXT:   %[[NULL:[0-9]+]] = icmp eq ptr %[[R]], %1
; CHECK-NEXT:   %[[DROP:[0-9]+]] = select i1 %[[NULL]], ptr null, ptr %[[R]]
; CHECK-NEXT:   %.not.i = icmp eq ptr %[[DROP]], null
; CHECK:        invoke void %[[DROP]](ptr noundef nonnull %0)
; CHECK-LABEL: define { i64, i64 } @_RNvCsQceTjeIckW_5szlib9layout_of(
; CHECK-NEXT: start:
; CHECK-NEXT:   %0 = getelementptr inbounds nuw i8, ptr %v.1, i64 8
; CHECK-NEXT:   %1 = load i64, ptr %0, align 8, !range ![[SIZE]], !invariant.load ![[E]]
; CHECK-NEXT:   %2 = getelementptr inbounds nuw i8, ptr %v.1, i64 16
; CHECK-NEXT:   %3 = load i64, ptr %2, align 8, !range ![[ALIGN]], !invariant.load ![[E]]

; REPORT:      "conversion": {
; REPORT-NEXT:   "converted": true,
; REPORT-NEXT:   "refused_because": [],
; REPORT-NEXT:   "vtables_converted": 3,
; REPORT-NEXT:   "relocations_removed": 4,
; REPORT-NEXT:   "bytes_before": 96,
; REPORT-NEXT:   "bytes_after": 84,
; REPORT-NEXT:   "reads_rewritten": 1,
; REPORT-NEXT:   "form": "relative",
; REPORT-NEXT:   "compact_fallback": null
; REPORT-NEXT:   "parameters_promoted": {{[0-9]+}}
; REPORT-NEXT: }

; ModuleID = 'szlib.9ce59e3ab894124-cgu.0'
source_filename = "szlib.9ce59e3ab894124-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs1g_NtCs8NwYtU1Mohg_4core3fmtRtNtB6_5Debug3fmtCsQceTjeIckW_5szlib }>, align 8
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\06\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00", ptr @_RNvXsa_NtCs8NwYtU1Mohg_4core5arrayAtj3_NtNtB7_3fmt5Debug3fmtCsQceTjeIckW_5szlib }>, align 8
@vtable.2 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECsQceTjeIckW_5szlib, [16 x i8] c"\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXsr_NtCsbEht8wFNRx7_5alloc6stringNtB5_6StringNtNtCs8NwYtU1Mohg_4core3fmt5Debug3fmt }>, align 8

; core::ptr::drop_glue::<alloc::string::String>
; Function Attrs: nounwind nonlazybind uwtable
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECsQceTjeIckW_5szlib(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %_1.val = load i64, ptr %_1, align 8
  %0 = icmp eq i64 %_1.val, 0
  br i1 %0, label %_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc3vec3VechEECsQceTjeIckW_5szlib.exit, label %_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i.i.i4.i

_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i.i.i4.i: ; preds = %start
  %1 = getelementptr inbounds nuw i8, ptr %_1, i64 8
  %_1.val1 = load ptr, ptr %1, align 8, !nonnull !3, !noundef !3
; call __rustc::__rust_dealloc
  tail call void @_RNvCseulmdZsCeCG_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.val1, i64 noundef %_1.val, i64 noundef range(i64 1, -9223372036854775807) 1) #12
  br label %_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc3vec3VechEECsQceTjeIckW_5szlib.exit

_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc3vec3VechEECsQceTjeIckW_5szlib.exit: ; preds = %start, %_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i.i.i4.i
  ret void
}

; szlib::boxed_layout
; Function Attrs: noinline nonlazybind uwtable
define noundef range(i64 1, -9223372036317904896) i64 @_RNvCsQceTjeIckW_5szlib12boxed_layout(ptr noundef nonnull %0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(32) %1) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %2 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %3 = load i64, ptr %2, align 8, !range !4, !invariant.load !3
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %5 = load i64, ptr %4, align 8, !range !5, !invariant.load !3
  %6 = load ptr, ptr %1, align 8, !invariant.load !3
  %.not.i = icmp eq ptr %6, null
  br i1 %.not.i, label %bb3.i, label %is_not_null.i

is_not_null.i:                                    ; preds = %start
  invoke void %6(ptr noundef nonnull %0)
          to label %bb3.i unwind label %cleanup.i

bb3.i:                                            ; preds = %is_not_null.i, %start
  %7 = icmp eq i64 %3, 0
  br i1 %7, label %_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtNtB4_3fmt5DebugEL_EECsQceTjeIckW_5szlib.exit, label %_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i.i

_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i.i: ; preds = %bb3.i
; call __rustc::__rust_dealloc
  tail call void @_RNvCseulmdZsCeCG_7___rustc14___rust_dealloc(ptr noundef nonnull %0, i64 noundef %3, i64 noundef range(i64 1, -9223372036854775807) %5) #12
  br label %_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtNtB4_3fmt5DebugEL_EECsQceTjeIckW_5szlib.exit

cleanup.i:                                        ; preds = %is_not_null.i
  %8 = landingpad { ptr, i32 }
          cleanup
  %9 = icmp eq i64 %3, 0
  br i1 %9, label %bb1.i, label %_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i4.i

_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i4.i: ; preds = %cleanup.i
; call __rustc::__rust_dealloc
  tail call void @_RNvCseulmdZsCeCG_7___rustc14___rust_dealloc(ptr noundef nonnull %0, i64 noundef %3, i64 noundef range(i64 1, -9223372036854775807) %5) #12
  br label %bb1.i

bb1.i:                                            ; preds = %_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i4.i, %cleanup.i
  resume { ptr, i32 } %8

_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtNtB4_3fmt5DebugEL_EECsQceTjeIckW_5szlib.exit: ; preds = %bb3.i, %_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i.i
  %_0 = add nuw i64 %5, %3
  ret i64 %_0
}

; szlib::demo
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define { i64, i64 } @_RNvCsQceTjeIckW_5szlib4demo(ptr noalias noundef readonly align 2 captures(none) dereferenceable(6) %x) unnamed_addr #2 {
start:
; call szlib::layout_of
  %0 = tail call { i64, i64 } @_RNvCsQceTjeIckW_5szlib9layout_of(ptr nonnull poison, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.1) #13
  ret { i64, i64 } %0
}

; szlib::demo_box
; Function Attrs: nonlazybind uwtable
define noundef range(i64 1, -9223372036317904896) i64 @_RNvCsQceTjeIckW_5szlib8demo_box(ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(24) %s) unnamed_addr #3 personality ptr @rust_eh_personality {
start:
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  tail call void @_RNvCseulmdZsCeCG_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #12, !noalias !6
; call __rustc::__rust_alloc
  %0 = tail call noundef align 8 dereferenceable_or_null(24) ptr @_RNvCseulmdZsCeCG_7___rustc12___rust_alloc(i64 noundef 24, i64 noundef 8) #12, !noalias !6
  %1 = icmp eq ptr %0, null
  br i1 %1, label %bb2.i1, label %_RNvMNtCsbEht8wFNRx7_5alloc5boxedINtB2_3BoxNtNtB4_6string6StringE3newCsQceTjeIckW_5szlib.exit, !prof !9

bb2.i1:                                           ; preds = %start
; invoke alloc::alloc::handle_alloc_error
  invoke void @_RNvNtCsbEht8wFNRx7_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 24) #14
          to label %.noexc unwind label %cleanup.i

.noexc:                                           ; preds = %bb2.i1
  unreachable

cleanup.i:                                        ; preds = %bb2.i1
  %2 = landingpad { ptr, i32 }
          cleanup
  tail call void @llvm.experimental.noalias.scope.decl(metadata !10)
  %_1.val.i = load i64, ptr %s, align 8, !alias.scope !10
  %3 = icmp eq i64 %_1.val.i, 0
  br i1 %3, label %bb2.i, label %_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i.i.i4.i.i

_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i.i.i4.i.i: ; preds = %cleanup.i
  %4 = getelementptr inbounds nuw i8, ptr %s, i64 8
  %_1.val1.i = load ptr, ptr %4, align 8, !alias.scope !10, !nonnull !3, !noundef !3
; call __rustc::__rust_dealloc
  tail call void @_RNvCseulmdZsCeCG_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.val1.i, i64 noundef %_1.val.i, i64 noundef range(i64 1, -9223372036854775807) 1) #12, !noalias !10
  br label %bb2.i

bb2.i:                                            ; preds = %_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocate.exit.i.i.i4.i.i, %cleanup.i
  resume { ptr, i32 } %2

_RNvMNtCsbEht8wFNRx7_5alloc5boxedINtB2_3BoxNtNtB4_6string6StringE3newCsQceTjeIckW_5szlib.exit: ; preds = %start
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(24) %s, i64 24, i1 false)
; call szlib::boxed_layout
  %_0 = tail call noundef i64 @_RNvCsQceTjeIckW_5szlib12boxed_layout(ptr noundef nonnull %0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.2) #13
  ret i64 %_0
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

; <&u16 as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @_RNvXs1g_NtCs8NwYtU1Mohg_4core3fmtRtNtB6_5Debug3fmtCsQceTjeIckW_5szlib(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #3 {
start:
  %_3 = load ptr, ptr %self, align 8, !nonnull !3, !align !13, !noundef !3
  %0 = getelementptr inbounds nuw i8, ptr %f, i64 16
  %_4.i = load i32, ptr %0, align 8, !alias.scope !14, !noalias !17, !noundef !3
  %_3.i = and i32 %_4.i, 33554432
  %1 = icmp eq i32 %_3.i, 0
  br i1 %1, label %bb2.i, label %bb1.i

bb2.i:                                            ; preds = %start
  %_5.i = and i32 %_4.i, 67108864
  %2 = icmp eq i32 %_5.i, 0
  br i1 %2, label %bb4.i, label %bb3.i

bb1.i:                                            ; preds = %start
; call <u16 as core::fmt::LowerHex>::fmt
  %3 = tail call noundef zeroext i1 @_RNvXsm_NtNtCs8NwYtU1Mohg_4core3fmt3numtNtB7_8LowerHex3fmt(ptr noalias noundef nonnull readonly align 2 captures(address, read_provenance) dereferenceable(2) %_3, ptr noalias noundef nonnull align 8 dereferenceable(24) %f)
  br label %_RNvXsV_NtNtCs8NwYtU1Mohg_4core3fmt3numtNtB7_5Debug3fmt.exit

bb4.i:                                            ; preds = %bb2.i
; call <u16 as core::fmt::Display>::fmt
  %4 = tail call noundef zeroext i1 @_RNvXs3_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3imptNtB9_7Display3fmt(ptr noalias noundef nonnull readonly align 2 captures(address, read_provenance) dereferenceable(2) %_3, ptr noalias noundef nonnull align 8 dereferenceable(24) %f)
  br label %_RNvXsV_NtNtCs8NwYtU1Mohg_4core3fmt3numtNtB7_5Debug3fmt.exit

bb3.i:                                            ; preds = %bb2.i
; call <u16 as core::fmt::UpperHex>::fmt
  %5 = tail call noundef zeroext i1 @_RNvXso_NtNtCs8NwYtU1Mohg_4core3fmt3numtNtB7_8UpperHex3fmt(ptr noalias noundef nonnull readonly align 2 captures(address, read_provenance) dereferenceable(2) %_3, ptr noalias noundef nonnull align 8 dereferenceable(24) %f)
  br label %_RNvXsV_NtNtCs8NwYtU1Mohg_4core3fmt3numtNtB7_5Debug3fmt.exit

_RNvXsV_NtNtCs8NwYtU1Mohg_4core3fmt3numtNtB7_5Debug3fmt.exit: ; preds = %bb1.i, %bb4.i, %bb3.i
  %_0.sroa.0.0.in.i = phi i1 [ %4, %bb4.i ], [ %5, %bb3.i ], [ %3, %bb1.i ]
  ret i1 %_0.sroa.0.0.in.i
}

; <[u16; 3] as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @_RNvXsa_NtCs8NwYtU1Mohg_4core5arrayAtj3_NtNtB7_3fmt5Debug3fmtCsQceTjeIckW_5szlib(ptr noalias noundef readonly align 2 captures(address, read_provenance) dereferenceable(6) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #3 personality ptr @rust_eh_personality {
start:
  %entry.i.i = alloca [8 x i8], align 8
  %_5.i = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %_5.i), !noalias !19
; call <core::fmt::Formatter>::debug_list
  call void @_RNvMsa_NtCs8NwYtU1Mohg_4core3fmtNtB5_9Formatter10debug_list(ptr noalias noundef nonnull sret([16 x i8]) align 8 captures(address) dereferenceable(16) %_5.i, ptr noalias noundef nonnull align 8 dereferenceable(24) %f), !noalias !23
  call void @llvm.lifetime.start.p0(ptr nonnull %entry.i.i), !noalias !24
  store ptr %self, ptr %entry.i.i, align 8, !noalias !24
; call <core::fmt::builders::DebugList>::entry
  %_9.i.i = call noundef nonnull align 8 ptr @_RNvMs5_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB5_9DebugList5entry(ptr noalias noundef nonnull align 8 dereferenceable(16) %_5.i, ptr noundef nonnull %entry.i.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.0)
  call void @llvm.lifetime.end.p0(ptr nonnull %entry.i.i), !noalias !24
  %iter.sroa.0.08.i.ptr.1.i = getelementptr inbounds nuw i8, ptr %self, i64 2
  call void @llvm.lifetime.start.p0(ptr nonnull %entry.i.i), !noalias !24
  store ptr %iter.sroa.0.08.i.ptr.1.i, ptr %entry.i.i, align 8, !noalias !24
; call <core::fmt::builders::DebugList>::entry
  %_9.i.1.i = call noundef nonnull align 8 ptr @_RNvMs5_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB5_9DebugList5entry(ptr noalias noundef nonnull align 8 dereferenceable(16) %_5.i, ptr noundef nonnull %entry.i.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.0)
  call void @llvm.lifetime.end.p0(ptr nonnull %entry.i.i), !noalias !24
  %iter.sroa.0.08.i.ptr.2.i = getelementptr inbounds nuw i8, ptr %self, i64 4
  call void @llvm.lifetime.start.p0(ptr nonnull %entry.i.i), !noalias !24
  store ptr %iter.sroa.0.08.i.ptr.2.i, ptr %entry.i.i, align 8, !noalias !24
; call <core::fmt::builders::DebugList>::entry
  %_9.i.2.i = call noundef nonnull align 8 ptr @_RNvMs5_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB5_9DebugList5entry(ptr noalias noundef nonnull align 8 dereferenceable(16) %_5.i, ptr noundef nonnull %entry.i.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.0)
  call void @llvm.lifetime.end.p0(ptr nonnull %entry.i.i), !noalias !24
; call <core::fmt::builders::DebugList>::finish
  %_0.i = call noundef zeroext i1 @_RNvMs5_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB5_9DebugList6finish(ptr noalias noundef nonnull align 8 dereferenceable(16) %_5.i)
  call void @llvm.lifetime.end.p0(ptr nonnull %_5.i), !noalias !19
  ret i1 %_0.i
}

; <alloc::string::String as core::fmt::Debug>::fmt
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef zeroext i1 @_RNvXsr_NtCsbEht8wFNRx7_5alloc6stringNtB5_6StringNtNtCs8NwYtU1Mohg_4core3fmt5Debug3fmt(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #5 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %self, i64 8
  %_8 = load ptr, ptr %0, align 8, !nonnull !3, !noundef !3
  %1 = getelementptr inbounds nuw i8, ptr %self, i64 16
  %_7 = load i64, ptr %1, align 8, !noundef !3
; call <str as core::fmt::Debug>::fmt
  %_0 = tail call noundef zeroext i1 @_RNvXsh_NtCs8NwYtU1Mohg_4core3fmteNtB5_5Debug3fmt(ptr noalias noundef nonnull readonly captures(address, read_provenance) %_8, i64 noundef %_7, ptr noalias noundef nonnull align 8 dereferenceable(24) %f)
  ret i1 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #6

; <core::fmt::builders::DebugList>::entry
; Function Attrs: nonlazybind uwtable
declare noundef nonnull align 8 ptr @_RNvMs5_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB5_9DebugList5entry(ptr noalias noundef align 8 dereferenceable(16), ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32)) unnamed_addr #3

; __rustc::__rust_no_alloc_shim_is_unstable_v2
; Function Attrs: nounwind nonlazybind uwtable
declare void @_RNvCseulmdZsCeCG_7___rustc35___rust_no_alloc_shim_is_unstable_v2() unnamed_addr #0

; __rustc::__rust_alloc
; Function Attrs: nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCseulmdZsCeCG_7___rustc12___rust_alloc(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #7

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #8

; alloc::alloc::handle_alloc_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCsbEht8wFNRx7_5alloc5alloc18handle_alloc_error(i64 noundef range(i64 1, -9223372036854775807), i64 noundef) unnamed_addr #9

; <u16 as core::fmt::Display>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXs3_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3imptNtB9_7Display3fmt(ptr noalias noundef readonly align 2 captures(address, read_provenance) dereferenceable(2), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #3

; <u16 as core::fmt::UpperHex>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXso_NtNtCs8NwYtU1Mohg_4core3fmt3numtNtB7_8UpperHex3fmt(ptr noalias noundef readonly align 2 captures(address, read_provenance) dereferenceable(2), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #3

; <u16 as core::fmt::LowerHex>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXsm_NtNtCs8NwYtU1Mohg_4core3fmt3numtNtB7_8LowerHex3fmt(ptr noalias noundef readonly align 2 captures(address, read_provenance) dereferenceable(2), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #3

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCseulmdZsCeCG_7___rustc14___rust_dealloc(ptr allocptr noundef nonnull captures(address), i64 noundef, i64 noundef range(i64 1, -9223372036854775807)) unnamed_addr #10

; <core::fmt::Formatter>::debug_list
; Function Attrs: nonlazybind uwtable
declare void @_RNvMsa_NtCs8NwYtU1Mohg_4core3fmtNtB5_9Formatter10debug_list(ptr dead_on_unwind noalias noundef writable sret([16 x i8]) align 8 captures(address) dereferenceable(16), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #3

; <core::fmt::builders::DebugList>::finish
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvMs5_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB5_9DebugList6finish(ptr noalias noundef align 8 dereferenceable(16)) unnamed_addr #3

; <str as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXsh_NtCs8NwYtU1Mohg_4core3fmteNtB5_5Debug3fmt(ptr noalias noundef nonnull readonly captures(address, read_provenance), i64 noundef, ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #11

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "alloc-variant-zeroed"="_RNvCseulmdZsCeCG_7___rustc19___rust_alloc_zeroed" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { cold minsize noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #12 = { nounwind }
attributes #13 = { noinline }
attributes #14 = { noreturn }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
!3 = !{}
!4 = !{i64 0, i64 -9223372036854775808}
!5 = !{i64 1, i64 536870913}
!6 = !{!7}
!7 = distinct !{!7, !8, !"_RNvMNtCsbEht8wFNRx7_5alloc5boxedINtB2_3BoxNtNtB4_6string6StringE3newCsQceTjeIckW_5szlib: %x"}
!8 = distinct !{!8, !"_RNvMNtCsbEht8wFNRx7_5alloc5boxedINtB2_3BoxNtNtB4_6string6StringE3newCsQceTjeIckW_5szlib"}
!9 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!10 = !{!11}
!11 = distinct !{!11, !12, !"_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECsQceTjeIckW_5szlib: %_1"}
!12 = distinct !{!12, !"_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECsQceTjeIckW_5szlib"}
!13 = !{i64 2}
!14 = !{!15}
!15 = distinct !{!15, !16, !"_RNvXsV_NtNtCs8NwYtU1Mohg_4core3fmt3numtNtB7_5Debug3fmt: %f"}
!16 = distinct !{!16, !"_RNvXsV_NtNtCs8NwYtU1Mohg_4core3fmt3numtNtB7_5Debug3fmt"}
!17 = !{!18}
!18 = distinct !{!18, !16, !"_RNvXsV_NtNtCs8NwYtU1Mohg_4core3fmt3numtNtB7_5Debug3fmt: %self"}
!19 = !{!20, !22}
!20 = distinct !{!20, !21, !"_RNvXsr_NtCs8NwYtU1Mohg_4core3fmtStNtB5_5Debug3fmtCsQceTjeIckW_5szlib: %self.0"}
!21 = distinct !{!21, !"_RNvXsr_NtCs8NwYtU1Mohg_4core3fmtStNtB5_5Debug3fmtCsQceTjeIckW_5szlib"}
!22 = distinct !{!22, !21, !"_RNvXsr_NtCs8NwYtU1Mohg_4core3fmtStNtB5_5Debug3fmtCsQceTjeIckW_5szlib: %f"}
!23 = !{!20}
!24 = !{!25, !20, !22}
!25 = distinct !{!25, !26, !"_RINvMs5_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB6_9DebugList7entriesRtINtNtNtBa_5slice4iter4ItertEECsQceTjeIckW_5szlib: %self"}
!26 = distinct !{!26, !"_RINvMs5_NtNtCs8NwYtU1Mohg_4core3fmt8buildersNtB6_9DebugList7entriesRtINtNtNtBa_5slice4iter4ItertEECsQceTjeIckW_5szlib"}
