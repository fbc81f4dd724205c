; On a 32-bit target (i686: 4-byte words, vtables <{ ptr, [8 x i8], ptr... }>
; align 4, size and align read as i32 at 4 and 8, slot k at 12 + 4k) the
; default compact layout packs the 12-byte header into one word: the drop
; entry just below the address point without padding (4 bytes keep it
; aligned to a word), the header word, then the slots at 4 + 4k. Slot reads
; become llvm.load.relative.i32, size/align/drop reads the decoders, whose
; fallback for unconverted vtables reads the absolute i32 entries at 4 and 8.
; The pointerless dyn Send vtable stays as it is.
;
; IR: Inputs/i686-program.ll.

; RUN: %opt -passes=reltab -pass-remarks=reltab -S %S/Inputs/i686-program.ll -o %t.ll 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s < %t.ll

; REMARK: converted 3 vtables to the compact layout: 7 relocations removed, 60 -> 40 bytes; 7 reads rewritten

; CHECK: @vtable.send = private unnamed_addr constant <{ ptr, [8 x i8] }> <{ ptr null, [8 x i8] c"\02\00\00\00\02\00\00\00" }>, align 4
; Wide pointers point at the address point, 4 bytes into a table with a drop.
; CHECK: @objects = {{.*}}{ ptr @counter, ptr getelementptr inbounds (i8, ptr @vtable.counter, i64 4) }, { ptr, ptr } { ptr @wide, ptr @vtable.wide }
; Counter: drop, header 0x8c00000c (has drop, log2(4) + 1 = 3, size 12), slots.
; CHECK: @vtable.counter = private unnamed_addr constant <{ i32, i32, i32, i32 }> <{ i32 sub (i32 ptrtoint (ptr @counter_drop to i32), i32 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.counter, i64 4) to i32)), i32 -1946157044, i32 sub (i32 ptrtoint (ptr @counter_value to i32), {{.*}}), i32 sub (i32 ptrtoint (ptr @counter_twice to i32), {{.*}}) }>, align 4
; Wide: no drop, header 0x14000020 (log2(16) + 1 = 5, size 32).
; CHECK: @vtable.wide = private unnamed_addr constant <{ i32, i32, i32 }> <{ i32 335544352, i32 sub (i32 ptrtoint (ptr @wide_value to i32), i32 ptrtoint (ptr @vtable.wide to i32)), {{.*}} }>, align 4

; CHECK-LABEL: define internal i32 @describe(
; CHECK:         call i32 @reltab.compact.size(ptr %vt)
; CHECK:         call i32 @reltab.compact.align(ptr %vt)
; CHECK:         call ptr @llvm.load.relative.i32(ptr %vt, i32 4)
; CHECK:         call ptr @llvm.load.relative.i32(ptr %vt, i32 8)
; CHECK:         call ptr @reltab.compact.drop(ptr %vt)

; CHECK-LABEL: define private i32 @reltab.compact.size(
; CHECK:         and i32 %{{.*}}, 67108863
; CHECK:         getelementptr inbounds i8, ptr %0, i64 4
; CHECK-NEXT:    load i32
; CHECK-LABEL: define private i32 @reltab.compact.align(
; CHECK:         getelementptr inbounds i8, ptr %0, i64 8
; CHECK-NEXT:    load i32
; CHECK-LABEL: define private ptr @reltab.compact.drop(
; CHECK:         call ptr @llvm.load.relative.i32(ptr %0, i32 -4)
