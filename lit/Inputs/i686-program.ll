; Input of the i686-*.ll and codegen-*-i686.ll tests: a freestanding i686
; Linux program (no libc: _start, write and exit by int 0x80) in the shape
; of rustc's output for i686 — 4-byte words: vtables `<{ ptr drop, [8 x i8]
; size and align, ptr slot... }>`, align 4, entries read at 0, 4, 8 and
; 12 + 4k with !invariant.load. Hand-written (this machine has no i686 std
; to compile Rust for it); it prints one line per object read through a
; `&dyn` kept in a static table, then the size and align of a `dyn Send`
; vtable that holds no pointer (never converted), and the drop count.
;
;   Counter (drop glue; size 12, align 4), Wide (no drop; size 32, align 16),
;   Unit (a ZST: size 0, align 1), and u16 as `dyn Send` (size 2, align 2).

target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i686-unknown-linux-gnu"

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

define internal void @exit(i32 %code) noreturn {
  %r = call i32 asm sideeffect "int $$0x80", "={ax},{ax},{bx},~{memory}"(i32 1, i32 %code)
  unreachable
}

; Writes %n in decimal and a newline to stdout.
define internal void @print(i32 %n) noinline {
start:
  %buf = alloca [12 x i8], align 1
  %nl = getelementptr inbounds i8, ptr %buf, i32 11
  store i8 10, ptr %nl, align 1
  br label %digit
digit:
  %at = phi i32 [ 11, %start ], [ %prev, %digit ]
  %rest = phi i32 [ %n, %start ], [ %q, %digit ]
  %prev = sub i32 %at, 1
  %q = udiv i32 %rest, 10
  %d = urem i32 %rest, 10
  %c = add i32 %d, 48
  %c8 = trunc i32 %c to i8
  %p = getelementptr inbounds i8, ptr %buf, i32 %prev
  store i8 %c8, ptr %p, align 1
  %more = icmp ne i32 %q, 0
  br i1 %more, label %digit, label %write
write:
  %from = getelementptr inbounds i8, ptr %buf, i32 %prev
  %len = sub i32 12, %prev
  %r = call i32 asm sideeffect "int $$0x80", "={ax},{ax},{bx},{cx},{dx},~{memory}"(i32 4, i32 1, ptr %from, i32 %len)
  ret void
}

define void @_start() noreturn {
start:
  br label %loop
loop:
  %i = phi i32 [ 0, %start ], [ %next, %loop ]
  %data.p = getelementptr inbounds [3 x { ptr, ptr }], ptr @objects, i32 0, i32 %i, i32 0
  %data = load ptr, ptr %data.p, align 4
  %vt.p = getelementptr inbounds [3 x { ptr, ptr }], ptr @objects, i32 0, i32 %i, i32 1
  %vt = load ptr, ptr %vt.p, align 4
  %d = call i32 @describe(ptr %data, ptr %vt)
  call void @print(i32 %d)
  %next = add i32 %i, 1
  %again = icmp ult i32 %next, 3
  br i1 %again, label %loop, label %after
after:
  %l1 = call i32 @layout(ptr @vtable.counter)
  call void @print(i32 %l1)
  %l2 = call i32 @layout(ptr @vtable.send)
  call void @print(i32 %l2)
  %n = load i32, ptr @drops, align 4
  call void @print(i32 %n)
  call void @exit(i32 0)
  unreachable
}

!0 = !{}
