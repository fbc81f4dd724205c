; Names after fat LTO: in the merged module rustc hands to LLVM's LTO
; pipeline every private global, vtables included, is renamed
; @anon.<hash>.N. The vtables <lto::Dog as lto::Animal> (with drop glue) and
; <lto::Bird as lto::Animal> (a ZST, no drop glue) are recognized under those
; names, the location-like @anon.<other hash>.1 next to them is not, and the
; method loads of the optimized code (still `!invariant.load`) are found.
;
; Source (rustc +nightly -O -Clto=fat -Ccodegen-units=1 -Csave-temps lto.rs;
; module lto.lto.<hash>-cgu.0.rcgu.lto.input.bc, llvm-dis, reduced):
;   pub trait Animal { fn name(&self) -> String; fn legs(&self) -> u32; }
;   pub struct Dog { pub n: String }
;   pub struct Bird;
;   impl Animal for Dog { ... }  impl Animal for Bird { ... }
;   #[inline(never)]
;   fn count(zoo: &[Box<dyn Animal>]) -> u32 { zoo.iter().map(|a| a.legs()).sum() }
;   fn main() {
;       let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog { n: black_box("rex".to_string()) }), Box::new(Bird)];
;       println!("{} {}", count(&zoo), zoo[0].name());
;   }

; RUN: %reltab -reltab-report=%t.json %s
; RUN: FileCheck %s < %t.json
; RUN: FileCheck %s --check-prefix=LOCATION < %t.json

; The location is neither a vtable nor a near miss: it appears nowhere.
; LOCATION-NOT: anon.b2c5a8d777917e0837c2db61b2a3cfc3

; CHECK-LABEL: "totals": {
; CHECK-NEXT:    "vtables": 2,
; CHECK-NEXT:    "vtables_with_drop": 1,
; CHECK-NEXT:    "pointer_entries": 5,
; CHECK-NEXT:    "vtable_bytes": 80,
; CHECK-NEXT:    "pointer_entry_bytes": 40,
; CHECK-NEXT:    "load_sites": 2,
; CHECK-NEXT:    "load_sites_marked": 2,
; CHECK-NEXT:    "load_sites_protected": 0,
; CHECK-NEXT:    "load_sites_found_otherwise": 0,
; CHECK-NEXT:    "load_sites_by_kind": {
; CHECK-NEXT:      "method": 2
; CHECK-NEXT:    },
; CHECK-NEXT:    "unclassified": 0,
; CHECK-NEXT:    "near_misses": 0
; CHECK-NEXT:    "unverified_indirect_calls": 0,
; CHECK-NEXT:    "header_reads": 0
; CHECK-NEXT:  },

