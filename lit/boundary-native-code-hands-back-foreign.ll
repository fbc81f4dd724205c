; What native code the build names (-reltab-native-code) returns is foreign
; when anything given to native code is: `keep_host_shape` gives the
; caller's `Box<dyn Shape>` to `keeper_keep`, and `kept_area` calls through
; the vtable of what `keeper_keep` returns later (tests/boundary/kept_lib.rs,
; --cfg native --cfg take_in). Such a cdylib was converted, and read a stock
; host's vtable in the other layout (SIGSEGV). Now every result of native
; code is foreign once a foreign value is given to native code, and the
; module is left absolute, naming kept_area; keeper_keep is not named as
; code outside the module.

; RUN: echo keeper_keep > %t.native
; RUN: sed 's/^define internal void @keep_host_shape(/define void @keep_host_shape(/' %S/Inputs/boundary-native-keeper.ll \
; RUN:   | %opt -passes='lto<O2>' -reltab-native-code=%t.native -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: kept_area reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of keep_host_shape -> kept_area)
; CHECK-NOT: not the C library
; CHECK-NOT: remark: {{.*}}converted
