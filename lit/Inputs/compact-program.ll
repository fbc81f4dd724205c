; Input of the compact-*.ll tests: a small whole program (no std calls, so
; that lli can run it; it prints with libc's write) that reads the size and
; align of trait objects and drops them. `Shape` vtables all hold a method,
; so they are converted: a zero-sized type (size 0, align 1), a 40-byte one,
; one aligned to 64 and one with a drop function. `dyn Send` vtables hold a
; pointer only when the type has drop glue: those of u16, Wide and u64 hold
; none and stay absolute (they cannot be told from data), Noisy's is
; converted; send_layout and discard read both kinds.
;
; Source (rustc +nightly --edition 2021 --crate-type=bin -Copt-level=1
; -Ccodegen-units=1 -Cpanic=abort --emit=llvm-ir cmp.rs):
;   #![no_main]
;   use std::hint::black_box;
;   use std::mem::{align_of_val, size_of_val, ManuallyDrop};
;   use std::sync::atomic::{AtomicI32, Ordering};
;   static DROPPED: AtomicI32 = AtomicI32::new(0);
;   pub trait Shape { fn area(&self) -> i32; }
;   pub struct Zst;
;   pub struct Wide(pub [u64; 5]);
;   #[repr(align(64))]
;   pub struct Aligned(pub i32);
;   pub struct Noisy(pub i32);
;   impl Drop for Noisy { fn drop(&mut self) { DROPPED.fetch_add(self.0, Ordering::Relaxed); } }
;   impl Shape for Zst { fn area(&self) -> i32 { 7 } }
;   impl Shape for Wide { fn area(&self) -> i32 { self.0[4] as i32 } }
;   impl Shape for Aligned { fn area(&self) -> i32 { self.0 } }
;   impl Shape for Noisy { fn area(&self) -> i32 { self.0 * 2 } }
;   // Reads size and align of converted vtables (every Shape vtable has a method).
;   #[inline(never)] pub fn shape_layout(s: &dyn Shape) -> i32 { (size_of_val(s) * 100 + align_of_val(s)) as i32 + s.area() * 10000 }
;   // dyn Send: a type without drop glue has a vtable with no pointer (never
;   // converted, absolute); one with drop glue has a converted one. The same
;   // reads meet both.
;   #[inline(never)] pub fn send_layout(s: &dyn Send) -> i32 { (size_of_val(s) * 100 + align_of_val(s)) as i32 }
;   #[inline(never)] pub fn discard(s: &mut dyn Send) { unsafe { std::ptr::drop_in_place(s) } }
;   extern "C" { fn write(fd: i32, buf: *const u8, n: usize) -> isize; }
;   fn put(byte: u8) { unsafe { write(1, &byte, 1) }; }
;   fn print(label: &str, v: i32) {
;       for &b in label.as_bytes() { put(b) }
;       for scale in [100000, 10000, 1000, 100, 10, 1] { put(b'0' + (v / scale % 10) as u8) }
;       put(b'\n');
;   }
;   #[no_mangle]
;   pub extern "C" fn main() -> i32 {
;       print("zst ", shape_layout(&Zst));
;       print("wide ", shape_layout(&Wide(black_box([1, 2, 3, 4, 5]))));
;       print("aligned ", shape_layout(&Aligned(black_box(3))));
;       let mut n = ManuallyDrop::new(Noisy(black_box(6)));
;       print("noisy ", shape_layout(&*n));
;       print("send u16 ", send_layout(&black_box(5u16)));
;       print("send wide ", send_layout(&Wide(black_box([0; 5]))));
;       print("send noisy ", send_layout(&*n));
;       let mut plain = black_box(9u64);
;       discard(&mut plain);
;       discard(&mut *n);
;       print("dropped ", DROPPED.load(Ordering::Relaxed));
;       0
;   }

; ModuleID = 'cmp.8f76fbc151ea250e-cgu.0'
source_filename = "cmp.8f76fbc151ea250e-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_RNvCscjETHz6wVkg_3cmp7DROPPED = internal global [4 x i8] zeroinitializer, align 4
@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00", ptr @_RNvXs_CscjETHz6wVkg_3cmpNtB4_3ZstNtB4_5Shape4area }>, align 8
@alloc_07f8b3ae7fc56316feca57ef2e7d9848 = private unnamed_addr constant [4 x i8] c"zst ", align 1
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00(\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs0_CscjETHz6wVkg_3cmpNtB5_4WideNtB5_5Shape4area }>, align 8
@alloc_3f3383d8570d83b0feb829d147d26925 = private unnamed_addr constant [5 x i8] c"wide ", align 1
@vtable.2 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00@\00\00\00\00\00\00\00@\00\00\00\00\00\00\00", ptr @_RNvXs1_CscjETHz6wVkg_3cmpNtB5_7AlignedNtB5_5Shape4area }>, align 8
@alloc_3ab51cbef475cd130a7a882795d1ef5d = private unnamed_addr constant [8 x i8] c"aligned ", align 1
@vtable.3 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCscjETHz6wVkg_3cmp5NoisyEBD_, [16 x i8] c"\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs2_CscjETHz6wVkg_3cmpNtB5_5NoisyNtB5_5Shape4area }>, align 8
@alloc_c021310bdad4a595ed3e732f5d06a3e2 = private unnamed_addr constant [6 x i8] c"noisy ", align 1
@vtable.4 = private unnamed_addr constant [24 x i8] c"\00\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00", align 8
@alloc_b9eeccea7add4db374883fe6de70fcbe = private unnamed_addr constant [9 x i8] c"send u16 ", align 1
@vtable.5 = private unnamed_addr constant [24 x i8] c"\00\00\00\00\00\00\00\00(\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", align 8
@alloc_912100b90cf799089c720b38f64e6d29 = private unnamed_addr constant [10 x i8] c"send wide ", align 1
@vtable.6 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCscjETHz6wVkg_3cmp5NoisyEBD_, [16 x i8] c"\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00" }>, align 8
@alloc_8b9ae58bc9cddaff8064da875b0b0b0d = private unnamed_addr constant [11 x i8] c"send noisy ", align 1
@vtable.7 = private unnamed_addr constant [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", align 8
@alloc_51e5680519e64490dfbf99f667fde906 = private unnamed_addr constant [8 x i8] c"dropped ", align 1

; core::ptr::drop_glue::<cmp::Noisy>
; Function Attrs: mustprogress nofree norecurse nounwind nonlazybind willreturn memory(readwrite, argmem: read, target_mem0: none, target_mem1: none) uwtable
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCscjETHz6wVkg_3cmp5NoisyEBD_(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %_1) unnamed_addr #0 {
start:
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4)
  %_3.i = load i32, ptr %_1, align 4, !alias.scope !4, !noundef !7
  %0 = atomicrmw add ptr @_RNvCscjETHz6wVkg_3cmp7DROPPED, i32 %_3.i monotonic, align 4, !noalias !4
  ret void
}

