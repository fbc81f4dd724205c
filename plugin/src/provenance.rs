//! Where a function's code came from, read off its symbol.
//!
//! At fat LTO the module holds three kinds of code: crates compiled with
//! reltab (their functions carry the attribute [`PROTECTED_ATTRIBUTE`], and
//! their vtable loads were protected before their own optimization),
//! the precompiled sysroot (std, core, alloc and their dependencies: a fixed
//! body of code per toolchain, covered by analysis), and anything else — a
//! crate compiled without reltab, whose optimizer may have turned vtable
//! loads into plain loads no analysis can recognize (docs/design.md, step 2).
//!
//! The crate of a Rust symbol: v0 symbols (`_R...`) of generic instances end
//! with the instantiating crate; otherwise the first crate root of the path is
//! the defining crate. Legacy symbols (`_ZN...`) start with the crate.

/// Function attribute put on every function of a crate compiled with reltab.
pub const PROTECTED_ATTRIBUTE: &str = "reltab-protected";

/// The crates of the precompiled sysroot (std and what it links).
pub const SYSROOT_CRATES: &[&str] = &[
    "std",
    "core",
    "alloc",
    "compiler_builtins",
    "panic_unwind",
    "panic_abort",
    "unwind",
    "libc",
    "hashbrown",
    "rustc_std_workspace_core",
    "rustc_std_workspace_alloc",
    "rustc_std_workspace_std",
    "std_detect",
    "rustc_demangle",
    "addr2line",
    "gimli",
    "object",
    "memchr",
    "miniz_oxide",
    "adler2",
    "cfg_if",
    "proc_macro",
    "test",
    "getopts",
    "profiler_builtins",
    // rustc's pseudo-crate of std-internal symbols (`__rustc::__rust_start_panic`).
    "__rustc",
];

pub use reltab_report::Origin;

/// Where the code of function `f` came from.
pub fn function_origin(f: crate::llvm::Value) -> Origin {
    // (Most functions are protected: their names are not copied.)
    if f.has_string_attribute(PROTECTED_ATTRIBUTE) {
        return Origin::Protected;
    }
    origin(false, f.name().as_deref())
}

pub fn origin(protected: bool, symbol: Option<&str>) -> Origin {
    if protected {
        return Origin::Protected;
    }
    match symbol.and_then(symbol_crate) {
        Some(c) if SYSROOT_CRATES.contains(&c.as_str()) => Origin::Sysroot,
        Some(_) => Origin::UnprotectedRust,
        None => Origin::Foreign,
    }
}

/// The crate a Rust symbol's code belongs to, if it is a Rust symbol.
pub fn symbol_crate(symbol: &str) -> Option<String> {
    if let Some(v0) = symbol.strip_prefix("_R") {
        // Drop LLVM's suffixes (`.llvm.123`, `.cold`); v0 has no dots.
        let v0 = v0.split('.').next().unwrap_or(v0);
        return instantiating_crate(v0).or_else(|| first_crate_root(v0));
    }
    let legacy = symbol.strip_prefix("_ZN")?;
    let (len, rest) = split_decimal(legacy)?;
    let first = rest.get(..len)?;
    // `_$LT$krate..Type$u20$as$u20$...` for impls: the first path inside.
    let first = first.strip_prefix("_$LT$").unwrap_or(first);
    let name: String = first.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    (!name.is_empty()).then_some(name)
}

fn split_decimal(s: &str) -> Option<(usize, &str)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    Some((s[..digits].parse().ok()?, &s[digits..]))
}

/// A v0 crate root `C [s <base62> _] <decimal> <ident>` at the start of `s`:
/// returns the crate name and what follows.
fn crate_root_at(s: &str) -> Option<(&str, &str)> {
    let mut rest = s.strip_prefix('C')?;
    if let Some(after_s) = rest.strip_prefix('s') {
        let end = after_s.find('_')?;
        if !after_s[..end].bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        rest = &after_s[end + 1..];
    }
    let (len, rest) = split_decimal(rest)?;
    let rest = rest.strip_prefix('_').unwrap_or(rest);
    let name = rest.get(..len)?;
    (!name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')).then(|| (name, &rest[len..]))
}

/// The trailing crate root of a generic instance: the crate it was
/// instantiated (and compiled) in.
fn instantiating_crate(v0: &str) -> Option<String> {
    // Try every 'C' from the right whose crate root spans to the very end.
    for (i, _) in v0.match_indices('C').collect::<Vec<_>>().into_iter().rev() {
        if let Some((name, "")) = crate_root_at(&v0[i..]) {
            return Some(name.to_string());
        }
    }
    None
}

fn first_crate_root(v0: &str) -> Option<String> {
    (0..v0.len())
        .filter(|&i| v0.as_bytes()[i] == b'C')
        .find_map(|i| crate_root_at(&v0[i..]).map(|(n, _)| n.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v0_defining_crate() {
        assert_eq!(symbol_crate("_RNvXCs8m1JLeFJPj7_5helloNtB2_2SqNtB2_5Shape4area").as_deref(), Some("hello"));
        assert_eq!(symbol_crate("_RNvNtCsi4IsKQVxMg0_3std2rt19lang_start_internal").as_deref(), Some("std"));
    }

    #[test]
    fn v0_instantiating_crate_wins() {
        // std::rt::lang_start's closure, instantiated in `hello`.
        assert_eq!(
            symbol_crate("_RNCINvNtCsi4IsKQVxMg0_3std2rt10lang_startuE0Cs8m1JLeFJPj7_5hello").as_deref(),
            Some("hello")
        );
    }

    #[test]
    fn legacy_symbols() {
        assert_eq!(symbol_crate("_ZN3std2rt19lang_start_internal17h0123456789abcdefE").as_deref(), Some("std"));
        assert_eq!(
            symbol_crate("_ZN48_$LT$census..Circle$u20$as$u20$census..Shape$GT$4area17h0123E").as_deref(),
            Some("census")
        );
    }

    #[test]
    fn origins() {
        assert_eq!(origin(true, Some("_RNvCs1_3app4main")), Origin::Protected);
        assert_eq!(origin(false, Some("_RNvNtCsi4IsKQVxMg0_4core3fmt5write")), Origin::Sysroot);
        assert_eq!(origin(false, Some("_RNvCs8m1JLeFJPj7_5hello4main")), Origin::UnprotectedRust);
        assert_eq!(origin(false, Some("main")), Origin::Foreign);
        assert_eq!(origin(false, None), Origin::Foreign);
    }
}
