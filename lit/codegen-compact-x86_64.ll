; Code generation of a module converted to the compact layout, for x86_64,
; position-independent. Each converted vtable is in .rodata: the header as a
; plain number, then 32-bit differences from the address point (`-8` when a
; drop entry and its padding come first). After the decoders are inlined (as
; the LTO pipeline does; here always-inline), a drop read is a sign test of
; the header (`cmpl $0` + `js`) and a load 4 bytes below the address point; a
; size read masks the low 26 bits of a non-zero header and otherwise reads
; the absolute word at 8; an align read shifts the header down by 26. The
; object has no relocation that becomes a dynamic one.
;
; IR: Inputs/compact-program.ll.

; (-reltab-promote=false: the decoders stay in send_layout and discard,
; whose code this test reads; promote-*.ll show what promotion does.)

; RUN: %opt -passes='reltab,always-inline' -reltab-layout=compact -reltab-promote=false %S/Inputs/compact-program.ll -o %t.bc
; RUN: llc -O2 -relocation-model=pic %t.bc -o - | FileCheck %s --implicit-check-not=.data.rel.ro
; RUN: llc -O2 -relocation-model=pic -filetype=obj %t.bc -o %t.o
; RUN: llvm-readobj -r %t.o | FileCheck %s --check-prefix=RELOC --implicit-check-not=R_X86_64_64 --implicit-check-not=R_X86_64_RELATIVE

; CHECK-LABEL: _RNvCscjETHz6wVkg_3cmp11send_layout:
; CHECK:         movl (%rdi), %[[H:[a-z]+]]
; CHECK:         je .[[ABS:LBB[0-9_]+]]
; CHECK:         andl $67108863,
; CHECK:       .[[ABS]]:
; CHECK-NEXT:    movq 8(%rdi),
; CHECK:         shrl $26,
; CHECK:         movq 16(%rdi),
; CHECK-LABEL: _RNvCscjETHz6wVkg_3cmp7discard:
; CHECK:         cmpl $0, (%rsi)
; CHECK-NEXT:    js
; CHECK:         movslq -4(%rsi), %rax
; CHECK-NEXT:    addq %rsi, %rax

; CHECK:       .section .rodata,"a",@progbits
; CHECK:       .Lvtable.0:
; CHECK-NEXT:    .long 67108864
; CHECK-NEXT:    .long _RNvXs_CscjETHz6wVkg_3cmpNtB4_3ZstNtB4_5Shape4area-.Lvtable.0
; CHECK-NEXT:    .size .Lvtable.0, 8
; CHECK:       .Lvtable.3:
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long _RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCscjETHz6wVkg_3cmp5NoisyEBD_-.Lvtable.3-8
; CHECK-NEXT:    .long 2348810244
; CHECK-NEXT:    .long _RNvXs2_CscjETHz6wVkg_3cmpNtB5_5NoisyNtB5_5Shape4area-.Lvtable.3-8
; CHECK-NEXT:    .size .Lvtable.3, 16

; RELOC: Section ({{[0-9]+}}) .rela.rodata {
; RELOC:   R_X86_64_PC32
