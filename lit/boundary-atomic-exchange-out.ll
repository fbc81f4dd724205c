; A box of the module's put into memory from outside by an atomic
; compare-and-exchange (`slot.compare_exchange(null, Box::into_raw(b), ..)`
; in an exported `give_shape(slot: &AtomicPtr<Box<dyn Shape>>)`, a
; `cmpxchg`) reaches code outside, as a store does, and with it the vtable
; pointer in the box. reltab used to take a compare-and-exchange for a read
; only: such a cdylib was converted, and a stock host crashed calling
; through the box it received (SIGSEGV). Now the module is left absolute,
; naming the way out.
;
; The functions are those of a cdylib's IR (rustc -O -Clto=fat, the module
; after rustc's internalization), in Inputs/boundary-shapes.ll.

; RUN: sed 's/^define internal void @give_shape(/define void @give_shape(/; /call void @host_take/d; /^declare void @host_take/d' %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: give_shape stores a vtable pointer into memory that code outside the module can reach (by way of parameter 0 of give_shape -> give_shape)
; CHECK-NOT: remark: {{.*}}converted
