; A read that reltab did not rewrite meets a trap entry. -reltab-debug-miss
; (testing only) leaves chk::speak's read absolute on purpose; in check mode
; the program stops at the first call through it, with a message naming the
; slot and the method the entry stands for, and traps. The pass warns that
; the program is miscompiled on purpose. The same in the checked form of
; either layout, compact (the default) and relative.

; RUN: %opt -passes=reltab -reltab-check -reltab-debug-miss=read:chk::speak -S %S/Inputs/check-program.ll -o %t.ll 2>&1 | FileCheck %s --check-prefix=WARN
; RUN: not --crash %lli %t.ll 2>&1 | FileCheck %s
; RUN: %opt -passes=reltab -reltab-check -reltab-layout=relative -reltab-debug-miss=read:chk::speak -S %S/Inputs/check-program.ll -o %t.relative.ll 2>&1 | FileCheck %s --check-prefix=WARN
; RUN: not --crash %lli %t.relative.ll 2>&1 | FileCheck %s

; WARN: warning: reltab: -reltab-debug-miss: left out 1 reads in functions whose name contains 'chk::speak'; this program is miscompiled on purpose (testing check mode)
; CHECK: reltab check: a read that reltab did not rewrite took slot 48 (<chk::Dog as chk::Speak>::speak) of a converted vtable
; CHECK-NOT: calls
