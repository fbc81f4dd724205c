; A 32-bit program behaves the same in both layouts: Inputs/i686-program.ll
; (freestanding i686 Linux: no libc, run as a static executable) prints the
; same lines built as it is, converted to the compact layout (also after the
; rest of the LTO pipeline, default<O2>, which inlines the decoders) and to
; the relative layout. Its objects cover a drop, a ZST, align 16 and the size
; and align of a pointerless dyn Send vtable read through the decoders.

; RUN: rm -rf %t && mkdir -p %t
; RUN: llc -filetype=obj -relocation-model=static %S/Inputs/i686-program.ll -o %t/stock.o
; RUN: ld -m elf_i386 -static %t/stock.o -o %t/stock
; RUN: %t/stock > %t/stock.out
; RUN: FileCheck %s < %t/stock.out

; RUN: %opt -passes='reltab,default<O2>' -S %S/Inputs/i686-program.ll -o %t/compact.ll
; RUN: llc -filetype=obj -relocation-model=static %t/compact.ll -o %t/compact.o
; RUN: ld -m elf_i386 -static %t/compact.o -o %t/compact
; RUN: %t/compact > %t/compact.out
; RUN: diff %t/stock.out %t/compact.out

; RUN: %opt -passes=reltab -S %S/Inputs/i686-program.ll -o %t/compact-unoptimized.ll
; RUN: llc -filetype=obj -relocation-model=static %t/compact-unoptimized.ll -o %t/compact-unoptimized.o
; RUN: ld -m elf_i386 -static %t/compact-unoptimized.o -o %t/compact-unoptimized
; RUN: %t/compact-unoptimized > %t/compact-unoptimized.out
; RUN: diff %t/stock.out %t/compact-unoptimized.out

; RUN: %opt -passes=reltab -reltab-layout=relative -S %S/Inputs/i686-program.ll -o %t/relative.ll
; RUN: llc -filetype=obj -relocation-model=static %t/relative.ll -o %t/relative.o
; RUN: ld -m elf_i386 -static %t/relative.o -o %t/relative
; RUN: %t/relative > %t/relative.out
; RUN: diff %t/stock.out %t/relative.out

; What the program prints: size * 10^6 + align * 10^4 + 100 * slot 0 + slot 1
; for Counter (12, 4, 7, 14), Wide (32, 16, 42, 84), Unit (0, 1, 1, 1); then
; size * 100 + align of Counter's and of u16's dyn Send vtable; then the
; number of drops (Counter's drop glue ran once).
; CHECK:      12040714
; CHECK-NEXT: 32164284
; CHECK-NEXT: 10101
; CHECK-NEXT: 1204
; CHECK-NEXT: 202
; CHECK-NEXT: 1