; cmp::send_layout
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp11send_layout(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %s.1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %s.1, i64 8
  %1 = load i64, ptr %0, align 8, !range !8, !invariant.load !7, !alias.scope !9
  %_3 = mul i64 %1, 100
  %2 = getelementptr inbounds nuw i8, ptr %s.1, i64 16
  %3 = load i64, ptr %2, align 8, !range !12, !invariant.load !7, !alias.scope !13
  %_2 = add i64 %_3, %3
  %_0 = trunc i64 %_2 to i32
  ret i32 %_0
}

; cmp::shape_layout
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp12shape_layout(ptr noundef nonnull %s.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(32) %s.1) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %s.1, i64 8
  %1 = load i64, ptr %0, align 8, !range !8, !invariant.load !7, !alias.scope !16
  %_4 = mul i64 %1, 100
  %2 = getelementptr inbounds nuw i8, ptr %s.1, i64 16
  %3 = load i64, ptr %2, align 8, !range !12, !invariant.load !7, !alias.scope !19
  %_3 = add i64 %_4, %3
  %_2 = trunc i64 %_3 to i32
  %4 = getelementptr inbounds nuw i8, ptr %s.1, i64 24
  %5 = load ptr, ptr %4, align 8, !invariant.load !7, !nonnull !7
  %_8 = tail call noundef i32 %5(ptr noundef nonnull %s.0) #11
  %_7 = mul i32 %_8, 10000
  %_0 = add i32 %_7, %_2
  ret i32 %_0
}

