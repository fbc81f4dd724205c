; Code whose casts were not recorded (a crate compiled without reltab, or
; by a reltab that did not record them: no "reltab-casts-recorded") counts
; every cast it has, the optimizer's too, since they cannot be told apart
; there: the library of boundary-word-kept-in.ll without the records and
; without the mark is left absolute, naming kept_area's cast as found at
; fat LTO.

; RUN: sed '/^!reltab.casts/d; s/ "reltab-casts-recorded"//; s/^define internal i32 @keep_word(/define i32 @keep_word(/; s/^define internal double @kept_area(/define double @kept_area(/' %S/Inputs/boundary-words.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute:
; CHECK-SAME: a trait object's vtable pointer can enter the module: kept_area makes a pointer of a word (`as *const T`), and words_lib::keep keeps a word
; CHECK-NOT: remark: {{.*}}converted
