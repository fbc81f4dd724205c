//! Exits with status 3 through std::process::exit after dyn calls (no destructors run; stdout flushed explicitly first).
//@ exit-code: 3
use std::hint::black_box;
use std::io::Write;

trait Check {
    fn check(&self, v: i32) -> Result<i32, String>;
}
struct Positive;
struct Even;
struct Small(i32);
impl Check for Positive {
    fn check(&self, v: i32) -> Result<i32, String> {
        if v > 0 {
            Ok(v)
        } else {
            Err(format!("{v} is not positive"))
        }
    }
}
impl Check for Even {
    fn check(&self, v: i32) -> Result<i32, String> {
        if v % 2 == 0 {
            Ok(v / 2)
        } else {
            Err(format!("{v} is odd"))
        }
    }
}
impl Check for Small {
    fn check(&self, v: i32) -> Result<i32, String> {
        if v < self.0 {
            Ok(v)
        } else {
            Err(format!("{v} >= {}", self.0))
        }
    }
}
struct NeverDropped;
impl Drop for NeverDropped {
    fn drop(&mut self) {
        println!("this must not print");
    }
}

fn main() {
    let _nd = NeverDropped;
    let checks: Vec<Box<dyn Check>> = vec![Box::new(Positive), Box::new(Even), Box::new(Small(10))];
    let mut failures = 0;
    for v in black_box([4, -2, 7, 12, 8]) {
        let results: Vec<String> = checks
            .iter()
            .map(|c| match c.check(v) {
                Ok(x) => format!("ok({x})"),
                Err(e) => {
                    failures += 1;
                    format!("err({e})")
                }
            })
            .collect();
        println!("{v}: {}", results.join(" "));
    }
    println!("failures: {failures}");
    let code = if failures > 0 { 3 } else { 0 };
    let mut out: Box<dyn Write> = Box::new(std::io::stdout());
    write!(out, "exiting with {code}").unwrap();
    writeln!(out).unwrap();
    out.flush().unwrap();
    std::process::exit(code);
}