; cmp::print
; Function Attrs: nofree nounwind nonlazybind uwtable
define internal fastcc void @_RNvCscjETHz6wVkg_3cmp5print(ptr noalias noundef nonnull readonly captures(address) %label.0, i64 noundef range(i64 4, 12) %label.1, i32 noundef %v) unnamed_addr #3 {
start:
  %byte.i7 = alloca [1 x i8], align 1
  %byte.i5 = alloca [1 x i8], align 1
  %byte.i = alloca [1 x i8], align 1
  %_6.i = getelementptr inbounds nuw i8, ptr %label.0, i64 %label.1
  br label %bb6

bb6:                                              ; preds = %start, %bb6
  %iter.sroa.0.014 = phi ptr [ %spec.select, %bb6 ], [ %label.0, %start ]
  %spec.select = getelementptr inbounds nuw i8, ptr %iter.sroa.0.014, i64 1
  %b = load i8, ptr %iter.sroa.0.014, align 1, !noundef !7
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i)
  store i8 %b, ptr %byte.i, align 1
  %_2.i = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i, i64 noundef 1) #12
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i)
  %_6.i4.not = icmp eq ptr %spec.select, %_6.i
  br i1 %_6.i4.not, label %bb15, label %bb6

bb15:                                             ; preds = %bb6
  %_22 = sdiv i32 %v, 100000
  %_21 = srem i32 %_22, 10
  %_20 = trunc nsw i32 %_21 to i8
  %_19 = add nsw i8 %_20, 48
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i7)
  store i8 %_19, ptr %byte.i7, align 1
  %_2.i8 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i7, i64 noundef 1) #12
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i7)
  %_22.1 = sdiv i32 %v, 10000
  %_21.1 = srem i32 %_22.1, 10
  %_20.1 = trunc nsw i32 %_21.1 to i8
  %_19.1 = add nsw i8 %_20.1, 48
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i7)
  store i8 %_19.1, ptr %byte.i7, align 1
  %_2.i8.1 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i7, i64 noundef 1) #12
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i7)
  %_22.2 = sdiv i32 %v, 1000
  %_21.2 = srem i32 %_22.2, 10
  %_20.2 = trunc nsw i32 %_21.2 to i8
  %_19.2 = add nsw i8 %_20.2, 48
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i7)
  store i8 %_19.2, ptr %byte.i7, align 1
  %_2.i8.2 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i7, i64 noundef 1) #12
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i7)
  %_22.3 = sdiv i32 %v, 100
  %_21.3 = srem i32 %_22.3, 10
  %_20.3 = trunc nsw i32 %_21.3 to i8
  %_19.3 = add nsw i8 %_20.3, 48
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i7)
  store i8 %_19.3, ptr %byte.i7, align 1
  %_2.i8.3 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i7, i64 noundef 1) #12
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i7)
  %_22.4 = sdiv i32 %v, 10
  %_21.4 = srem i32 %_22.4, 10
  %_20.4 = trunc nsw i32 %_21.4 to i8
  %_19.4 = add nsw i8 %_20.4, 48
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i7)
  store i8 %_19.4, ptr %byte.i7, align 1
  %_2.i8.4 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i7, i64 noundef 1) #12
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i7)
  %_21.5 = srem i32 %v, 10
  %_20.5 = trunc nsw i32 %_21.5 to i8
  %_19.5 = add nsw i8 %_20.5, 48
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i7)
  store i8 %_19.5, ptr %byte.i7, align 1
  %_2.i8.5 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i7, i64 noundef 1) #12
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i7)
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i5)
  store i8 10, ptr %byte.i5, align 1
  %_2.i6 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i5, i64 noundef 1) #12
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i5)
  ret void
}

; cmp::discard
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc void @_RNvCscjETHz6wVkg_3cmp7discard(ptr noundef nonnull %s.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %s.1) unnamed_addr #2 {
start:
  tail call void @llvm.experimental.noalias.scope.decl(metadata !22)
  %0 = load ptr, ptr %s.1, align 8, !invariant.load !7, !alias.scope !22
  %.not.i = icmp eq ptr %0, null
  br i1 %.not.i, label %_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtNtB4_6marker4SendEL_ECscjETHz6wVkg_3cmp.exit, label %is_not_null.i

is_not_null.i:                                    ; preds = %start
  tail call void %0(ptr noundef nonnull %s.0) #11, !noalias !22
  br label %_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtNtB4_6marker4SendEL_ECscjETHz6wVkg_3cmp.exit

_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtNtB4_6marker4SendEL_ECscjETHz6wVkg_3cmp.exit: ; preds = %start, %is_not_null.i
  ret void
}

