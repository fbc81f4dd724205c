; -passes=reltab-protect (what rustc runs at the start of each crate's
; pipeline) records the crate's own casts between addresses and words
; (casts.rs) in the named metadata !reltab.casts, one node per function:
;   "address-word-leaves": a word made of an address (`as usize`) that is
;     stored, passed or returned, as it is or moved by offsets and tags;
;   "pointer-from-word": a pointer made of a word that is not a constant
;     (`as *const T`);
; and puts "reltab-casts-recorded" on every defined function. A word that is
; only compared, the difference of two addresses, a shifted word, a pointer
; made of a constant and alloc's dangling pointers made of an alignment
; (alloc_impl_runtime, try_allocate_in: Vec::with_capacity) are not
; recorded.
;
; Source: the IR at the start of the crate's pipeline (rustc +nightly
; -Copt-level=3 -Ccodegen-units=1 --crate-type lib -Csave-temps, the
; no-opt bitcode, unreduced) of:
;   pub static KEPT: AtomicUsize = AtomicUsize::new(0);
;   static TARGET: u8 = 7;
;   fn consume(w: usize) { KEPT.store(w, Relaxed) }
;   pub fn keeps(p: &u8) { KEPT.store(p as *const u8 as usize, Relaxed) }
;   pub fn tagged(p: &u8) -> usize { (p as *const u8 as usize) | 1 }
;   pub fn passes(p: &u8) { consume(p as *const u8 as usize) }
;   pub fn compares(p: &u8, q: &u8) -> bool { (p as *const u8 as usize) < (q as *const u8 as usize) }
;   pub fn length(s: &[u8]) -> usize { let r = s.as_ptr_range(); r.end as usize - r.start as usize }
;   pub fn shifted(p: &u8) -> usize { (p as *const u8 as usize) >> 3 }
;   pub fn static_address() -> usize { &TARGET as *const u8 as usize }
;   pub fn from_word(w: usize) -> u8 { unsafe { *(w as *const u8) } }
;   pub fn from_constant() -> *const u8 { 0x1000 as *const u8 }
;   pub fn empty(n: usize) -> Vec<u8> { Vec::with_capacity(n) }
; (each #[inline(never)]).

; RUN: %opt -passes=reltab-protect -pass-remarks=reltab -S %s -o %t.ll 2> %t.remarks
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.remarks
; RUN: FileCheck %s --check-prefix=ATTR --implicit-check-not='"inline-asm" "reltab-protected"' < %t.ll

; CHECK:      !reltab.casts = !{![[A:[0-9]+]], ![[B:[0-9]+]], ![[C:[0-9]+]], ![[D:[0-9]+]], ![[E:[0-9]+]]}
; CHECK-DAG:  ![[A]] = !{!"address-word-leaves", !"_RNvCs1yKtlhRo6Qf_5casts14static_address"}
; CHECK-DAG:  ![[B]] = !{!"address-word-leaves", !"_RNvCs1yKtlhRo6Qf_5casts5keeps"}
; CHECK-DAG:  ![[C]] = !{!"address-word-leaves", !"_RNvCs1yKtlhRo6Qf_5casts6passes"}
; CHECK-DAG:  ![[D]] = !{!"address-word-leaves", !"_RNvCs1yKtlhRo6Qf_5casts6tagged"}
; CHECK-DAG:  ![[E]] = !{!"pointer-from-word", !"_RNvCs1yKtlhRo6Qf_5casts9from_word"}
; CHECK-NOT:  !{!"{{[a-z-]+}}", !"{{.*}}{{compares|length|shifted|from_constant|alloc_impl_runtime|try_allocate_in}}"}

; Every defined function is marked, so that fat LTO knows its casts were
; recorded: no protected function goes without the mark.
; ATTR:       attributes #{{[0-9]+}} = { {{.*}}"reltab-casts-recorded" "reltab-protected"
; REMARK: remark: {{.*}}recorded the casts between addresses and words of 5 functions

; ModuleID = 'casts.casts.122d03d729dcfff1-cgu.0.rcgu.no-opt.bc'
source_filename = "casts.122d03d729dcfff1-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@0 = private unnamed_addr constant [42 x i8] c"there is no such thing as an acquire store", align 1
@1 = private unnamed_addr constant [80 x i8] c"/rustc/e50aa6fba4e63ab34c72bf9acfd2c307c1155d1a/library/core/src/sync/atomic.rs\00", align 1
@2 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @1, [16 x i8] c"O\00\00\00\00\00\00\004\0F\00\00\18\00\00\00" }>, align 8
@3 = private unnamed_addr constant [50 x i8] c"there is no such thing as an acquire-release store", align 1
@4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @1, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\17\00\00\00" }>, align 8
@_RNvCs1yKtlhRo6Qf_5casts4KEPT = global [8 x i8] zeroinitializer, align 8
@_RNvCs1yKtlhRo6Qf_5casts6TARGET = internal constant [1 x i8] c"\07", align 1
@5 = private unnamed_addr constant <{ [8 x i8], [8 x i8] }> <{ [8 x i8] zeroinitializer, [8 x i8] undef }>, align 8

; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RINvNtNtCs8NwYtU1Mohg_4core4sync6atomic12atomic_storejECs1yKtlhRo6Qf_5casts(ptr noundef %0, i64 noundef %1, i8 noundef range(i8 0, 5) %2) unnamed_addr #0 {
  %4 = zext i8 %2 to i64
  switch i64 %4, label %5 [
    i64 0, label %6
    i64 1, label %7
    i64 2, label %8
    i64 3, label %10
    i64 4, label %12
  ], !prof !3

5:                                                ; preds = %3
  unreachable

6:                                                ; preds = %3
  store atomic i64 %1, ptr %0 monotonic, align 8
  br label %13

7:                                                ; preds = %3
  store atomic i64 %1, ptr %0 release, align 8
  br label %13

8:                                                ; preds = %3
  call void @llvm.assume(i1 true)
  %9 = icmp ne ptr inttoptr (i64 85 to ptr), null
  call void @llvm.assume(i1 %9)
  call void @_RNvNtCs8NwYtU1Mohg_4core9panicking9panic_fmt(ptr noundef nonnull @0, ptr noundef nonnull inttoptr (i64 85 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @2) #13
  unreachable

10:                                               ; preds = %3
  call void @llvm.assume(i1 true)
  %11 = icmp ne ptr inttoptr (i64 101 to ptr), null
  call void @llvm.assume(i1 %11)
  call void @_RNvNtCs8NwYtU1Mohg_4core9panicking9panic_fmt(ptr noundef nonnull @3, ptr noundef nonnull inttoptr (i64 101 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @4) #13
  unreachable

12:                                               ; preds = %3
  store atomic i64 %1, ptr %0 seq_cst, align 8
  br label %13

13:                                               ; preds = %12, %7, %6
  ret void
}

; Function Attrs: noinline nonlazybind uwtable
define noundef ptr @_RNvCs1yKtlhRo6Qf_5casts13from_constant() unnamed_addr #1 {
  ret ptr inttoptr (i64 4096 to ptr)
}

; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_RNvCs1yKtlhRo6Qf_5casts14static_address() unnamed_addr #1 {
  ret i64 ptrtoint (ptr @_RNvCs1yKtlhRo6Qf_5casts6TARGET to i64)
}

; Function Attrs: noinline nonlazybind uwtable
define void @_RNvCs1yKtlhRo6Qf_5casts5empty(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %0, i64 noundef %1) unnamed_addr #1 {
  %3 = alloca [24 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %3)
  call void @_RNvMs4_NtCsbEht8wFNRx7_5alloc7raw_vecNtB5_11RawVecInner15try_allocate_inCs1yKtlhRo6Qf_5casts(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %3, i64 noundef %1, i1 noundef zeroext false, i64 noundef 1, i64 noundef 1)
  %4 = load i64, ptr %3, align 8, !range !4, !noundef !5
  %5 = trunc nuw i64 %4 to i1
  %6 = call i1 @llvm.expect.i1(i1 %5, i1 false)
  br i1 %6, label %7, label %12

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %3, i64 8
  %9 = load i64, ptr %8, align 8, !range !6, !noundef !5
  %10 = getelementptr inbounds i8, ptr %8, i64 8
  %11 = load i64, ptr %10, align 8
  call void @_RNvNtCsbEht8wFNRx7_5alloc7raw_vec12handle_error(i64 noundef %9, i64 %11) #14
  unreachable

