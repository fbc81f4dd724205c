; What dlsym finds by a C library function's name is C: std looks up
; optional glibc functions so (`weak!`: `__pthread_get_minstack`, which
; thread::spawn calls with its pthread_attr_t), and calls them with its own
; data. Such a lookup is no boundary, so every program that spawns a thread
; is still converted (the plugin lookup of boundary-dlsym-plugin-entry.ll is
; refused).
;
; The same reduced executable, with the lookup of a C function instead of
; the plugin's, called with memory of the module's that holds a box's
; vtable pointer: were the result taken as another binary's function, that
; vtable would be handed to it, and the module left absolute.

; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK: remark: {{.*}}converted 1 vtables
; CHECK-NOT: warning: reltab

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@name.minstack = private unnamed_addr constant [23 x i8] c"__pthread_get_minstack\00", align 1
@vtable.circle = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @circle_drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @circle_area }>, align 8

define internal void @circle_drop(ptr %self) #0 {
  ret void
}

define internal double @circle_area(ptr %self) #0 {
  %r = load double, ptr %self, align 8
  ret double %r
}

define i32 @main(i32 %argc, ptr %argv) #0 {
  %minstack = call ptr @dlsym(ptr null, ptr @name.minstack)
  %data = alloca [8 x i8], align 8
  store double 1.5, ptr %data, align 8
  %box = alloca [16 x i8], align 8
  store ptr %data, ptr %box, align 8
  %m = getelementptr inbounds nuw i8, ptr %box, i64 8
  store ptr @vtable.circle, ptr %m, align 8
  %min = call i64 %minstack(ptr %box)
  %vt = load ptr, ptr %m, align 8
  %own = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %b = call double %own(ptr %data)
  ret i32 0
}

declare ptr @dlsym(ptr, ptr)

define internal ptr @reltab.vtable.load.ptr.24(ptr %vt) #1 {
  %p = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

attributes #0 = { "reltab-protected" }
attributes #1 = { "reltab-vtable-load" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
