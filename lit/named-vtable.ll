; A vtable as rustc emits it with --emit=llvm-ir (names kept): @vtable.1 for
; <hello::Sq as hello::Shape>, <{ [24 x i8], ptr, ptr }> with a null drop,
; size 8, align 8 and two methods. Checks the report's name, implementation,
; size/align, bytes, pointer_entries, every entry, its uses, and the two
; `!invariant.load` method loads in hello::total.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1):
;   pub trait Shape { fn area(&self) -> f64; fn scale(&mut self, k: f64); }
;   pub struct Sq(pub f64);
;   impl Shape for Sq { ... }
;   #[inline(never)]
;   pub fn total(s: &mut dyn Shape) -> f64 { s.scale(2.0); s.area() }
;   fn main() { let mut q = Sq(3.0); println!("{}", total(&mut q)); }
; reduced to the vtable, its methods and its users.

; RUN: %reltab -reltab-layout=relative -reltab-report=%t.json -pass-remarks=reltab %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s < %t.json

; REMARK: remark: <unknown>:0:0: 1 vtables with 2 pointer entries (40 bytes); 2 vtable loads (2 marked !invariant.load, 0 protected, 0 found otherwise); 0 unclassified
; REMARK-NEXT: remark: <unknown>:0:0: converted 1 vtables to the relative layout: 2 relocations removed, 40 -> 32 bytes; 2 reads rewritten
; REMARK-NOT: remark

; CHECK:      "phase": "explicit",
; CHECK-NEXT: "layout": "relative",
; CHECK-LABEL: "vtables": [
; CHECK-NEXT:   {
; CHECK-NEXT:     "name": "vtable.1",
; CHECK-NEXT:     "implementation": "<hello::Sq as hello::Shape>",
; CHECK-NEXT:     "size": 8,
; CHECK-NEXT:     "align": 8,
; CHECK-NEXT:     "has_drop": false,
; CHECK-NEXT:     "bytes": 40,
; CHECK-NEXT:     "pointer_entries": 2,
; CHECK-NEXT:     "entries": [
; CHECK-NEXT:       {
; CHECK-NEXT:         "offset": 0,
; CHECK-NEXT:         "kind": "drop"
; CHECK-NEXT:       },
; CHECK-NEXT:       {
; CHECK-NEXT:         "offset": 8,
; CHECK-NEXT:         "kind": "size",
; CHECK-NEXT:         "value": 8
; CHECK-NEXT:       },
; CHECK-NEXT:       {
; CHECK-NEXT:         "offset": 16,
; CHECK-NEXT:         "kind": "align",
; CHECK-NEXT:         "value": 8
; CHECK-NEXT:       },
; CHECK-NEXT:       {
; CHECK-NEXT:         "offset": 24,
; CHECK-NEXT:         "kind": "method",
; CHECK-NEXT:         "target": "<hello::Sq as hello::Shape>::area"
; CHECK-NEXT:       },
; CHECK-NEXT:       {
; CHECK-NEXT:         "offset": 32,
; CHECK-NEXT:         "kind": "method",
; CHECK-NEXT:         "target": "<hello::Sq as hello::Shape>::scale"
; CHECK-NEXT:       }
; CHECK-NEXT:     ],
; CHECK-NEXT:     "uses": {
; CHECK-NEXT:       "call-argument": 1
; CHECK-NEXT:     }
; CHECK-NEXT:   }
; CHECK-NEXT: ],
; CHECK-NEXT: "load_sites": [
; CHECK-NEXT:   {
; CHECK-NEXT:     "function": "hello::total",
; CHECK-NEXT:     "offset": 32,
; CHECK-NEXT:     "kind": "method",
; CHECK-NEXT:     "found_by": "invariant-load"
; CHECK-NEXT:   },
; CHECK-NEXT:   {
; CHECK-NEXT:     "function": "hello::total",
; CHECK-NEXT:     "offset": 24,
; CHECK-NEXT:     "kind": "method",
; CHECK-NEXT:     "found_by": "invariant-load"
; CHECK-NEXT:   }
; CHECK-NEXT: ],
; CHECK-NEXT: "unclassified": []

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape4area, ptr @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape5scale }>, align 8

; hello::main
define hidden double @_RNvCs8m1JLeFJPj7_5hello4main() unnamed_addr #1 {
start:
  %q = alloca [8 x i8], align 8
  store double 3.000000e+00, ptr %q, align 8
; call hello::total
  %0 = call double @_RNvCs8m1JLeFJPj7_5hello5total(ptr %q, ptr align 8 @vtable.1) #7
  ret double %0
}

; hello::total
define internal double @_RNvCs8m1JLeFJPj7_5hello5total(ptr %s.0, ptr align 8 %s.1) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds i8, ptr %s.1, i64 32
  %1 = load ptr, ptr %0, align 8, !invariant.load !5, !nonnull !5
  call void %1(ptr %s.0, double 2.000000e+00) #6
  %2 = getelementptr inbounds i8, ptr %s.1, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !5, !nonnull !5
  %_0 = call double %3(ptr %s.0) #6
  ret double %_0
}

; <hello::Sq as hello::Shape>::area
define internal double @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape4area(ptr align 8 %self) unnamed_addr #1 {
start:
  %_2 = load double, ptr %self, align 8
  %_3 = load double, ptr %self, align 8
  %_0 = fmul double %_2, %_3
  ret double %_0
}

; <hello::Sq as hello::Shape>::scale
define internal void @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape5scale(ptr align 8 %self, double %k) unnamed_addr #1 {
start:
  %0 = load double, ptr %self, align 8
  %1 = fmul double %0, %k
  store double %1, ptr %self, align 8
  ret void
}

attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { inlinehint }
attributes #7 = { noinline }

!5 = !{}
