; A local function that reads its `&dyn` parameter's vtable at one entry is
; handed that entry instead of the vtable (promote.rs). chk::speak calls one
; method (rustc marked the parameter dereferenceable(48), a valid vtable at
; every call): each call in main reads the entry from its own vtable, stores
; it in a stack slot of its own and passes the slot; speak loads the method
; from there, and its parameter becomes noalias dereferenceable(8). The
; same for tag (one supertrait entry) and discard (the drop decoder): 3
; parameters. In the fat-LTO pipeline, LLVM's argument promotion then passes
; the values themselves and the reads of constant vtables fold: main calls
; speak with <Dog as Speak>::speak and <Cat as Speak>::speak, and no vtable
; global is left (without promote.rs, both stay alive).

; RUN: %opt -passes=reltab -pass-remarks=reltab -S %S/Inputs/check-program.ll -o %t.ll 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s < %t.ll
; RUN: %opt -passes='reltab-protect,lto<O2>' -S %S/Inputs/check-program.ll -o - | FileCheck %s --check-prefix=LTO
; RUN: %opt -passes='reltab-protect,lto<O2>' -reltab-promote=false -S %S/Inputs/check-program.ll -o - | FileCheck %s --check-prefix=UNPROMOTED

; REMARK: remark: {{.*}}handed 3 parameters of local functions the vtable entries they read instead of the vtable

; CHECK-LABEL: define internal fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk5speak(
; CHECK-SAME:    ptr noundef nonnull %s.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %s.1)
; CHECK-NEXT:  start:
; CHECK-NEXT:    %[[M:[0-9]+]] = load ptr, ptr %s.1, align 8
; CHECK-NEXT:    %_0 = tail call noundef i32 %[[M]](ptr noundef nonnull %s.0)

; CHECK-LABEL: define dso_local noundef i32 @main()
; CHECK:         %[[E:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr @vtable.0, i64 16)
; CHECK-NEXT:    store ptr %[[E]], ptr %[[SLOT:[0-9]+]], align 8
; CHECK-NEXT:    call fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk5speak(ptr noundef nonnull %d, ptr {{.*}}%[[SLOT]])

; LTO-NOT: @vtable.
; LTO: call fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk5speak(ptr noundef nonnull %d, ptr nonnull @_RNvXs3_Cs8jbjHzsOPG_3chkNtB5_3DogNtB5_5Speak5speak)
; LTO: call fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk5speak(ptr noundef nonnull %c, ptr nonnull @_RNvXs4_Cs8jbjHzsOPG_3chkNtB5_3CatNtB5_5Speak5speak)

; UNPROMOTED: @vtable.0 = private unnamed_addr constant
; UNPROMOTED: call fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk5speak(ptr noundef nonnull %d, ptr {{.*}}@vtable.0)
