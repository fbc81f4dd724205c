; The C library calls a key's destructor later, with what
; `pthread_setspecific` was given: `keep_with_destructor` keeps the
; caller's `Box<dyn Shape>` as the value of a key whose destructor
; `drop_kept` calls through its vtable. The destructor's parameter was not
; foreign; now the destructors given to `pthread_key_create` take what
; `pthread_setspecific` is given, and the module is left absolute, naming
; drop_kept.

; RUN: sed 's/^define internal void @keep_with_destructor(/define void @keep_with_destructor(/' %S/Inputs/boundary-c-calls-back.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: drop_kept reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of keep_with_destructor -> parameter 0 of drop_kept -> drop_kept)
; CHECK-NOT: remark: {{.*}}converted