12:                                               ; preds = %2
  %13 = getelementptr inbounds i8, ptr %3, i64 8
  %14 = load i64, ptr %13, align 8, !range !7, !noundef !5
  %15 = getelementptr inbounds i8, ptr %13, i64 8
  %16 = load ptr, ptr %15, align 8, !nonnull !5, !noundef !5
  %17 = icmp ule i64 %14, 9223372036854775807
  call void @llvm.assume(i1 %17)
  %18 = sub i64 %14, 0
  %19 = icmp ugt i64 %1, %18
  %20 = xor i1 %19, true
  call void @llvm.assume(i1 %20)
  call void @llvm.lifetime.end.p0(ptr %3)
  store i64 %14, ptr %0, align 8
  %21 = getelementptr inbounds i8, ptr %0, i64 8
  store ptr %16, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %0, i64 16
  store i64 0, ptr %22, align 8
  ret void

23:                                               ; No predecessors!
  unreachable
}

; Function Attrs: noinline nonlazybind uwtable
define void @_RNvCs1yKtlhRo6Qf_5casts5keeps(ptr noalias noundef readonly captures(address, read_provenance) dereferenceable(1) %0) unnamed_addr #1 {
  %2 = ptrtoint ptr %0 to i64
  call void @_RINvNtNtCs8NwYtU1Mohg_4core4sync6atomic12atomic_storejECs1yKtlhRo6Qf_5casts(ptr noundef @_RNvCs1yKtlhRo6Qf_5casts4KEPT, i64 noundef %2, i8 noundef 0) #15
  ret void
}

; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_RNvCs1yKtlhRo6Qf_5casts6length(ptr noalias noundef nonnull readonly captures(address, read_provenance) %0, i64 noundef range(i64 0, -9223372036854775808) %1) unnamed_addr #1 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 %1
  %4 = ptrtoint ptr %3 to i64
  %5 = ptrtoint ptr %0 to i64
  %6 = sub i64 %4, %5
  ret i64 %6
}

; Function Attrs: noinline nonlazybind uwtable
define void @_RNvCs1yKtlhRo6Qf_5casts6passes(ptr noalias noundef readonly captures(address, read_provenance) dereferenceable(1) %0) unnamed_addr #1 {
  %2 = ptrtoint ptr %0 to i64
  call void @_RNvCs1yKtlhRo6Qf_5casts7consume(i64 noundef %2) #16
  ret void
}

; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_RNvCs1yKtlhRo6Qf_5casts6tagged(ptr noalias noundef readonly captures(address, read_provenance) dereferenceable(1) %0) unnamed_addr #1 {
  %2 = ptrtoint ptr %0 to i64
  %3 = or i64 %2, 1
  ret i64 %3
}

; Function Attrs: noinline nonlazybind uwtable
define internal void @_RNvCs1yKtlhRo6Qf_5casts7consume(i64 noundef %0) unnamed_addr #1 {
  call void @_RINvNtNtCs8NwYtU1Mohg_4core4sync6atomic12atomic_storejECs1yKtlhRo6Qf_5casts(ptr noundef @_RNvCs1yKtlhRo6Qf_5casts4KEPT, i64 noundef %0, i8 noundef 0) #15
  ret void
}

; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_RNvCs1yKtlhRo6Qf_5casts7shifted(ptr noalias noundef readonly captures(address, read_provenance) dereferenceable(1) %0) unnamed_addr #1 {
  %2 = ptrtoint ptr %0 to i64
  %3 = lshr i64 %2, 3
  ret i64 %3
}

; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_RNvCs1yKtlhRo6Qf_5casts8compares(ptr noalias noundef readonly captures(address, read_provenance) dereferenceable(1) %0, ptr noalias noundef readonly captures(address, read_provenance) dereferenceable(1) %1) unnamed_addr #1 {
  %3 = ptrtoint ptr %0 to i64
  %4 = ptrtoint ptr %1 to i64
  %5 = icmp ult i64 %3, %4
  ret i1 %5
}

