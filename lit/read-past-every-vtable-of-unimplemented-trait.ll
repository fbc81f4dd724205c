; A read that rustc marked as a vtable read, past the end of every vtable of
; the module, reads a slot of a trait none of whose vtables the module holds:
; with one of the module's vtables it would read past that global (undefined
; behaviour rustc never emits), so in a well-defined run it runs only with a
; vtable from outside the module, converted with the same layout where the
; user vouched for it (-reltab-trust-boundary), or not at all. reltab
; rewrites it as the slot its offset names (census.rs), right in both cases,
; and converts the module. It used to refuse it ("vtable load past the end of
; every vtable": two of typetag's doctests, whose generic serde code reads
; `dyn erased_serde::Serializer` slots at offsets 248 to 272 while their
; largest vtable has 248 bytes). Where a vtable of the module is seen to reach
; such a read, it is still refused
; (bad-input-read-past-table-through-parameter.ll).
;
; From tests/classes/trait_without_implementations.rs (a 60-method trait
; that no type implements, read at slot 59 in live code through an
; `Option<&dyn Big>` that is `None` at run time): rustc +nightly -O
; -Clto=fat -Ccodegen-units=1 -Csave-temps -Zllvm-plugins=libreltab.so, the
; module after rustc's internalization (*.lto.after-restriction.bc),
; reduced: `describe` and the protected read as they were, the Square's
; vtable and its use kept, main's black_box (an empty inline asm on the
; Option's place) kept, the rest of main and std removed.

; RUN: %opt -passes=reltab -pass-remarks=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: FileCheck %s --check-prefix=IR < %t.ll

; REMARK-NOT: warning
; REMARK: converted 1 vtables to the compact layout

; Slot 59 in the compact layout: a 4-byte header, then 4 bytes a slot.
; IR-LABEL: define internal fastcc noundef i32 @_RNvCs3Y3wvOfbHKk_29trait_without_implementations8describe(
; IR: call ptr @llvm.load.relative.i64(ptr %1, i64 240)

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; <Square as Shape>: drop, size 8, align 8, area.
@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr null, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs3Y3wvOfbHKk_29trait_without_implementationsNtB2_6SquareNtB2_5Shape4area }>, align 8

define internal fastcc noundef i32 @_RNvCs3Y3wvOfbHKk_29trait_without_implementations8describe(ptr noundef %0, ptr readonly %1) unnamed_addr #1 {
  %3 = icmp eq ptr %0, null
  br i1 %3, label %8, label %4

4:                                                ; preds = %2
  %5 = icmp ne ptr %1, null
  tail call void @llvm.assume(i1 %5)
  %6 = tail call nonnull ptr @reltab.vtable.load.ptr.496(ptr nonnull %1)
  %7 = tail call noundef i32 %6(ptr noundef nonnull %0)
  br label %8

8:                                                ; preds = %4, %2
  %9 = phi i32 [ %7, %4 ], [ 0, %2 ]
  ret i32 %9
}

define internal noundef double @_RNvXCs3Y3wvOfbHKk_29trait_without_implementationsNtB2_6SquareNtB2_5Shape4area(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %0) unnamed_addr #1 {
  %2 = load double, ptr %0, align 8
  %3 = fmul double %2, %2
  ret double %3
}

define internal double @area_of(ptr %data, ptr %vt) unnamed_addr #1 {
  %f = tail call nonnull ptr @reltab.vtable.load.ptr.24(ptr nonnull %vt)
  %a = tail call double %f(ptr %data)
  ret double %a
}

define internal ptr @reltab.vtable.load.ptr.496(ptr %0) local_unnamed_addr #8 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 496
  %3 = load ptr, ptr %2, align 8, !invariant.load !0
  ret ptr %3
}

define internal ptr @reltab.vtable.load.ptr.24(ptr %0) local_unnamed_addr #8 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !0
  ret ptr %3
}

define i32 @main(i32 %argc, ptr %argv) #1 {
  %square = alloca double, align 8
  store double 2.0, ptr %square, align 8
  %area = call double @area_of(ptr %square, ptr @vtable.0)
  %1 = alloca [16 x i8], align 8
  store ptr null, ptr %1, align 8
  %50 = getelementptr inbounds nuw i8, ptr %1, i64 8
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %1)
  %51 = load ptr, ptr %1, align 8, !noundef !0
  %52 = load ptr, ptr %50, align 8
  %53 = call fastcc noundef i32 @_RNvCs3Y3wvOfbHKk_29trait_without_implementations8describe(ptr noundef %51, ptr %52)
  ret i32 %53
}

declare void @llvm.assume(i1 noundef)

attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "reltab-protected" "target-cpu"="x86-64" }
attributes #8 = { noinline "reltab-vtable-load" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
