; A target the layout is not defined for (riscv32: reltab knows, and tests
; the code generated for, x86_64, aarch64, i686 and armv7): reltab leaves the
; module exactly as it was, and says that the target is the reason; opt
; exits 0. (The warning may go on with reads it then cannot account for -
; noise after the real reason.)
; Hand-written: the vtable and read of refuse-read-past-table.ll, in range,
; with riscv32's triple and data layout (32-bit pointers).
; RUN: %llvm-opt -S %s -o %t.ref.ll
; RUN: %opt -passes=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: diff %t.ref.ll %t.ll
; CHECK: warning: reltab: left the vtables of this module absolute: target riscv32-unknown-linux-gnu (4-byte pointers) is not one the relative layout is defined for (x86_64, aarch64; i386 to i686, armv7)

target datalayout = "e-m:e-p:32:32-i64:64-n32-S128"
target triple = "riscv32-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method, ptr @method }>, align 8

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
