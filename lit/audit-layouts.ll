; The layout audit (part of -passes=reltab-audit, run by scripts/audit-std)
; follows the size and align of every allocator call in precompiled code back
; to where they come from: a constant; a census vtable read (also through
; llvm.umax, as Arc's Layout::extend combines aligns); a value of a crate
; compiled with reltab (through the parameters of the function that calls the
; allocator, into its callers); a static; arithmetic; and, unknown, a read at
; the align's offset 16 from a pointer loaded from memory, as a vtable read
; that lost its !invariant.load would be. The unknown call is listed with its
; IR for the reviewer.

; RUN: %opt -passes=reltab-audit -reltab-report=%t.json -disable-output %S/Inputs/sysroot-layouts.ll
; RUN: FileCheck %s < %t.json

; CHECK:      "layouts": {
; CHECK-NEXT:   "allocator_calls": 6,
; CHECK-NEXT:   "by_class": {
; CHECK-NEXT:     "constant": 1,
; CHECK-NEXT:     "vtable": 1,
; CHECK-NEXT:     "protected": 1,
; CHECK-NEXT:     "static-or-local": 1,
; CHECK-NEXT:     "computed": 1,
; CHECK-NEXT:     "unknown": 1
; CHECK-NEXT:   },
; CHECK-NEXT:   "unknown": 1,
; CHECK-NEXT:   "calls": [
; CHECK-NEXT:     {
; CHECK-NEXT:       "function": "std::free_from_memory",
; CHECK-NEXT:       "class": "unknown",
; CHECK-NEXT:       "why": "read at offset 16 from a pointer not known to be a vtable pointer, as an align read that lost its !invariant.load would be",
; CHECK-NEXT:       "call": "call void @_RNvCscSpY9Juk0HT_7___rustc14___rust_dealloc(ptr %data, i64 %size, i64 %align)"
; CHECK-NEXT:     }
; CHECK-NEXT:   ]
