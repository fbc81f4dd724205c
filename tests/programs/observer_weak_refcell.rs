//! Observer/event-bus pattern: Rc<RefCell<dyn Observer>> subscribers held as Weak<RefCell<dyn Observer>>, unsubscribing by dropping, callbacks that re-enter through dyn.
use std::cell::RefCell;
use std::hint::black_box;
use std::rc::{Rc, Weak};

#[derive(Debug, Clone)]
enum Event {
    Key(char),
    Click { x: i32, y: i32 },
    Tick(u32),
}

trait Observer {
    fn notify(&mut self, ev: &Event) -> Option<String>;
    fn summary(&self) -> String;
}

struct KeyLogger {
    keys: String,
}
struct ClickCounter {
    clicks: u32,
    last: Option<(i32, i32)>,
}
struct Ticker {
    name: &'static str,
    ticks: Vec<u32>,
}
impl Observer for KeyLogger {
    fn notify(&mut self, ev: &Event) -> Option<String> {
        if let Event::Key(c) = ev {
            self.keys.push(*c);
            Some(format!("key {c}"))
        } else {
            None
        }
    }
    fn summary(&self) -> String {
        format!("keys={:?}", self.keys)
    }
}
impl Observer for ClickCounter {
    fn notify(&mut self, ev: &Event) -> Option<String> {
        match ev {
            Event::Click { x, y } => {
                self.clicks += 1;
                self.last = Some((*x, *y));
                Some(format!("click #{}", self.clicks))
            }
            _ => None,
        }
    }
    fn summary(&self) -> String {
        format!("clicks={} last={:?}", self.clicks, self.last)
    }
}
impl Observer for Ticker {
    fn notify(&mut self, ev: &Event) -> Option<String> {
        match ev {
            Event::Tick(t) => {
                self.ticks.push(*t);
                Some(format!("{} tick {t}", self.name))
            }
            Event::Key(_) => Some(format!("{} saw a key", self.name)),
            _ => None,
        }
    }
    fn summary(&self) -> String {
        format!("{} ticks={:?}", self.name, self.ticks)
    }
}
impl Drop for Ticker {
    fn drop(&mut self) {
        println!("ticker {} dropped", self.name);
    }
}

#[derive(Default)]
struct Bus {
    subs: Vec<Weak<RefCell<dyn Observer>>>,
}
impl Bus {
    fn subscribe(&mut self, o: &Rc<RefCell<dyn Observer>>) {
        self.subs.push(Rc::downgrade(o));
    }
    fn publish(&mut self, ev: &Event) -> Vec<String> {
        let mut out = Vec::new();
        self.subs.retain(|w| match w.upgrade() {
            Some(o) => {
                if let Some(s) = o.borrow_mut().notify(ev) {
                    out.push(s);
                }
                true
            }
            None => false,
        });
        out
    }
}

fn main() {
    let keys: Rc<RefCell<dyn Observer>> = Rc::new(RefCell::new(KeyLogger {
        keys: String::new(),
    }));
    let clicks: Rc<RefCell<dyn Observer>> = Rc::new(RefCell::new(ClickCounter {
        clicks: 0,
        last: None,
    }));
    let t1: Rc<RefCell<dyn Observer>> = Rc::new(RefCell::new(Ticker {
        name: "t1",
        ticks: vec![],
    }));
    let mut t2: Option<Rc<RefCell<dyn Observer>>> = Some(Rc::new(RefCell::new(Ticker {
        name: "t2",
        ticks: vec![],
    })));
    let mut bus = Bus::default();
    bus.subscribe(&keys);
    bus.subscribe(&clicks);
    bus.subscribe(&t1);
    bus.subscribe(t2.as_ref().unwrap());
    let events = black_box(vec![
        Event::Key('h'),
        Event::Tick(1),
        Event::Click { x: 3, y: 4 },
        Event::Key('i'),
        Event::Tick(2),
        Event::Click { x: -1, y: 0 },
        Event::Tick(3),
        Event::Key('!'),
    ]);
    for (i, ev) in events.iter().enumerate() {
        if i == 5 {
            println!("dropping t2");
            t2 = None;
        }
        let out = bus.publish(ev);
        println!("{:?} -> {:?} (subs {})", ev, out, bus.subs.len());
    }
    assert!(t2.is_none());
    for o in [&keys, &clicks, &t1] {
        println!("summary: {}", o.borrow().summary());
    }
    drop(t1);
    println!("after drop t1: {:?}", bus.publish(&Event::Tick(99)));
    println!("subs left {}", bus.subs.len());
}
