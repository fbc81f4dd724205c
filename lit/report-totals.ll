; The totals of a module with several vtables and every kind of load:
; five vtables (the lang_start closure's, <Named as A> with its supertrait
; vtable <Named as C>, <Point as B>, <Named as B>), three of them with drop
; glue; 13 pointer entries (3 + 2 + 5 + 1 + 2: every method, non-null drop
; and supertrait slot), 200 bytes (48 + 32 + 56 + 32 + 32), and 9 marked
; load sites: drop x2 (drop glue of dyn B and Box<dyn B>), size x2 and align
; x2 (Box<dyn B>'s Drop, unwinding and normal path), method x2, supertrait x1
; (via_c). The remark says the same in one line; per-vtable numbers add up.
;
; Source (rustc +nightly -Copt-level=0 --emit=llvm-ir -Ccodegen-units=1 mix.rs,
; reduced: functions without vtable uses turned into declarations; the
; reduced module gives the same report as the whole one):
;   pub trait B { fn b(&self) -> usize; }
;   pub trait C { fn c(&self) -> usize; }
;   pub trait A: B + C { fn a(&self) -> usize; }
;   pub struct Named { pub name: String }
;   #[derive(Clone, Copy)] pub struct Point { pub x: u32 }
;   impl B for Named { ... }  impl C for Named { ... }  impl A for Named { ... }
;   impl B for Point { ... }
;   #[inline(never)]
;   pub fn via_c(x: &dyn A) -> usize { let c: &dyn C = x; c.c() }
;   #[inline(never)]
;   pub fn consume(g: Box<dyn B>) -> usize { g.b() }
;   fn main() {
;       let n = Named { name: String::from("ab") };
;       let r = via_c(&n) + consume(Box::new(Point { x: 4 })) + consume(Box::new(n));
;       std::process::exit(r as i32);
;   }

; RUN: %reltab -reltab-layout=relative -reltab-report=%t.json -pass-remarks=reltab %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s < %t.json

; REMARK: remark: <unknown>:0:0: 5 vtables with 13 pointer entries (200 bytes); 9 vtable loads (9 marked !invariant.load, 0 protected, 0 found otherwise); 0 unclassified
; The module is converted: 36 + 28 + 40 + 28 + 28 bytes (24 + 4 per slot);
; the drop, method and supertrait reads are rewritten, size and align are not.
; REMARK-NEXT: remark: <unknown>:0:0: converted 5 vtables to the relative layout: 13 relocations removed, 200 -> 160 bytes; 5 reads rewritten
; REMARK-NOT: remark

; CHECK:      "reltab_version": "{{[0-9]+\.[0-9]+\.[0-9]+.*}}",
; CHECK-NEXT: "phase": "explicit",
; CHECK-NEXT: "layout": "relative",
; CHECK-NEXT: "module": {
; CHECK-NEXT:   "identifier": "{{.*}}report-totals.ll",
; CHECK-NEXT:   "target": "x86_64-unknown-linux-gnu",
; CHECK-NEXT:   "defined_functions": 14,
; CHECK-NEXT:   "globals": 12
; CHECK-NEXT: },
; CHECK-NEXT: "totals": {
; CHECK-NEXT:   "vtables": 5,
; CHECK-NEXT:   "vtables_with_drop": 3,
; CHECK-NEXT:   "pointer_entries": 13,
; CHECK-NEXT:   "vtable_bytes": 200,
; CHECK-NEXT:   "pointer_entry_bytes": 104,
; CHECK-NEXT:   "load_sites": 9,
; CHECK-NEXT:   "load_sites_marked": 9,
; CHECK-NEXT:   "load_sites_protected": 0,
; CHECK-NEXT:   "load_sites_found_otherwise": 0,
; CHECK-NEXT:   "load_sites_by_kind": {
; CHECK-NEXT:     "drop": 2,
; CHECK-NEXT:     "size": 2,
; CHECK-NEXT:     "align": 2,
; CHECK-NEXT:     "method": 2,
; CHECK-NEXT:     "supertrait": 1
; CHECK-NEXT:   },
; CHECK-NEXT:   "unclassified": 0,
; CHECK-NEXT:   "near_misses": 0
; CHECK-NEXT:   "unverified_indirect_calls": 0,
; CHECK-NEXT:   "header_reads": 0
; CHECK-NEXT: },

; Per vtable, in module order: name, has_drop, bytes, pointer_entries.
; CHECK-NEXT: "vtables": [
; CHECK:        "name": "vtable.0",
; CHECK:        "has_drop": false,
; CHECK-NEXT:   "bytes": 48,
; CHECK-NEXT:   "pointer_entries": 3,
; CHECK:        "name": "alloc_1b25a927fa33310f6fd3fb7a7eb75ba3",
; CHECK-NEXT:   "implementation": "<mix::Named as mix::C>",
; CHECK:        "has_drop": true,
; CHECK-NEXT:   "bytes": 32,
; CHECK-NEXT:   "pointer_entries": 2,
; CHECK:        "name": "vtable.1",
; CHECK-NEXT:   "implementation": "<mix::Named as mix::A>",
; CHECK:        "has_drop": true,
; CHECK-NEXT:   "bytes": 56,
; CHECK-NEXT:   "pointer_entries": 5,
; CHECK:        "name": "vtable.2",
; CHECK-NEXT:   "implementation": "<mix::Point as mix::B>",
; CHECK:        "has_drop": false,
; CHECK-NEXT:   "bytes": 32,
; CHECK-NEXT:   "pointer_entries": 1,
; CHECK:        "name": "vtable.3",
; CHECK-NEXT:   "implementation": "<mix::Named as mix::B>",
; CHECK:        "has_drop": true,
; CHECK-NEXT:   "bytes": 32,
; CHECK-NEXT:   "pointer_entries": 2,
; CHECK:      "load_sites": [
; CHECK-COUNT-9: "found_by": "invariant-load"
; CHECK-NOT:  "found_by"
; CHECK:      "unclassified": [],
; CHECK-NEXT: "unverified_calls": [],
; CHECK-NEXT: "conversion": {
; CHECK-NEXT:   "converted": true,
; CHECK-NEXT:   "refused_because": [],
; CHECK-NEXT:   "vtables_converted": 5,
; CHECK-NEXT:   "relocations_removed": 13,
; CHECK-NEXT:   "bytes_before": 200,
; CHECK-NEXT:   "bytes_after": 160,
; CHECK-NEXT:   "reads_rewritten": 5,
; CHECK-NEXT:   "form": "relative",
; CHECK-NEXT:   "compact_fallback": null
; CHECK-NEXT:   "parameters_promoted": {{[0-9]+}}
; CHECK-NEXT: }

source_filename = "mix.cfdc73c9a99d7e5b-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNSNvYNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceuE9call_once6vtableCshQrhhBNu5RL_3mix, ptr @_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0CshQrhhBNu5RL_3mix, ptr @_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0CshQrhhBNu5RL_3mix }>, align 8
@alloc_0ae0accb60b700fe8d2e90793be18e2c = private unnamed_addr constant [2 x i8] c"ab", align 1
@alloc_1b25a927fa33310f6fd3fb7a7eb75ba3 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCshQrhhBNu5RL_3mix5NamedEBD_, [16 x i8] c"\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs_CshQrhhBNu5RL_3mixNtB4_5NamedNtB4_1C1c }>, align 8
@vtable.1 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr, ptr, ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCshQrhhBNu5RL_3mix5NamedEBD_, [16 x i8] c"\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCshQrhhBNu5RL_3mixNtB2_5NamedNtB2_1B1b, ptr @_RNvXs_CshQrhhBNu5RL_3mixNtB4_5NamedNtB4_1C1c, ptr @alloc_1b25a927fa33310f6fd3fb7a7eb75ba3, ptr @_RNvXs0_CshQrhhBNu5RL_3mixNtB5_5NamedNtB5_1A1a }>, align 8
@vtable.2 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs1_CshQrhhBNu5RL_3mixNtB5_5PointNtB5_1B1b }>, align 8
@alloc_e94a0f201e379af1ae015f5c38cdf7ec = private unnamed_addr constant [7 x i8] c"mix.rs\00", align 1
@alloc_cbaadfd67b08cb151255236d1003c231 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e94a0f201e379af1ae015f5c38cdf7ec, [16 x i8] c"\06\00\00\00\00\00\00\00\11\00\00\00\0D\00\00\00" }>, align 8
@vtable.3 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCshQrhhBNu5RL_3mix5NamedEBD_, [16 x i8] c"\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCshQrhhBNu5RL_3mixNtB2_5NamedNtB2_1B1b }>, align 8
@alloc_bfa757e7e6cd55f8ccc180e1860a5f13 = private unnamed_addr constant [82 x i8] c"/rustc/e50aa6fba4e63ab34c72bf9acfd2c307c1155d1a/library/core/src/mem/alignment.rs\00", align 1
@alloc_2c2f960165dd8725816910cc08dc0430 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_bfa757e7e6cd55f8ccc180e1860a5f13, [16 x i8] c"Q\00\00\00\00\00\00\00\7F\00\00\00\12\00\00\00" }>, align 8
@alloc_54554f146b51fb6a2361a92c57509803 = private unnamed_addr constant [81 x i8] c"/rustc/e50aa6fba4e63ab34c72bf9acfd2c307c1155d1a/library/core/src/alloc/layout.rs\00", align 1
@alloc_45ab3a0b9ae9fb3ed6611ee307be5b98 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_54554f146b51fb6a2361a92c57509803, [16 x i8] c"P\00\00\00\00\00\00\00\01\01\00\00\12\00\00\00" }>, align 8

