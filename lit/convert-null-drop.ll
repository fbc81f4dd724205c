; A null drop entry is `i32 0` in the relative layout. <nulls::Hammer as
; nulls::Tool> has no drop glue (Hammer is a u32): word 0 of its vtable is
; zero. Converted, its drop field and the padding after it are `i32 0, i32 0`,
; followed by size and align as i64 and the three methods as offsets.
; (convert-null-entries.ll: the same with a vacant method slot.)
;
; Source: nulls.rs of convert-null-entries.ll (rustc +nightly -Copt-level=0
; --emit=llvm-ir -Ccodegen-units=1), reduced to Hammer's vtable and its use.

; RUN: %opt -passes=reltab -reltab-layout=relative -S %s -o - | FileCheck %s

; CHECK:      @vtable.1 = private unnamed_addr constant <{ i32, i32, i64, i64, i32, i32, i32 }> <{
; CHECK-SAME:   i32 0, i32 0, i64 4, i64 4,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool4name to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32),
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool5share to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32),
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool4uses to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32)
; CHECK-SAME: }>, align 8

source_filename = "nulls.8cfc1770a37d87d6-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool4name, ptr @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool5share, ptr @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool4uses }>, align 8

; nulls::main (reduced: overflow check removed)
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCsc6sqbdHpWg4_5nulls4main() unnamed_addr #0 {
start:
  %h = alloca [4 x i8], align 4
  store i32 3, ptr %h, align 4
; call nulls::count
  %_9 = call i32 @_RNvCsc6sqbdHpWg4_5nulls5count(ptr %h, ptr align 8 @vtable.1) #3
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_9) #4
  unreachable
}

; nulls::count (reduced: overflow check removed)
; Function Attrs: noinline nonlazybind uwtable
define internal i32 @_RNvCsc6sqbdHpWg4_5nulls5count(ptr %t.0, ptr align 8 %t.1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %t.1, i64 24
  %1 = load ptr, ptr %0, align 8, !invariant.load !5, !nonnull !5
  %_2 = call i32 %1(ptr %t.0) #5
  %2 = getelementptr inbounds i8, ptr %t.1, i64 40
  %3 = load ptr, ptr %2, align 8, !invariant.load !5, !nonnull !5
  %_3 = call i32 %3(ptr %t.0) #5
  %_4.0 = add i32 %_2, %_3
  ret i32 %_4.0
}

; <nulls::Hammer as nulls::Tool>::name
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool4name(ptr align 4 %self) unnamed_addr #0 {
start:
  ret i32 1
}

; <nulls::Hammer as nulls::Tool>::uses
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool4uses(ptr align 4 %self) unnamed_addr #0 {
start:
  %_0 = load i32, ptr %self, align 4
  ret i32 %_0
}

; <nulls::Hammer as nulls::Tool>::share
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool5share(ptr align 4 %self) unnamed_addr #0 {
start:
  ret i32 7
}

; std::process::exit
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #2

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { noinline }
attributes #4 = { noreturn }
attributes #5 = { inlinehint }

!5 = !{}
