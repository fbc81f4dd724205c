; Input of the check-*.ll tests: a small whole program (no std calls, so that
; lli can run it; it prints with libc's write). Two types implement
; `trait Speak: Named + Tagged`: Dog (no drop) and Cat (a Drop impl), so the
; vtables have a null and a real drop entry, four slots, and a supertrait
; entry (slot 2, offset 40) that tag() reads for its upcast.
;
; Source (rustc +nightly --edition 2021 --crate-type=bin -Copt-level=1
; -Ccodegen-units=1 -Cpanic=abort --emit=llvm-ir chk.rs):
;   #![no_main]
;   use std::hint::black_box;
;   use std::mem::ManuallyDrop;
;   use std::sync::atomic::{AtomicI32, Ordering};
;   static DROPPED: AtomicI32 = AtomicI32::new(0);
;   pub trait Named { fn name(&self) -> i32; }
;   pub trait Tagged { fn tag(&self) -> i32; }
;   pub trait Speak: Named + Tagged { fn speak(&self) -> i32; }
;   pub struct Dog(pub i32);
;   pub struct Cat(pub i32);
;   impl Drop for Cat { fn drop(&mut self) { DROPPED.fetch_add(self.0, Ordering::Relaxed); } }
;   impl Named for Dog { fn name(&self) -> i32 { self.0 } }
;   impl Named for Cat { fn name(&self) -> i32 { -self.0 } }
;   impl Tagged for Dog { fn tag(&self) -> i32 { self.0 * 10 } }
;   impl Tagged for Cat { fn tag(&self) -> i32 { self.0 * 100 } }
;   impl Speak for Dog { fn speak(&self) -> i32 { self.0 + 1 } }
;   impl Speak for Cat { fn speak(&self) -> i32 { self.0 + 2 } }
;   #[inline(never)] pub fn speak(s: &dyn Speak) -> i32 { s.speak() }
;   #[inline(never)] pub fn tag(s: &dyn Speak) -> i32 { let t: &dyn Tagged = s; t.tag() }
;   #[inline(never)] pub fn discard(s: &mut dyn Speak) { unsafe { std::ptr::drop_in_place(s) } }
;   extern "C" {
;       fn write(fd: i32, buf: *const u8, n: usize) -> isize;
;   }
;   fn put(byte: u8) {
;       unsafe { write(1, &byte, 1) };
;   }
;   // Prints `label` and `v` as four digits with nothing but write(2): lli
;   // resolves libc, not Rust's std.
;   fn print(label: &str, v: i32) {
;       for &b in label.as_bytes() { put(b) }
;       for scale in [1000, 100, 10, 1] { put(b'0' + (v / scale % 10) as u8) }
;       put(b'\n');
;   }
;   #[no_mangle]
;   pub extern "C" fn main() -> i32 {
;       let mut d = ManuallyDrop::new(Dog(black_box(3)));
;       let mut c = ManuallyDrop::new(Cat(black_box(4)));
;       let r = speak(&*d) + speak(&*c) + tag(&*d) + tag(&*c);
;       discard(&mut *d); discard(&mut *c);
;       print("calls ", r);
;       print("dropped ", DROPPED.load(Ordering::Relaxed));
;       0
;   }

; ModuleID = 'chk.18fa08592a7d17e-cgu.0'
source_filename = "chk.18fa08592a7d17e-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_RNvCs8jbjHzsOPG_3chk7DROPPED = internal global [4 x i8] zeroinitializer, align 4
@alloc_60ea0334e721f435b5199632ba5b0b70 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs1_Cs8jbjHzsOPG_3chkNtB5_3DogNtB5_6Tagged3tag }>, align 8
@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs_Cs8jbjHzsOPG_3chkNtB4_3DogNtB4_5Named4name, ptr @_RNvXs1_Cs8jbjHzsOPG_3chkNtB5_3DogNtB5_6Tagged3tag, ptr @alloc_60ea0334e721f435b5199632ba5b0b70, ptr @_RNvXs3_Cs8jbjHzsOPG_3chkNtB5_3DogNtB5_5Speak5speak }>, align 8
@alloc_8dbce2552a88f7a2dbffbe481d2b672d = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCs8jbjHzsOPG_3chk3CatEBD_, [16 x i8] c"\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs2_Cs8jbjHzsOPG_3chkNtB5_3CatNtB5_6Tagged3tag }>, align 8
@vtable.1 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr, ptr, ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCs8jbjHzsOPG_3chk3CatEBD_, [16 x i8] c"\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs0_Cs8jbjHzsOPG_3chkNtB5_3CatNtB5_5Named4name, ptr @_RNvXs2_Cs8jbjHzsOPG_3chkNtB5_3CatNtB5_6Tagged3tag, ptr @alloc_8dbce2552a88f7a2dbffbe481d2b672d, ptr @_RNvXs4_Cs8jbjHzsOPG_3chkNtB5_3CatNtB5_5Speak5speak }>, align 8
@alloc_ce98555d0b1a50bc79a238e2f657c0ba = private unnamed_addr constant [6 x i8] c"calls ", align 1
@alloc_51e5680519e64490dfbf99f667fde906 = private unnamed_addr constant [8 x i8] c"dropped ", align 1