; <cmp::Wide as cmp::Shape>::area
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i32 @_RNvXs0_CscjETHz6wVkg_3cmpNtB5_4WideNtB5_5Shape4area(ptr noalias noundef readonly align 8 captures(none) dereferenceable(40) %self) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %self, i64 32
  %_2 = load i64, ptr %0, align 8, !noundef !7
  %_0 = trunc i64 %_2 to i32
  ret i32 %_0
}

; <cmp::Aligned as cmp::Shape>::area
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i32 @_RNvXs1_CscjETHz6wVkg_3cmpNtB5_7AlignedNtB5_5Shape4area(ptr noalias noundef readonly align 64 captures(none) dereferenceable(64) %self) unnamed_addr #4 {
start:
  %_0 = load i32, ptr %self, align 64, !noundef !7
  ret i32 %_0
}

; <cmp::Noisy as cmp::Shape>::area
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef range(i32 0, -1) i32 @_RNvXs2_CscjETHz6wVkg_3cmpNtB5_5NoisyNtB5_5Shape4area(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %self) unnamed_addr #4 {
start:
  %_2 = load i32, ptr %self, align 4, !noundef !7
  %_0 = shl i32 %_2, 1
  ret i32 %_0
}

; <cmp::Zst as cmp::Shape>::area
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal noundef i32 @_RNvXs_CscjETHz6wVkg_3cmpNtB4_3ZstNtB4_5Shape4area(ptr noalias nonnull readonly captures(none) %self) unnamed_addr #5 {
start:
  ret i32 7
}

; Function Attrs: nounwind nonlazybind uwtable
define dso_local noundef i32 @main() unnamed_addr #6 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [2 x i8], align 2
  %2 = alloca [4 x i8], align 4
  %3 = alloca [4 x i8], align 4
  %plain = alloca [8 x i8], align 8
  %_35 = alloca [40 x i8], align 8
  %n = alloca [4 x i8], align 4
  %_15 = alloca [64 x i8], align 64
  %_9 = alloca [40 x i8], align 8
  %_8 = alloca [40 x i8], align 8
; call cmp::shape_layout
  %_2 = tail call fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp12shape_layout(ptr noundef nonnull inttoptr (i64 1 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.0) #13
; call cmp::print
  tail call fastcc void @_RNvCscjETHz6wVkg_3cmp5print(ptr noalias noundef nonnull readonly captures(address, read_provenance) @alloc_07f8b3ae7fc56316feca57ef2e7d9848, i64 noundef 4, i32 noundef %_2) #12
  call void @llvm.lifetime.start.p0(ptr nonnull %_8)
  call void @llvm.lifetime.start.p0(ptr nonnull %_9)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !25)
  store i64 1, ptr %_9, align 8, !alias.scope !28
  %_10.sroa.4.0._9.sroa_idx = getelementptr inbounds nuw i8, ptr %_9, i64 8
  store i64 2, ptr %_10.sroa.4.0._9.sroa_idx, align 8, !alias.scope !28
  %_10.sroa.5.0._9.sroa_idx = getelementptr inbounds nuw i8, ptr %_9, i64 16
  store i64 3, ptr %_10.sroa.5.0._9.sroa_idx, align 8, !alias.scope !28
  %_10.sroa.6.0._9.sroa_idx = getelementptr inbounds nuw i8, ptr %_9, i64 24
  store i64 4, ptr %_10.sroa.6.0._9.sroa_idx, align 8, !alias.scope !28
  %_10.sroa.7.0._9.sroa_idx = getelementptr inbounds nuw i8, ptr %_9, i64 32
  store i64 5, ptr %_10.sroa.7.0._9.sroa_idx, align 8, !alias.scope !28
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull align 8 dereferenceable(40) %_9) #12, !noalias !25, !srcloc !30
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %_8, ptr noundef nonnull align 8 dereferenceable(40) %_9, i64 40, i1 false)
  call void @llvm.lifetime.end.p0(ptr nonnull %_9)
; call cmp::shape_layout
  %_5 = call fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp12shape_layout(ptr noundef nonnull %_8, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.1) #13
