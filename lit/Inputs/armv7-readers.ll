; Input of codegen-compact-armv7.ll: the vtables, objects and readers of
; i686-program.ll (4-byte words, as on every 32-bit target) for armv7
; (Linux, hard float), without the x86 program around them.

target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabihf"

@vtable.counter = private unnamed_addr constant <{ ptr, [8 x i8], ptr, ptr }> <{ ptr @counter_drop, [8 x i8] c"\0C\00\00\00\04\00\00\00", ptr @counter_value, ptr @counter_twice }>, align 4
@vtable.wide = private unnamed_addr constant <{ ptr, [8 x i8], ptr, ptr }> <{ ptr null, [8 x i8] c" \00\00\00\10\00\00\00", ptr @wide_value, ptr @wide_twice }>, align 4
@vtable.unit = private unnamed_addr constant <{ ptr, [8 x i8], ptr, ptr }> <{ ptr null, [8 x i8] c"\00\00\00\00\01\00\00\00", ptr @unit_value, ptr @unit_value }>, align 4
@vtable.send = private unnamed_addr constant <{ ptr, [8 x i8] }> <{ ptr null, [8 x i8] c"\02\00\00\00\02\00\00\00" }>, align 4

@counter = internal global [3 x i32] [i32 7, i32 0, i32 0], align 4
@wide = internal global [8 x i32] [i32 40, i32 2, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 16
@unit = internal global [0 x i8] zeroinitializer, align 1
@short = internal global i16 5, align 2
@drops = internal global i32 0, align 4

; static OBJECTS: [&dyn Shape; 3]
@objects = internal constant [3 x { ptr, ptr }] [{ ptr, ptr } { ptr @counter, ptr @vtable.counter }, { ptr, ptr } { ptr @wide, ptr @vtable.wide }, { ptr, ptr } { ptr @unit, ptr @vtable.unit }], align 4

define internal void @counter_drop(ptr %self) {
  %n = load i32, ptr @drops, align 4
  %m = add i32 %n, 1
  store i32 %m, ptr @drops, align 4
  ret void
}
define internal i32 @counter_value(ptr align 4 %self) {
  %v = load i32, ptr %self, align 4
  ret i32 %v
}
define internal i32 @counter_twice(ptr align 4 %self) {
  %v = load i32, ptr %self, align 4
  %w = shl i32 %v, 1
  ret i32 %w
}
define internal i32 @wide_value(ptr align 16 %self) {
  %p = getelementptr inbounds i8, ptr %self, i32 4
  %a = load i32, ptr %self, align 4
  %b = load i32, ptr %p, align 4
  %v = add i32 %a, %b
  ret i32 %v
}
define internal i32 @wide_twice(ptr align 16 %self) {
  %v = call i32 @wide_value(ptr %self)
  %w = mul i32 %v, 2
  ret i32 %w
}
define internal i32 @unit_value(ptr align 1 %self) {
  ret i32 1
}

; fn describe(x: &dyn Shape) -> u32: size, align, both methods, then the
; drop glue (as dropping a Box<dyn Shape> would), all through the vtable.
define internal i32 @describe(ptr %data, ptr align 4 %vt) noinline {
start:
  %size.p = getelementptr inbounds i8, ptr %vt, i32 4
  %size = load i32, ptr %size.p, align 4, !invariant.load !0
  %align.p = getelementptr inbounds i8, ptr %vt, i32 8
  %align = load i32, ptr %align.p, align 4, !invariant.load !0
  %m0.p = getelementptr inbounds i8, ptr %vt, i32 12
  %m0 = load ptr, ptr %m0.p, align 4, !invariant.load !0, !nonnull !0
  %v0 = call i32 %m0(ptr %data)
  %m1.p = getelementptr inbounds i8, ptr %vt, i32 16
  %m1 = load ptr, ptr %m1.p, align 4, !invariant.load !0, !nonnull !0
  %v1 = call i32 %m1(ptr %data)
  %drop = load ptr, ptr %vt, align 4, !invariant.load !0
  %has_drop = icmp ne ptr %drop, null
  br i1 %has_drop, label %dropping, label %done
dropping:
  call void %drop(ptr %data)
  br label %done
done:
  %s = mul i32 %size, 1000000
  %a = mul i32 %align, 10000
  %sa = add i32 %s, %a
  %v = mul i32 %v0, 100
  %va = add i32 %v, %v1
  %r = add i32 %sa, %va
  ret i32 %r
}

; fn layout(vt) -> u32: size_of_val and align_of_val only, for any vtable.
define internal i32 @layout(ptr align 4 %vt) noinline {
  %size.p = getelementptr inbounds i8, ptr %vt, i32 4
  %size = load i32, ptr %size.p, align 4, !invariant.load !0
  %align.p = getelementptr inbounds i8, ptr %vt, i32 8
  %align = load i32, ptr %align.p, align 4, !invariant.load !0
  %s = mul i32 %size, 100
  %r = add i32 %s, %align
  ret i32 %r
}

define i32 @run(i32 %i) {
  %data.p = getelementptr inbounds [3 x { ptr, ptr }], ptr @objects, i32 0, i32 %i, i32 0
  %data = load ptr, ptr %data.p, align 4
  %vt.p = getelementptr inbounds [3 x { ptr, ptr }], ptr @objects, i32 0, i32 %i, i32 1
  %vt = load ptr, ptr %vt.p, align 4
  %d = call i32 @describe(ptr %data, ptr %vt)
  %l1 = call i32 @layout(ptr @vtable.counter)
  %l2 = call i32 @layout(ptr @vtable.send)
  %s = add i32 %d, %l1
  %r = add i32 %s, %l2
  ret i32 %r
}

!0 = !{}