; CHECK-NEXT:  "vtables": [
; CHECK-NEXT:    {
; CHECK-NEXT:      "name": "anon.404ee615a3028c20cc15e3c71b89e100.2",
; CHECK-NEXT:      "implementation": "<lto::Dog as lto::Animal>",
; CHECK-NEXT:      "size": 24,
; CHECK-NEXT:      "align": 8,
; CHECK-NEXT:      "has_drop": true,
; CHECK-NEXT:      "bytes": 40,
; CHECK-NEXT:      "pointer_entries": 3,
; CHECK-NEXT:      "entries": [
; CHECK-NEXT:        {
; CHECK-NEXT:          "offset": 0,
; CHECK-NEXT:          "kind": "drop",
; CHECK-NEXT:          "target": "core::ptr::drop_glue::<lto::Dog>"
; CHECK-NEXT:        },
; CHECK:               "target": "<lto::Dog as lto::Animal>::name"
; CHECK:               "target": "<lto::Dog as lto::Animal>::legs"
; CHECK:             "uses": {
; CHECK-NEXT:          "stored": 1
; CHECK-NEXT:        }
; CHECK-NEXT:      },
; CHECK-NEXT:      {
; CHECK-NEXT:        "name": "anon.404ee615a3028c20cc15e3c71b89e100.3",
; CHECK-NEXT:        "implementation": "<lto::Bird as lto::Animal>",
; CHECK-NEXT:        "size": 0,
; CHECK-NEXT:        "align": 1,
; CHECK-NEXT:        "has_drop": false,
; CHECK-NEXT:        "bytes": 40,
; CHECK-NEXT:        "pointer_entries": 2,
; CHECK:               "target": "<lto::Bird as lto::Animal>::name"
; CHECK:               "target": "<lto::Bird as lto::Animal>::legs"
; CHECK:             "uses": {
; CHECK-NEXT:          "stored": 1
; CHECK-NEXT:        }
; CHECK-NEXT:      }
; CHECK-NEXT:    ],

; CHECK-NEXT:    "load_sites": [
; CHECK-NEXT:      {
; CHECK-NEXT:        "function": "lto::main",
; CHECK-NEXT:        "offset": 24,
; CHECK-NEXT:        "kind": "method",
; CHECK-NEXT:        "found_by": "invariant-load"
; CHECK-NEXT:      },
; CHECK-NEXT:      {
; CHECK-NEXT:        "function": "lto::count",
; CHECK-NEXT:        "offset": 32,
; CHECK-NEXT:        "kind": "method",
; CHECK-NEXT:        "found_by": "invariant-load"
; CHECK-NEXT:      }
; CHECK-NEXT:    ],
; CHECK-NEXT:    "unclassified": []

source_filename = "lto.8835f2ed3b94442a-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@anon.404ee615a3028c20cc15e3c71b89e100.2 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCsbH2SZ5SILQQ_3lto3DogEBD_, [16 x i8] c"\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCsbH2SZ5SILQQ_3ltoNtB2_3DogNtB2_6Animal4name, ptr @_RNvXCsbH2SZ5SILQQ_3ltoNtB2_3DogNtB2_6Animal4legs }>, align 8
@anon.404ee615a3028c20cc15e3c71b89e100.3 = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00", ptr @_RNvXs_CsbH2SZ5SILQQ_3ltoNtB4_4BirdNtB4_6Animal4name, ptr @_RNvXs_CsbH2SZ5SILQQ_3ltoNtB4_4BirdNtB4_6Animal4legs }>, align 8
@anon.b2c5a8d777917e0837c2db61b2a3cfc3.0 = private unnamed_addr constant [40 x i8] c"/rust/deps/addr2line-0.25.1/src/line.rs\00", align 1
@anon.b2c5a8d777917e0837c2db61b2a3cfc3.1 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @anon.b2c5a8d777917e0837c2db61b2a3cfc3.0, [16 x i8] c"'\00\00\00\00\00\00\00\9C\00\00\00\19\00\00\00" }>, align 8

; core::ptr::drop_glue::<lto::Dog>
; Function Attrs: nounwind nonlazybind uwtable
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCsbH2SZ5SILQQ_3lto3DogEBD_(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %0) unnamed_addr #1 personality ptr @rust_eh_personality {
  %2 = load i64, ptr %0, align 8
  %3 = icmp eq i64 %2, 0
  br i1 %3, label %7, label %4

4:                                                ; preds = %1
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !nonnull !30, !noundef !30
  tail call void @_RNvCseulmdZsCeCG_7___rustc14___rust_dealloc(ptr noundef nonnull %6, i64 noundef %2, i64 noundef range(i64 1, -9223372036854775807) 1) #111
  br label %7

7:                                                ; preds = %4, %1
  ret void
}

; lto::main (reduced: the String of the Dog, printing and unwinding removed)
; Function Attrs: nonlazybind uwtable
define hidden void @_RNvCsbH2SZ5SILQQ_3lto4main() unnamed_addr #0 personality ptr @rust_eh_personality {
  %2 = alloca [24 x i8], align 8
  %6 = tail call noundef align 8 dereferenceable_or_null(32) ptr @_RNvCseulmdZsCeCG_7___rustc12___rust_alloc(i64 noundef range(i64 0, 33) 32, i64 noundef range(i64 1, 9) 8) #111
  %23 = call noundef align 8 dereferenceable_or_null(24) ptr @_RNvCseulmdZsCeCG_7___rustc12___rust_alloc(i64 noundef range(i64 0, 33) 24, i64 noundef range(i64 1, 9) 8) #111
  store ptr %23, ptr %6, align 8
  %35 = getelementptr inbounds nuw i8, ptr %6, i64 8
  store ptr @anon.404ee615a3028c20cc15e3c71b89e100.2, ptr %35, align 8
  %36 = getelementptr inbounds nuw i8, ptr %6, i64 16
  store ptr inttoptr (i64 1 to ptr), ptr %36, align 8
  %37 = getelementptr inbounds nuw i8, ptr %6, i64 24
  store ptr @anon.404ee615a3028c20cc15e3c71b89e100.3, ptr %37, align 8
  %40 = call fastcc noundef i32 @_RNvCsbH2SZ5SILQQ_3lto5count(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) %6, i64 noundef 2)
  %46 = load ptr, ptr %6, align 8, !nonnull !30, !noundef !30
  %47 = load ptr, ptr %35, align 8, !nonnull !30, !align !34, !noundef !30
  %48 = getelementptr inbounds nuw i8, ptr %47, i64 24
  %49 = load ptr, ptr %48, align 8, !invariant.load !30, !nonnull !30
  call void %49(ptr noalias noundef nonnull sret([24 x i8]) align 8 captures(address) dereferenceable(24) %2, ptr noundef nonnull %46)
  ret void
}