; core::ptr::drop_glue::<dyn mix::B>
define void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueDNtCshQrhhBNu5RL_3mix1BEL_EBE_(ptr %_1.0, ptr align 8 %_1.1) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds i8, ptr %_1.1, i64 0
  %1 = load ptr, ptr %0, align 8, !invariant.load !4
  %2 = icmp ne ptr %1, null
  br i1 %2, label %is_not_null, label %bb1

is_not_null:                                      ; preds = %start
  call void %1(ptr %_1.0) #17
  br label %bb1

bb1:                                              ; preds = %is_not_null, %start
  ret void
}

; core::ptr::drop_glue::<alloc::boxed::Box<dyn mix::B>>
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtCshQrhhBNu5RL_3mix1BEL_EEB1d_(ptr align 8 %_1) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_6.0 = load ptr, ptr %_1, align 8
  %1 = getelementptr inbounds i8, ptr %_1, i64 8
  %_6.1 = load ptr, ptr %1, align 8
  %2 = getelementptr inbounds i8, ptr %_6.1, i64 0
  %3 = load ptr, ptr %2, align 8, !invariant.load !4
  %4 = icmp ne ptr %3, null
  br i1 %4, label %is_not_null, label %bb3

is_not_null:                                      ; preds = %start
  invoke void %3(ptr %_6.0)
          to label %bb3 unwind label %cleanup

