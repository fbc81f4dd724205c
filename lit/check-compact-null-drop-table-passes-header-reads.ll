; In the checked compact form, a vtable reltab did not convert whose drop
; entry is null passes the check of a header read, as a vtable holding no
; pointer does (the decoders read its absolute size and align, which are
; right), but not the check of a method read. -reltab-debug-miss (testing
; only) leaves Zst's vtable absolute on purpose: the program stops at
; shape_layout's method read, not at its size or align read.

; RUN: %opt -passes=reltab -reltab-check -reltab-debug-miss=vtable:Zst -S %S/Inputs/compact-program.ll -o %t.ll 2>&1 | FileCheck %s --check-prefix=WARN
; RUN: not --crash %lli %t.ll > %t.out 2>&1
; RUN: FileCheck %s < %t.out

; WARN: warning: reltab: -reltab-debug-miss: left out 1 vtables whose implementation contains 'Zst'
; CHECK-NOT:  size entry
; CHECK-NOT:  align entry
; CHECK:      reltab check: cmp::shape_layout read the method entry at offset 24 of a vtable that reltab did not convert
; CHECK-NOT:  zst
