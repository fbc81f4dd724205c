; An exported function that reads a vtable through a pointer its caller
; passes (`shape_area(s: &Box<dyn Shape>)`): the vtable may be one that code
; outside made in the absolute layout, so the module is left absolute.

; RUN: sed 's/^define internal double @shape_area(/define double @shape_area(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: shape_area reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of shape_area -> shape_area)
