; A C function that writes into an out-parameter a pointer into one of its
; arguments: `strtol` writes where the digits end. `entry_after_digits`
; returns that end, a pointer into its entry `{digits, Box<dyn Shape>}`, so
; code outside can reach the entry's trait object. The out-parameter was
; taken as holding only what the module stored there; now the argument
; (`WRITES_INTO_OUT_PARAMETER`) is exposed with it, and the module is left
; absolute.

; RUN: sed 's/^define internal ptr @entry_after_digits(/define ptr @entry_after_digits(/' %S/Inputs/boundary-c-calls-back.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: circle_into stores a vtable pointer into memory that code outside the module can reach (by way of entry_after_digits -> parameter 0 of circle_into -> circle_into)
; CHECK-NOT: remark: {{.*}}converted