; call cmp::print
  call fastcc void @_RNvCscjETHz6wVkg_3cmp5print(ptr noalias noundef nonnull readonly captures(address, read_provenance) @alloc_3f3383d8570d83b0feb829d147d26925, i64 noundef 5, i32 noundef %_5) #12
  call void @llvm.lifetime.end.p0(ptr nonnull %_8)
  call void @llvm.lifetime.start.p0(ptr nonnull %_15)
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store i32 3, ptr %3, align 4
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %3) #12, !srcloc !30
  %_0.i = load i32, ptr %3, align 4, !noundef !7
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  store i32 %_0.i, ptr %_15, align 64
; call cmp::shape_layout
  %_12 = call fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp12shape_layout(ptr noundef nonnull %_15, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.2) #13
; call cmp::print
  call fastcc void @_RNvCscjETHz6wVkg_3cmp5print(ptr noalias noundef nonnull readonly captures(address, read_provenance) @alloc_3ab51cbef475cd130a7a882795d1ef5d, i64 noundef 8, i32 noundef %_12) #12
  call void @llvm.lifetime.end.p0(ptr nonnull %_15)
  call void @llvm.lifetime.start.p0(ptr nonnull %n)
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store i32 6, ptr %2, align 4
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %2) #12, !srcloc !30
  %_0.i1 = load i32, ptr %2, align 4, !noundef !7
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  store i32 %_0.i1, ptr %n, align 4
; call cmp::shape_layout
  %_21 = call fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp12shape_layout(ptr noundef nonnull %n, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.3) #13
; call cmp::print
  call fastcc void @_RNvCscjETHz6wVkg_3cmp5print(ptr noalias noundef nonnull readonly captures(address, read_provenance) @alloc_c021310bdad4a595ed3e732f5d06a3e2, i64 noundef 6, i32 noundef %_21) #12
  call void @llvm.lifetime.start.p0(ptr nonnull %1)
  store i16 5, ptr %1, align 2
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %1) #12, !srcloc !30
  call void @llvm.lifetime.end.p0(ptr nonnull %1)
; call cmp::send_layout
  %_26 = call fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp11send_layout(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @vtable.4) #13
; call cmp::print
  call fastcc void @_RNvCscjETHz6wVkg_3cmp5print(ptr noalias noundef nonnull readonly captures(address, read_provenance) @alloc_b9eeccea7add4db374883fe6de70fcbe, i64 noundef 9, i32 noundef %_26) #12
  call void @llvm.lifetime.start.p0(ptr nonnull %_35)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %_35, i8 0, i64 40, i1 false)
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull align 8 dereferenceable(40) %_35) #12, !noalias !31, !srcloc !30
  call void @llvm.lifetime.end.p0(ptr nonnull %_35)
; call cmp::send_layout
  %_31 = call fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp11send_layout(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @vtable.5) #13
; call cmp::print
  call fastcc void @_RNvCscjETHz6wVkg_3cmp5print(ptr noalias noundef nonnull readonly captures(address, read_provenance) @alloc_912100b90cf799089c720b38f64e6d29, i64 noundef 10, i32 noundef %_31) #12
; call cmp::send_layout
  %_38 = call fastcc noundef i32 @_RNvCscjETHz6wVkg_3cmp11send_layout(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @vtable.6) #13
; call cmp::print
  call fastcc void @_RNvCscjETHz6wVkg_3cmp5print(ptr noalias noundef nonnull readonly captures(address, read_provenance) @alloc_8b9ae58bc9cddaff8064da875b0b0b0d, i64 noundef 11, i32 noundef %_38) #12
  call void @llvm.lifetime.start.p0(ptr nonnull %plain)
  call void @llvm.lifetime.start.p0(ptr nonnull %0)
  store i64 9, ptr %0, align 8
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %0) #12, !srcloc !30
  %_0.i3 = load i64, ptr %0, align 8, !noundef !7
  call void @llvm.lifetime.end.p0(ptr nonnull %0)
  store i64 %_0.i3, ptr %plain, align 8
; call cmp::discard
  call fastcc void @_RNvCscjETHz6wVkg_3cmp7discard(ptr noundef nonnull %plain, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @vtable.7) #13
; call cmp::discard
  call fastcc void @_RNvCscjETHz6wVkg_3cmp7discard(ptr noundef nonnull %n, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @vtable.6) #13
  %4 = load atomic i32, ptr @_RNvCscjETHz6wVkg_3cmp7DROPPED monotonic, align 4
