; The variadic arguments of an exported function come from outside: the
; va_list that llvm.va_start fills points to the caller's registers and
; stack, so what is read through it is foreign. An exported `areas(n: u32,
; ...)` (c_variadic) that calls through a host's `*const Box<dyn Shape>`
; read with `VaList::next_arg` used to be converted, and a stock host
; crashed (SIGSEGV). Now the module is left absolute, naming areas.
;
; The function is a cdylib's (rustc -O -Clto=fat, the module after
; rustc's internalization), reduced, in Inputs/boundary-shapes.ll.

; RUN: sed 's/^define internal double @areas(/define double @areas(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: areas reads a vtable through a pointer that code outside the module can provide (by way of the variadic arguments of areas -> areas)
; CHECK-NOT: remark: {{.*}}converted
