; What a method called through a vtable returns is handed out with what the
; methods that may be called return: `pick` returns `holder.get()`, a
; reference into the holder (`One::get` returns `&self.1`), and code
; outside reads the vtable pointer of the `Box<dyn Shape>` there
; (tests/boundary/returned_lib.rs). An indirect call's result was taken as
; an object of its own: such a cdylib was converted, and a stock host
; crashed (SIGSEGV). Now the holder is exposed, and the module is left
; absolute, naming pick.

; RUN: sed 's/^define internal ptr @pick(/define ptr @pick(/' %S/Inputs/boundary-tables.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: pick reads a vtable through a pointer that code outside the module can provide (by way of pick); a trait object's vtable pointer can leave the module: pick stores a vtable pointer into memory that code outside the module can reach (by way of pick)
; CHECK-NOT: remark: {{.*}}converted
