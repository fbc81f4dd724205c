; A static with exactly a vtable's shape is not a vtable when it is read as
; data. H below is rustc's own layout for a #[repr(C)] struct of
; { unsafe fn(*mut u8), u32, u32, usize, fn(&u8) -> u32 }: an internal
; constant <{ ptr, [16 x i8], ptr }>, align 8, with a `void (ptr)` function in
; word 0, 16 in word 1, 8 in word 2 and a function taking a pointer in word 3
; - a drop, size, align and method as far as its contents go. But main reads
; the u32 field `lo` with a `load i32` at offset 8, which no vtable entry is:
; H is demoted to a near miss ("used as data"), is not in
; "vtables", and the unmarked loads from it are not vtable loads.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1
; data.rs, reduced):
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
;       let n = (H.call)(&x) + H.lo + lo_of(&H);
;       unsafe { (H.drop)(std::ptr::null_mut()) };
;       std::process::exit(n as i32);
;   }

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json

; CHECK-LABEL: "totals": {
; CHECK-NEXT:    "vtables": 0,
; CHECK-NEXT:    "vtables_with_drop": 0,
; CHECK-NEXT:    "pointer_entries": 0,
; CHECK-NEXT:    "vtable_bytes": 0,
; CHECK-NEXT:    "pointer_entry_bytes": 0,
; CHECK-NEXT:    "load_sites": 0,
; CHECK:         "unclassified": 0,
; CHECK-NEXT:    "near_misses": 1
; CHECK-NEXT:    "unverified_indirect_calls": 1,
; CHECK-NEXT:    "header_reads": 0
; CHECK-NEXT:  },
; CHECK-NEXT:  "vtables": [],
; CHECK-NEXT:  "load_sites": [],
; CHECK-NEXT:  "unclassified": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "what": "vtable-like global that is not a vtable",
; CHECK-NEXT:      "function": null,
; CHECK-NEXT:      "detail": "_RNvCsbYJc7MLlxt2_4data1H: {{.*}}used as data: a load at offset 8 {{.*}}"
; CHECK-NEXT:    }
; CHECK-NEXT:  ]

source_filename = "data.8b885b0003fee696-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_RNvCsbYJc7MLlxt2_4data1H = internal constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RNvCsbYJc7MLlxt2_4data4noop, [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvCsbYJc7MLlxt2_4data5first }>, align 8

; data::main (reduced: overflow checks removed)
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCsbYJc7MLlxt2_4data4main() unnamed_addr #0 {
start:
  %x = alloca [1 x i8], align 1
  store i8 7, ptr %x, align 1
  %_5 = load ptr, ptr getelementptr inbounds (i8, ptr @_RNvCsbYJc7MLlxt2_4data1H, i64 24), align 8
  %_4 = call i32 %_5(ptr %x)
  %_8 = load i32, ptr getelementptr inbounds (i8, ptr @_RNvCsbYJc7MLlxt2_4data1H, i64 8), align 8
  %_10.0 = add i32 %_4, %_8
; call data::lo_of
  %_11 = call i32 @_RNvCsbYJc7MLlxt2_4data5lo_of(ptr align 8 @_RNvCsbYJc7MLlxt2_4data1H) #8
  %_13.0 = add i32 %_10.0, %_11
  %_15 = load ptr, ptr @_RNvCsbYJc7MLlxt2_4data1H, align 8
  call void %_15(ptr null)
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_13.0) #10
  unreachable
}

; data::noop
; Function Attrs: nonlazybind uwtable
define internal void @_RNvCsbYJc7MLlxt2_4data4noop(ptr %_p) unnamed_addr #0 {
start:
  ret void
}

; data::first
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvCsbYJc7MLlxt2_4data5first(ptr %b) unnamed_addr #0 {
start:
  %_2 = load i8, ptr %b, align 1
  %_0 = zext i8 %_2 to i32
  ret i32 %_0
}

; data::lo_of
; Function Attrs: noinline nonlazybind uwtable
define internal i32 @_RNvCsbYJc7MLlxt2_4data5lo_of(ptr align 8 %h) unnamed_addr #1 {
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
attributes #10 = { noreturn }
