; Check mode of the compact layout checks every vtable read before it
; happens, and reads the checked compact form's entries. A method read is
; checked by @reltab.check.vtable and becomes llvm.load.relative at
; -12 - 4k. A read of drop, size or align goes through the compact decoders,
; and is checked by @reltab.check.header, which also lets through a table
; whose first word is null: the absolute vtables that hold no pointer, which
; the decoders read in their absolute layout. The decoders tell the two
; apart by that first word (the marker, or null) and decode the header at
; -4, the drop entry at -8 when the has-drop bit is set.

; RUN: %opt -passes=reltab -reltab-check -S %S/Inputs/compact-program.ll -o - | FileCheck %s

; CHECK: @[[SIZE_MSG:[0-9]+]] = private unnamed_addr constant [104 x i8] c"reltab check: cmp::shape_layout read the size entry at offset 8 of a vtable that reltab did not convert\0A"
; CHECK: @[[AREA_MSG:[0-9]+]] = private unnamed_addr constant [107 x i8] c"reltab check: cmp::shape_layout read the method entry at offset 24 of a vtable that reltab did not convert\0A"
; CHECK: @[[DROP_MSG:[0-9]+]] = private unnamed_addr constant [99 x i8] c"reltab check: cmp::discard read the drop entry at offset 0 of a vtable that reltab did not convert\0A"

; CHECK-LABEL: define internal fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp12shape_layout(
; CHECK:         call void @reltab.check.header(ptr %s.1, ptr @[[SIZE_MSG]], i64 104)
; CHECK-NEXT:    call i64 @reltab.compact.size(ptr %s.1)
; CHECK:         call void @reltab.check.header(ptr %s.1,
; CHECK-NEXT:    call i64 @reltab.compact.align(ptr %s.1)
; CHECK:         call void @reltab.check.vtable(ptr %s.1, ptr @[[AREA_MSG]], i64 107)
; CHECK-NEXT:    [[M:%.*]] = call ptr @llvm.load.relative.i64(ptr %s.1, i64 -12)
; CHECK-NEXT:    call noundef i32 [[M]](

; CHECK-LABEL: define internal fastcc void @_RNvCscjETHz6wVkg_3cmp7discard(
; CHECK:         call void @reltab.check.header(ptr %s.1, ptr @[[DROP_MSG]], i64 99)
; CHECK-NEXT:    call ptr @reltab.compact.drop(ptr %s.1)

; CHECK-LABEL: define private i64 @reltab.compact.size(
; CHECK-NEXT:    [[W:%.*]] = load ptr, ptr %0, align 8, !invariant.load
; CHECK-NEXT:    [[C:%.*]] = icmp ne ptr [[W]], null
; CHECK-NEXT:    br i1 [[C]], label %[[PACKED:.*]], label %[[ABS:.*]]
; CHECK:       [[PACKED]]:
; CHECK-NEXT:    [[HP:%.*]] = getelementptr inbounds i8, ptr %0, i64 -4
; CHECK-NEXT:    [[H:%.*]] = load i32, ptr [[HP]], align 4, !invariant.load
; CHECK-NEXT:    [[S:%.*]] = and i32 [[H]], 67108863
; CHECK:       [[ABS]]:
; CHECK-NEXT:    [[P:%.*]] = getelementptr inbounds i8, ptr %0, i64 8
; CHECK-NEXT:    load i64, ptr [[P]], align 8, !invariant.load

; CHECK-LABEL: define private void @reltab.check.header(ptr %0, ptr %1, i64 %2)
; CHECK-NEXT:    [[W:%.*]] = load ptr, ptr %0, align 8
; CHECK-NEXT:    [[MARKED:%.*]] = icmp eq ptr [[W]], @reltab.check.marker
; CHECK-NEXT:    [[NULL:%.*]] = icmp eq ptr [[W]], null
; CHECK-NEXT:    [[OK:%.*]] = or i1 [[MARKED]], [[NULL]]
; CHECK-NEXT:    br i1 [[OK]], label

; CHECK-LABEL: define private ptr @reltab.compact.drop(
; CHECK-NEXT:    [[W:%.*]] = load ptr, ptr %0, align 8, !invariant.load
; CHECK-NEXT:    [[C:%.*]] = icmp ne ptr [[W]], null
; CHECK-NEXT:    br i1 [[C]], label %[[HEADER:.*]], label %[[NONE:.*]]
; CHECK:       [[DROP:.*]]:
; CHECK-NEXT:    [[D:%.*]] = call ptr @llvm.load.relative.i64(ptr %0, i64 -8)
; CHECK-NEXT:    ret ptr [[D]]
; CHECK:       [[NONE]]:
; CHECK-NEXT:    ret ptr null
; CHECK:       [[HEADER]]:
; CHECK-NEXT:    [[HP:%.*]] = getelementptr inbounds i8, ptr %0, i64 -4
; CHECK-NEXT:    [[H:%.*]] = load i32, ptr [[HP]], align 4, !invariant.load
; CHECK-NEXT:    [[HAS:%.*]] = icmp slt i32 [[H]], 0
; CHECK-NEXT:    br i1 [[HAS]], label %[[DROP]], label %[[NONE]]
