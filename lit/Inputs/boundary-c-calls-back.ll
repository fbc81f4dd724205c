; Input of the boundary tests about what the C library calls the module
; back with and writes back into out-parameters: a library crate compiled
; with reltab, as at the start of rustc's fat-LTO pipeline, every function
; internal; a test exports the one it is about with sed ("define internal"
; -> "define"). Its shapes are those of the real cdylib's IR (rustc -O
; -Clto=fat) of tests/boundary/thread_lib.rs; `Box<dyn Shape>` is {data,
; vtable}, Shape has area (slot 0, offset 24).
;
;   area_on_a_thread(b: *const Box<dyn Shape>) -> f64
;                               pthread_create(area_of, b), pthread_join
;   area_of(arg) -> *mut f64    a start routine: reads a vtable through arg
;   shape_from_a_thread() -> *const Box<dyn Shape>
;                               pthread_create(make_circle), and what
;                               pthread_join writes into its out-parameter
;   make_circle(arg) -> *mut Box<dyn Shape>  a start routine: a new box
;   keep_with_destructor(b: *const Box<dyn Shape>)
;                               b as a key's value; the key's destructor
;                               drop_kept reads a vtable through its value
;   entry_after_digits() -> *const u8
;                               an entry {digits, Box<dyn Shape>} read by
;                               strtol: returns where the digits end
;
; and of tests/boundary/callbacks_lib.rs (--cfg cookie, --cfg tree):
;
;   shape_stream(b: *const Box<dyn Shape>) -> *mut FILE
;                               fopencookie(b, "w", {write: write_area}),
;                               the functions in a struct given by value
;   write_area(cookie, buf, size)  reads a vtable through its cookie
;   keep_in_tree(b: *const Box<dyn Shape>)
;                               tsearch(b, &ROOT, by_address)
;   by_address(a, b)            compares addresses: reads no vtable
;   tree_area() -> f64          twalk(ROOT, add_area)
;   add_area(node, which, depth)  reads a vtable through the node's key

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.circle = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr null, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs1_3lib6CircleNtB2_5Shape4area }>, align 8
@_RNvCs1_3lib3KEY = internal global i32 0, align 4
@_RNvCs1_3lib4ROOT = internal global ptr null, align 8
@_RNvCs1_3lib5TOTAL = internal global double 0.0, align 8
@mode.w = private unnamed_addr constant [2 x i8] c"w\00", align 1

define internal double @_RNvXCs1_3lib6CircleNtB2_5Shape4area(ptr %self) #0 {
  %r = load double, ptr %self, align 8
  ret double %r
}

; A Box<dyn Shape> of a Circle, written to `out`.
define internal void @circle_into(ptr %out) #0 {
  %data = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 8, i64 8)
  store double 1.5, ptr %data, align 8
  store ptr %data, ptr %out, align 8
  %m = getelementptr inbounds nuw i8, ptr %out, i64 8
  store ptr @vtable.circle, ptr %m, align 8
  ret void
}

; area_of(arg): Box::into_raw(Box::new((*arg).area())), a start routine.
define internal ptr @area_of(ptr %arg) #0 {
  %data = load ptr, ptr %arg, align 8
  %m = getelementptr inbounds nuw i8, ptr %arg, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %a = call double %area(ptr %data)
  %box = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 8, i64 8)
  store double %a, ptr %box, align 8
  ret ptr %box
}

; area_on_a_thread(b): area_of(b) on a thread of the C library's.
define internal double @area_on_a_thread(ptr %b) #0 {
  %thread = alloca [8 x i8], align 8
  %result = alloca [8 x i8], align 8
  store i64 0, ptr %thread, align 8
  store ptr null, ptr %result, align 8
  %c = call i32 @pthread_create(ptr %thread, ptr null, ptr @area_of, ptr %b)
  %t = load i64, ptr %thread, align 8
  %j = call i32 @pthread_join(i64 %t, ptr %result)
  %box = load ptr, ptr %result, align 8
  %a = load double, ptr %box, align 8
  ret double %a
}

; make_circle(arg): Box::into_raw(Box::new(Box::new(Circle))), a start
; routine.
define internal ptr @make_circle(ptr %arg) #0 {
  %box = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 16, i64 8)
  call void @circle_into(ptr %box)
  ret ptr %box
}

; shape_from_a_thread(): what make_circle returned on a thread of the C
; library's, from pthread_join's out-parameter.
define internal ptr @shape_from_a_thread() #0 {
  %thread = alloca [8 x i8], align 8
  %result = alloca [8 x i8], align 8
  store i64 0, ptr %thread, align 8
  store ptr null, ptr %result, align 8
  %c = call i32 @pthread_create(ptr %thread, ptr null, ptr @make_circle, ptr null)
  %t = load i64, ptr %thread, align 8
  %j = call i32 @pthread_join(i64 %t, ptr %result)
  %shape = load ptr, ptr %result, align 8
  ret ptr %shape
}

; drop_kept(v): a key's destructor, drops the Box<dyn Shape> at v through
; its vtable (area, for the test's shape).
define internal void @drop_kept(ptr %v) #0 {
  %data = load ptr, ptr %v, align 8
  %m = getelementptr inbounds nuw i8, ptr %v, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %a = call double %area(ptr %data)
  ret void
}

