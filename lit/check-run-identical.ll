; A program in which nothing was missed runs the same in check mode: the
; checks pass and no trap entry is called. The stock module and the converted
; one, in the relative form and the checked forms of both layouts, print the
; same under lli.

; RUN: %lli %S/Inputs/check-program.ll > %t.stock
; RUN: %opt -passes=reltab -reltab-layout=relative -S %S/Inputs/check-program.ll -o %t.relative.ll
; RUN: %lli %t.relative.ll > %t.relative
; RUN: %opt -passes=reltab -reltab-check -reltab-layout=relative -S %S/Inputs/check-program.ll -o %t.checked.ll
; RUN: %lli %t.checked.ll > %t.checked
; RUN: %opt -passes=reltab -reltab-check -S %S/Inputs/check-program.ll -o %t.checked-compact.ll
; RUN: %lli %t.checked-compact.ll > %t.checked-compact
; RUN: diff %t.stock %t.checked-compact
; RUN: diff %t.stock %t.relative
; RUN: diff %t.stock %t.checked
; RUN: FileCheck %s < %t.checked

; CHECK:      calls 0440
; CHECK-NEXT: dropped 0004