bb3:                                              ; preds = %is_not_null, %start
; call <alloc::boxed::Box<dyn mix::B> as core::ops::drop::Drop>::drop
  call void @_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtCshQrhhBNu5RL_3mix1BEL_ENtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4dropBK_(ptr align 8 %_1) #17
  ret void

bb4:                                              ; preds = %cleanup
; invoke <alloc::boxed::Box<dyn mix::B> as core::ops::drop::Drop>::drop
  invoke void @_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtCshQrhhBNu5RL_3mix1BEL_ENtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4dropBK_(ptr align 8 %_1) #18
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %is_not_null
  %5 = landingpad { ptr, i32 }
          cleanup
  %6 = extractvalue { ptr, i32 } %5, 0
  %7 = extractvalue { ptr, i32 } %5, 1
  store ptr %6, ptr %0, align 8
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %7, ptr %8, align 8
  br label %bb4

terminate:                                        ; preds = %bb4
  %9 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCs8NwYtU1Mohg_4core9panicking16panic_in_cleanup() #19
  unreachable

bb1:                                              ; preds = %bb4
  %10 = load ptr, ptr %0, align 8
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = load i32, ptr %11, align 8
  %13 = insertvalue { ptr, i32 } poison, ptr %10, 0
  %14 = insertvalue { ptr, i32 } %13, i32 %12, 1
  resume { ptr, i32 } %14
}

; core::ptr::drop_glue::<mix::Named>
define internal void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCshQrhhBNu5RL_3mix5NamedEBD_(ptr align 8 %_1) unnamed_addr #0 {
start:
; call core::ptr::drop_glue::<alloc::string::String>
  call void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECshQrhhBNu5RL_3mix(ptr align 8 %_1)
  ret void
}

