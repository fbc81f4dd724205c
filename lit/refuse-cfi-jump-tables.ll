; A module built with -Zsanitizer=cfi is left alone with a reason: by the
; time reltab runs at fat LTO, LowerTypeTests has replaced the type checks
; with jump tables (and functions in vtables with jump-table entries); the
; module flag "CFI Canonical Jump Tables" is what is left to tell. Input: the
; check-program module with that flag added.

; RUN: sed 's/^!llvm.module.flags = !{!0, !1, !2}$/!llvm.module.flags = !{!0, !1, !2, !99}\n!99 = !{i32 4, !"CFI Canonical Jump Tables", i32 1}/' %S/Inputs/check-program.ll > %t.in.ll
; RUN: %opt -passes=reltab -S %t.in.ll -o %t.ll 2>&1 | FileCheck %s
; RUN: %llvm-opt -S %t.in.ll -o %t.ref.ll
; RUN: diff %t.ref.ll %t.ll

; CHECK: warning: reltab: left the vtables of this module absolute: the module is built with -Zsanitizer=cfi (CFI jump tables), whose vtable checks reltab does not rewrite
