//! A freestanding `#![no_std]` program: core only, no libc, linked statically
//! with its own entry point and system calls (x86_64 Linux), the setting of
//! size-constrained programs where every vtable word counts. It uses trait
//! objects the way such programs do: `&mut dyn fmt::Write` sinks, `&dyn`
//! shapes in a table, `&dyn Fn` callbacks, and core's formatting machinery
//! (every `{}` is a `&dyn Display` or `&dyn Debug` argument), `Debug` maps
//! and lists. Its output is the same with and without reltab; the corpus
//! (tests/real/corpus) compares them.
//!
//! Built by tests/real/corpus with `-Cpanic=abort -Crelocation-model=static`
//! and `-nostartfiles -nostdlib -static`.
#![no_std]
#![no_main]

use core::arch::{asm, naked_asm};
use core::fmt::{self, Write};

// --- the system, by hand -------------------------------------------------------

fn syscall3(n: usize, a: usize, b: usize, c: usize) -> isize {
    let ret: isize;
    unsafe { asm!("syscall", inlateout("rax") n as isize => ret, in("rdi") a, in("rsi") b, in("rdx") c, lateout("rcx") _, lateout("r11") _, options(nostack)) };
    ret
}

fn exit(code: i32) -> ! {
    syscall3(231, code as usize, 0, 0);
    loop {}
}

/// The entry point: the kernel leaves argc at the stack pointer, which is
/// 16-byte aligned; `main` gets it aligned for a call.
#[unsafe(naked)]
#[no_mangle]
extern "C" fn _start() -> ! {
    naked_asm!("xor ebp, ebp", "mov rdi, rsp", "and rsp, -16", "call {main}", "ud2", main = sym start)
}

extern "C" fn start(stack: *const usize) -> ! {
    let argc = unsafe { *stack };
    exit(main(argc))
}

// The compiler may call these; there is no libc to provide them.
#[no_mangle]
unsafe extern "C" fn memcpy(dest: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    unsafe { asm!("rep movsb", inout("rcx") n => _, inout("rdi") dest => _, inout("rsi") src => _, options(nostack)) };
    dest
}

#[no_mangle]
unsafe extern "C" fn memmove(dest: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if (dest as usize) <= (src as usize) || (dest as usize) >= (src as usize) + n {
        return unsafe { memcpy(dest, src, n) };
    }
    // Overlapping, destination above: copy backwards.
    unsafe {
        asm!("std", "rep movsb", "cld", inout("rcx") n => _, inout("rdi") dest.add(n - 1) => _,
             inout("rsi") src.add(n - 1) => _, options(nostack))
    };
    dest
}

#[no_mangle]
unsafe extern "C" fn memset(dest: *mut u8, value: i32, n: usize) -> *mut u8 {
    unsafe { asm!("rep stosb", inout("rcx") n => _, inout("rdi") dest => _, in("al") value as u8, options(nostack)) };
    dest
}

#[no_mangle]
unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    for i in 0..n {
        let (x, y) = unsafe { (*a.add(i), *b.add(i)) };
        if x != y {
            return i32::from(x) - i32::from(y);
        }
    }
    0
}

#[no_mangle]
unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    unsafe { memcmp(a, b, n) }
}

/// core's precompiled code has landing pads; with panic=abort nothing unwinds.
#[no_mangle]
extern "C" fn _Unwind_Resume() -> ! {
    exit(134)
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    let mut err = Fd(2);
    let _ = writeln!(err, "panicked: {info}");
    exit(101)
}

// --- output through a `dyn fmt::Write` --------------------------------------------

/// A file descriptor, written with write(2).
struct Fd(usize);

impl Write for Fd {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut rest = s.as_bytes();
        while !rest.is_empty() {
            let n = syscall3(1, self.0, rest.as_ptr() as usize, rest.len());
            if n <= 0 {
                return Err(fmt::Error);
            }
            rest = &rest[n as usize..];
        }
        Ok(())
    }
}

