; In the checked compact form, a header read (size here) that meets a
; vtable reltab did not convert, and whose first word is its drop function,
; fails its check: the compact decoders would read that function's address
; as a header. -reltab-debug-miss (testing only) leaves Noisy's vtables
; absolute on purpose: the program stops at the first read of one, the size
; read of shape_layout, after the lines of the converted ones.

; RUN: %opt -passes=reltab -reltab-check -reltab-debug-miss=vtable:Noisy -S %S/Inputs/compact-program.ll -o %t.ll 2>&1 | FileCheck %s --check-prefix=WARN
; RUN: not --crash %lli %t.ll > %t.out 2>&1
; RUN: FileCheck %s < %t.out

; WARN: warning: reltab: -reltab-debug-miss: left out 1 vtables whose implementation contains 'Noisy'
; CHECK:      zst 070001
; CHECK-NEXT: wide 054008
; CHECK-NEXT: aligned 036464
; CHECK-NEXT: reltab check: cmp::shape_layout read the size entry at offset 8 of a vtable that reltab did not convert
; CHECK-NOT:  noisy
