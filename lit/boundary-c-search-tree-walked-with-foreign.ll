; The C library calls a search tree's callbacks later with the keys
; `tsearch` kept: `keep_in_tree` adds the caller's `Box<dyn Shape>` to the
; library's tree (its comparison, `by_address`, reads no vtable), and
; `tree_area` walks the tree with `twalk`, whose action `add_area` calls
; through each key's vtable (tests/boundary/callbacks_lib.rs, --cfg tree).
; Only the functions given to the same call were taken as called back with
; a key: such a cdylib was converted, and read a stock host's vtable in the
; other layout (SIGSEGV). Now the functions given to any of the tree's
; functions take what `tsearch` was given (`CALLS_BACK_WITH_KEPT`), and the
; module is left absolute, naming add_area.

; RUN: sed 's/^define internal void @keep_in_tree(/define void @keep_in_tree(/' %S/Inputs/boundary-c-calls-back.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: add_area reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of keep_in_tree -> parameter 0 of add_area -> add_area)
; CHECK-NOT: remark: {{.*}}converted
