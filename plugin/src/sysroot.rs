//! What reltab knows of the precompiled sysroot (std, core, alloc and the
//! other crates rustup ships as compiled code): the facts the audits
//! (audit.rs, audit_layouts.rs) rest on, reviewed by hand, in one place.
//!
//! * which toolchains were audited, per audit (read from `audit/*.json` at
//!   build time);
//! * the hand-written tables of functions the indirect-call audit accepts;
//! * the vtable reads no analysis can see, taken for vtable reads;
//! * the crates no audit covers, and the allocator's entry points.
//!
//! A new entry here is a review: say why it is what it is, in the entry.

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
/// 0 unknown (audit.rs): `audit/*.json`, written by `scripts/audit-std`, read
/// at build time. Any layout needs this at fat LTO.
pub const CALLS_AUDITED_TOOLCHAINS: &[&str] = include!(concat!(env!("OUT_DIR"), "/audited_toolchains.rs"));

/// The compilers whose sysroot's allocator calls were audited with 0 unknown
/// layout (audit_layouts.rs; `layouts` in `audit/*.json`). The compact
/// layout needs this too at fat LTO.
pub const LAYOUTS_AUDITED_TOOLCHAINS: &[&str] = include!(concat!(env!("OUT_DIR"), "/layouts_audited_toolchains.rs"));

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

/// The reviewed reason why `function`'s callee, read at `offset` (`None`: a
/// computed offset), comes from a hand-written table, when it does.
pub fn known_table(function_name: &str, offset: Option<u64>) -> Option<&'static str> {
    KNOWN_TABLES.iter().find(|(prefix, at, _)| *at == offset && function_name.starts_with(prefix)).map(|t| t.2)
}

/// The C functions std declares (libc, libpthread, libdl, the unwinder): every
/// declaration of a fat-LTO module of nightly 1.97 and stable 1.95 that uses
/// threads, files, processes, sockets and panics, and declares nothing
/// else. C code neither makes nor reads Rust vtables, so calls to these are
/// not a boundary for trait objects (boundary.rs). Sorted.
pub const KNOWN_C_FUNCTIONS: &[&str] = &[
    "_Unwind_Backtrace",
    "_Unwind_DeleteException",
    "_Unwind_FindEnclosingFunction",
    "_Unwind_GetCFA",
    "_Unwind_GetDataRelBase",
    "_Unwind_GetIP",
    "_Unwind_GetIPInfo",
    "_Unwind_GetLanguageSpecificData",
    "_Unwind_GetRegionStart",
    "_Unwind_GetTextRelBase",
    "_Unwind_RaiseException",
    "_Unwind_SetGR",
    "_Unwind_SetIP",
    "__cxa_thread_atexit_impl",
    "__errno_location",
    "__res_init",
    "__xpg_strerror_r",
    "_exit",
    "abort",
    "accept4",
    "bcmp",
    "bind",
    "calloc",
    "chdir",
    "chmod",
    "chown",
    "chroot",
    "clock_gettime",
    "clock_nanosleep",
    "close",
    "closedir",
    "connect",
    "copy_file_range",
    "dirfd",
    "dl_iterate_phdr",
    "dlsym",
    "dup",
    "dup2",
    "execvp",
    "exit",
    "fchmod",
    "fchown",
    "fcntl",
    "fdatasync",
    "fdopendir",
    "flock",
    "fork",
    "free",
    "freeaddrinfo",
    "fstat64",
    "fstatat64",
    "fsync",
    "ftruncate64",
    "futimens",
    "gai_strerror",
    "getaddrinfo",
    "getauxval",
    "getcwd",
    "getenv",
    "gethostname",
    "getpeername",
    "getpid",
    "getppid",
    "getpwuid_r",
    "getrandom",
    "getsockname",
    "getsockopt",
    "gettid",
    "getuid",
    "gnu_get_libc_version",
    "ioctl",
    "kill",
    "killpg",
    "lchown",
    "linkat",
    "listen",
    "lseek64",
    "lstat64",
    "malloc",
    "memcmp",
    "mkdir",
    "mkfifo",
    "mmap64",
    "mprotect",
    "munmap",
    "open64",
    "openat64",
    "opendir",
    "pause",
    "pidfd_getpid",
    "pidfd_spawnp",
    "pipe2",
    "poll",
    "posix_memalign",
    "posix_spawn_file_actions_addchdir",
    "posix_spawn_file_actions_addchdir_np",
    "posix_spawn_file_actions_adddup2",
    "posix_spawn_file_actions_destroy",
    "posix_spawn_file_actions_init",
    "posix_spawnattr_destroy",
    "posix_spawnattr_init",
    "posix_spawnattr_setflags",
    "posix_spawnattr_setpgroup",
    "posix_spawnattr_setsigdefault",
    "posix_spawnp",
    "pread64",
    "preadv",
    "pthread_attr_destroy",
    "pthread_attr_getguardsize",
    "pthread_attr_getstack",
    "pthread_attr_init",
    "pthread_attr_setstacksize",
    "pthread_create",
    "pthread_detach",
    "pthread_getattr_np",
    "pthread_join",
    "pthread_key_create",
    "pthread_key_delete",
    "pthread_self",
    "pthread_setname_np",
    "pthread_setspecific",
    "pwrite64",
    "pwritev",
    "read",
    "readdir64",
    "readlink",
    "readv",
    "realloc",
    "realpath",
    "recv",
    "recvfrom",
    "recvmsg",
    "rename",
    "rmdir",
    "sched_getaffinity",
    "sched_yield",
    "send",
    "sendfile64",
    "sendmsg",
    "sendto",
    "setenv",
    "setgid",
    "setgroups",
    "setpgid",
    "setsid",
    "setsockopt",
    "setuid",
    "shutdown",
    "sigaction",
    "sigaddset",
    "sigaltstack",
    "sigemptyset",
    "signal",
    "socket",
    "socketpair",
    "splice",
    "stat64",
    "statx",
    "strlen",
    "strnlen",
    "symlink",
    "syscall",
    "sysconf",
    "unlink",
    "unlinkat",
    "unsetenv",
    "utimensat",
    "waitid",
    "waitpid",
    "write",
    "writev",
];

/// CPython's C API (extension modules built with PyO3 call it): C, like the
/// above.
const CPYTHON_API_PREFIXES: &[&str] = &["Py", "_Py"];

/// The C globals std declares.
pub const KNOWN_C_GLOBALS: &[&str] = &["environ", "__dso_handle"];

/// Whether a declared function is C code that std or CPython provides.
pub fn is_known_c_function(name: &str) -> bool {
    KNOWN_C_FUNCTIONS.binary_search(&name).is_ok() || CPYTHON_API_PREFIXES.iter().any(|p| name.starts_with(p))
}
