//! State pattern with `self: Box<Self>` transitions, plus dispatch on `self: Rc<Self>`, `self: Arc<Self>` and `self: Pin<&mut Self>` receivers through dyn.
use std::hint::black_box;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;

trait State {
    fn name(&self) -> String;
    fn on_event(self: Box<Self>, ev: &str) -> Box<dyn State>;
    fn is_final(&self) -> bool {
        false
    }
}

struct Idle;
struct Running {
    ticks: u32,
}
struct Paused {
    ticks: u32,
    reason: String,
}
struct Done {
    total: u32,
}

impl State for Idle {
    fn name(&self) -> String {
        "idle".into()
    }
    fn on_event(self: Box<Self>, ev: &str) -> Box<dyn State> {
        match ev {
            "start" => Box::new(Running { ticks: 0 }),
            _ => self,
        }
    }
}
impl State for Running {
    fn name(&self) -> String {
        format!("running({})", self.ticks)
    }
    fn on_event(mut self: Box<Self>, ev: &str) -> Box<dyn State> {
        match ev {
            "tick" => {
                self.ticks += 1;
                self
            }
            "pause" => Box::new(Paused {
                ticks: self.ticks,
                reason: "user".into(),
            }),
            "stop" => Box::new(Done { total: self.ticks }),
            _ => self,
        }
    }
}
impl State for Paused {
    fn name(&self) -> String {
        format!("paused({}, {})", self.ticks, self.reason)
    }
    fn on_event(self: Box<Self>, ev: &str) -> Box<dyn State> {
        match ev {
            "resume" => Box::new(Running { ticks: self.ticks }),
            "stop" => Box::new(Done { total: self.ticks }),
            _ => self,
        }
    }
}
impl State for Done {
    fn name(&self) -> String {
        format!("done(total={})", self.total)
    }
    fn on_event(self: Box<Self>, _ev: &str) -> Box<dyn State> {
        self
    }
    fn is_final(&self) -> bool {
        true
    }
}
impl Drop for Done {
    fn drop(&mut self) {
        println!("Done state dropped (total={})", self.total);
    }
}

trait Shared {
    fn consume_rc(self: Rc<Self>) -> String;
    fn consume_arc(self: Arc<Self>) -> String;
    fn pinned(self: Pin<&mut Self>) -> u32;
}
struct Thing(u32);
impl Shared for Thing {
    fn consume_rc(self: Rc<Self>) -> String {
        format!("rc thing {} strong={}", self.0, Rc::strong_count(&self))
    }
    fn consume_arc(self: Arc<Self>) -> String {
        format!("arc thing {} strong={}", self.0, Arc::strong_count(&self))
    }
    fn pinned(mut self: Pin<&mut Self>) -> u32 {
        self.0 += 1;
        self.0
    }
}
struct Other(&'static str);
impl Shared for Other {
    fn consume_rc(self: Rc<Self>) -> String {
        format!("rc other {}", self.0)
    }
    fn consume_arc(self: Arc<Self>) -> String {
        format!("arc other {}", self.0)
    }
    fn pinned(self: Pin<&mut Self>) -> u32 {
        self.0.len() as u32
    }
}

fn main() {
    let events = black_box([
        "tick", "start", "tick", "tick", "pause", "tick", "resume", "tick", "bogus", "stop",
        "start",
    ]);
    let mut st: Box<dyn State> = Box::new(Idle);
    println!("initial: {}", st.name());
    for ev in events {
        st = st.on_event(ev);
        println!("{ev:>7} -> {} final={}", st.name(), st.is_final());
    }
    drop(st);

    let rc: Rc<dyn Shared> = Rc::new(Thing(5));
    let keep = rc.clone();
    println!("{}", rc.consume_rc());
    println!("{}", (Rc::new(Other("o")) as Rc<dyn Shared>).consume_rc());
    drop(keep);
    let arcs: Vec<Arc<dyn Shared>> = vec![Arc::new(Thing(9)), Arc::new(Other("other"))];
    for a in black_box(arcs) {
        println!("{}", a.consume_arc());
    }
    let mut boxed: Pin<Box<dyn Shared>> = Box::pin(Thing(0));
    let mut vals = Vec::new();
    for _ in 0..3 {
        vals.push(boxed.as_mut().pinned());
    }
    let mut other: Pin<Box<dyn Shared>> = Box::pin(Other("abcd"));
    vals.push(other.as_mut().pinned());
    println!("pinned results {:?}", vals);
}
