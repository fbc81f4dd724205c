; What `pthread_join` writes into its out-parameter is what the thread's
; start routine returned: `shape_from_a_thread` hands out the
; `Box<Box<dyn Shape>>` that `make_circle` made on a thread, and code
; outside calls through its vtable (tests/boundary/thread_lib.rs, --cfg
; hand_out). The out-parameter was taken as holding only what the module
; stored there: such a cdylib was converted, and a stock host crashed
; (SIGSEGV). Now what the start routines return is exposed with it, and the
; module is left absolute, naming the way through make_circle.

; RUN: sed 's/^define internal ptr @shape_from_a_thread(/define ptr @shape_from_a_thread(/' %S/Inputs/boundary-c-calls-back.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: circle_into stores a vtable pointer into memory that code outside the module can reach (by way of shape_from_a_thread -> make_circle -> parameter 0 of circle_into -> circle_into)
; CHECK-NOT: remark: {{.*}}converted
