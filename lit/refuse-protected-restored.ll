; A refused module that holds protected reads gets them back as the marked
; plain loads they stood for. This is the fat-LTO input of a program whose
; crate was protected at the start of its pipeline (rustc with the plugin):
; total's method reads and layout_of's size / align reads are calls to
; @reltab.vtable.load.*, made constant by the crate's optimizer. The module
; is refused (vtable_seed computes with the vtable's address, see
; refuse-unclassified-use.ll), so every call becomes `load` of the same type
; from the same vtable and offset, `!invariant.load`, the protection
; functions are deleted, nothing refers to them, and the vtable stays
; absolute.
;
; Source (rustc +nightly -O -Clto=fat -Ccodegen-units=1 -Csave-temps
; -Zllvm-plugins=libreltab.so seed.rs; module seed.seed.<hash>-cgu.0.rcgu.
; lto.input.bc, llvm-dis, reduced to the crate's own functions, std's
; process::exit declared, lang_start removed):
;   pub trait Shape { fn area(&self) -> u32; fn scale(&mut self, k: u32); }
;   pub struct Sq(pub u32);
;   impl Shape for Sq { ... }
;   #[inline(never)]
;   fn total(s: &mut dyn Shape) -> u32 { s.scale(2); s.area() }
;   #[inline(never)]
;   fn layout_of(s: &dyn Shape) -> usize { std::mem::size_of_val(s) + std::mem::align_of_val(s) }
;   #[inline(never)]
;   fn vtable_seed() -> usize {
;       let d: &dyn Shape = &Sq(1);
;       let (_, vt): (usize, usize) = unsafe { std::mem::transmute(d) };
;       vt % 7
;   }
;   fn main() {
;       let mut q = Sq(std::hint::black_box(3));
;       let r = total(&mut q) as usize + layout_of(&q) + vtable_seed();
;       std::process::exit(r as i32);
;   }

; RUN: %opt -passes=reltab -pass-remarks=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s --implicit-check-not=reltab.vtable.load < %t.ll
; RUN: FileCheck %s --check-prefix=DIAG < %t.err

; DIAG: remark: <unknown>:0:0: 0 vtables with 0 pointer entries (0 bytes); 4 vtable loads (0 marked !invariant.load, 4 protected, 0 found otherwise); 0 unclassified
; DIAG: warning: reltab: left the vtables of this module absolute: anon.992793111e1f915d27684ce639e639be.1 (the constant holding <seed::Sq as seed::Shape>::area) has the shape of a vtable but is used in a way vtables are not

; The vtable as it was.
; CHECK:      @anon.992793111e1f915d27684ce639e639be.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCs8GE3JNmx0la_4seedNtB2_2SqNtB2_5Shape4area, ptr @_RNvXCs8GE3JNmx0la_4seedNtB2_2SqNtB2_5Shape5scale }>, align 8
; CHECK-LABEL: define internal fastcc noundef i32 @_RNvCs8GE3JNmx0la_4seed5total(
; CHECK-NEXT:   %2 = load ptr, ptr getelementptr inbounds (i8, ptr @anon.992793111e1f915d27684ce639e639be.1, i64 32), align 8, !invariant.load ![[E:[0-9]+]]
; CHECK-NEXT:   tail call void %2(ptr noundef nonnull %0, i32 noundef 2)
; CHECK-NEXT:   %3 = load ptr, ptr getelementptr inbounds (i8, ptr @anon.992793111e1f915d27684ce639e639be.1, i64 24), align 8, !invariant.load ![[E]]
; CHECK-NEXT:   %4 = tail call noundef i32 %3(ptr noundef nonnull %0)
; CHECK-LABEL: define internal fastcc noundef i64 @_RNvCs8GE3JNmx0la_4seed9layout_of(
; CHECK-NEXT:   %1 = load i64, ptr getelementptr inbounds (i8, ptr @anon.992793111e1f915d27684ce639e639be.1, i64 8), align 8, !invariant.load ![[E]]
; CHECK-NEXT:   %2 = load i64, ptr getelementptr inbounds (i8, ptr @anon.992793111e1f915d27684ce639e639be.1, i64 16), align 8, !invariant.load ![[E]]
; CHECK-NEXT:   %3 = add i64 %2, %1
; CHECK-NOT:  llvm.load.relative
; CHECK:      ![[E]] = !{}

source_filename = "seed.653151e8d833841a-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@anon.992793111e1f915d27684ce639e639be.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCs8GE3JNmx0la_4seedNtB2_2SqNtB2_5Shape4area, ptr @_RNvXCs8GE3JNmx0la_4seedNtB2_2SqNtB2_5Shape5scale }>, align 8

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal fastcc noundef range(i64 0, 7) i64 @_RNvCs8GE3JNmx0la_4seed11vtable_seed() unnamed_addr #3 {
  %1 = urem i64 ptrtoint (ptr @anon.992793111e1f915d27684ce639e639be.1 to i64), 7
  ret i64 %1
}

; Function Attrs: noreturn nonlazybind uwtable
define hidden void @_RNvCs8GE3JNmx0la_4seed4main() unnamed_addr #4 {
  %1 = alloca [4 x i8], align 4
  %2 = alloca [4 x i8], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  call void @llvm.lifetime.start.p0(ptr nonnull %1)
  store i32 3, ptr %1, align 4
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %1) #11, !srcloc !30
  %3 = load i32, ptr %1, align 4, !noundef !31
  call void @llvm.lifetime.end.p0(ptr nonnull %1)
  store i32 %3, ptr %2, align 4
  %4 = call fastcc noundef i32 @_RNvCs8GE3JNmx0la_4seed5total(ptr noundef nonnull %2) #12
  %5 = zext i32 %4 to i64
  %6 = tail call fastcc noundef i64 @_RNvCs8GE3JNmx0la_4seed9layout_of() #12
  %7 = add i64 %6, %5
  %8 = tail call fastcc noundef i64 @_RNvCs8GE3JNmx0la_4seed11vtable_seed() #12
  %9 = add i64 %7, %8
  %10 = trunc i64 %9 to i32
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 noundef %10) #13
  unreachable
}

