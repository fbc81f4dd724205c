; Native code the build names (-reltab-native-code) is C, no boundary, but
; reltab knows nothing of what it keeps: what it returns may be anything the
; module ever gave native code. `kept_shape` returns what `keeper_keep`
; returns, the boxed trait object that `keep_shape` gave it, and code
; outside reads its vtable pointer (tests/boundary/kept_lib.rs, --cfg native
; --cfg hand_out). The native function's result was taken as memory of its
; own: such a cdylib was converted, and a stock host crashed calling through
; the box (SIGSEGV). Now everything given to native code is exposed with the
; result, and the module is left absolute, naming the way from kept_shape;
; keeper_keep is not named as code outside the module.

; RUN: echo keeper_keep > %t.native
; RUN: sed 's/^define internal ptr @kept_shape(/define ptr @kept_shape(/' %S/Inputs/boundary-native-keeper.ll \
; RUN:   | %opt -passes='lto<O2>' -reltab-native-code=%t.native -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: keep_shape stores a vtable pointer into memory that code outside the module can reach (by way of kept_shape -> keep_shape)
; CHECK-NOT: not the C library
; CHECK-NOT: remark: {{.*}}converted
