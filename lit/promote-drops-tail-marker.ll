; A call handed a stack slot in place of a vtable loses its `tail` marker
; (promote.rs): `tail` says the callee reads none of the caller's allocas,
; and dead-store elimination then drops the stores into the slot, so the
; callee calls whatever the stack held (std's `rust_panic` tail-calls
; `__rust_start_panic` so: every panic crashed). The input is chk's main
; with its first call of chk::speak marked `tail`, as LLVM marks a call that
; passes no alloca; after reltab and DSE the method is still stored in the
; slot that call passes.

; RUN: sed 's/%_10 = call fastcc/%_10 = tail call fastcc/' %S/Inputs/check-program.ll \
; RUN:   | %opt -passes=reltab -S -o %t.ll
; RUN: FileCheck %s < %t.ll
; RUN: %llvm-opt -passes=dse -S %t.ll -o - | FileCheck %s

; CHECK-LABEL: define dso_local noundef i32 @main()
; CHECK:         %[[E:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr @vtable.0, i64 16)
; CHECK-NEXT:    store ptr %[[E]], ptr %[[SLOT:[0-9]+]], align 8
; CHECK-NEXT:    %_10 = call fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk5speak(ptr noundef nonnull %d, ptr {{.*}}%[[SLOT]])
