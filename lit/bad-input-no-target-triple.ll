; A module without a target triple (and without a data layout): reltab
; cannot know whether the relative layout fits the target, so it leaves the
; module alone, with a warning that names the target, and exits 0. The
; vtable is still recognized and reported (LLVM's default layout has 64-bit
; little-endian pointers), the conversion says why not.
; Hand-written: the vtable and read of refuse-read-past-table.ll, in range.
; RUN: %llvm-opt -S %s -o %t.ref.ll
; RUN: %opt -passes=reltab -S %s -o %t.ll -reltab-report=%t.json 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: FileCheck %s --check-prefix=REPORT < %t.json
; RUN: diff %t.ref.ll %t.ll
; CHECK: warning: reltab: left the vtables of this module absolute: target (none: the module has no target triple) (8-byte pointers) is not one the relative layout is defined for (x86_64, aarch64; i386 to i686, armv7)
; REPORT:      "vtables": 1,
; REPORT:      "conversion": {
; REPORT-NEXT:   "converted": false,
; REPORT-NEXT:   "refused_because": [
; REPORT-NEXT:     {
; REPORT-NEXT:       "code": "unsupported-target",
; REPORT-NEXT:       "detail": "target {{.*}}is not one the relative layout is defined for (x86_64, aarch64; i386 to i686, armv7)"
; REPORT-NEXT:     }

@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @method, ptr @method }>, align 8

define internal void @drop(ptr %self) {
  ret void
}

define internal i32 @method(ptr %self) {
  ret i32 7
}

define i32 @call(ptr %data) {
  %slot = getelementptr inbounds i8, ptr @vtable.0, i64 24
  %f = load ptr, ptr %slot, align 8, !invariant.load !0, !nonnull !0
  %r = call i32 %f(ptr %data)
  ret i32 %r
}

!0 = !{}
