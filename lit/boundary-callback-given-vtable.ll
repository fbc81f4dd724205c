; A vtable pointer passed to a function pointer from outside leaves the
; module, as one passed to a declared foreign function does: `visit(cb)`
; calls the host's `cb` with a `&dyn Shape`'s data and vtable. The
; closure took the call for a foreign call (it exposes what it is given)
; but the crossing was named only for declared functions, and a vtable
; passed as it is exposes no object: such a module was converted. Now it is
; left absolute, naming visit.
;
; The shapes are a cdylib's IR (the call `%cb(ptr @CIRCLE, ptr @vtable)`
; of a transmuted `&dyn Shape`), in Inputs/boundary-shapes.ll.

; RUN: sed 's/^define internal double @visit(/define double @visit(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: visit passes a vtable pointer to a function outside the module
; CHECK-NOT: remark: {{.*}}converted
