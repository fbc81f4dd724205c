; A marked read says its base is a vtable pointer where it runs, not on
; every path. clap's `Help` is `&mut dyn Write` or `&mut Colorizer` in one
; pair of words, told apart by whether the first (the data pointer) is null:
; `Help::none` reads the second word as a vtable (method at offset 56) on one
; side, and passes it as `&mut Colorizer` to `Colorizer::none` on the other.
; The census used to take the word for a vtable pointer everywhere, follow it
; into `Colorizer::none`, and refuse ("read from a parameter that is not
; always a vtable": its other callers pass a Colorizer on the stack; stylua
; 2.6.0). In code compiled with reltab, where every vtable read is marked or
; protected, the evidence of a marked read now holds only where it covers
; (every path to the place passes the read: paths.rs, Coverage), and the
; module is converted with the Colorizer reads left alone.
;
; From stylua 2.6.0 (crates.io), clap_builder's `Help::none` and
; `Colorizer::none` at the start of fat LTO (-Csave-temps), reduced: the
; branch on the data pointer, the call and the protected read as they were
; (a protected read is not taken as ambiguous because a caller passes the
; Colorizer in the same parameter: census.rs says why), the
; String's construction and the rest removed; main and the vtable
; hand-written.

; RUN: %opt -passes=reltab -pass-remarks=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: FileCheck %s --check-prefix=IR < %t.ll

; REMARK-NOT: warning
; REMARK: converted 1 vtables to the compact layout

; The Colorizer is read as it was.
; IR-LABEL: define internal fastcc void @_RINvMNtNtCs9Hych9xmBAx_4clap6output3fmtNtB3_9Colorizer4noneNtNtCsbEht8wFNRx7_5alloc6string6StringEB7_(
; IR-NEXT:    %3 = getelementptr inbounds nuw i8, ptr %0, i64 16
; IR-NEXT:    %4 = load i64, ptr %3, align 8
; IR-NEXT:    %5 = load i64, ptr %0, align 8

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.write = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr, ptr, ptr, ptr }> <{ ptr null, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @m, ptr @m, ptr @m, ptr @m, ptr @write_str }>, align 8

define internal i64 @m(ptr %self) #0 {
  ret i64 0
}

define internal ptr @write_str(ptr %self, ptr %s, i64 %n) #0 {
  ret ptr null
}

; Colorizer::none::<String>: pushes onto the Colorizer's Vec (its len at 16,
; its capacity at 0).
define internal fastcc void @_RINvMNtNtCs9Hych9xmBAx_4clap6output3fmtNtB3_9Colorizer4noneNtNtCsbEht8wFNRx7_5alloc6string6StringEB7_(ptr noalias noundef nonnull align 8 captures(none) dereferenceable(32) %0, ptr %1) unnamed_addr #0 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %4 = load i64, ptr %3, align 8, !noundef !0
  %5 = load i64, ptr %0, align 8, !noundef !0
  %6 = icmp eq i64 %4, %5
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %8 = load ptr, ptr %7, align 8
  store ptr %1, ptr %8, align 8
  ret void
}

; Help::none: `%0` null means the Colorizer variant.
define internal fastcc noundef ptr @_RINvMs_NtNtCs9Hych9xmBAx_4clap6output4helpNtB5_4Help4noneReEB9_(ptr %0, ptr %1, ptr noalias noundef nonnull readonly %2, i64 noundef %3) unnamed_addr #0 {
  %5 = icmp eq ptr %0, null
  br i1 %5, label %8, label %19

8:
  call fastcc void @_RINvMNtNtCs9Hych9xmBAx_4clap6output3fmtNtB3_9Colorizer4noneNtNtCsbEht8wFNRx7_5alloc6string6StringEB7_(ptr noalias noundef align 8 dereferenceable(32) %1, ptr %2)
  ret ptr null

19:
  %20 = tail call nonnull ptr @reltab.vtable.load.ptr.56(ptr nonnull %1)
  %22 = call ptr %20(ptr nonnull %0, ptr nonnull %2, i64 %3)
  ret ptr %22
}

; reltab's protection of the marked read (protect.rs)
define linkonce_odr hidden ptr @reltab.vtable.load.ptr.56(ptr %vt) #1 {
  %p = getelementptr inbounds i8, ptr %vt, i64 56
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

; Error::formatted: a Colorizer on the stack.
define internal void @_RNvMNtCs9Hych9xmBAx_4clap5errorNtB2_5Error9formatted(ptr %s) #0 {
  %colorizer = alloca [32 x i8], align 8
  call fastcc void @_RINvMNtNtCs9Hych9xmBAx_4clap6output3fmtNtB3_9Colorizer4noneNtNtCsbEht8wFNRx7_5alloc6string6StringEB7_(ptr %colorizer, ptr %s)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) #0 {
  %colorizer = alloca [32 x i8], align 8
  %a = call fastcc ptr @_RINvMs_NtNtCs9Hych9xmBAx_4clap6output4helpNtB5_4Help4noneReEB9_(ptr null, ptr %colorizer, ptr %argv, i64 1)
  %out = alloca [16 x i8], align 8
  %out.vt = getelementptr inbounds i8, ptr %out, i64 8
  store ptr @vtable.write, ptr %out.vt, align 8
  %vt = load ptr, ptr %out.vt, align 8
  %b = call fastcc ptr @_RINvMs_NtNtCs9Hych9xmBAx_4clap6output4helpNtB5_4Help4noneReEB9_(ptr %argv, ptr %vt, ptr %argv, i64 1)
  call void @_RNvMNtCs9Hych9xmBAx_4clap5errorNtB2_5Error9formatted(ptr %argv)
  ret i32 0
}

attributes #0 = { "reltab-protected" }
attributes #1 = { noinline "reltab-vtable-load" }

!0 = !{}
