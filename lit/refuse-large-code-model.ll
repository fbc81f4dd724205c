; With the large code model, code and data may be anywhere in the address
; space: a 32-bit offset from a vtable to its functions cannot be proven to
; fit, so reltab leaves the module alone and says why. (`"Code Model"` 4 is
; llvm::CodeModel::Large, what rustc -Ccode-model=large sets.)
;
; Hand-written: the vtable and read of refuse-external-data-slot.ll, with a
; null second slot and the module flag.

; RUN: %opt -passes=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s --check-prefix=WARN < %t.err
; RUN: FileCheck %s --check-prefix=IR < %t.ll

; WARN: warning: reltab: left the vtables of this module absolute: the large code model places code and data anywhere in the address space: 32-bit offsets from a vtable to its functions cannot be proven to fit

; IR-NOT: llvm.load.relative
; IR: @vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }>

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method, ptr null }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define i32 @call(ptr %data) {
  %slot = getelementptr inbounds i8, ptr @vtable.0, i64 24
  %f = load ptr, ptr %slot, align 8, !invariant.load !0, !nonnull !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

!0 = !{}
!llvm.module.flags = !{!1}
!1 = !{i32 1, !"Code Model", i32 4}
