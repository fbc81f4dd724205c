//! A `log`-crate-style global logger: static OnceLock<Box<dyn Log>> (Log: Send + Sync), static &'static dyn fallback, a Mutex<Vec<Box<dyn FnMut>>> of filters, formatted through fmt::Arguments.
use std::fmt;
use std::hint::black_box;
use std::sync::{Mutex, OnceLock};

#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
enum Level {
    Debug,
    Info,
    Warn,
}

trait Log: Sync + Send {
    fn enabled(&self, l: Level) -> bool;
    fn log(&self, l: Level, args: fmt::Arguments<'_>);
    fn flush(&self) {}
}

struct NopLogger;
impl Log for NopLogger {
    fn enabled(&self, _: Level) -> bool {
        false
    }
    fn log(&self, _: Level, _: fmt::Arguments<'_>) {}
}

struct BufferLogger {
    min: Level,
    lines: Mutex<Vec<String>>,
}
impl Log for BufferLogger {
    fn enabled(&self, l: Level) -> bool {
        l >= self.min
    }
    fn log(&self, l: Level, args: fmt::Arguments<'_>) {
        self.lines
            .lock()
            .unwrap()
            .push(format!("{:<5} {}", format!("{:?}", l), args));
    }
    fn flush(&self) {
        for line in self.lines.lock().unwrap().drain(..) {
            println!("{line}");
        }
    }
}

static NOP: NopLogger = NopLogger;
static FALLBACK: &dyn Log = &NOP;
static LOGGER: OnceLock<Box<dyn Log>> = OnceLock::new();
static FILTERS: Mutex<Vec<Box<dyn FnMut(&str) -> bool + Send>>> = Mutex::new(Vec::new());

fn logger() -> &'static dyn Log {
    match LOGGER.get() {
        Some(l) => &**l,
        None => FALLBACK,
    }
}

macro_rules! log {
    ($lvl:expr, $($arg:tt)*) => {{
        let l = logger();
        if l.enabled($lvl) {
            let text = format!($($arg)*);
            let pass = FILTERS.lock().unwrap().iter_mut().all(|f| f(&text));
            if pass {
                l.log($lvl, format_args!("{}", text));
            }
        }
    }};
}

fn main() {
    log!(Level::Warn, "before init: goes to fallback {}", 1);
    println!("fallback enabled(Warn) = {}", logger().enabled(Level::Warn));
    let installed = LOGGER.set(Box::new(BufferLogger {
        min: Level::Info,
        lines: Mutex::new(Vec::new()),
    }));
    println!("installed: {}", installed.is_ok());
    let again = LOGGER.set(Box::new(NopLogger));
    println!("second install rejected: {}", again.is_err());
    let mut seen = 0u32;
    FILTERS.lock().unwrap().push(Box::new(move |s| {
        seen += 1;
        !s.contains("secret") || seen > 100
    }));
    FILTERS.lock().unwrap().push(Box::new(|s| s.len() < 40));
    for i in 0..black_box(6) {
        match i % 3 {
            0 => log!(Level::Debug, "debug {i}"),
            1 => log!(Level::Info, "info {i} value={:.2}", i as f64 / 3.0),
            _ => log!(
                Level::Warn,
                "warn {i} {}",
                if i == 5 { "secret" } else { "public" }
            ),
        }
    }
    log!(
        Level::Warn,
        "this line is far too long to pass the length filter {}",
        0
    );
    logger().flush();
    let t = std::thread::spawn(|| {
        log!(Level::Info, "from a thread");
        logger().enabled(Level::Debug)
    });
    println!("thread: debug enabled = {}", t.join().unwrap());
    logger().flush();
}
