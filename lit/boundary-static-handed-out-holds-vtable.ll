; A static handed out by address hands out what its initializer holds, as
; an exported static does: `held() -> *const c_void` returns the address of
; a static (not exported) holding a `&'static dyn Shape`, and code outside
; reads the vtable pointer in it. reltab made the static foreign but never
; looked at its initializer: such a cdylib was converted, and a stock host
; crashed calling through the trait object it read (SIGSEGV). Now the
; module is left absolute, naming the function.
;
; The shapes are a cdylib's IR (rustc -O -Clto=fat, the module after
; rustc's internalization: `ret ptr @HELD`, an internal constant
; `<{ ptr data, ptr vtable }>`), in Inputs/boundary-shapes.ll.

; RUN: sed 's/^define internal ptr @held(/define ptr @held(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: held puts the vtable vtable.circle where code outside the module can reach it
; CHECK-NOT: remark: {{.*}}converted
