//! Rc<dyn>, Arc<dyn>, Weak<dyn>: shared trait objects, strong/weak counts, clones and drops through dyn.
use std::cell::RefCell;
use std::hint::black_box;
use std::rc::{Rc, Weak};
use std::sync::{Arc, Mutex};

trait Node {
    fn id(&self) -> u32;
    fn describe(&self) -> String;
    fn poke(&self);
}

struct Leaf {
    id: u32,
    pokes: RefCell<u32>,
}
struct Branch {
    id: u32,
    kids: Vec<Rc<dyn Node>>,
}

impl Node for Leaf {
    fn id(&self) -> u32 {
        self.id
    }
    fn describe(&self) -> String {
        format!("leaf#{} pokes={}", self.id, self.pokes.borrow())
    }
    fn poke(&self) {
        *self.pokes.borrow_mut() += 1;
    }
}
impl Node for Branch {
    fn id(&self) -> u32 {
        self.id
    }
    fn describe(&self) -> String {
        let inner: Vec<String> = self.kids.iter().map(|k| k.describe()).collect();
        format!("branch#{}[{}]", self.id, inner.join("; "))
    }
    fn poke(&self) {
        for k in &self.kids {
            k.poke();
        }
    }
}
impl Drop for Leaf {
    fn drop(&mut self) {
        println!("drop leaf#{}", self.id);
    }
}
impl Drop for Branch {
    fn drop(&mut self) {
        println!("drop branch#{} ({} kids)", self.id, self.kids.len());
    }
}

trait Sink: Send + Sync {
    fn put(&self, v: u64);
    fn total(&self) -> u64;
}
struct SumSink(Mutex<u64>);
struct MaxSink(Mutex<u64>);
impl Sink for SumSink {
    fn put(&self, v: u64) {
        *self.0.lock().unwrap() += v;
    }
    fn total(&self) -> u64 {
        *self.0.lock().unwrap()
    }
}
impl Sink for MaxSink {
    fn put(&self, v: u64) {
        let mut g = self.0.lock().unwrap();
        *g = (*g).max(v);
    }
    fn total(&self) -> u64 {
        *self.0.lock().unwrap()
    }
}

fn main() {
    let l1: Rc<dyn Node> = Rc::new(Leaf {
        id: 1,
        pokes: RefCell::new(0),
    });
    let l2: Rc<dyn Node> = Rc::new(Leaf {
        id: 2,
        pokes: RefCell::new(0),
    });
    let b: Rc<dyn Node> = Rc::new(Branch {
        id: 10,
        kids: vec![l1.clone(), l2.clone(), l1.clone()],
    });
    let b = black_box(b);
    println!(
        "counts l1={} l2={} b={}",
        Rc::strong_count(&l1),
        Rc::strong_count(&l2),
        Rc::strong_count(&b)
    );
    b.poke();
    b.poke();
    println!("{}", b.describe());
    let w: Weak<dyn Node> = Rc::downgrade(&b);
    println!(
        "weak count {} upgrade ok {}",
        Rc::weak_count(&b),
        w.upgrade().is_some()
    );
    if let Some(up) = w.upgrade() {
        println!("via weak: id={}", up.id());
    }
    drop(b);
    println!("after drop branch: upgrade ok {}", w.upgrade().is_some());
    println!(
        "counts l1={} l2={}",
        Rc::strong_count(&l1),
        Rc::strong_count(&l2)
    );
    println!("{} / {}", l1.describe(), l2.describe());
    drop(l2);
    println!("dropped l2 handle");

    let sinks: Vec<Arc<dyn Sink>> = vec![
        Arc::new(SumSink(Mutex::new(0))),
        Arc::new(MaxSink(Mutex::new(0))),
    ];
    let mut handles = Vec::new();
    for t in 0..black_box(4u64) {
        let ss: Vec<Arc<dyn Sink>> = sinks.iter().cloned().collect();
        handles.push(std::thread::spawn(move || {
            for i in 0..100 {
                for s in &ss {
                    s.put(t * 1000 + i);
                }
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    for s in &sinks {
        println!("sink total {} strong={}", s.total(), Arc::strong_count(s));
    }
    println!("end of main");
}
