; What an exported static holds reaches code outside. `#[no_mangle] static
; CALL_IT: extern "C" fn(*const Box<dyn T>) -> u32 = call_it` hands a host
; the function `call_it`, which the host calls with its own trait object:
; call_it's parameter is foreign, and its read of the box's vtable reads a
; vtable from outside. reltab used to follow the static's uses only, never
; its initializer: the library was converted, and a host built without
; reltab crashed calling through CALL_IT (SIGSEGV; 40 with both stock). Now
; the module is left absolute, naming call_it's parameter.
;
; From a cdylib (rustc +nightly --crate-type cdylib -O -Clto=fat
; -Ccodegen-units=1 -Csave-temps -Zllvm-plugins=libreltab.so), the module
; after rustc's internalization (*.lto.after-restriction.bc), reduced:
; CALL_IT, call_it and the exported `local` (which boxes an A and calls it
; through the vtable) as they were, their unwinding removed.

; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: {{.*}}parameter 0 of gap1::call_it
; CHECK-NOT: remark: {{.*}}converted

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@CALL_IT = local_unnamed_addr constant ptr @_RNvCs7gSautvMDsk_4gap17call_it, align 8
; <gap1::A as gap1::T>
@anon.8f36e7736b4cbdd4098823ca4ed4581a.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCs7gSautvMDsk_4gap1NtB2_1ANtB2_1T1f }>, align 8

define internal noundef i32 @_RNvXCs7gSautvMDsk_4gap1NtB2_1ANtB2_1T1f(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %self) unnamed_addr #1 {
  %n = load i32, ptr %self, align 4
  %r = add i32 %n, 1
  ret i32 %r
}

define internal noundef i32 @_RNvCs7gSautvMDsk_4gap17call_it(ptr noundef readonly captures(none) %0) unnamed_addr #1 {
  %2 = load ptr, ptr %0, align 8, !nonnull !0, !noundef !0
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !nonnull !0, !noundef !0
  %5 = tail call nonnull ptr @reltab.vtable.load.ptr.24(ptr nonnull %4)
  %6 = tail call noundef i32 %5(ptr noundef nonnull %2)
  ret i32 %6
}

define noundef i32 @local(i32 noundef %0) unnamed_addr #1 {
  %2 = alloca [8 x i8], align 8
  %3 = alloca [16 x i8], align 8
  %4 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store ptr %4, ptr %3, align 8
  %11 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store ptr @anon.8f36e7736b4cbdd4098823ca4ed4581a.0, ptr %11, align 8
  store ptr %3, ptr %2, align 8
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %2)
  %12 = load ptr, ptr %2, align 8, !nonnull !0, !noundef !0
  %13 = load ptr, ptr %12, align 8, !nonnull !0, !noundef !0
  %14 = getelementptr inbounds nuw i8, ptr %12, i64 8
  %15 = load ptr, ptr %14, align 8, !nonnull !0, !noundef !0
  %16 = call nonnull ptr @reltab.vtable.load.ptr.24(ptr nonnull %15)
  %17 = call noundef i32 %16(ptr noundef nonnull %13)
  ret i32 %17
}

define linkonce_odr hidden ptr @reltab.vtable.load.ptr.24(ptr %vt) #2 {
  %p = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

attributes #1 = { "reltab-protected" }
attributes #2 = { noinline "reltab-vtable-load" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