; core::ptr::drop_glue::<chk::Cat>
; Function Attrs: mustprogress nofree norecurse nounwind nonlazybind willreturn memory(readwrite, argmem: read, target_mem0: none, target_mem1: none) uwtable
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCs8jbjHzsOPG_3chk3CatEBD_(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %_1) unnamed_addr #0 {
start:
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4)
  %_3.i = load i32, ptr %_1, align 4, !alias.scope !4, !noundef !7
  %0 = atomicrmw add ptr @_RNvCs8jbjHzsOPG_3chk7DROPPED, i32 %_3.i monotonic, align 4, !noalias !4
  ret void
}

; chk::tag
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk3tag(ptr noundef nonnull %s.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(48) %s.1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %s.1, i64 40
  %t.1 = load ptr, ptr %0, align 8, !invariant.load !7, !nonnull !7
  %1 = getelementptr inbounds nuw i8, ptr %t.1, i64 24
  %2 = load ptr, ptr %1, align 8, !invariant.load !7, !nonnull !7
  %_0 = tail call noundef i32 %2(ptr noundef nonnull %s.0) #7
  ret i32 %_0
}

; chk::print
; Function Attrs: nofree nounwind nonlazybind uwtable
define internal fastcc void @_RNvCs8jbjHzsOPG_3chk5print(ptr noalias noundef nonnull readonly captures(address) %label.0, i64 noundef range(i64 6, 9) %label.1, i32 noundef %v) unnamed_addr #2 {
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
  %_2.i = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i, i64 noundef 1) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i)
  %_6.i4.not = icmp eq ptr %spec.select, %_6.i
  br i1 %_6.i4.not, label %bb15, label %bb6

bb15:                                             ; preds = %bb6
  %_22 = sdiv i32 %v, 1000
  %_21 = srem i32 %_22, 10
  %_20 = trunc nsw i32 %_21 to i8
  %_19 = add nsw i8 %_20, 48
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i7)
  store i8 %_19, ptr %byte.i7, align 1
  %_2.i8 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i7, i64 noundef 1) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i7)
  %_22.1 = sdiv i32 %v, 100
  %_21.1 = srem i32 %_22.1, 10
  %_20.1 = trunc nsw i32 %_21.1 to i8
  %_19.1 = add nsw i8 %_20.1, 48
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i7)
  store i8 %_19.1, ptr %byte.i7, align 1
  %_2.i8.1 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i7, i64 noundef 1) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i7)
  %_22.2 = sdiv i32 %v, 10
  %_21.2 = srem i32 %_22.2, 10
  %_20.2 = trunc nsw i32 %_21.2 to i8
  %_19.2 = add nsw i8 %_20.2, 48
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i7)
  store i8 %_19.2, ptr %byte.i7, align 1
  %_2.i8.2 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i7, i64 noundef 1) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i7)
  %_21.3 = srem i32 %v, 10
  %_20.3 = trunc nsw i32 %_21.3 to i8
  %_19.3 = add nsw i8 %_20.3, 48
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i7)
  store i8 %_19.3, ptr %byte.i7, align 1
  %_2.i8.3 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i7, i64 noundef 1) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i7)
  call void @llvm.lifetime.start.p0(ptr nonnull %byte.i5)
  store i8 10, ptr %byte.i5, align 1
  %_2.i6 = call noundef i64 @write(i32 noundef 1, ptr noundef nonnull %byte.i5, i64 noundef 1) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %byte.i5)
  ret void
}

