; A vtable with drop glue: Named owns a String, so word 0 of its vtable is
; core::ptr::drop_glue::<drops::Named> and rustc emits the header as
; <{ ptr, [16 x i8], ... }>. The vtable has "has_drop": true with the glue as
; the drop entry's target (a pointer entry). The loads of word 0 in the drop
; glue of dyn Greet and of Box<dyn Greet> (`!invariant.load` but no `!nonnull`:
; the drop word may be null, and the code checks for it) are kind "drop".
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
; CHECK-NEXT:    "vtables_with_drop": 1,
; CHECK-NEXT:    "pointer_entries": 2,
; CHECK-NEXT:    "vtable_bytes": 32,
; CHECK-NEXT:    "pointer_entry_bytes": 16,
; CHECK-NEXT:    "load_sites": 3,
; CHECK-NEXT:    "load_sites_marked": 3,
; CHECK-NEXT:    "load_sites_protected": 0,
; CHECK-NEXT:    "load_sites_found_otherwise": 0,
; CHECK-NEXT:    "load_sites_by_kind": {
; CHECK-NEXT:      "drop": 2,
; CHECK-NEXT:      "method": 1
; CHECK-NEXT:    },

; CHECK-LABEL: "vtables": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "name": "vtable.2",
; CHECK-NEXT:      "implementation": "<drops::Named as drops::Greet>",
; CHECK-NEXT:      "size": 24,
; CHECK-NEXT:      "align": 8,
; CHECK-NEXT:      "has_drop": true,
; CHECK-NEXT:      "bytes": 32,
; CHECK-NEXT:      "pointer_entries": 2,
; CHECK-NEXT:      "entries": [
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 0,
; CHECK-NEXT:          "kind": "drop",
; CHECK-NEXT:          "target": "core::ptr::drop_glue::<drops::Named>"
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 8,
; CHECK-NEXT:          "kind": "size",
; CHECK-NEXT:          "value": 24
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 16,
; CHECK-NEXT:          "kind": "align",
; CHECK-NEXT:          "value": 8
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 24,
; CHECK-NEXT:          "kind": "method",
; CHECK-NEXT:          "target": "<drops::Named as drops::Greet>::hi"
; CHECK-NEXT:        }
; CHECK-NEXT:      ],

; CHECK-LABEL: "load_sites": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "function": "core::ptr::drop_glue::<dyn drops::Greet>",
; CHECK-NEXT:      "offset": 0,
; CHECK-NEXT:      "kind": "drop",
; CHECK-NEXT:      "found_by": "invariant-load"
; CHECK-NEXT:    },
; CHECK-NEXT:    {
; CHECK-NEXT:      "function": "core::ptr::drop_glue::<alloc::boxed::Box<dyn drops::Greet>>",
; CHECK-NEXT:      "offset": 0,
; CHECK-NEXT:      "kind": "drop",
; CHECK-NEXT:      "found_by": "invariant-load"
; CHECK-NEXT:    },
; CHECK-NEXT:    {
; CHECK-NEXT:      "function": "drops::consume",
; CHECK-NEXT:      "offset": 24,
; CHECK-NEXT:      "kind": "method",
; CHECK-NEXT:      "found_by": "invariant-load"
; CHECK-NEXT:    }
; CHECK-NEXT:  ],
; CHECK-NEXT:  "unclassified": []

source_filename = "drops.4fad01ec6b7aca15-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.2 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCs6Q6YkNX7cHx_5drops5NamedEBD_, [16 x i8] c"\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs_Cs6Q6YkNX7cHx_5dropsNtB4_5NamedNtB4_5Greet2hi }>, align 8

; core::ptr::drop_glue::<dyn drops::Greet>
; Function Attrs: nonlazybind uwtable
define void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtCs6Q6YkNX7cHx_5drops5GreetEL_EBE_(ptr %_1.0, ptr align 8 %_1.1) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds i8, ptr %_1.1, i64 0
  %1 = load ptr, ptr %0, align 8, !invariant.load !4
  %2 = icmp ne ptr %1, null
  br i1 %2, label %is_not_null, label %bb1

is_not_null:                                      ; preds = %start
  call void %1(ptr %_1.0) #17
  br label %bb1

bb1:                                              ; preds = %is_not_null, %start
  ret void
}

; core::ptr::drop_glue::<alloc::boxed::Box<dyn drops::Greet>>
; Function Attrs: nonlazybind uwtable
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtCs6Q6YkNX7cHx_5drops5GreetEL_EEB1d_(ptr align 8 %_1) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_6.0 = load ptr, ptr %_1, align 8
  %1 = getelementptr inbounds i8, ptr %_1, i64 8
  %_6.1 = load ptr, ptr %1, align 8
  %2 = getelementptr inbounds i8, ptr %_6.1, i64 0
  %3 = load ptr, ptr %2, align 8, !invariant.load !4
  %4 = icmp ne ptr %3, null
  br i1 %4, label %is_not_null, label %bb3

is_not_null:                                      ; preds = %start
  invoke void %3(ptr %_6.0)
          to label %bb3 unwind label %cleanup

bb3:                                              ; preds = %is_not_null, %start
; call <alloc::boxed::Box<dyn drops::Greet> as core::ops::drop::Drop>::drop
  call void @_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtCs6Q6YkNX7cHx_5drops5GreetEL_ENtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4dropBK_(ptr align 8 %_1) #17
  ret void

