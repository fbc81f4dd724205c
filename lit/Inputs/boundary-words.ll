; Input of the lit tests about trait objects that cross as words kept in
; memory (boundary-word-*.ll): a library crate compiled with reltab, as at
; the start of rustc's fat-LTO pipeline, every function internal; a test
; exports the ones it is about with sed ("define internal" -> "define").
; Its shapes are those of the real cdylib's IR (rustc -O -Clto=fat) of
; tests/boundary/words_lib.rs (the mutex and the growth of the table left
; out), whose table is a `static WORDS: Mutex<Vec<usize>>` (its buffer at
; offset 16, its length at 24):
;
;   register_shape(r) -> u32      Box::new(Box::new(Circle { r })) as usize,
;                                 kept in the table
;   shape_handle(i) -> usize      the word at i: a handle to the box
;   keep_word(w: usize) -> u32    a word from the caller, kept in the table
;   kept_area(i) -> f64           reads a vtable through the word at i made
;                                 a pointer (`as *const Box<dyn Shape>`)
;
; `!reltab.casts` is what casts.rs recorded at the start of the crate's
; pipeline: register_shape lets a word made of an address go (into the
; table), kept_area makes a pointer of a word.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_RNvCs1_9words_lib5WORDS = internal global [32 x i8] zeroinitializer, align 8

@vtable.circle = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs1_9words_lib6CircleNtB2_5Shape4area, ptr @_RNvXCs1_9words_lib6CircleNtB2_5Shape5sides }>, align 8

define internal double @_RNvXCs1_9words_lib6CircleNtB2_5Shape4area(ptr %self) #0 {
  %r = load double, ptr %self, align 8
  %a = fmul double %r, %r
  ret double %a
}

define internal i32 @_RNvXCs1_9words_lib6CircleNtB2_5Shape5sides(ptr %self) #0 {
  ret i32 0
}

; keep(word): pushes the word onto the table; its index.
define internal i32 @_RNvCs1_9words_lib4keep(i64 %word) #0 {
  %buffer = load ptr, ptr getelementptr inbounds nuw (i8, ptr @_RNvCs1_9words_lib5WORDS, i64 16), align 8
  %len = load i64, ptr getelementptr inbounds nuw (i8, ptr @_RNvCs1_9words_lib5WORDS, i64 24), align 8
  %slot = getelementptr inbounds nuw i64, ptr %buffer, i64 %len
  store i64 %word, ptr %slot, align 8
  %next = add nuw i64 %len, 1
  store i64 %next, ptr getelementptr inbounds nuw (i8, ptr @_RNvCs1_9words_lib5WORDS, i64 24), align 8
  %index = trunc i64 %len to i32
  ret i32 %index
}

; kept(index): the word at index.
define internal i64 @_RNvCs1_9words_lib4kept(i32 %index) #0 {
  %i = zext i32 %index to i64
  %buffer = load ptr, ptr getelementptr inbounds nuw (i8, ptr @_RNvCs1_9words_lib5WORDS, i64 16), align 8
  %slot = getelementptr inbounds nuw i64, ptr %buffer, i64 %i
  %word = load i64, ptr %slot, align 8
  ret i64 %word
}

; register_shape(r): Box::new(Box::new(Circle { r })) as usize, kept.
define internal i32 @register_shape(double %r) #0 {
  %data = call ptr @_RNvCs1_7___rustc12___rust_alloc(i64 8, i64 8)
  store double %r, ptr %data, align 8
  %box = call ptr @_RNvCs1_7___rustc12___rust_alloc(i64 16, i64 8)
  store ptr %data, ptr %box, align 8
  %m = getelementptr inbounds nuw i8, ptr %box, i64 8
  store ptr @vtable.circle, ptr %m, align 8
  %word = ptrtoint ptr %box to i64
  %index = call i32 @_RNvCs1_9words_lib4keep(i64 %word)
  ret i32 %index
}

; shape_handle(index): the word kept at index.
define internal i64 @shape_handle(i32 %index) #0 {
  %word = call i64 @_RNvCs1_9words_lib4kept(i32 %index)
  ret i64 %word
}

; keep_word(word): the caller's word, kept.
define internal i32 @keep_word(i64 %word) #0 {
  %index = call i32 @_RNvCs1_9words_lib4keep(i64 %word)
  ret i32 %index
}

; kept_area(index): the area of the Box<dyn Shape> at the word kept at
; index, through its vtable.
define internal double @kept_area(i32 %index) #0 {
  %word = call i64 @_RNvCs1_9words_lib4kept(i32 %index)
  %b = inttoptr i64 %word to ptr
  %data = load ptr, ptr %b, align 8
  %m = getelementptr inbounds nuw i8, ptr %b, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %a = call double %area(ptr %data)
  ret double %a
}

define internal ptr @reltab.vtable.load.ptr.24(ptr %vt) #1 {
  %p = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

define internal ptr @_RNvCs1_7___rustc12___rust_alloc(i64 %size, i64 %align) #0 {
  %p = call ptr @malloc(i64 %size)
  ret ptr %p
}

declare ptr @malloc(i64)

define i32 @main() #0 {
  %i = call i32 @register_shape(double 2.0)
  %h = call i64 @shape_handle(i32 %i)
  %j = call i32 @keep_word(i64 %h)
  %a = call double @kept_area(i32 %j)
  ret i32 0
}

attributes #0 = { "reltab-protected" "reltab-casts-recorded" }
attributes #1 = { "reltab-vtable-load" }

!llvm.ident = !{!1}
!reltab.casts = !{!2, !3}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
!2 = !{!"address-word-leaves", !"register_shape"}
!3 = !{!"pointer-from-word", !"kept_area"}
