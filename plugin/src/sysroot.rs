//! What reltab knows of the precompiled sysroot (std, core, alloc and the
//! other crates rustup ships as compiled code): the facts the audits
//! (audit.rs, audit_layouts.rs) rest on, reviewed by hand, in one place.
//!
//! * which toolchains were audited, per audit: read from `audit/*.json` at
//!   build time, and from the audit cache at run time ([`Audits`]);
//! * the hand-written tables of functions the indirect-call audit accepts;
//! * the vtable reads no analysis can see, taken for vtable reads;
//! * the crates no audit covers, and the allocator's entry points.
//!
//! A new entry here is a review: say why it is what it is, in the entry.

use reltab_report::audit::{record_file_name, AuditRecord, AuditSource, ToolchainAudit};

/// Hand-written tables of functions in the sysroot, reviewed: (function
/// whose demangled name starts with this, offset of the callee's read or
/// `None` for a computed offset, why it is not a vtable).
pub const KNOWN_TABLES: &[(&str, Option<u64>, &str)] = &[
    (
        "core::fmt::write",
        None,
        "core::fmt::rt::Argument: the formatter function pointer of the i-th formatting argument",
    ),
    (
        "std::sys::thread_local::guard::key::enable::run",
        None,
        "the registered thread-local destructors, a Vec<(*mut u8, unsafe extern fn(*mut u8))>",
    ),
];

/// Vtable reads of the sysroot that no analysis can see (the vtable pointer
/// comes from memory and the read lost its `!invariant.load`), reviewed: the
/// census takes an unmarked pointer read at this offset whose value is
/// called, in a function not compiled with reltab whose demangled name starts
/// with this, for a vtable read, and it is converted.
pub const AUDITED_VTABLE_READS: &[(&str, u64, &str)] = &[
    (
        "core::iter::adapters::try_process::<core::iter::adapters::filter_map::FilterMap<core::ops::range::Range<usize>, \
         test::term::terminfo::parser::compiled::parse::{closure#2}>,",
        64,
        TERMINFO_READ_EXACT,
    ),
    (
        "core::iter::adapters::try_process::<core::iter::adapters::map::Map<core::ops::range::Range<usize>, \
         test::term::terminfo::parser::compiled::parse::{closure#3}>,",
        64,
        TERMINFO_READ_EXACT,
    ),
];

const TERMINFO_READ_EXACT: &str = "libtest's terminfo parser reads the terminfo file through a `&mut dyn io::Read` \
                                   kept in its closures: `read_exact`, slot 5 of `dyn Read`, called right away";

/// Whether the census takes an unmarked read at `offset` whose value is
/// called, in a function not compiled with reltab whose demangled name `name`
/// gives, for a vtable read.
pub fn is_audited_vtable_read(offset: u64, name: impl FnOnce() -> String) -> bool {
    if !AUDITED_VTABLE_READS.iter().any(|read| read.1 == offset) {
        return false;
    }
    let name = name();
    AUDITED_VTABLE_READS.iter().any(|(prefix, at, _)| *at == offset && name.starts_with(prefix))
}

/// The compilers (`!llvm.ident`, e.g. `rustc version 1.97.0-nightly
/// (e50aa6fba 2026-05-19)`) whose sysroot's indirect calls were audited with
/// 0 unknown (audit.rs): `audit/*.json`, written by `cargo reltab audit`,
/// read at build time. Any layout needs this at fat LTO.
pub const CALLS_AUDITED_TOOLCHAINS: &[&str] = include!(concat!(env!("OUT_DIR"), "/audited_toolchains.rs"));

/// The compilers whose sysroot's allocator calls were audited with 0 unknown
/// layout (audit_layouts.rs; `layouts` in `audit/*.json`). The compact
/// layout needs this too at fat LTO.
pub const LAYOUTS_AUDITED_TOOLCHAINS: &[&str] = include!(concat!(env!("OUT_DIR"), "/layouts_audited_toolchains.rs"));

