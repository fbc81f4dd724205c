; Words kept in memory are no crossing where the program makes no pointer
; of a word and lets no word made of an address go: the same library as
; boundary-word-kept-in.ll and boundary-word-handed-out.ll, every function
; exported (a word from outside is kept, a word read from memory is handed
; out), but with no casts recorded (as for the C-interface staticlib of
; tests/boundary/static_lib.rs, whose calc_run keeps the caller's number in
; a thread's closure and returns a word read from the thread's result). A
; word that no cast made a pointer is no address the module reads through,
; and one that no cast made of an address is no address code outside may
; use (casts.rs): the module is converted.

; RUN: sed '/^!reltab.casts/d; s/^define internal \([a-z0-9]*\) @\(register_shape\|shape_handle\|keep_word\|kept_area\)(/define \1 @\2(/' %S/Inputs/boundary-words.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK-NOT: warning: reltab
; CHECK: remark: {{.*}}converted 1 vtables