; std::rt::lang_start::<()>
define hidden i64 @_RINvNtCsi4IsKQVxMg0_3std2rt10lang_startuECshQrhhBNu5RL_3mix(ptr %main, i64 %argc, ptr %argv, i8 %sigpipe) unnamed_addr #0 {
start:
  %_7 = alloca [8 x i8], align 8
  store ptr %main, ptr %_7, align 8
; call std::rt::lang_start_internal
  %_0 = call i64 @_RNvNtCsi4IsKQVxMg0_3std2rt19lang_start_internal(ptr %_7, ptr align 8 @vtable.0, i64 %argc, ptr %argv, i8 %sigpipe)
  ret i64 %_0
}

; std::rt::lang_start::<()>::{closure#0}
define internal i32 @_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0CshQrhhBNu5RL_3mix(ptr align 8 %_1) unnamed_addr #2 {
start:
  %_4 = load ptr, ptr %_1, align 8
; call std::sys::backtrace::__rust_begin_short_backtrace::<fn(), ()>
  call void @_RINvNtNtCsi4IsKQVxMg0_3std3sys9backtrace28___rust_begin_short_backtraceFEuuECshQrhhBNu5RL_3mix(ptr %_4) #21
; call <() as std::process::Termination>::report
  %self = call i8 @_RNvXsZ_NtCsi4IsKQVxMg0_3std7processuNtB5_11Termination6reportCshQrhhBNu5RL_3mix() #17
  %_0 = zext i8 %self to i32
  ret i32 %_0
}

; <std::rt::lang_start<()>::{closure#0} as core::ops::function::FnOnce<()>>::call_once::{shim:vtable#0}
define internal i32 @_RNSNvYNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceuE9call_once6vtableCshQrhhBNu5RL_3mix(ptr %_1) unnamed_addr #2 {
start:
  %_2 = alloca [0 x i8], align 1
  %0 = load ptr, ptr %_1, align 8
; call <std::rt::lang_start<()>::{closure#0} as core::ops::function::FnOnce<()>>::call_once
  %_0 = call i32 @_RNvYNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceuE9call_onceCshQrhhBNu5RL_3mix(ptr %0) #17
  ret i32 %_0
}

; mix::main
define hidden void @_RNvCshQrhhBNu5RL_3mix4main() unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %1 = alloca [16 x i8], align 8
  %2 = alloca [16 x i8], align 8
  %_20 = alloca [1 x i8], align 1
  %_16 = alloca [24 x i8], align 8
  %_2 = alloca [24 x i8], align 8
  %n = alloca [24 x i8], align 8
  store i8 0, ptr %_20, align 1
; call <alloc::string::String as core::convert::From<&str>>::from
  call void @_RNvXsK_NtCsbEht8wFNRx7_5alloc6stringNtB5_6StringINtNtCs8NwYtU1Mohg_4core7convert4FromReE4fromCshQrhhBNu5RL_3mix(ptr sret([24 x i8]) align 8 %_2, ptr @alloc_0ae0accb60b700fe8d2e90793be18e2c, i64 2) #17
  store i8 1, ptr %_20, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %n, ptr align 8 %_2, i64 24, i1 false)
; invoke mix::via_c
  %_5 = invoke i64 @_RNvCshQrhhBNu5RL_3mix5via_c(ptr %n, ptr align 8 @vtable.1)
          to label %bb2 unwind label %cleanup

bb11:                                             ; preds = %cleanup.body
  %3 = load i8, ptr %_20, align 1
  %4 = trunc nuw i8 %3 to i1
  br i1 %4, label %bb10, label %bb9

cleanup:                                          ; preds = %bb8, %panic1, %bb6, %panic, %bb3, %start
  %5 = landingpad { ptr, i32 }
          cleanup
  br label %cleanup.body4

cleanup.body4:                                    ; preds = %cleanup.i3, %cleanup
  %eh.lpad-body5 = phi { ptr, i32 } [ %5, %cleanup ], [ %17, %cleanup.i3 ]
  br label %cleanup.body

cleanup.body:                                     ; preds = %bb2.i, %cleanup.body4
  %eh.lpad-body = phi { ptr, i32 } [ %eh.lpad-body5, %cleanup.body4 ], [ %27, %bb2.i ]
  %6 = extractvalue { ptr, i32 } %eh.lpad-body, 0
  %7 = extractvalue { ptr, i32 } %eh.lpad-body, 1
  store ptr %6, ptr %2, align 8
  %8 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %7, ptr %8, align 8
  br label %bb11

