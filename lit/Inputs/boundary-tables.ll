; Input of the boundary tests about what calls return and what they may
; call: a library crate compiled with reltab, as at the start of rustc's
; fat-LTO pipeline, every function internal; a test exports the one it is
; about with sed ("define internal" -> "define"). Its shapes are those of
; real cdylibs' IR (rustc -O -Clto=fat) of tests/boundary/found_lib.rs,
; returned_lib.rs, table_lib.rs and kept_lib.rs; `Box<dyn Shape>` is {data, vtable},
; Shape has area (slot 0, offset 24), sides (slot 1, offset 32).
;
;   find_entry(tag) -> *const Entry      memchr over its own table of
;                                        {tag, Box<dyn Shape>} entries
;   pick() -> *const Box<dyn Shape>      holder.get() through the Holder
;                                        vtable (get: slot 0): a reference
;                                        into the holder
;   byte_op(i, p) -> u64                 BYTES[i](p): functions of type
;                                        i64(ptr) in a static table
;   scale_op(i, p) -> f64                SCALES[i](p): functions of type
;                                        double(ptr), the type of area
;   keep_shape()                         a Box<Box<dyn Shape>> given to
;                                        pthread_setspecific
;   kept_shape() -> *const c_void        what pthread_getspecific returns
;   keep_host_shape(b: *const Box<dyn Shape>)  b given to pthread_setspecific
;   kept_area() -> f64                   reads a vtable through what
;                                        pthread_getspecific returns
;   keep_host_in_table(b: *const Box<dyn Shape>)  b entered as the data of
;                                        an entry with hsearch_r (--cfg table)
;   table_area() -> f64                  reads a vtable through the data of
;                                        the entry hsearch_r finds, written
;                                        into its out-parameter
;
; Outer { inner: Box<dyn Shape> } reads its inner box's vtable in both its
; methods: area (in Outer's vtable only) and sides (also in the static table
; SIDES, of type i32(ptr)). Were the caller's pointer of byte_op or scale_op
; their `self`, a vtable would be read through it.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.circle = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr null, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs1_3lib6CircleNtB2_5Shape4area, ptr @_RNvXCs1_3lib6CircleNtB2_5Shape5sides }>, align 8
@vtable.outer = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr }> <{ ptr null, [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs1_3lib5OuterNtB2_5Shape4area, ptr @_RNvXCs1_3lib5OuterNtB2_5Shape5sides }>, align 8
@vtable.one = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr null, [16 x i8] c"\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCs1_3lib3OneNtB2_6Holder3get }>, align 8

@_RNvCs1_3lib5BYTES = internal constant [2 x ptr] [ptr @first_byte, ptr @second_byte], align 8
@_RNvCs1_3lib6SCALES = internal constant [2 x ptr] [ptr @half, ptr @third], align 8
@_RNvCs1_3lib3KEY = internal global i32 0, align 4
@_RNvCs1_3lib5TABLE = internal global [16 x i8] zeroinitializer, align 8
@key.shape = private unnamed_addr constant [6 x i8] c"shape\00", align 1
@_RNvCs1_3lib5SIDES = internal constant [1 x ptr] [ptr @_RNvXCs1_3lib5OuterNtB2_5Shape5sides], align 8

define internal double @_RNvXCs1_3lib6CircleNtB2_5Shape4area(ptr %self) #0 {
  %r = load double, ptr %self, align 8
  ret double %r
}

define internal i32 @_RNvXCs1_3lib6CircleNtB2_5Shape5sides(ptr %self) #0 {
  ret i32 0
}

; Outer::area: 2.0 * self.inner.area().
define internal double @_RNvXCs1_3lib5OuterNtB2_5Shape4area(ptr %self) #0 {
  %data = load ptr, ptr %self, align 8
  %m = getelementptr inbounds nuw i8, ptr %self, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %a = call double %area(ptr %data)
  %r = fmul double %a, 2.0
  ret double %r
}

; Outer::sides: self.inner.sides().
define internal i32 @_RNvXCs1_3lib5OuterNtB2_5Shape5sides(ptr %self) #0 {
  %data = load ptr, ptr %self, align 8
  %m = getelementptr inbounds nuw i8, ptr %self, i64 8
  %vt = load ptr, ptr %m, align 8
  %sides = call ptr @reltab.vtable.load.ptr.32(ptr %vt)
  %r = call i32 %sides(ptr %data)
  ret i32 %r
}

; One::get: &self.1 (a u64, then a Box<dyn Shape>).
define internal ptr @_RNvXCs1_3lib3OneNtB2_6Holder3get(ptr %self) #0 {
  %f = getelementptr inbounds nuw i8, ptr %self, i64 8
  ret ptr %f
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

