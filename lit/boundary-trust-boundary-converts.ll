; -reltab-trust-boundary: the user states that every Rust binary on the other
; side is built by reltab with the same layout. The exported make_shape,
; refused without it (boundary-exported-stores-vtable.ll), is converted, and
; its vtable store is the compact table's address point (8 bytes in: the
; drop entry and its padding come first).

; RUN: sed 's/^define internal void @make_shape(/define void @make_shape(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -reltab-trust-boundary -pass-remarks=reltab -S -o - 2>&1 | FileCheck %s

; CHECK-NOT: warning
; CHECK: remark: {{.*}}converted 1 vtables to the compact layout
; CHECK: define void @make_shape(
; CHECK: store ptr getelementptr inbounds nuw (i8, ptr @vtable.circle, i64 8), ptr %m
