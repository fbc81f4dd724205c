; Code generation of the compact layout for i686 (llc, position-independent
; code): the tables are .long differences in .rodata — a drop entry, the
; header word, the slots — whose only relocations are R_386_PC32, which the
; static linker resolves (no dynamic relocation). Built as it is, the same
; vtables are pointers in .data.rel.ro with R_386_32 relocations, which
; become dynamic ones in a PIE. The inlined decoders test the header word
; and mask the size.

; RUN: %opt -passes='reltab,always-inline' -S %S/Inputs/i686-program.ll -o %t.ll
; RUN: llc -relocation-model=pic %t.ll -o - | FileCheck %s --check-prefix=ASM
; RUN: llc -relocation-model=pic -filetype=obj %t.ll -o %t.o
; RUN: llvm-readobj -r %t.o | FileCheck %s --check-prefix=RELOCS
; RUN: llc -relocation-model=pic -filetype=obj %S/Inputs/i686-program.ll -o %t.stock.o
; RUN: llvm-readobj -r %t.stock.o | FileCheck %s --check-prefix=STOCK

; ASM:      .section .rodata
; ASM:      .Lvtable.counter:
; ASM-NEXT:   .long counter_drop-.Lvtable.counter-4
; ASM-NEXT:   .long 2348810252
; ASM-NEXT:   .long counter_value-.Lvtable.counter-4
; ASM-NEXT:   .long counter_twice-.Lvtable.counter-4
; ASM:      .Lvtable.wide:
; ASM-NEXT:   .long 335544352
; ASM-NEXT:   .long wide_value-.Lvtable.wide
; ASM-NEXT:   .long wide_twice-.Lvtable.wide
; ASM-NOT:  .Lvtable.counter{{$}}
; ASM-NOT:  .long counter_drop{{$}}

; The seven pointer entries, PC-relative.
; RELOCS-LABEL: Section ({{[0-9]+}}) .rel.rodata {
; RELOCS-COUNT-7: R_386_PC32 .text
; RELOCS-NEXT:  }

; STOCK-LABEL: Section ({{[0-9]+}}) .rel.data.rel.ro {
; STOCK:         R_386_32 .text
