; A value that is a vtable pointer on some paths only: std's io::Error keeps
; a tag in the two low bits of its one word, and when that word shares its
; place with a vtable pointer (an enum's niche), the same value is a vtable
; pointer on one path and an io::Error on another. io::Error's drop glue
; reads through the word only where its tag is 1 (a Box<Custom>: the box at
; word - 1, the Box<dyn Error>'s vtable pointer at word + 7): a tag that a
; word-aligned vtable pointer never has, so those reads are no vtable reads
; (paths.rs). Before, they were refused ("vtable load at a computed offset",
; "offset 7"); now they are left as they are (the report's tagged_reads) and
; the module is converted.
;
; From just 1.59.0 (crates.io): rayon_core's copy of
; `core::ptr::drop_glue::<std::io::error::Error>` after fat LTO (cargo
; reltab compare --keep-bitcode), as it was but for debug info; the caller,
; in which the word is a vtable pointer on the other path (a select with a
; vtable: the census knows it for one everywhere), is reduced by hand to that.

; RUN: %opt -passes=reltab -reltab-layout=relative -pass-remarks=reltab -reltab-report=%t.json -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: FileCheck %s --check-prefix=REPORT < %t.json
; RUN: FileCheck %s --check-prefix=IR < %t.ll

; REMARK-NOT: warning
; REMARK: converted 1 vtables to the relative layout
; REPORT: "tagged_reads": 2

; The tagged reads are left as they were; the drop read of the vtable is rewritten.
; IR-LABEL: define void @drop_either(
; IR:         call ptr @llvm.load.relative.i64(ptr %w, i64 0)
; IR-LABEL: define internal fastcc void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glue
; IR:         %10 = load ptr, ptr %8, align 8
; IR:         %11 = getelementptr i8, ptr %.0.val, i64 7
; IR-NEXT:    %12 = load ptr, ptr %11, align 8

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.error = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop_error, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @describe }>, align 8

define internal void @drop_error(ptr %self) {
  ret void
}

define internal i64 @describe(ptr %self) {
  ret i64 0
}

; The word is the vtable of a constant trait object where %is_dyn holds
; (its drop entry is read), an io::Error otherwise; one select keeps both.
define void @drop_either(i1 %is_dyn, ptr %data, ptr %word) personality ptr @rust_eh_personality {
  %w = select i1 %is_dyn, ptr @vtable.error, ptr %word
  br i1 %is_dyn, label %dyn, label %io

dyn:
  %drop = load ptr, ptr %w, align 8, !invariant.load !0
  call void %drop(ptr %data)
  ret void

io:
  call fastcc void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtNtCsi4IsKQVxMg0_3std2io5error5ErrorECs86FFAV5cVJI_10rayon_core(ptr nonnull %w)
  ret void
}

define ptr @make(ptr %x) {
  ret ptr @vtable.error
}

define internal fastcc void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtNtCsi4IsKQVxMg0_3std2io5error5ErrorECs86FFAV5cVJI_10rayon_core(ptr nonnull %.0.val) unnamed_addr #0 personality ptr @rust_eh_personality {
  %1 = ptrtoint ptr %.0.val to i64
  %2 = and i64 %1, 3
  switch i64 %2, label %default.unreachable2 [
    i64 2, label %30
    i64 3, label %3
    i64 0, label %30
    i64 1, label %7
  ]

default.unreachable2:                             ; preds = %0
  unreachable

3:                                                ; preds = %0
  %4 = icmp ult ptr %.0.val, inttoptr (i64 180388626432 to ptr)
  %5 = and i64 %1, 1095216660480
  %6 = icmp ne i64 %5, 1095216660480
  tail call void @llvm.assume(i1 %4)
  tail call void @llvm.assume(i1 %6)
  br label %30

7:                                                ; preds = %0
  %8 = getelementptr i8, ptr %.0.val, i64 -1
  %9 = icmp ne ptr %8, null
  tail call void @llvm.assume(i1 %9)
  %10 = load ptr, ptr %8, align 8
  %11 = getelementptr i8, ptr %.0.val, i64 7
  %12 = load ptr, ptr %11, align 8, !nonnull !0, !noundef !0
  %13 = load ptr, ptr %12, align 8, !invariant.load !0
  %14 = icmp eq ptr %13, null
  br i1 %14, label %17, label %15

15:                                               ; preds = %7
  %16 = icmp ne ptr %10, null
  tail call void @llvm.assume(i1 %16)
  invoke void %13(ptr noundef nonnull %10)
          to label %17 unwind label %23

17:                                               ; preds = %15, %7
  %18 = getelementptr inbounds nuw i8, ptr %12, i64 8
  %19 = load i64, ptr %18, align 8, !invariant.load !0
  %20 = icmp eq i64 %19, 0
  br i1 %20, label %29, label %21

21:                                               ; preds = %17
  %22 = icmp ne ptr %10, null
  tail call void @llvm.assume(i1 %22)
  tail call void @free(ptr noundef nonnull %10)
  br label %29

23:                                               ; preds = %15
  %24 = landingpad { ptr, i32 }
          cleanup
  %25 = getelementptr inbounds nuw i8, ptr %12, i64 8
  %26 = load i64, ptr %25, align 8, !invariant.load !0
  %27 = icmp eq i64 %26, 0
  br i1 %27, label %_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtNtCs8NwYtU1Mohg_4core5error5ErrorNtNtBM_6marker4SyncNtB1j_4SendEL_ENtNtNtBM_3ops4drop4Drop4dropCs86FFAV5cVJI_10rayon_core.exit, label %28

28:                                               ; preds = %23
  tail call void @free(ptr noundef nonnull %10)
  br label %_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtNtCs8NwYtU1Mohg_4core5error5ErrorNtNtBM_6marker4SyncNtB1j_4SendEL_ENtNtNtBM_3ops4drop4Drop4dropCs86FFAV5cVJI_10rayon_core.exit

_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtNtCs8NwYtU1Mohg_4core5error5ErrorNtNtBM_6marker4SyncNtB1j_4SendEL_ENtNtNtBM_3ops4drop4Drop4dropCs86FFAV5cVJI_10rayon_core.exit: ; preds = %28, %23
  tail call void @free(ptr noundef nonnull %8)
  resume { ptr, i32 } %24

29:                                               ; preds = %21, %17
  tail call void @free(ptr noundef nonnull %8)
  br label %30

30:                                               ; preds = %29, %3, %0, %0
  ret void
}

declare i32 @rust_eh_personality(...)
declare void @free(ptr)
declare void @llvm.assume(i1 noundef)

attributes #0 = { nounwind }

!0 = !{}