bb2:                                              ; preds = %start
; invoke alloc::boxed::box_new_uninit
  %_3.i2 = invoke ptr @_RNvNtCsbEht8wFNRx7_5alloc5boxed14box_new_uninitCshQrhhBNu5RL_3mix(i64 4, i64 4)
          to label %_RNvMNtCsbEht8wFNRx7_5alloc5boxedINtB2_3BoxNtCshQrhhBNu5RL_3mix5PointE3newBG_.exit unwind label %cleanup.i3

cleanup.i3:                                       ; preds = %bb2
  %9 = landingpad { ptr, i32 }
          cleanup
  %10 = extractvalue { ptr, i32 } %9, 0
  %11 = extractvalue { ptr, i32 } %9, 1
  store ptr %10, ptr %0, align 8
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %11, ptr %12, align 8
  %13 = load ptr, ptr %0, align 8
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load i32, ptr %14, align 8
  %16 = insertvalue { ptr, i32 } poison, ptr %13, 0
  %17 = insertvalue { ptr, i32 } %16, i32 %15, 1
  br label %cleanup.body4

_RNvMNtCsbEht8wFNRx7_5alloc5boxedINtB2_3BoxNtCshQrhhBNu5RL_3mix5PointE3newBG_.exit: ; preds = %bb2
  store i32 4, ptr %_3.i2, align 4
  br label %bb3

bb3:                                              ; preds = %_RNvMNtCsbEht8wFNRx7_5alloc5boxedINtB2_3BoxNtCshQrhhBNu5RL_3mix5PointE3newBG_.exit
; invoke mix::consume
  %_8 = invoke i64 @_RNvCshQrhhBNu5RL_3mix7consume(ptr %_3.i2, ptr align 8 @vtable.2)
          to label %bb4 unwind label %cleanup

bb4:                                              ; preds = %bb3
  %_12.0 = add i64 %_5, %_8
  %_12.1 = icmp ult i64 %_12.0, %_5
  br i1 %_12.1, label %panic, label %bb5

bb5:                                              ; preds = %bb4
  store i8 0, ptr %_20, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_16, ptr align 8 %n, i64 24, i1 false)
; invoke alloc::boxed::box_new_uninit
  %_3.i = invoke ptr @_RNvNtCsbEht8wFNRx7_5alloc5boxed14box_new_uninitCshQrhhBNu5RL_3mix(i64 8, i64 24)
          to label %_RNvMNtCsbEht8wFNRx7_5alloc5boxedINtB2_3BoxNtCshQrhhBNu5RL_3mix5NamedE3newBG_.exit unwind label %cleanup.i

cleanup.i:                                        ; preds = %bb5
  %18 = landingpad { ptr, i32 }
          cleanup
  %19 = extractvalue { ptr, i32 } %18, 0
  %20 = extractvalue { ptr, i32 } %18, 1
  store ptr %19, ptr %1, align 8
  %21 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %20, ptr %21, align 8
; invoke core::ptr::drop_glue::<mix::Named>
  invoke void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCshQrhhBNu5RL_3mix5NamedEBD_(ptr align 8 %_16) #18
          to label %bb2.i unwind label %terminate.i

terminate.i:                                      ; preds = %cleanup.i
  %22 = landingpad { ptr, i32 }
          cleanup
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCs8NwYtU1Mohg_4core9panicking16panic_in_cleanup() #19
  unreachable

bb2.i:                                            ; preds = %cleanup.i
  %23 = load ptr, ptr %1, align 8
  %24 = getelementptr inbounds i8, ptr %1, i64 8
  %25 = load i32, ptr %24, align 8
  %26 = insertvalue { ptr, i32 } poison, ptr %23, 0
  %27 = insertvalue { ptr, i32 } %26, i32 %25, 1
  br label %cleanup.body

_RNvMNtCsbEht8wFNRx7_5alloc5boxedINtB2_3BoxNtCshQrhhBNu5RL_3mix5NamedE3newBG_.exit: ; preds = %bb5
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_3.i, ptr align 8 %_16, i64 24, i1 false)
  br label %bb6

