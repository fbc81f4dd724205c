; A read past the end of a vtable is an error in the module, not something
; to rewrite (refuse-read-past-table.ll: refused when the read is straight
; from the global). The same read through a parameter - @call_slot2 reads
; slot 2 (offset 40) of its vtable parameter, main passes @vtable.0, a table
; of one slot (32 bytes) - must be refused as well: rewritten to offset 28
; of the 28-byte relative table, it would read whatever follows it.
; Before the fix (found while writing the bad-input tests; reltab at commit c953f23):
; only a read straight from the global is compared with the table's size
; (uses.rs, entry_address_use: `base.initializer()` is None for a
; parameter); through a parameter, a phi or a select of vtable globals the
; read is a "method" load site and is rewritten past the relative table,
; and the module is reported converted. The input is already undefined
; behaviour (it reads past a global), so this is garbage in, garbage out -
; but without the warning the issue asks for.
; Hand-written: the vtable of refuse-read-past-table.ll with one slot.
; RUN: %llvm-opt -S %s -o %t.ref.ll
; RUN: %opt -passes=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: diff %t.ref.ll %t.ll
; CHECK: warning: reltab: left the vtables of this module absolute:

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define internal i32 @call_slot2(ptr %data, ptr align 8 %vt) {
  %slot = getelementptr inbounds i8, ptr %vt, i64 40
  %f = load ptr, ptr %slot, align 8, !invariant.load !0, !nonnull !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

define i32 @main() {
  %r = call i32 @call_slot2(ptr null, ptr @vtable.0)
  ret i32 %r
}

!0 = !{}
