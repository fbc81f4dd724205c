; A function whose address only vtables hold is called only through reads
; of those vtables: `scale_op(i, p)` calls `SCALES[i](p)`, functions of type
; double(ptr), with the caller's pointer, and Outer::area, of the same type
; but in Outer's vtable only, reads a vtable through its `self`. Taken as a
; possible callee, it made that read one through the caller's pointer, and
; the module was left absolute (tests/boundary/table_lib.rs). Every read of
; the vtable is a census read whose value is only called, so no function
; pointer holds Outer::area, and the module is converted.

; RUN: sed 's/^define internal double @scale_op(/define double @scale_op(/' %S/Inputs/boundary-tables.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK-NOT: warning
; CHECK: remark: {{.*}}converted 3 vtables to the compact layout
