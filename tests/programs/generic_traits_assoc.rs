//! Generic traits and associated types behind dyn: dyn Trait<T> for several T, dyn Trait<Assoc = X>, generic impls producing many vtables.
use std::fmt::Debug;
use std::hint::black_box;

trait Transform<T> {
    fn apply(&self, x: T) -> T;
    fn label(&self) -> String;
}
struct Double;
struct AddN<N>(N);
impl Transform<i32> for Double {
    fn apply(&self, x: i32) -> i32 {
        x * 2
    }
    fn label(&self) -> String {
        "double i32".into()
    }
}
impl Transform<String> for Double {
    fn apply(&self, x: String) -> String {
        x.repeat(2)
    }
    fn label(&self) -> String {
        "double String".into()
    }
}
impl Transform<f64> for Double {
    fn apply(&self, x: f64) -> f64 {
        x * 2.0
    }
    fn label(&self) -> String {
        "double f64".into()
    }
}
impl<N: Copy + std::ops::Add<Output = N> + Debug> Transform<N> for AddN<N> {
    fn apply(&self, x: N) -> N {
        x + self.0
    }
    fn label(&self) -> String {
        format!("add {:?}", self.0)
    }
}

trait Container {
    type Item: Debug;
    fn get(&self, i: usize) -> Option<Self::Item>;
    fn len(&self) -> usize;
}
struct Squares(usize);
struct Words(Vec<&'static str>);
impl Container for Squares {
    type Item = u64;
    fn get(&self, i: usize) -> Option<u64> {
        (i < self.0).then(|| (i * i) as u64)
    }
    fn len(&self) -> usize {
        self.0
    }
}
struct Cubes(usize);
impl Container for Cubes {
    type Item = u64;
    fn get(&self, i: usize) -> Option<u64> {
        (i < self.0).then(|| (i * i * i) as u64)
    }
    fn len(&self) -> usize {
        self.0
    }
}
impl Container for Words {
    type Item = String;
    fn get(&self, i: usize) -> Option<String> {
        self.0.get(i).map(|s| s.to_uppercase())
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

fn dump<I: Debug>(c: &dyn Container<Item = I>) -> Vec<I> {
    (0..c.len() + 1).filter_map(|i| c.get(i)).collect()
}

trait Visitor<R> {
    fn visit_num(&mut self, n: i64) -> R;
    fn visit_text(&mut self, s: &str) -> R;
}
enum Val {
    Num(i64),
    Text(&'static str),
}
fn walk<R>(vals: &[Val], v: &mut dyn Visitor<R>) -> Vec<R> {
    vals.iter()
        .map(|x| match x {
            Val::Num(n) => v.visit_num(*n),
            Val::Text(s) => v.visit_text(s),
        })
        .collect()
}
struct Summer(i64);
impl Visitor<i64> for Summer {
    fn visit_num(&mut self, n: i64) -> i64 {
        self.0 += n;
        self.0
    }
    fn visit_text(&mut self, s: &str) -> i64 {
        self.0 += s.len() as i64;
        self.0
    }
}
struct Printer;
impl Visitor<String> for Printer {
    fn visit_num(&mut self, n: i64) -> String {
        format!("#{n}")
    }
    fn visit_text(&mut self, s: &str) -> String {
        format!("'{s}'")
    }
}

fn main() {
    let ti: Vec<Box<dyn Transform<i32>>> =
        vec![Box::new(Double), Box::new(AddN(5)), Box::new(AddN(-100))];
    let ts: Vec<Box<dyn Transform<String>>> = vec![Box::new(Double)];
    let tf: Vec<Box<dyn Transform<f64>>> = vec![Box::new(Double), Box::new(AddN(0.25))];
    let tu: Vec<Box<dyn Transform<u8>>> = vec![Box::new(AddN(1u8)), Box::new(AddN(2u8))];
    for t in black_box(&ti) {
        println!("{}: {}", t.label(), t.apply(black_box(21)));
    }
    for t in &ts {
        println!("{}: {}", t.label(), t.apply("ab".to_string()));
    }
    for t in &tf {
        println!("{}: {}", t.label(), t.apply(1.5));
    }
    println!("u8 chain: {}", tu.iter().fold(250u8, |acc, t| t.apply(acc)));

    let cs: Vec<Box<dyn Container<Item = u64>>> = vec![Box::new(Squares(5)), Box::new(Cubes(4))];
    for c in black_box(&cs) {
        println!("container len {} -> {:?}", c.len(), dump(&**c));
    }
    let w: &dyn Container<Item = String> = &Words(vec!["alpha", "beta"]);
    println!("words -> {:?}", dump(w));

    let vals = [Val::Num(3), Val::Text("hey"), Val::Num(-1), Val::Text("")];
    let mut s = Summer(0);
    println!("summer {:?}", walk(&vals, &mut s));
    println!("printer {:?}", walk(&vals, black_box(&mut Printer)));
}
