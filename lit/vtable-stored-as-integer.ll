; A vtable pointer stored as an integer is still a vtable use. Optimized
; code builds ConfigErr { file: String, inner: Box<dyn Error + Send + Sync> }
; in place, and SROA has split the value into integer slots: the metadata of
; `inner` (the vtable of <ParseErr as Error>, @vtable.1) is written with
; `store i64 ptrtoint (ptr @vtable.1 to i64), ptr ...`. That ptrtoint only
; carries the pointer's bits into memory, exactly as `store ptr @vtable.1`
; would: @vtable.1 is a vtable (rustc's debug info names it
; "<error_chain::ParseErr as core::error::Error>::{vtable}"), so it must be
; recognized like the other three, and no near miss reported.
;
; Regression (found in reltab 0.1.0, fixed since): @vtable.1 is demoted to a near miss, "vtable-shaped
; but used as data: constant expression LLVMPtrToInt" (uses.rs treats every
; constant-expression user other than a GEP as data), so a real vtable of the
; program is missed. Seen in tests/programs/error_chain.rs at -Copt-level=3
; (with and without -Cdebuginfo). A ptrtoint whose only users store it whole
; (i64 store of the full pointer) should count as "stored"; a ptrtoint used
; in arithmetic (lookalike-data-copied.ll) stays a data use.
;
; Source: tests/programs/error_chain.rs, rustc +nightly -Copt-level=3
; --emit=llvm-ir -Ccodegen-units=1, function error_chain::load reduced to the
; construction of the boxed ConfigErr (the paths that fill %18 and %19 are
; replaced by the two allocations).

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json

