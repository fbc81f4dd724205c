; -Zvirtual-function-elimination makes rustc read vtables through
; llvm.type.checked.load (and -Zsanitizer=cfi checks them with
; llvm.type.test): reads reltab does not rewrite. Converting the vtables would
; leave those reads absolute, so the module is left alone, with the reason.
; (This nightly's VFE also breaks programs without reltab: several corpus
; programs built with it alone stop with SIGILL.)
;
; Hand-written: the vtable of refuse-large-code-model.ll and a
; type.checked.load read as rustc emits it under VFE.

; RUN: %opt -passes=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s --check-prefix=WARN < %t.err
; RUN: FileCheck %s --check-prefix=IR < %t.ll

; WARN: warning: reltab: left the vtables of this module absolute: the module uses llvm.type.checked.load (-Zvirtual-function-elimination or -Zsanitizer=cfi), whose vtable reads reltab does not rewrite

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

declare { ptr, i1 } @llvm.type.checked.load(ptr, i32, metadata)

; How -Zvirtual-function-elimination reads a method: no marked load.
define i32 @checked_call(ptr %data, ptr %vt) {
  %pair = call { ptr, i1 } @llvm.type.checked.load(ptr %vt, i32 24, metadata !"_ZTS5Shape")
  %f = extractvalue { ptr, i1 } %pair, 0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

define i32 @call(ptr %data) {
  %slot = getelementptr inbounds i8, ptr @vtable.0, i64 24
  %f = load ptr, ptr %slot, align 8, !invariant.load !0, !nonnull !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

!0 = !{}
