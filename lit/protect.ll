; -passes=reltab-protect (what rustc runs at the start of each crate's
; pipeline) replaces every `!invariant.load` vtable read at an entry by a call
; that the optimizer cannot turn back into a load:
;   pointer entry at offset N (drop 0, slots 24 + 8k):
;     call [nonnull] ptr @reltab.vtable.load.ptr.N(ptr %base)
;     (nonnull when the load had !nonnull: the method reads, not the drop reads)
;   size / align word (8, 16): call i64 @reltab.vtable.load.word.N(ptr %base)
; and defines each function once, `linkonce_odr hidden`, with attributes
; nofree noinline nosync nounwind willreturn memory(argmem: read)
; "reltab-vtable-load", and the marked load it stands for as its body. Every
; defined function of the crate (not the declarations, not reltab's own
; functions) gets the attribute "reltab-protected" (and, from the same
; phase, "reltab-casts-recorded": casts-recorded.ll). Marked reads at places no
; entry has (half a word, a slot off its word, a slot read as an integer) and
; a volatile read are left as they are.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1
; shapes.rs, reduced: overflow checks and main's unwinding removed, callees
; outside the vtables declared):
;   pub trait Shape { fn area(&self) -> u32; fn scale(&mut self, k: u32); fn sides(&self) -> u32; }
;   pub struct Sq(pub u32);
;   pub struct Named { pub name: String }
;   impl Shape for Sq { ... }  impl Shape for Named { ... }
;   #[inline(never)]
;   pub fn total(s: &mut dyn Shape) -> u32 { s.scale(2); s.area() + s.sides() }
;   #[inline(never)]
;   pub fn consume(s: Box<dyn Shape>) -> u32 { s.area() }
;   #[inline(never)]
;   pub fn layout_of(s: &dyn Shape) -> (usize, usize) {
;       (std::mem::size_of_val(s), std::mem::align_of_val(s))
;   }
;   fn main() {
;       let mut q = Sq(3);
;       let a = total(&mut q);
;       let b = consume(Box::new(Named { name: String::from("ab") }));
;       let (s, al) = layout_of(&q);
;       std::process::exit((a + b) as i32 + s as i32 + al as i32);
;   }
; Plus one hand-written function, @reltab_test_odd_reads: rustc marks only
; entry reads, so the odd ones cannot come from it.

; RUN: %opt -passes=reltab-protect -pass-remarks=reltab -S %s -o %t.ll 2> %t.remarks
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.remarks

; REMARK: remark: <unknown>:0:0: protected 10 vtable loads

