; Vtables without names: a normal build discards value names, so rustc's
; vtables are the anonymous globals @0, @1 (here: the lang_start closure's
; FnOnce vtable and <hello::Sq as hello::Shape>). Both are recognized by their
; contents alone and reported with "name": null; the string @2 next to them
; is not a vtable.
;
; Source: the program of named-vtable.ll, built with
;   rustc +nightly -Copt-level=0 -Ccodegen-units=1 -Csave-temps hello.rs
; and the module taken from hello.hello.<hash>-cgu.0.rcgu.no-opt.bc
; (llvm-dis), reduced.

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json

; CHECK-LABEL: "totals": {
; CHECK-NEXT:    "vtables": 2,
; CHECK-NEXT:    "vtables_with_drop": 0,
; CHECK-NEXT:    "pointer_entries": 5,
; CHECK-NEXT:    "vtable_bytes": 88,

; CHECK-LABEL: "vtables": [
; CHECK-NEXT:   {
; CHECK-NEXT:     "name": null,
; CHECK-NEXT:     "implementation": "<std::rt::lang_start<()>::{closure#0} as core::ops::function::FnOnce<()>>",
; CHECK-NEXT:     "size": 8,
; CHECK-NEXT:     "align": 8,
; CHECK-NEXT:     "has_drop": false,
; CHECK-NEXT:     "bytes": 48,
; CHECK-NEXT:     "pointer_entries": 3,
; CHECK:          "uses": {
; CHECK-NEXT:       "call-argument": 1
; CHECK-NEXT:     }
; CHECK-NEXT:   },
; CHECK-NEXT:   {
; CHECK-NEXT:     "name": null,
; CHECK-NEXT:     "implementation": "<hello::Sq as hello::Shape>",
; CHECK-NEXT:     "size": 8,
; CHECK-NEXT:     "align": 8,
; CHECK-NEXT:     "has_drop": false,
; CHECK-NEXT:     "bytes": 40,
; CHECK-NEXT:     "pointer_entries": 2,
; CHECK:          "uses": {
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

source_filename = "hello.6151b9bf77204317-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@0 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNSNvYNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceuE9call_once6vtableCs8m1JLeFJPj7_5hello, ptr @_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0Cs8m1JLeFJPj7_5hello, ptr @_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0Cs8m1JLeFJPj7_5hello }>, align 8
@1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape4area, ptr @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape5scale }>, align 8
@2 = private unnamed_addr constant [4 x i8] c"\C0\01\0A\00", align 1

; Function Attrs: nonlazybind uwtable
define hidden i64 @_RINvNtCsi4IsKQVxMg0_3std2rt10lang_startuECs8m1JLeFJPj7_5hello(ptr %0, i64 %1, ptr %2, i8 %3) unnamed_addr #1 {
  %5 = alloca [8 x i8], align 8
  store ptr %0, ptr %5, align 8
  %6 = call i64 @_RNvNtCsi4IsKQVxMg0_3std2rt19lang_start_internal(ptr %5, ptr align 8 @0, i64 %1, ptr %2, i8 %3)
  ret i64 %6
}

; Function Attrs: inlinehint nonlazybind uwtable
define internal i32 @_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0Cs8m1JLeFJPj7_5hello(ptr align 8 %0) unnamed_addr #0 {
  %2 = load ptr, ptr %0, align 8
  call void %2()
  ret i32 0
}

; Function Attrs: inlinehint nonlazybind uwtable
define internal i32 @_RNSNvYNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceuE9call_once6vtableCs8m1JLeFJPj7_5hello(ptr %0) unnamed_addr #0 {
  %2 = alloca [8 x i8], align 8
  %3 = load ptr, ptr %0, align 8
  store ptr %3, ptr %2, align 8
  %4 = call i32 @_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0Cs8m1JLeFJPj7_5hello(ptr align 8 %2) #6
  ret i32 %4
}

; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCs8m1JLeFJPj7_5hello4main() unnamed_addr #1 {
  %1 = alloca [8 x i8], align 8
  %2 = alloca [8 x i8], align 8
  store double 3.000000e+00, ptr %2, align 8
  %3 = call double @_RNvCs8m1JLeFJPj7_5hello5total(ptr %2, ptr align 8 @1) #7
  store double %3, ptr %1, align 8
  call void @_RNvNtNtCsi4IsKQVxMg0_3std2io5stdio6__print(ptr @2, ptr %1)
  ret void
}

; Function Attrs: noinline nonlazybind uwtable
define internal double @_RNvCs8m1JLeFJPj7_5hello5total(ptr %0, ptr align 8 %1) unnamed_addr #2 {
  %3 = getelementptr inbounds i8, ptr %1, i64 32
  %4 = load ptr, ptr %3, align 8, !invariant.load !5, !nonnull !5
  call void %4(ptr %0, double 2.000000e+00) #6
  %5 = getelementptr inbounds i8, ptr %1, i64 24
  %6 = load ptr, ptr %5, align 8, !invariant.load !5, !nonnull !5
  %7 = call double %6(ptr %0) #6
  ret double %7
}

; Function Attrs: nonlazybind uwtable
define internal double @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape4area(ptr align 8 %0) unnamed_addr #1 {
  %2 = load double, ptr %0, align 8
  %3 = load double, ptr %0, align 8
  %4 = fmul double %2, %3
  ret double %4
}

; Function Attrs: nonlazybind uwtable
define internal void @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape5scale(ptr align 8 %0, double %1) unnamed_addr #1 {
  %3 = load double, ptr %0, align 8
  %4 = fmul double %3, %1
  store double %4, ptr %0, align 8
  ret void
}

; Function Attrs: nonlazybind uwtable
declare i64 @_RNvNtCsi4IsKQVxMg0_3std2rt19lang_start_internal(ptr, ptr align 8, i64, ptr, i8) unnamed_addr #1

; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsi4IsKQVxMg0_3std2io5stdio6__print(ptr, ptr) unnamed_addr #1

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { inlinehint }
attributes #7 = { noinline }

!5 = !{}
