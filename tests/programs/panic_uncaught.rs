//! An uncaught panic raised inside a dyn method call: a deterministic panic hook reports the payload on stderr, drops run while unwinding, exit status 101.
//@ exit-code: 101
use std::hint::black_box;

trait Step {
    fn run(&self, x: u32) -> u32;
}
struct Inc;
struct Check(u32);
impl Step for Inc {
    fn run(&self, x: u32) -> u32 {
        x + 1
    }
}
impl Step for Check {
    fn run(&self, x: u32) -> u32 {
        if x >= self.0 {
            panic!("value {} reached limit {}", x, self.0);
        }
        x
    }
}
struct Cleanup(&'static str);
impl Drop for Cleanup {
    fn drop(&mut self) {
        println!("cleanup {}", self.0);
    }
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        let file = info
            .location()
            .map(|l| l.file().rsplit('/').next().unwrap_or("").to_string())
            .unwrap_or_default();
        eprintln!("custom hook: panic in {file}: {msg}");
    }));
    let _c = Cleanup("main");
    let steps: Vec<Box<dyn Step>> =
        vec![Box::new(Inc), Box::new(Inc), Box::new(Check(black_box(5)))];
    let mut x = 0;
    for round in 0.. {
        let _r = Cleanup(if round % 2 == 0 {
            "even round"
        } else {
            "odd round"
        });
        for s in &steps {
            x = s.run(x);
        }
        println!("round {round}: x={x}");
    }
}
