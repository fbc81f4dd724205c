; A call through a function pointer calls only functions of its own type:
; `byte_op(i, p)` calls `BYTES[i](p)`, functions of type i64(ptr), with the
; caller's pointer, and Outer::sides, of type i32(ptr), whose address a
; static table also holds, reads a vtable through its `self`. Taken as a
; possible callee, it made that read one through the caller's pointer, and
; the module was left absolute (tests/boundary/table_lib.rs). Rust calls a
; function pointer only with the ABI of its definition, which rustc lowers
; to the same LLVM function type, so the module is converted.

; RUN: sed 's/^define internal i64 @byte_op(/define i64 @byte_op(/' %S/Inputs/boundary-tables.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK-NOT: warning
; CHECK: remark: {{.*}}converted 3 vtables to the compact layout
