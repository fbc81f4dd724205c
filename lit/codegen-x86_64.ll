; Code generation of a converted module for x86_64, position-independent
; (rustc's default for executables). The relative vtables hold no absolute
; address: llc puts them in `.rodata` (not `.data.rel.ro`), each entry a
; 32-bit difference from the vtable's own label: `.long <method>-.Lvtable.1`
; for a method defined in the module, `.long <method>@PLT-.Lvtable.2` for one
; that is only declared (dso_local_equivalent). A dyn call loads the entry
; sign-extended and adds the vtable address (`movslq` + `addq`) before the
; indirect call. In the object file the vtables' section has only link-time,
; PC-relative relocations (R_X86_64_PC32, R_X86_64_PLT32): nothing that
; becomes a dynamic relocation (R_X86_64_64 / R_X86_64_RELATIVE). Without the
; pass (prefix ABS), the same module puts its vtables in .data.rel.ro with
; one R_X86_64_64 per entry.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1
; cg.rs, reduced: main without unwinding and overflow checks, lang_start
; and the String helpers dropped or declared):
;   use std::fmt::{Display, Write};
;   pub trait Shape { fn area(&self) -> u32; fn scale(&mut self, k: u32); }
;   pub struct Sq(pub u32);
;   impl Shape for Sq { ... }
;   #[inline(never)]
;   pub fn total(s: &mut dyn Shape) -> u32 { s.scale(2); s.area() }
;   #[inline(never)]
;   pub fn show(d: &dyn Display, out: &mut String) { let _ = write!(out, "{d}"); }
;   fn main() {
;       let mut q = Sq(3);
;       let a = total(&mut q);
;       let mut s = String::new();
;       show(&5u16, &mut s);
;       std::process::exit(a as i32 + s.len() as i32);
;   }

; REQUIRES: x86-64-registered-target
; RUN: %opt -passes=reltab -reltab-layout=relative %s -o %t.bc
; RUN: llc -relocation-model=pic %t.bc -o - | FileCheck %s --check-prefix=ASM --implicit-check-not=.data.rel.ro
; RUN: llc -relocation-model=pic -filetype=obj %t.bc -o %t.o
; RUN: llvm-readobj -r %t.o | FileCheck %s --check-prefix=RELOC --implicit-check-not=R_X86_64_64 --implicit-check-not=R_X86_64_RELATIVE --implicit-check-not=data.rel.ro
; RUN: llc -relocation-model=pic -filetype=obj %s -o %t.abs.o
; RUN: llvm-readobj -r %t.abs.o | FileCheck %s --check-prefix=ABS

; The dyn calls of total: slot 1 (relative offset 28), then slot 0 (24).
; ASM-LABEL: _RNvCsg6Jltz5Zlpa_2cg5total:
; ASM:         movslq 28(%[[VT:[a-z0-9]+]]), %[[F:[a-z0-9]+]]
; ASM-NEXT:    addq %[[VT]], %[[F]]
; ASM-NEXT:    movl $2, %esi
; ASM-NEXT:    callq *%[[F]]
; ASM:         movslq 24(%[[VT2:[a-z0-9]+]]), %[[G:[a-z0-9]+]]
; ASM-NEXT:    addq %[[VT2]], %[[G]]
; ASM:         callq *%[[G]]
; ASM-LABEL: _RNvXs1i_NtCs8NwYtU1Mohg_4core3fmtRDNtB6_7DisplayEL_Bx_3fmtCsg6Jltz5Zlpa_2cg:
; ASM:         movslq 24(%[[VT3:[a-z0-9]+]]), %[[H:[a-z0-9]+]]
; ASM-NEXT:    addq %[[VT3]], %[[H]]
; ASM:         callq *%[[H]]

; ASM:         .type .Lvtable.1,@object
; ASM-NEXT:    .section .rodata,"a",@progbits
; ASM-NEXT:    .p2align 3, 0x0
; ASM-NEXT:  .Lvtable.1:
; ASM-NEXT:    .long 0
; ASM-NEXT:    .long 0
; ASM-NEXT:    .quad 4
; ASM-NEXT:    .quad 4
; ASM-NEXT:    .long _RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtB2_5Shape4area-.Lvtable.1
; ASM-NEXT:    .long _RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtB2_5Shape5scale-.Lvtable.1
; ASM-NEXT:    .size .Lvtable.1, 32
; ASM:         .type .Lvtable.2,@object
; ASM-NOT:     .section
; ASM:       .Lvtable.2:
; ASM-NEXT:    .long 0
; ASM-NEXT:    .long 0
; ASM-NEXT:    .quad 2
; ASM-NEXT:    .quad 2
; ASM-NEXT:    .long _RNvXs3_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3imptNtB9_7Display3fmt@PLT-.Lvtable.2
; ASM-NEXT:    .size .Lvtable.2, 28

