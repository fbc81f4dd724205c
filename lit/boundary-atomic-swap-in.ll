; A pointer from outside swapped into the module's memory by an atomic
; exchange (`SLOT.swap(b, SeqCst)` in an exported `put_shape(b: *mut Box<dyn
; Shape>)`, an `atomicrmw xchg`) makes that memory foreign, as a store does:
; the box read back from SLOT (`slot_area`) holds the host's vtable pointer.
; reltab used to take an atomic exchange for a read only: such a cdylib was
; converted, and a stock host crashed in slot_area (SIGSEGV). Now the module
; is left absolute, naming the way in.
;
; The functions are those of a cdylib's IR (rustc -O -Clto=fat, the module
; after rustc's internalization), in Inputs/boundary-shapes.ll.

; RUN: sed 's/^define internal void @put_shape(/define void @put_shape(/; s/^define internal double @slot_area(/define double @slot_area(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: slot_area reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of put_shape -> the static lib::SLOT -> slot_area)
; CHECK-NOT: remark: {{.*}}converted
