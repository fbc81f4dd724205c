; The relative layout of a converted vtable. <greet::Named as greet::Greet>
; (drop glue, size 24, align 8, two methods: <{ ptr, [16 x i8], ptr, ptr }>,
; 40 bytes) becomes, under the same name, a `private unnamed_addr constant`
; aligned to 8:
;   <{ i32 drop, i32 0, i64 size, i64 align, i32 hi, i32 rename }>  (32 bytes)
; where each pointer entry is `trunc(sub(ptrtoint T, ptrtoint @vtable.1))`
; to i32 (T defined in the module: the function itself). The old global is
; gone and main's use of the vtable now names the new one.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1
; greet.rs, reduced: callees of the methods and main's unwinding turned into
; declarations / removed):
;   pub trait Greet { fn hi(&self) -> usize; fn rename(&mut self, s: &str); }
;   pub struct Named { pub name: String }
;   impl Greet for Named {
;       fn hi(&self) -> usize { self.name.len() }
;       fn rename(&mut self, s: &str) { self.name = s.to_string() }
;   }
;   #[inline(never)]
;   pub fn greet(g: &mut dyn Greet) -> usize { g.rename("x"); g.hi() }
;   fn main() {
;       let mut n = Named { name: String::from("ab") };
;       std::process::exit(greet(&mut n) as i32);
;   }

; RUN: %opt -passes=reltab -reltab-layout=relative -S %s -o - | FileCheck %s

; CHECK:      @vtable.1 = private unnamed_addr constant <{ i32, i32, i64, i64, i32, i32 }> <{
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCs8VTiMwwA3XU_5greet5NamedEBD_ to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32),
; CHECK-SAME:   i32 0, i64 24, i64 8,
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXCs8VTiMwwA3XU_5greetNtB2_5NamedNtB2_5Greet2hi to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32),
; CHECK-SAME:   i32 trunc (i64 sub (i64 ptrtoint (ptr @_RNvXCs8VTiMwwA3XU_5greetNtB2_5NamedNtB2_5Greet6rename to i64), i64 ptrtoint (ptr @vtable.1 to i64)) to i32)
; CHECK-SAME: }>, align 8
; Only one global of that name, and no leftover (renamed) copy of the old one.
; CHECK-NOT:  @vtable.1{{[.0-9]*}} =
; CHECK-NOT:  = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }>
; CHECK-LABEL: define hidden void @_RNvCs8VTiMwwA3XU_5greet4main()
; CHECK:        call i64 @_RNvCs8VTiMwwA3XU_5greet5greet(ptr %n, ptr align 8 @vtable.1)

source_filename = "greet.680e8b68a400ac70-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCs8VTiMwwA3XU_5greet5NamedEBD_, [16 x i8] c"\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs8VTiMwwA3XU_5greetNtB2_5NamedNtB2_5Greet2hi, ptr @_RNvXCs8VTiMwwA3XU_5greetNtB2_5NamedNtB2_5Greet6rename }>, align 8
@alloc_0ae0accb60b700fe8d2e90793be18e2c = private unnamed_addr constant [2 x i8] c"ab", align 1
@alloc_37f62a15fae368a2423b3a16c75adcc9 = private unnamed_addr constant [1 x i8] c"x", align 1

; core::ptr::drop_glue::<greet::Named>
; Function Attrs: nonlazybind uwtable
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCs8VTiMwwA3XU_5greet5NamedEBD_(ptr align 8 %_1) unnamed_addr #0 {
start:
; call core::ptr::drop_glue::<alloc::string::String>
  call void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECs8VTiMwwA3XU_5greet(ptr align 8 %_1)
  ret void
}

; greet::main (reduced: no unwinding)
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCs8VTiMwwA3XU_5greet4main() unnamed_addr #0 {
start:
  %_2 = alloca [24 x i8], align 8
  %n = alloca [24 x i8], align 8
; call <alloc::string::String as core::convert::From<&str>>::from
  call void @_RNvXsK_NtCsbEht8wFNRx7_5alloc6stringNtB5_6StringINtNtCs8NwYtU1Mohg_4core7convert4FromReE4fromCs8VTiMwwA3XU_5greet(ptr sret([24 x i8]) align 8 %_2, ptr @alloc_0ae0accb60b700fe8d2e90793be18e2c, i64 2) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %n, ptr align 8 %_2, i64 24, i1 false)
; call greet::greet
  %_5 = call i64 @_RNvCs8VTiMwwA3XU_5greet5greet(ptr %n, ptr align 8 @vtable.1)
  %_4 = trunc i64 %_5 to i32
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_4) #4
  unreachable
}

; greet::greet
; Function Attrs: noinline nonlazybind uwtable
define internal i64 @_RNvCs8VTiMwwA3XU_5greet5greet(ptr %g.0, ptr align 8 %g.1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %g.1, i64 32
  %1 = load ptr, ptr %0, align 8, !invariant.load !5, !nonnull !5
  call void %1(ptr %g.0, ptr @alloc_37f62a15fae368a2423b3a16c75adcc9, i64 1) #3
  %2 = getelementptr inbounds i8, ptr %g.1, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !5, !nonnull !5
  %_0 = call i64 %3(ptr %g.0) #3
  ret i64 %_0
}

; <greet::Named as greet::Greet>::hi
; Function Attrs: nonlazybind uwtable
define internal i64 @_RNvXCs8VTiMwwA3XU_5greetNtB2_5NamedNtB2_5Greet2hi(ptr align 8 %self) unnamed_addr #0 {
start:
; call <alloc::string::String>::len
  %_0 = call i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCs8VTiMwwA3XU_5greet(ptr align 8 %self) #3
  ret i64 %_0
}

; <greet::Named as greet::Greet>::rename (reduced: no unwinding)
; Function Attrs: nonlazybind uwtable
define internal void @_RNvXCs8VTiMwwA3XU_5greetNtB2_5NamedNtB2_5Greet6rename(ptr align 8 %self, ptr %s.0, i64 %s.1) unnamed_addr #0 {
start:
  %_3 = alloca [24 x i8], align 8
; call <str as alloc::string::ToString>::to_string
  call void @_RNvXsB_NtCsbEht8wFNRx7_5alloc6stringeNtB5_8ToString9to_stringCs8VTiMwwA3XU_5greet(ptr sret([24 x i8]) align 8 %_3, ptr %s.0, i64 %s.1) #3
; call core::ptr::drop_glue::<alloc::string::String>
  call void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECs8VTiMwwA3XU_5greet(ptr align 8 %self)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %self, ptr align 8 %_3, i64 24, i1 false)
  ret void
}

declare void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECs8VTiMwwA3XU_5greet(ptr align 8) unnamed_addr #0
declare void @_RNvXsK_NtCsbEht8wFNRx7_5alloc6stringNtB5_6StringINtNtCs8NwYtU1Mohg_4core7convert4FromReE4fromCs8VTiMwwA3XU_5greet(ptr sret([24 x i8]) align 8, ptr, i64) unnamed_addr #2
declare i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCs8VTiMwwA3XU_5greet(ptr align 8) unnamed_addr #2
declare void @_RNvXsB_NtCsbEht8wFNRx7_5alloc6stringeNtB5_8ToString9to_stringCs8VTiMwwA3XU_5greet(ptr sret([24 x i8]) align 8, ptr, i64) unnamed_addr #2
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #5
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { inlinehint }
attributes #4 = { noreturn }
attributes #5 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!5 = !{}
