; Code generation of the compact layout for armv7 (llc, position-independent
; code): as on i686, the tables are .long differences in .rodata whose only
; relocations are R_ARM_REL32 (resolved by the static linker), where the
; stock vtables are pointers in .data.rel.ro with R_ARM_ABS32 relocations.

; RUN: %opt -passes='reltab,always-inline' -S %S/Inputs/armv7-readers.ll -o %t.ll
; RUN: llc -relocation-model=pic %t.ll -o - | FileCheck %s --check-prefix=ASM
; RUN: llc -relocation-model=pic -filetype=obj %t.ll -o %t.o
; RUN: llvm-readobj -r %t.o | FileCheck %s --check-prefix=RELOCS
; RUN: llc -relocation-model=pic -filetype=obj %S/Inputs/armv7-readers.ll -o %t.stock.o
; RUN: llvm-readobj -r %t.stock.o | FileCheck %s --check-prefix=STOCK

; ASM:      .Lvtable.counter:
; ASM-NEXT:   .long counter_drop-.Lvtable.counter-4
; ASM-NEXT:   .long 2348810252
; ASM-NEXT:   .long counter_value-.Lvtable.counter-4
; ASM-NEXT:   .long counter_twice-.Lvtable.counter-4

; RELOCS-LABEL: Section ({{[0-9]+}}) .rel.rodata {
; RELOCS-COUNT-7: R_ARM_REL32
; RELOCS-NEXT:  }

; STOCK-LABEL: Section ({{[0-9]+}}) .rel.data.rel.ro {
; STOCK-NEXT:    0x0 R_ARM_ABS32 .text
