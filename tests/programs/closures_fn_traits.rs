//! Box<dyn Fn>, Box<dyn FnMut>, Box<dyn FnOnce>, &dyn Fn, closures returning closures, callbacks tables, captured heap state.
use std::collections::BTreeMap;
use std::hint::black_box;

fn apply_all(fs: &[Box<dyn Fn(i64) -> i64>], x: i64) -> Vec<i64> {
    fs.iter().map(|f| f(x)).collect()
}

fn compose(f: Box<dyn Fn(i64) -> i64>, g: Box<dyn Fn(i64) -> i64>) -> Box<dyn Fn(i64) -> i64> {
    Box::new(move |x| g(f(x)))
}

fn make_adder(n: i64) -> Box<dyn Fn(i64) -> i64> {
    Box::new(move |x| x + n)
}

fn make_counter() -> Box<dyn FnMut() -> u32> {
    let mut c = 0;
    Box::new(move || {
        c += 1;
        c
    })
}

fn call_twice(f: &mut dyn FnMut(&str)) {
    f("first");
    f("second");
}

fn run_once(f: Box<dyn FnOnce() -> String>) -> String {
    f()
}

fn main() {
    let base = black_box(3);
    let fs: Vec<Box<dyn Fn(i64) -> i64>> = vec![
        Box::new(|x| x * 2),
        Box::new(move |x| x + base),
        Box::new(|x| -x),
        make_adder(100),
        compose(make_adder(1), Box::new(|x| x * x)),
        Box::new(i64::abs),
    ];
    for x in [-2, 0, 5] {
        println!("apply_all({x}) = {:?}", apply_all(&fs, black_box(x)));
    }
    let chain = fs.iter().fold(1i64, |acc, f| f(acc));
    println!("fold through all = {}", chain);

    let mut c1 = make_counter();
    let mut c2 = make_counter();
    println!("counters: {} {} {} {}", c1(), c1(), c2(), c1());

    let mut seen = Vec::new();
    call_twice(&mut |s| seen.push(s.len()));
    println!("seen {:?}", seen);

    let owned = String::from("moved string");
    let once: Box<dyn FnOnce() -> String> = Box::new(move || owned + " consumed");
    println!("{}", run_once(black_box(once)));
    let once2: Box<dyn FnOnce() -> String> = Box::new(|| "no capture".to_string());
    println!("{}", run_once(once2));

    // Table of named commands.
    let mut table: BTreeMap<&str, Box<dyn Fn(&[i64]) -> i64>> = BTreeMap::new();
    table.insert("sum", Box::new(|v| v.iter().sum()));
    table.insert("max", Box::new(|v| v.iter().copied().max().unwrap_or(0)));
    table.insert("len", Box::new(|v| v.len() as i64));
    let factor = vec![2i64, 3];
    table.insert(
        "dot",
        Box::new(move |v| {
            v.iter()
                .zip(factor.iter().cycle())
                .map(|(a, b)| a * b)
                .sum()
        }),
    );
    let data = black_box(vec![4, -1, 9, 2]);
    for (name, f) in &table {
        println!("{name}({:?}) = {}", data, f(&data));
    }

    // FnMut boxes stored and called repeatedly, mutating captured Vec.
    let mut log: Vec<Box<dyn FnMut(i32) -> usize>> = Vec::new();
    for k in 0..3 {
        let mut store = Vec::new();
        log.push(Box::new(move |x| {
            store.push(x * k);
            store.len()
        }));
    }
    for round in 0..3 {
        let lens: Vec<usize> = log.iter_mut().map(|f| f(round)).collect();
        println!("round {round}: {:?}", lens);
    }

    // FnOnce queue drained in order.
    let mut queue: Vec<Box<dyn FnOnce(&mut Vec<String>)>> = Vec::new();
    for i in 0..4 {
        let s = format!("job{i}");
        queue.push(Box::new(move |out| out.push(s)));
    }
    queue.push(Box::new(|out| out.reverse()));
    let mut out = Vec::new();
    for job in queue.drain(..) {
        job(&mut out);
    }
    println!("jobs: {:?}", out);

    let r: &dyn Fn(u8) -> u8 = &|x| x.wrapping_mul(3);
    println!("&dyn Fn: {}", r(black_box(200)));
    let fp: fn(i64) -> i64 = |x| x - 1;
    let boxed_fp: Box<dyn Fn(i64) -> i64> = Box::new(fp);
    println!("fn pointer through dyn Fn: {}", boxed_fp(10));
}