; Function Attrs: noinline nonlazybind uwtable
define noundef i8 @_RNvCs1yKtlhRo6Qf_5casts9from_word(i64 noundef %0) unnamed_addr #1 {
  %2 = inttoptr i64 %0 to ptr
  %3 = load i8, ptr %2, align 1, !noundef !5
  ret i8 %3
}

; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @_RNvMNtCsbEht8wFNRx7_5alloc5allocNtB2_6Global18alloc_impl_runtime(i64 noundef range(i64 1, -9223372036854775807) %0, i64 noundef %1, i1 noundef zeroext %2) unnamed_addr #0 {
  %4 = alloca [8 x i8], align 8
  %5 = alloca [8 x i8], align 8
  %6 = alloca [8 x i8], align 8
  %7 = alloca [8 x i8], align 8
  %8 = alloca [16 x i8], align 8
  %9 = icmp eq i64 %1, 0
  br i1 %9, label %10, label %17

10:                                               ; preds = %3
  %11 = sub i64 %0, 1
  %12 = icmp ule i64 %11, 9223372036854775807
  call void @llvm.assume(i1 %12)
  %13 = inttoptr i64 %0 to ptr
  %14 = sub i64 %0, 1
  %15 = icmp ule i64 %14, 9223372036854775807
  call void @llvm.assume(i1 %15)
  %16 = inttoptr i64 %0 to ptr
  br label %18

17:                                               ; preds = %3
  br i1 %2, label %24, label %22

18:                                               ; preds = %10
  %19 = icmp ne ptr %16, null
  call void @llvm.assume(i1 %19)
  store ptr %16, ptr %8, align 8
  %20 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 0, ptr %20, align 8
  br label %21

21:                                               ; preds = %48, %18
  br label %35

22:                                               ; preds = %17
  call void @_RNvCseulmdZsCeCG_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #17
  %23 = call noundef ptr @_RNvCseulmdZsCeCG_7___rustc12___rust_alloc(i64 noundef %1, i64 noundef %0) #17
  store ptr %23, ptr %7, align 8
  br label %26

24:                                               ; preds = %17
  call void @_RNvCseulmdZsCeCG_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #17
  %25 = call noundef ptr @_RNvCseulmdZsCeCG_7___rustc19___rust_alloc_zeroed(i64 noundef %1, i64 noundef %0) #17
  store ptr %25, ptr %7, align 8
  br label %26

26:                                               ; preds = %24, %22
  call void @llvm.lifetime.start.p0(ptr %6)
  call void @llvm.lifetime.start.p0(ptr %5)
  call void @llvm.lifetime.start.p0(ptr %4)
  %27 = load ptr, ptr %7, align 8, !noundef !5
  %28 = ptrtoint ptr %27 to i64
  %29 = icmp eq i64 %28, 0
  br i1 %29, label %30, label %34

30:                                               ; preds = %26
  store ptr null, ptr %4, align 8
  store ptr null, ptr %5, align 8
  call void @llvm.lifetime.end.p0(ptr %4)
  call void @llvm.lifetime.end.p0(ptr %5)
  call void @llvm.assume(i1 true)
  %31 = load ptr, ptr @5, align 8, !noundef !5
  %32 = load i64, ptr getelementptr inbounds (i8, ptr @5, i64 8), align 8
  store ptr %31, ptr %8, align 8
  %33 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 %32, ptr %33, align 8
  call void @llvm.lifetime.end.p0(ptr %6)
  br label %35

34:                                               ; preds = %26
  br label %41

35:                                               ; preds = %30, %21
  %36 = load ptr, ptr %8, align 8, !noundef !5
  %37 = getelementptr inbounds i8, ptr %8, i64 8
  %38 = load i64, ptr %37, align 8
  %39 = insertvalue { ptr, i64 } poison, ptr %36, 0
  %40 = insertvalue { ptr, i64 } %39, i64 %38, 1
  ret { ptr, i64 } %40

