//! Panics with &str, String and custom (panic_any) payloads caught by catch_unwind, payload downcasts on Box<dyn Any + Send>, panics inside dyn calls, drops during unwinding, a deterministic panic hook.
use std::any::Any;
use std::hint::black_box;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};

static HOOK_CALLS: AtomicUsize = AtomicUsize::new(0);

#[derive(Debug)]
struct Custom {
    code: u32,
    msg: &'static str,
}

trait Risky {
    fn go(&self, x: i32) -> i32;
}
struct Divider;
struct Indexer(Vec<i32>);
struct Thrower;
impl Risky for Divider {
    fn go(&self, x: i32) -> i32 {
        100 / black_box(x)
    }
}
impl Risky for Indexer {
    fn go(&self, x: i32) -> i32 {
        self.0[x as usize]
    }
}
impl Risky for Thrower {
    fn go(&self, x: i32) -> i32 {
        if x > 1 {
            panic::panic_any(Custom {
                code: x as u32,
                msg: "too big",
            });
        }
        if x < 0 {
            panic!("negative: {}", x);
        }
        x
    }
}

struct Guard(&'static str);
impl Drop for Guard {
    fn drop(&mut self) {
        println!(
            "  guard {} dropped (panicking={})",
            self.0,
            std::thread::panicking()
        );
    }
}

fn describe(p: &(dyn Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&'static str>() {
        format!("&str payload: {s}")
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("String payload: {s}")
    } else if let Some(c) = p.downcast_ref::<Custom>() {
        format!("Custom payload: code={} msg={}", c.code, c.msg)
    } else if let Some(n) = p.downcast_ref::<i64>() {
        format!("i64 payload: {n}")
    } else {
        "unknown payload".to_string()
    }
}

fn main() {
    panic::set_hook(Box::new(|info| {
        HOOK_CALLS.fetch_add(1, Ordering::SeqCst);
        let loc = info.location().map(|l| l.line()).unwrap_or(0);
        let _ = loc; // line numbers are deterministic, but keep the output terse
        println!(
            "  [hook] panic observed, payload is str: {}",
            info.payload().downcast_ref::<&str>().is_some()
                || info.payload().downcast_ref::<String>().is_some()
        );
    }));
    let objs: Vec<(&str, Box<dyn Risky>)> = vec![
        ("divider", Box::new(Divider)),
        ("indexer", Box::new(Indexer(vec![1, 2, 3]))),
        ("thrower", Box::new(Thrower)),
    ];
    for (name, o) in &objs {
        for x in [-1, 0, 1, 2, 5] {
            let r = panic::catch_unwind(AssertUnwindSafe(|| {
                let _g = Guard(name);
                o.go(x)
            }));
            match r {
                Ok(v) => println!("{name}.go({x}) = {v}"),
                Err(p) => println!("{name}.go({x}) panicked: {}", describe(&*p)),
            }
        }
    }
    let r = panic::catch_unwind(|| panic::panic_any(42i64));
    println!("direct: {}", describe(&*r.unwrap_err()));
    let r = panic::catch_unwind(|| -> () {
        std::panic::resume_unwind(Box::new(String::from("resumed")))
    });
    println!("resume_unwind: {}", describe(&*r.unwrap_err()));
    let t = std::thread::spawn(|| {
        let _g = Guard("thread");
        let f: Box<dyn Fn() -> u8> = Box::new(|| panic!("in thread"));
        f()
    });
    match t.join() {
        Ok(_) => println!("thread ok?!"),
        Err(p) => println!("thread panicked: {}", describe(&*p)),
    }
    let _ = panic::take_hook();
    println!("hook calls: {}", HOOK_CALLS.load(Ordering::SeqCst));
}
