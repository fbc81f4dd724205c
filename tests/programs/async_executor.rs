//! A tiny single-threaded executor over Pin<Box<dyn Future>> with an Arc<impl Wake> waker; futures that yield, join and communicate through dyn.
use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::hint::black_box;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};

type Task = Pin<Box<dyn Future<Output = String>>>;

struct TaskWaker {
    id: usize,
    queue: Arc<Mutex<Vec<usize>>>,
    wakes: AtomicUsize,
}
impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.wakes.fetch_add(1, Ordering::SeqCst);
        self.queue.lock().unwrap().push(self.id);
    }
}

struct YieldN {
    left: u32,
}
impl Future for YieldN {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.left == 0 {
            Poll::Ready(7)
        } else {
            self.left -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

// A channel whose receiver is a future.
struct Chan {
    items: VecDeque<i32>,
    waiter: Option<Waker>,
}
struct Recv(Rc<RefCell<Chan>>);
impl Future for Recv {
    type Output = i32;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<i32> {
        let mut c = self.0.borrow_mut();
        match c.items.pop_front() {
            Some(v) => Poll::Ready(v),
            None => {
                c.waiter = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}
fn send(ch: &Rc<RefCell<Chan>>, v: i32) {
    let mut c = ch.borrow_mut();
    c.items.push_back(v);
    if let Some(w) = c.waiter.take() {
        w.wake();
    }
}

async fn worker(name: &'static str, n: u32, log: Rc<RefCell<Vec<String>>>) -> String {
    let mut total = 0;
    for i in 0..n {
        total += YieldN { left: i % 3 }.await;
        log.borrow_mut().push(format!("{name} step {i}"));
    }
    format!("{name} done total={total}")
}

async fn consumer(ch: Rc<RefCell<Chan>>, log: Rc<RefCell<Vec<String>>>) -> String {
    let mut sum = 0;
    loop {
        let v = Recv(ch.clone()).await;
        log.borrow_mut().push(format!("consumer got {v}"));
        if v < 0 {
            break;
        }
        sum += v;
    }
    format!("consumer sum={sum}")
}

async fn producer(ch: Rc<RefCell<Chan>>) -> String {
    for v in [5, 10, 15, -1] {
        send(&ch, v);
        YieldN { left: 1 }.await;
    }
    "producer finished".to_string()
}

fn nested() -> Pin<Box<dyn Future<Output = String>>> {
    Box::pin(async {
        let inner: Pin<Box<dyn Future<Output = u32>>> =
            Box::pin(async { YieldN { left: 2 }.await * 6 });
        let v = inner.await;
        format!("nested={v}")
    })
}

fn run(tasks: Vec<Task>) -> Vec<(usize, String)> {
    let queue = Arc::new(Mutex::new((0..tasks.len()).collect::<Vec<_>>()));
    let mut slots: Vec<Option<Task>> = tasks.into_iter().map(Some).collect();
    let wakers: Vec<Arc<TaskWaker>> = (0..slots.len())
        .map(|id| {
            Arc::new(TaskWaker {
                id,
                queue: queue.clone(),
                wakes: AtomicUsize::new(0),
            })
        })
        .collect();
    let mut done = Vec::new();
    let mut polls = 0;
    loop {
        let batch: Vec<usize> = std::mem::take(&mut *queue.lock().unwrap());
        if batch.is_empty() {
            break;
        }
        for id in batch {
            let Some(fut) = slots[id].as_mut() else {
                continue;
            };
            let waker = Waker::from(wakers[id].clone());
            let mut cx = Context::from_waker(&waker);
            polls += 1;
            if let Poll::Ready(s) = fut.as_mut().poll(&mut cx) {
                done.push((id, s));
                slots[id] = None;
            }
        }
    }
    println!(
        "polls={polls} wakes={:?}",
        wakers
            .iter()
            .map(|w| w.wakes.load(Ordering::SeqCst))
            .collect::<Vec<_>>()
    );
    done
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let ch = Rc::new(RefCell::new(Chan {
        items: VecDeque::new(),
        waiter: None,
    }));
    let tasks: Vec<Task> = vec![
        Box::pin(worker("a", black_box(4), log.clone())),
        Box::pin(worker("b", 2, log.clone())),
        Box::pin(consumer(ch.clone(), log.clone())),
        Box::pin(producer(ch.clone())),
        nested(),
        Box::pin(async { String::from("immediate") }),
    ];
    for (id, s) in run(tasks) {
        println!("task {id}: {s}");
    }
    for l in log.borrow().iter() {
        println!("log: {l}");
    }
}