41:                                               ; preds = %34
  %42 = load ptr, ptr %7, align 8, !noundef !5
  %43 = icmp ne ptr %42, null
  call void @llvm.assume(i1 %43)
  store ptr %42, ptr %4, align 8
  %44 = load ptr, ptr %4, align 8, !nonnull !5, !noundef !5
  store ptr %44, ptr %5, align 8
  call void @llvm.lifetime.end.p0(ptr %4)
  %45 = load ptr, ptr %5, align 8, !nonnull !5, !noundef !5
  store ptr %45, ptr %6, align 8
  call void @llvm.lifetime.end.p0(ptr %5)
  %46 = load ptr, ptr %6, align 8, !nonnull !5, !noundef !5
  call void @llvm.lifetime.end.p0(ptr %6)
  %47 = icmp ne ptr %46, null
  call void @llvm.assume(i1 %47)
  br label %48

48:                                               ; preds = %41
  %49 = icmp ne ptr %46, null
  call void @llvm.assume(i1 %49)
  store ptr %46, ptr %8, align 8
  %50 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 %1, ptr %50, align 8
  br label %21

51:                                               ; No predecessors!
  unreachable

52:                                               ; No predecessors!
  unreachable

53:                                               ; No predecessors!
  unreachable

54:                                               ; No predecessors!
  unreachable

55:                                               ; No predecessors!
  unreachable

56:                                               ; No predecessors!
  unreachable
}

; Function Attrs: nonlazybind uwtable
define internal void @_RNvMs4_NtCsbEht8wFNRx7_5alloc7raw_vecNtB5_11RawVecInner15try_allocate_inCs1yKtlhRo6Qf_5casts(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %0, i64 noundef %1, i1 noundef zeroext %2, i64 noundef range(i64 1, -9223372036854775807) %3, i64 noundef %4) unnamed_addr #2 personality ptr @rust_eh_personality {
  %6 = alloca [16 x i8], align 8
  %7 = alloca [16 x i8], align 8
  %8 = alloca [16 x i8], align 8
  %9 = alloca [24 x i8], align 8
  %10 = alloca [0 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr %9)
  call void @llvm.lifetime.start.p0(ptr %7)
  %11 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %4, i64 %1)
  %12 = extractvalue { i64, i1 } %11, 0
  %13 = extractvalue { i64, i1 } %11, 1
  %14 = call i1 @llvm.expect.i1(i1 %13, i1 false)
  br i1 %14, label %20, label %15

15:                                               ; preds = %5
  %16 = sub i64 %3, 1
  %17 = icmp ule i64 %16, 9223372036854775807
  call void @llvm.assume(i1 %17)
  %18 = sub nuw i64 -9223372036854775808, %3
  %19 = icmp ule i64 %12, %18
  br i1 %19, label %28, label %24

20:                                               ; preds = %5
  %21 = load i64, ptr @5, align 8, !range !6, !noundef !5
  %22 = load i64, ptr getelementptr inbounds (i8, ptr @5, i64 8), align 8
  store i64 %21, ptr %7, align 8
  %23 = getelementptr inbounds i8, ptr %7, i64 8
  store i64 %22, ptr %23, align 8
  br label %40

24:                                               ; preds = %15
  %25 = load i64, ptr @5, align 8, !range !6, !noundef !5
  %26 = load i64, ptr getelementptr inbounds (i8, ptr @5, i64 8), align 8
  store i64 %25, ptr %7, align 8
  %27 = getelementptr inbounds i8, ptr %7, i64 8
  store i64 %26, ptr %27, align 8
  br label %40

28:                                               ; preds = %15
  store i64 %3, ptr %7, align 8
  %29 = getelementptr inbounds i8, ptr %7, i64 8
  store i64 %12, ptr %29, align 8
  %30 = load i64, ptr %7, align 8, !range !8, !noundef !5
  %31 = getelementptr inbounds i8, ptr %7, i64 8
  %32 = load i64, ptr %31, align 8, !noundef !5
  %33 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 %30, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %33, i64 8
  store i64 %32, ptr %34, align 8
  store i64 0, ptr %9, align 8
  call void @llvm.lifetime.end.p0(ptr %7)
  %35 = getelementptr inbounds i8, ptr %9, i64 8
  %36 = load i64, ptr %35, align 8, !range !8, !noundef !5
  %37 = getelementptr inbounds i8, ptr %35, i64 8
  %38 = load i64, ptr %37, align 8, !noundef !5
  call void @llvm.lifetime.end.p0(ptr %9)
  %39 = icmp eq i64 %38, 0
  br i1 %39, label %45, label %51

