; A marked read (`!invariant.load`) straight from a global that has a
; vtable's contents but is not a vtable reltab recognizes - here a *mutable*
; global (`internal global`, not `constant`): rustc never emits one, so the
; module is not what reltab expects. reltab leaves such a global absolute,
; so it must not rewrite reads of it either: the correct outcome is to leave
; the module alone with a warning (or at least not to touch that read).
; Before the fix (found by tests/tests/differential.rs's hand-written probes, reltab
; at commit c953f23): the read's base is taken for a vtable pointer on the
; strength of the marker alone (loads.rs: "the bases of marked reads"), the
; read is rewritten to `llvm.load.relative(@table, 24)` while @table stays
; absolute, and the module is reported converted. The program below exits
; with 16 before the pass and with SIGSEGV after it:
;   opt -load-pass-plugin=libreltab_opt.so -passes=reltab -S this.ll -o out.ll
;   lli this.ll; echo $?   # 16
;   lli out.ll;  echo $?   # 139
; The same happens when the table is `external` (declared, defined in another
; module), `linkonce_odr`/`weak` (not local), or a constant whose header is
; not a vtable's (e.g. align 3): every global that recognize.rs does not take
; for a vtable but that a marked read uses as its base. (A parameter fed such
; a global is caught: ambiguous_parameter calls it a known non-vtable.)
; Hand-written: the vtable of refuse-read-past-table.ll, a mutable copy of it
; with another method, and a main that reads both.
; RUN: %llvm-opt -S %s -o %t.ref.ll
; RUN: %opt -passes=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: diff %t.ref.ll %t.ll
; CHECK: warning: reltab: left the vtables of this module absolute:

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method }>, align 8
@table = internal global <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @other }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define internal i32 @other(ptr %self) {
  ret i32 9
}

define internal i32 @call(ptr %data, ptr align 8 %vt) {
  %slot = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %slot, align 8, !invariant.load !0, !nonnull !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

define i32 @main() {
  %a = call i32 @call(ptr null, ptr @vtable.0)
  %f = load ptr, ptr getelementptr inbounds (i8, ptr @table, i64 24), align 8, !invariant.load !0, !nonnull !0
  %b = call i32 %f(ptr null)
  %r = add i32 %a, %b
  ret i32 %r
}

!0 = !{}
