; Input of the boundary-*.ll tests: a library crate compiled with reltab
; (protected reads, "reltab-protected"), as at the start of rustc's fat-LTO
; pipeline: every function internal but the ones the artifact exports. Its
; shapes are those of a real cdylib's IR (tests/boundary/plugin_lib.rs):
; `Box<dyn Shape>` is {data, vtable}; Shape has area (slot 0, offset 24).
;
; Here nothing is exported: every function is internal, and a test makes
; the one it is about exported with sed ("define internal" -> "define").
;
;   make_shape(kind, out: &mut Box<dyn Shape>)  stores a vtable into *out
;   shape_area(s: &Box<dyn Shape>) -> f64       reads a vtable from *s
;   make_wide(kind) -> {i64, i64}                returns a wide pointer by value
;   calc_run(spec: *const c_char, x) -> i64      reads C bytes, uses dyn inside
;   use_host(kind)                               calls @host_make, a foreign
;                                                function, with its own box
;   put_shape(b: *mut Box<dyn Shape>)            swaps b into the static SLOT
;                                                (AtomicPtr::swap)
;   slot_area() -> f64                           reads a vtable through SLOT
;   give_shape(slot: &AtomicPtr<Box<dyn Shape>>) puts its own box into *slot
;                                                (AtomicPtr::compare_exchange)
;   areas(n, ...) -> f64                         reads a vtable through a
;                                                variadic argument (c_variadic)
;   sum_one(b: *const Box<dyn Shape>) -> f64     areas(1, b)
;   held() -> *const c_void                      hands out LIB_SHAPE's address
;   make_default() -> *mut c_void                a Box<Box<dyn Shape>>, no
;                                                parameter
;   keep(b: *const Box<dyn Shape>)               keeps b in a thread-local
;   visit(cb: extern fn(*const (), *const ()))   calls the host's cb with a
;                                                &dyn Shape's data and vtable
;   kept_area() -> f64                           reads a vtable through it
;                                                (a static holding a vtable)

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.circle = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @_RNvXCs1_3lib6CircleNtB2_5Shape4drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs1_3lib6CircleNtB2_5Shape4area }>, align 8

; A global with the static's shape: data and vtable of a `&dyn Shape`.
@circle.data = private unnamed_addr constant [8 x i8] c"\00\00\00\00\00\00\F8?", align 8
@_RNvCs1_3lib9LIB_SHAPE = internal constant <{ ptr, ptr }> <{ ptr @circle.data, ptr @vtable.circle }>, align 8

define internal void @_RNvXCs1_3lib6CircleNtB2_5Shape4drop(ptr %self) #0 {
  ret void
}

define internal double @_RNvXCs1_3lib6CircleNtB2_5Shape4area(ptr %self) #0 {
  %r = load double, ptr %self, align 8
  ret double %r
}

; make_shape: *out = Box::new(Circle) as Box<dyn Shape>.
define internal void @make_shape(i32 %kind, ptr %out) #0 {
  %data = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 8, i64 8)
  store double 1.5, ptr %data, align 8
  store ptr %data, ptr %out, align 8
  %m = getelementptr inbounds i8, ptr %out, i64 8
  store ptr @vtable.circle, ptr %m, align 8
  ret void
}

; shape_area: s.area() through the box's vtable.
define internal double @shape_area(ptr %s) #0 {
  %data = load ptr, ptr %s, align 8
  %m = getelementptr inbounds i8, ptr %s, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %r = call double %area(ptr %data)
  ret double %r
}

; new_shape: Box::new(Circle) as Box<dyn Shape>, by value.
define internal { ptr, ptr } @new_shape(i32 %kind) #0 {
  %data = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 8, i64 8)
  store double 1.5, ptr %data, align 8
  %w0 = insertvalue { ptr, ptr } poison, ptr %data, 0
  %w1 = insertvalue { ptr, ptr } %w0, ptr @vtable.circle, 1
  ret { ptr, ptr } %w1
}

