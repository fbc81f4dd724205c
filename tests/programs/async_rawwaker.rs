//! A block_on executor built on a hand-written RawWakerVTable (static vtable of fn pointers), driving Pin<Box<dyn Future>> and dyn Future combinators.
use std::cell::Cell;
use std::future::Future;
use std::hint::black_box;
use std::pin::Pin;
use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

thread_local! {
    static WAKES: Cell<u32> = const { Cell::new(0) };
    static CLONES: Cell<u32> = const { Cell::new(0) };
    static DROPS: Cell<u32> = const { Cell::new(0) };
}

unsafe fn vt_clone(p: *const ()) -> RawWaker {
    CLONES.with(|c| c.set(c.get() + 1));
    RawWaker::new(p, &VTABLE)
}
unsafe fn vt_wake(p: *const ()) {
    vt_wake_by_ref(p);
    vt_drop(p);
}
unsafe fn vt_wake_by_ref(p: *const ()) {
    let flag = &*(p as *const Cell<bool>);
    flag.set(true);
    WAKES.with(|c| c.set(c.get() + 1));
}
unsafe fn vt_drop(_p: *const ()) {
    DROPS.with(|c| c.set(c.get() + 1));
}
static VTABLE: RawWakerVTable = RawWakerVTable::new(vt_clone, vt_wake, vt_wake_by_ref, vt_drop);

fn block_on<T>(mut fut: Pin<Box<dyn Future<Output = T> + '_>>) -> (T, u32) {
    let woken = Cell::new(true);
    let waker = unsafe {
        Waker::from_raw(RawWaker::new(
            &woken as *const Cell<bool> as *const (),
            &VTABLE,
        ))
    };
    let mut cx = Context::from_waker(&waker);
    let mut polls = 0;
    loop {
        assert!(woken.replace(false), "polled without wake");
        polls += 1;
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return (v, polls);
        }
    }
}

struct Countdown(u32);
impl Future for Countdown {
    type Output = &'static str;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<&'static str> {
        if self.0 == 0 {
            return Poll::Ready("liftoff");
        }
        self.0 -= 1;
        if self.0 % 2 == 0 {
            cx.waker().wake_by_ref();
        } else {
            cx.waker().clone().wake();
        }
        Poll::Pending
    }
}

trait AsyncSource {
    fn fetch(&self, k: u32) -> Pin<Box<dyn Future<Output = u64> + '_>>;
    fn name(&self) -> &str;
}
struct Slow {
    base: u64,
}
struct Fast;
impl AsyncSource for Slow {
    fn fetch(&self, k: u32) -> Pin<Box<dyn Future<Output = u64> + '_>> {
        Box::pin(async move {
            Countdown(k).await;
            self.base + k as u64
        })
    }
    fn name(&self) -> &str {
        "slow"
    }
}
impl AsyncSource for Fast {
    fn fetch(&self, k: u32) -> Pin<Box<dyn Future<Output = u64> + '_>> {
        Box::pin(std::future::ready(k as u64 * 1000))
    }
    fn name(&self) -> &str {
        "fast"
    }
}

async fn gather(srcs: &[Box<dyn AsyncSource>]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, s) in srcs.iter().enumerate() {
        let v = s.fetch(i as u32 + 1).await;
        out.push(format!("{}={}", s.name(), v));
    }
    out
}

fn main() {
    let (r, polls) = block_on(Box::pin(Countdown(black_box(5))));
    println!("countdown -> {r} after {polls} polls");
    let srcs: Vec<Box<dyn AsyncSource>> = vec![
        Box::new(Slow { base: 100 }),
        Box::new(Fast),
        Box::new(Slow { base: 7 }),
    ];
    let (v, polls) = block_on(Box::pin(gather(&srcs)));
    println!("gather -> {:?} after {polls} polls", v);
    let futs: Vec<Pin<Box<dyn Future<Output = u64>>>> = vec![
        Box::pin(async { 1 }),
        Box::pin(async { Countdown(3).await.len() as u64 }),
        Box::pin(std::future::ready(42)),
    ];
    let mut sum = 0;
    for f in futs {
        let (x, p) = block_on(f);
        println!("future -> {x} ({p} polls)");
        sum += x;
    }
    println!("sum {sum}");
    println!(
        "waker stats: wakes={} clones={} drops={}",
        WAKES.with(|c| c.get()),
        CLONES.with(|c| c.get()),
        DROPS.with(|c| c.get())
    );
}
