//! The native code a program's link can use, for the plugin's boundary
//! analysis (`-reltab-native-code=FILE`, plugin/src/boundary.rs).
//!
//! A declared function the module calls that is not the C library is a
//! boundary for trait objects: it could be Rust built without reltab. Most
//! are C or assembly that a crate's build script compiled (psm's stack
//! switching, which stacker hands a `&mut dyn FnMut`; zlib; SQLite). Build
//! scripts put those static archives in their output directories and tell
//! cargo, which passes every such directory to the program's rustc as
//! `-L native=DIR`. This module lists the symbols those archives define,
//! leaving out every archive with Rust code in it, so the plugin can tell C
//! from Rust by evidence, not by name.
//!
//! An archive holds Rust code when one of its objects defines a
//! Rust-mangled symbol (`_R…`, or `_ZN…17h<hash>E`) or was made by rustc
//! (`.comment` names `rustc`, from LLVM's `!llvm.ident`). Shared libraries
//! (`-l dylib=z`) are not seen here: their symbols stay a boundary, and the
//! refusal names them.

use object::read::archive::ArchiveFile;
use object::{Object, ObjectSection, ObjectSymbol};
use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The directories of `-L native=DIR` and `-L DIR` (and `all=`) in rustc's
/// arguments: where a link finds native archives.
pub fn native_dirs(args: &[OsString]) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    let mut it = args.iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = it.next() {
        let value = if arg == "-L" { it.next() } else { arg.strip_prefix("-L").map(str::to_string) };
        let Some(value) = value else { continue };
        let dir = match value.split_once('=') {
            Some(("native" | "all", dir)) => dir.to_string(),
            Some(("dependency" | "crate" | "framework", _)) => continue,
            _ => value,
        };
        dirs.push(PathBuf::from(dir));
    }
    dirs
}

/// What the archives in `dirs` define, for the plugin: the global symbols
/// of every `lib*.a` without Rust code, sorted; and the archives left out
/// as Rust.
pub fn native_symbols(dirs: &[PathBuf]) -> (BTreeSet<String>, Vec<PathBuf>) {
    let mut symbols = BTreeSet::new();
    let mut rust = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        let mut archives: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "a"))
            .collect();
        archives.sort();
        for archive in archives {
            match archive_symbols(&archive) {
                Some(found) => symbols.extend(found),
                None => rust.push(archive),
            }
        }
    }
    (symbols, rust)
}

/// The defined global symbols of an archive, or `None` when any of its
/// objects holds Rust code (or it cannot be read: then nothing is claimed).
fn archive_symbols(path: &Path) -> Option<BTreeSet<String>> {
    let data = std::fs::read(path).ok()?;
    let archive = ArchiveFile::parse(&*data).ok()?;
    let mut symbols = BTreeSet::new();
    for member in archive.members() {
        let member = member.ok()?;
        let bytes = member.data(&*data).ok()?;
        let Ok(file) = object::File::parse(bytes) else {
            // Not an object (a symbol table, LLVM bitcode, ...): bitcode
            // could be Rust, so the archive is not claimed as native.
            if bytes.starts_with(b"BC") {
                return None;
            }
            continue;
        };
        if made_by_rustc(&file) {
            return None;
        }
        // Defined and global: assembly's labels have no symbol type
        // (STT_NOTYPE), which `is_definition` does not count, so the test is
        // that the symbol is not undefined.
        for symbol in file.symbols().filter(|s| s.is_global() && !s.is_undefined()) {
            let name = symbol.name().ok()?;
            if is_rust_symbol(name) {
                return None;
            }
            symbols.insert(name.to_string());
        }
    }
    Some(symbols)
}

fn made_by_rustc(file: &object::File) -> bool {
    file.section_by_name(".comment").and_then(|s| s.data().ok()).is_some_and(|d| d.windows(5).any(|w| w == b"rustc"))
}

