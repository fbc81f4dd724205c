; The upcast load when the upcast is returned: `fn to_c(x: &dyn A) -> &dyn C
; { x }` loads slot 40 of the <S as A> vtable (a supertrait entry pointing at
; the <S as C> vtable) and returns it as the metadata of the new wide pointer;
; main passes it on to use_c, which calls c() through it. The load in to_c
; reads a supertrait slot and its value is used as a vtable, so its kind must
; be "supertrait", as for the upcast in supertrait.ll.
;
; Regression (found in reltab 0.1.0, fixed since): the load in up::to_c is reported with kind "slot".
; loads.rs classifies a slot load as "supertrait" only when the loaded value
; itself is a known vtable pointer, and that set only grows forward through
; phi/select and call arguments; a value returned inside a { ptr, ptr }
; (insertvalue + ret, then extractvalue in the caller) is not followed. Yet
; the pass has the answer statically: %x.1 only ever receives @vtable.1,
; whose entry at offset 40 is a supertrait entry.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1 up.rs,
; reduced):
;   pub trait B { fn b(&self) -> u32; }
;   pub trait C { fn c(&self) -> u32; }
;   pub trait A: B + C { fn a(&self) -> u32; }
;   pub struct S(pub u32);
;   impl B for S { ... }  impl C for S { ... }  impl A for S { ... }
;   #[inline(never)]
;   pub fn to_c(x: &dyn A) -> &dyn C { x }
;   #[inline(never)]
;   pub fn use_c(c: &dyn C) -> u32 { c.c() }
;   fn main() { let s = S(5); std::process::exit(use_c(to_c(&s)) as i32); }

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json

; CHECK-LABEL: "load_sites_by_kind": {
; CHECK-NEXT:      "method": 1,
; CHECK-NEXT:      "supertrait": 1
; CHECK-NEXT:    },

; CHECK-LABEL: "load_sites": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "function": "up::to_c",
; CHECK-NEXT:      "offset": 40,
; CHECK-NEXT:      "kind": "supertrait",
; CHECK-NEXT:      "found_by": "invariant-load"
; CHECK-NEXT:    },
; CHECK-NEXT:    {
; CHECK-NEXT:      "function": "up::use_c",
; CHECK-NEXT:      "offset": 24,
; CHECK-NEXT:      "kind": "method",
; CHECK-NEXT:      "found_by": "invariant-load"
; CHECK-NEXT:    }
; CHECK-NEXT:  ],

source_filename = "up.26e139dd5f0834a0-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_4cf398c3e7bd31d27414e58421f04218 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs_Cs3kXhEyQMYDY_2upNtB4_1SNtB4_1C1c }>, align 8
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCs3kXhEyQMYDY_2upNtB2_1SNtB2_1B1b, ptr @_RNvXs_Cs3kXhEyQMYDY_2upNtB4_1SNtB4_1C1c, ptr @alloc_4cf398c3e7bd31d27414e58421f04218, ptr @_RNvXs0_Cs3kXhEyQMYDY_2upNtB5_1SNtB5_1A1a }>, align 8

; up::main
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCs3kXhEyQMYDY_2up4main() unnamed_addr #0 {
start:
  %s = alloca [4 x i8], align 4
  store i32 5, ptr %s, align 4
; call up::to_c
  %0 = call { ptr, ptr } @_RNvCs3kXhEyQMYDY_2up4to_c(ptr %s, ptr align 8 @vtable.1) #8
  %_5.0 = extractvalue { ptr, ptr } %0, 0
  %_5.1 = extractvalue { ptr, ptr } %0, 1
; call up::use_c
  %_4 = call i32 @_RNvCs3kXhEyQMYDY_2up5use_c(ptr %_5.0, ptr align 8 %_5.1) #8
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_4) #9
  unreachable
}

; up::to_c
; Function Attrs: noinline nonlazybind uwtable
define internal { ptr, ptr } @_RNvCs3kXhEyQMYDY_2up4to_c(ptr %x.0, ptr align 8 %x.1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %x.1, i64 40
  %_0.1 = load ptr, ptr %0, align 8, !invariant.load !5, !nonnull !5
  %1 = insertvalue { ptr, ptr } poison, ptr %x.0, 0
  %2 = insertvalue { ptr, ptr } %1, ptr %_0.1, 1
  ret { ptr, ptr } %2
}

; up::use_c
; Function Attrs: noinline nonlazybind uwtable
define internal i32 @_RNvCs3kXhEyQMYDY_2up5use_c(ptr %c.0, ptr align 8 %c.1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %c.1, i64 24
  %1 = load ptr, ptr %0, align 8, !invariant.load !5, !nonnull !5
  %_0 = call i32 %1(ptr %c.0) #7
  ret i32 %_0
}

; <up::S as up::B>::b
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXCs3kXhEyQMYDY_2upNtB2_1SNtB2_1B1b(ptr align 4 %self) unnamed_addr #0 {
start:
  %_2 = load i32, ptr %self, align 4
  %_3.0 = add i32 %_2, 1
  ret i32 %_3.0
}

; <up::S as up::A>::a
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXs0_Cs3kXhEyQMYDY_2upNtB5_1SNtB5_1A1a(ptr align 4 %self) unnamed_addr #0 {
start:
  %_0 = load i32, ptr %self, align 4
  ret i32 %_0
}

; <up::S as up::C>::c
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXs_Cs3kXhEyQMYDY_2upNtB4_1SNtB4_1C1c(ptr align 4 %self) unnamed_addr #0 {
start:
  %_2 = load i32, ptr %self, align 4
  %_3.0 = add i32 %_2, 2
  ret i32 %_3.0
}

; std::process::exit
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #4

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { inlinehint }
attributes #8 = { noinline }
attributes #9 = { noreturn }

!5 = !{}
