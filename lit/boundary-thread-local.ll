; A pointer from outside kept in a thread-local makes the thread-local
; foreign: `keep(b)` stores the host's box into a `thread_local!` cell and
; `kept_area()` calls through it. Each reaches the thread-local through its
; own llvm.threadlocal.address call, and the closure took the address the
; first returned for an object of its own: such a cdylib was converted, and
; a stock host crashed (SIGSEGV). Now the object behind the intrinsic is
; the thread-local, and the module is left absolute.
;
; The functions are a cdylib's IR (rustc -O -Clto=fat, the module after
; rustc's internalization), in Inputs/boundary-shapes.ll.

; RUN: sed 's/^define internal void @keep(/define void @keep(/; s/^define internal double @kept_area(/define double @kept_area(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: kept_area reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of keep -> the static lib::KEPT::{K#0}::{closure#1}::__RUST_STD_INTERNAL_VAL -> kept_area)
; CHECK-NOT: remark: {{.*}}converted
