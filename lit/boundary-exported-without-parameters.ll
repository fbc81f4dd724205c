; An exported function without parameters still hands out what it returns:
; `make_default() -> *mut c_void`, a Box<Box<dyn Shape>> of the module's.
; With nothing else at the interface (no parameter, exported static or
; foreign call), reltab did not look at the module's interface at all, and
; converted it. Now the module is left absolute, naming the function.
;
; The shapes are a cdylib's IR, in Inputs/boundary-shapes.ll.

; RUN: sed 's/^define internal ptr @make_default(/define ptr @make_default(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: make_default stores a vtable pointer into memory that code outside the module can reach (by way of make_default)
; CHECK-NOT: remark: {{.*}}converted
