//! Refusal class: the C library called by a versioned name.
//!
//! The libc crate links about a hundred C functions by a symbol version
//! (`cfsetspeed@GLIBC_2.2.5`, `cfgetospeed@GLIBC_2.2.5`, ...), as this
//! program does. reltab's boundary analysis took such a name for code
//! outside the module that is not the C library: a pointer handed to it
//! made the pointed-to object reachable from outside, and with it every
//! vtable pointer stored beside it. Here each terminal's settings sit beside
//! a boxed callback, so the callbacks' vtable pointers "could leave the
//! module" and the program was left absolute (crosses-boundary). A name
//! whose version node is glibc's (`GLIBC_`) or its unwinder's (`GCC_`) is the
//! C library's symbol of that version (plugin/src/sysroot.rs,
//! `is_known_c_function`; lit test boundary-versioned-c-library.ll).

use std::hint::black_box;

/// glibc's `struct termios` on x86_64.
#[repr(C)]
#[derive(Default)]
struct Termios {
    c_iflag: u32,
    c_oflag: u32,
    c_cflag: u32,
    c_lflag: u32,
    c_line: u8,
    c_cc: [u8; 32],
    c_ispeed: u32,
    c_ospeed: u32,
}

const B9600: u32 = 0o15;
const B38400: u32 = 0o17;

extern "C" {
    #[link_name = "cfsetspeed@GLIBC_2.2.5"]
    fn cfsetspeed(termios: *mut Termios, speed: u32) -> i32;
    #[link_name = "cfgetospeed@GLIBC_2.2.5"]
    fn cfgetospeed(termios: *const Termios) -> u32;
}

struct Terminal {
    settings: Termios,
    on_change: Box<dyn Fn(u32) -> String>,
}

fn main() {
    let prefix = black_box(String::from("line"));
    let mut terminals = vec![
        Terminal { settings: Termios::default(), on_change: Box::new(|code| format!("speed code {code}")) },
        Terminal { settings: Termios::default(), on_change: Box::new(move |code| format!("{prefix}: {}", code * 2)) },
    ];
    for (i, terminal) in terminals.iter_mut().enumerate() {
        let speed = black_box(if i == 0 { B9600 } else { B38400 });
        // SAFETY: a valid termios; both functions only read and write it.
        let (status, set) = unsafe { (cfsetspeed(&mut terminal.settings, speed), cfgetospeed(&terminal.settings)) };
        println!("{status} {} (c_cflag {:o})", (terminal.on_change)(set), terminal.settings.c_cflag);
    }
}
