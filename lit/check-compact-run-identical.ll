; A program in which nothing was missed runs the same in the checked
; compact form: the checks pass, and the decoders read the header of the
; converted vtables and the absolute entries of those that hold no pointer
; (dyn Send of u16, Wide and u64). The stock module, the compact one and the
; checked compact one print the same under lli.

; RUN: %lli %S/Inputs/compact-program.ll > %t.stock
; RUN: %opt -passes=reltab -reltab-layout=compact -S %S/Inputs/compact-program.ll -o %t.compact.ll
; RUN: %lli %t.compact.ll > %t.compact
; RUN: %opt -passes=reltab -reltab-check -reltab-layout=compact -S %S/Inputs/compact-program.ll -o %t.checked.ll
; RUN: %lli %t.checked.ll > %t.checked
; RUN: diff %t.stock %t.compact
; RUN: diff %t.stock %t.checked
; RUN: FileCheck %s < %t.checked

; CHECK:      zst 070001
; CHECK-NEXT: wide 054008
; CHECK-NEXT: aligned 036464
; CHECK-NEXT: noisy 120404
; CHECK-NEXT: send u16 000202
; CHECK-NEXT: send wide 004008
; CHECK-NEXT: send noisy 000404
; CHECK-NEXT: dropped 000006