; CHECK-LABEL: "totals": {
; CHECK-NEXT:    "vtables": 4,
; CHECK:         "near_misses": 0
; CHECK-LABEL: "vtables": [
; CHECK:           "name": "vtable.1",
; CHECK-NEXT:      "implementation": "<error_chain::ParseErr as core::error::Error>",
; CHECK:       "unclassified": []

source_filename = "error_chain.74eccf9ea0f4342d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_bc6428b8c685ede0f916c774c7eeca0b = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCsa2o8jE2DbdN_11error_chainNtB2_8ParseErrNtNtCs8NwYtU1Mohg_4core3fmt7Display3fmt }>, align 8
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs4_Csa2o8jE2DbdN_11error_chainNtB5_8ParseErrNtNtCs8NwYtU1Mohg_4core3fmt5Debug3fmt, ptr @_RNvXCsa2o8jE2DbdN_11error_chainNtB2_8ParseErrNtNtCs8NwYtU1Mohg_4core3fmt7Display3fmt, ptr @alloc_bc6428b8c685ede0f916c774c7eeca0b, ptr @_RNvXs_Csa2o8jE2DbdN_11error_chainNtB4_8ParseErrNtNtCs8NwYtU1Mohg_4core5error5Error6source, ptr @_RNvYNtCsa2o8jE2DbdN_11error_chain8ParseErrNtNtCs8NwYtU1Mohg_4core5error5Error7type_idB4_, ptr @_RNvYNtCsa2o8jE2DbdN_11error_chain8ParseErrNtNtCs8NwYtU1Mohg_4core5error5Error11descriptionB4_, ptr @_RNvXs_Csa2o8jE2DbdN_11error_chainNtB4_8ParseErrNtNtCs8NwYtU1Mohg_4core5error5Error6source, ptr @_RNvYNtCsa2o8jE2DbdN_11error_chain8ParseErrNtNtCs8NwYtU1Mohg_4core5error5Error7provideB4_ }>, align 8
@alloc_9082ac624a71d3b3fd873b81fc4e6c5c = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCsa2o8jE2DbdN_11error_chain9ConfigErrEBD_, [16 x i8] c"(\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs0_Csa2o8jE2DbdN_11error_chainNtB5_9ConfigErrNtNtCs8NwYtU1Mohg_4core3fmt7Display3fmt }>, align 8
@vtable.3 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCsa2o8jE2DbdN_11error_chain9ConfigErrEBD_, [16 x i8] c"(\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs5_Csa2o8jE2DbdN_11error_chainNtB5_9ConfigErrNtNtCs8NwYtU1Mohg_4core3fmt5Debug3fmt, ptr @_RNvXs0_Csa2o8jE2DbdN_11error_chainNtB5_9ConfigErrNtNtCs8NwYtU1Mohg_4core3fmt7Display3fmt, ptr @alloc_9082ac624a71d3b3fd873b81fc4e6c5c, ptr @_RNvXs1_Csa2o8jE2DbdN_11error_chainNtB5_9ConfigErrNtNtCs8NwYtU1Mohg_4core5error5Error6source, ptr @_RNvYNtCsa2o8jE2DbdN_11error_chain9ConfigErrNtNtCs8NwYtU1Mohg_4core5error5Error7type_idB4_, ptr @_RNvYNtCsa2o8jE2DbdN_11error_chain8ParseErrNtNtCs8NwYtU1Mohg_4core5error5Error11descriptionB4_, ptr @_RNvYNtCsa2o8jE2DbdN_11error_chain9ConfigErrNtNtCs8NwYtU1Mohg_4core5error5Error5causeB4_, ptr @_RNvYNtCsa2o8jE2DbdN_11error_chain8ParseErrNtNtCs8NwYtU1Mohg_4core5error5Error7provideB4_ }>, align 8

; error_chain::load (reduced)
; Function Attrs: nonlazybind uwtable
define fastcc void @_RNvCsa2o8jE2DbdN_11error_chain4load(ptr dead_on_unwind noalias noundef nonnull writable writeonly align 8 captures(none) dereferenceable(16) %_0, ptr noalias noundef nonnull readonly captures(none) %file.0, i64 noundef %file.1, ptr noalias noundef nonnull readonly captures(address, read_provenance) %text.0, i64 noundef %text.1) unnamed_addr #1 {
start:
  %_108 = alloca [40 x i8], align 8
  %18 = tail call noundef align 1 ptr @_RNvCseulmdZsCeCG_7___rustc12___rust_alloc(i64 noundef %file.1, i64 noundef 1) #26
  %19 = tail call noundef align 8 ptr @_RNvCseulmdZsCeCG_7___rustc12___rust_alloc(i64 noundef 16, i64 noundef 8) #26
  %23 = ptrtoint ptr %18 to i64
  %24 = ptrtoint ptr %19 to i64
  %25 = inttoptr i64 %file.1 to ptr
  call void @llvm.lifetime.start.p0(ptr nonnull %_108)
  store i64 %file.1, ptr %_108, align 8
  %residual.sroa.4.0._108.sroa_idx = getelementptr inbounds nuw i8, ptr %_108, i64 8
  store i64 %23, ptr %residual.sroa.4.0._108.sroa_idx, align 8
  %residual.sroa.4.sroa.4.0.residual.sroa.4.0._108.sroa_idx.sroa_idx = getelementptr inbounds nuw i8, ptr %_108, i64 16
  store ptr %25, ptr %residual.sroa.4.sroa.4.0.residual.sroa.4.0._108.sroa_idx.sroa_idx, align 8
  %residual.sroa.4.sroa.5.0.residual.sroa.4.0._108.sroa_idx.sroa_idx = getelementptr inbounds nuw i8, ptr %_108, i64 24
  store i64 %24, ptr %residual.sroa.4.sroa.5.0.residual.sroa.4.0._108.sroa_idx.sroa_idx, align 8
  %residual.sroa.5.0._108.sroa_idx = getelementptr inbounds nuw i8, ptr %_108, i64 32
  store i64 ptrtoint (ptr @vtable.1 to i64), ptr %residual.sroa.5.0._108.sroa_idx, align 8
; call __rustc::__rust_alloc
  %26 = tail call noundef align 8 dereferenceable_or_null(40) ptr @_RNvCseulmdZsCeCG_7___rustc12___rust_alloc(i64 noundef range(i64 0, -9223372036854775808) 40, i64 noundef range(i64 1, 9) 8) #26
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %26, ptr noundef nonnull align 8 dereferenceable(40) %_108, i64 40, i1 false)
  store ptr %26, ptr %_0, align 8
  %30 = getelementptr inbounds nuw i8, ptr %_0, i64 8
  store ptr @vtable.3, ptr %30, align 8
  call void @llvm.lifetime.end.p0(ptr nonnull %_108)
  ret void
}

