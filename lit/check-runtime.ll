; What check mode adds to the module to report a miss: the check compares
; the word at the address point with the marker (and, when it is the trap
; vtable's, blames the earlier supertrait read); a failure writes its message
; to stderr (fd 2) and traps. The trap vtable's every entry is the
; supertrait trap, and size/align are 0 and 1.

; RUN: %opt -passes=reltab -reltab-check -S %S/Inputs/check-program.ll -o - | FileCheck %s

; CHECK: @reltab.check.trap_vtable = private constant <{ ptr, i64, i64, ptr, ptr, ptr, ptr }> <{ ptr @[[SUPER:reltab.check.missed.1]], i64 0, i64 1, ptr @[[SUPER]], ptr @[[SUPER]], ptr @[[SUPER]], ptr @[[SUPER]] }>

; CHECK-LABEL: define private void @reltab.check.fail(ptr %0, i64 %1)
; CHECK-NEXT:    call i64 @write(i32 2, ptr %0, i64 %1)
; CHECK-NEXT:    call void @llvm.trap()
; CHECK-NEXT:    unreachable

; CHECK-LABEL: define private void @reltab.check.vtable(ptr %0, ptr %1, i64 %2)
; CHECK-NEXT:    %[[W:[0-9]+]] = load ptr, ptr %0, align 8
; CHECK-NEXT:    %[[OK:[0-9]+]] = icmp eq ptr %[[W]], @reltab.check.missed
; CHECK-NEXT:    br i1 %[[OK]], label %[[RET:[0-9]+]], label %[[BAD:[0-9]+]]
; CHECK:       [[RET]]:
; CHECK-NEXT:    ret void
; CHECK:       [[BAD]]:
; CHECK-NEXT:    %[[SUP:[0-9]+]] = icmp eq ptr %[[W]], @[[SUPER]]
; CHECK-DAG:     call void @reltab.check.fail(ptr %1, i64 %2)
; CHECK-DAG:     call void @reltab.check.fail(ptr @{{[0-9]+}}, i64 95)

; CHECK: attributes #{{[0-9]+}} = { cold noinline noreturn nounwind }