/// A fixed buffer, for formatting into memory.
struct Buffer {
    bytes: [u8; 256],
    len: usize,
}

impl Write for Buffer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        if end > self.bytes.len() {
            return Err(fmt::Error);
        }
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

impl Buffer {
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("?")
    }
}

/// Counts what goes through it, then hands it on: a sink wrapping a sink.
struct Counting<'a> {
    inner: &'a mut dyn Write,
    bytes: usize,
}

impl Write for Counting<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.bytes += s.len();
        self.inner.write_str(s)
    }
}

// --- shapes behind `&dyn` -----------------------------------------------------------

trait Shape: fmt::Debug {
    fn name(&self) -> &'static str;
    fn area_milli(&self) -> u64;
    fn scale(&mut self, by: u64);
}

#[derive(Debug)]
struct Square {
    side: u64,
}

#[derive(Debug)]
struct Rect {
    w: u64,
    h: u64,
}

#[derive(Debug)]
struct Circle {
    r: u64,
}

impl Shape for Square {
    fn name(&self) -> &'static str {
        "square"
    }
    fn area_milli(&self) -> u64 {
        self.side * self.side * 1000
    }
    fn scale(&mut self, by: u64) {
        self.side *= by
    }
}

impl Shape for Rect {
    fn name(&self) -> &'static str {
        "rect"
    }
    fn area_milli(&self) -> u64 {
        self.w * self.h * 1000
    }
    fn scale(&mut self, by: u64) {
        self.w *= by;
        self.h *= by
    }
}

impl Shape for Circle {
    fn name(&self) -> &'static str {
        "circle"
    }
    fn area_milli(&self) -> u64 {
        self.r * self.r * 3142
    }
    fn scale(&mut self, by: u64) {
        self.r *= by
    }
}

/// Key-value pairs printed through `DebugMap`.
struct Inventory<'a>(&'a [&'a dyn Shape]);

impl fmt::Debug for Inventory<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter().map(|s| (s.name(), s.area_milli()))).finish()
    }
}

fn apply(shapes: &mut [&mut dyn Shape], op: &dyn Fn(&mut dyn Shape)) {
    for s in shapes.iter_mut() {
        op(*s);
    }
}

fn report(out: &mut dyn Write, shapes: &[&dyn Shape]) -> fmt::Result {
    let total: u64 = shapes.iter().map(|s| s.area_milli()).sum();
    for (i, s) in shapes.iter().enumerate() {
        writeln!(out, "{i}: {:>7} {:?} area {}.{:03}", s.name(), s, s.area_milli() / 1000, s.area_milli() % 1000)?;
    }
    writeln!(out, "total {total}, as a map: {:?}", Inventory(shapes))?;
    writeln!(out, "pretty: {:#?}", Inventory(&shapes[..2]))
}

fn main(argc: usize) -> i32 {
    let mut stdout = Fd(1);
    let mut counting = Counting { inner: &mut stdout, bytes: 0 };
    let (mut a, mut b, mut c) = (Square { side: 3 }, Rect { w: 2, h: 5 }, Circle { r: 4 });
    let _ = writeln!(counting, "freestanding: argc {argc}");
    let _ = report(&mut counting, &[&a, &b, &c]);
    let factor = (argc as u64) + 1;
    apply(&mut [&mut a, &mut b, &mut c], &|s: &mut dyn Shape| s.scale(factor));
    let _ = report(&mut counting, &[&a, &b, &c]);
    let mut buffer = Buffer { bytes: [0; 256], len: 0 };
    let _ = write!(buffer, "{:?} {:x} {:e} {}", [1u8, 2, 3], 48879, 1234.5f64, 'λ');
    let _ = writeln!(counting, "buffer: {}", buffer.as_str());
    let overflow = (0..100).try_for_each(|i| write!(buffer, "{i:08}"));
    let _ = writeln!(counting, "overflow: {overflow:?}, {} bytes kept", buffer.len);
    let written = counting.bytes;
    let _ = writeln!(stdout, "{written} bytes through the counting sink");
    0
}
