//! Writes to both stdout and stderr: eprintln!, Box<dyn Write> over stderr and stdout, a logger trait object choosing the stream; exit status 0.
use std::hint::black_box;
use std::io::{self, Write};

trait Logger {
    fn log(&self, level: u8, msg: &str);
    fn min_level(&self) -> u8;
}
struct StdoutLogger;
struct StderrLogger {
    prefix: &'static str,
}
impl Logger for StdoutLogger {
    fn log(&self, level: u8, msg: &str) {
        if level >= self.min_level() {
            println!("[out L{level}] {msg}");
        }
    }
    fn min_level(&self) -> u8 {
        1
    }
}
impl Logger for StderrLogger {
    fn log(&self, level: u8, msg: &str) {
        if level >= self.min_level() {
            eprintln!("{}[err L{level}] {msg}", self.prefix);
        }
    }
    fn min_level(&self) -> u8 {
        2
    }
}

fn main() -> io::Result<()> {
    let loggers: Vec<Box<dyn Logger>> = vec![
        Box::new(StdoutLogger),
        Box::new(StderrLogger { prefix: "!" }),
        Box::new(StderrLogger { prefix: ">>" }),
    ];
    let loggers = black_box(loggers);
    for (i, msg) in ["starting", "working", "warning: odd value", "done"]
        .iter()
        .enumerate()
    {
        for l in &loggers {
            l.log(i as u8, msg);
        }
    }
    let mut streams: Vec<(&str, Box<dyn Write>)> = vec![
        ("stdout", Box::new(io::stdout())),
        ("stderr", Box::new(io::stderr())),
        ("stderr-lock", Box::new(io::stderr().lock())),
    ];
    for (name, s) in streams.iter_mut() {
        writeln!(s, "hello from {name}: {}", 6 * 7)?;
        s.flush()?;
    }
    drop(streams);
    eprint!("partial ");
    eprintln!("line to stderr");
    println!("final line to stdout");
    Ok(())
}
