//! Box<dyn Error> chains: custom errors with source(), `?` conversions into Box<dyn Error + Send + Sync>, walking the chain, downcasting errors.
use std::error::Error;
use std::fmt;
use std::hint::black_box;

#[derive(Debug)]
struct ParseErr {
    line: usize,
    cause: std::num::ParseIntError,
}
impl fmt::Display for ParseErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad number on line {}", self.line)
    }
}
impl Error for ParseErr {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}

#[derive(Debug)]
struct ConfigErr {
    file: String,
    inner: Box<dyn Error + Send + Sync>,
}
impl fmt::Display for ConfigErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "config {} is invalid", self.file)
    }
}
impl Error for ConfigErr {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&*self.inner)
    }
}

#[derive(Debug)]
struct Leaf;
impl fmt::Display for Leaf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("leaf error")
    }
}
impl Error for Leaf {}

fn parse_lines(text: &str) -> Result<Vec<i64>, ParseErr> {
    text.lines()
        .enumerate()
        .map(|(i, l)| {
            l.trim().parse::<i64>().map_err(|e| ParseErr {
                line: i + 1,
                cause: e,
            })
        })
        .collect()
}

fn load(file: &str, text: &str) -> Result<i64, Box<dyn Error + Send + Sync>> {
    if text.is_empty() {
        return Err("empty input".into()); // &str -> Box<dyn Error>
    }
    if text == "leaf" {
        return Err(Box::new(Leaf));
    }
    if text == "io" {
        let e = std::io::Error::new(std::io::ErrorKind::NotFound, Leaf);
        return Err(Box::new(ConfigErr {
            file: file.to_string(),
            inner: Box::new(e),
        }));
    }
    let nums = parse_lines(text).map_err(|e| ConfigErr {
        file: file.to_string(),
        inner: Box::new(e),
    })?;
    let n: u8 = u8::try_from(nums.len() * 100).map_err(|e| format!("too many lines: {e}"))?;
    Ok(nums.iter().sum::<i64>() + n as i64)
}

fn run_all() -> Result<(), Box<dyn Error>> {
    let v = load("ok.cfg", "1\n2").map_err(|e| -> Box<dyn Error> { e })?;
    println!("ok.cfg -> {}", v);
    let w: i32 = "77".parse()?;
    println!("parsed {}", w);
    let _x: i32 = "seven".parse()?;
    println!("unreachable");
    Ok(())
}

fn chain(e: &(dyn Error + 'static)) -> Vec<String> {
    let mut out = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(s) = cur {
        out.push(s.to_string());
        cur = s.source();
    }
    out
}

fn main() {
    let cases = [
        ("a.cfg", "1\n2\n3"),
        ("b.cfg", "1\nx\n3"),
        ("c.cfg", ""),
        ("d.cfg", "leaf"),
        ("e.cfg", "io"),
        ("f.cfg", "1\n2\n3\n4"),
    ];
    for (f, t) in black_box(cases) {
        match load(f, t) {
            Ok(v) => println!("{f}: ok {v}"),
            Err(e) => {
                println!("{f}: error: {}", e);
                for (depth, c) in chain(&*e).iter().enumerate() {
                    println!("   {}chain[{}]: {}", "  ".repeat(depth), depth, c);
                }
                println!(
                    "   is ConfigErr={} is Leaf={} debug-len>0={}",
                    e.is::<ConfigErr>(),
                    e.is::<Leaf>(),
                    !format!("{e:?}").is_empty()
                );
                if let Some(ce) = e.downcast_ref::<ConfigErr>() {
                    println!("   config file field = {}", ce.file);
                    if let Some(pe) = ce.inner.downcast_ref::<ParseErr>() {
                        println!("   parse line = {} cause = {:?}", pe.line, pe.cause.kind());
                    }
                    if let Some(io) = ce.inner.downcast_ref::<std::io::Error>() {
                        println!(
                            "   io kind = {:?}, inner is Leaf = {}",
                            io.kind(),
                            io.get_ref().map(|i| i.is::<Leaf>()).unwrap_or(false)
                        );
                    }
                }
            }
        }
    }
    match run_all() {
        Ok(()) => println!("run_all ok"),
        Err(e) => println!(
            "run_all failed: {} ({:?})",
            e,
            e.source().map(|s| s.to_string())
        ),
    }
    let errs: Vec<Box<dyn Error>> = vec![
        Box::new(Leaf),
        "plain".into(),
        String::from("owned").into(),
        Box::new(std::fmt::Error),
    ];
    for e in &errs {
        println!("{} / {:?} / source is none: {}", e, e, e.source().is_none());
    }
}
