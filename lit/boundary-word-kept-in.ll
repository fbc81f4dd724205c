; A word from outside kept in memory, read back elsewhere and made a
; pointer through which the module reads a vtable: `keep_word` keeps the
; caller's word (the address of its Box<dyn Shape>) in the library's table,
; and `kept_area` calls through the vtable behind the word it reads back
; (tests/boundary/words_lib.rs, --cfg take_in). The analysis keeps no
; offsets, so a word read from memory was taken as data: such a cdylib was
; converted, and read a stock host's vtable in the other layout (SIGSEGV).
; Now a foreign word stored into memory, where the program makes pointers
; of words (kept_area's `as *const T`, recorded by casts.rs at the start of
; the crate's pipeline), leaves the module absolute, naming both.

; RUN: sed 's/^define internal i32 @keep_word(/define i32 @keep_word(/; s/^define internal double @kept_area(/define double @kept_area(/' %S/Inputs/boundary-words.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute:
; CHECK-SAME: a trait object's vtable pointer can enter the module: kept_area makes a pointer of a word (`as *const T`), and words_lib::keep keeps a word that code outside the module can provide in memory (by way of parameter 0 of keep_word -> parameter 0 of words_lib::keep)
; CHECK-NOT: remark: {{.*}}converted
