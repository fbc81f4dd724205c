//! Refusal class: reads of vtables in code that cannot run (plugin/src/live.rs).
//!
//! A freestanding `#![no_std]` program (core only, its own `_start`, static,
//! no libc) whose one trait has a single method: its largest vtable is 32
//! bytes. The fat-LTO module still holds all of core, and core's
//! `<core::error::Source as Iterator>::next`, which nothing here calls, reads
//! a method slot at offset 48 — past the end of every vtable — and
//! `DebugMap::key` calls through a parameter no caller fills. Both were
//! refusals; neither can run. Converted now, and the same output as stock.
//!
// rustc-flags: -Cpanic=abort -Crelocation-model=static -Clink-arg=-nostartfiles -Clink-arg=-nostdlib -Clink-arg=-static
#![no_std]
#![no_main]

use core::arch::{asm, naked_asm};

fn write(text: &[u8]) {
    unsafe {
        asm!("syscall", inlateout("rax") 1usize => _, in("rdi") 1usize, in("rsi") text.as_ptr(),
             in("rdx") text.len(), lateout("rcx") _, lateout("r11") _, options(nostack))
    };
}

fn exit(code: i32) -> ! {
    unsafe { asm!("syscall", in("rax") 231, in("rdi") code, options(noreturn)) }
}

#[unsafe(naked)]
#[no_mangle]
extern "C" fn _start() -> ! {
    naked_asm!("mov rdi, rsp", "and rsp, -16", "call {main}", "ud2", main = sym start)
}

trait Op {
    fn apply(&self, x: u32) -> u32;
}

struct Add(u32);
struct Mul(u32);

impl Op for Add {
    fn apply(&self, x: u32) -> u32 {
        x + self.0
    }
}

impl Op for Mul {
    fn apply(&self, x: u32) -> u32 {
        x * self.0
    }
}

#[inline(never)]
fn pick(argc: usize) -> &'static dyn Op {
    if argc > 1 { &Add(1) } else { &Mul(3) }
}

extern "C" fn start(stack: *const usize) -> ! {
    let argc = unsafe { *stack };
    let result = pick(argc).apply(7);
    let digits = [b'0' + (result / 10) as u8, b'0' + (result % 10) as u8, b'\n'];
    write(b"result: ");
    write(&digits);
    exit(0)
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    exit(101)
}

/// core's precompiled code has landing pads; with panic=abort nothing unwinds.
#[no_mangle]
extern "C" fn _Unwind_Resume() -> ! {
    exit(134)
}
