; What the C library hands back of what it was given is foreign when what it
; was given is: `keep_host_shape` gives the caller's `Box<dyn Shape>` to
; `pthread_setspecific`, and `kept_area` calls through the vtable of what
; `pthread_getspecific` returns (tests/boundary/kept_lib.rs, --cfg take_in).
; The C function's result was taken as memory of the C library's own: such
; a cdylib was converted, and read a stock host's vtable in the other layout
; (SIGSEGV). Now the results of the functions that hand back what a keeper
; was given are foreign with it, and the module is left absolute, naming
; kept_area.

; RUN: sed 's/^define internal void @keep_host_shape(/define void @keep_host_shape(/' %S/Inputs/boundary-tables.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: kept_area reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of keep_host_shape -> kept_area)
; CHECK-NOT: remark: {{.*}}converted
