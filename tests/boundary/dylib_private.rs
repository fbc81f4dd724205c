// A Rust dylib at fat LTO whose only trait impl is private: no method is an
// exported symbol, so it always linked; but std's machine code (libstd.so)
// still reads the vtables it is handed (a Display for format!, the boxed
// closure of thread::spawn). Converted, it crashed at run time in libstd.so's
// thread start: the case that makes "Rust code outside the module" a refusal.
use std::fmt;
struct Circle {
    r: f64,
}
impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Circle r={}", self.r)
    }
}
pub fn show(k: u32) -> String {
    let s = format!("{}", Circle { r: k as f64 }); // &dyn Display, &mut dyn fmt::Write -> libstd.so
    let h = std::thread::spawn(move || k * 2); // Box<dyn FnOnce> -> libstd.so's thread start
    format!("{s} thread={}", h.join().unwrap())
}
