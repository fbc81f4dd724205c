; The vtable of a constant trait object: `const X: &dyn Display = &42i32;`
; is evaluated at compile time, and its vtable (<i32 as core::fmt::Display>:
; null drop, size 4, align 4, one method) comes out of the constant's
; evaluated value rather than from the codegen of an unsizing cast: even with
; --emit=llvm-ir it gets no @vtable.N name but an anonymous one,
; @anon.<hash>.0 (next to the value's own allocation @alloc_<hash>, the
; [4 x i8] 42). It is recognized like any vtable, and so is the method load
; through it in spec_to_string.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1 ce.rs,
; reduced: formatting and unwinding removed):
;   use std::fmt::Display;
;   const X: &dyn Display = &42i32;
;   #[inline(never)]
;   pub fn show(d: &dyn Display) -> String { d.to_string() }
;   fn main() { println!("{}", show(X)); }

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json

; CHECK-LABEL: "totals": {
; CHECK-NEXT:    "vtables": 1,
; CHECK:         "near_misses": 0

; CHECK-LABEL: "vtables": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "name": "anon.aa850ab337f741c704111cd679af9a8d.0",
; CHECK-NEXT:      "implementation": "<i32 as core::fmt::Display>",
; CHECK-NEXT:      "size": 4,
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
; CHECK-NEXT:          "value": 4
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 16,
; CHECK-NEXT:          "kind": "align",
; CHECK-NEXT:          "value": 4
; CHECK-NEXT:        },
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 24,
; CHECK-NEXT:          "kind": "method",
; CHECK-NEXT:          "target": "<i32 as core::fmt::Display>::fmt"
; CHECK-NEXT:        }
; CHECK-NEXT:      ],
; CHECK-NEXT:      "uses": {
; CHECK-NEXT:        "call-argument": 1
; CHECK-NEXT:      }
; CHECK-NEXT:    }
; CHECK-NEXT:  ],
; CHECK-NEXT:  "load_sites": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "function": "<dyn core::fmt::Display as alloc::string::SpecToString>::spec_to_string",
; CHECK-NEXT:      "offset": 24,
; CHECK-NEXT:      "kind": "method",
; CHECK-NEXT:      "found_by": "invariant-load"
; CHECK-NEXT:    }
; CHECK-NEXT:  ],
; CHECK-NEXT:  "unclassified": []

source_filename = "ce.c703912aea0c6dbd-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_004acfa89553cbafbb2b2f00006c54c3 = private unnamed_addr constant [4 x i8] c"*\00\00\00", align 4
@anon.aa850ab337f741c704111cd679af9a8d.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs9_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3implNtB9_7Display3fmt }>, align 8

; ce::main
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCsh5ltWDksv7d_2ce4main() unnamed_addr #2 {
start:
  %_5 = alloca [24 x i8], align 8
; call ce::show
  call void @_RNvCsh5ltWDksv7d_2ce4show(ptr sret([24 x i8]) align 8 %_5, ptr @alloc_004acfa89553cbafbb2b2f00006c54c3, ptr align 8 @anon.aa850ab337f741c704111cd679af9a8d.0) #16
  ret void
}

; ce::show
; Function Attrs: noinline nonlazybind uwtable
define internal void @_RNvCsh5ltWDksv7d_2ce4show(ptr sret([24 x i8]) align 8 %_0, ptr %d.0, ptr align 8 %d.1) unnamed_addr #3 {
start:
; call <dyn core::fmt::Display as alloc::string::ToString>::to_string
  call void @_RNvXsB_NtCsbEht8wFNRx7_5alloc6stringDNtNtCs8NwYtU1Mohg_4core3fmt7DisplayEL_NtB5_8ToString9to_stringCsh5ltWDksv7d_2ce(ptr sret([24 x i8]) align 8 %_0, ptr %d.0, ptr align 8 %d.1) #15
  ret void
}

; <dyn core::fmt::Display as alloc::string::ToString>::to_string
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvXsB_NtCsbEht8wFNRx7_5alloc6stringDNtNtCs8NwYtU1Mohg_4core3fmt7DisplayEL_NtB5_8ToString9to_stringCsh5ltWDksv7d_2ce(ptr sret([24 x i8]) align 8 %_0, ptr %self.0, ptr align 8 %self.1) unnamed_addr #0 {
start:
; call <dyn core::fmt::Display as alloc::string::SpecToString>::spec_to_string
  call void @_RNvXsC_NtCsbEht8wFNRx7_5alloc6stringDNtNtCs8NwYtU1Mohg_4core3fmt7DisplayEL_NtB5_12SpecToString14spec_to_stringCsh5ltWDksv7d_2ce(ptr sret([24 x i8]) align 8 %_0, ptr %self.0, ptr align 8 %self.1) #15
  ret void
}

; <dyn core::fmt::Display as alloc::string::SpecToString>::spec_to_string
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvXsC_NtCsbEht8wFNRx7_5alloc6stringDNtNtCs8NwYtU1Mohg_4core3fmt7DisplayEL_NtB5_12SpecToString14spec_to_stringCsh5ltWDksv7d_2ce(ptr sret([24 x i8]) align 8 %_0, ptr %self.0, ptr align 8 %self.1) unnamed_addr #0 {
start:
  %formatter = alloca [24 x i8], align 8
  %7 = getelementptr inbounds i8, ptr %self.1, i64 24
  %8 = load ptr, ptr %7, align 8, !invariant.load !5, !nonnull !5
  %_8 = call zeroext i1 %8(ptr %self.0, ptr align 8 %formatter)
  ret void
}

; <i32 as core::fmt::Display>::fmt
; Function Attrs: nonlazybind uwtable
declare zeroext i1 @_RNvXs9_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3implNtB9_7Display3fmt(ptr align 4, ptr align 8) unnamed_addr #2

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #15 = { inlinehint }
attributes #16 = { noinline }

!5 = !{}
