// A cdylib through which trait objects cross only as words kept in a table
// of the library's (boundaries.rs, words_kept_in_memory_cross):
// `--cfg hand_out`: a `Box<Box<dyn Shape>>` of the library's kept as a
// `usize`, handed out as that word (a handle), and the host reads its
// vtable; `--cfg take_in`: a word from the host (the address of its
// `Box<dyn Shape>`) kept in the table and read back as a pointer, and the
// library calls through the host's vtable.
#[path = "shape.rs"]
mod shape;
#[cfg(hand_out)]
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
#[cfg(hand_out)]
use simple_shapes::Circle;
use std::sync::Mutex;

/// The library's table of words: addresses kept as integers.
static WORDS: Mutex<Vec<usize>> = Mutex::new(Vec::new());

/// Keeps `word` in the table, and returns its index.
fn keep(word: usize) -> u32 {
    let mut table = WORDS.lock().unwrap();
    table.push(word);
    (table.len() - 1) as u32
}

/// The word at `index`.
fn kept(index: u32) -> usize {
    WORDS.lock().unwrap()[index as usize]
}

/// A boxed trait object of the library's, kept as a word: its index.
#[cfg(hand_out)]
#[no_mangle]
pub extern "C" fn register_shape(r: f64) -> u32 {
    let shape: Box<Box<dyn Shape>> = Box::new(Box::new(Circle { r }));
    keep(Box::into_raw(shape) as usize)
}

/// The word kept at `index`, handed out: the host reads the vtable behind
/// it.
#[cfg(hand_out)]
#[no_mangle]
pub extern "C" fn shape_handle(index: u32) -> usize {
    kept(index)
}

/// A word from the host (the address of its `Box<dyn Shape>`), kept: its
/// index.
#[cfg(take_in)]
#[no_mangle]
pub extern "C" fn keep_word(word: usize) -> u32 {
    keep(word)
}

/// The word kept at `index`, read back as a pointer: calls through the
/// host's vtable.
#[cfg(take_in)]
#[no_mangle]
pub extern "C" fn kept_area(index: u32) -> f64 {
    let shape = unsafe { &*(kept(index) as *const Box<dyn Shape>) };
    shape.area()
}
