; reltab's options can also come from the environment variable
; RELTAB_OPTIONS (how they reach the plugin inside rustc). opt reads it too:
; a wrong value there is refused with the same message as on the command
; line plus an error naming RELTAB_OPTIONS, an unknown option is refused with
; the list of reltab's options, and in both cases opt fails. A good value
; works like the command-line option.
;
; IR: the vtable and hello::total of named-vtable.ll (rustc +nightly
; -Copt-level=0 --emit=llvm-ir), methods declared, and a function that makes
; a wide pointer with the vtable (its use in main, reduced).

; RUN: not env RELTAB_OPTIONS=-reltab-layout=packed %opt -passes=reltab -disable-output %s 2>&1 | FileCheck %s --check-prefix=LAYOUT
; RUN: not env RELTAB_OPTIONS=-reltab-bogus %opt -passes=reltab -disable-output %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
; RUN: rm -f %t.json
; RUN: env RELTAB_OPTIONS=-reltab-report=%t.json %opt -passes=reltab -disable-output %s
; RUN: FileCheck %s --check-prefix=REPORT < %t.json
; RUN: env RELTAB_OPTIONS="-reltab-layout=relative -reltab-report=%t.json" %opt -passes=reltab -disable-output %s
; RUN: FileCheck %s --check-prefix=RELATIVE < %t.json

; LAYOUT: reltab: unknown vtable layout 'packed'; accepted values: compact (the default), relative
; LAYOUT: error: reltab: RELTAB_OPTIONS: bad value in '-reltab-layout=packed'
; UNKNOWN: error: reltab: RELTAB_OPTIONS holds '-reltab-bogus', which is not an option of reltab (accepted: -reltab-report=PATH, -reltab-verbose, -reltab-layout=relative|compact, -reltab-check, -reltab-trust-boundary, -reltab-native-code=PATH, -reltab-audit-cache=DIR, -reltab-toolchain-report=PATH, -reltab-promote=true|false)
; REPORT: "vtables": 1,
; RELATIVE: "layout": "relative",

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape4area, ptr @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape5scale }>, align 8

; hello::total
define double @_RNvCs8m1JLeFJPj7_5hello5total(ptr %s.0, ptr align 8 %s.1) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds i8, ptr %s.1, i64 32
  %1 = load ptr, ptr %0, align 8, !invariant.load !5, !nonnull !5
  call void %1(ptr %s.0, double 2.000000e+00) #6
  %2 = getelementptr inbounds i8, ptr %s.1, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !5, !nonnull !5
  %_0 = call double %3(ptr %s.0) #6
  ret double %_0
}

; a `&dyn Shape` to a Sq, as main makes it
define { ptr, ptr } @make(ptr %sq) {
  %1 = insertvalue { ptr, ptr } poison, ptr %sq, 0
  %2 = insertvalue { ptr, ptr } %1, ptr @vtable.1, 1
  ret { ptr, ptr } %2
}

; <hello::Sq as hello::Shape>::area
declare double @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape4area(ptr align 8) unnamed_addr #1
; <hello::Sq as hello::Shape>::scale
declare void @_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape5scale(ptr align 8, double) unnamed_addr #1

attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { inlinehint }

!5 = !{}
