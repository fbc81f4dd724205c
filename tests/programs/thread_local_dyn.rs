//! thread_local! storage holding Box<dyn Trait>, RefCell<Vec<Box<dyn FnMut>>> callbacks, Option<Box<dyn Any>>, with per-thread independent state and TLS destructors.
use std::any::Any;
use std::cell::RefCell;
use std::hint::black_box;

trait Strategy {
    fn next(&mut self) -> u64;
    fn name(&self) -> String;
}
struct Linear(u64);
struct Doubling(u64);
impl Strategy for Linear {
    fn next(&mut self) -> u64 {
        self.0 += 3;
        self.0
    }
    fn name(&self) -> String {
        format!("linear@{}", self.0)
    }
}
impl Strategy for Doubling {
    fn next(&mut self) -> u64 {
        self.0 *= 2;
        self.0
    }
    fn name(&self) -> String {
        format!("doubling@{}", self.0)
    }
}

struct Announce(&'static str);
impl Drop for Announce {
    fn drop(&mut self) {
        // Runs during TLS destruction of the spawned thread.
        println!("tls destructor: {}", self.0);
    }
}
impl Strategy for Announce {
    fn next(&mut self) -> u64 {
        0
    }
    fn name(&self) -> String {
        format!("announce {}", self.0)
    }
}

thread_local! {
    static STRAT: RefCell<Box<dyn Strategy>> = RefCell::new(Box::new(Linear(0)));
    static HOOKS: RefCell<Vec<Box<dyn FnMut(u64) -> String>>> = RefCell::new(Vec::new());
    static STASH: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
}

fn step() -> u64 {
    let v = STRAT.with(|s| s.borrow_mut().next());
    HOOKS.with(|h| {
        for f in h.borrow_mut().iter_mut() {
            let _ = f(v);
        }
    });
    v
}

fn main() {
    let mut out = Vec::new();
    for _ in 0..3 {
        out.push(step());
    }
    println!(
        "main linear: {:?} ({})",
        out,
        STRAT.with(|s| s.borrow().name())
    );
    STRAT.with(|s| *s.borrow_mut() = Box::new(Doubling(black_box(1))));
    let mut total = 0;
    HOOKS.with(|h| {
        h.borrow_mut().push(Box::new(|v| format!("seen {v}")));
        let mut count = 0;
        h.borrow_mut().push(Box::new(move |v| {
            count += 1;
            format!("count {count} v {v}")
        }));
    });
    for _ in 0..4 {
        total += step();
    }
    let last: Vec<String> = HOOKS.with(|h| h.borrow_mut().iter_mut().map(|f| f(0)).collect());
    println!("main doubling total {total}, hooks say {:?}", last);
    STASH.with(|s| *s.borrow_mut() = Some(Box::new(String::from("stashed"))));

    let t = std::thread::spawn(|| {
        // Fresh thread: fresh TLS.
        let fresh = STRAT.with(|s| s.borrow().name());
        let hooks = HOOKS.with(|h| h.borrow().len());
        let stash = STASH.with(|s| s.borrow().is_some());
        let v: Vec<u64> = (0..2).map(|_| step()).collect();
        STRAT.with(|s| *s.borrow_mut() = Box::new(Announce("thread strategy")));
        format!("thread: fresh={fresh} hooks={hooks} stash={stash} steps={v:?}")
    });
    println!("{}", t.join().unwrap());
    let stash = STASH.with(|s| {
        s.borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<String>().cloned())
    });
    println!("main stash: {:?}", stash);
    println!("main strat: {}", STRAT.with(|s| s.borrow().name()));
}
