; promote.rs hands a parameter its entries only where LLVM's argument
; promotion in the LTO pipeline would take them: at most two entries.
; send_layout reads two (the size and align decoders) and is promoted;
; shape_layout reads three (size, align and a method) and keeps its vtable,
; read where it was.

; RUN: %opt -passes=reltab -S %S/Inputs/compact-program.ll -o - | FileCheck %s

; CHECK-LABEL: define internal fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp11send_layout(
; CHECK-SAME:    dereferenceable(16) %s.1)
; CHECK-NEXT:  start:
; CHECK-NEXT:    %[[SIZE:[0-9]+]] = load i64, ptr %s.1, align 8
; CHECK-NEXT:    %_3 = mul i64 %[[SIZE]], 100
; CHECK-NEXT:    %[[AT:[0-9]+]] = getelementptr inbounds i8, ptr %s.1, i64 8
; CHECK-NEXT:    %[[ALIGN:[0-9]+]] = load i64, ptr %[[AT]], align 8
; CHECK-NEXT:    %_2 = add i64 %_3, %[[ALIGN]]

; CHECK-LABEL: define internal fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp12shape_layout(
; CHECK-NOT:     dereferenceable
; CHECK-SAME:    %s.1)
; CHECK:         call i64 @reltab.compact.size(ptr %s.1)
; CHECK:         call i64 @reltab.compact.align(ptr %s.1)
; CHECK:         call ptr @llvm.load.relative.i64(ptr %s.1, i64 4)
