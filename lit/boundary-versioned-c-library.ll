; The C library called by a versioned name is the C library. The libc crate
; links about a hundred C functions by a symbol version
; (`cfsetspeed@GLIBC_2.2.5`); taken for code outside the module that is not
; the C library, such a call made the block it is handed reachable from
; outside, and with it the callback's vtable pointer stored beside the
; terminal settings: refused. A version node of glibc (`GLIBC_`) names the
; C library's symbol, and the module is converted; another library's version
; node stays a boundary.
;
; From tests/classes/versioned_c_library.rs after fat LTO: main as it was
; up to the first call through the callback (the second terminal, the
; printing and the unwinding removed; the block from `malloc`, as std's
; allocator is defined in a whole program), the closure's Fn vtable with
; its methods reduced to `ret void`.

; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s
; RUN: sed 's/@GLIBC_2[.]2[.]5/@MYLIB_1.0/' %s | %opt -passes='lto<O2>' -disable-output 2>&1 | FileCheck %s --check-prefix=OTHER

; CHECK-NOT: warning
; CHECK: remark: {{.*}}converted 1 vtables to the compact layout
; OTHER: warning: reltab: left the vtables of this module absolute:
; OTHER-SAME: versioned_c_library::main stores a vtable pointer into memory that code outside the module can reach
; OTHER-SAME: 2 declared functions and statics that are not the C library (cfsetspeed@MYLIB_1.0, cfgetospeed@MYLIB_1.0)

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@anon.900cdc4e20734c071c07f86c104b74bf.3 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00", ptr @_RNSNvYNCNvCsbMh4avNzSQ_19versioned_c_library4main0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceTmEE9call_once6vtableB8_, ptr @_RNCNvCsbMh4avNzSQ_19versioned_c_library4main0B3_, ptr @_RNCNvCsbMh4avNzSQ_19versioned_c_library4main0B3_ }>, align 8

define internal void @_RNSNvYNCNvCsbMh4avNzSQ_19versioned_c_library4main0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceTmEE9call_once6vtableB8_(ptr sret([24 x i8]) align 8 %0, ptr %1, i32 %2) unnamed_addr #0 {
  ret void
}

define internal void @_RNCNvCsbMh4avNzSQ_19versioned_c_library4main0B3_(ptr sret([24 x i8]) align 8 %0, ptr %1, i32 %2) unnamed_addr #0 {
  ret void
}

define internal void @_RNvCsbMh4avNzSQ_19versioned_c_library4main() unnamed_addr #0 {
  %1 = alloca [24 x i8], align 8
  %2 = call noundef align 8 dereferenceable_or_null(160) ptr @malloc(i64 noundef 160)
  store ptr inttoptr (i64 1 to ptr), ptr %2, align 8
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store ptr @anon.900cdc4e20734c071c07f86c104b74bf.3, ptr %3, align 8
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(49) %4, i8 0, i64 49, i1 false)
  %5 = call noundef i32 @"cfsetspeed@GLIBC_2.2.5"(ptr noundef nonnull %4, i32 noundef 13)
  %6 = call noundef i32 @"cfgetospeed@GLIBC_2.2.5"(ptr noundef nonnull %4)
  %7 = load ptr, ptr %2, align 8, !nonnull !0, !noundef !0
  %8 = load ptr, ptr %3, align 8, !nonnull !0, !align !1, !noundef !0
  %9 = call nonnull ptr @reltab.vtable.load.ptr.40(ptr nonnull %8)
  call void %9(ptr noalias noundef nonnull sret([24 x i8]) align 8 %1, ptr noundef nonnull %7, i32 noundef %6)
  ret void
}

define i32 @main(i32 %argc, ptr %argv) #0 {
  call void @_RNvCsbMh4avNzSQ_19versioned_c_library4main()
  ret i32 0
}

define internal ptr @reltab.vtable.load.ptr.40(ptr %vt) #1 {
  %p = getelementptr inbounds i8, ptr %vt, i64 40
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

declare ptr @malloc(i64)
declare i32 @"cfsetspeed@GLIBC_2.2.5"(ptr, i32)
declare i32 @"cfgetospeed@GLIBC_2.2.5"(ptr)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

attributes #0 = { "reltab-protected" }
attributes #1 = { "reltab-vtable-load" }

!llvm.ident = !{!2}
!0 = !{}
!1 = !{i64 8}
!2 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
