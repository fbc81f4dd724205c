; What dlsym finds by a name that is not the C library's is another binary's
; function: a Rust host that loads a plugin with dlopen and calls its
; `make_boxed` (looked up with dlsym) gets the plugin's Box<Box<dyn Shape>>,
; and reads the plugin's vtable. The C library was taken to hand back only
; what the module gave it, so such a host was converted, and crashed with a
; plugin built without reltab (SIGSEGV). Now dlsym's result is foreign, as a
; foreign function's is, and the module is left absolute, naming the
; symbol.
;
; From an executable (rustc +nightly -O -Clto=fat -Ccodegen-units=1
; -Csave-temps -Zllvm-plugins=libreltab.so; tests/boundary/dlopen_host.rs),
; the module after rustc's internalization, reduced: main's dlopen, dlsym
; and the call through the plugin's box, and a box of its own.

; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: a trait object's vtable pointer can enter the module: main reads a vtable through a pointer that code outside the module can provide (by way of make_boxed looked up with dlsym in main -> main)
; CHECK-SAME: The other side is what the module exports and declares: 1 symbols it looks up at run time with dlsym (make_boxed).
; CHECK-NOT: remark: {{.*}}converted

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@name.make_boxed = private unnamed_addr constant [11 x i8] c"make_boxed\00", align 1
@vtable.circle = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @circle_drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @circle_area }>, align 8

define internal void @circle_drop(ptr %self) #0 {
  ret void
}

define internal double @circle_area(ptr %self) #0 {
  %r = load double, ptr %self, align 8
  ret double %r
}

define i32 @main(i32 %argc, ptr %argv) #0 {
  %path = load ptr, ptr %argv, align 8
  %lib = call ptr @dlopen(ptr %path, i32 2)
  %make = call ptr @dlsym(ptr %lib, ptr @name.make_boxed)
  %theirs = call ptr %make(i32 3)
  %data = load ptr, ptr %theirs, align 8
  %m = getelementptr inbounds nuw i8, ptr %theirs, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %a = call double %area(ptr %data)
  %mine = alloca [8 x i8], align 8
  store double 1.5, ptr %mine, align 8
  %own = call ptr @reltab.vtable.load.ptr.24(ptr @vtable.circle)
  %b = call double %own(ptr %mine)
  ret i32 0
}

declare ptr @dlopen(ptr, i32)
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
