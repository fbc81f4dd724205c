; A rewritten read meets a vtable that reltab did not convert: the check
; before it fails. -reltab-debug-miss (testing only) leaves Cat's vtables
; absolute on purpose; the program prints nothing and stops at the first
; rewritten read of one, naming the function, the entry and its offset.
; The same in the checked form of either layout, compact (the default) and
; relative.

; RUN: %opt -passes=reltab -reltab-check -reltab-debug-miss=vtable:Cat -S %S/Inputs/check-program.ll -o %t.ll 2>&1 | FileCheck %s --check-prefix=WARN
; RUN: not --crash %lli %t.ll 2>&1 | FileCheck %s
; RUN: %opt -passes=reltab -reltab-check -reltab-layout=relative -reltab-debug-miss=vtable:Cat -S %S/Inputs/check-program.ll -o %t.relative.ll 2>&1 | FileCheck %s --check-prefix=WARN
; RUN: not --crash %lli %t.relative.ll 2>&1 | FileCheck %s

; WARN: warning: reltab: -reltab-debug-miss: left out 2 vtables whose implementation contains 'Cat'
; CHECK: reltab check: chk::speak read the method entry at offset 48 of a vtable that reltab did not convert
; CHECK-NOT: calls