/// The plugin's audit rules: a hash of its sources (build.rs). The audit
/// (`opt -passes=reltab-audit`) writes it into its record, and a record in
/// the audit cache counts only when it is this: the classification is the
/// plugin's code, and a record made by other code may have been made by
/// other rules.
pub const AUDIT_RULES: &str = include!(concat!(env!("OUT_DIR"), "/audit_rules.rs"));

/// Where the plugin looks for what it knows of a compiler's sysroot: the
/// audits compiled into it, then the audit cache (`-reltab-audit-cache`),
/// where `cargo reltab` records the audits it makes of other toolchains.
///
/// Trusting a cached record is trusting the audit that made it, as trusting
/// `audit/*.json` is: it counts only when made by this plugin's rules
/// ([`AUDIT_RULES`]) for this very compiler (its `compilers`, from the
/// audited bitcode's own `!llvm.ident`), and only with 0 unknown.
pub struct Audits {
    cache: Option<std::path::PathBuf>,
    /// `-reltab-forget-audit` (testing): compiled-in audits of compilers
    /// whose name contains this are ignored.
    forget: Option<String>,
}

impl Audits {
    pub fn new(options: &crate::host::Options) -> Audits {
        Audits { cache: options.audit_cache.clone(), forget: options.forget_audit.clone() }
    }

    pub fn cache(&self) -> Option<&std::path::Path> {
        self.cache.as_deref()
    }

    /// What the plugin knows of `compiler`'s sysroot.
    pub fn of(&self, compiler: &str) -> ToolchainAudit {
        let forgotten = self.forget.as_deref().is_some_and(|f| compiler.contains(f));
        if !forgotten && CALLS_AUDITED_TOOLCHAINS.contains(&compiler) {
            return ToolchainAudit {
                compiler: compiler.to_string(),
                calls_audited: true,
                layouts_audited: LAYOUTS_AUDITED_TOOLCHAINS.contains(&compiler),
                source: AuditSource::CompiledIn,
            };
        }
        let cached = self.cache.as_ref().map(|dir| dir.join(record_file_name(compiler))).and_then(|path| {
            let record: AuditRecord = reltab_report::read_json(&path, "cached audit").ok()?;
            let ours =
                record.rules.as_deref() == Some(AUDIT_RULES) && record.calls.compilers.iter().any(|c| c == compiler);
            ours.then_some((path, record))
        });
        match cached {
            Some((path, record)) => ToolchainAudit {
                compiler: compiler.to_string(),
                calls_audited: record.calls.unknown == 0,
                layouts_audited: record.calls.unknown == 0 && record.layouts.is_some_and(|l| l.unknown == 0),
                source: AuditSource::Cache(path.display().to_string()),
            },
            None => ToolchainAudit {
                compiler: compiler.to_string(),
                calls_audited: false,
                layouts_audited: false,
                source: AuditSource::None,
            },
        }
    }

    /// The audits compiled into the plugin and not forgotten, for messages.
    pub fn compiled_in(&self) -> Vec<&'static str> {
        let forgotten = |c: &&str| self.forget.as_deref().is_some_and(|f| c.contains(f));
        CALLS_AUDITED_TOOLCHAINS.iter().copied().filter(|c| !forgotten(c)).collect()
    }
}

/// The sysroot crates the audit does not cover: proc_macro's bridge calls
/// through tables of functions it builds itself, and it is only linked into
/// proc-macro crates, which are never part of a fat-LTO program. At fat LTO
/// a module with live code of these crates is refused.
pub const NOT_AUDITED_CRATES: &[&str] = &["proc_macro"];

/// The allocator's entry points (names end with these; rustc mangles them
/// with its `__rustc` pseudo-crate) and the positions of their size and
/// align arguments.
pub const ALLOCATOR: &[(&str, u32, u32)] =
    &[("__rust_alloc", 0, 1), ("__rust_alloc_zeroed", 0, 1), ("__rust_dealloc", 1, 2), ("__rust_realloc", 1, 2)];

