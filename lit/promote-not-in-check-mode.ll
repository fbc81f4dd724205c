; In check mode every read first checks its vtable, so a vtable parameter is
; used by the checks too, not by its reads alone: promote.rs hands no
; parameter its entries, and each read stays checked where it was.

; RUN: %opt -passes=reltab -reltab-check -pass-remarks=reltab -S %S/Inputs/check-program.ll -o %t.ll 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s < %t.ll

; REMARK-NOT: handed
; REMARK: converted 4 vtables to the checked form

; CHECK-LABEL: define internal fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk5speak(
; CHECK:         call void @reltab.check.vtable(ptr %s.1,
; CHECK-NEXT:    call ptr @llvm.load.relative.i64(ptr %s.1, i64 -24)
