; A vtable without drop glue: Point is Copy, so rustc writes a null drop
; word and emits the header as one byte array, <{ [24 x i8], ptr }>. The
; vtable is recognized with "has_drop": false, its drop entry has no target
; and is not a pointer entry (pointer_entries 1: the method), and it does not
; count in vtables_with_drop.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1 drops.rs,
; reduced):
;   pub trait Greet { fn hi(&self) -> usize; }
;   #[derive(Clone, Copy)]
;   pub struct Point { pub x: i32, pub y: i32 }
;   pub struct Named { pub name: String }
;   impl Greet for Point { fn hi(&self) -> usize { (self.x + self.y) as usize } }
;   impl Greet for Named { fn hi(&self) -> usize { self.name.len() } }
;   #[inline(never)]
;   pub fn consume(g: Box<dyn Greet>) -> usize { g.hi() }
;   fn main() {
;       let a = consume(Box::new(Point { x: 1, y: 2 }));
;       let b = consume(Box::new(Named { name: String::from("x") }));
;       std::process::exit((a + b) as i32);
;   }

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json

; CHECK-LABEL: "totals": {
; CHECK-NEXT:    "vtables": 1,
; CHECK-NEXT:    "vtables_with_drop": 0,
; CHECK-NEXT:    "pointer_entries": 1,
; CHECK-NEXT:    "vtable_bytes": 32,
; CHECK-NEXT:    "pointer_entry_bytes": 8,

; CHECK-LABEL: "vtables": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "name": "vtable.1",
; CHECK-NEXT:      "implementation": "<drops::Point as drops::Greet>",
; CHECK-NEXT:      "size": 8,
; CHECK-NEXT:      "align": 4,
; CHECK-NEXT:      "has_drop": false,
; CHECK-NEXT:      "bytes": 32,
; CHECK-NEXT:      "pointer_entries": 1,
; CHECK-NEXT:      "entries": [
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 0,
; CHECK-NEXT:          "kind": "drop"
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 8,
; CHECK-NEXT:          "kind": "size",
; CHECK-NEXT:          "value": 8
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 16,
; CHECK-NEXT:          "kind": "align",
; CHECK-NEXT:          "value": 4
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 24,
; CHECK-NEXT:          "kind": "method",
; CHECK-NEXT:          "target": "<drops::Point as drops::Greet>::hi"
; CHECK-NEXT:        }
; CHECK-NEXT:      ],

source_filename = "drops.4fad01ec6b7aca15-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCs6Q6YkNX7cHx_5dropsNtB2_5PointNtB2_5Greet2hi }>, align 8

; drops::main (reduced to the Point half)
; Function Attrs: nonlazybind uwtable
define hidden i64 @_RNvCs6Q6YkNX7cHx_5drops4main() unnamed_addr #0 {
start:
; call alloc::boxed::box_new_uninit
  %_3.i1 = call ptr @_RNvNtCsbEht8wFNRx7_5alloc5boxed14box_new_uninitCs6Q6YkNX7cHx_5drops(i64 4, i64 8)
  store i32 1, ptr %_3.i1, align 4
  %0 = getelementptr inbounds i8, ptr %_3.i1, i64 4
  store i32 2, ptr %0, align 4
; call drops::consume
  %a = call i64 @_RNvCs6Q6YkNX7cHx_5drops7consume(ptr %_3.i1, ptr align 8 @vtable.1) #21
  ret i64 %a
}

; drops::consume (reduced: the drop of the box removed)
; Function Attrs: noinline nonlazybind uwtable
define internal i64 @_RNvCs6Q6YkNX7cHx_5drops7consume(ptr %0, ptr align 8 %1) unnamed_addr #1 {
start:
  %g = alloca [16 x i8], align 8
  store ptr %0, ptr %g, align 8
  %3 = getelementptr inbounds i8, ptr %g, i64 8
  store ptr %1, ptr %3, align 8
  %_3.0 = load ptr, ptr %g, align 8
  %4 = getelementptr inbounds i8, ptr %g, i64 8
  %_3.1 = load ptr, ptr %4, align 8
  %5 = getelementptr inbounds i8, ptr %_3.1, i64 24
  %6 = load ptr, ptr %5, align 8, !invariant.load !4, !nonnull !4
  %_0 = call i64 %6(ptr %_3.0)
  ret i64 %_0
}

; <drops::Point as drops::Greet>::hi
; Function Attrs: nonlazybind uwtable
define internal i64 @_RNvXCs6Q6YkNX7cHx_5dropsNtB2_5PointNtB2_5Greet2hi(ptr align 4 %self) unnamed_addr #0 {
start:
  %_3 = load i32, ptr %self, align 4
  %0 = getelementptr inbounds i8, ptr %self, i64 4
  %_4 = load i32, ptr %0, align 4
  %_5.0 = add i32 %_3, %_4
  %_0 = sext i32 %_5.0 to i64
  ret i64 %_0
}

; alloc::boxed::box_new_uninit
declare ptr @_RNvNtCsbEht8wFNRx7_5alloc5boxed14box_new_uninitCs6Q6YkNX7cHx_5drops(i64, i64) unnamed_addr #0

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #21 = { noinline }

!4 = !{}
