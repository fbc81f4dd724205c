; Code generation of a converted module for aarch64 (-mtriple=aarch64-unknown-
; linux-gnu), position-independent. As on x86_64 (codegen-x86_64.ll): the
; relative vtables go to `.rodata`, not `.data.rel.ro`; an entry is
; `.word <method>-.Lvtable.0` for a method defined in the module and
; `.word <method>@PLT-.Lvtable.1` (LLVM 22's syntax for a PLT-relative
; difference) for one only declared; a dyn call is `ldrsw` of the entry plus
; `add` of the vtable address before `blr`. In the object file the vtables'
; relocations are R_AARCH64_PREL32 and R_AARCH64_PLT32, resolved at link
; time; no R_AARCH64_ABS64 (the dynamic relocation of absolute vtables, prefix
; ABS) and no R_AARCH64_RELATIVE.
;
; Source: a two-crate `#![no_core]` program (no aarch64 standard library is
; installed here), compiled by rustc +nightly --target aarch64-unknown-linux-
; gnu -Copt-level=0 -Cpanic=abort; the main crate with --crate-type=bin
; --emit=llvm-ir -Ccodegen-units=1, unreduced. The dependency shapes_dep
; defines the lang items, `pub trait Shape { fn area(&self) -> u32;
; fn scale(&mut self, k: u32); }` and `pub struct Tri(pub u32)` with
; `impl Shape for Tri` (#[inline(never)] methods: declared in the main crate).
; The main crate (cg.rs):
;   #![no_core] #![no_main]
;   extern crate shapes_dep;
;   use shapes_dep::{Shape, Tri};
;   pub struct Sq(pub u32);
;   impl Shape for Sq { fn area(&self) -> u32 { self.0 } fn scale(&mut self, k: u32) { let _ = k; } }
;   #[inline(never)]
;   fn total(s: &mut dyn Shape) -> u32 { s.scale(2); s.area() }
;   #[no_mangle]
;   pub extern "C" fn main() -> u32 {
;       let mut q = Sq(3);
;       let mut t = Tri(4);
;       let _ = total(&mut q);
;       total(&mut t)
;   }

; REQUIRES: aarch64-registered-target
; RUN: %opt -passes=reltab -reltab-layout=relative %s -o %t.bc
; RUN: llc -mtriple=aarch64-unknown-linux-gnu -relocation-model=pic %t.bc -o - | FileCheck %s --check-prefix=ASM --implicit-check-not=.data.rel.ro
; RUN: llc -mtriple=aarch64-unknown-linux-gnu -relocation-model=pic -filetype=obj %t.bc -o %t.o
; RUN: llvm-readobj -r %t.o | FileCheck %s --check-prefix=RELOC --implicit-check-not=R_AARCH64_ABS64 --implicit-check-not=R_AARCH64_RELATIVE --implicit-check-not=data.rel.ro
; RUN: llvm-objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=DIS
; RUN: llc -mtriple=aarch64-unknown-linux-gnu -relocation-model=pic -filetype=obj %s -o %t.abs.o
; RUN: llvm-readobj -r %t.abs.o | FileCheck %s --check-prefix=ABS

; The dyn calls of total: slot 1 (relative offset 28), then slot 0 (24).
; ASM-LABEL: _RNvCsg6Jltz5Zlpa_2cg5total:
; ASM:         ldrsw [[F:x[0-9]+]], [[[VT:x[0-9]+]], #28]
; ASM:         add [[F]], [[VT]], [[F]]
; ASM:         blr [[F]]
; ASM:         ldrsw [[G:x[0-9]+]], [[[VT2:x[0-9]+]], #24]
; ASM:         add [[G]], [[VT2]], [[G]]
; ASM-NEXT:    blr [[G]]

; ASM:         .type .Lvtable.0,@object
; ASM-NEXT:    .section .rodata,"a",@progbits
; ASM-NEXT:    .p2align 3, 0x0
; ASM-NEXT:  .Lvtable.0:
; ASM-NEXT:    .word 0
; ASM-NEXT:    .word 0
; ASM-NEXT:    .xword 4
; ASM-NEXT:    .xword 4
; ASM-NEXT:    .word _RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtCs75Z7WEcNLnh_10shapes_dep5Shape4area-.Lvtable.0
; ASM-NEXT:    .word _RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtCs75Z7WEcNLnh_10shapes_dep5Shape5scale-.Lvtable.0
; ASM-NEXT:    .size .Lvtable.0, 32
; ASM:         .type .Lvtable.1,@object
; ASM-NOT:     .section
; ASM:       .Lvtable.1:
; ASM-NEXT:    .word 0
; ASM-NEXT:    .word 0
; ASM-NEXT:    .xword 4
; ASM-NEXT:    .xword 4
; ASM-NEXT:    .word _RNvXs5_Cs75Z7WEcNLnh_10shapes_depNtB5_3TriNtB5_5Shape4area@PLT-.Lvtable.1
; ASM-NEXT:    .word _RNvXs5_Cs75Z7WEcNLnh_10shapes_depNtB5_3TriNtB5_5Shape5scale@PLT-.Lvtable.1
; ASM-NEXT:    .size .Lvtable.1, 32

; RELOC:      Section ({{[0-9]+}}) .rela.rodata {
; RELOC-NEXT:   0x18 R_AARCH64_PREL32 .text 0x{{[0-9A-F]+}}
; RELOC-NEXT:   0x1C R_AARCH64_PREL32 .text 0x{{[0-9A-F]+}}
; RELOC-NEXT:   0x38 R_AARCH64_PLT32 _RNvXs5_Cs75Z7WEcNLnh_10shapes_depNtB5_3TriNtB5_5Shape4area 0x18
; RELOC-NEXT:   0x3C R_AARCH64_PLT32 _RNvXs5_Cs75Z7WEcNLnh_10shapes_depNtB5_3TriNtB5_5Shape5scale 0x1C
; RELOC-NEXT: }

; DIS-LABEL: <_RNvCsg6Jltz5Zlpa_2cg5total>:
; DIS:         ldrsw x8, [x1, #0x1c]
; DIS:         add x8, x1, x8
; DIS:         blr x8

; ABS:      Section ({{[0-9]+}}) .rela.data.rel.ro {
; ABS-NEXT:   0x18 R_AARCH64_ABS64 .text
; ABS-NEXT:   0x20 R_AARCH64_ABS64 .text
; ABS-NEXT:   0x40 R_AARCH64_ABS64 _RNvXs5_Cs75Z7WEcNLnh_10shapes_depNtB5_3TriNtB5_5Shape4area 0x0
; ABS-NEXT:   0x48 R_AARCH64_ABS64 _RNvXs5_Cs75Z7WEcNLnh_10shapes_depNtB5_3TriNtB5_5Shape5scale 0x0
; ABS-NEXT: }

source_filename = "cg.bba06186637fc436-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtCs75Z7WEcNLnh_10shapes_dep5Shape4area, ptr @_RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtCs75Z7WEcNLnh_10shapes_dep5Shape5scale }>, align 8
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs5_Cs75Z7WEcNLnh_10shapes_depNtB5_3TriNtB5_5Shape4area, ptr @_RNvXs5_Cs75Z7WEcNLnh_10shapes_depNtB5_3TriNtB5_5Shape5scale }>, align 8

; cg::total
; Function Attrs: noinline nounwind uwtable
define internal i32 @_RNvCsg6Jltz5Zlpa_2cg5total(ptr %s.0, ptr align 8 %s.1) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds i8, ptr %s.1, i64 32
  %1 = load ptr, ptr %0, align 8, !invariant.load !3, !nonnull !3
  call void %1(ptr %s.0, i32 2) #2
  %2 = getelementptr inbounds i8, ptr %s.1, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !3, !nonnull !3
  %_0 = call i32 %3(ptr %s.0) #2
  ret i32 %_0
}

; <cg::Sq as shapes_dep::Shape>::area
; Function Attrs: nounwind uwtable
define internal i32 @_RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtCs75Z7WEcNLnh_10shapes_dep5Shape4area(ptr align 4 %self) unnamed_addr #1 {
start:
  %_0 = load i32, ptr %self, align 4
  ret i32 %_0
}

; <cg::Sq as shapes_dep::Shape>::scale
; Function Attrs: nounwind uwtable
define internal void @_RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtCs75Z7WEcNLnh_10shapes_dep5Shape5scale(ptr align 4 %self, i32 %k) unnamed_addr #1 {
start:
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() unnamed_addr #1 {
start:
  %t = alloca [4 x i8], align 4
  %q = alloca [4 x i8], align 4
  store i32 3, ptr %q, align 4
  store i32 4, ptr %t, align 4
; call cg::total
  %_3 = call i32 @_RNvCsg6Jltz5Zlpa_2cg5total(ptr %q, ptr align 8 @vtable.0) #3
; call cg::total
  %_0 = call i32 @_RNvCsg6Jltz5Zlpa_2cg5total(ptr %t, ptr align 8 @vtable.1) #3
  ret i32 %_0
}

; <shapes_dep::Tri as shapes_dep::Shape>::area
; Function Attrs: noinline nounwind uwtable
declare i32 @_RNvXs5_Cs75Z7WEcNLnh_10shapes_depNtB5_3TriNtB5_5Shape4area(ptr align 4) unnamed_addr #0

; <shapes_dep::Tri as shapes_dep::Shape>::scale
; Function Attrs: noinline nounwind uwtable
declare void @_RNvXs5_Cs75Z7WEcNLnh_10shapes_depNtB5_3TriNtB5_5Shape5scale(ptr align 4, i32) unnamed_addr #0

attributes #0 = { noinline nounwind uwtable "frame-pointer"="non-leaf" "probe-stack"="inline-asm" "target-cpu"="generic" "target-features"="+v8a,+outline-atomics" }
attributes #1 = { nounwind uwtable "frame-pointer"="non-leaf" "probe-stack"="inline-asm" "target-cpu"="generic" "target-features"="+v8a,+outline-atomics" }
attributes #2 = { inlinehint nounwind }
attributes #3 = { noinline nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}
!2 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
!3 = !{}