; make_wide: the wide pointer returned by value, as integers (the C ABI of
; a #[repr(C)] struct of two pointers).
define internal { i64, i64 } @make_wide(i32 %kind) #0 {
  %w = call { ptr, ptr } @new_shape(i32 %kind)
  %data = extractvalue { ptr, ptr } %w, 0
  %vt = extractvalue { ptr, ptr } %w, 1
  %d = ptrtoint ptr %data to i64
  %v = ptrtoint ptr %vt to i64
  %i0 = insertvalue { i64, i64 } poison, i64 %d, 0
  %i1 = insertvalue { i64, i64 } %i0, i64 %v, 1
  ret { i64, i64 } %i1
}

; calc_run: a C string and a number in, a number out; the trait object
; lives inside (a local box read through its vtable).
define internal i64 @calc_run(ptr %spec, i64 %x) #0 {
  %len = call i64 @strlen(ptr %spec)
  %first = load i8, ptr %spec, align 1
  %box = alloca [16 x i8], align 8
  call void @make_shape(i32 0, ptr %box)
  %a = call double @shape_area(ptr %box)
  %ai = fptosi double %a to i64
  %f = sext i8 %first to i64
  %s = add i64 %ai, %f
  %r = add i64 %s, %x
  ret i64 %r
}

; use_host: hands its own box to a foreign function.
define internal double @use_host(i32 %kind) #0 {
  %box = alloca [16 x i8], align 8
  call void @make_shape(i32 %kind, ptr %box)
  call void @host_take(ptr %box)
  %a = call double @shape_area(ptr %box)
  ret double %a
}

declare void @host_take(ptr)

; static SLOT: AtomicPtr<Box<dyn Shape>>
@_RNvCs1_3lib4SLOT = internal global [8 x i8] zeroinitializer, align 8

; put_shape: SLOT.swap(b, SeqCst).
define internal void @put_shape(ptr %b) #0 {
  %old = atomicrmw xchg ptr @_RNvCs1_3lib4SLOT, ptr %b seq_cst, align 8
  ret void
}

; slot_area: (*SLOT.load(SeqCst)).area().
define internal double @slot_area() #0 {
  %box = load atomic ptr, ptr @_RNvCs1_3lib4SLOT seq_cst, align 8
  %data = load ptr, ptr %box, align 8
  %m = getelementptr inbounds nuw i8, ptr %box, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = tail call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %r = call double %area(ptr %data)
  ret double %r
}

; give_shape: slot.compare_exchange(null, Box::into_raw(Box::new(Box::new(
; Circle))), SeqCst, SeqCst).
define internal void @give_shape(ptr %slot) #0 {
  %data = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 8, i64 8)
  store double 1.5, ptr %data, align 8
  %box = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 16, i64 8)
  store ptr %data, ptr %box, align 8
  %m = getelementptr inbounds nuw i8, ptr %box, i64 8
  store ptr @vtable.circle, ptr %m, align 8
  %old = cmpxchg ptr %slot, ptr null, ptr %box seq_cst seq_cst, align 8
  ret void
}

define internal ptr @reltab.vtable.load.ptr.24(ptr %vt) #1 {
  %p = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

; areas: the area of a `*const Box<dyn Shape>` read from the variadic
; arguments (`VaList::next_arg`), as rustc lowers it: from the overflow area
; the va_list points to (reduced: the register save area is read alike).
define internal double @areas(i32 %n, ...) #0 {
  %ap = alloca [24 x i8], align 8
  call void @llvm.va_start.p0(ptr nonnull %ap)
  %over = getelementptr inbounds nuw i8, ptr %ap, i64 8
  %args = load ptr, ptr %over, align 8
  %next = getelementptr inbounds nuw i8, ptr %args, i64 8
  store ptr %next, ptr %over, align 8
  %box = load ptr, ptr %args, align 8
  %data = load ptr, ptr %box, align 8
  %m = getelementptr inbounds nuw i8, ptr %box, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %r = call double %area(ptr %data)
  call void @llvm.va_end.p0(ptr nonnull %ap)
  ret double %r
}