; lto::count
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc noundef i32 @_RNvCsbH2SZ5SILQQ_3lto5count(ptr noalias noundef nonnull readonly align 8 captures(none) %0, i64 noundef range(i64 0, 576460752303423488) %1) unnamed_addr #2 personality ptr @rust_eh_personality {
  %3 = icmp eq i64 %1, 0
  br i1 %3, label %17, label %4

4:                                                ; preds = %4, %2
  %5 = phi i64 [ %15, %4 ], [ 0, %2 ]
  %6 = phi i32 [ %14, %4 ], [ 0, %2 ]
  %7 = getelementptr inbounds nuw { { { { { ptr, ptr } } }, {} }, {} }, ptr %0, i64 %5
  %8 = load ptr, ptr %7, align 8, !nonnull !30, !noundef !30
  %9 = getelementptr i8, ptr %7, i64 8
  %10 = load ptr, ptr %9, align 8, !nonnull !30, !align !34, !noundef !30
  %11 = getelementptr inbounds nuw i8, ptr %10, i64 32
  %12 = load ptr, ptr %11, align 8, !invariant.load !30, !nonnull !30
  %13 = tail call noundef i32 %12(ptr noundef nonnull %8) #152
  %14 = add i32 %13, %6
  %15 = add nuw nsw i64 %5, 1
  %16 = icmp eq i64 %15, %1
  br i1 %16, label %17, label %4

17:                                               ; preds = %4, %2
  %18 = phi i32 [ 0, %2 ], [ %14, %4 ]
  ret i32 %18
}

; <lto::Dog as lto::Animal>::legs
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal noundef i32 @_RNvXCsbH2SZ5SILQQ_3ltoNtB2_3DogNtB2_6Animal4legs(ptr noalias readonly align 8 captures(none) %0) unnamed_addr #4 {
  ret i32 4
}

; <lto::Dog as lto::Animal>::name
; Function Attrs: nonlazybind uwtable
define internal void @_RNvXCsbH2SZ5SILQQ_3ltoNtB2_3DogNtB2_6Animal4name(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %1) unnamed_addr #0 {
  tail call void @_RNvXs4_NtCsbEht8wFNRx7_5alloc6stringNtB5_6StringNtNtCs8NwYtU1Mohg_4core5clone5Clone5clone(ptr noalias noundef nonnull sret([24 x i8]) align 8 captures(none) dereferenceable(24) %0, ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(24) %1)
  ret void
}

; <lto::Bird as lto::Animal>::legs
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal noundef i32 @_RNvXs_CsbH2SZ5SILQQ_3ltoNtB4_4BirdNtB4_6Animal4legs(ptr noalias nonnull readonly captures(none) %0) unnamed_addr #4 {
  ret i32 2
}

; <lto::Bird as lto::Animal>::name (reduced: the body builds "bird")
; Function Attrs: nonlazybind uwtable
define internal void @_RNvXs_CsbH2SZ5SILQQ_3ltoNtB4_4BirdNtB4_6Animal4name(ptr dead_on_unwind noalias noundef writable writeonly sret([24 x i8]) align 8 captures(none) dereferenceable(24) %0, ptr noalias nonnull readonly captures(none) %1) unnamed_addr #0 personality ptr @rust_eh_personality {
  store i64 0, ptr %0, align 8
  ret void
}

declare noalias ptr @_RNvCseulmdZsCeCG_7___rustc12___rust_alloc(i64, i64) unnamed_addr #0
declare void @_RNvCseulmdZsCeCG_7___rustc14___rust_dealloc(ptr, i64, i64) unnamed_addr #0
declare void @_RNvXs4_NtCsbEht8wFNRx7_5alloc6stringNtB5_6StringNtNtCs8NwYtU1Mohg_4core5clone5Clone5clone(ptr sret([24 x i8]) align 8, ptr align 8) unnamed_addr #0
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #0

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #111 = { nounwind }
attributes #152 = { nounwind }

!30 = !{}
!34 = !{i64 8}