; RELOC:      Section ({{[0-9]+}}) .rela.rodata {
; RELOC-NEXT:   0x18 R_X86_64_PC32 .text 0x{{[0-9A-F]+}}
; RELOC-NEXT:   0x1C R_X86_64_PC32 .text 0x{{[0-9A-F]+}}
; RELOC-NEXT:   0x38 R_X86_64_PLT32 _RNvXs3_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3imptNtB9_7Display3fmt 0x18
; RELOC-NEXT: }

; ABS:      Section ({{[0-9]+}}) .rela.data.rel.ro {
; ABS-NEXT:   0x18 R_X86_64_64 .text
; ABS-NEXT:   0x20 R_X86_64_64 .text
; ABS-NEXT:   0x40 R_X86_64_64 _RNvXs3_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3imptNtB9_7Display3fmt 0x0
; ABS-NEXT: }

source_filename = "cg.bba06186637fc436-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::fmt::rt::Argument<'_>" = type { %"core::fmt::rt::ArgumentType<'_>" }
%"core::fmt::rt::ArgumentType<'_>" = type { ptr, [1 x i64] }

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtB2_5Shape4area, ptr @_RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtB2_5Shape5scale }>, align 8
@alloc_9129ce702928c07b29c6cd6ae1381f71 = private unnamed_addr constant [2 x i8] c"\05\00", align 2
@vtable.2 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00", ptr @_RNvXs3_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3imptNtB9_7Display3fmt }>, align 8
@alloc_0c812808379efded5a4fb82d2790b556 = private unnamed_addr constant [2 x i8] c"\C0\00", align 1

; <core::fmt::rt::Argument>::new_display::<&dyn core::fmt::Display>
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RINvMNtNtCs8NwYtU1Mohg_4core3fmt2rtNtB3_8Argument11new_displayRDNtB5_7DisplayEL_ECsg6Jltz5Zlpa_2cg(ptr sret([16 x i8]) align 8 %_0, ptr align 8 %x) unnamed_addr #0 {
start:
  %_2 = alloca [16 x i8], align 8
  store ptr %x, ptr %_2, align 8
  %0 = getelementptr inbounds i8, ptr %_2, i64 8
  store ptr @_RNvXs1i_NtCs8NwYtU1Mohg_4core3fmtRDNtB6_7DisplayEL_Bx_3fmtCsg6Jltz5Zlpa_2cg, ptr %0, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %_2, i64 16, i1 false)
  ret void
}

; cg::main (reduced: no unwinding, no overflow check)
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCsg6Jltz5Zlpa_2cg4main() unnamed_addr #2 {
start:
  %s = alloca [24 x i8], align 8
  %q = alloca [4 x i8], align 4
  store i32 3, ptr %q, align 4
; call cg::total
  %a = call i32 @_RNvCsg6Jltz5Zlpa_2cg5total(ptr %q, ptr align 8 @vtable.1) #5
; call <alloc::string::String>::new
  call void @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3newCsg6Jltz5Zlpa_2cg(ptr sret([24 x i8]) align 8 %s) #4
; call cg::show
  call void @_RNvCsg6Jltz5Zlpa_2cg4show(ptr @alloc_9129ce702928c07b29c6cd6ae1381f71, ptr align 8 @vtable.2, ptr align 8 %s)
; call <alloc::string::String>::len
  %_14 = call i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCsg6Jltz5Zlpa_2cg(ptr align 8 %s)
  %_13 = trunc i64 %_14 to i32
  %_16.0 = add i32 %a, %_13
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_16.0) #6
  unreachable
}

; cg::show
; Function Attrs: noinline nonlazybind uwtable
define internal void @_RNvCsg6Jltz5Zlpa_2cg4show(ptr %0, ptr align 8 %1, ptr align 8 %out) unnamed_addr #3 {
start:
  %_8 = alloca [16 x i8], align 8
  %args = alloca [16 x i8], align 8
  %d = alloca [16 x i8], align 8
  store ptr %0, ptr %d, align 8
  %2 = getelementptr inbounds i8, ptr %d, i64 8
  store ptr %1, ptr %2, align 8
