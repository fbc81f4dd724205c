; In the compact layout a method read becomes llvm.load.relative at 4 + 4k
; from the address point, and the reads of drop, size and align become calls
; to three private alwaysinline decoders, made once per module:
;   drop:  header < 0 (bit 31) ? load.relative(vt, -4) : null
;   size:  header != 0 ? header & 0x3ffffff : the absolute word at vt + 8
;   align: header != 0 ? 1 << (((header >> 26) & 31) - 1) : the word at vt + 16
; A header of 0 is a vtable holding no pointer, never converted and still
; absolute. The vtable parameters lose rustc's dereferenceable(N) (N is the
; absolute size, larger than the compact table).

; (-reltab-promote=false: the reads stay in send_layout and discard, whose
; parameters promote.rs would otherwise hand their entries; promote-*.ll
; show what promotion does.)

; RUN: %opt -passes=reltab -reltab-layout=compact -reltab-promote=false -S %S/Inputs/compact-program.ll -o - | FileCheck %s

; CHECK-LABEL: define internal fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp11send_layout(
; CHECK-SAME:    ptr noalias noundef readonly align 8 captures(none) %s.1)
; CHECK:         call i64 @reltab.compact.size(ptr %s.1)
; CHECK:         call i64 @reltab.compact.align(ptr %s.1)
; CHECK-NOT:     load i64
; CHECK:         ret i32

; CHECK-LABEL: define internal fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp12shape_layout(
; CHECK:         call i64 @reltab.compact.size(ptr %s.1)
; CHECK:         call i64 @reltab.compact.align(ptr %s.1)
; CHECK:         [[M:%.*]] = call ptr @llvm.load.relative.i64(ptr %s.1, i64 4)
; CHECK:         tail call noundef i32 [[M]](ptr noundef nonnull %s.0)

; CHECK-LABEL: define internal fastcc void @_RNvCscjETHz6wVkg_3cmp7discard(
; CHECK:         [[D:%.*]] = call ptr @reltab.compact.drop(ptr %s.1)
; CHECK-NEXT:    icmp eq ptr [[D]], null

; CHECK-LABEL: define private i64 @reltab.compact.size(
; CHECK-SAME:    ptr %0) #[[DECODER:[0-9]+]] {
; CHECK-NEXT:    [[H:%.*]] = load i32, ptr %0, align 4, !invariant.load
; CHECK-NEXT:    [[C:%.*]] = icmp ne i32 [[H]], 0
; CHECK-NEXT:    br i1 [[C]], label %[[PACKED:.*]], label %[[ABS:.*]]
; CHECK:       [[PACKED]]:
; CHECK-NEXT:    [[S:%.*]] = and i32 [[H]], 67108863
; CHECK-NEXT:    [[S64:%.*]] = zext i32 [[S]] to i64
; CHECK-NEXT:    ret i64 [[S64]]
; CHECK:       [[ABS]]:
; CHECK-NEXT:    [[P:%.*]] = getelementptr inbounds i8, ptr %0, i64 8
; CHECK-NEXT:    [[A:%.*]] = load i64, ptr [[P]], align 8, !invariant.load
; CHECK-NEXT:    ret i64 [[A]]

; CHECK-LABEL: define private i64 @reltab.compact.align(
; CHECK-SAME:    ptr %0) #[[DECODER]] {
; CHECK-NEXT:    [[H:%.*]] = load i32, ptr %0, align 4, !invariant.load
; CHECK-NEXT:    [[C:%.*]] = icmp ne i32 [[H]], 0
; CHECK-NEXT:    br i1 [[C]], label %[[PACKED:.*]], label %[[ABS:.*]]
; CHECK:       [[PACKED]]:
; CHECK-NEXT:    [[F:%.*]] = lshr i32 [[H]], 26
; CHECK-NEXT:    [[F5:%.*]] = and i32 [[F]], 31
; CHECK-NEXT:    [[L:%.*]] = sub i32 [[F5]], 1
; CHECK-NEXT:    [[L64:%.*]] = zext i32 [[L]] to i64
; CHECK-NEXT:    [[AL:%.*]] = shl i64 1, [[L64]]
; CHECK-NEXT:    ret i64 [[AL]]
; CHECK:       [[ABS]]:
; CHECK-NEXT:    [[P:%.*]] = getelementptr inbounds i8, ptr %0, i64 16
; CHECK-NEXT:    [[A:%.*]] = load i64, ptr [[P]], align 8, !invariant.load
; CHECK-NEXT:    ret i64 [[A]]

; CHECK-LABEL: define private ptr @reltab.compact.drop(
; CHECK-SAME:    ptr %0) #[[DECODER]] {
; CHECK-NEXT:    [[H:%.*]] = load i32, ptr %0, align 4, !invariant.load
; CHECK-NEXT:    [[C:%.*]] = icmp slt i32 [[H]], 0
; CHECK-NEXT:    br i1 [[C]], label %[[HAS:.*]], label %[[NONE:.*]]
; CHECK:       [[HAS]]:
; CHECK-NEXT:    [[D:%.*]] = call ptr @llvm.load.relative.i64(ptr %0, i64 -4)
; CHECK-NEXT:    ret ptr [[D]]
; CHECK:       [[NONE]]:
; CHECK-NEXT:    ret ptr null

; CHECK: attributes #[[DECODER]] = { alwaysinline nofree nosync nounwind willreturn memory(argmem: read) }