; sum_one: areas(1, b), a box passed on as a variadic argument.
define internal double @sum_one(ptr %b) #0 {
  %r = call double (i32, ...) @areas(i32 1, ptr %b)
  ret double %r
}

declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)

; held: `&LIB_SHAPE as *const _ as *const c_void`, a static (not exported)
; whose initializer holds a `&dyn Shape`.
define internal ptr @held() #0 {
  ret ptr @_RNvCs1_3lib9LIB_SHAPE
}

; make_default: Box::into_raw(Box::new(Box::new(Circle) as Box<dyn Shape>)).
define internal ptr @make_default() #0 {
  %data = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 8, i64 8)
  store double 1.5, ptr %data, align 8
  %box = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 16, i64 8)
  store ptr %data, ptr %box, align 8
  %m = getelementptr inbounds nuw i8, ptr %box, i64 8
  store ptr @vtable.circle, ptr %m, align 8
  ret ptr %box
}

; thread_local! { static KEPT: Cell<*const Box<dyn Shape>> }
@_RNvNCNKNvCs1_3lib4KEPT0s_023___RUST_STD_INTERNAL_VAL = internal thread_local unnamed_addr global [8 x i8] zeroinitializer, align 8

; keep: KEPT.with(|k| k.set(b)).
define internal void @keep(ptr %b) #0 {
  %k = call nonnull align 8 ptr @llvm.threadlocal.address.p0(ptr @_RNvNCNKNvCs1_3lib4KEPT0s_023___RUST_STD_INTERNAL_VAL)
  store ptr %b, ptr %k, align 8
  ret void
}

; kept_area: KEPT.with(|k| (*k.get()).area()).
define internal double @kept_area() #0 {
  %k = call nonnull align 8 ptr @llvm.threadlocal.address.p0(ptr @_RNvNCNKNvCs1_3lib4KEPT0s_023___RUST_STD_INTERNAL_VAL)
  %box = load ptr, ptr %k, align 8
  %data = load ptr, ptr %box, align 8
  %m = getelementptr i8, ptr %box, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %r = call double %area(ptr %data)
  ret double %r
}

declare ptr @llvm.threadlocal.address.p0(ptr)

; visit: cb(data, vtable) of `&CIRCLE as &dyn Shape`, through a function
; pointer the caller gives.
define internal double @visit(ptr %cb) #0 {
  %r = call double %cb(ptr @circle.data, ptr @vtable.circle)
  ret double %r
}

define internal double @host_visitor(ptr %data, ptr %vt) #0 {
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %r = call double %area(ptr %data)
  ret double %r
}

; At fat LTO rustc links its allocator shim into the module.
define internal ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 %size, i64 %align) #0 {
  %p = call ptr @malloc(i64 %size)
  ret ptr %p
}

declare ptr @malloc(i64)
declare i64 @strlen(ptr)

define i32 @main() #0 {
  %box = alloca [16 x i8], align 8
  call void @make_shape(i32 0, ptr %box)
  %a = call double @shape_area(ptr %box)
  %w = call { i64, i64 } @make_wide(i32 0)
  %c = call i64 @calc_run(ptr @circle.data, i64 1)
  %s = getelementptr inbounds i8, ptr @_RNvCs1_3lib9LIB_SHAPE, i64 8
  %svt = load ptr, ptr %s, align 8
  %h = call double @use_host(i32 0)
  %slot = alloca [8 x i8], align 8
  store ptr null, ptr %slot, align 8
  call void @put_shape(ptr %box)
  %sa = call double @slot_area()
  call void @give_shape(ptr %slot)
  %va = call double (i32, ...) @areas(i32 1, ptr %box)
  %so = call double @sum_one(ptr %box)
  %hd = call ptr @held()
  %md = call ptr @make_default()
  call void @keep(ptr %box)
  %ka = call double @kept_area()
  %vi = call double @visit(ptr @host_visitor)
  ret i32 0
}

attributes #0 = { "reltab-protected" }
attributes #1 = { "reltab-vtable-load" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
