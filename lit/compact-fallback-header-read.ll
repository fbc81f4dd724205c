; A load that reads bytes of size and align from a vtable pointer other than
; as those entries (convert-header-bytes-read.ll: rustc makes them for an
; enum whose niche shares a Box<dyn>'s vtable pointer, as in libtest) keeps
; its meaning in the relative layout, which leaves those bytes in place, but
; not in the compact one: with -reltab-layout=compact the module gets the
; relative layout, with a remark.
;
; IR: convert-header-bytes-read.ll.

; RUN: %opt -passes=reltab -reltab-layout=compact -pass-remarks=reltab -S %s -o %t.ll 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s < %t.ll

; REMARK: remark: {{.*}}the relative layout instead of the compact one for this module: 1 reads take bytes of a vtable's size or align other than as those entries, and the compact header does not keep those bytes
; REMARK: converted 1 vtables to the relative layout
; CHECK-LABEL: define i32 @use(ptr %obj)
; CHECK:         call ptr @llvm.load.relative.i64(ptr %meta, i64 24)
; CHECK:         %c = load i32, ptr %q, align 4
; CHECK-NOT:   reltab.compact

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @method }>, align 8

define internal i32 @method(ptr %self) {
  %v = load i32, ptr %self, align 4
  ret i32 %v
}

define i32 @use(ptr %obj) {
start:
  %data = load ptr, ptr %obj, align 8
  %m = getelementptr inbounds i8, ptr %obj, i64 8
  %meta = load ptr, ptr %m, align 8
  %isnull = icmp eq ptr %data, null
  br i1 %isnull, label %other, label %dyn
dyn:
  %p = getelementptr inbounds i8, ptr %meta, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
other:
  %q = getelementptr inbounds i8, ptr %meta, i64 12
  %c = load i32, ptr %q, align 4
  ret i32 %c
}

define i32 @main() {
  %x = alloca i32, align 4
  store i32 7, ptr %x, align 4
  %obj = alloca [16 x i8], align 8
  store ptr %x, ptr %obj, align 8
  %m = getelementptr inbounds i8, ptr %obj, i64 8
  store ptr @vtable.0, ptr %m, align 8
  %r = call i32 @use(ptr %obj)
  ret i32 %r
}

!0 = !{}