bb4:                                              ; preds = %cleanup
; invoke <alloc::boxed::Box<dyn drops::Greet> as core::ops::drop::Drop>::drop
  invoke void @_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtCs6Q6YkNX7cHx_5drops5GreetEL_ENtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4dropBK_(ptr align 8 %_1) #18
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %is_not_null
  %5 = landingpad { ptr, i32 }
          cleanup
  %6 = extractvalue { ptr, i32 } %5, 0
  %7 = extractvalue { ptr, i32 } %5, 1
  store ptr %6, ptr %0, align 8
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %7, ptr %8, align 8
  br label %bb4

terminate:                                        ; preds = %bb4
  %9 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCs8NwYtU1Mohg_4core9panicking16panic_in_cleanup() #19
  unreachable

bb1:                                              ; preds = %bb4
  %10 = load ptr, ptr %0, align 8
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = load i32, ptr %11, align 8
  %13 = insertvalue { ptr, i32 } poison, ptr %10, 0
  %14 = insertvalue { ptr, i32 } %13, i32 %12, 1
  resume { ptr, i32 } %14
}

; core::ptr::drop_glue::<drops::Named>
; Function Attrs: nonlazybind uwtable
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCs6Q6YkNX7cHx_5drops5NamedEBD_(ptr align 8 %_1) unnamed_addr #0 {
start:
; call core::ptr::drop_glue::<alloc::string::String>
  call void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECs6Q6YkNX7cHx_5drops(ptr align 8 %_1)
  ret void
}

; drops::main (reduced to the Named half)
; Function Attrs: nonlazybind uwtable
define hidden i64 @_RNvCs6Q6YkNX7cHx_5drops4main() unnamed_addr #0 {
start:
  %_8 = alloca [24 x i8], align 8
; call alloc::boxed::box_new_uninit
  %_3.i = call ptr @_RNvNtCsbEht8wFNRx7_5alloc5boxed14box_new_uninitCs6Q6YkNX7cHx_5drops(i64 8, i64 24)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_3.i, ptr align 8 %_8, i64 24, i1 false)
; call drops::consume
  %b = call i64 @_RNvCs6Q6YkNX7cHx_5drops7consume(ptr %_3.i, ptr align 8 @vtable.2) #21
  ret i64 %b
}

; drops::consume
; Function Attrs: noinline nonlazybind uwtable
define internal i64 @_RNvCs6Q6YkNX7cHx_5drops7consume(ptr %0, ptr align 8 %1) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %2 = alloca [16 x i8], align 8
  %g = alloca [16 x i8], align 8
  store ptr %0, ptr %g, align 8
  %3 = getelementptr inbounds i8, ptr %g, i64 8
  store ptr %1, ptr %3, align 8
  %_3.0 = load ptr, ptr %g, align 8
  %4 = getelementptr inbounds i8, ptr %g, i64 8
  %_3.1 = load ptr, ptr %4, align 8
  %5 = getelementptr inbounds i8, ptr %_3.1, i64 24
  %6 = load ptr, ptr %5, align 8, !invariant.load !4, !nonnull !4
  %_0 = invoke i64 %6(ptr %_3.0)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_glue::<alloc::boxed::Box<dyn drops::Greet>>
  invoke void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtCs6Q6YkNX7cHx_5drops5GreetEL_EEB1d_(ptr align 8 %g) #18
          to label %bb4 unwind label %terminate

cleanup:                                          ; preds = %start
  %7 = landingpad { ptr, i32 }
          cleanup
  %8 = extractvalue { ptr, i32 } %7, 0
  %9 = extractvalue { ptr, i32 } %7, 1
  store ptr %8, ptr %2, align 8
  %10 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %9, ptr %10, align 8
  br label %bb3

bb1:                                              ; preds = %start
; call core::ptr::drop_glue::<alloc::boxed::Box<dyn drops::Greet>>
  call void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtCs6Q6YkNX7cHx_5drops5GreetEL_EEB1d_(ptr align 8 %g)
  ret i64 %_0

terminate:                                        ; preds = %bb3
  %11 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCs8NwYtU1Mohg_4core9panicking16panic_in_cleanup() #19
  unreachable

bb4:                                              ; preds = %bb3
  %12 = load ptr, ptr %2, align 8
  %13 = getelementptr inbounds i8, ptr %2, i64 8
  %14 = load i32, ptr %13, align 8
  %15 = insertvalue { ptr, i32 } poison, ptr %12, 0
  %16 = insertvalue { ptr, i32 } %15, i32 %14, 1
  resume { ptr, i32 } %16
}

; <drops::Named as drops::Greet>::hi
; Function Attrs: nonlazybind uwtable
define internal i64 @_RNvXs_Cs6Q6YkNX7cHx_5dropsNtB4_5NamedNtB4_5Greet2hi(ptr align 8 %self) unnamed_addr #0 {
start:
; call <alloc::string::String>::len
  %_0 = call i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCs6Q6YkNX7cHx_5drops(ptr align 8 %self) #17
  ret i64 %_0
}

declare ptr @_RNvNtCsbEht8wFNRx7_5alloc5boxed14box_new_uninitCs6Q6YkNX7cHx_5drops(i64, i64) unnamed_addr #0
declare void @_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtCs6Q6YkNX7cHx_5drops5GreetEL_ENtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4dropBK_(ptr align 8) unnamed_addr #2
declare void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECs6Q6YkNX7cHx_5drops(ptr align 8) unnamed_addr #0
declare i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCs6Q6YkNX7cHx_5drops(ptr align 8) unnamed_addr #2
declare void @_RNvNtCs8NwYtU1Mohg_4core9panicking16panic_in_cleanup() unnamed_addr #3
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #5
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { cold nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #17 = { inlinehint }
attributes #18 = { cold }
attributes #19 = { cold noreturn nounwind }
attributes #21 = { noinline }

!4 = !{}
