; An exported static holding a trait object (`#[no_mangle] pub static
; LIB_SHAPE: &dyn Shape`): code outside reads its vtable pointer, so the
; module is left absolute. (`#[no_mangle]` keeps its name unmangled: a
; Rust-mangled definition of an executable is no interface.)

; RUN: sed 's/^@_RNvCs1_3lib9LIB_SHAPE = internal constant/@_RNvCs1_3lib9LIB_SHAPE = constant/; s/_RNvCs1_3lib9LIB_SHAPE/LIB_SHAPE/g; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: the exported static LIB_SHAPE holds the vtable vtable.circle;
