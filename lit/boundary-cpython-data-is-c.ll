; CPython's data is C, like its functions: the exception types (PyExc_*),
; _Py_NoneStruct and the type objects that an extension module built with
; PyO3 reads are no boundary for trait objects. PyO3 keeps a lazily made
; error as the exception type, read from PyExc_TypeError, beside a
; Box<dyn FnOnce> that makes its value (PyErrState); the module stores the
; box's vtable pointer into that state and reads it back to raise the error
; with PyErr_SetObject. C code neither makes nor reads a Rust vtable, so the
; state is not memory code outside can read, and the module is converted.
; A declared static of any other name stays a boundary: the same module
; reading its exception type from `demo_exception_type` is left absolute.
;
; Reduced from the module of tests/real/pyo3-ext (PyO3 0.29.3), whose plain
; build was left absolute for this alone (PyExc_* among 43 declared
; statics "that are not the C library").

; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %s 2>&1 | FileCheck %s --check-prefix=PYTHON
; RUN: sed 's/PyExc_TypeError/demo_exception_type/g' %s > %t.other.ll
; RUN: %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output %t.other.ll 2>&1 | FileCheck %s --check-prefix=OTHER

; PYTHON-NOT: warning
; PYTHON: remark: {{.*}}converted 1 vtables to the compact layout

; OTHER: warning: reltab: left the vtables of this module absolute: {{.*}}the static demo_exception_type

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@PyExc_TypeError = external global ptr
@alloc_msg = private unnamed_addr constant [13 x i8] c"not a number\00", align 1

; <{closure} as FnOnce(Python)>: the lazy error's value
@vtable.lazy = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr null, [16 x i8] c"\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00", ptr @call_once, ptr @call_once }>, align 8

declare ptr @PyUnicode_FromString(ptr)
declare void @PyErr_SetObject(ptr, ptr)

define internal ptr @call_once(ptr %self) #0 {
  %s = call ptr @PyUnicode_FromString(ptr @alloc_msg)
  ret ptr %s
}

; PyErrState::restore: the lazy state's box is called for the value
define internal void @restore(ptr %state) #0 {
  %ptype = load ptr, ptr %state, align 8
  %d = getelementptr inbounds i8, ptr %state, i64 8
  %data = load ptr, ptr %d, align 8
  %m = getelementptr inbounds i8, ptr %state, i64 16
  %vt = load ptr, ptr %m, align 8
  %f = getelementptr inbounds i8, ptr %vt, i64 24
  %call_once = load ptr, ptr %f, align 8, !invariant.load !0
  %value = call ptr %call_once(ptr %data)
  call void @PyErr_SetObject(ptr %ptype, ptr %value)
  ret void
}

define ptr @PyInit_demo() #0 {
  %state = alloca [24 x i8], align 8
  %ptype = load ptr, ptr @PyExc_TypeError, align 8
  store ptr %ptype, ptr %state, align 8
  %d = getelementptr inbounds i8, ptr %state, i64 8
  store ptr inttoptr (i64 1 to ptr), ptr %d, align 8
  %m = getelementptr inbounds i8, ptr %state, i64 16
  store ptr @vtable.lazy, ptr %m, align 8
  call void @restore(ptr %state)
  ret ptr null
}

attributes #0 = { "reltab-protected" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
