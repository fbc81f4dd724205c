; Check mode of the compact layout (-reltab-check, the default layout) lays a
; vtable out in the checked form of the compact layout: below the address
; point, downwards, the compact header at -4, the drop entry at -8 (0 when
; the type has no drop glue) and slot k at -12 - 4k, with padding first to
; keep the address point 8-aligned; at the address point the check marker,
; then size and align, and a trap entry in every absolute slot. Noisy's
; Shape vtable (a drop, one slot) is 16 bytes below, its dyn Send vtable (a
; drop, no slot) 8. Like the compact layout, it leaves the vtables that hold
; no pointer (dyn Send of u16, Wide, u64) absolute.

; RUN: %opt -passes=reltab -reltab-check -S %S/Inputs/compact-program.ll -o - | FileCheck %s

; The dyn Send vtables of u16, Wide and u64: absolute, as rustc made them.
; CHECK: @vtable.4 = private unnamed_addr constant [24 x i8] c"\00\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00", align 8
; CHECK: @vtable.5 = private unnamed_addr constant [24 x i8]
; CHECK: @vtable.7 = private unnamed_addr constant [24 x i8]

; Zst's Shape vtable: padding, area, no drop, header (size 0, align 1).
; CHECK:      @vtable.0 = private unnamed_addr constant <{ i32, i32, i32, i32, ptr, i64, i64, ptr }> <{
; CHECK-SAME:   i32 0,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXs_CscjETHz6wVkg_3cmpNtB4_3ZstNtB4_5Shape4area to i64), i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.0, i64 16) to i64)) to i32),
; CHECK-SAME:   i32 0, i32 67108864,
; CHECK-SAME:   ptr @[[MARKER:reltab.check.marker]], i64 0, i64 1, ptr @reltab.check.missed.{{[0-9]+}}
; CHECK-SAME: }>, align 8, !reltab.relative

; Noisy's Shape vtable: padding, area, drop, header (has-drop, align 4,
; size 4: 0x8c000004).
; CHECK:      @vtable.3 = private unnamed_addr constant <{ i32, i32, i32, i32, ptr, i64, i64, ptr }> <{
; CHECK-SAME:   i32 0,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXs2_CscjETHz6wVkg_3cmpNtB5_5NoisyNtB5_5Shape4area to i64), i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.3, i64 16) to i64)) to i32),
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @[[DROP:_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCscjETHz6wVkg_3cmp5NoisyEBD_]] to i64), i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.3, i64 16) to i64)) to i32),
; CHECK-SAME:   i32 -1946157052,
; CHECK-SAME:   ptr @[[MARKER]], i64 4, i64 4, ptr @reltab.check.missed.{{[0-9]+}}
; CHECK-SAME: }>, align 8, !reltab.relative

; Noisy's dyn Send vtable: drop, header, then the marker at 8.
; CHECK:      @vtable.6 = private unnamed_addr constant <{ i32, i32, ptr, i64, i64 }> <{
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @[[DROP]] to i64), i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.6, i64 8) to i64)) to i32),
; CHECK-SAME:   i32 -1946157052, ptr @[[MARKER]], i64 4, i64 4 }>, align 8, !reltab.relative

; The mark names the form.
; CHECK: c"reltab 0.1.0 checked-compact\00
