; A vtable without any pointer - a type without drop glue behind a trait
; without methods (`&dyn Send`, a marker trait) - passed to a function that
; reads its size and align must not stop the conversion of the program.
; recognize.rs does not take such a table for a vtable (it holds no
; relocation and is valid in both layouts: nothing to convert), and the
; reads of it at 8 and 16 stay as they are either way. The other vtable,
; @vtable.1 of a real trait, must be converted and its read rewritten.
; Before the fix (surprising refusal; found by tests/tests/differential.rs,
; RELTAB_DIFF_EXTRA=marker; reltab at commit c953f23): ambiguous_parameter
; (loads.rs) calls every global that is not a recognized vtable "known not
; to be a vtable", so the size read in @size_and_align is "a read from a
; parameter that is not always a vtable" and the whole program is left
; absolute. rustc produces this from ten lines:
;   trait Marker {}  impl Marker for u32 {}  impl Marker for u16 {}
;   #[inline(never)]
;   fn sz(x: &dyn Marker) -> usize { size_of_val(x) * 10 + align_of_val(x) }
;   fn main() {
;       let (a, b) = (black_box(5u32), black_box(5u16));
;       let n = if std::env::args().count() > 3 { sz(&a) } else { sz(&b) };
;       println!("{}", n + sz(&a));
;   }
; rustc +nightly -O -Clto=fat -Ccodegen-units=1
; -Zllvm-plugins=libreltab.so: "warning: reltab: left the vtables of this
; module absolute: read from a parameter that is not always a vtable: offset
; 8: a call in marker::main passes @anon.<hash>.2 as parameter 0 of
; marker::sz" (all 185 vtables of the program stay absolute).
; Hand-written (the shape of that program reduced): @marker.0 is the vtable
; of <u32 as Marker>, @vtable.1 one of a trait with a method.
; RUN: %opt -passes=reltab -reltab-layout=relative -S %s -o %t.ll -reltab-report=%t.json 2> %t.err
; RUN: FileCheck %s --check-prefix=IR < %t.ll
; RUN: FileCheck %s --check-prefix=REPORT < %t.json
; RUN: count 0 < %t.err
; IR:      @marker.0 = private unnamed_addr constant <{ [24 x i8] }>
; IR:      @vtable.1 = private unnamed_addr constant <{ i32, i32, i64, i64, i32 }>
; IR:      call ptr @llvm.load.relative.i64(ptr @vtable.1, i64 24)
; REPORT:      "conversion": {
; REPORT-NEXT:   "converted": true,

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@marker.0 = private unnamed_addr constant <{ [24 x i8] }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00" }>, align 8
@vtable.1 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define internal i64 @size_and_align(ptr %data, ptr align 8 %vt) {
  %s.p = getelementptr inbounds i8, ptr %vt, i64 8
  %s = load i64, ptr %s.p, align 8, !invariant.load !0
  %a.p = getelementptr inbounds i8, ptr %vt, i64 16
  %a = load i64, ptr %a.p, align 8, !invariant.load !0
  %s10 = mul i64 %s, 10
  %r = add i64 %s10, %a
  ret i64 %r
}

define i32 @main() {
  %n = call i64 @size_and_align(ptr null, ptr @marker.0)
  %f = load ptr, ptr getelementptr inbounds (i8, ptr @vtable.1, i64 24), align 8, !invariant.load !0, !nonnull !0
  %m = call i32 %f(ptr null)
  %n32 = trunc i64 %n to i32
  %r = add i32 %n32, %m
  ret i32 %r
}

!0 = !{}
