; Tables of callbacks are not vtables: they have no size/align header. Two
; real ones, both internal constants of pointer-aligned function pointers:
;  - core::task::RawWakerVTable <{ ptr, ptr, ptr, ptr }> (clone, wake,
;    wake_by_ref, drop): word 0 is clone, which returns a RawWaker, not a
;    `void (ptr)` drop;
;  - a struct of callbacks whose first one *is* `void (ptr)` (release), but
;    whose words 1 and 2 are functions, not a size and an align.
; Neither is recognized or reported as a near miss, and the plain loads that
; call through them (Waker::wake_by_ref reads the RawWakerVTable at offset 16,
; run reads CALLBACKS at 0, 8, 16) are not vtable loads.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1 cb.rs,
; reduced: unwinding removed):
;   use std::task::{RawWaker, RawWakerVTable, Waker};
;   unsafe fn clone(p: *const ()) -> RawWaker { RawWaker::new(p, &VTABLE) }
;   unsafe fn wake(_: *const ()) {}  unsafe fn wake_by_ref(_: *const ()) {}
;   unsafe fn drop(_: *const ()) {}
;   static VTABLE: RawWakerVTable = RawWakerVTable::new(clone, wake, wake_by_ref, drop);
;   pub struct Callbacks { pub release: unsafe fn(*mut u8),
;                          pub retain: unsafe fn(*mut u8), pub get: fn(&u8) -> u32 }
;   unsafe fn release(_: *mut u8) {}  unsafe fn retain(_: *mut u8) {}
;   fn get(b: &u8) -> u32 { *b as u32 }
;   static CALLBACKS: Callbacks = Callbacks { release, retain, get };
;   #[inline(never)]
;   fn run(c: &Callbacks, x: &mut u8) -> u32 {
;       unsafe { (c.retain)(x); (c.release)(x); } (c.get)(x)
;   }
;   fn main() {
;       let waker = unsafe { Waker::from_raw(RawWaker::new(std::ptr::null(), &VTABLE)) };
;       waker.wake_by_ref();
;       let mut x = 1u8;
;       std::process::exit(run(&CALLBACKS, &mut x) as i32);
;   }

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json

; CHECK-LABEL: "totals": {
; CHECK-NEXT:    "vtables": 0,
; CHECK:         "load_sites": 0,
; CHECK:         "unclassified": 0,
; CHECK-NEXT:    "near_misses": 0
; CHECK-NEXT:    "unverified_indirect_calls": 0,
; CHECK-NEXT:    "header_reads": 0
; CHECK-NEXT:  },
; CHECK-NEXT:  "vtables": [],
; CHECK-NEXT:  "load_sites": [],
; CHECK-NEXT:  "unclassified": []

source_filename = "cb.86adf81cbd81ec3d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_RNvCsbyTyTKqwrxN_2cb6VTABLE = internal constant <{ ptr, ptr, ptr, ptr }> <{ ptr @_RNvCsbyTyTKqwrxN_2cb5clone, ptr @_RNvCsbyTyTKqwrxN_2cb4wake, ptr @_RNvCsbyTyTKqwrxN_2cb11wake_by_ref, ptr @_RNvCsbyTyTKqwrxN_2cb4drop }>, align 8
@_RNvCsbyTyTKqwrxN_2cb9CALLBACKS = internal constant <{ ptr, ptr, ptr }> <{ ptr @_RNvCsbyTyTKqwrxN_2cb7release, ptr @_RNvCsbyTyTKqwrxN_2cb6retain, ptr @_RNvCsbyTyTKqwrxN_2cb3get }>, align 8

; cb::get
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvCsbyTyTKqwrxN_2cb3get(ptr %b) unnamed_addr #0 {
start:
  %_2 = load i8, ptr %b, align 1
  %_0 = zext i8 %_2 to i32
  ret i32 %_0
}

; cb::drop
; Function Attrs: nonlazybind uwtable
define internal void @_RNvCsbyTyTKqwrxN_2cb4drop(ptr %_1) unnamed_addr #0 {
start:
  ret void
}

; cb::wake
; Function Attrs: nonlazybind uwtable
define internal void @_RNvCsbyTyTKqwrxN_2cb4wake(ptr %_1) unnamed_addr #0 {
start:
  ret void
}

; cb::wake_by_ref
; Function Attrs: nonlazybind uwtable
define internal void @_RNvCsbyTyTKqwrxN_2cb11wake_by_ref(ptr %_1) unnamed_addr #0 {
start:
  ret void
}