; CHECK-LABEL: define internal i64 @_RINvNtCs8NwYtU1Mohg_4core3mem11size_of_valDNtCs9FFTUSHdMhe_6shapes5ShapeEL_EBH_(
; CHECK-SAME:  ptr %val.0, ptr align 8 %val.1) unnamed_addr #[[INLINEHINT:[0-9]+]] {
; CHECK:        %2 = call i64 @reltab.vtable.load.word.8(ptr %val.1)
; CHECK:        %4 = call i64 @reltab.vtable.load.word.16(ptr %val.1)
; CHECK-NOT:    load i64, ptr %{{[13]}}
; CHECK-LABEL: define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtCs9FFTUSHdMhe_6shapes5ShapeEL_EBE_(
; CHECK-SAME:  ptr %_1.0, ptr align 8 %_1.1) unnamed_addr #[[PLAIN:[0-9]+]] {
; CHECK:        %1 = call ptr @reltab.vtable.load.ptr.0(ptr %_1.1)
; CHECK-NEXT:   %2 = icmp ne ptr %1, null
; CHECK-LABEL: define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtCs9FFTUSHdMhe_6shapes5ShapeEL_EEB1d_(
; CHECK:        %3 = call ptr @reltab.vtable.load.ptr.0(ptr %_6.1)
; CHECK-LABEL: define internal i32 @_RNvCs9FFTUSHdMhe_6shapes5total(
; CHECK-SAME:  ptr %s.0, ptr align 8 %s.1) unnamed_addr #[[NOINLINE:[0-9]+]] {
; CHECK:        %1 = call nonnull ptr @reltab.vtable.load.ptr.32(ptr %s.1)
; CHECK-NEXT:   call void %1(ptr %s.0, i32 2)
; CHECK:        %3 = call nonnull ptr @reltab.vtable.load.ptr.24(ptr %s.1)
; CHECK:        %5 = call nonnull ptr @reltab.vtable.load.ptr.40(ptr %s.1)
; CHECK-LABEL: define internal i32 @_RNvCs9FFTUSHdMhe_6shapes7consume(
; CHECK:        %6 = call nonnull ptr @reltab.vtable.load.ptr.24(ptr %_3.1)

; Odd marked reads and the volatile one stay loads.
; CHECK-LABEL: define internal i64 @reltab_test_odd_reads(
; CHECK:        %1 = load i32, ptr %0, align 4, !invariant.load
; CHECK:        %3 = load ptr, ptr %2, align 4, !invariant.load
; CHECK:        %5 = load i64, ptr %4, align 8, !invariant.load
; CHECK:        %7 = load volatile ptr, ptr %6, align 8, !invariant.load
; CHECK-NOT:    @reltab.vtable.load
; CHECK:        ret i64

; Declarations are not marked protected.
; CHECK:      declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #[[DECL:[0-9]+]]

; The protection functions, in the order of first use; no others.
; CHECK:      define linkonce_odr hidden i64 @reltab.vtable.load.word.8(ptr %0) #[[OWN:[0-9]+]] {
; CHECK-NEXT:   %2 = getelementptr inbounds i8, ptr %0, i64 8
; CHECK-NEXT:   %3 = load i64, ptr %2, align 8, !invariant.load ![[EMPTY:[0-9]+]]
; CHECK-NEXT:   ret i64 %3
; CHECK-NEXT: }
; CHECK:      define linkonce_odr hidden i64 @reltab.vtable.load.word.16(ptr %0) #[[OWN]] {
; CHECK-NEXT:   %2 = getelementptr inbounds i8, ptr %0, i64 16
; CHECK-NEXT:   %3 = load i64, ptr %2, align 8, !invariant.load ![[EMPTY]]
; CHECK-NEXT:   ret i64 %3
; CHECK-NEXT: }
; CHECK:      define linkonce_odr hidden ptr @reltab.vtable.load.ptr.0(ptr %0) #[[OWN]] {
; CHECK-NEXT:   %2 = load ptr, ptr %0, align 8, !invariant.load ![[EMPTY]]
; CHECK-NEXT:   ret ptr %2
; CHECK-NEXT: }
; CHECK:      define linkonce_odr hidden ptr @reltab.vtable.load.ptr.32(ptr %0) #[[OWN]] {
; CHECK-NEXT:   %2 = getelementptr inbounds i8, ptr %0, i64 32
; CHECK-NEXT:   %3 = load ptr, ptr %2, align 8, !invariant.load ![[EMPTY]]
; CHECK-NEXT:   ret ptr %3
; CHECK-NEXT: }
; CHECK:      define linkonce_odr hidden ptr @reltab.vtable.load.ptr.24(ptr %0) #[[OWN]] {
; CHECK-NEXT:   %2 = getelementptr inbounds i8, ptr %0, i64 24
; CHECK-NEXT:   %3 = load ptr, ptr %2, align 8, !invariant.load ![[EMPTY]]
; CHECK-NEXT:   ret ptr %3
; CHECK-NEXT: }
; CHECK:      define linkonce_odr hidden ptr @reltab.vtable.load.ptr.40(ptr %0) #[[OWN]] {
; CHECK-NEXT:   %2 = getelementptr inbounds i8, ptr %0, i64 40
; CHECK-NEXT:   %3 = load ptr, ptr %2, align 8, !invariant.load ![[EMPTY]]
; CHECK-NEXT:   ret ptr %3
; CHECK-NEXT: }
; CHECK-NOT:  define {{.*}}@reltab.vtable.load

