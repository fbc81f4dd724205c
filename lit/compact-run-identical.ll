; A program converted to the compact layout prints what the stock program
; prints under lli: sizes and aligns decoded from converted headers (a
; zero-sized type, 40 bytes, align 64, a type with drop) and read from the
; absolute words of vtables holding no pointer (dyn Send of u16 and Wide),
; through the same reads; drop functions called through the compact drop
; entry, and none called for the absolute vtable of u64. The relative layout
; prints the same too.

; RUN: %lli %S/Inputs/compact-program.ll > %t.stock
; RUN: %opt -passes=reltab -reltab-layout=compact -S %S/Inputs/compact-program.ll -o %t.compact.ll
; RUN: %lli %t.compact.ll > %t.compact
; RUN: %opt -passes=reltab -S %S/Inputs/compact-program.ll -o %t.relative.ll
; RUN: %lli %t.relative.ll > %t.relative
; RUN: diff %t.stock %t.compact
; RUN: diff %t.stock %t.relative
; The conversion did happen: the decoders are in the module run.
; RUN: FileCheck %s --check-prefix=IR < %t.compact.ll
; RUN: FileCheck %s < %t.compact

; IR: call i64 @reltab.compact.size
; IR: call ptr @reltab.compact.drop

; area * 10000 + size * 100 + align
; CHECK:      zst 070001
; CHECK-NEXT: wide 054008
; CHECK-NEXT: aligned 036464
; CHECK-NEXT: noisy 120404
; CHECK-NEXT: send u16 000202
; CHECK-NEXT: send wide 004008
; CHECK-NEXT: send noisy 000404
; CHECK-NEXT: dropped 000006