; cb::clone
; Function Attrs: nonlazybind uwtable
define internal { ptr, ptr } @_RNvCsbyTyTKqwrxN_2cb5clone(ptr %p) unnamed_addr #0 {
start:
; call <core::task::wake::RawWaker>::new
  %0 = call { ptr, ptr } @_RNvMNtNtCs8NwYtU1Mohg_4core4task4wakeNtB2_8RawWaker3newCsbyTyTKqwrxN_2cb(ptr %p, ptr align 8 @_RNvCsbyTyTKqwrxN_2cb6VTABLE) #7
  %_0.0 = extractvalue { ptr, ptr } %0, 0
  %_0.1 = extractvalue { ptr, ptr } %0, 1
  %1 = insertvalue { ptr, ptr } poison, ptr %_0.0, 0
  %2 = insertvalue { ptr, ptr } %1, ptr %_0.1, 1
  ret { ptr, ptr } %2
}

; cb::retain
; Function Attrs: nonlazybind uwtable
define internal void @_RNvCsbyTyTKqwrxN_2cb6retain(ptr %_1) unnamed_addr #0 {
start:
  ret void
}

; cb::release
; Function Attrs: nonlazybind uwtable
define internal void @_RNvCsbyTyTKqwrxN_2cb7release(ptr %_1) unnamed_addr #0 {
start:
  ret void
}

; cb::run
; Function Attrs: noinline nonlazybind uwtable
define internal i32 @_RNvCsbyTyTKqwrxN_2cb3run(ptr align 8 %c, ptr %x) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %c, i64 8
  %_4 = load ptr, ptr %0, align 8
  call void %_4(ptr %x)
  %_7 = load ptr, ptr %c, align 8
  call void %_7(ptr %x)
  %1 = getelementptr inbounds i8, ptr %c, i64 16
  %_9 = load ptr, ptr %1, align 8
  %_0 = call i32 %_9(ptr %x)
  ret i32 %_0
}

; cb::main
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCsbyTyTKqwrxN_2cb4main() unnamed_addr #0 {
start:
  %x = alloca [1 x i8], align 1
  %waker = alloca [16 x i8], align 8
; call <core::task::wake::RawWaker>::new
  %1 = call { ptr, ptr } @_RNvMNtNtCs8NwYtU1Mohg_4core4task4wakeNtB2_8RawWaker3newCsbyTyTKqwrxN_2cb(ptr null, ptr align 8 @_RNvCsbyTyTKqwrxN_2cb6VTABLE) #7
  %_2.0 = extractvalue { ptr, ptr } %1, 0
  %_2.1 = extractvalue { ptr, ptr } %1, 1
; call <core::task::wake::Waker>::from_raw
  %2 = call { ptr, ptr } @_RNvMs6_NtNtCs8NwYtU1Mohg_4core4task4wakeNtB5_5Waker8from_rawCsbyTyTKqwrxN_2cb(ptr align 8 %_2.0, ptr %_2.1) #7
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = extractvalue { ptr, ptr } %2, 1
  store ptr %3, ptr %waker, align 8
  %5 = getelementptr inbounds i8, ptr %waker, i64 8
  store ptr %4, ptr %5, align 8
; call <core::task::wake::Waker>::wake_by_ref
  call void @_RNvMs6_NtNtCs8NwYtU1Mohg_4core4task4wakeNtB5_5Waker11wake_by_refCsbyTyTKqwrxN_2cb(ptr align 8 %waker)
  store i8 1, ptr %x, align 1
; call cb::run
  %_10 = call i32 @_RNvCsbyTyTKqwrxN_2cb3run(ptr align 8 @_RNvCsbyTyTKqwrxN_2cb9CALLBACKS, ptr %x)
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_10) #10
  unreachable
}

; <core::task::wake::RawWaker>::new
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, ptr } @_RNvMNtNtCs8NwYtU1Mohg_4core4task4wakeNtB2_8RawWaker3newCsbyTyTKqwrxN_2cb(ptr %data, ptr align 8 %vtable) unnamed_addr #2 {
start:
  %0 = insertvalue { ptr, ptr } poison, ptr %vtable, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %data, 1
  ret { ptr, ptr } %1
}

; <core::task::wake::Waker>::from_raw
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, ptr } @_RNvMs6_NtNtCs8NwYtU1Mohg_4core4task4wakeNtB5_5Waker8from_rawCsbyTyTKqwrxN_2cb(ptr align 8 %waker.0, ptr %waker.1) unnamed_addr #2 {
start:
  %0 = insertvalue { ptr, ptr } poison, ptr %waker.0, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %waker.1, 1
  ret { ptr, ptr } %1
}

; <core::task::wake::Waker>::wake_by_ref
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvMs6_NtNtCs8NwYtU1Mohg_4core4task4wakeNtB5_5Waker11wake_by_refCsbyTyTKqwrxN_2cb(ptr align 8 %self) unnamed_addr #2 {
start:
  %_4 = load ptr, ptr %self, align 8
  %0 = getelementptr inbounds i8, ptr %_4, i64 16
  %_2 = load ptr, ptr %0, align 8
  %1 = getelementptr inbounds i8, ptr %self, i64 8
  %_3 = load ptr, ptr %1, align 8
  call void %_2(ptr %_3)
  ret void
}

; std::process::exit
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #4

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { inlinehint }
attributes #10 = { noreturn }
