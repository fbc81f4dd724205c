//! Trait objects with auto-trait markers: dyn Trait + Send + Sync + Unpin, dropping markers by coercion, Mutex<Box<dyn Trait + Send>> shared across threads, RefCell<dyn Trait> unsized coercion.
use std::cell::RefCell;
use std::hint::black_box;
use std::rc::Rc;
use std::sync::{Arc, Mutex, RwLock};

trait Acc {
    fn add(&mut self, v: i64);
    fn get(&self) -> i64;
    fn kind(&self) -> &'static str;
}
#[derive(Default)]
struct Sum(i64);
#[derive(Default)]
struct Max(Option<i64>);
struct Hist(Vec<i64>);
impl Acc for Sum {
    fn add(&mut self, v: i64) {
        self.0 += v;
    }
    fn get(&self) -> i64 {
        self.0
    }
    fn kind(&self) -> &'static str {
        "sum"
    }
}
impl Acc for Max {
    fn add(&mut self, v: i64) {
        self.0 = Some(self.0.map_or(v, |m| m.max(v)));
    }
    fn get(&self) -> i64 {
        self.0.unwrap_or(i64::MIN)
    }
    fn kind(&self) -> &'static str {
        "max"
    }
}
impl Acc for Hist {
    fn add(&mut self, v: i64) {
        self.0.push(v);
    }
    fn get(&self) -> i64 {
        self.0.len() as i64
    }
    fn kind(&self) -> &'static str {
        "hist"
    }
}

fn plain(a: &dyn Acc) -> String {
    format!("{}={}", a.kind(), a.get())
}

fn main() {
    let full: Box<dyn Acc + Send + Sync + Unpin> = Box::new(Sum(1));
    let send_only: Box<dyn Acc + Send> = full; // drop Sync + Unpin
    let bare: Box<dyn Acc> = send_only; // drop Send
    println!("coerced: {}", plain(&*bare));

    let shared: Arc<Mutex<Vec<Box<dyn Acc + Send>>>> = Arc::new(Mutex::new(vec![
        Box::new(Sum::default()),
        Box::new(Max::default()),
        Box::new(Hist(vec![])),
    ]));
    let mut hs = Vec::new();
    for t in 0..black_box(3i64) {
        let s = shared.clone();
        hs.push(std::thread::spawn(move || {
            for i in 0..50 {
                let mut g = s.lock().unwrap();
                for a in g.iter_mut() {
                    a.add(t * 100 + i);
                }
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    for a in shared.lock().unwrap().iter() {
        println!("after threads: {}", plain(&**a));
    }

    let rw: Arc<RwLock<dyn Acc + Send + Sync>> = Arc::new(RwLock::new(Max::default()));
    {
        let mut w = rw.write().unwrap();
        for v in [3, -9, 27, 4] {
            w.add(v);
        }
    }
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let r = rw.clone();
            std::thread::spawn(move || r.read().unwrap().get())
        })
        .collect();
    println!(
        "rwlock readers: {:?}",
        readers
            .into_iter()
            .map(|h| h.join().unwrap())
            .collect::<Vec<_>>()
    );

    // Unsized coercion into RefCell<dyn Acc> and Mutex<dyn Acc>.
    let cells: Vec<Rc<RefCell<dyn Acc>>> = vec![
        Rc::new(RefCell::new(Sum(0))),
        Rc::new(RefCell::new(Hist(vec![1]))),
    ];
    for (i, c) in cells.iter().enumerate() {
        c.borrow_mut().add(i as i64 + 10);
        c.borrow_mut().add(5);
        println!("refcell {}: {}", i, plain(&*c.borrow()));
    }
    let m: Box<Mutex<dyn Acc + Send>> = Box::new(Mutex::new(Hist(vec![])));
    m.lock().unwrap().add(1);
    m.lock().unwrap().add(2);
    println!("boxed mutex: {}", plain(&*m.lock().unwrap()));
    println!("size_of_val(mutex<dyn>) = {}", std::mem::size_of_val(&*m));
}