40:                                               ; preds = %24, %20
  call void @llvm.lifetime.end.p0(ptr %7)
  %41 = load i64, ptr @5, align 8, !range !6, !noundef !5
  %42 = load i64, ptr getelementptr inbounds (i8, ptr @5, i64 8), align 8
  %43 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %41, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %43, i64 8
  store i64 %42, ptr %44, align 8
  store i64 1, ptr %0, align 8
  call void @llvm.lifetime.end.p0(ptr %9)
  br label %95

45:                                               ; preds = %28
  %46 = sub i64 %3, 1
  %47 = icmp ule i64 %46, 9223372036854775807
  call void @llvm.assume(i1 %47)
  %48 = inttoptr i64 %3 to ptr
  %49 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 0, ptr %49, align 8
  %50 = getelementptr inbounds i8, ptr %49, i64 8
  store ptr %48, ptr %50, align 8
  store i64 0, ptr %0, align 8
  br label %54

51:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %8)
  %52 = zext i1 %2 to i64
  %53 = trunc nuw i64 %52 to i1
  br i1 %53, label %55, label %57

54:                                               ; preds = %95, %86, %45
  ret void

55:                                               ; preds = %51
  %56 = invoke { ptr, i64 } @_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator15allocate_zeroed(ptr noalias noundef nonnull readonly captures(address, read_provenance) %10, i64 noundef %36, i64 noundef %38)
          to label %77 unwind label %60

57:                                               ; preds = %51
  %58 = invoke { ptr, i64 } @_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator8allocate(ptr noalias noundef nonnull readonly captures(address, read_provenance) %10, i64 noundef %36, i64 noundef %38)
          to label %65 unwind label %60

59:                                               ; preds = %60
  br label %96

60:                                               ; preds = %57, %55
  %61 = landingpad { ptr, i32 }
          cleanup
  %62 = extractvalue { ptr, i32 } %61, 0
  %63 = extractvalue { ptr, i32 } %61, 1
  call void @llvm.lifetime.start.p0(ptr %6)
  store ptr %62, ptr %6, align 8
  %64 = getelementptr inbounds i8, ptr %6, i64 8
  store i32 %63, ptr %64, align 8
  br label %59

65:                                               ; preds = %57
  %66 = extractvalue { ptr, i64 } %58, 0
  %67 = extractvalue { ptr, i64 } %58, 1
  store ptr %66, ptr %8, align 8
  %68 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 %67, ptr %68, align 8
  br label %69

69:                                               ; preds = %77, %65
  %70 = load ptr, ptr %8, align 8, !noundef !5
  %71 = getelementptr inbounds i8, ptr %8, i64 8
  %72 = load i64, ptr %71, align 8
  %73 = ptrtoint ptr %70 to i64
  %74 = icmp eq i64 %73, 0
  %75 = select i1 %74, i64 1, i64 0
  %76 = trunc nuw i64 %75 to i1
  br i1 %76, label %81, label %86

77:                                               ; preds = %55
  %78 = extractvalue { ptr, i64 } %56, 0
  %79 = extractvalue { ptr, i64 } %56, 1
  store ptr %78, ptr %8, align 8
  %80 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 %79, ptr %80, align 8
  br label %69

81:                                               ; preds = %69
  %82 = sub i64 %36, 1
  %83 = icmp ule i64 %82, 9223372036854775807
  call void @llvm.assume(i1 %83)
  %84 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %36, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %84, i64 8
  store i64 %38, ptr %85, align 8
  store i64 1, ptr %0, align 8
  call void @llvm.lifetime.end.p0(ptr %8)
  br label %95

86:                                               ; preds = %69
  %87 = load ptr, ptr %8, align 8, !nonnull !5, !noundef !5
  %88 = getelementptr inbounds i8, ptr %8, i64 8
  %89 = load i64, ptr %88, align 8, !noundef !5
  %90 = icmp ne ptr %87, null
  call void @llvm.assume(i1 %90)
  %91 = icmp ne ptr %87, null
  call void @llvm.assume(i1 %91)
  %92 = icmp ule i64 %1, 9223372036854775807
  call void @llvm.assume(i1 %92)
  %93 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %1, ptr %93, align 8
  %94 = getelementptr inbounds i8, ptr %93, i64 8
  store ptr %87, ptr %94, align 8
  store i64 0, ptr %0, align 8
  call void @llvm.lifetime.end.p0(ptr %8)
  br label %54