panic:                                            ; preds = %bb4
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCs8NwYtU1Mohg_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_cbaadfd67b08cb151255236d1003c231) #22
          to label %unreachable unwind label %cleanup

unreachable:                                      ; preds = %bb8, %panic1, %panic
  unreachable

bb6:                                              ; preds = %_RNvMNtCsbEht8wFNRx7_5alloc5boxedINtB2_3BoxNtCshQrhhBNu5RL_3mix5NamedE3newBG_.exit
; invoke mix::consume
  %_13 = invoke i64 @_RNvCshQrhhBNu5RL_3mix7consume(ptr %_3.i, ptr align 8 @vtable.3)
          to label %bb7 unwind label %cleanup

bb7:                                              ; preds = %bb6
  %_17.0 = add i64 %_12.0, %_13
  %_17.1 = icmp ult i64 %_17.0, %_12.0
  br i1 %_17.1, label %panic1, label %bb8

bb8:                                              ; preds = %bb7
  %_19 = trunc i64 %_17.0 to i32
; invoke std::process::exit
  invoke void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32 %_19) #22
          to label %unreachable unwind label %cleanup

panic1:                                           ; preds = %bb7
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCs8NwYtU1Mohg_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_cbaadfd67b08cb151255236d1003c231) #22
          to label %unreachable unwind label %cleanup

bb9:                                              ; preds = %bb10, %bb11
  %28 = load ptr, ptr %2, align 8
  %29 = getelementptr inbounds i8, ptr %2, i64 8
  %30 = load i32, ptr %29, align 8
  %31 = insertvalue { ptr, i32 } poison, ptr %28, 0
  %32 = insertvalue { ptr, i32 } %31, i32 %30, 1
  resume { ptr, i32 } %32

bb10:                                             ; preds = %bb11
; invoke core::ptr::drop_glue::<mix::Named>
  invoke void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtCshQrhhBNu5RL_3mix5NamedEBD_(ptr align 8 %n) #18
          to label %bb9 unwind label %terminate

terminate:                                        ; preds = %bb10
  %33 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCs8NwYtU1Mohg_4core9panicking16panic_in_cleanup() #19
  unreachable
}

; mix::via_c
define internal i64 @_RNvCshQrhhBNu5RL_3mix5via_c(ptr %x.0, ptr align 8 %x.1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %x.1, i64 40
  %c.1 = load ptr, ptr %0, align 8, !invariant.load !4, !nonnull !4
  %1 = getelementptr inbounds i8, ptr %c.1, i64 24
  %2 = load ptr, ptr %1, align 8, !invariant.load !4, !nonnull !4
  %_0 = call i64 %2(ptr %x.0) #17
  ret i64 %_0
}

; mix::consume
define internal i64 @_RNvCshQrhhBNu5RL_3mix7consume(ptr %0, ptr align 8 %1) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %2 = alloca [16 x i8], align 8
  %g = alloca [16 x i8], align 8
  store ptr %0, ptr %g, align 8
  %3 = getelementptr inbounds i8, ptr %g, i64 8
  store ptr %1, ptr %3, align 8
  %_3.0 = load ptr, ptr %g, align 8
  %4 = getelementptr inbounds i8, ptr %g, i64 8
  %_3.1 = load ptr, ptr %4, align 8
  %5 = getelementptr inbounds i8, ptr %_3.1, i64 24
  %6 = load ptr, ptr %5, align 8, !invariant.load !4, !nonnull !4
  %_0 = invoke i64 %6(ptr %_3.0)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_glue::<alloc::boxed::Box<dyn mix::B>>
  invoke void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtCshQrhhBNu5RL_3mix1BEL_EEB1d_(ptr align 8 %g) #18
          to label %bb4 unwind label %terminate

cleanup:                                          ; preds = %start
  %7 = landingpad { ptr, i32 }
          cleanup
  %8 = extractvalue { ptr, i32 } %7, 0
  %9 = extractvalue { ptr, i32 } %7, 1
  store ptr %8, ptr %2, align 8
  %10 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %9, ptr %10, align 8
  br label %bb3

bb1:                                              ; preds = %start
; call core::ptr::drop_glue::<alloc::boxed::Box<dyn mix::B>>
  call void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueINtNtCsbEht8wFNRx7_5alloc5boxed3BoxDNtCshQrhhBNu5RL_3mix1BEL_EEB1d_(ptr align 8 %g)
  ret i64 %_0