; find_entry: a table of two `#[repr(C)] Entry { tag: u64, shape: Box<dyn
; Shape> }` searched by memchr for the tag byte; what it finds is returned.
define internal ptr @find_entry(i8 %tag) #0 {
  %table = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 48, i64 8)
  store i64 16, ptr %table, align 8
  %s0 = getelementptr inbounds nuw i8, ptr %table, i64 8
  call void @circle_into(ptr %s0)
  %e1 = getelementptr inbounds nuw i8, ptr %table, i64 24
  store i64 32, ptr %e1, align 8
  %s1 = getelementptr inbounds nuw i8, ptr %table, i64 32
  call void @circle_into(ptr %s1)
  %c = zext i8 %tag to i32
  %found = tail call ptr @memchr(ptr %table, i32 %c, i64 48)
  ret ptr %found
}

; keep_shape: Box::new(Box::new(Circle)) as the thread's value of KEY.
define internal void @keep_shape() #0 {
  %box = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 16, i64 8)
  call void @circle_into(ptr %box)
  %k = tail call i32 @pthread_key_create(ptr @_RNvCs1_3lib3KEY, ptr null)
  %key = load i32, ptr @_RNvCs1_3lib3KEY, align 4
  %set = tail call i32 @pthread_setspecific(i32 %key, ptr %box)
  ret void
}

; kept_shape: the thread's value of KEY.
define internal ptr @kept_shape() #0 {
  %key = load i32, ptr @_RNvCs1_3lib3KEY, align 4
  %kept = tail call ptr @pthread_getspecific(i32 %key)
  ret ptr %kept
}

; keep_host_shape(b): b as the thread's value of KEY.
define internal void @keep_host_shape(ptr %b) #0 {
  %k = tail call i32 @pthread_key_create(ptr @_RNvCs1_3lib3KEY, ptr null)
  %key = load i32, ptr @_RNvCs1_3lib3KEY, align 4
  %set = tail call i32 @pthread_setspecific(i32 %key, ptr %b)
  ret void
}

; kept_area: the area of the Box<dyn Shape> that is the thread's value of
; KEY, through its vtable.
define internal double @kept_area() #0 {
  %key = load i32, ptr @_RNvCs1_3lib3KEY, align 4
  %kept = tail call ptr @pthread_getspecific(i32 %key)
  %data = load ptr, ptr %kept, align 8
  %m = getelementptr inbounds nuw i8, ptr %kept, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %a = call double %area(ptr %data)
  ret double %a
}

; pick: Box::new(One(1, Box::new(Circle))) as Box<dyn Holder>, then
; holder.get() through its vtable.
; keep_host_in_table(b): hsearch_r({"shape", b}, ENTER, &found, &TABLE);
; the entry is passed by value as two words.
define internal void @keep_host_in_table(ptr %b) #0 {
  %found = alloca [8 x i8], align 8
  store ptr null, ptr %found, align 8
  %c = call i32 @hcreate_r(i64 8, ptr @_RNvCs1_3lib5TABLE)
  %w = ptrtoint ptr %b to i64
  %entry = insertvalue { i64, i64 } { i64 ptrtoint (ptr @key.shape to i64), i64 poison }, i64 %w, 1
  %r = call i32 @hsearch_r({ i64, i64 } %entry, i32 1, ptr %found, ptr @_RNvCs1_3lib5TABLE)
  ret void
}

; table_area(): the area of the Box<dyn Shape> that is the data of the entry
; hsearch_r({"shape", null}, FIND, &found, &TABLE) writes into found.
define internal double @table_area() #0 {
  %found = alloca [8 x i8], align 8
  store ptr null, ptr %found, align 8
  %r = call i32 @hsearch_r({ i64, i64 } { i64 ptrtoint (ptr @key.shape to i64), i64 0 }, i32 0, ptr %found, ptr @_RNvCs1_3lib5TABLE)
  %e = load ptr, ptr %found, align 8
  %d = getelementptr inbounds nuw i8, ptr %e, i64 8
  %box = load ptr, ptr %d, align 8
  %data = load ptr, ptr %box, align 8
  %m = getelementptr inbounds nuw i8, ptr %box, i64 8
  %vt = load ptr, ptr %m, align 8
  %area = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %a = call double %area(ptr %data)
  ret double %a
}

