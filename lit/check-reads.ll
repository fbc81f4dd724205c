; Check mode of the relative layout checks every vtable read before it
; happens, and reads the checked form's entries:
; `call @reltab.check.vtable(%vt, message, length)`
; then `llvm.load.relative` at the entry's offset from the address point
; (method slot 3 at -20, supertrait slot 2 at -16, then slot 0 of the upcast
; vtable at -8, drop at -4 mapped back to null when the entry is 0). Each
; message names the function, the entry and its absolute offset.

; RUN: %opt -passes=reltab -reltab-check -reltab-layout=relative -S %S/Inputs/check-program.ll -o - | FileCheck %s

; CHECK: @[[SUPER_MSG:[0-9]+]] = private unnamed_addr constant [102 x i8] c"reltab check: chk::tag read the supertrait entry at offset 40 of a vtable that reltab did not convert\0A"
; CHECK: @[[TAG_MSG:[0-9]+]] = private unnamed_addr constant [98 x i8] c"reltab check: chk::tag read the method entry at offset 24 of a vtable that reltab did not convert\0A"
; CHECK: @[[SPEAK_MSG:[0-9]+]] = private unnamed_addr constant [100 x i8] c"reltab check: chk::speak read the method entry at offset 48 of a vtable that reltab did not convert\0A"
; CHECK: @[[DROP_MSG:[0-9]+]] = private unnamed_addr constant [99 x i8] c"reltab check: chk::discard read the drop entry at offset 0 of a vtable that reltab did not convert\0A"

; CHECK-LABEL: define internal fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk3tag(
; CHECK:         call void @reltab.check.vtable(ptr %s.1, ptr @[[SUPER_MSG]], i64 102)
; CHECK-NEXT:    %[[UP:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr %s.1, i64 -16)
; CHECK:         call void @reltab.check.vtable(ptr %[[UP]], ptr @[[TAG_MSG]], i64 98)
; CHECK-NEXT:    %[[F:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr %[[UP]], i64 -8)
; CHECK-NEXT:    call noundef i32 %[[F]](

; CHECK-LABEL: define internal fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk5speak(
; CHECK:         call void @reltab.check.vtable(ptr %s.1, ptr @[[SPEAK_MSG]], i64 100)
; CHECK-NEXT:    call ptr @llvm.load.relative.i64(ptr %s.1, i64 -20)

; CHECK-LABEL: define internal fastcc void @_RNvCs8jbjHzsOPG_3chk7discard(
; CHECK:         call void @reltab.check.vtable(ptr %s.1, ptr @[[DROP_MSG]], i64 99)
; CHECK-NEXT:    %[[E:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr %s.1, i64 -4)
; CHECK-NEXT:    %[[Z:[0-9]+]] = icmp eq ptr %[[E]], %s.1
; CHECK-NEXT:    select i1 %[[Z]], ptr null, ptr %[[E]]
