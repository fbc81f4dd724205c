; An exported function that stores a vtable pointer into memory its caller
; reaches (`make_shape(kind, out: &mut Box<dyn Shape>)`, as a cdylib exports
; it): code outside the module would read that vtable, so the module is left
; absolute, with a warning that names the function, the direction, and the
; option that converts anyway.

; RUN: sed 's/^define internal void @make_shape(/define void @make_shape(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -reltab-report=%t.json -disable-output 2>&1 | FileCheck %s
; RUN: FileCheck %s --check-prefix=REPORT < %t.json

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: make_shape stores a vtable pointer into memory that code outside the module can reach (by way of parameter 1 of make_shape -> make_shape)
; CHECK-SAME: code on the other side that reltab did not convert would read those vtables in the other layout. The other side is what the module exports and declares: 1 exported definitions (make_shape). If every Rust binary on the other side is built by reltab with the same layout, convert anyway with -reltab-trust-boundary (RELTAB_OPTIONS, or cargo reltab --trust-boundary)
; REPORT: "converted": false,
; REPORT: "code": "crosses-boundary",
