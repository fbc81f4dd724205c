; An exported function that returns a wide pointer by value, as two integers
; (`make_wide(kind) -> Wide`, a #[repr(C)] struct of data and vtable): the
; vtable pointer leaves the module through `ptrtoint`, and the module is left
; absolute.

; RUN: sed 's/^define internal { i64, i64 } @make_wide(/define { i64, i64 } @make_wide(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: make_wide puts the vtable vtable.circle where code outside the module can reach it;
