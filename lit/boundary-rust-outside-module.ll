; A module that calls Rust code it does not hold (a Rust dylib, or std as a
; shared library with -Cprefer-dynamic): that machine code was not built by
; reltab and reads the vtables it is given as absolute (here core's
; unwrap_failed, given a `&dyn Debug`). The module is never converted, with
; or without -reltab-trust-boundary.

; RUN: sed 's/^declare void @host_take(ptr)/declare void @_RNvNtCs8NwYtU1Mohg_4core6result13unwrap_failed(ptr, ptr)/; s/call void @host_take(ptr %box)/call void @_RNvNtCs8NwYtU1Mohg_4core6result13unwrap_failed(ptr %box, ptr @vtable.circle)/' \
; RUN:     %S/Inputs/boundary-shapes.ll > %t.ll
; RUN: %opt -passes='lto<O2>' -disable-output %t.ll 2>&1 | FileCheck %s
; RUN: %opt -passes='lto<O2>' -reltab-trust-boundary -disable-output %t.ll 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: the module calls Rust code it does not hold (1 Rust functions and statics, e.g. core::result::unwrap_failed): a Rust dylib or std as a shared library (-Cprefer-dynamic), whose machine code was not built by reltab and reads vtables as absolute; relative vtables need the program in one fat-LTO artifact