; chk::speak
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk5speak(ptr noundef nonnull %s.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(48) %s.1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %s.1, i64 48
  %1 = load ptr, ptr %0, align 8, !invariant.load !7, !nonnull !7
  %_0 = tail call noundef i32 %1(ptr noundef nonnull %s.0) #7
  ret i32 %_0
}

; chk::discard
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc void @_RNvCs8jbjHzsOPG_3chk7discard(ptr noundef nonnull %s.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(48) %s.1) unnamed_addr #1 {
start:
  tail call void @llvm.experimental.noalias.scope.decl(metadata !8)
  %0 = load ptr, ptr %s.1, align 8, !invariant.load !7, !alias.scope !8
  %.not.i = icmp eq ptr %0, null
  br i1 %.not.i, label %_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtCs8jbjHzsOPG_3chk5SpeakEL_EBE_.exit, label %is_not_null.i

is_not_null.i:                                    ; preds = %start
  tail call void %0(ptr noundef nonnull %s.0) #7, !noalias !8
  br label %_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtCs8jbjHzsOPG_3chk5SpeakEL_EBE_.exit

_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtCs8jbjHzsOPG_3chk5SpeakEL_EBE_.exit: ; preds = %start, %is_not_null.i
  ret void
}

; <chk::Cat as chk::Named>::name
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i32 @_RNvXs0_Cs8jbjHzsOPG_3chkNtB5_3CatNtB5_5Named4name(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %self) unnamed_addr #3 {
start:
  %_2 = load i32, ptr %self, align 4, !noundef !7
  %_0 = sub i32 0, %_2
  ret i32 %_0
}

; <chk::Dog as chk::Tagged>::tag
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i32 @_RNvXs1_Cs8jbjHzsOPG_3chkNtB5_3DogNtB5_6Tagged3tag(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %self) unnamed_addr #3 {
start:
  %_2 = load i32, ptr %self, align 4, !noundef !7
  %_0 = mul i32 %_2, 10
  ret i32 %_0
}

; <chk::Cat as chk::Tagged>::tag
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i32 @_RNvXs2_Cs8jbjHzsOPG_3chkNtB5_3CatNtB5_6Tagged3tag(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %self) unnamed_addr #3 {
start:
  %_2 = load i32, ptr %self, align 4, !noundef !7
  %_0 = mul i32 %_2, 100
  ret i32 %_0
}

; <chk::Dog as chk::Speak>::speak
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i32 @_RNvXs3_Cs8jbjHzsOPG_3chkNtB5_3DogNtB5_5Speak5speak(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %self) unnamed_addr #3 {
start:
  %_2 = load i32, ptr %self, align 4, !noundef !7
  %_0 = add i32 %_2, 1
  ret i32 %_0
}

; <chk::Cat as chk::Speak>::speak
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i32 @_RNvXs4_Cs8jbjHzsOPG_3chkNtB5_3CatNtB5_5Speak5speak(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %self) unnamed_addr #3 {
start:
  %_2 = load i32, ptr %self, align 4, !noundef !7
  %_0 = add i32 %_2, 2
  ret i32 %_0
}

