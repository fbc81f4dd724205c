; A pointer that a C function returns into what it was given is handed out
; with that memory: `find_entry` returns what `memchr` found in its own
; table of `{tag, Box<dyn Shape>}` entries, and code outside reads the
; entry's vtable pointer (tests/boundary/found_lib.rs). The C function's
; result was taken as an object of its own: such a cdylib was converted,
; and a stock host crashed calling through the entry (SIGSEGV). Now the
; table is exposed with the result, and the module is left absolute.

; RUN: sed 's/^define internal ptr @find_entry(/define ptr @find_entry(/' %S/Inputs/boundary-tables.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: circle_into stores a vtable pointer into memory that code outside the module can reach (by way of find_entry -> parameter 0 of circle_into -> circle_into)
; CHECK-NOT: remark: {{.*}}converted
