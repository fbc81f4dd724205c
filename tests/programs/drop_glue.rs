//! Drop glue through dyn: types with Drop impls, with only heap fields (String/Vec, glue but no Drop), and with no glue at all.
use std::cell::RefCell;
use std::hint::black_box;

thread_local! {
    static LOG: RefCell<Vec<String>> = RefCell::new(Vec::new());
}
fn log(s: String) {
    LOG.with(|l| l.borrow_mut().push(s));
}

trait Item {
    fn tag(&self) -> String;
}

// Explicit Drop.
#[derive(Debug)]
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        log(format!("Noisy({}) dropped", self.0));
    }
}
impl Item for Noisy {
    fn tag(&self) -> String {
        format!("noisy {}", self.0)
    }
}

// Heap fields, no Drop impl: drop glue frees them.
struct Heapy {
    name: String,
    data: Vec<u32>,
    inner: Box<Noisy>,
}
impl Item for Heapy {
    fn tag(&self) -> String {
        format!(
            "heapy {} sum={} inner={}",
            self.name,
            self.data.iter().sum::<u32>(),
            self.inner.tag()
        )
    }
}

// Plain old data: no drop glue at all.
#[derive(Clone, Copy)]
struct Pod {
    a: u8,
    b: u64,
}
impl Item for Pod {
    fn tag(&self) -> String {
        format!("pod {} {}", self.a, self.b)
    }
}

// Drop that itself holds trait objects.
struct Holder {
    items: Vec<Box<dyn Item>>,
}
impl Drop for Holder {
    fn drop(&mut self) {
        log(format!("Holder dropping {} items", self.items.len()));
    }
}
impl Item for Holder {
    fn tag(&self) -> String {
        let t: Vec<String> = self.items.iter().map(|i| i.tag()).collect();
        format!("holder[{}]", t.join(", "))
    }
}

// Generic wrapper: drop glue depends on T.
struct Wrap<T>(T);
impl<T: std::fmt::Debug> Item for Wrap<T> {
    fn tag(&self) -> String {
        format!("wrap {:?}", self.0)
    }
}

fn flush(title: &str) {
    LOG.with(|l| {
        let mut l = l.borrow_mut();
        println!("-- {title}: {} events", l.len());
        for e in l.drain(..) {
            println!("   {e}");
        }
    });
}

fn main() {
    let v: Vec<Box<dyn Item>> = vec![
        Box::new(Noisy("a")),
        Box::new(Heapy {
            name: "h".to_string(),
            data: vec![1, 2, 3],
            inner: Box::new(Noisy("in-h")),
        }),
        Box::new(Pod { a: 7, b: 9 }),
        Box::new(Holder {
            items: vec![
                Box::new(Noisy("h1")),
                Box::new(Pod { a: 1, b: 2 }),
                Box::new(Noisy("h2")),
            ],
        }),
        Box::new(Wrap(vec![String::from("x"), String::from("y")])),
        Box::new(Wrap(42u16)),
        Box::new(Wrap(Some(Noisy("opt")))),
    ];
    let mut v = black_box(v);
    for i in &v {
        println!("{}", i.tag());
    }
    flush("before drops");
    let third = v.remove(3);
    println!("removed {}", third.tag());
    drop(third);
    flush("after removing holder");
    v.truncate(2);
    flush("after truncate(2)");
    {
        let r: &dyn Item = &Noisy("stack");
        println!("{}", r.tag());
    }
    flush("after stack value");
    let mut replaced: Box<dyn Item> = Box::new(Noisy("old"));
    println!("{}", replaced.tag());
    replaced = Box::new(Pod { a: 3, b: 4 });
    println!("{}", replaced.tag());
    flush("after reassign");
    drop(v);
    drop(replaced);
    flush("after dropping everything");
    println!(
        "sizes: Noisy={} Heapy={} Pod={} Holder={}",
        std::mem::size_of::<Noisy>(),
        std::mem::size_of::<Heapy>(),
        std::mem::size_of::<Pod>(),
        std::mem::size_of::<Holder>()
    );
    println!(
        "needs_drop: Noisy={} Heapy={} Pod={} Wrap<u16>={}",
        std::mem::needs_drop::<Noisy>(),
        std::mem::needs_drop::<Heapy>(),
        std::mem::needs_drop::<Pod>(),
        std::mem::needs_drop::<Wrap<u16>>()
    );
}
