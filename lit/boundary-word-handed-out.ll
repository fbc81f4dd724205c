; A word read from memory handed out, where the program keeps addresses as
; words: `register_shape` keeps `Box::into_raw(b) as usize` (a
; Box<Box<dyn Shape>>) in the library's table, and `shape_handle` returns
; the word it reads from there, through which the host reads the vtable
; (tests/boundary/words_lib.rs, --cfg hand_out). A word read from memory
; was taken as data: such a cdylib was converted, and the stock host
; crashed reading the vtable (SIGSEGV). Now a word read from memory that
; reaches code outside, where the program lets words made of addresses go
; (register_shape's `as usize`, recorded by casts.rs), leaves the module
; absolute, naming both.

; RUN: sed 's/^define internal i32 @register_shape(/define i32 @register_shape(/; s/^define internal i64 @shape_handle(/define i64 @shape_handle(/' %S/Inputs/boundary-words.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute:
; CHECK-SAME: a trait object's vtable pointer can leave the module: words_lib::kept hands code outside the module a word read from memory (by way of shape_handle), and register_shape makes a word of an address that it keeps or passes on (`as usize`)
; CHECK-NOT: remark: {{.*}}converted
