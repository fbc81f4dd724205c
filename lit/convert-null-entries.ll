; Null entries of a converted vtable are `i32 0`. <nulls::Saw as nulls::Tool>
; has no drop glue (word 0 is zero) and a vacant slot: Tool::share requires
; `Self: Send`, which Saw (holding a raw pointer) is not, so rustc leaves
; slot 1 (offset 32) empty, and an empty vtable entry is uninitialized memory
; in rustc's vtable allocation: `[8 x i8] undef` in the IR. The converted
; vtable holds `i32 0` for both, next to the two methods, and the dyn calls
; of nulls::count read slots 0 and 2 (offsets 24 and 40 -> 24 and 32) of
; both vtables relatively.
;
; Bug (found in reltab 0.1.0 at commit cb90fac): @vtable.2 is not recognized
; at all (recognize.rs: flatten() fails on the undef slot and classify()
; returns "not a vtable", not even a near miss), yet the module is converted:
; count, which reads @vtable.2, gets llvm.load.relative while @vtable.2 stays
; absolute. Built with rustc -O -Clto=fat -Zllvm-plugins=libreltab.so, this
; program exits with SIGSEGV instead of status 10.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1
; nulls.rs, reduced: overflow and pointer checks removed, lang_start
; dropped):
;   pub trait Tool {
;       fn name(&self) -> u32;
;       fn share(&self) -> u32 where Self: Send;
;       fn uses(&self) -> u32;
;   }
;   pub struct Hammer(pub u32);
;   pub struct Saw(pub *const u32);
;   impl Tool for Hammer { fn name(&self) -> u32 { 1 } fn share(&self) -> u32 { 7 }
;                          fn uses(&self) -> u32 { self.0 } }
;   impl Tool for Saw { fn name(&self) -> u32 { 2 } fn share(&self) -> u32 { 8 }
;                       fn uses(&self) -> u32 { unsafe { *self.0 } } }
;   #[inline(never)]
;   pub fn count(t: &dyn Tool) -> u32 { t.name() + t.uses() }
;   fn main() {
;       let n = 4;
;       let h = Hammer(3);
;       let s = Saw(&n);
;       std::process::exit((count(&h) + count(&s)) as i32);
;   }

; RUN: %opt -passes=reltab -reltab-layout=relative -S %s -o - | FileCheck %s

; CHECK:      @vtable.2 = private unnamed_addr constant <{ i32, i32, i64, i64, i32, i32, i32 }> <{
; CHECK-SAME:   i32 0, i32 0, i64 8, i64 8,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXs_Csc6sqbdHpWg4_5nullsNtB4_3SawNtB4_4Tool4name to i64), i64 ptrtoint (ptr @vtable.2 to i64)) to i32),
; CHECK-SAME:   i32 0,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXs_Csc6sqbdHpWg4_5nullsNtB4_3SawNtB4_4Tool4uses to i64), i64 ptrtoint (ptr @vtable.2 to i64)) to i32)
; CHECK-SAME: }>, align 8
; CHECK-NOT:  undef
; CHECK-LABEL: define internal i32 @_RNvCsc6sqbdHpWg4_5nulls5count(
; CHECK:        call ptr @llvm.load.relative.i64(ptr %t.1, i64 24)
; CHECK:        call ptr @llvm.load.relative.i64(ptr %t.1, i64 32)

source_filename = "nulls.8cfc1770a37d87d6-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool4name, ptr @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool5share, ptr @_RNvXCsc6sqbdHpWg4_5nullsNtB2_6HammerNtB2_4Tool4uses }>, align 8
@vtable.2 = private unnamed_addr constant <{ [24 x i8], ptr, [8 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs_Csc6sqbdHpWg4_5nullsNtB4_3SawNtB4_4Tool4name, [8 x i8] undef, ptr @_RNvXs_Csc6sqbdHpWg4_5nullsNtB4_3SawNtB4_4Tool4uses }>, align 8

; nulls::main (reduced: overflow check removed)
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCsc6sqbdHpWg4_5nulls4main() unnamed_addr #0 {
start:
  %s = alloca [8 x i8], align 8
  %h = alloca [4 x i8], align 4
  %n = alloca [4 x i8], align 4
  store i32 4, ptr %n, align 4
  store i32 3, ptr %h, align 4
  store ptr %n, ptr %s, align 8
; call nulls::count
  %_9 = call i32 @_RNvCsc6sqbdHpWg4_5nulls5count(ptr %h, ptr align 8 @vtable.1) #3
; call nulls::count
  %_12 = call i32 @_RNvCsc6sqbdHpWg4_5nulls5count(ptr %s, ptr align 8 @vtable.2) #3
  %_15.0 = add i32 %_9, %_12
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_15.0) #4
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

; <nulls::Saw as nulls::Tool>::name
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXs_Csc6sqbdHpWg4_5nullsNtB4_3SawNtB4_4Tool4name(ptr align 8 %self) unnamed_addr #0 {
start:
  ret i32 2
}

; <nulls::Saw as nulls::Tool>::uses (reduced: alignment and null checks removed)
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXs_Csc6sqbdHpWg4_5nullsNtB4_3SawNtB4_4Tool4uses(ptr align 8 %self) unnamed_addr #0 {
start:
  %_2 = load ptr, ptr %self, align 8
  %_0 = load i32, ptr %_2, align 4
  ret i32 %_0
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
