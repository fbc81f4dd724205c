; A wrong -reltab-layout value is refused when opt parses its command line,
; with a message that names reltab and every accepted value, and opt exits
; with an error before the pass runs (no report is written). The accepted
; values, relative and compact, are taken, and without the option the layout
; is compact, the default; -reltab-check checks the layout asked for, so
; alone it checks the compact layout, the default.
;
; IR: the vtable and hello::total of named-vtable.ll (rustc +nightly
; -Copt-level=0 --emit=llvm-ir), methods declared.

; RUN: rm -f %t.json
; RUN: not %opt -passes=reltab -reltab-layout=packed -reltab-report=%t.json -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s
; RUN: not test -e %t.json
; RUN: not %opt -passes=reltab -reltab-layout= -disable-output %s 2>&1 | FileCheck %s --check-prefix=EMPTY
; RUN: %opt -passes=reltab -reltab-layout=relative -reltab-report=%t.json -disable-output %s
; RUN: FileCheck %s --check-prefix=REPORT < %t.json
; RUN: %opt -passes=reltab -reltab-layout=compact -reltab-report=%t.json -disable-output %s
; RUN: FileCheck %s --check-prefix=COMPACT < %t.json
; RUN: %opt -passes=reltab -reltab-report=%t.json -disable-output %s
; RUN: FileCheck %s --check-prefix=COMPACT < %t.json
; RUN: %opt -passes=reltab -reltab-check -reltab-layout=relative -reltab-report=%t.json -disable-output %s
; RUN: FileCheck %s --check-prefix=CHECKED-RELATIVE < %t.json
; RUN: %opt -passes=reltab -reltab-check -reltab-layout=compact -reltab-report=%t.json -disable-output %s
; RUN: FileCheck %s --check-prefix=CHECKED-COMPACT < %t.json
; RUN: %opt -passes=reltab -reltab-check -reltab-report=%t.json -disable-output %s
; RUN: FileCheck %s --check-prefix=CHECKED-COMPACT < %t.json

; CHECK: reltab-layout option: reltab: unknown vtable layout 'packed'; accepted values: compact (the default), relative
; The pass never ran: no census remark.
; CHECK-NOT: remark
; EMPTY: reltab: unknown vtable layout ''; accepted values: compact (the default), relative
; REPORT: "layout": "relative",
; REPORT: "form": "relative",
; COMPACT: "layout": "compact",
; COMPACT: "form": "compact",
; CHECKED-RELATIVE: "layout": "relative",
; CHECKED-RELATIVE: "form": "checked-relative",
; CHECKED-COMPACT: "layout": "compact",
; CHECKED-COMPACT: "form": "checked-compact",

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
