; Check mode in a program without the C library (a freestanding no_std
; program, linked with -nostdlib): the check's failure path declares
; `write` weak when the module does not call it, and calls it only where it
; was linked in (an undefined weak symbol's address is null); either way it
; then traps. Before, such a program failed to link in check mode
; (`undefined symbol: write`).
;
; IR: the freestanding program of live-dead-read-past-every-vtable.ll
; (tests/classes/dead_code_no_std.rs), which calls no C function.

; RUN: %opt -passes=reltab -reltab-check -S %S/live-dead-read-past-every-vtable.ll -o - | FileCheck %s

; CHECK-LABEL: define private void @reltab.check.fail(ptr %0, i64 %1)
; CHECK-NEXT:    %[[NONE:[0-9]+]] = icmp eq ptr @write, null
; CHECK-NEXT:    br i1 %[[NONE]], label %[[TRAP:[0-9]+]], label %[[WRITE:[0-9]+]]
; CHECK:       [[WRITE]]:
; CHECK-NEXT:    call i64 @write(i32 2, ptr %0, i64 %1)
; CHECK-NEXT:    br label %[[TRAP]]
; CHECK:       [[TRAP]]:
; CHECK-NEXT:    call void @llvm.trap()
; CHECK: declare extern_weak i64 @write(i32, ptr, i64)