; call cmp::print
  call fastcc void @_RNvCscjETHz6wVkg_3cmp5print(ptr noalias noundef nonnull readonly captures(address, read_provenance) @alloc_51e5680519e64490dfbf99f667fde906, i64 noundef 8, i32 noundef %4) #12
  call void @llvm.lifetime.end.p0(ptr nonnull %plain)
  call void @llvm.lifetime.end.p0(ptr nonnull %n)
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #7

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #8

; Function Attrs: nofree nounwind nonlazybind uwtable
declare noundef i64 @write(i32 noundef, ptr noundef readonly captures(none), i64 noundef) unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #9

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #10

attributes #0 = { mustprogress nofree norecurse nounwind nonlazybind willreturn memory(readwrite, argmem: read, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nofree nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #10 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #11 = { inlinehint nounwind }
attributes #12 = { nounwind }
attributes #13 = { noinline nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}
!2 = !{i32 2, !"RtLibUseGOT", i32 1}
!3 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
!4 = !{!5}
!5 = distinct !{!5, !6, !"_RNvXCscjETHz6wVkg_3cmpNtB2_5NoisyNtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4drop: %self"}
!6 = distinct !{!6, !"_RNvXCscjETHz6wVkg_3cmpNtB2_5NoisyNtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4drop"}
!7 = !{}
!8 = !{i64 0, i64 -9223372036854775808}
!9 = !{!10}
!10 = distinct !{!10, !11, !"_RINvNtCs8NwYtU1Mohg_4core3mem11size_of_valDNtNtB4_6marker4SendEL_ECscjETHz6wVkg_3cmp: %val.1"}
!11 = distinct !{!11, !"_RINvNtCs8NwYtU1Mohg_4core3mem11size_of_valDNtNtB4_6marker4SendEL_ECscjETHz6wVkg_3cmp"}
!12 = !{i64 1, i64 536870913}
!13 = !{!14}
!14 = distinct !{!14, !15, !"_RINvNtCs8NwYtU1Mohg_4core3mem12align_of_valDNtNtB4_6marker4SendEL_ECscjETHz6wVkg_3cmp: %val.1"}
!15 = distinct !{!15, !"_RINvNtCs8NwYtU1Mohg_4core3mem12align_of_valDNtNtB4_6marker4SendEL_ECscjETHz6wVkg_3cmp"}
!16 = !{!17}
!17 = distinct !{!17, !18, !"_RINvNtCs8NwYtU1Mohg_4core3mem11size_of_valDNtCscjETHz6wVkg_3cmp5ShapeEL_EBH_: %val.1"}
!18 = distinct !{!18, !"_RINvNtCs8NwYtU1Mohg_4core3mem11size_of_valDNtCscjETHz6wVkg_3cmp5ShapeEL_EBH_"}
!19 = !{!20}
!20 = distinct !{!20, !21, !"_RINvNtCs8NwYtU1Mohg_4core3mem12align_of_valDNtCscjETHz6wVkg_3cmp5ShapeEL_EBI_: %val.1"}
!21 = distinct !{!21, !"_RINvNtCs8NwYtU1Mohg_4core3mem12align_of_valDNtCscjETHz6wVkg_3cmp5ShapeEL_EBI_"}
!22 = !{!23}
!23 = distinct !{!23, !24, !"_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtNtB4_6marker4SendEL_ECscjETHz6wVkg_3cmp: %_1.1"}
!24 = distinct !{!24, !"_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtNtB4_6marker4SendEL_ECscjETHz6wVkg_3cmp"}
!25 = !{!26}
!26 = distinct !{!26, !27, !"_RINvNtCs8NwYtU1Mohg_4core4hint9black_boxAyj5_ECscjETHz6wVkg_3cmp: %dummy"}
!27 = distinct !{!27, !"_RINvNtCs8NwYtU1Mohg_4core4hint9black_boxAyj5_ECscjETHz6wVkg_3cmp"}
!28 = !{!29, !26}
!29 = distinct !{!29, !27, !"_RINvNtCs8NwYtU1Mohg_4core4hint9black_boxAyj5_ECscjETHz6wVkg_3cmp: %_0"}
!30 = !{i64 1224078564546856}
!31 = !{!32}
!32 = distinct !{!32, !33, !"_RINvNtCs8NwYtU1Mohg_4core4hint9black_boxAyj5_ECscjETHz6wVkg_3cmp: %dummy"}
!33 = distinct !{!33, !"_RINvNtCs8NwYtU1Mohg_4core4hint9black_boxAyj5_ECscjETHz6wVkg_3cmp"}
