; A call to a function the module only declares and that is not the C
; library (`host_take(&mut Box<dyn Shape>)`, a separately built Rust library
; behind extern "C"): the box the module passes, and what the function may
; put in it, cross the boundary; the module is left absolute. This is the
; host's side of a cdylib.

; RUN: %opt -passes='lto<O2>' -disable-output %S/Inputs/boundary-shapes.ll 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: shape_area reads a vtable through a pointer that code outside the module can provide (by way of use_host -> parameter 0 of shape_area -> shape_area)