; CHECK-DAG:  attributes #[[INLINEHINT]] = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "reltab-casts-recorded" "reltab-protected" "target-cpu"="x86-64" }
; CHECK-DAG:  attributes #[[PLAIN]] = { nonlazybind uwtable "probe-stack"="inline-asm" "reltab-casts-recorded" "reltab-protected" "target-cpu"="x86-64" }
; CHECK-DAG:  attributes #[[NOINLINE]] = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "reltab-casts-recorded" "reltab-protected" "target-cpu"="x86-64" }
; CHECK-DAG:  attributes #[[DECL]] = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
; CHECK-DAG:  attributes #[[OWN]] = { nofree noinline nosync nounwind willreturn memory(argmem: read) "reltab-vtable-load" }
; CHECK-DAG:  ![[EMPTY]] = !{}

source_filename = "shapes.70a87207977d34f6-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape4area, ptr @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape5scale, ptr @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape5sides }>, align 8
@alloc_0ae0accb60b700fe8d2e90793be18e2c = private unnamed_addr constant [2 x i8] c"ab", align 1
@vtable.2 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr, ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCs9FFTUSHdMhe_6shapes5NamedEBD_, [16 x i8] c"\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs_Cs9FFTUSHdMhe_6shapesNtB4_5NamedNtB4_5Shape4area, ptr @_RNvXs_Cs9FFTUSHdMhe_6shapesNtB4_5NamedNtB4_5Shape5scale, ptr @_RNvXs_Cs9FFTUSHdMhe_6shapesNtB4_5NamedNtB4_5Shape5sides }>, align 8

; core::mem::size_of_val::<dyn shapes::Shape>
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @_RINvNtCs8NwYtU1Mohg_4core3mem11size_of_valDNtCs9FFTUSHdMhe_6shapes5ShapeEL_EBH_(ptr %val.0, ptr align 8 %val.1) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = getelementptr inbounds i8, ptr %val.1, i64 8
  %2 = load i64, ptr %1, align 8, !invariant.load !4
  %3 = getelementptr inbounds i8, ptr %val.1, i64 16
  %4 = load i64, ptr %3, align 8, !invariant.load !4
  store i64 %2, ptr %0, align 8
  %_0 = load i64, ptr %0, align 8
  ret i64 %_0
}

; core::mem::align_of_val::<dyn shapes::Shape>
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @_RINvNtCs8NwYtU1Mohg_4core3mem12align_of_valDNtCs9FFTUSHdMhe_6shapes5ShapeEL_EBI_(ptr %val.0, ptr align 8 %val.1) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = getelementptr inbounds i8, ptr %val.1, i64 8
  %2 = load i64, ptr %1, align 8, !invariant.load !4
  %3 = getelementptr inbounds i8, ptr %val.1, i64 16
  %4 = load i64, ptr %3, align 8, !invariant.load !4
  store i64 %4, ptr %0, align 8
  %_0 = load i64, ptr %0, align 8
  ret i64 %_0
}

; core::ptr::drop_glue::<dyn shapes::Shape>
; Function Attrs: nonlazybind uwtable
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtCs9FFTUSHdMhe_6shapes5ShapeEL_EBE_(ptr %_1.0, ptr align 8 %_1.1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %_1.1, i64 0
  %1 = load ptr, ptr %0, align 8, !invariant.load !4
  %2 = icmp ne ptr %1, null
  br i1 %2, label %is_not_null, label %bb1

is_not_null:                                      ; preds = %start
  call void %1(ptr %_1.0) #4
  br label %bb1

bb1:                                              ; preds = %is_not_null, %start
  ret void
}

; core::ptr::drop_glue::<alloc::boxed::Box<dyn shapes::Shape>>
; Function Attrs: nonlazybind uwtable
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtCs9FFTUSHdMhe_6shapes5ShapeEL_EEB1d_(ptr align 8 %_1) unnamed_addr #1 personality ptr @rust_eh_personality {
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
; call <alloc::boxed::Box<dyn shapes::Shape> as core::ops::drop::Drop>::drop
  call void @_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtCs9FFTUSHdMhe_6shapes5ShapeEL_ENtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4dropBK_(ptr align 8 %_1) #4
  ret void