; call <core::fmt::rt::Argument>::new_display::<&dyn core::fmt::Display>
  call void @_RINvMNtNtCs8NwYtU1Mohg_4core3fmt2rtNtB3_8Argument11new_displayRDNtB5_7DisplayEL_ECsg6Jltz5Zlpa_2cg(ptr sret([16 x i8]) align 8 %_8, ptr align 8 %d) #4
  %3 = getelementptr inbounds nuw %"core::fmt::rt::Argument<'_>", ptr %args, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %_8, i64 16, i1 false)
; call <alloc::string::String as core::fmt::Write>::write_fmt
  %_3 = call zeroext i1 @_RNvYNtNtCsbEht8wFNRx7_5alloc6string6StringNtNtCs8NwYtU1Mohg_4core3fmt5Write9write_fmtCsg6Jltz5Zlpa_2cg(ptr align 8 %out, ptr @alloc_0c812808379efded5a4fb82d2790b556, ptr %args)
  ret void
}

; cg::total
; Function Attrs: noinline nonlazybind uwtable
define internal i32 @_RNvCsg6Jltz5Zlpa_2cg5total(ptr %s.0, ptr align 8 %s.1) unnamed_addr #3 {
start:
  %0 = getelementptr inbounds i8, ptr %s.1, i64 32
  %1 = load ptr, ptr %0, align 8, !invariant.load !5, !nonnull !5
  call void %1(ptr %s.0, i32 2) #4
  %2 = getelementptr inbounds i8, ptr %s.1, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !5, !nonnull !5
  %_0 = call i32 %3(ptr %s.0) #4
  ret i32 %_0
}

; <cg::Sq as cg::Shape>::area (reduced: overflow check removed)
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtB2_5Shape4area(ptr align 4 %self) unnamed_addr #2 {
start:
  %_2 = load i32, ptr %self, align 4
  %_3 = load i32, ptr %self, align 4
  %_4.0 = mul i32 %_2, %_3
  ret i32 %_4.0
}

; <cg::Sq as cg::Shape>::scale (reduced: overflow check removed)
; Function Attrs: nonlazybind uwtable
define internal void @_RNvXCsg6Jltz5Zlpa_2cgNtB2_2SqNtB2_5Shape5scale(ptr align 4 %self, i32 %k) unnamed_addr #2 {
start:
  %0 = load i32, ptr %self, align 4
  %_3.0 = mul i32 %0, %k
  store i32 %_3.0, ptr %self, align 4
  ret void
}

; <&dyn core::fmt::Display as core::fmt::Display>::fmt
; Function Attrs: nonlazybind uwtable
define internal zeroext i1 @_RNvXs1i_NtCs8NwYtU1Mohg_4core3fmtRDNtB6_7DisplayEL_Bx_3fmtCsg6Jltz5Zlpa_2cg(ptr align 8 %self, ptr align 8 %f) unnamed_addr #2 {
start:
  %_3.0 = load ptr, ptr %self, align 8
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %_3.1 = load ptr, ptr %0, align 8
  %1 = getelementptr inbounds i8, ptr %_3.1, i64 24
  %2 = load ptr, ptr %1, align 8, !invariant.load !5, !nonnull !5
  %_0 = call zeroext i1 %2(ptr %_3.0, ptr align 8 %f) #4
  ret i1 %_0
}

; <u16 as core::fmt::Display>::fmt
; Function Attrs: nonlazybind uwtable
declare zeroext i1 @_RNvXs3_NtNtNtCs8NwYtU1Mohg_4core3fmt3num3imptNtB9_7Display3fmt(ptr align 2, ptr align 8) unnamed_addr #2

declare void @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3newCsg6Jltz5Zlpa_2cg(ptr sret([24 x i8]) align 8) unnamed_addr #0
declare i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCsg6Jltz5Zlpa_2cg(ptr align 8) unnamed_addr #0
declare zeroext i1 @_RNvYNtNtCsbEht8wFNRx7_5alloc6string6StringNtNtCs8NwYtU1Mohg_4core3fmt5Write9write_fmtCsg6Jltz5Zlpa_2cg(ptr align 8, ptr, ptr) unnamed_addr #2
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #10
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint }
attributes #5 = { noinline }
attributes #6 = { noreturn }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #10 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}
!2 = !{i32 2, !"RtLibUseGOT", i32 1}
!5 = !{}
