; A static that holds a dangling pointer is data, not an unreadable vtable.
; rhai's `RHAI_MANIFEST`s (plugin modules' metadata) hold an empty Vec,
; whose pointer rustc emits as the number 8: `ptr inttoptr (i64 8 to ptr)`,
; and a function pointer. A pointer that is a plain number is the bytes of
; that number in memory (recognize.rs lays it out so); a pointer into a
; global past its start (`getelementptr (i8, ptr @g, i64 k)`) is a word of
; its own kind, never a vtable entry. Read as words, the manifest starts
; with a pointer to another static, which no vtable does: it is not a
; candidate, nor a near miss, and the module's vtable is converted. Before,
; both were "cannot read it as words: constant expression" near misses, and
; rhai 1.27.0's `rhai-run` was refused.
;
; From rhai 1.27.0 (crates.io) after fat LTO (cargo reltab compare
; --keep-bitcode): the manifest and the start of the table it points at, as
; they were (the functions declared); the vtable and the function that reads
; the manifest are hand-written.

; RUN: %opt -passes=reltab -pass-remarks=reltab -reltab-report=%t.json -disable-output %s 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: FileCheck %s --check-prefix=REPORT < %t.json

; CHECK-NOT: warning
; CHECK: converted 1 vtables to the compact layout
; REPORT: "near_misses": 0

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@anon.42b8ba4191908c4b658feaead4a85a11.840 = private unnamed_addr constant [6 x i8] c"insert", align 1
@anon.42b8ba4191908c4b658feaead4a85a11.845 = private unnamed_addr constant [4 x i8] c"push", align 1
@anon.42b8ba4191908c4b658feaead4a85a11.3895 = private unnamed_addr constant <{ ptr, [8 x i8], ptr, ptr, ptr, ptr, [1 x i8], [7 x i8] }> <{ ptr @anon.42b8ba4191908c4b658feaead4a85a11.840, [8 x i8] c"\03\00\00\00\00\00\00\00", ptr inttoptr (i64 1 to ptr), ptr @anon.42b8ba4191908c4b658feaead4a85a11.845, ptr @_RNvYNCNvNtNtNtCs7YLFUVK7G4p_4rhai3api10deprecated26deprecated_array_functions13RHAI_MANIFEST0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceTQDG_INtB1w_5FnMutTRL0_SNtNtB1A_3any6TypeIdEEp6OutputuEL_EE9call_onceBc_, ptr @_RNvYNCNvNtNtNtCs7YLFUVK7G4p_4rhai3api10deprecated26deprecated_array_functions13RHAI_MANIFESTs_0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceTQNtNtBc_6module6ModuleEE9call_onceBc_, [1 x i8] zeroinitializer, [7 x i8] undef }>, align 8
@_RNvNtNtNtCs7YLFUVK7G4p_4rhai3api10deprecated26deprecated_array_functions13RHAI_MANIFEST = internal constant <{ ptr, [8 x i8], ptr, [8 x i8], ptr }> <{ ptr @anon.42b8ba4191908c4b658feaead4a85a11.3895, [8 x i8] c"\0E\00\00\00\00\00\00\00", ptr inttoptr (i64 8 to ptr), [8 x i8] zeroinitializer, ptr @_RNvYNCNvNtNtNtCs7YLFUVK7G4p_4rhai3api10deprecated26deprecated_array_functions13RHAI_MANIFESTsq_0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceTQNtNtBc_6module6ModuleEE9call_onceBc_ }>, align 8

declare void @_RNvYNCNvNtNtNtCs7YLFUVK7G4p_4rhai3api10deprecated26deprecated_array_functions13RHAI_MANIFEST0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceTQDG_INtB1w_5FnMutTRL0_SNtNtB1A_3any6TypeIdEEp6OutputuEL_EE9call_onceBc_(ptr, ptr)
declare void @_RNvYNCNvNtNtNtCs7YLFUVK7G4p_4rhai3api10deprecated26deprecated_array_functions13RHAI_MANIFESTs_0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceTQNtNtBc_6module6ModuleEE9call_onceBc_(ptr)
declare void @_RNvYNCNvNtNtNtCs7YLFUVK7G4p_4rhai3api10deprecated26deprecated_array_functions13RHAI_MANIFESTsq_0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceTQNtNtBc_6module6ModuleEE9call_onceBc_(ptr)

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

; Registers the manifest's module and calls through a trait object.
define i32 @register(ptr %data) {
  %setup = load ptr, ptr getelementptr inbounds (i8, ptr @_RNvNtNtNtCs7YLFUVK7G4p_4rhai3api10deprecated26deprecated_array_functions13RHAI_MANIFEST, i64 32), align 8
  call void %setup(ptr %data)
  %m = load ptr, ptr getelementptr inbounds (i8, ptr @vtable.0, i64 24), align 8, !invariant.load !0
  %r = call i32 %m(ptr %data)
  ret i32 %r
}

!0 = !{}
