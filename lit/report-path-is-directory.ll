; A report path that names an existing directory cannot be written either:
; opt fails with "cannot write the report to <path>: Is a directory" - and it
; must not leave its temporary file behind. The report is written to
; <path with extension json.tmp> and then renamed onto <path>; when the rename
; fails the temporary file stays.
;
; Regression (found in reltab 0.1.0, fixed since, plugin/src/report.rs `write`): after the failed rename
; the temporary <path>.json.tmp (here %t.json.tmp) is not removed. (The same
; temporary-name scheme, path.with_extension("json.tmp"), also makes two runs
; with report paths r.a and r.b share r.json.tmp.)
;
; IR: the vtable and hello::total of named-vtable.ll (rustc +nightly
; -Copt-level=0 --emit=llvm-ir), methods declared.

; RUN: rm -rf %t.d %t.json.tmp
; RUN: mkdir %t.d
; RUN: not %opt -passes=reltab -reltab-report=%t.d -disable-output %s 2>&1 | FileCheck %s -DPATH=%t.d
; RUN: not test -e %t.json.tmp

; CHECK: error: reltab: cannot write the report to [[PATH]]: Is a directory

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape4area, ptr @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape5scale }>, align 8

; hello::total
define internal double @_RNvCs8m1JLeFJPj7_5hello5total(ptr %s.0, ptr align 8 %s.1) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds i8, ptr %s.1, i64 32
  %1 = load ptr, ptr %0, align 8, !invariant.load !5, !nonnull !5
  call void %1(ptr %s.0, double 2.000000e+00) #6
  %2 = getelementptr inbounds i8, ptr %s.1, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !5, !nonnull !5
  %_0 = call double %3(ptr %s.0) #6
  ret double %_0
}

; <hello::Sq as hello::Shape>::area
declare double @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape4area(ptr align 8) unnamed_addr #1
; <hello::Sq as hello::Shape>::scale
declare void @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape5scale(ptr align 8, double) unnamed_addr #1

attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { inlinehint }

!5 = !{}
