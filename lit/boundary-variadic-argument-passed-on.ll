; A foreign value passed to a function of the module past its named
; parameters is read back through that function's va_list: an exported
; `sum_one(b)` that calls the internal variadic `areas(1, b)` hands it the
; host's box, and areas calls through the host's vtable. The parameters of
; a callee are followed, its variadic arguments were not: such a module was
; converted. Now it is left absolute, naming areas and the way in.
;
; The functions are a cdylib's (rustc -O -Clto=fat, the module after
; rustc's internalization), reduced, in Inputs/boundary-shapes.ll.

; RUN: sed 's/^define internal double @sum_one(/define double @sum_one(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: areas reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of sum_one -> the variadic arguments of areas -> areas)
; CHECK-NOT: remark: {{.*}}converted