/// alloc's generic functions (compiled into the crates that allocate) that
/// make a pointer of a word: the dangling pointer of an empty allocation,
/// made from its alignment (`ptr::without_provenance(align)`). Nothing is
/// read through it, so casts.rs does not record them as pointers made of
/// words. Reviewed on nightly 1.97's alloc; another toolchain's other names
/// are recorded, which refuses more, never less.
pub const ALIGNMENT_POINTERS: &[&str] =
    &["<alloc::alloc::Global>::alloc_impl_runtime", "<alloc::raw_vec::RawVecInner>::try_allocate_in"];

/// The reviewed reason why `function`'s callee, read at `offset` (`None`: a
/// computed offset), comes from a hand-written table, when it does.
pub fn known_table(function_name: &str, offset: Option<u64>) -> Option<&'static str> {
    KNOWN_TABLES.iter().find(|(prefix, at, _)| *at == offset && function_name.starts_with(prefix)).map(|t| t.2)
}

/// The C library's functions: glibc's (libc, libm, libdl, librt,
/// libpthread, libutil, the unwinder) and every one std declares
/// (`audit/c-functions.txt`, which says how it was made). C code neither
/// makes nor reads Rust vtables, so calls to these are not a boundary for
/// trait objects (boundary.rs).
const C_FUNCTIONS: &str = include_str!("../../audit/c-functions.txt");

fn c_functions() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| C_FUNCTIONS.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
}

/// CPython's C API (extension modules built with PyO3 call it, and read
/// its data: the exception types `PyExc_*`, `_Py_NoneStruct`, the type
/// objects `Py*_Type`): C, like the above.
const CPYTHON_API_PREFIXES: &[&str] = &["Py", "_Py"];

/// The C globals std declares.
const KNOWN_C_GLOBALS: &[&str] = &["environ", "__dso_handle"];

/// Whether a declared global is C data that std or CPython provides. C data
/// holds no Rust vtable the module did not put there itself, and C code
/// reads none: the argument of the C library's functions (boundary.rs).
pub fn is_known_c_global(name: &str) -> bool {
    KNOWN_C_GLOBALS.contains(&name) || CPYTHON_API_PREFIXES.iter().any(|p| name.starts_with(p))
}

/// Whether a declared function is C code that std or CPython provides.
/// A versioned reference names the C library's function of that version
/// (the libc crate links `cfsetspeed@GLIBC_2.2.5` and a hundred more so):
/// the version nodes of glibc (`GLIBC_`) and of its unwinder (`GCC_`) are
/// defined by those libraries only, so the name before the `@` is theirs.
pub fn is_known_c_function(name: &str) -> bool {
    let name = c_library_symbol(name).unwrap_or(name);
    c_functions().contains(name) || CPYTHON_API_PREFIXES.iter().any(|p| name.starts_with(p))
}

/// `cfsetspeed` of `cfsetspeed@GLIBC_2.2.5` (or `@@`, the default version):
/// a reference to a symbol version of the C library or its unwinder.
fn c_library_symbol(name: &str) -> Option<&str> {
    let (symbol, version) = name.split_once('@')?;
    let version = version.strip_prefix('@').unwrap_or(version);
    (version.starts_with("GLIBC_") || version.starts_with("GCC_")).then_some(symbol)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versioned_c_library_references() {
        assert!(is_known_c_function("cfsetspeed@GLIBC_2.2.5"));
        assert!(is_known_c_function("memcpy@@GLIBC_2.14"));
        assert!(is_known_c_function("_Unwind_Resume@GCC_3.0"));
        // Another library's version node, or a name glibc does not define.
        assert!(!is_known_c_function("cfsetspeed@MYLIB_1.0"));
        assert!(!is_known_c_function("plugin_entry@GLIBC_2.2.5"));
    }
}