bb4:                                              ; preds = %cleanup
; invoke <alloc::boxed::Box<dyn shapes::Shape> as core::ops::drop::Drop>::drop
  invoke void @_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtCs9FFTUSHdMhe_6shapes5ShapeEL_ENtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4dropBK_(ptr align 8 %_1) #5
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
  call void @_RNvNtCs8NwYtU1Mohg_4core9panicking16panic_in_cleanup() #6
  unreachable

bb1:                                              ; preds = %bb4
  %10 = load ptr, ptr %0, align 8
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = load i32, ptr %11, align 8
  %13 = insertvalue { ptr, i32 } poison, ptr %10, 0
  %14 = insertvalue { ptr, i32 } %13, i32 %12, 1
  resume { ptr, i32 } %14
}

; core::ptr::drop_glue::<shapes::Named>
; Function Attrs: nonlazybind uwtable
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCs9FFTUSHdMhe_6shapes5NamedEBD_(ptr align 8 %_1) unnamed_addr #1 {
start:
; call core::ptr::drop_glue::<alloc::string::String>
  call void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECs9FFTUSHdMhe_6shapes(ptr align 8 %_1)
  ret void
}

; shapes::main (reduced: unwinding and overflow checks removed, show dropped)
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCs9FFTUSHdMhe_6shapes4main() unnamed_addr #1 {
start:
  %_9 = alloca [24 x i8], align 8
  %_8 = alloca [24 x i8], align 8
  %q = alloca [4 x i8], align 4
  store i32 3, ptr %q, align 4
; call shapes::total
  %a = call i32 @_RNvCs9FFTUSHdMhe_6shapes5total(ptr %q, ptr align 8 @vtable.1) #7
; call <alloc::string::String as core::convert::From<&str>>::from
  call void @_RNvXsK_NtCsbEht8wFNRx7_5alloc6stringNtB5_6StringINtNtCs8NwYtU1Mohg_4core7convert4FromReE4fromCs9FFTUSHdMhe_6shapes(ptr sret([24 x i8]) align 8 %_9, ptr @alloc_0ae0accb60b700fe8d2e90793be18e2c, i64 2) #4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_8, ptr align 8 %_9, i64 24, i1 false)
; call alloc::boxed::box_new_uninit
  %_3.i = call ptr @_RNvNtCsbEht8wFNRx7_5alloc5boxed14box_new_uninitCs9FFTUSHdMhe_6shapes(i64 8, i64 24)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_3.i, ptr align 8 %_8, i64 24, i1 false)
; call shapes::consume
  %b = call i32 @_RNvCs9FFTUSHdMhe_6shapes7consume(ptr %_3.i, ptr align 8 @vtable.2) #7
; call shapes::layout_of
  %0 = call { i64, i64 } @_RNvCs9FFTUSHdMhe_6shapes9layout_of(ptr %q, ptr align 8 @vtable.1) #7
  %_12.0 = extractvalue { i64, i64 } %0, 0
  %_12.1 = extractvalue { i64, i64 } %0, 1
  %_24.0 = add i32 %a, %b
  %_25 = trunc i64 %_12.0 to i32
  %_26.0 = add i32 %_24.0, %_25
  %_27 = trunc i64 %_12.1 to i32
  %_28.0 = add i32 %_26.0, %_27
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_28.0) #8
  unreachable
}

; shapes::total (reduced: overflow check removed)
; Function Attrs: noinline nonlazybind uwtable
define internal i32 @_RNvCs9FFTUSHdMhe_6shapes5total(ptr %s.0, ptr align 8 %s.1) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds i8, ptr %s.1, i64 32
  %1 = load ptr, ptr %0, align 8, !invariant.load !4, !nonnull !4
  call void %1(ptr %s.0, i32 2) #4
  %2 = getelementptr inbounds i8, ptr %s.1, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !4, !nonnull !4
  %_3 = call i32 %3(ptr %s.0) #4
  %4 = getelementptr inbounds i8, ptr %s.1, i64 40
  %5 = load ptr, ptr %4, align 8, !invariant.load !4, !nonnull !4
  %_5 = call i32 %5(ptr %s.0) #4
  %_7.0 = add i32 %_3, %_5
  ret i32 %_7.0
}