define internal ptr @pick() #0 {
  %one = call ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 24, i64 8)
  store i64 1, ptr %one, align 8
  %s = getelementptr inbounds nuw i8, ptr %one, i64 8
  call void @circle_into(ptr %s)
  %holder = alloca [16 x i8], align 8
  store ptr %one, ptr %holder, align 8
  %hm = getelementptr inbounds nuw i8, ptr %holder, i64 8
  store ptr @vtable.one, ptr %hm, align 8
  %data = load ptr, ptr %holder, align 8
  %vt = load ptr, ptr %hm, align 8
  %get = call ptr @reltab.vtable.load.ptr.24(ptr %vt)
  %r = call ptr %get(ptr %data)
  ret ptr %r
}

define internal i64 @first_byte(ptr %p) #0 {
  %b = load i8, ptr %p, align 1
  %r = zext i8 %b to i64
  ret i64 %r
}

define internal i64 @second_byte(ptr %p) #0 {
  %q = getelementptr inbounds nuw i8, ptr %p, i64 1
  %b = load i8, ptr %q, align 1
  %r = zext i8 %b to i64
  ret i64 %r
}

define internal double @half(ptr %p) #0 {
  %b = load i8, ptr %p, align 1
  %f = uitofp i8 %b to double
  %r = fmul double %f, 5.0e-01
  ret double %r
}

define internal double @third(ptr %p) #0 {
  %b = load i8, ptr %p, align 1
  %f = uitofp i8 %b to double
  %r = fdiv double %f, 3.0
  ret double %r
}

; byte_op: BYTES[i & 1](p), with the caller's pointer.
define internal i64 @byte_op(i64 %i, ptr %p) #0 {
  %j = and i64 %i, 1
  %slot = getelementptr inbounds nuw ptr, ptr @_RNvCs1_3lib5BYTES, i64 %j
  %f = load ptr, ptr %slot, align 8
  %r = call i64 %f(ptr %p)
  ret i64 %r
}

; scale_op: SCALES[i & 1](p), with the caller's pointer.
define internal double @scale_op(i64 %i, ptr %p) #0 {
  %j = and i64 %i, 1
  %slot = getelementptr inbounds nuw ptr, ptr @_RNvCs1_3lib6SCALES, i64 %j
  %f = load ptr, ptr %slot, align 8
  %r = call double %f(ptr %p)
  ret double %r
}

; nested_sides: SIDES[0](&outer), an Outer around a Circle, and its area
; through Outer's vtable.
define internal double @nested(i64 %i) #0 {
  %outer = alloca [16 x i8], align 8
  call void @circle_into(ptr %outer)
  %j = and i64 %i, 0
  %slot = getelementptr inbounds nuw ptr, ptr @_RNvCs1_3lib5SIDES, i64 %j
  %f = load ptr, ptr %slot, align 8
  %n = call i32 %f(ptr %outer)
  %area = call ptr @reltab.vtable.load.ptr.24(ptr @vtable.outer)
  %a = call double %area(ptr %outer)
  %nf = sitofp i32 %n to double
  %r = fadd double %a, %nf
  ret double %r
}

define internal ptr @reltab.vtable.load.ptr.24(ptr %vt) #1 {
  %p = getelementptr inbounds i8, ptr %vt, i64 24
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

define internal ptr @reltab.vtable.load.ptr.32(ptr %vt) #1 {
  %p = getelementptr inbounds i8, ptr %vt, i64 32
  %f = load ptr, ptr %p, align 8, !invariant.load !0
  ret ptr %f
}

; At fat LTO rustc links its allocator shim into the module.
define internal ptr @_RNvCscSpY9Juk0HT_7___rustc12___rust_alloc(i64 %size, i64 %align) #0 {
  %p = call ptr @malloc(i64 %size)
  ret ptr %p
}

declare ptr @malloc(i64)
declare ptr @memchr(ptr, i32, i64)
declare i32 @pthread_key_create(ptr, ptr)
declare i32 @pthread_setspecific(i32, ptr)
declare ptr @pthread_getspecific(i32)
declare i32 @hcreate_r(i64, ptr)
declare i32 @hsearch_r({ i64, i64 }, i32, ptr, ptr)

define i32 @main() #0 {
  %e = call ptr @find_entry(i8 32)
  %h = call ptr @pick()
  %bytes = alloca [2 x i8], align 1
  store i8 7, ptr %bytes, align 1
  %b = call i64 @byte_op(i64 0, ptr %bytes)
  %s = call double @scale_op(i64 1, ptr %bytes)
  %n = call double @nested(i64 0)
  call void @keep_shape()
  %ks = call ptr @kept_shape()
  %ka = call double @kept_area()
  %ta = call double @table_area()
  ret i32 0
}

attributes #0 = { "reltab-protected" }
attributes #1 = { "reltab-vtable-load" }

!llvm.ident = !{!1}
!0 = !{}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
