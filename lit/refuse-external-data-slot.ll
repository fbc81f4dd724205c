; A vtable slot that points at an external *data* symbol (not a function, not
; another vtable) could only be made relative through a GOT-equivalent, whose
; entry holds the offset to a GOT slot: every read of that slot would then
; need a second load, and a read cannot tell which vtables flow into it. rustc
; never emits such a slot (entries are functions or private vtables), so
; reltab does not guess: the module is left as it is, with a warning, and the
; report says why.
;
; Hand-written (rustc cannot produce it): the shape of
; lit/convert-table-layout.ll with the second slot pointing at @external_data.

; RUN: %opt -passes=reltab -S %s -o %t.ll -reltab-report=%t.json 2> %t.err
; RUN: FileCheck %s --check-prefix=WARN < %t.err
; RUN: FileCheck %s --check-prefix=IR < %t.ll
; RUN: FileCheck %s --check-prefix=REPORT < %t.json

; WARN: warning: reltab: left the vtables of this module absolute: vtable.0 has the shape of a vtable but is used in a way vtables are not (a slot points at a global that is not a vtable)

; IR: @vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }>
; IR: %f = load ptr, ptr %slot, align 8, !invariant.load
; IR-NOT: llvm.load.relative

; REPORT:      "conversion": {
; REPORT-NEXT:   "converted": false,

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@external_data = external global i8
@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method, ptr @external_data }>, align 8

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