; shapes::consume
; Function Attrs: noinline nonlazybind uwtable
define internal i32 @_RNvCs9FFTUSHdMhe_6shapes7consume(ptr %0, ptr align 8 %1) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
  %2 = alloca [16 x i8], align 8
  %s = alloca [16 x i8], align 8
  store ptr %0, ptr %s, align 8
  %3 = getelementptr inbounds i8, ptr %s, i64 8
  store ptr %1, ptr %3, align 8
  %_3.0 = load ptr, ptr %s, align 8
  %4 = getelementptr inbounds i8, ptr %s, i64 8
  %_3.1 = load ptr, ptr %4, align 8
  %5 = getelementptr inbounds i8, ptr %_3.1, i64 24
  %6 = load ptr, ptr %5, align 8, !invariant.load !4, !nonnull !4
  %_0 = invoke i32 %6(ptr %_3.0)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_glue::<alloc::boxed::Box<dyn shapes::Shape>>
  invoke void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtCs9FFTUSHdMhe_6shapes5ShapeEL_EEB1d_(ptr align 8 %s) #5
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
; call core::ptr::drop_glue::<alloc::boxed::Box<dyn shapes::Shape>>
  call void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtCs9FFTUSHdMhe_6shapes5ShapeEL_EEB1d_(ptr align 8 %s)
  ret i32 %_0

terminate:                                        ; preds = %bb3
  %11 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCs8NwYtU1Mohg_4core9panicking16panic_in_cleanup() #6
  unreachable

bb4:                                              ; preds = %bb3
  %12 = load ptr, ptr %2, align 8
  %13 = getelementptr inbounds i8, ptr %2, i64 8
  %14 = load i32, ptr %13, align 8
  %15 = insertvalue { ptr, i32 } poison, ptr %12, 0
  %16 = insertvalue { ptr, i32 } %15, i32 %14, 1
  resume { ptr, i32 } %16
}

; shapes::layout_of
; Function Attrs: noinline nonlazybind uwtable
define internal { i64, i64 } @_RNvCs9FFTUSHdMhe_6shapes9layout_of(ptr %s.0, ptr align 8 %s.1) unnamed_addr #2 {
start:
; call core::mem::size_of_val::<dyn shapes::Shape>
  %_2 = call i64 @_RINvNtCs8NwYtU1Mohg_4core3mem11size_of_valDNtCs9FFTUSHdMhe_6shapes5ShapeEL_EBH_(ptr %s.0, ptr align 8 %s.1) #4
; call core::mem::align_of_val::<dyn shapes::Shape>
  %_3 = call i64 @_RINvNtCs8NwYtU1Mohg_4core3mem12align_of_valDNtCs9FFTUSHdMhe_6shapes5ShapeEL_EBI_(ptr %s.0, ptr align 8 %s.1) #4
  %0 = insertvalue { i64, i64 } poison, i64 %_2, 0
  %1 = insertvalue { i64, i64 } %0, i64 %_3, 1
  ret { i64, i64 } %1
}

; <shapes::Sq as shapes::Shape>::area (reduced: overflow check removed)
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape4area(ptr align 4 %self) unnamed_addr #1 {
start:
  %_2 = load i32, ptr %self, align 4
  %_3 = load i32, ptr %self, align 4
  %_4.0 = mul i32 %_2, %_3
  ret i32 %_4.0
}

; <shapes::Sq as shapes::Shape>::scale (reduced: overflow check removed)
; Function Attrs: nonlazybind uwtable
define internal void @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape5scale(ptr align 4 %self, i32 %k) unnamed_addr #1 {
start:
  %0 = load i32, ptr %self, align 4
  %_3.0 = mul i32 %0, %k
  store i32 %_3.0, ptr %self, align 4
  ret void
}

; <shapes::Sq as shapes::Shape>::sides
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXCs9FFTUSHdMhe_6shapesNtB2_2SqNtB2_5Shape5sides(ptr align 4 %self) unnamed_addr #1 {
start:
  ret i32 4
}

