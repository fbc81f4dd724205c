; A converted module carries reltab's mark: an ELF note `.note.reltab`
; (owner "reltab", description "reltab <version> <layout>"), kept by
; @llvm.used, which survives linking and strip; a module left absolute
; carries none. Tools tell converted binaries (and their layout) by it.
;
; IR: Inputs/i686-program.ll (converted); Inputs/boundary-shapes.ll with
; make_shape exported (left absolute).

; RUN: %opt -passes=reltab -S %S/Inputs/i686-program.ll -o %t.ll
; RUN: FileCheck %s < %t.ll
; RUN: llc -filetype=obj %t.ll -o %t.o
; RUN: llvm-readobj --notes %t.o | FileCheck %s --check-prefix=NOTE
; RUN: sed 's/^define internal void @make_shape(/define void @make_shape(/; /call void @host_take/d; /^declare void @host_take/d' \
; RUN:     %S/Inputs/boundary-shapes.ll \
; RUN:   | %opt -passes='lto<O2>' -S -o - 2>/dev/null | FileCheck %s --check-prefix=ABSOLUTE

; CHECK: @reltab.note = private constant <{ i32, i32, i32, [8 x i8], [24 x i8] }> <{ i32 7, i32 21, i32 1, [8 x i8] c"reltab\00\00", [24 x i8] c"reltab {{[0-9.]+}} compact\00\00\00\00" }>, section ".note.reltab", align 4
; CHECK: @llvm.used = appending global [1 x ptr] [ptr @reltab.note], section "llvm.metadata"

; NOTE:      Name: .note.reltab
; NOTE:      Owner: reltab
; NOTE-NEXT: Data size: 0x15
; NOTE:      |reltab 

; ABSOLUTE-NOT: reltab.note