/// A Rust-mangled symbol: v0 (`_R` then a path tag), or legacy
/// (`_ZN…17h<16 hex digits>E`, which C++ names do not end with).
fn is_rust_symbol(name: &str) -> bool {
    let name = name.split('.').next().unwrap_or(name);
    if let Some(rest) = name.strip_prefix("_R") {
        return rest.starts_with(|c: char| c.is_ascii_uppercase());
    }
    name.starts_with("_ZN")
        && name.len() > 20
        && name.ends_with('E')
        && name[name.len() - 20..name.len() - 17] == *"17h"
        && name[name.len() - 17..name.len() - 1].bytes().all(|b| b.is_ascii_hexdigit())
}

/// Writes the plugin's file: a comment saying where the symbols come from,
/// then one symbol a line.
pub fn write_file(path: &Path, dirs: &[PathBuf], symbols: &BTreeSet<String>, rust: &[PathBuf]) -> Result<(), String> {
    let mut text = String::from("# Symbols defined by the native (C, C++, assembly) archives of this link's\n");
    text.push_str("# -L directories, written by cargo reltab for -reltab-native-code.\n");
    for dir in dirs {
        text.push_str(&format!("# searched: {}\n", dir.display()));
    }
    for archive in rust {
        text.push_str(&format!("# left out (holds Rust code): {}\n", archive.display()));
    }
    for symbol in symbols {
        text.push_str(symbol);
        text.push('\n');
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_symbols_are_told_from_c_and_cpp() {
        assert!(is_rust_symbol("_RNvCs5wcB8IZFf4e_7stacker5__grow"));
        assert!(is_rust_symbol("_ZN4core3fmt5write17h0123456789abcdefE"));
        assert!(is_rust_symbol("_ZN4core3fmt5write17h0123456789abcdefE.llvm.42"));
        assert!(!is_rust_symbol("rust_psm_on_stack"));
        assert!(!is_rust_symbol("_ZN5boost6detail4workEv"));
        assert!(!is_rust_symbol("_Rb_tree_increment"));
    }

    #[test]
    fn native_dirs_come_from_l_flags() {
        let args: Vec<OsString> =
            ["-L", "native=/a", "-Lnative=/b", "-L", "dependency=/deps", "-L", "/c", "-Lall=/d", "--crate-type", "bin"]
                .into_iter()
                .map(OsString::from)
                .collect();
        assert_eq!(native_dirs(&args), ["/a", "/b", "/c", "/d"].map(PathBuf::from));
    }

    /// An archive gcc made from C and assembly is native; one whose object
    /// rustc made is not.
    #[test]
    fn archives_are_sorted_by_what_made_them() {
        let dir = std::env::temp_dir().join(format!("cargo-reltab-native-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("c.c"), "int native_add(int a, int b) { return a + b; }\n").unwrap();
        let ok = |c: &mut std::process::Command| c.current_dir(&dir).status().is_ok_and(|s| s.success());
        assert!(ok(std::process::Command::new("cc").args(["-c", "c.c", "-o", "c.o"])), "cc");
        // Assembly's labels have no symbol type (blake3's kernels, psm).
        std::fs::write(dir.join("a.s"), ".text\n.globl asm_add\nasm_add:\n  ret\n").unwrap();
        assert!(ok(std::process::Command::new("cc").args(["-c", "a.s", "-o", "a.o"])), "as");
        assert!(ok(std::process::Command::new("ar").args(["rcs", "libc_side.a", "c.o", "a.o"])), "ar");
        std::fs::write(dir.join("r.rs"), "#[no_mangle] pub extern \"C\" fn rust_add(a: i32) -> i32 { a + 1 }\n")
            .unwrap();
        assert!(
            ok(std::process::Command::new("rustc").args(["--crate-type=staticlib", "r.rs", "-o", "librust_side.a"])),
            "rustc"
        );
        let (symbols, rust) = native_symbols(std::slice::from_ref(&dir));
        assert!(symbols.contains("native_add") && symbols.contains("asm_add"), "{symbols:?}");
        assert!(!symbols.contains("rust_add"), "{symbols:?}");
        assert_eq!(rust, [dir.join("librust_side.a")]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
