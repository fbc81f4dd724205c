; The C library calls the functions it is given inside a struct with what it
; was given with them: `shape_stream` gives `fopencookie` the caller's
; `Box<dyn Shape>` as the cookie and its functions in a struct by value
; (passed in memory, `byval`), and the C library calls `write_area` with
; the cookie when the stream is written; `write_area` calls through the
; cookie's vtable (tests/boundary/callbacks_lib.rs, --cfg cookie). Only
; functions given as arguments were taken as called back: such a cdylib
; was converted, and read a stock host's vtable in the other layout
; (SIGSEGV). Now the functions stored into the memory an argument points
; to are given too, and the module is left absolute, naming write_area.

; RUN: sed 's/^define internal ptr @shape_stream(/define ptr @shape_stream(/' %S/Inputs/boundary-c-calls-back.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: write_area reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of shape_stream -> parameter 0 of write_area -> write_area)
; CHECK-NOT: remark: {{.*}}converted
