//! std::io through trait objects: Box<dyn Read>/Box<dyn BufRead> sources, Read::chain/take adapters, dyn Seek, copying between &mut dyn Read and &mut dyn Write.
use std::hint::black_box;
use std::io::{self, BufRead, BufReader, Cursor, Read, Seek, SeekFrom, Write};

struct Repeater {
    byte: u8,
    left: usize,
}
impl Read for Repeater {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = buf.len().min(self.left).min(3); // short reads on purpose
        for b in &mut buf[..n] {
            *b = self.byte;
        }
        self.left -= n;
        Ok(n)
    }
}

struct Rot13<R>(R);
impl<R: Read> Read for Rot13<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.0.read(buf)?;
        for b in &mut buf[..n] {
            *b = match *b {
                b'a'..=b'z' => (*b - b'a' + 13) % 26 + b'a',
                b'A'..=b'Z' => (*b - b'A' + 13) % 26 + b'A',
                x => x,
            };
        }
        Ok(n)
    }
}

trait ReadSeek: Read + Seek {}
impl<T: Read + Seek> ReadSeek for T {}

fn sources() -> Vec<(&'static str, Box<dyn Read>)> {
    vec![
        (
            "cursor",
            Box::new(Cursor::new(b"hello world\nsecond line\n".to_vec())),
        ),
        ("slice", Box::new(&b"static bytes"[..])),
        (
            "repeater",
            Box::new(Repeater {
                byte: b'z',
                left: 10,
            }),
        ),
        ("rot13", Box::new(Rot13(Cursor::new("Uryyb, Jbeyq!")))),
        (
            "chain",
            Box::new(
                Cursor::new("ab")
                    .chain(Repeater {
                        byte: b'-',
                        left: 4,
                    })
                    .chain(&b"cd"[..]),
            ),
        ),
        (
            "take",
            Box::new(
                Repeater {
                    byte: b'q',
                    left: 100,
                }
                .take(7),
            ),
        ),
        ("empty", Box::new(io::empty())),
        (
            "boxed-twice",
            Box::new(Box::new(Cursor::new("inner")) as Box<dyn Read>),
        ),
    ]
}

fn main() -> io::Result<()> {
    for (name, mut r) in black_box(sources()) {
        let mut s = String::new();
        r.read_to_string(&mut s)?;
        println!("{name:>12}: {:?} ({} bytes)", s, s.len());
    }
    let text = "alpha\nbeta\n\ngamma delta\nlast-no-newline";
    let readers: Vec<Box<dyn BufRead>> = vec![
        Box::new(Cursor::new(text)),
        Box::new(BufReader::with_capacity(
            4,
            Repeater {
                byte: b'y',
                left: 9,
            }
            .chain(Cursor::new("\nend")),
        )),
    ];
    for (i, r) in readers.into_iter().enumerate() {
        let lines: Vec<String> = r.lines().collect::<io::Result<_>>()?;
        println!("bufread {i}: {:?}", lines);
    }
    let mut seekable: Box<dyn ReadSeek> = Box::new(Cursor::new(b"0123456789".to_vec()));
    let mut buf = [0u8; 3];
    seekable.seek(SeekFrom::Start(4))?;
    seekable.read_exact(&mut buf)?;
    println!("after seek 4: {:?}", std::str::from_utf8(&buf).unwrap());
    let pos = seekable.seek(SeekFrom::End(-2))?;
    seekable.read_exact(&mut buf[..2])?;
    println!(
        "end-2 at {pos}: {:?}",
        std::str::from_utf8(&buf[..2]).unwrap()
    );
    let pos = seekable.stream_position()?;
    println!("stream position {pos}");

    let mut src: Box<dyn Read> = Box::new(Rot13(Repeater {
        byte: b'n',
        left: 11,
    }));
    let mut sink: Vec<u8> = Vec::new();
    let n = {
        let r: &mut dyn Read = &mut *src;
        let w: &mut dyn Write = &mut sink;
        io::copy(r, w)?
    };
    println!("copied {n} bytes: {:?}", String::from_utf8(sink).unwrap());
    let mut bytes = 0;
    for b in Cursor::new("bytes!").bytes() {
        bytes += b? as u32;
    }
    println!("byte sum {bytes}");
    Ok(())
}
