; core::panic::Location is not a vtable. rustc emits each location as a
; private unnamed_addr constant <{ ptr, [16 x i8] }>, align 8, 24 bytes: the
; outward shape of a vtable header (a pointer, then two words), like
; `<{ ptr, [16 x i8] }>` of a drop-only vtable. But its pointer is the file
; name (a string, not a `void(ptr)` function), its second word the name's
; length and its third word line | column << 32 (not a power of two). Neither
; location here is recognized, nor even reported as a near miss.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1
; drops.rs, see null-drop.ll; reduced to the overflow checks that pass the
; locations to panic_const_add_overflow).

; RUN: %reltab -reltab-layout=relative -reltab-report=%t.json -pass-remarks=reltab %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s < %t.json

; REMARK: remark: <unknown>:0:0: 0 vtables with 0 pointer entries (0 bytes); 0 vtable loads (0 marked !invariant.load, 0 protected, 0 found otherwise); 0 unclassified
; Nothing stands in the way of the conversion (no near miss), which has
; nothing to do.
; REMARK-NEXT: remark: <unknown>:0:0: converted 0 vtables to the relative layout: 0 relocations removed, 0 -> 0 bytes; 0 reads rewritten
; REMARK-NOT: remark

; CHECK-LABEL: "totals": {
; CHECK-NEXT:    "vtables": 0,
; CHECK:         "unclassified": 0,
; CHECK-NEXT:    "near_misses": 0
; CHECK-NEXT:    "unverified_indirect_calls": 0,
; CHECK-NEXT:    "header_reads": 0
; CHECK-NEXT:  },
; CHECK-NEXT:  "vtables": [],
; CHECK-NEXT:  "load_sites": [],
; CHECK-NEXT:  "unclassified": []

source_filename = "drops.4fad01ec6b7aca15-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_74389ef9d0b7265d12c9f5dae97efa5b = private unnamed_addr constant [9 x i8] c"drops.rs\00", align 1
@alloc_de3f6eb1353bf822784532ae38fa3ee8 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_74389ef9d0b7265d12c9f5dae97efa5b, [16 x i8] c"\08\00\00\00\00\00\00\00\0C\00\00\00\18\00\00\00" }>, align 8
@alloc_b9a0acfd25d1b8a497a74443131830da = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_74389ef9d0b7265d12c9f5dae97efa5b, [16 x i8] c"\08\00\00\00\00\00\00\00\05\00\00\000\00\00\00" }>, align 8

; <drops::Point as drops::Greet>::hi
; Function Attrs: nonlazybind uwtable
define internal i64 @_RNvXCs6Q6YkNX7cHx_5dropsNtB2_5PointNtB2_5Greet2hi(ptr align 4 %self) unnamed_addr #0 {
start:
  %_3 = load i32, ptr %self, align 4
  %0 = getelementptr inbounds i8, ptr %self, i64 4
  %_4 = load i32, ptr %0, align 4
  %1 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %_3, i32 %_4)
  %_5.0 = extractvalue { i32, i1 } %1, 0
  %_5.1 = extractvalue { i32, i1 } %1, 1
  br i1 %_5.1, label %panic, label %bb1

bb1:                                              ; preds = %start
  %_0 = sext i32 %_5.0 to i64
  ret i64 %_0

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCs8NwYtU1Mohg_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_b9a0acfd25d1b8a497a74443131830da) #23
  unreachable
}

; drops::main (reduced to its overflow check)
; Function Attrs: nonlazybind uwtable
define hidden i64 @_RNvCs6Q6YkNX7cHx_5drops4main(i64 %a, i64 %b) unnamed_addr #0 {
start:
  %_13.0 = add i64 %a, %b
  %_13.1 = icmp ult i64 %_13.0, %a
  br i1 %_13.1, label %panic, label %bb6

bb6:                                              ; preds = %start
  ret i64 %_13.0

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCs8NwYtU1Mohg_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_de3f6eb1353bf822784532ae38fa3ee8) #23
  unreachable
}

; core::panicking::panic_const::panic_const_add_overflow
declare void @_RNvNtNtCs8NwYtU1Mohg_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #8

declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32) #12

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #12 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #23 = { noinline noreturn }
