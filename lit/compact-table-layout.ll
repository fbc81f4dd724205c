; The compact layout (-reltab-layout=compact) packs drop, size and align into
; one 32-bit header word at the address point: bit 31 has-drop, bits 26-30
; log2(align) + 1, bits 0-25 size; slot k follows at 4 + 4k as an i32 offset
; from the address point. A vtable with a drop function has 4 bytes of
; padding and the drop entry before the address point (which stays
; 8-aligned), and every reference to it points 8 bytes into the table.
; Vtables holding no pointer (dyn Send of u16, Wide, u64) stay absolute.

; (-reltab-promote=false: the calls keep passing the vtables, whose uses
; this test follows; promote-*.ll show what promotion does.)

; RUN: %opt -passes=reltab -reltab-layout=compact -reltab-promote=false -S %S/Inputs/compact-program.ll -o - | FileCheck %s

; Pointerless: untouched, absolute.
; CHECK: @vtable.4 = private unnamed_addr constant [24 x i8] c"\00\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00", align 8
; CHECK: @vtable.5 = private unnamed_addr constant [24 x i8]
; CHECK: @vtable.7 = private unnamed_addr constant [24 x i8]

; Zst: size 0, align 1 -> 1 << 26 (the header is never 0).
; CHECK:      @vtable.0 = private unnamed_addr constant <{ i32, i32 }> <{ i32 67108864,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXs_CscjETHz6wVkg_3cmpNtB4_3ZstNtB4_5Shape4area to i64), i64 ptrtoint (ptr @vtable.0 to i64)) to i32) }>, align 8, !reltab.relative
; Wide: size 40, align 8 -> 4 << 26 | 40.
; CHECK:      @vtable.1 = private unnamed_addr constant <{ i32, i32 }> <{ i32 268435496,
; Aligned: size 64, align 64 -> 7 << 26 | 64.
; CHECK:      @vtable.2 = private unnamed_addr constant <{ i32, i32 }> <{ i32 469762112,
; Noisy: drop, size 4, align 4 -> 1 << 31 | 3 << 26 | 4 (negative as i32),
; after padding and the drop entry; offsets from the address point.
; CHECK:      @vtable.3 = private unnamed_addr constant <{ i32, i32, i32, i32 }> <{ i32 0,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCscjETHz6wVkg_3cmp5NoisyEBD_ to i64), i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.3, i64 8) to i64)) to i32),
; CHECK-SAME:   i32 -1946157052,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXs2_CscjETHz6wVkg_3cmpNtB5_5NoisyNtB5_5Shape4area to i64), i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.3, i64 8) to i64)) to i32) }>, align 8
; Noisy as dyn Send: padding, drop, header, no slot.
; CHECK:      @vtable.6 = private unnamed_addr constant <{ i32, i32, i32 }> <{ i32 0, i32 trunc {{.*}}, i32 -1946157052 }>, align 8

; Wide pointers point at the address point.
; CHECK-LABEL: define dso_local noundef i32 @main()
; CHECK: call fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp12shape_layout(ptr {{.*}}, ptr {{.*}}getelementptr inbounds (i8, ptr @vtable.3, i64 8))
; CHECK: call fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp11send_layout(ptr {{.*}}@vtable.4)
