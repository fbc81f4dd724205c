; What the C library calls the module back with is what it was given:
; `area_on_a_thread` gives the caller's `Box<dyn Shape>` to
; `pthread_create` as the argument of its start routine `area_of`, which
; calls through its vtable (tests/boundary/thread_lib.rs, --cfg take_in).
; The start routine's parameter was not foreign (no call of the module
; passes it): such a cdylib was converted, and read a stock host's vtable in
; the other layout (SIGSEGV). Now the parameters of a function given to C
; code with a foreign value are foreign, and the module is left absolute,
; naming area_of.

; RUN: sed 's/^define internal double @area_on_a_thread(/define double @area_on_a_thread(/' %S/Inputs/boundary-c-calls-back.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: area_of reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of area_on_a_thread -> parameter 0 of area_of -> area_of)
; CHECK-NOT: remark: {{.*}}converted
