; What check mode adds to the module to report a miss: the check compares
; the word at the address point with the marker (and, when it is the trap
; vtable's, blames the earlier supertrait read); a failure writes its message
; to stderr (fd 2) and traps. The trap vtable's every entry is the
; supertrait trap, and size/align are 0 and 1. On x86_64 the marker is a
; naked function whose code jumps over eight bytes of magic ("reltab", the
; form's letter C, the layout revision 1) to the drop entry's trap; a table
; whose first word is another binary's marker (its code carries the same
; magic 2 bytes in, or 6 after an endbr64) passes the check, so two binaries
; both in check mode accept each other's tables.

; RUN: %opt -passes=reltab -reltab-check -S %S/Inputs/check-program.ll -o - | FileCheck %s

; CHECK: @reltab.check.trap_vtable = private constant <{ ptr, i64, i64, ptr, ptr, ptr, ptr }> <{ ptr @[[SUPER:reltab.check.missed.1]], i64 0, i64 1, ptr @[[SUPER]], ptr @[[SUPER]], ptr @[[SUPER]], ptr @[[SUPER]] }>

; CHECK-LABEL: define private void @reltab.check.fail(ptr %0, i64 %1)
; CHECK-NEXT:    call i64 @write(i32 2, ptr %0, i64 %1)
; CHECK-NEXT:    call void @llvm.trap()
; CHECK-NEXT:    unreachable

; CHECK-LABEL: define private void @reltab.check.marker()
; CHECK-NEXT:    call void asm sideeffect "jmp 1f\0A.quad 0x1436261746c6572\0A1: jmp ${0:c}", "s"(ptr @reltab.check.missed)
; CHECK-NEXT:    unreachable

; CHECK-LABEL: define private void @reltab.check.vtable(ptr %0, ptr %1, i64 %2)
; CHECK-NEXT:    %[[W:[0-9]+]] = load ptr, ptr %0, align 8
; CHECK-NEXT:    %[[OK:[0-9]+]] = icmp eq ptr %[[W]], @reltab.check.marker
; CHECK-NEXT:    br i1 %[[OK]], label %[[RET:[0-9]+]], label %[[BAD:[0-9]+]]
; CHECK:       [[RET]]:
; CHECK-NEXT:    ret void
; CHECK:       [[BAD]]:
; CHECK-NEXT:    %[[SUP:[0-9]+]] = icmp eq ptr %[[W]], @[[SUPER]]
; CHECK-NEXT:    br i1 %[[SUP]], label %{{[0-9]+}}, label %[[PROBE:[0-9]+]]
; CHECK-DAG:     call void @reltab.check.fail(ptr %1, i64 %2)
; CHECK-DAG:     call void @reltab.check.fail(ptr @{{[0-9]+}}, i64 95)
; CHECK:       [[PROBE]]:
; CHECK-NEXT:    %[[NN:[0-9]+]] = icmp ne ptr %[[W]], null
; CHECK-NEXT:    br i1 %[[NN]], label %[[READ:[0-9]+]], label %{{[0-9]+}}
; CHECK:       [[READ]]:
; CHECK-NEXT:    %[[AT2:[0-9]+]] = getelementptr i8, ptr %[[W]], i64 2
; CHECK-NEXT:    %[[M2:[0-9]+]] = load i64, ptr %[[AT2]], align 1
; CHECK-NEXT:    %[[IS2:[0-9]+]] = icmp eq i64 %[[M2]], 91024588182152562
; CHECK-NEXT:    %[[AT6:[0-9]+]] = getelementptr i8, ptr %[[W]], i64 6
; CHECK-NEXT:    %[[M6:[0-9]+]] = load i64, ptr %[[AT6]], align 1
; CHECK-NEXT:    %[[IS6:[0-9]+]] = icmp eq i64 %[[M6]], 91024588182152562
; CHECK-NEXT:    %[[ANY:[0-9]+]] = or i1 %[[IS2]], %[[IS6]]
; CHECK-NEXT:    br i1 %[[ANY]], label %[[RET]], label %{{[0-9]+}}

; CHECK: attributes #{{[0-9]+}} = { cold noinline noreturn nounwind }
