; The C library is not a boundary: std starts a thread by handing a boxed
; closure (data and FnOnce vtable in a heap block) to pthread_create, which
; only hands it back to the module's own start routine; the start routine
; calls the closure through its vtable. Nothing is exported but main, and
; the module is converted. (std's `thread_start`, in a form reduced from the
; IR of a fat-LTO executable.)

; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK-NOT: warning
; CHECK: remark: {{.*}}converted 1 vtables to the compact layout

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.closure = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RNvCs1_3app7closure4drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvCs1_3app7closure9call_once }>, align 8

define internal void @_RNvCs1_3app7closure4drop(ptr %self) #0 {
  ret void
}

define internal void @_RNvCs1_3app7closure9call_once(ptr %self) #0 {
  ret void
}

; The start routine: loads the box's vtable and calls the closure.
define internal ptr @thread_start(ptr %init) #0 {
  %data = load ptr, ptr %init, align 8
  %m = getelementptr inbounds i8, ptr %init, i64 8
  %vt = load ptr, ptr %m, align 8
  %call_once = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  call void %call_once(ptr %data)
  ret ptr null
}

define i32 @main() #0 {
  %data = call ptr @malloc(i64 8)
  %init = call ptr @malloc(i64 16)
  store ptr %data, ptr %init, align 8
  %m = getelementptr inbounds i8, ptr %init, i64 8
  store ptr @vtable.closure, ptr %m, align 8
  %thread = alloca i64, align 8
  %r = call i32 @pthread_create(ptr %thread, ptr null, ptr @thread_start, ptr %init)
  ret i32 0
}

define internal ptr @reltab.vtable.load.ptr.24(ptr %vt) #1 {
  %p = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

declare ptr @malloc(i64)
declare i32 @pthread_create(ptr, ptr, ptr, ptr)

attributes #0 = { "reltab-protected" }
attributes #1 = { "reltab-vtable-load" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
