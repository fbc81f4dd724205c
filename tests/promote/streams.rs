// A program for promote.rs's test (tests/tests/promotion.rs): local
// functions that read their `&dyn` parameter at one or two entries, the
// shape of anstream's `choice(&dyn RawStream)`, called with vtables that are
// constants at the call and with vtables loaded from memory. reltab hands
// them the entries instead of the vtable; the program must print the same,
// panics included.
use std::hint::black_box;

trait Stream {
    fn is_terminal(&self) -> bool;
    fn name(&self) -> String;
    fn width(&self) -> usize {
        80
    }
}

struct Out(u8);
struct Err(String);

impl Stream for Out {
    fn is_terminal(&self) -> bool {
        self.0 % 2 == 0
    }
    fn name(&self) -> String {
        format!("out{}", self.0)
    }
}

impl Stream for Err {
    fn is_terminal(&self) -> bool {
        self.0.len() > 3
    }
    fn name(&self) -> String {
        self.0.clone()
    }
    fn width(&self) -> usize {
        self.0.len() * 10
    }
}

/// One entry: the method it calls.
#[inline(never)]
fn choice(s: &dyn Stream) -> &'static str {
    if s.is_terminal() {
        "color"
    } else {
        "plain"
    }
}

/// Two entries: two methods.
#[inline(never)]
fn describe(s: &dyn Stream) -> String {
    format!("{} ({} columns)", s.name(), s.width())
}

/// Two entries: size and align (the compact layout's decoders).
#[inline(never)]
fn footprint(s: &dyn Stream) -> usize {
    std::mem::size_of_val(s) * 100 + std::mem::align_of_val(s)
}

/// Passes its parameter on, as the last thing it does: LLVM marks the call
/// `tail`, which says the callee reads none of this function's stack. Once
/// `choice` is handed a stack slot, the marker must go (std's `rust_panic`
/// calls `__rust_start_panic` so, which the panic below goes through).
#[inline(never)]
fn relay(s: &dyn Stream) -> &'static str {
    choice(s)
}

fn main() {
    let out = Out(black_box(2));
    let err = Err(black_box("stderr".to_string()));
    println!("{} {}", choice(&out), choice(&err));
    println!("{} / {}", describe(&out), describe(&err));
    println!("{} {}", footprint(&out), footprint(&err));
    let all: Vec<Box<dyn Stream>> = vec![Box::new(Out(black_box(3))), Box::new(err), Box::new(out)];
    for s in &all {
        println!("{} {} {} {}", choice(&**s), relay(&**s), describe(&**s), footprint(&**s));
    }
    let count = all.len();
    std::panic::set_hook(Box::new(|_| {}));
    let caught = std::panic::catch_unwind(|| {
        if black_box(count) == 3 {
            panic!("three streams");
        }
    });
    println!("caught: {:?}", caught.unwrap_err().downcast_ref::<&str>());
}