terminate:                                        ; preds = %bb3
  %11 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCs8NwYtU1Mohg_4core9panicking16panic_in_cleanup() #19
  unreachable

bb4:                                              ; preds = %bb3
  %12 = load ptr, ptr %2, align 8
  %13 = getelementptr inbounds i8, ptr %2, i64 8
  %14 = load i32, ptr %13, align 8
  %15 = insertvalue { ptr, i32 } poison, ptr %12, 0
  %16 = insertvalue { ptr, i32 } %15, i32 %14, 1
  resume { ptr, i32 } %16
}

; <mix::Named as mix::B>::b
define internal i64 @_RNvXCshQrhhBNu5RL_3mixNtB2_5NamedNtB2_1B1b(ptr align 8 %self) unnamed_addr #0 {
start:
; call <alloc::string::String>::len
  %_0 = call i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCshQrhhBNu5RL_3mix(ptr align 8 %self) #17
  ret i64 %_0
}

; <mix::Named as mix::A>::a
define internal i64 @_RNvXs0_CshQrhhBNu5RL_3mixNtB5_5NamedNtB5_1A1a(ptr align 8 %self) unnamed_addr #0 {
start:
  ret i64 3
}

; <mix::Point as mix::B>::b
define internal i64 @_RNvXs1_CshQrhhBNu5RL_3mixNtB5_5PointNtB5_1B1b(ptr align 4 %self) unnamed_addr #0 {
start:
  %_2 = load i32, ptr %self, align 4
  %_0 = zext i32 %_2 to i64
  ret i64 %_0
}

; <alloc::boxed::Box<dyn mix::B> as core::ops::drop::Drop>::drop
define internal void @_RNvXs8_NtCsbEht8wFNRx7_5alloc5boxedINtB5_3BoxDNtCshQrhhBNu5RL_3mix1BEL_ENtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4dropBK_(ptr align 8 %self) unnamed_addr #2 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %ptr.0 = load ptr, ptr %self, align 8
  %2 = getelementptr inbounds i8, ptr %self, i64 8
  %ptr.1 = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %ptr.1, i64 8
  %4 = load i64, ptr %3, align 8, !invariant.load !4
  %5 = getelementptr inbounds i8, ptr %ptr.1, i64 16
  %6 = load i64, ptr %5, align 8, !invariant.load !4
  store i64 %4, ptr %1, align 8
  %size = load i64, ptr %1, align 8
  %7 = getelementptr inbounds i8, ptr %ptr.1, i64 8
  %8 = load i64, ptr %7, align 8, !invariant.load !4
  %9 = getelementptr inbounds i8, ptr %ptr.1, i64 16
  %10 = load i64, ptr %9, align 8, !invariant.load !4
  store i64 %10, ptr %0, align 8
  %align = load i64, ptr %0, align 8
  br label %bb6

bb6:                                              ; preds = %start
; call <core::mem::alignment::Alignment>::new_unchecked::precondition_check
  call void @_RNvNvMNtNtCs8NwYtU1Mohg_4core3mem9alignmentNtB4_9Alignment13new_unchecked18precondition_checkCshQrhhBNu5RL_3mix(i64 %align, ptr align 8 @alloc_2c2f960165dd8725816910cc08dc0430) #20
  br label %bb7

bb7:                                              ; preds = %bb6
  br label %bb8

bb8:                                              ; preds = %bb7
; call <core::alloc::layout::Layout>::from_size_alignment_unchecked::precondition_check
  call void @_RNvNvMNtNtCs8NwYtU1Mohg_4core5alloc6layoutNtB4_6Layout29from_size_alignment_unchecked18precondition_checkCshQrhhBNu5RL_3mix(i64 %size, i64 %align, ptr align 8 @alloc_45ab3a0b9ae9fb3ed6611ee307be5b98) #20
  br label %bb9

bb9:                                              ; preds = %bb8
  %11 = icmp eq i64 %size, 0
  br i1 %11, label %bb3, label %bb1

bb3:                                              ; preds = %bb1, %bb9
  ret void

bb1:                                              ; preds = %bb9
  %_7 = getelementptr inbounds i8, ptr %self, i64 16
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocateCshQrhhBNu5RL_3mix(ptr %_7, ptr %ptr.0, i64 %align, i64 %size) #17
  br label %bb3
}

