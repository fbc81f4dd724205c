; An executable exports no Rust symbol. std keeps two statics of every
; program external for the linker: `EMPTY_PANIC` (a function pointer, in
; llvm.compiler.used) and `ARGV_INIT_ARRAY` (in `.init_array`, which the C
; runtime calls with argc, argv and envp). Taken for the module's interface,
; a function pointer loaded from `EMPTY_PANIC` was foreign, and `panic!()`'s
; call through it handed its payload (a boxed trait object) outside: a
; crossing, and the statics were named as the module's other side in just
; 1.59.0's refusal. In a module that defines `main`, a Rust-mangled
; definition is no interface, and the module is converted. (A #[no_mangle]
; one still is: boundary-exported-static.ll.)
;
; From just 1.59.0 (crates.io) after fat LTO: the two statics as they were;
; the functions they hold reduced to a dyn call through what they are given,
; and main's panic to the call through EMPTY_PANIC.

; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK-NOT: warning
; CHECK: remark: {{.*}}converted 1 vtables to the compact layout

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_RNvNtCsi4IsKQVxMg0_3std9panicking11EMPTY_PANIC = constant ptr @_RNSINvNtCsi4IsKQVxMg0_3std9panicking11begin_panicReE5reifyB6_, align 8
@_RNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp15ARGV_INIT_ARRAY = constant ptr @_RNvNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp15ARGV_INIT_ARRAY12init_wrapper, section ".init_array.00099", align 8
@llvm.used = appending global [1 x ptr] [ptr @_RNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp15ARGV_INIT_ARRAY], section "llvm.metadata"
@llvm.compiler.used = appending global [1 x ptr] [ptr @_RNvNtCsi4IsKQVxMg0_3std9panicking11EMPTY_PANIC], section "llvm.metadata"

@vtable.payload = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @get }>, align 8

define internal void @drop(ptr %self) #0 {
  ret void
}

define internal ptr @get(ptr %self) #0 {
  ret ptr %self
}

; begin_panic::<&str>, reified: boxes its payload and reads the box's vtable
define internal void @_RNSINvNtCsi4IsKQVxMg0_3std9panicking11begin_panicReE5reifyB6_(ptr %msg, ptr %payload) #0 {
  %data = load ptr, ptr %payload, align 8
  %m = getelementptr inbounds i8, ptr %payload, i64 8
  %vt = load ptr, ptr %m, align 8
  %f = getelementptr inbounds i8, ptr %vt, i64 24
  %get = load ptr, ptr %f, align 8, !invariant.load !0
  %r = call ptr %get(ptr %data)
  ret void
}

define internal void @_RNvNvNtNtNtNtCsi4IsKQVxMg0_3std3sys4args4unix3imp15ARGV_INIT_ARRAY12init_wrapper(i32 noundef %0, ptr noundef %1, ptr readnone captures(none) %2) #0 {
  ret void
}

define i32 @main(i32 %argc, ptr %argv) #0 {
  %box = alloca [16 x i8], align 8
  store ptr %argv, ptr %box, align 8
  %m = getelementptr inbounds i8, ptr %box, i64 8
  store ptr @vtable.payload, ptr %m, align 8
  %panic = load ptr, ptr @_RNvNtCsi4IsKQVxMg0_3std9panicking11EMPTY_PANIC, align 8
  call void %panic(ptr null, ptr %box)
  ret i32 0
}

attributes #0 = { "reltab-protected" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
