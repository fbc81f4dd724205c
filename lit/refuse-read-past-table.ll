; A read at an offset the table does not have — here slot 3 of a vtable with
; two slots, read straight from the global — is an error in the module, not
; something to guess: rewritten, it would read past the end of the relative
; table. The global is reported as used in a way vtables are not, and the
; module is left as it is.
;
; Hand-written: rustc never reads past a vtable.

; RUN: %opt -passes=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s --check-prefix=WARN < %t.err
; RUN: FileCheck %s --check-prefix=IR < %t.ll

; WARN: warning: reltab: left the vtables of this module absolute: vtable.0 has the shape of a vtable but is used in a way vtables are not (used as data: a read at offset 48, past the end of the 40-byte table)

; IR-NOT: llvm.load.relative
; IR: %f = load ptr, ptr getelementptr inbounds (i8, ptr @vtable.0, i64 48), align 8, !invariant.load

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method, ptr @method }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define i32 @call(ptr %data) {
  %f = load ptr, ptr getelementptr inbounds (i8, ptr @vtable.0, i64 48), align 8, !invariant.load !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

!0 = !{}