; <mix::Named as mix::C>::c
define internal i64 @_RNvXs_CshQrhhBNu5RL_3mixNtB4_5NamedNtB4_1C1c(ptr align 8 %self) unnamed_addr #0 {
start:
  ret i64 2
}

; core::ptr::drop_glue::<alloc::string::String>
declare void @_RINvNtCs8NwYtU1Mohg_4core3ptr9drop_glueNtNtCsbEht8wFNRx7_5alloc6string6StringECshQrhhBNu5RL_3mix(ptr align 8) unnamed_addr #0
; std::sys::backtrace::__rust_begin_short_backtrace::<fn(), ()>
declare void @_RINvNtNtCsi4IsKQVxMg0_3std3sys9backtrace28___rust_begin_short_backtraceFEuuECshQrhhBNu5RL_3mix(ptr) unnamed_addr #1
; <alloc::string::String>::len
declare i64 @_RNvMNtCsbEht8wFNRx7_5alloc6stringNtB2_6String3lenCshQrhhBNu5RL_3mix(ptr align 8) unnamed_addr #2
; core::panicking::panic_in_cleanup
declare void @_RNvNtCs8NwYtU1Mohg_4core9panicking16panic_in_cleanup() unnamed_addr #6
; alloc::boxed::box_new_uninit
declare ptr @_RNvNtCsbEht8wFNRx7_5alloc5boxed14box_new_uninitCshQrhhBNu5RL_3mix(i64, i64) unnamed_addr #2
; std::rt::lang_start_internal
declare i64 @_RNvNtCsi4IsKQVxMg0_3std2rt19lang_start_internal(ptr, ptr align 8, i64, ptr, i8) unnamed_addr #0
; std::process::exit
declare void @_RNvNtCsi4IsKQVxMg0_3std7process4exit(i32) unnamed_addr #9
; core::panicking::panic_const::panic_const_add_overflow
declare void @_RNvNtNtCs8NwYtU1Mohg_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #8
; <core::mem::alignment::Alignment>::new_unchecked::precondition_check
declare void @_RNvNvMNtNtCs8NwYtU1Mohg_4core3mem9alignmentNtB4_9Alignment13new_unchecked18precondition_checkCshQrhhBNu5RL_3mix(i64, ptr align 8) unnamed_addr #4
; <core::alloc::layout::Layout>::from_size_alignment_unchecked::precondition_check
declare void @_RNvNvMNtNtCs8NwYtU1Mohg_4core5alloc6layoutNtB4_6Layout29from_size_alignment_unchecked18precondition_checkCshQrhhBNu5RL_3mix(i64, i64, ptr align 8) unnamed_addr #4
; <alloc::string::String as core::convert::From<&str>>::from
declare void @_RNvXsK_NtCsbEht8wFNRx7_5alloc6stringNtB5_6StringINtNtCs8NwYtU1Mohg_4core7convert4FromReE4fromCshQrhhBNu5RL_3mix(ptr sret([24 x i8]) align 8, ptr, i64) unnamed_addr #2
; <() as std::process::Termination>::report
declare i8 @_RNvXsZ_NtCsi4IsKQVxMg0_3std7processuNtB5_11Termination6reportCshQrhhBNu5RL_3mix() unnamed_addr #2
; <alloc::alloc::Global as core::alloc::Allocator>::deallocate
declare void @_RNvXs_NtCsbEht8wFNRx7_5alloc5allocNtB4_6GlobalNtNtCs8NwYtU1Mohg_4core5alloc9Allocator10deallocateCshQrhhBNu5RL_3mix(ptr, ptr, i64, i64) unnamed_addr #2
; <std::rt::lang_start<()>::{closure#0} as core::ops::function::FnOnce<()>>::call_once
declare i32 @_RNvYNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0INtNtNtCs8NwYtU1Mohg_4core3ops8function6FnOnceuE9call_onceCshQrhhBNu5RL_3mix(ptr) unnamed_addr #2
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #5

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #17 = { inlinehint }
attributes #18 = { cold }
attributes #19 = { cold noreturn nounwind }
attributes #20 = { inlinehint nounwind }
attributes #21 = { noinline }
attributes #22 = { noreturn }

!4 = !{}
