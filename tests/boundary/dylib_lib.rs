// A Rust dylib at fat LTO (-Zdylib-lto -Cprefer-dynamic), std as libstd.so.
// Its crossings: a public trait impl (the vtable's methods are exported
// symbols), Box<dyn Shape> returned to and &dyn Shape taken from the host
// (Rust ABI), and vtables handed to std's machine code in libstd.so, which
// reltab did not build: &dyn Display to std::fmt, a boxed closure to std's
// thread start. (Before reltab knew this, the build failed to link: a
// PC-relative entry against an exported, preemptible method.)
#[path = "shape.rs"]
pub mod shape;
use shape::Shape;
use std::fmt;

pub struct Circle {
    pub r: f64,
}
impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn sides(&self) -> u32 {
        0
    }
    fn name(&self) -> String {
        format!("circle({})", self.r)
    }
}
impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Circle r={}", self.r)
    }
}

pub fn make(kind: u32) -> Box<dyn Shape> {
    Box::new(Circle { r: kind as f64 })
}

pub fn describe(s: &dyn Shape) -> String {
    format!("{} area={}", s.name(), s.area())
}

pub fn run_in_thread(k: u32) -> u32 {
    let c = Circle { r: k as f64 };
    println!("{c}"); // &dyn Display -> std::fmt in libstd.so
    let h = std::thread::spawn(move || k * 2); // Box<dyn FnOnce> -> std's thread start in libstd.so
    h.join().unwrap()
}