; <shapes::Named as shapes::Shape>::area
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXs_Cs9FFTUSHdMhe_6shapesNtB4_5NamedNtB4_5Shape4area(ptr align 8 %self) unnamed_addr #1 {
start:
; call <alloc::string::String>::len
  %_2 = call i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCs9FFTUSHdMhe_6shapes(ptr align 8 %self) #4
  %_0 = trunc i64 %_2 to i32
  ret i32 %_0
}

; <shapes::Named as shapes::Shape>::scale
; Function Attrs: nonlazybind uwtable
define internal void @_RNvXs_Cs9FFTUSHdMhe_6shapesNtB4_5NamedNtB4_5Shape5scale(ptr align 8 %self, i32 %_k) unnamed_addr #1 {
start:
; call <alloc::string::String>::push
  call void @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String4pushCs9FFTUSHdMhe_6shapes(ptr align 8 %self, i32 120) #4
  ret void
}

; <shapes::Named as shapes::Shape>::sides
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXs_Cs9FFTUSHdMhe_6shapesNtB4_5NamedNtB4_5Shape5sides(ptr align 8 %self) unnamed_addr #1 {
start:
  ret i32 0
}

; Hand-written (rustc marks only entry reads): `!invariant.load` reads from a
; vtable pointer at places no entry has: half a word, a slot off its word, a
; slot read as an integer, and a volatile read of slot 0.
; Function Attrs: nonlazybind uwtable
define internal i64 @reltab_test_odd_reads(ptr align 8 %vt) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %vt, i64 4
  %1 = load i32, ptr %0, align 4, !invariant.load !4
  %2 = getelementptr inbounds i8, ptr %vt, i64 28
  %3 = load ptr, ptr %2, align 4, !invariant.load !4
  %4 = getelementptr inbounds i8, ptr %vt, i64 32
  %5 = load i64, ptr %4, align 8, !invariant.load !4
  %6 = getelementptr inbounds i8, ptr %vt, i64 24
  %7 = load volatile ptr, ptr %6, align 8, !invariant.load !4
  %8 = zext i32 %1 to i64
  %9 = ptrtoint ptr %3 to i64
  %10 = ptrtoint ptr %7 to i64
  %11 = add i64 %8, %9
  %12 = add i64 %11, %5
  %13 = add i64 %12, %10
  ret i64 %13
}

; <alloc::boxed::Box<dyn shapes::Shape> as core::ops::drop::Drop>::drop
declare void @_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtCs9FFTUSHdMhe_6shapes5ShapeEL_ENtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4dropBK_(ptr align 8) unnamed_addr #0
; core::ptr::drop_glue::<alloc::string::String>
declare void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECs9FFTUSHdMhe_6shapes(ptr align 8) unnamed_addr #1
; <alloc::string::String as core::convert::From<&str>>::from
declare void @_RNvXsK_NtCsbEht8wFNRx7_5alloc6stringNtB5_6StringINtNtCs8NwYtU1Mohg_4core7convert4FromReE4fromCs9FFTUSHdMhe_6shapes(ptr sret([24 x i8]) align 8, ptr, i64) unnamed_addr #0
; alloc::boxed::box_new_uninit
declare ptr @_RNvNtCsbEht8wFNRx7_5alloc5boxed14box_new_uninitCs9FFTUSHdMhe_6shapes(i64, i64) unnamed_addr #0
; <alloc::string::String>::len
declare i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCs9FFTUSHdMhe_6shapes(ptr align 8) unnamed_addr #0
; <alloc::string::String>::push
declare void @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String4pushCs9FFTUSHdMhe_6shapes(ptr align 8, i32) unnamed_addr #0
; core::panicking::panic_in_cleanup
declare void @_RNvNtCs8NwYtU1Mohg_4core9panicking16panic_in_cleanup() unnamed_addr #3
; std::process::exit
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #9
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #10
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #11

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint }
attributes #5 = { cold }
attributes #6 = { cold noreturn nounwind }
attributes #7 = { noinline }
attributes #8 = { noreturn }
attributes #9 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}
!2 = !{i32 2, !"RtLibUseGOT", i32 1}
!4 = !{}
