; Native code the build names is C, like the C library. stacker::_grow
; puts a `&mut dyn FnMut()` on the stack and hands its address, with the
; callback psm::on_stack::with_on_stack, to psm's `rust_psm_on_stack`, an
; assembly function psm's build script compiles; it switches stacks and calls
; the callback, which calls the closure through its vtable. Without more,
; `rust_psm_on_stack` is a declared function that is not the C library, so
; the vtable pointer can leave the module (and the callback's read can be
; reached from outside): refused. Named in a -reltab-native-code file (cargo
; reltab writes one from the native archives the link uses), it is no
; boundary, and the module is converted. An unreadable file is an error.
;
; From jql 9.0.3 (crates.io) after fat LTO: `with_on_stack` as it was (its
; panic handling removed), `_grow` reduced to the call, the closure's
; FnMut vtable with stub methods.

; RUN: %opt -passes='lto<O2>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=REFUSED
; RUN: echo "# psm's assembly" > %t.native
; RUN: echo rust_psm_on_stack >> %t.native
; RUN: %opt -passes='lto<O2>' -reltab-native-code=%t.native -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s --check-prefix=NATIVE
; RUN: not %opt -passes='lto<O2>' -reltab-native-code=%t.missing -disable-output %s 2>&1 | FileCheck %s --check-prefix=MISSING

; REFUSED: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can leave the module: stacker::_grow stores a vtable pointer into memory that code outside the module can reach
; REFUSED-SAME: The other side is what the module exports and declares: 1 declared functions and statics that are not the C library (rust_psm_on_stack). If those declared symbols are native code (C, C++, assembly), name them in a file given as -reltab-native-code=FILE
; NATIVE-NOT: warning
; NATIVE: remark: {{.*}}converted 1 vtables to the compact layout
; MISSING: -reltab-native-code={{.*}}.missing: cannot read the file

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.grow = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr, ptr }> <{ ptr null, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @call_once, ptr @call_mut, ptr @call_mut }>, align 8

define internal void @call_once(ptr %self) #0 {
  ret void
}

define internal void @call_mut(ptr %self) #0 {
  ret void
}

; stacker::_grow
define internal fastcc void @_RNvCs5wcB8IZFf4e_7stacker5__grow(i64 noundef %0, ptr noundef nonnull %1) unnamed_addr #0 {
  %dyn = alloca [16 x i8], align 8
  %ret = alloca [16 x i8], align 8
  store ptr %1, ptr %dyn, align 8
  %vt = getelementptr inbounds nuw i8, ptr %dyn, i64 8
  store ptr @vtable.grow, ptr %vt, align 8
  %data = ptrtoint ptr %dyn to i64
  %out = ptrtoint ptr %ret to i64
  %sp = inttoptr i64 %0 to ptr
  call x86_64_sysvcc void @rust_psm_on_stack(i64 %data, i64 %out, ptr nonnull @_RINvNvCs9bAGQJBsWP1_3psm8on_stack13with_on_stackINtNtCs8NwYtU1Mohg_4core6option6OptionINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtNtBP_3any3AnyNtNtBP_6marker4SendEL_EENCNvCs5wcB8IZFf4e_7stacker5__grow0EB2D_, ptr %sp)
  ret void
}

; psm::on_stack::with_on_stack
define internal x86_64_sysvcc void @_RINvNvCs9bAGQJBsWP1_3psm8on_stack13with_on_stackINtNtCs8NwYtU1Mohg_4core6option6OptionINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtNtBP_3any3AnyNtNtBP_6marker4SendEL_EENCNvCs5wcB8IZFf4e_7stacker5__grow0EB2D_(i64 noundef %0, i64 noundef %1) unnamed_addr #0 {
  %3 = inttoptr i64 %0 to ptr
  %4 = load ptr, ptr %3, align 8, !nonnull !0, !noundef !0
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 8
  %6 = load ptr, ptr %5, align 8, !nonnull !0, !noundef !0
  %7 = getelementptr inbounds nuw i8, ptr %6, i64 32
  %8 = load ptr, ptr %7, align 8, !invariant.load !0, !nonnull !0
  call void %8(ptr noundef nonnull %4)
  ret void
}

declare x86_64_sysvcc void @rust_psm_on_stack(i64 noundef, i64 noundef, ptr noundef nonnull, ptr noundef) unnamed_addr

define i32 @main(i32 %argc, ptr %argv) #0 {
  call fastcc void @_RNvCs5wcB8IZFf4e_7stacker5__grow(i64 1048576, ptr %argv)
  ret i32 0
}

attributes #0 = { "reltab-protected" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
