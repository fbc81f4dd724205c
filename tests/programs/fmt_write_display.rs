//! std formatting through trait objects: &dyn Display/Debug with width/precision flags, dyn fmt::Write and dyn io::Write targets, write!/format!/format_args!.
use std::fmt::{self, Debug, Display, Write as FmtWrite};
use std::hint::black_box;
use std::io::{self, Write as IoWrite};

struct Money {
    cents: i64,
}
impl Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = format!("${}.{:02}", self.cents / 100, self.cents % 100);
        f.pad(&s)
    }
}
impl Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Money").field("cents", &self.cents).finish()
    }
}

struct Matrix([[i32; 3]; 2]);
impl Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in &self.0 {
            for (i, v) in row.iter().enumerate() {
                if i > 0 {
                    f.write_char(' ')?;
                }
                if let Some(w) = f.width() {
                    write!(f, "{:>w$}", v, w = w)?;
                } else {
                    write!(f, "{}", v)?;
                }
            }
            f.write_str(";")?;
        }
        Ok(())
    }
}

// A custom fmt::Write sink that counts and upper-cases.
struct Upper {
    out: String,
    calls: usize,
}
impl fmt::Write for Upper {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.calls += 1;
        self.out.push_str(&s.to_uppercase());
        Ok(())
    }
}

// An io::Write sink that records the chunk sizes.
struct Chunks {
    buf: Vec<u8>,
    sizes: Vec<usize>,
}
impl io::Write for Chunks {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.sizes.push(b.len());
        self.buf.extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn render_all(items: &[&dyn Display], out: &mut dyn FmtWrite) -> fmt::Result {
    for (i, it) in items.iter().enumerate() {
        write!(out, "[{i}:{it}|{it:>12}|{it:<12}|{it:^12}]")?;
    }
    Ok(())
}

fn main() -> io::Result<()> {
    const PI: &dyn Display = &3.14159f64;
    let m = Money { cents: 12345 };
    let mx = Matrix([[1, -2, 3], [40, 5, -600]]);
    let owned = String::from("owned");
    let items: Vec<&dyn Display> = vec![&m, &42i32, &"str", &'c', &mx, PI, &true, &owned];
    let items = black_box(items);
    for it in &items {
        println!("{} | {:>14} | {:<14}| {:^14} |", it, it, it, it);
    }
    println!("{:8.3} {:+} {:e}", 2.0f64 / 3.0, 5, 1234.5f64);
    println!("matrix wide: {:4}", mx);

    let mut s = String::new();
    render_all(&items, &mut s).unwrap();
    println!("string sink: {}", s);
    let mut up = Upper {
        out: String::new(),
        calls: 0,
    };
    render_all(&items[..3], &mut up).unwrap();
    println!("upper sink ({} calls): {}", up.calls, up.out);

    let v123 = vec![1, 2, 3];
    let dbg: Vec<&dyn Debug> = vec![&m, &v123, &Some("x"), &(1, 'a', 2.5), &m as &dyn Debug];
    for d in black_box(&dbg) {
        println!("{:?}", d);
        println!("{:#?}", d);
    }

    let mut chunks = Chunks {
        buf: Vec::new(),
        sizes: Vec::new(),
    };
    {
        let w: &mut dyn IoWrite = &mut chunks;
        write!(w, "hello {} and {:?}", m, mx.0)?;
        writeln!(w, " / {}", format_args!("{}-{}", 1, 2))?;
        w.write_all(b"raw bytes\n")?;
        w.flush()?;
    }
    println!(
        "chunks: n={} total={}",
        chunks.sizes.len(),
        chunks.buf.len()
    );
    print!("{}", String::from_utf8_lossy(&chunks.buf));

    let mut sinks: Vec<Box<dyn IoWrite>> = vec![
        Box::new(Vec::<u8>::new()),
        Box::new(io::sink()),
        Box::new(io::Cursor::new(vec![0u8; 4])),
    ];
    for (i, s) in sinks.iter_mut().enumerate() {
        writeln!(s, "sink {} {}", i, m)?;
    }
    let stdout = io::stdout();
    let mut lock: Box<dyn IoWrite> = Box::new(stdout.lock());
    writeln!(lock, "through Box<dyn Write> of StdoutLock: {}", m)?;
    lock.flush()?;
    drop(lock);
    let joined = items
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join(",");
    println!("to_string via dyn: {}", joined);
    Ok(())
}
