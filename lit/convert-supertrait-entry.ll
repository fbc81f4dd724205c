; A supertrait entry points at the *new* global of the other vtable.
; <up2::S as up2::A> (`trait A: B + C`) holds in slot 2 (offset 40) a pointer
; to the vtable of <up2::S as up2::C>, @alloc_<hash>. Both are converted;
; the entry becomes trunc(sub(ptrtoint @alloc_<hash>, ptrtoint @vtable.1))
; where @alloc_<hash> is C's relative vtable (the old one is gone, its name
; moved to the new one), so the upcast in call_c, now
; `llvm.load.relative(%x.1, 32)`, yields C's relative vtable, and the call
; through it reads C's slot 0 relatively too.
;
; IR: that of supertrait.ll (rustc +nightly -Copt-level=0 --emit=llvm-ir
; -Ccodegen-units=1 up2.rs, reduced); source there.

; RUN: %opt -passes=reltab -reltab-layout=relative -S %s -o - | FileCheck %s

; C's vtable, relative, under its old name; no other global of that name.
; CHECK:      @alloc_c81840b08a03d5993a4eabc986766750 = private unnamed_addr constant <{ i32, i32, i64, i64, i32 }> <{
; CHECK-SAME:   i32 0, i32 0, i64 4, i64 4,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXs_Cs6atKBOeD5sp_3up2NtB4_1SNtB4_1C1c to i64), i64 ptrtoint (ptr @alloc_c81840b08a03d5993a4eabc986766750 to i64)) to i32)
; CHECK-SAME: }>, align 8
; A's vtable: b, c, the supertrait entry, a.
; CHECK-NEXT: @vtable.1 = private unnamed_addr constant <{ i32, i32, i64, i64, i32, i32, i32, i32 }> <{
; CHECK-SAME:   i32 0, i32 0, i64 4, i64 4,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXCs6atKBOeD5sp_3up2NtB2_1SNtB2_1B1b to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32),
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXs_Cs6atKBOeD5sp_3up2NtB4_1SNtB4_1C1c to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32),
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @alloc_c81840b08a03d5993a4eabc986766750 to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32),
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXs0_Cs6atKBOeD5sp_3up2NtB5_1SNtB5_1A1a to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32)
; CHECK-SAME: }>, align 8
; CHECK-NOT:  @alloc_c81840b08a03d5993a4eabc986766750{{[.0-9]+}} =
; CHECK-NOT:  <{ [24 x i8], ptr }>
; CHECK-LABEL: define internal i32 @_RNvCs6atKBOeD5sp_3up26call_c(
; CHECK:        %[[C:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr %x.1, i64 32)
; CHECK:        %[[F:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr %[[C]], i64 24)
; CHECK-NEXT:   call i32 %[[F]](ptr %x.0)

source_filename = "up2.47dac12032045b9f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_c81840b08a03d5993a4eabc986766750 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs_Cs6atKBOeD5sp_3up2NtB4_1SNtB4_1C1c }>, align 8
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCs6atKBOeD5sp_3up2NtB2_1SNtB2_1B1b, ptr @_RNvXs_Cs6atKBOeD5sp_3up2NtB4_1SNtB4_1C1c, ptr @alloc_c81840b08a03d5993a4eabc986766750, ptr @_RNvXs0_Cs6atKBOeD5sp_3up2NtB5_1SNtB5_1A1a }>, align 8

; up2::main
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCs6atKBOeD5sp_3up24main() unnamed_addr #1 {
start:
  %s = alloca [4 x i8], align 4
; call core::hint::black_box::<u32>
  %_2 = call i32 @_RINvNtCs8NwYtU1Mohg_4core4hint9black_boxmECs6atKBOeD5sp_3up2(i32 5) #7
  store i32 %_2, ptr %s, align 4
; call up2::call_c
  %_10 = call i32 @_RNvCs6atKBOeD5sp_3up26call_c(ptr %s, ptr align 8 @vtable.1) #8
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_10) #9
  unreachable
}

; up2::call_c
; Function Attrs: noinline nonlazybind uwtable
define internal i32 @_RNvCs6atKBOeD5sp_3up26call_c(ptr %x.0, ptr align 8 %x.1) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds i8, ptr %x.1, i64 40
  %c.1 = load ptr, ptr %0, align 8, !invariant.load !5, !nonnull !5
  %1 = getelementptr inbounds i8, ptr %c.1, i64 24
  %2 = load ptr, ptr %1, align 8, !invariant.load !5, !nonnull !5
  %_0 = call i32 %2(ptr %x.0) #7
  ret i32 %_0
}

; <up2::S as up2::B>::b
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXCs6atKBOeD5sp_3up2NtB2_1SNtB2_1B1b(ptr align 4 %self) unnamed_addr #1 {
start:
  %_2 = load i32, ptr %self, align 4
  %_3.0 = add i32 %_2, 1
  ret i32 %_3.0
}

; <up2::S as up2::A>::a
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXs0_Cs6atKBOeD5sp_3up2NtB5_1SNtB5_1A1a(ptr align 4 %self) unnamed_addr #1 {
start:
  %_0 = load i32, ptr %self, align 4
  ret i32 %_0
}

; <up2::S as up2::C>::c
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvXs_Cs6atKBOeD5sp_3up2NtB4_1SNtB4_1C1c(ptr align 4 %self) unnamed_addr #1 {
start:
  %_2 = load i32, ptr %self, align 4
  %_3.0 = add i32 %_2, 2
  ret i32 %_3.0
}

; core::hint::black_box::<u32>
declare i32 @_RINvNtCs8NwYtU1Mohg_4core4hint9black_boxmECs6atKBOeD5sp_3up2(i32) unnamed_addr #0
; std::process::exit
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #4

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { inlinehint }
attributes #8 = { noinline }
attributes #9 = { noreturn }

!5 = !{}
