; The control of the boundary-*.ll tests: the library of
; Inputs/boundary-shapes.ll with every function internal (nothing exported,
; no foreign call) is converted at fat LTO, its vtable pointers going
; through out-parameters, wide pointers by value and a C string all the same.

; RUN: sed '/call void @host_take/d; /^declare void @host_take/d' %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK-NOT: warning
; CHECK: remark: {{.*}}converted 1 vtables to the compact layout
