; On a 32-bit target (i686) the relative layout keeps every entry where it
; was: rustc's entries are already 4 bytes, so drop stays at 0, size and
; align (i32) at 4 and 8, slot k at 12 + 4k; each pointer becomes an i32
; offset from the table (no relocation), size and align reads are unchanged.
;
; IR: Inputs/i686-program.ll.

; RUN: %opt -passes=reltab -reltab-layout=relative -pass-remarks=reltab -S %S/Inputs/i686-program.ll -o %t.ll 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s < %t.ll

; REMARK: converted 3 vtables to the relative layout: 7 relocations removed, 60 -> 60 bytes; 3 reads rewritten

; CHECK: @vtable.counter = private unnamed_addr constant <{ i32, i32, i32, i32, i32 }> <{ i32 sub (i32 ptrtoint (ptr @counter_drop to i32), i32 ptrtoint (ptr @vtable.counter to i32)), i32 12, i32 4, i32 sub (i32 ptrtoint (ptr @counter_value to i32), i32 ptrtoint (ptr @vtable.counter to i32)), {{.*}} }>, align 4
; CHECK: @vtable.wide = private unnamed_addr constant <{ i32, i32, i32, i32, i32 }> <{ i32 0, i32 32, i32 16, {{.*}} }>, align 4

; CHECK-LABEL: define internal i32 @describe(
; CHECK:         %size = load i32, ptr %size.p, align 4, !invariant.load
; CHECK:         %align = load i32, ptr %align.p, align 4, !invariant.load
; CHECK:         call ptr @llvm.load.relative.i32(ptr %vt, i32 12)
; CHECK:         call ptr @llvm.load.relative.i32(ptr %vt, i32 16)
; CHECK:         call ptr @llvm.load.relative.i32(ptr %vt, i32 0)
