; A vtable-shaped static read as data through a function parameter is not a
; vtable either. As in lookalike-data-reads.ll, H has a vtable's contents
; (`void (ptr)` fn, size 16, align 8, fn(ptr)), but here main never reads a
; field of H directly as data: it calls through words 0 and 3 (pointer loads
; at vtable entry offsets) and passes &H to lo_of, which reads the u32 field
; `lo` with a `load i32` at offset 8 of its parameter. The address reaching
; lo_of is H's own, so H is read as data: it must be a near miss, like a
; direct `load i32` from @H, and "vtables" must be empty.
;
; Regression (found in reltab 0.1.0, fixed since): H is recognized as a vtable (with two "vtable-value"
; load sites in main, kinds drop and method), and the `load i32` in lo_of
; only becomes an "unclassified" item ("vtable load at an offset or type that
; no vtable entry has"). uses.rs judges a global by its direct users only; a
; call argument is accepted as a vtable use without looking at what the
; callee does with the parameter, although loads.rs then follows the same
; parameter and finds the data read. A relative layout built on this result
; would move the `lo` field that lo_of reads.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1
; data2.rs, reduced):
;   #[repr(C)]
;   pub struct Header { pub drop: unsafe fn(*mut u8), pub lo: u32, pub hi: u32,
;                       pub align: usize, pub call: fn(&u8) -> u32 }
;   unsafe fn noop(_p: *mut u8) {}
;   fn first(b: &u8) -> u32 { *b as u32 }
;   static H: Header = Header { drop: noop, lo: 16, hi: 0, align: 8, call: first };
;   #[inline(never)]
;   fn lo_of(h: &Header) -> u32 { h.lo }
;   fn main() {
;       let x = 7u8;
;       let n = (H.call)(&x) + lo_of(&H);
;       unsafe { (H.drop)(std::ptr::null_mut()) };
;       std::process::exit(n as i32);
;   }

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json

; CHECK-LABEL: "totals": {
; CHECK-NEXT:    "vtables": 0,
; CHECK:         "load_sites": 0,
; CHECK:         "near_misses": 1
; CHECK-NEXT:    "unverified_indirect_calls": 1,
; CHECK-NEXT:    "header_reads": 0
; CHECK-NEXT:  },
; CHECK-NEXT:  "vtables": [],
; CHECK-NEXT:  "load_sites": [],
; CHECK-NEXT:  "unclassified": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "what": "vtable-like global that is not a vtable",
; CHECK-NEXT:      "function": null,
; CHECK-NEXT:      "detail": "_RNvCs4WMxUSRumjM_5data21H: {{.*}}used as data{{.*}}"
; CHECK-NEXT:    }
; CHECK-NEXT:  ]

source_filename = "data2.39a23c6eb5b2ae44-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_RNvCs4WMxUSRumjM_5data21H = internal constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RNvCs4WMxUSRumjM_5data24noop, [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvCs4WMxUSRumjM_5data25first }>, align 8

; data2::main (reduced: overflow check removed)
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCs4WMxUSRumjM_5data24main() unnamed_addr #0 {
start:
  %x = alloca [1 x i8], align 1
  store i8 7, ptr %x, align 1
  %_4 = load ptr, ptr getelementptr inbounds (i8, ptr @_RNvCs4WMxUSRumjM_5data21H, i64 24), align 8
  %_3 = call i32 %_4(ptr %x)
; call data2::lo_of
  %_7 = call i32 @_RNvCs4WMxUSRumjM_5data25lo_of(ptr align 8 @_RNvCs4WMxUSRumjM_5data21H) #8
  %_9.0 = add i32 %_3, %_7
  %_11 = load ptr, ptr @_RNvCs4WMxUSRumjM_5data21H, align 8
  call void %_11(ptr null)
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_9.0) #9
  unreachable
}

; data2::noop
; Function Attrs: nonlazybind uwtable
define internal void @_RNvCs4WMxUSRumjM_5data24noop(ptr %_p) unnamed_addr #0 {
start:
  ret void
}

; data2::first
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvCs4WMxUSRumjM_5data25first(ptr %b) unnamed_addr #0 {
start:
  %_2 = load i8, ptr %b, align 1
  %_0 = zext i8 %_2 to i32
  ret i32 %_0
}

; data2::lo_of
; Function Attrs: noinline nonlazybind uwtable
define internal i32 @_RNvCs4WMxUSRumjM_5data25lo_of(ptr align 8 %h) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %h, i64 8
  %_0 = load i32, ptr %0, align 8
  ret i32 %_0
}

; std::process::exit
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #4

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { noinline }
attributes #9 = { noreturn }
