// A staticlib with a plain C interface, linked into a C program
// (static_main.c) by gcc. Trait objects, println! and a thread are all
// inside: no vtable pointer crosses `calc_run(const char *, int64_t)`, whose
// pointer is a C string read as bytes. So it is converted.
use std::ffi::{c_char, CStr};
use std::fmt::Write;

trait Op {
    fn apply(&self, x: i64) -> i64;
    fn label(&self) -> String;
}
struct Add(i64);
struct Mul(i64);
struct Chain(Vec<Box<dyn Op>>);
impl Op for Add {
    fn apply(&self, x: i64) -> i64 {
        x + self.0
    }
    fn label(&self) -> String {
        format!("+{}", self.0)
    }
}
impl Op for Mul {
    fn apply(&self, x: i64) -> i64 {
        x * self.0
    }
    fn label(&self) -> String {
        format!("*{}", self.0)
    }
}
impl Op for Chain {
    fn apply(&self, x: i64) -> i64 {
        self.0.iter().fold(x, |a, o| o.apply(a))
    }
    fn label(&self) -> String {
        self.0.iter().map(|o| o.label()).collect::<Vec<_>>().join(" ")
    }
}

fn parse(spec: &str) -> Box<dyn Op> {
    let ops: Vec<Box<dyn Op>> = spec
        .split_whitespace()
        .filter_map(|t| {
            let (c, n) = t.split_at(1);
            let n: i64 = n.parse().ok()?;
            Some(match c {
                "+" => Box::new(Add(n)) as Box<dyn Op>,
                "*" => Box::new(Mul(n)),
                _ => return None,
            })
        })
        .collect();
    Box::new(Chain(ops))
}

/// The C interface: a spec string and a number in, a number out.
#[no_mangle]
pub extern "C" fn calc_run(spec: *const c_char, x: i64) -> i64 {
    let spec = unsafe { CStr::from_ptr(spec) }.to_str().unwrap_or("");
    let op = parse(spec);
    let r = op.apply(x);
    let mut s = String::new();
    let _ = write!(s, "[{}] {} -> {}", op.label(), x, r);
    println!("{s}");
    let h = std::thread::spawn(move || r * 2); // a boxed closure through pthread_create: C, no boundary
    h.join().unwrap()
}
