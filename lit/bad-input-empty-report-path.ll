; A report option without a path - `-reltab-report=` on opt's command line,
; or `-reltab-report` / `-reltab-report=` in RELTAB_OPTIONS (where the next
; word cannot be its value) - is a wrong option value: the user asked for a
; report and must be told that none can be written, like for a path that
; cannot be written (bad-report-path.ll).
; Before the fix (found while writing the bad-input tests; reltab at commit c953f23):
; all three are taken as "no report": opt exits 0, no report is written,
; and nothing is said.
; IR: the vtable and read of bad-input-vtable-to-external-function.ll.
; RUN: not %opt -passes=reltab -reltab-report= -disable-output %s 2>&1 | FileCheck %s
; RUN: not env RELTAB_OPTIONS=-reltab-report %opt -passes=reltab -disable-output %s 2>&1 | FileCheck %s
; RUN: not env RELTAB_OPTIONS=-reltab-report= %opt -passes=reltab -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}reltab{{.*}}report

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define i32 @main() {
  %f = load ptr, ptr getelementptr inbounds (i8, ptr @vtable.0, i64 24), align 8, !invariant.load !0
  %r = call i32 %f(ptr null)
  ret i32 %r
}

!0 = !{}
