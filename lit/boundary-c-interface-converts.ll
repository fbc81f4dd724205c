; An exported function with a plain C interface (`calc_run(spec: *const
; c_char, x: i64) -> i64`, as a staticlib or cdylib exports it) whose trait
; objects stay inside: it reads bytes of the C string and calls strlen (the
; C library is not a boundary), and its number in and out is no vtable. The
; module is converted. (The number comes from a `double` that a call
; through a vtable returns: a float holds no address, so what the methods
; that may be called return is not walked.)

; RUN: sed 's/^define internal i64 @calc_run(/define i64 @calc_run(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK-NOT: warning
; CHECK: remark: {{.*}}converted 1 vtables to the compact layout
