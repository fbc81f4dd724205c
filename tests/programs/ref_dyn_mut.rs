//! &dyn and &mut dyn: shared and exclusive borrows of trait objects, mutation through &mut dyn, reborrows.
use std::hint::black_box;

trait Counter {
    fn get(&self) -> i64;
    fn bump(&mut self, by: i64);
    fn label(&self) -> &str;
    fn reset(&mut self) {
        let g = self.get();
        self.bump(-g);
    }
}

struct Simple {
    n: i64,
}
struct Saturating {
    n: i64,
    max: i64,
}
struct Logged {
    n: i64,
    log: Vec<i64>,
}

impl Counter for Simple {
    fn get(&self) -> i64 {
        self.n
    }
    fn bump(&mut self, by: i64) {
        self.n += by;
    }
    fn label(&self) -> &str {
        "simple"
    }
}
impl Counter for Saturating {
    fn get(&self) -> i64 {
        self.n
    }
    fn bump(&mut self, by: i64) {
        self.n = (self.n + by).min(self.max);
    }
    fn label(&self) -> &str {
        "saturating"
    }
}
impl Counter for Logged {
    fn get(&self) -> i64 {
        self.n
    }
    fn bump(&mut self, by: i64) {
        self.log.push(by);
        self.n += by;
    }
    fn label(&self) -> &str {
        "logged"
    }
    fn reset(&mut self) {
        self.log.clear();
        self.n = 0;
    }
}

fn show(c: &dyn Counter) {
    println!("{} = {}", c.label(), c.get());
}

fn bump_all(cs: &mut [&mut dyn Counter], by: i64) {
    for c in cs.iter_mut() {
        c.bump(by);
    }
}

fn twice(c: &mut dyn Counter) {
    c.bump(1);
    let r: &mut dyn Counter = &mut *c; // reborrow
    r.bump(1);
}

fn pick<'a>(a: &'a dyn Counter, b: &'a dyn Counter) -> &'a dyn Counter {
    if a.get() >= b.get() {
        a
    } else {
        b
    }
}

fn main() {
    let mut a = Simple { n: 0 };
    let mut b = Saturating { n: 0, max: 7 };
    let mut c = Logged { n: 0, log: vec![] };
    {
        let mut all: Vec<&mut dyn Counter> = vec![&mut a, &mut b, &mut c];
        for round in 0..black_box(4) {
            bump_all(&mut all, round + 1);
            for x in all.iter() {
                show(&**x);
            }
        }
        for x in all.iter_mut() {
            twice(*x);
        }
        for x in all.iter() {
            show(&**x);
        }
    }
    println!("log = {:?}", c.log);
    let best = pick(black_box(&a), black_box(&b));
    println!("best: {} {}", best.label(), best.get());
    let best = pick(&c, &b);
    println!("best: {} {}", best.label(), best.get());
    let objs: [&mut dyn Counter; 3] = [&mut a, &mut b, &mut c];
    for o in objs {
        o.reset();
        show(o);
    }
    println!("log after reset = {:?}", c.log);
}
