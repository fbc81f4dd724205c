; Inline assembly is no indirect call. A freestanding program defines and
; exports `memset` (the compiler may call it) as `rep stosb` in inline asm;
; its length parameter is a value from outside. The boundary analysis used
; to treat the asm call as a call through a pointer that may reach every
; function whose address is taken, so the length "entered" the receiver of
; `<Counting as fmt::Write>::write_str`, whose vtable read then counted as
; a crossing into the module. Inline asm that is given a value from outside
; is now treated as a foreign call (it may keep or hand on what it gets), and
; calls nothing of the module; nothing crosses, and the module is converted.
;
; From tests/real/corpus/freestanding/main.rs (rustc +nightly -Copt-level=s
; -Clto=fat -Cpanic=abort -Crelocation-model=static -Csave-temps ..., the
; module after rustc's internalization), reduced: memset and write_str as
; they were, the vtable of `Counting as fmt::Write` with write_str alone,
; and a main that calls through it; marked as compiled with reltab
; ("reltab-protected") by rustc 1.97, as in the program.

; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK-NOT: warning
; CHECK: remark: {{.*}}converted 2 vtables to the compact layout

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.counting = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr null, [16 x i8] c"\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs1_Cs3UIYSLOGnTh_4mainNtB5_8CountingNtNtCs8NwYtU1Mohg_4core3fmt5Write9write_str }>, align 8
@vtable.fd = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr null, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @fd_write_str }>, align 8

define dso_local noundef ptr @memset(ptr noundef returned %0, i32 noundef %1, i64 noundef %2) unnamed_addr #0 {
  %4 = trunc i32 %1 to i8
  %5 = tail call { i64, ptr } asm sideeffect inteldialect "rep stosb", "=&{cx},=&{di},0,1,{al},~{dirflag},~{fpsr},~{flags},~{memory}"(i64 %2, ptr %0, i8 %4)
  ret ptr %0
}

; <main::Counting as core::fmt::Write>::write_str: counts, then writes to
; the inner `&mut dyn Write`
define internal noundef zeroext i1 @_RNvXs1_Cs3UIYSLOGnTh_4mainNtB5_8CountingNtNtCs8NwYtU1Mohg_4core3fmt5Write9write_str(ptr noalias noundef align 8 captures(none) dereferenceable(24) %0, ptr noalias noundef nonnull readonly captures(address, read_provenance) %1, i64 noundef %2) unnamed_addr #0 {
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %5 = load i64, ptr %4, align 8, !noundef !0
  %6 = add i64 %5, %2
  store i64 %6, ptr %4, align 8
  %7 = load ptr, ptr %0, align 8, !nonnull !0, !noundef !0
  %8 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %9 = load ptr, ptr %8, align 8, !nonnull !0, !noundef !0
  %10 = getelementptr inbounds i8, ptr %9, i64 24
  %11 = load ptr, ptr %10, align 8, !invariant.load !0, !nonnull !0
  %12 = tail call noundef zeroext i1 %11(ptr noundef nonnull %7, ptr noalias noundef nonnull readonly %1, i64 noundef %2)
  ret i1 %12
}

define internal noundef zeroext i1 @fd_write_str(ptr %0, ptr %1, i64 %2) unnamed_addr #0 {
  ret i1 false
}

define i32 @main(i32 %argc, ptr %argv) #0 {
  %fd = alloca [8 x i8], align 8
  %counting = alloca [24 x i8], align 8
  store ptr %fd, ptr %counting, align 8
  %inner = getelementptr inbounds i8, ptr %counting, i64 8
  store ptr @vtable.fd, ptr %inner, align 8
  %count = getelementptr inbounds i8, ptr %counting, i64 16
  store i64 0, ptr %count, align 8
  %m = load ptr, ptr getelementptr inbounds (i8, ptr @vtable.counting, i64 24), align 8, !invariant.load !0
  %r = call i1 %m(ptr %counting, ptr %argv, i64 1)
  ret i32 0
}

attributes #0 = { "reltab-protected" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