; Function Attrs: noinline nonlazybind uwtable
define internal fastcc noundef i32 @_RNvCs8GE3JNmx0la_4seed5total(ptr noundef nonnull %0) unnamed_addr #1 {
  %2 = tail call noundef nonnull ptr @reltab.vtable.load.ptr.32(ptr nonnull @anon.992793111e1f915d27684ce639e639be.1)
  tail call void %2(ptr noundef nonnull %0, i32 noundef 2) #14
  %3 = tail call noundef nonnull ptr @reltab.vtable.load.ptr.24(ptr nonnull @anon.992793111e1f915d27684ce639e639be.1)
  %4 = tail call noundef i32 %3(ptr noundef nonnull %0) #14
  ret i32 %4
}

; Function Attrs: mustprogress nofree noinline nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal fastcc noundef i64 @_RNvCs8GE3JNmx0la_4seed9layout_of() unnamed_addr #5 {
  %1 = tail call noundef i64 @reltab.vtable.load.word.8(ptr nonnull @anon.992793111e1f915d27684ce639e639be.1)
  %2 = tail call noundef i64 @reltab.vtable.load.word.16(ptr nonnull @anon.992793111e1f915d27684ce639e639be.1)
  %3 = add i64 %2, %1
  ret i64 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i32 @_RNvXCs8GE3JNmx0la_4seedNtB2_2SqNtB2_5Shape4area(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %0) unnamed_addr #6 {
  %2 = load i32, ptr %0, align 4, !noundef !31
  %3 = mul i32 %2, %2
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable
define internal void @_RNvXCs8GE3JNmx0la_4seedNtB2_2SqNtB2_5Shape5scale(ptr noalias noundef align 4 captures(none) dereferenceable(4) %0, i32 noundef %1) unnamed_addr #7 {
  %3 = load i32, ptr %0, align 4, !noundef !31
  %4 = mul i32 %3, %1
  store i32 %4, ptr %0, align 4
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #8

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #8

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(argmem: read)
define linkonce_odr hidden ptr @reltab.vtable.load.ptr.32(ptr %0) local_unnamed_addr #10 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %3 = load ptr, ptr %2, align 8, !invariant.load !31
  ret ptr %3
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(argmem: read)
define linkonce_odr hidden ptr @reltab.vtable.load.ptr.24(ptr %0) local_unnamed_addr #10 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !31
  ret ptr %3
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(argmem: read)
define linkonce_odr hidden i64 @reltab.vtable.load.word.8(ptr %0) local_unnamed_addr #10 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = load i64, ptr %2, align 8, !invariant.load !31
  ret i64 %3
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(argmem: read)
define linkonce_odr hidden i64 @reltab.vtable.load.word.16(ptr %0) local_unnamed_addr #10 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %3 = load i64, ptr %2, align 8, !invariant.load !31
  ret i64 %3
}

; std::process::exit (reduced: declared)
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 noundef) unnamed_addr #9

attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "reltab-protected" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "reltab-protected" "target-cpu"="x86-64" }
attributes #4 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "reltab-protected" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nofree noinline nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "reltab-protected" "target-cpu"="x86-64" }
attributes #6 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "reltab-protected" "target-cpu"="x86-64" }
attributes #7 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "reltab-protected" "target-cpu"="x86-64" }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { mustprogress nofree noinline nosync nounwind willreturn memory(argmem: read) "reltab-vtable-load" }
attributes #11 = { nounwind }
attributes #12 = { noinline }
attributes #13 = { noreturn }
attributes #14 = { inlinehint }

!30 = !{i64 4569334102899622}
!31 = !{}
