; A load that reads only bytes of size and align from a vtable pointer, but
; not as the size or align entry, is left as it is and does not stop the
; conversion: the relative layout keeps those bytes in place. (Read straight
; from a global, such a load still makes it data: lookalike-data-reads.ll.) rustc makes
; such loads for an enum whose niche shares the place of a Box<dyn>'s vtable
; pointer (libtest's OutputLocation: Pretty(Box<dyn Terminal>) or
; Raw(StdoutLock)): on the path where the data pointer is null, the word is
; the lock, and its count is read at offset 12. Hand-written in that shape.

; RUN: %opt -passes=reltab -reltab-report=%t.json -S %s -o - | FileCheck %s
; RUN: FileCheck %s --check-prefix=REPORT < %t.json

; CHECK-LABEL: define i32 @use(ptr %obj)
; CHECK:         call ptr @llvm.load.relative.i64(ptr %meta, i64 24)
; CHECK:       other:
; CHECK-NEXT:    %q = getelementptr inbounds i8, ptr %meta, i64 12
; CHECK-NEXT:    %c = load i32, ptr %q, align 4
; REPORT: "header_reads": 1
; REPORT: "converted": true,

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
