//! The demo program of `scripts/demo`: a small plugin-style application that
//! leans on trait objects the way real programs do — a registry of boxed
//! handlers, a pipeline of boxed closures, `dyn Any` downcasts, error chains
//! through `Box<dyn Error>`, `dyn Write` sinks and `&dyn Display` constants.
//! Its output is deterministic so that builds with and without reltab can be
//! compared byte for byte.

use std::any::Any;
use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::{self, Display, Write as _};
use std::io::Write;
use std::rc::Rc;
use std::sync::Arc;

const BANNER: &dyn Display = &"reltab demo";
const ANSWER: &dyn Display = &42i32;

trait Handler {
    fn name(&self) -> &str;
    fn handle(&mut self, input: i64) -> Result<i64, Box<dyn Error>>;
    fn summary(&self) -> String {
        format!("{} (no summary)", self.name())
    }
}

struct Doubler;
struct Accumulator { total: i64, seen: Vec<i64> }
struct Divider { by: i64 }

impl Handler for Doubler {
    fn name(&self) -> &str { "doubler" }
    fn handle(&mut self, input: i64) -> Result<i64, Box<dyn Error>> { Ok(input * 2) }
}

impl Handler for Accumulator {
    fn name(&self) -> &str { "accumulator" }
    fn handle(&mut self, input: i64) -> Result<i64, Box<dyn Error>> {
        self.total += input;
        self.seen.push(input);
        Ok(self.total)
    }
    fn summary(&self) -> String { format!("accumulator saw {:?}, total {}", self.seen, self.total) }
}

#[derive(Debug)]
struct DivideByZero { what: i64 }
impl Display for DivideByZero {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "cannot divide {} by zero", self.what) }
}
impl Error for DivideByZero {}

#[derive(Debug)]
struct HandlerFailed { handler: String, source: Box<dyn Error> }
impl Display for HandlerFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "handler {} failed", self.handler) }
}
impl Error for HandlerFailed {
    fn source(&self) -> Option<&(dyn Error + 'static)> { Some(self.source.as_ref()) }
}

impl Handler for Divider {
    fn name(&self) -> &str { "divider" }
    fn handle(&mut self, input: i64) -> Result<i64, Box<dyn Error>> {
        if self.by == 0 {
            return Err(Box::new(DivideByZero { what: input }));
        }
        Ok(input / self.by)
    }
}

fn run_all(handlers: &mut [Box<dyn Handler>], input: i64) -> Result<Vec<i64>, Box<dyn Error>> {
    let mut out = Vec::new();
    for h in handlers.iter_mut() {
        let name = h.name().to_string();
        let v = h.handle(input).map_err(|e| HandlerFailed { handler: name, source: e })?;
        out.push(v);
    }
    Ok(out)
}

fn describe(value: &dyn Any) -> String {
    if let Some(i) = value.downcast_ref::<i64>() {
        format!("i64 {i}")
    } else if let Some(s) = value.downcast_ref::<String>() {
        format!("string {s:?}")
    } else if let Some(v) = value.downcast_ref::<Vec<u8>>() {
        format!("bytes {v:?}")
    } else {
        "something else".to_string()
    }
}

fn main() {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{BANNER}: the answer is {ANSWER}").unwrap();

    let mut handlers: Vec<Box<dyn Handler>> =
        vec![Box::new(Doubler), Box::new(Accumulator { total: 0, seen: Vec::new() }), Box::new(Divider { by: 3 })];
    for input in [3, 10, -7] {
        writeln!(out, "input {input}: {:?}", run_all(&mut handlers, input).unwrap()).unwrap();
    }
    for h in &handlers {
        writeln!(out, "  {}", h.summary()).unwrap();
    }
    handlers.push(Box::new(Divider { by: 0 }));
    match run_all(&mut handlers, 5) {
        Ok(v) => writeln!(out, "unexpected {v:?}").unwrap(),
        Err(e) => {
            let mut chain = e.to_string();
            let mut cur = e.source();
            while let Some(s) = cur {
                write!(chain, " <- {s}").unwrap();
                cur = s.source();
            }
            writeln!(out, "error chain: {chain}").unwrap();
        }
    }

    let pipeline: Vec<Box<dyn Fn(i64) -> i64>> = vec![Box::new(|x| x + 1), Box::new(|x| x * 10), Box::new(move |x| x - 4)];
    let result = pipeline.iter().fold(2, |acc, f| f(acc));
    writeln!(out, "pipeline(2) = {result}").unwrap();

    let things: Vec<Box<dyn Any>> = vec![Box::new(7i64), Box::new(String::from("seven")), Box::new(vec![7u8, 7]), Box::new(7.0f32)];
    for t in &things {
        writeln!(out, "any: {}", describe(t.as_ref())).unwrap();
    }

    let shared: Rc<dyn Display> = Rc::new(3.5f64);
    let again = Rc::clone(&shared);
    writeln!(out, "rc: {shared} {again} same={}", Rc::ptr_eq(&shared, &again)).unwrap();
    let threaded: Arc<dyn Fn() -> String + Send + Sync> = Arc::new(|| "from a thread".to_string());
    let t2 = Arc::clone(&threaded);
    let joined = std::thread::spawn(move || t2()).join().unwrap();
    writeln!(out, "arc: {joined}").unwrap();

    let mut registry: BTreeMap<&str, Box<dyn FnMut(&mut dyn std::fmt::Write) -> fmt::Result>> = BTreeMap::new();
    registry.insert("hello", Box::new(|w| write!(w, "hello, world")));
    let mut counter = 0;
    registry.insert("count", Box::new(move |w| { counter += 1; write!(w, "called {counter} time(s)") }));
    for _ in 0..2 {
        for (name, f) in registry.iter_mut() {
            let mut s = String::new();
            f(&mut s).unwrap();
            writeln!(out, "registry {name}: {s}").unwrap();
        }
    }
    let sinks: Vec<Box<dyn Write>> = vec![Box::new(Vec::<u8>::new()), Box::new(std::io::sink())];
    let written: usize = sinks.into_iter().map(|mut s| s.write(b"twelve bytes").unwrap()).sum();
    writeln!(out, "sinks took {written} bytes").unwrap();
}
