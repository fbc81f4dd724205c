; Trait upcasting with a second supertrait: `trait A: B + C`. The vtable of
; <S as A> starts like <S as B> (b at 24) and then needs a pointer to the
; separate vtable of <S as C> for upcasting to &dyn C: slot 40 holds
; @alloc_<hash> (rustc emits the supertrait vtable as a const allocation, so
; it gets an alloc_ name even in --emit=llvm-ir). That slot is an entry of
; kind "supertrait" whose target is the other vtable, itself recognized (used
; "in-constant"). The upcast `let c: &dyn C = x` loads slot 40 and the call
; c.c() loads a method through the loaded pointer: that load is kind
; "supertrait", the second "method".
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1 up2.rs,
; reduced):
;   pub trait B { fn b(&self) -> u32; }
;   pub trait C { fn c(&self) -> u32; }
;   pub trait A: B + C { fn a(&self) -> u32; }
;   pub struct S(pub u32);
;   impl B for S { ... }  impl C for S { ... }  impl A for S { ... }
;   #[inline(never)]
;   pub fn call_c(x: &dyn A) -> u32 { let c: &dyn C = x; c.c() }
;   fn main() {
;       let s = S(std::hint::black_box(5));
;       std::process::exit(call_c(&s) as i32);
;   }

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json

; CHECK-LABEL: "totals": {
; CHECK-NEXT:    "vtables": 2,
; CHECK-NEXT:    "vtables_with_drop": 0,
; CHECK-NEXT:    "pointer_entries": 5,
; CHECK-NEXT:    "vtable_bytes": 88,
; CHECK-NEXT:    "pointer_entry_bytes": 40,
; CHECK-NEXT:    "load_sites": 2,
; CHECK-NEXT:    "load_sites_marked": 2,
; CHECK-NEXT:    "load_sites_protected": 0,
; CHECK-NEXT:    "load_sites_found_otherwise": 0,
; CHECK-NEXT:    "load_sites_by_kind": {
; CHECK-NEXT:      "method": 1,
; CHECK-NEXT:      "supertrait": 1
; CHECK-NEXT:    },
; CHECK-NEXT:    "unclassified": 0,
; CHECK-NEXT:    "near_misses": 0

; CHECK-LABEL: "vtables": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "name": "alloc_c81840b08a03d5993a4eabc986766750",
; CHECK-NEXT:      "implementation": "<up2::S as up2::C>",
; CHECK:           "uses": {
; CHECK-NEXT:        "in-constant": 1
; CHECK-NEXT:      }
; CHECK-NEXT:    },
; CHECK-NEXT:    {
; CHECK-NEXT:      "name": "vtable.1",
; CHECK-NEXT:      "implementation": "<up2::S as up2::A>",
; CHECK-NEXT:      "size": 4,
; CHECK-NEXT:      "align": 4,
; CHECK-NEXT:      "has_drop": false,
; CHECK-NEXT:      "bytes": 56,
; CHECK-NEXT:      "pointer_entries": 4,
; CHECK-NEXT:      "entries": [
; CHECK:               "kind": "align",
; CHECK-NEXT:          "value": 4
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 24,
; CHECK-NEXT:          "kind": "method",
; CHECK-NEXT:          "target": "<up2::S as up2::B>::b"
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 32,
; CHECK-NEXT:          "kind": "method",
; CHECK-NEXT:          "target": "<up2::S as up2::C>::c"
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 40,
; CHECK-NEXT:          "kind": "supertrait",
; CHECK-NEXT:          "target": "alloc_c81840b08a03d5993a4eabc986766750"
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 48,
; CHECK-NEXT:          "kind": "method",
; CHECK-NEXT:          "target": "<up2::S as up2::A>::a"
; CHECK-NEXT:        }
; CHECK-NEXT:      ],
; CHECK-NEXT:      "uses": {
; CHECK-NEXT:        "call-argument": 1
; CHECK-NEXT:      }
; CHECK-NEXT:    }
; CHECK-NEXT:  ],
; CHECK-NEXT:  "load_sites": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "function": "up2::call_c",
; CHECK-NEXT:      "offset": 40,
; CHECK-NEXT:      "kind": "supertrait",
; CHECK-NEXT:      "found_by": "invariant-load"
; CHECK-NEXT:    },
; CHECK-NEXT:    {
; CHECK-NEXT:      "function": "up2::call_c",
; CHECK-NEXT:      "offset": 24,
; CHECK-NEXT:      "kind": "method",
; CHECK-NEXT:      "found_by": "invariant-load"
; CHECK-NEXT:    }
; CHECK-NEXT:  ],

source_filename = "up2.47dac12032045b9f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_c81840b08a03d5993a4eabc986766750 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs_Cs6atKBOeD5sp_3up2NtB4_1SNtB4_1C1c }>, align 8
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCs6atKBOeD5sp_3up2NtB2_1SNtB2_1B1b, ptr @_RNvXs_Cs6atKBOeD5sp_3up2NtB4_1SNtB4_1C1c, ptr @alloc_c81840b08a03d5993a4eabc986766750, ptr @_RNvXs0_Cs6atKBOeD5sp_3up2NtB5_1SNtB5_1A1a }>, align 8

; up2::main
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCs6atKBOeD5sp_3up24main() unnamed_addr #1 {
start:
  %s = alloca [4 x i8], align 4
; call core::hint::black_box::<u32>
  %_2 = call i32 @_RINvNtCs8NwYtU1Mohg_4core4hint9black_boxmECs6atKBOeD5sp_3up2(i32 5) #7
  store i32 %_2, ptr %s, align 4
; call up2::call_c
  %_10 = call i32 @_RNvCs6atKBOeD5sp_3up26call_c(ptr %s, ptr align 8 @vtable.1) #8
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_10) #9
  unreachable
}

; up2::call_c
; Function Attrs: noinline nonlazybind uwtable
define internal i32 @_RNvCs6atKBOeD5sp_3up26call_c(ptr %x.0, ptr align 8 %x.1) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds i8, ptr %x.1, i64 40
  %c.1 = load ptr, ptr %0, align 8, !invariant.load !5, !nonnull !5
  %1 = getelementptr inbounds i8, ptr %c.1, i64 24
  %2 = load ptr, ptr %1, align 8, !invariant.load !5, !nonnull !5
  %_0 = call i32 %2(ptr %x.0) #7
  ret i32 %_0
}

; <up2::S as up2::B>::b
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXCs6atKBOeD5sp_3up2NtB2_1SNtB2_1B1b(ptr align 4 %self) unnamed_addr #1 {
start:
  %_2 = load i32, ptr %self, align 4
  %_3.0 = add i32 %_2, 1
  ret i32 %_3.0
}

; <up2::S as up2::A>::a
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXs0_Cs6atKBOeD5sp_3up2NtB5_1SNtB5_1A1a(ptr align 4 %self) unnamed_addr #1 {
start:
  %_0 = load i32, ptr %self, align 4
  ret i32 %_0
}

; <up2::S as up2::C>::c
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXs_Cs6atKBOeD5sp_3up2NtB4_1SNtB4_1C1c(ptr align 4 %self) unnamed_addr #1 {
start:
  %_2 = load i32, ptr %self, align 4
  %_3.0 = add i32 %_2, 2
  ret i32 %_3.0
}

; core::hint::black_box::<u32>
declare i32 @_RINvNtCs8NwYtU1Mohg_4core4hint9black_boxmECs6atKBOeD5sp_3up2(i32) unnamed_addr #0
; std::process::exit
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #4

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { inlinehint }
attributes #8 = { noinline }
attributes #9 = { noreturn }

!5 = !{}
