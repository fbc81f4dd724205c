; What the C library hands back of what the module gave it is handed out
; with the memory it was given: `kept_shape` returns what
; `pthread_getspecific` returns, the boxed trait object that `keep_shape`
; gave `pthread_setspecific`, and code outside reads its vtable pointer
; (tests/boundary/kept_lib.rs). The C function's result was taken as memory
; of the C library's own: such a cdylib was converted, and a stock host
; crashed calling through the box (SIGSEGV). Now the box is exposed with the
; result, and the module is left absolute, naming the way from kept_shape.

; RUN: sed 's/^define internal ptr @kept_shape(/define ptr @kept_shape(/' %S/Inputs/boundary-tables.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; (What keep_host_shape gives pthread_setspecific is exposed too, and with
; it what kept_area reads: that entering crossing is named first.)
; CHECK: warning: reltab: left the vtables of this module absolute:
; CHECK-SAME: a trait object's vtable pointer can leave the module: circle_into stores a vtable pointer into memory that code outside the module can reach (by way of kept_shape -> keep_shape -> parameter 0 of circle_into -> circle_into)
; CHECK-NOT: remark: {{.*}}converted