; keep_with_destructor(b): b as the thread's value of a key whose
; destructor is drop_kept.
define internal void @keep_with_destructor(ptr %b) #0 {
  %k = call i32 @pthread_key_create(ptr @_RNvCs1_3lib3KEY, ptr @drop_kept)
  %key = load i32, ptr @_RNvCs1_3lib3KEY, align 4
  %s = call i32 @pthread_setspecific(i32 %key, ptr %b)
  ret void
}

; entry_after_digits(): a #[repr(C)] Entry { digits: [u8; 8], shape:
; Box<dyn Shape> } with "12" for digits; strtol reads them and writes where
; they end into `end`, which is returned.
define internal ptr @entry_after_digits() #0 {
  %entry = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 24, i64 8)
  store i64 12849, ptr %entry, align 8
  %s = getelementptr inbounds nuw i8, ptr %entry, i64 8
  call void @circle_into(ptr %s)
  %end = alloca [8 x i8], align 8
  %n = call i64 @strtol(ptr %entry, ptr %end, i32 10)
  %after = load ptr, ptr %end, align 8
  ret ptr %after
}

; shape_stream(b): fopencookie(b, "w", {read: None, write: write_area,
; seek: None, close: None}), the struct given by value (in memory).
define internal ptr @shape_stream(ptr %b) #0 {
  %functions = alloca [32 x i8], align 8
  store ptr null, ptr %functions, align 8
  %w = getelementptr inbounds nuw i8, ptr %functions, i64 8
  store ptr @write_area, ptr %w, align 8
  %rest = getelementptr inbounds nuw i8, ptr %functions, i64 16
  call void @llvm.memset.p0.i64(ptr nonnull align 8 %rest, i8 0, i64 16, i1 false)
  %stream = call ptr @fopencookie(ptr %b, ptr @mode.w, ptr byval([32 x i8]) align 8 %functions)
  ret ptr %stream
}

; write_area(cookie, buf, size): the area of the Box<dyn Shape> the cookie
; points to, through its vtable.
define internal i64 @write_area(ptr %cookie, ptr %buf, i64 %size) #0 {
  %data = load ptr, ptr %cookie, align 8
  %m = getelementptr inbounds nuw i8, ptr %cookie, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %a = call double %area(ptr %data)
  ret i64 %size
}

; keep_in_tree(b): tsearch(b, &ROOT, by_address).
define internal void @keep_in_tree(ptr %b) #0 {
  %node = call ptr @tsearch(ptr %b, ptr @_RNvCs1_3lib4ROOT, ptr @by_address)
  ret void
}

; by_address(a, b): the order of the two addresses.
define internal i32 @by_address(ptr %a, ptr %b) #0 {
  %x = ptrtoint ptr %a to i64
  %y = ptrtoint ptr %b to i64
  %c = call i32 @llvm.ucmp.i32.i64(i64 %x, i64 %y)
  ret i32 %c
}

; tree_area(): twalk(ROOT, add_area), the total it adds up.
define internal double @tree_area() #0 {
  store double 0.0, ptr @_RNvCs1_3lib5TOTAL, align 8
  %root = load ptr, ptr @_RNvCs1_3lib4ROOT, align 8
  call void @twalk(ptr %root, ptr @add_area)
  %t = load double, ptr @_RNvCs1_3lib5TOTAL, align 8
  ret double %t
}

; add_area(node, which, depth): adds the area of the node's key, a
; Box<dyn Shape>, through its vtable.
define internal void @add_area(ptr %node, i32 %which, i32 %depth) #0 {
  %key = load ptr, ptr %node, align 8
  %data = load ptr, ptr %key, align 8
  %m = getelementptr inbounds nuw i8, ptr %key, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %a = call double %area(ptr %data)
  %t = load double, ptr @_RNvCs1_3lib5TOTAL, align 8
  %s = fadd double %a, %t
  store double %s, ptr @_RNvCs1_3lib5TOTAL, align 8
  ret void
}

define internal ptr @reltab.vtable.load.ptr.24(ptr %vt) #1 {
  %p = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

define internal ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 %size, i64 %align) #0 {
  %p = call ptr @malloc(i64 %size)
  ret ptr %p
}

declare ptr @malloc(i64)
declare i32 @pthread_create(ptr, ptr, ptr, ptr)
declare i32 @pthread_join(i64, ptr)
declare i32 @pthread_key_create(ptr, ptr)
declare i32 @pthread_setspecific(i32, ptr)
declare i64 @strtol(ptr, ptr, i32)
declare ptr @fopencookie(ptr, ptr, ptr byval([32 x i8]))
declare ptr @tsearch(ptr, ptr, ptr)
declare void @twalk(ptr, ptr)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare i32 @llvm.ucmp.i32.i64(i64, i64)

define i32 @main() #0 {
  %box = alloca [16 x i8], align 8
  call void @circle_into(ptr %box)
  %a = call double @area_on_a_thread(ptr %box)
  %s = call ptr @shape_from_a_thread()
  call void @keep_with_destructor(ptr %box)
  %e = call ptr @entry_after_digits()
  %f = call ptr @shape_stream(ptr %box)
  call void @keep_in_tree(ptr %box)
  %t = call double @tree_area()
  ret i32 0
}

attributes #0 = { "reltab-protected" }
attributes #1 = { "reltab-vtable-load" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