; <error_chain::ParseErr as core::fmt::Display>::fmt
declare noundef zeroext i1 @_RNvXCsa2o8jE2DbdN_11error_chainNtB2_8ParseErrNtNtCs8NwYtU1Mohg_4core3fmt7Display3fmt(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16), ptr noalias noundef readonly align 8 captures(none) dereferenceable(24)) unnamed_addr #1
; <error_chain::ParseErr as core::fmt::Debug>::fmt
declare noundef zeroext i1 @_RNvXs4_Csa2o8jE2DbdN_11error_chainNtB5_8ParseErrNtNtCs8NwYtU1Mohg_4core3fmt5Debug3fmt(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #4
; <error_chain::ParseErr as core::error::Error>::source
declare { ptr, ptr } @_RNvXs_Csa2o8jE2DbdN_11error_chainNtB4_8ParseErrNtNtCs8NwYtU1Mohg_4core5error5Error6source(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16)) unnamed_addr #7
; <error_chain::ParseErr as core::error::Error>::description
declare { ptr, i64 } @_RNvYNtCsa2o8jE2DbdN_11error_chain8ParseErrNtNtCs8NwYtU1Mohg_4core5error5Error11descriptionB4_(ptr noalias readonly align 8 captures(none)) unnamed_addr #7
; <error_chain::ParseErr as core::error::Error>::provide
declare void @_RNvYNtCsa2o8jE2DbdN_11error_chain8ParseErrNtNtCs8NwYtU1Mohg_4core5error5Error7provideB4_(ptr noalias readonly align 8 captures(none), ptr nonnull readnone align 8 captures(none), ptr noalias readonly align 8 captures(none)) unnamed_addr #7
; <error_chain::ParseErr as core::error::Error>::type_id
declare void @_RNvYNtCsa2o8jE2DbdN_11error_chain8ParseErrNtNtCs8NwYtU1Mohg_4core5error5Error7type_idB4_(ptr dead_on_unwind noalias noundef writable writeonly sret([16 x i8]) align 8 captures(none) dereferenceable(16) initializes((0, 16)), ptr noalias readonly align 8 captures(none)) unnamed_addr #8
; core::ptr::drop_glue::<error_chain::ConfigErr>
declare void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCsa2o8jE2DbdN_11error_chain9ConfigErrEBD_(ptr noalias noundef readonly align 8 captures(none) dereferenceable(40)) unnamed_addr #1
; <error_chain::ConfigErr as core::fmt::Display>::fmt
declare noundef zeroext i1 @_RNvXs0_Csa2o8jE2DbdN_11error_chainNtB5_9ConfigErrNtNtCs8NwYtU1Mohg_4core3fmt7Display3fmt(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(40), ptr noalias noundef readonly align 8 captures(none) dereferenceable(24)) unnamed_addr #1
; <error_chain::ConfigErr as core::error::Error>::source
declare { ptr, ptr } @_RNvXs1_Csa2o8jE2DbdN_11error_chainNtB5_9ConfigErrNtNtCs8NwYtU1Mohg_4core5error5Error6source(ptr noalias noundef readonly align 8 captures(none) dereferenceable(40)) unnamed_addr #6
; <error_chain::ConfigErr as core::fmt::Debug>::fmt
declare noundef zeroext i1 @_RNvXs5_Csa2o8jE2DbdN_11error_chainNtB5_9ConfigErrNtNtCs8NwYtU1Mohg_4core3fmt5Debug3fmt(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(40), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #4
; <error_chain::ConfigErr as core::error::Error>::cause
declare { ptr, ptr } @_RNvYNtCsa2o8jE2DbdN_11error_chain9ConfigErrNtNtCs8NwYtU1Mohg_4core5error5Error5causeB4_(ptr noalias noundef readonly align 8 captures(none) dereferenceable(40)) unnamed_addr #6
; <error_chain::ConfigErr as core::error::Error>::type_id
declare void @_RNvYNtCsa2o8jE2DbdN_11error_chain9ConfigErrNtNtCs8NwYtU1Mohg_4core5error5Error7type_idB4_(ptr dead_on_unwind noalias noundef writable writeonly sret([16 x i8]) align 8 captures(none) dereferenceable(16) initializes((0, 16)), ptr noalias readonly align 8 captures(none)) unnamed_addr #8
; __rustc::__rust_alloc
declare noalias noundef ptr @_RNvCseulmdZsCeCG_7___rustc12___rust_alloc(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #19
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #9
declare void @llvm.lifetime.start.p0(ptr captures(none)) #10
declare void @llvm.lifetime.end.p0(ptr captures(none)) #10
; __rustc::__rust_alloc_zeroed
declare noalias noundef ptr @_RNvCseulmdZsCeCG_7___rustc19___rust_alloc_zeroed(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #19

attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #10 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #19 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #26 = { nounwind }
