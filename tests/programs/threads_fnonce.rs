//! Threads running Box<dyn FnOnce() + Send>: a small worker pool fed through a channel, scoped threads borrowing &dyn Compute (a Send + Sync trait), deterministic collection of results.
use std::hint::black_box;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

type Job = Box<dyn FnOnce() -> (usize, String) + Send>;

trait Compute: Send + Sync {
    fn compute(&self, x: u64) -> u64;
    fn name(&self) -> &'static str;
}
struct Square;
struct Collatz;
impl Compute for Square {
    fn compute(&self, x: u64) -> u64 {
        x * x
    }
    fn name(&self) -> &'static str {
        "square"
    }
}
impl Compute for Collatz {
    fn compute(&self, mut x: u64) -> u64 {
        let mut steps = 0;
        while x > 1 {
            x = if x % 2 == 0 { x / 2 } else { 3 * x + 1 };
            steps += 1;
        }
        steps
    }
    fn name(&self) -> &'static str {
        "collatz"
    }
}

fn main() {
    // 1. Spawn one thread per boxed FnOnce, join in order.
    let jobs: Vec<Job> = (0..black_box(6usize))
        .map(|i| {
            let payload = vec![i as u64; i + 1];
            Box::new(move || (i, format!("job {i} sum {}", payload.iter().sum::<u64>()))) as Job
        })
        .collect();
    let handles: Vec<thread::JoinHandle<(usize, String)>> =
        jobs.into_iter().map(|j| thread::spawn(j)).collect();
    for h in handles {
        let (i, s) = h.join().unwrap();
        println!("joined {i}: {s}");
    }

    // 2. Worker pool: two workers pull Box<dyn FnOnce + Send> from a shared receiver.
    let (tx, rx) = mpsc::channel::<Job>();
    let rx = Arc::new(Mutex::new(rx));
    let (rtx, rrx) = mpsc::channel();
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let rx = rx.clone();
            let rtx = rtx.clone();
            thread::spawn(move || loop {
                let job = rx.lock().unwrap().recv();
                match job {
                    Ok(job) => rtx.send(job()).unwrap(),
                    Err(_) => break,
                }
            })
        })
        .collect();
    drop(rtx);
    let computers: Vec<Arc<dyn Compute>> = vec![Arc::new(Square), Arc::new(Collatz)];
    for i in 0..10usize {
        let c = computers[i % 2].clone();
        tx.send(Box::new(move || {
            (
                i,
                format!("{}({}) = {}", c.name(), i + 5, c.compute(i as u64 + 5)),
            )
        }))
        .unwrap();
    }
    drop(tx);
    for w in workers {
        w.join().unwrap();
    }
    let mut results: Vec<(usize, String)> = rrx.iter().collect();
    results.sort();
    for (i, s) in &results {
        println!("pool {i}: {s}");
    }

    // 3. Scoped threads borrowing &dyn Compute.
    let local: Vec<Box<dyn Compute>> = vec![Box::new(Collatz), Box::new(Square), Box::new(Collatz)];
    let outs: Vec<u64> = thread::scope(|s| {
        let hs: Vec<_> = local
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let c: &dyn Compute = &**c;
                s.spawn(move || (0..50u64).map(|x| c.compute(x + i as u64)).sum::<u64>())
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("scoped sums {:?}", outs);

    // 4. Builder with a named thread returning Box<dyn Compute>.
    let h = thread::Builder::new()
        .name("maker".into())
        .spawn(|| -> Box<dyn Compute> { Box::new(Square) })
        .unwrap();
    let made = h.join().unwrap();
    println!("made {} -> {}", made.name(), made.compute(12));
}
