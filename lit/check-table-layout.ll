; Check mode of the relative layout (-reltab-check -reltab-layout=relative)
; lays a vtable out in the checked form of the relative layout: the relative
; entries below the address point (slot k at -8 - 4k, drop at -4, relative
; to the address point), then at the address
; point the marker (the trap for the drop entry), size and align unchanged,
; and a trap entry in every absolute slot: a trap function for a method, the
; trap vtable for a supertrait entry. Cat's vtable has 4 slots, so 1 padding
; word keeps the address point (24) 8-aligned; every use of the old vtable
; now points at the address point.

; RUN: %opt -passes=reltab -reltab-check -reltab-layout=relative -S %S/Inputs/check-program.ll -o - | FileCheck %s

; CHECK:      @vtable.1 = private unnamed_addr constant <{ i32, i32, i32, i32, i32, i32, ptr, i64, i64, ptr, ptr, ptr, ptr }> <{
; CHECK-SAME:   i32 0,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @[[SPEAK:_RNvXs4_Cs8jbjHzsOPG_3chkNtB5_3CatNtB5_5Speak5speak]] to i64), i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.1, i64 24) to i64)) to i32),
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @[[TAGGED:alloc_8dbce2552a88f7a2dbffbe481d2b672d]], i64 8) to i64), i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.1, i64 24) to i64)) to i32),
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @[[TAG:_RNvXs2_Cs8jbjHzsOPG_3chkNtB5_3CatNtB5_6Tagged3tag]] to i64), i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.1, i64 24) to i64)) to i32),
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @[[NAME:_RNvXs0_Cs8jbjHzsOPG_3chkNtB5_3CatNtB5_5Named4name]] to i64), i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.1, i64 24) to i64)) to i32),
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @[[DROP:_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCs8jbjHzsOPG_3chk3CatEBD_]] to i64), i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @vtable.1, i64 24) to i64)) to i32),
; CHECK-SAME:   ptr @[[MARKER:reltab.check.marker]], i64 4, i64 4,
; CHECK-SAME:   ptr @[[TRAP_NAME:reltab.check.missed.[0-9]+]], ptr @[[TRAP_TAG:reltab.check.missed.[0-9]+]], ptr @reltab.check.trap_vtable, ptr @[[TRAP_SPEAK:reltab.check.missed.[0-9]+]]
; CHECK-SAME: }>, align 8, !reltab.relative

; The address point is what the program passes around.
; CHECK-LABEL: define {{.*}} @main()
; CHECK:       call fastcc {{.*}} @_RNvCs8jbjHzsOPG_3chk5speak(ptr {{.*}} %c, ptr {{.*}} getelementptr inbounds (i8, ptr @vtable.1, i64 24))

; The trap entries name what was missed.
; CHECK:       define private void @[[TRAP_SPEAK]]()
; CHECK-NEXT:    call void @reltab.check.fail(ptr @{{[0-9]+}}, i64 118)
; CHECK-NEXT:    unreachable
