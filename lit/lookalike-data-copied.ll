; A vtable-shaped static whose bytes are copied or whose address is taken as
; an integer is data, not a vtable. G and H are rustc's layout of a
; #[repr(C)] Copy struct { unsafe fn(*mut u8), usize, usize, fn(&u8) -> u32 }:
; <{ ptr, [16 x i8], ptr }> with a `void (ptr)` function, 16 or 32, 8 and a
; function taking a pointer - a vtable as far as the contents go. `let copy =
; H` is an llvm.memcpy out of @H, `&G as *const Header as usize` a ptrtoint
; of @G: neither is how rustc uses a vtable, so both are near misses that say
; why, and "vtables" is empty.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1
; data3.rs, reduced):
;   #[repr(C)] #[derive(Clone, Copy)]
;   pub struct Header { pub drop: unsafe fn(*mut u8), pub size: usize,
;                       pub align: usize, pub call: fn(&u8) -> u32 }
;   unsafe fn noop(_p: *mut u8) {}
;   fn first(b: &u8) -> u32 { *b as u32 }
;   static H: Header = Header { drop: noop, size: 16, align: 8, call: first };
;   static G: Header = Header { drop: noop, size: 32, align: 8, call: first };
;   #[inline(never)]
;   fn take(h: Header) -> usize { h.size }
;   fn main() {
;       let copy = H;
;       let addr = &G as *const Header as usize;
;       std::process::exit((take(copy) + addr % 7) as i32);
;   }

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json

; CHECK-LABEL: "totals": {
; CHECK-NEXT:    "vtables": 0,
; CHECK:         "near_misses": 2
; CHECK-NEXT:    "unverified_indirect_calls": 0,
; CHECK-NEXT:    "header_reads": 0
; CHECK-NEXT:  },
; CHECK-NEXT:  "vtables": [],
; CHECK-NEXT:  "load_sites": [],
; CHECK-NEXT:  "unclassified": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "what": "vtable-like global that is not a vtable",
; CHECK-NEXT:      "function": null,
; CHECK-NEXT:      "detail": "_RNvCseuLRMmBZeax_5data31G: {{.*}}used as data: ptrtoint, and the word used other than as a whole pointer: {{.*}}urem{{.*}}"
; CHECK-NEXT:    },
; CHECK-NEXT:    {
; CHECK-NEXT:      "what": "vtable-like global that is not a vtable",
; CHECK-NEXT:      "function": null,
; CHECK-NEXT:      "detail": "_RNvCseuLRMmBZeax_5data31H: {{.*}}used as data: {{.*}}llvm.memcpy{{.*}}"
; CHECK-NEXT:    }
; CHECK-NEXT:  ]

source_filename = "data3.a8d8ff4c3ab385ef-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_RNvCseuLRMmBZeax_5data31G = internal constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RNvCseuLRMmBZeax_5data34noop, [16 x i8] c" \00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvCseuLRMmBZeax_5data35first }>, align 8
@_RNvCseuLRMmBZeax_5data31H = internal constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RNvCseuLRMmBZeax_5data34noop, [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvCseuLRMmBZeax_5data35first }>, align 8

; data3::main (reduced: overflow check removed)
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCseuLRMmBZeax_5data34main() unnamed_addr #0 {
start:
  %0 = alloca [32 x i8], align 8
  %copy = alloca [32 x i8], align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %copy, ptr align 8 @_RNvCseuLRMmBZeax_5data31H, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %copy, i64 32, i1 false)
; call data3::take
  %_9 = call i64 @_RNvCseuLRMmBZeax_5data34take(ptr align 8 %0) #9
  %_10 = urem i64 ptrtoint (ptr @_RNvCseuLRMmBZeax_5data31G to i64), 7
  %_12.0 = add i64 %_9, %_10
  %_7 = trunc i64 %_12.0 to i32
; call std::process::exit
  call void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_7) #10
  unreachable
}

; data3::noop
; Function Attrs: nonlazybind uwtable
define internal void @_RNvCseuLRMmBZeax_5data34noop(ptr %_p) unnamed_addr #0 {
start:
  ret void
}

; data3::first
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvCseuLRMmBZeax_5data35first(ptr %b) unnamed_addr #0 {
start:
  %_2 = load i8, ptr %b, align 1
  %_0 = zext i8 %_2 to i32
  ret i32 %_0
}

; data3::take
; Function Attrs: noinline nonlazybind uwtable
define internal i64 @_RNvCseuLRMmBZeax_5data34take(ptr align 8 %h) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %h, i64 8
  %_0 = load i64, ptr %0, align 8
  ret i64 %_0
}

; std::process::exit
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #4

declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { noinline }
attributes #10 = { noreturn }