95:                                               ; preds = %81, %40
  br label %54

96:                                               ; preds = %59
  br label %97

97:                                               ; preds = %96
  %98 = load ptr, ptr %6, align 8, !noundef !5
  %99 = getelementptr inbounds i8, ptr %6, i64 8
  %100 = load i32, ptr %99, align 8, !noundef !5
  call void @llvm.lifetime.end.p0(ptr %6)
  %101 = insertvalue { ptr, i32 } poison, ptr %98, 0
  %102 = insertvalue { ptr, i32 } %101, i32 %100, 1
  resume { ptr, i32 } %102

103:                                              ; No predecessors!
  unreachable
}

; Function Attrs: cold nounwind nonlazybind uwtable
define internal void @_RNvNtCs8NwYtU1Mohg_4core10intrinsics9cold_path() unnamed_addr #3 {
  ret void
}

; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator15allocate_zeroed(ptr noalias noundef nonnull readonly captures(address, read_provenance) %0, i64 noundef range(i64 1, -9223372036854775807) %1, i64 noundef %2) unnamed_addr #0 {
  %4 = call { ptr, i64 } @_RNvMNtCsbEht8wFNRx7_5alloc5allocNtB2_6Global18alloc_impl_runtime(i64 noundef %1, i64 noundef %2, i1 noundef zeroext true) #15
  %5 = extractvalue { ptr, i64 } %4, 0
  %6 = extractvalue { ptr, i64 } %4, 1
  %7 = insertvalue { ptr, i64 } poison, ptr %5, 0
  %8 = insertvalue { ptr, i64 } %7, i64 %6, 1
  ret { ptr, i64 } %8
}

; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator8allocate(ptr noalias noundef nonnull readonly captures(address, read_provenance) %0, i64 noundef range(i64 1, -9223372036854775807) %1, i64 noundef %2) unnamed_addr #0 {
  %4 = call { ptr, i64 } @_RNvMNtCsbEht8wFNRx7_5alloc5allocNtB2_6Global18alloc_impl_runtime(i64 noundef %1, i64 noundef %2, i1 noundef zeroext false) #15
  %5 = extractvalue { ptr, i64 } %4, 0
  %6 = extractvalue { ptr, i64 } %4, 1
  %7 = insertvalue { ptr, i64 } poison, ptr %5, 0
  %8 = insertvalue { ptr, i64 } %7, i64 %6, 1
  ret { ptr, i64 } %8
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #4

; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCs8NwYtU1Mohg_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #6

; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCsbEht8wFNRx7_5alloc7raw_vec12handle_error(i64 noundef range(i64 0, -9223372036854775807), i64) unnamed_addr #8

; Function Attrs: nounwind nonlazybind uwtable
declare void @_RNvCseulmdZsCeCG_7___rustc35___rust_no_alloc_shim_is_unstable_v2() unnamed_addr #9

; Function Attrs: nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCseulmdZsCeCG_7___rustc12___rust_alloc(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #10

; Function Attrs: nounwind nonlazybind allockind("alloc,zeroed,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCseulmdZsCeCG_7___rustc19___rust_alloc_zeroed(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #11

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #9

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #12

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { cold nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #5 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #8 = { cold minsize noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "alloc-variant-zeroed"="_RNvCseulmdZsCeCG_7___rustc19___rust_alloc_zeroed" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { nounwind nonlazybind allockind("alloc,zeroed,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #12 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #13 = { noinline noreturn }
attributes #14 = { noreturn }
attributes #15 = { inlinehint }
attributes #16 = { noinline }
attributes #17 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
!3 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 1, i32 1, i32 2000}
!4 = !{i64 0, i64 2}
!5 = !{}
!6 = !{i64 0, i64 -9223372036854775807}
!7 = !{i64 0, i64 -9223372036854775808}
!8 = !{i64 1, i64 -9223372036854775807}