; <chk::Dog as chk::Named>::name
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i32 @_RNvXs_Cs8jbjHzsOPG_3chkNtB4_3DogNtB4_5Named4name(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %self) unnamed_addr #3 {
start:
  %_0 = load i32, ptr %self, align 4, !noundef !7
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define dso_local noundef i32 @main() unnamed_addr #4 {
start:
  %0 = alloca [4 x i8], align 4
  %1 = alloca [4 x i8], align 4
  %c = alloca [4 x i8], align 4
  %d = alloca [4 x i8], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %d)
  call void @llvm.lifetime.start.p0(ptr nonnull %1)
  store i32 3, ptr %1, align 4
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %1) #8, !srcloc !11
  %_0.i = load i32, ptr %1, align 4, !noundef !7
  call void @llvm.lifetime.end.p0(ptr nonnull %1)
  store i32 %_0.i, ptr %d, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %c)
  call void @llvm.lifetime.start.p0(ptr nonnull %0)
  store i32 4, ptr %0, align 4
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %0) #8, !srcloc !11
  %_0.i1 = load i32, ptr %0, align 4, !noundef !7
  call void @llvm.lifetime.end.p0(ptr nonnull %0)
  store i32 %_0.i1, ptr %c, align 4
; call chk::speak
  %_10 = call fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk5speak(ptr noundef nonnull %d, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.0) #9
; call chk::speak
  %_14 = call fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk5speak(ptr noundef nonnull %c, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1) #9
  %_9 = add i32 %_14, %_10
; call chk::tag
  %_18 = call fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk3tag(ptr noundef nonnull %d, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.0) #9
  %_8 = add i32 %_9, %_18
; call chk::tag
  %_22 = call fastcc noundef i32 @_RNvCs8jbjHzsOPG_3chk3tag(ptr noundef nonnull %c, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1) #9
  %r = add i32 %_8, %_22
; call chk::discard
  call fastcc void @_RNvCs8jbjHzsOPG_3chk7discard(ptr noundef nonnull %d, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.0) #9
; call chk::discard
  call fastcc void @_RNvCs8jbjHzsOPG_3chk7discard(ptr noundef nonnull %c, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1) #9
; call chk::print
  call fastcc void @_RNvCs8jbjHzsOPG_3chk5print(ptr noalias noundef nonnull readonly captures(address, read_provenance) @alloc_ce98555d0b1a50bc79a238e2f657c0ba, i64 noundef 6, i32 noundef %r) #8
  %2 = load atomic i32, ptr @_RNvCs8jbjHzsOPG_3chk7DROPPED monotonic, align 4
; call chk::print
  call fastcc void @_RNvCs8jbjHzsOPG_3chk5print(ptr noalias noundef nonnull readonly captures(address, read_provenance) @alloc_51e5680519e64490dfbf99f667fde906, i64 noundef 8, i32 noundef %2) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %c)
  call void @llvm.lifetime.end.p0(ptr nonnull %d)
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #5

; Function Attrs: nofree nounwind nonlazybind uwtable
declare noundef i64 @write(i32 noundef, ptr noundef readonly captures(none), i64 noundef) unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #6

attributes #0 = { mustprogress nofree norecurse nounwind nonlazybind willreturn memory(readwrite, argmem: read, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nofree nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #7 = { inlinehint nounwind }
attributes #8 = { nounwind }
attributes #9 = { noinline nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}
!2 = !{i32 2, !"RtLibUseGOT", i32 1}
!3 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
!4 = !{!5}
!5 = distinct !{!5, !6, !"_RNvXCs8jbjHzsOPG_3chkNtB2_3CatNtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4drop: %self"}
!6 = distinct !{!6, !"_RNvXCs8jbjHzsOPG_3chkNtB2_3CatNtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4drop"}
!7 = !{}
!8 = !{!9}
!9 = distinct !{!9, !10, !"_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtCs8jbjHzsOPG_3chk5SpeakEL_EBE_: %_1.1"}
!10 = distinct !{!10, !"_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtCs8jbjHzsOPG_3chk5SpeakEL_EBE_"}
!11 = !{i64 1222369167562650}
