; The audit (-passes=reltab-audit, run by scripts/audit-std over a
; toolchain's sysroot bitcode) classifies every indirect call by where its
; callee comes from: a census vtable read; a function pointer parameter; a
; pointer in a static; a read at an offset where no vtable holds a pointer;
; a read at a vtable entry offset from a parameter (decided at fat LTO); and,
; unknown, a read at an entry offset from a pointer loaded from memory. It
; lists the table-shaped ones with their IR for the reviewer.

; RUN: %opt -passes=reltab-audit -reltab-report=%t.json -disable-output %S/Inputs/sysroot-calls.ll
; RUN: FileCheck %s < %t.json

; CHECK:      "compilers": [
; CHECK-NEXT:   "rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"
; CHECK:      "indirect_calls": 6,
; CHECK-NEXT: "by_class": {
; CHECK-NEXT:   "vtable": 1,
; CHECK-NEXT:   "parameter": 1,
; CHECK-NEXT:   "static-or-local": 1,
; CHECK-NEXT:   "not-an-entry-offset": 1,
; CHECK-NEXT:   "parameter-table": 1,
; CHECK-NEXT:   "unknown": 1
; CHECK-NEXT: },
; CHECK-NEXT: "unknown": 1,
; CHECK:        "function": "std::table_param",
; CHECK-NEXT:   "offset": 24,
; CHECK-NEXT:   "class": "parameter-table",
; CHECK:        "function": "std::table_from_memory",
; CHECK-NEXT:   "offset": 24,
; CHECK-NEXT:   "class": "unknown",
; CHECK-NEXT:   "why": "from a pointer loaded from memory, as a vtable read no analysis sees would",
; CHECK-NEXT:   "call": "%f = load ptr, ptr %a, align 8 / %r = call i32 %f(ptr %obj)"
