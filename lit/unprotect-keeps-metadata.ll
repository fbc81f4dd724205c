; reltab-protect then reltab-unprotect must give back the vtable reads as
; rustc emitted them, metadata included: pass.rs promises that a module that
; is not converted is "left exactly as it would be without reltab (protected
; reads become the marked loads they were)". In rustc's IR before
; optimization (-O), method reads are `!invariant.load !nonnull` and size /
; align reads `!range !{0, 2^63}` / `!range !{1, 2^29 + 1}` plus
; `!invariant.load`. Each restored load must carry them again.
;
; Bug (found in reltab 0.1.0 at commit cb90fac): the restored loads carry
; `!invariant.load` only. The !nonnull survives protection as the call's
; `nonnull` return attribute but unprotect (protect.rs) does not turn it back
; into `!nonnull`; the `!range` of size and align is dropped already by
; protect (the call gets no `range` return attribute), so the crate's own
; optimization runs without it too. Both are lost for every crate built
; without fat LTO and for every module the fat-LTO stage refuses to convert.
;
; Source (rustc +nightly -O -Cno-prepopulate-passes --emit=llvm-ir
; -Ccodegen-units=1 shapes.rs: the IR that the start of the crate's pipeline
; sees; reduced to total, layout_of and <Sq as Shape>; source as in
; convert-method-load.ll, plus a `demo` calling total and layout_of in place
; of main).

; RUN: %opt -passes=reltab-protect,reltab-unprotect,dce -S %s -o - | FileCheck %s

; CHECK-LABEL: define internal noundef i32 @_RNvCs9FFTUSHdMhe_6shapes5total(
; CHECK:        %0 = getelementptr inbounds i8, ptr %s.1, i64 32
; CHECK-NEXT:   %1 = load ptr, ptr %0, align 8, !invariant.load ![[E:[0-9]+]], !nonnull ![[E]]
; CHECK:        %2 = getelementptr inbounds i8, ptr %s.1, i64 24
; CHECK-NEXT:   %3 = load ptr, ptr %2, align 8, !invariant.load ![[E]], !nonnull ![[E]]
; CHECK:        %4 = getelementptr inbounds i8, ptr %s.1, i64 40
; CHECK-NEXT:   %5 = load ptr, ptr %4, align 8, !invariant.load ![[E]], !nonnull ![[E]]
; CHECK-LABEL: define internal { i64, i64 } @_RNvCs9FFTUSHdMhe_6shapes9layout_of(
; CHECK:        load i64, ptr %{{[0-9]+}}, align 8, !range ![[SIZE:[0-9]+]], !invariant.load ![[E]]
; CHECK:        load i64, ptr %{{[0-9]+}}, align 8, !range ![[ALIGN:[0-9]+]], !invariant.load ![[E]]
; CHECK-DAG:  ![[E]] = !{}
; CHECK-DAG:  ![[SIZE]] = !{i64 0, i64 -9223372036854775808}
; CHECK-DAG:  ![[ALIGN]] = !{i64 1, i64 536870913}

source_filename = "shapes.70a87207977d34f6-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape4area, ptr @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape5scale, ptr @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape5sides }>, align 8

; shapes::demo (reduced from main: the calls of total and layout_of)
; Function Attrs: nonlazybind uwtable
define hidden i64 @_RNvCs9FFTUSHdMhe_6shapes4demo() unnamed_addr #1 {
start:
  %q = alloca [4 x i8], align 4
  store i32 3, ptr %q, align 4
; call shapes::total
  %a = call noundef i32 @_RNvCs9FFTUSHdMhe_6shapes5total(ptr noundef nonnull align 4 %q, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1) #3
; call shapes::layout_of
  %0 = call { i64, i64 } @_RNvCs9FFTUSHdMhe_6shapes9layout_of(ptr noundef nonnull align 4 %q, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1) #3
  %s = extractvalue { i64, i64 } %0, 0
  %a64 = zext i32 %a to i64
  %r = add i64 %s, %a64
  ret i64 %r
}

; shapes::total
; Function Attrs: noinline nonlazybind uwtable
define internal noundef i32 @_RNvCs9FFTUSHdMhe_6shapes5total(ptr noundef nonnull %s.0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) %s.1) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds i8, ptr %s.1, i64 32
  %1 = load ptr, ptr %0, align 8, !invariant.load !4, !nonnull !4
  call void %1(ptr noundef %s.0, i32 noundef 2) #21
  %2 = getelementptr inbounds i8, ptr %s.1, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !4, !nonnull !4
  %_3 = call noundef i32 %3(ptr noundef %s.0) #21
  %4 = getelementptr inbounds i8, ptr %s.1, i64 40
  %5 = load ptr, ptr %4, align 8, !invariant.load !4, !nonnull !4
  %_5 = call noundef i32 %5(ptr noundef %s.0) #21
  %_0 = add i32 %_3, %_5
  ret i32 %_0
}

; shapes::layout_of
; Function Attrs: noinline nonlazybind uwtable
define internal { i64, i64 } @_RNvCs9FFTUSHdMhe_6shapes9layout_of(ptr noundef nonnull %s.0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) %s.1) unnamed_addr #2 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %1)
  %2 = getelementptr inbounds i8, ptr %s.1, i64 8
  %3 = load i64, ptr %2, align 8, !range !11, !invariant.load !4
  %4 = getelementptr inbounds i8, ptr %s.1, i64 16
  %5 = load i64, ptr %4, align 8, !range !12, !invariant.load !4
  store i64 %3, ptr %1, align 8
  %_2 = load i64, ptr %1, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  %6 = getelementptr inbounds i8, ptr %s.1, i64 8
  %7 = load i64, ptr %6, align 8, !range !11, !invariant.load !4
  %8 = getelementptr inbounds i8, ptr %s.1, i64 16
  %9 = load i64, ptr %8, align 8, !range !12, !invariant.load !4
  store i64 %9, ptr %0, align 8
  %_3 = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %10 = insertvalue { i64, i64 } poison, i64 %_2, 0
  %11 = insertvalue { i64, i64 } %10, i64 %_3, 1
  ret { i64, i64 } %11
}

; <shapes::Sq as shapes::Shape>::area
; Function Attrs: nonlazybind uwtable
define internal noundef i32 @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape4area(ptr noalias noundef readonly align 4 captures(address, read_provenance) dereferenceable(4) %self) unnamed_addr #1 {
start:
  %_2 = load i32, ptr %self, align 4, !noundef !4
  %_0 = mul i32 %_2, %_2
  ret i32 %_0
}

; <shapes::Sq as shapes::Shape>::scale
; Function Attrs: nonlazybind uwtable
define internal void @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape5scale(ptr noalias noundef align 4 dereferenceable(4) %self, i32 noundef %k) unnamed_addr #1 {
start:
  %0 = load i32, ptr %self, align 4, !noundef !4
  %1 = mul i32 %0, %k
  store i32 %1, ptr %self, align 4
  ret void
}

; <shapes::Sq as shapes::Shape>::sides
; Function Attrs: nonlazybind uwtable
define internal noundef i32 @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape5sides(ptr noalias noundef readonly align 4 captures(address, read_provenance) dereferenceable(4) %self) unnamed_addr #1 {
start:
  ret i32 4
}

declare void @llvm.lifetime.start.p0(ptr captures(none)) #5
declare void @llvm.lifetime.end.p0(ptr captures(none)) #5

attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { noinline }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #21 = { inlinehint }

!4 = !{}
!11 = !{i64 0, i64 -9223372036854775808}
!12 = !{i64 1, i64 536870913}
