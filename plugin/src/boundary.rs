//! Where the module meets code outside it, and whether a trait object's
//! vtable pointer can cross there. A predicate for plan.rs; it changes
//! nothing.
//!
//! Converting is all or nothing *per program*: a vtable pointer that leaves
//! the module and is read by code that was not converted (or arrives from
//! such code and is read here) is a crash. At fat LTO the module holds every
//! crate of the artifact, but the artifact is not always the whole program:
//!
//! * **Rust code outside the module** — a Rust `dylib` dependency, std as a
//!   shared library (`-Cprefer-dynamic`): the module declares Rust functions
//!   it does not define, and passes them vtables (`&dyn Debug` to
//!   `unwrap_failed`, a boxed closure to `Thread::new`). That machine code
//!   was not built by reltab, so such a module is never converted
//!   ([`Boundary::rust_outside`]).
//! * **The module's interface** — the definitions that code outside can
//!   call or read (what a `cdylib`, `staticlib` or `dylib` exports), and the
//!   declared functions and globals it calls or reads that are not the C
//!   library (a separately built Rust library behind `extern "C"`). A vtable
//!   pointer crosses there by value (a wide pointer is two scalars, and
//!   rustc passes them as `ptr` or as `i64` after `ptrtoint`) or through
//!   memory reachable from a pointer that crossed ([`Boundary::crossings`]).
//!
//! At the start of rustc's fat-LTO pipeline, where the pass runs, rustc has
//! already internalized every symbol that the artifact does not export: a
//! definition that is not local is exported. In an executable that is `main`
//! (called by the C runtime with `argc` and `argv`) and
//! `rust_eh_personality` (called by the unwinder with exception objects;
//! std recognizes only its own panics, by a canary address, and aborts on
//! any other), which are no boundary for trait objects.
//!
//! **The C library is not a boundary.** The C library's functions (glibc's,
//! and every one std declares: `audit/c-functions.txt`, read by
//! `sysroot::is_known_c_function`) and CPython's C API (`Py*` functions and
//! data, for extension modules; `sysroot::is_known_c_global`) are C. C code does not make Rust vtables and does not read
//! them: what it hands back to the module (the argument of a thread's start
//! routine, an exception object, a backtrace callback's data) is what the
//! module gave it, and it hands it to the module's own functions. So a vtable pointer that goes through C
//! memory comes back to code that was converted with it. (What C code hands
//! back or calls back with is still followed, as below: it is foreign when
//! what the module gave it is, and when the module hands it on to code
//! outside, the exposure walks back to what the module gave.) (What is not seen
//! from here: Rust code outside the module that reaches the module's data
//! through such a C library, e.g. a Rust host calling the same C library
//! with its own trait objects for the module's callbacks, or another
//! extension module taking a capsule of this one's by its name. CPython's
//! capsules are not taken as a boundary: PyO3 keeps its own closures in
//! capsules only its trampolines read, and every PyO3 module would be
//! refused, as measured.) One C function
//! hands back what no one gave it: `dlsym` (and `dlvsym`) finds another
//! binary's code by name, a plugin's entry point. What it finds by a name
//! that is not the C library's (nor named native code), or by a name
//! computed at run time, is foreign, as a foreign function's result is;
//! by a C library function's name (std's `weak!` lookups, such as
//! `__pthread_get_minstack`) it is C.
//!
//! **Native code the program links is C too**, when the build says which
//! symbols it defines (`-reltab-native-code=PATH`, a file of symbol names):
//! the C and assembly that crates' build scripts compile (psm's stack
//! switching, which stacker hands a `&mut dyn FnMut`; zlib; ...). `cargo
//! reltab` writes that file at each link from the static archives the link
//! can use, listing the symbols of archives that hold no Rust code (no
//! Rust-mangled symbol, no `rustc` in `.comment`). The argument is the one
//! for the C library; a Rust library behind `extern "C"` stays a boundary.
//!
//! **The crossing analysis.** The values that may point into memory code
//! outside can reach — *foreign* values — are found by a closure over the
//! module, flow-insensitive, one set of values:
//!
//! * seeds: the parameters of exported functions and their variadic
//!   arguments (the `va_list` that `llvm.va_start` fills points to the
//!   caller's registers and stack), exported and foreign globals, the
//!   results of foreign calls;
//! * what is derived from a foreign value is foreign: a getelementptr, a
//!   cast, integer arithmetic (tagged pointers), phi, select, aggregates, a
//!   pointer or word loaded from foreign memory, and what C code that keeps
//!   what it is given hands back later (`pthread_getspecific` once
//!   `pthread_setspecific` got a foreign value: `HANDS_BACK`; every call of
//!   native code once native code got one); the parameters of the module's
//!   functions that C code calls back with what it was given (a thread's
//!   start routine once `pthread_create` got a foreign argument, or any
//!   function given to a C function with a foreign value, as an argument or
//!   stored into a struct an argument points to: `fopencookie`'s; a key's
//!   destructor once `pthread_setspecific` got one; a search tree's
//!   comparisons and actions once `tsearch` got one: `CALLS_BACK_WITH_KEPT`;
//!   every function given to native code once native code got one:
//!   `CCalls`); an out-parameter
//!   into which C code writes a pointer into a foreign argument (`strtol`'s
//!   end: `WRITES_INTO_OUT_PARAMETER`), `pthread_join`'s once a start
//!   routine returns a foreign value, and `hsearch_r`'s once it was given
//!   one (`WRITES_KEPT_INTO_OUT_PARAMETER`);
//! * memory that holds a foreign pointer is foreign (a store of one into a
//!   place makes that place's object foreign, and with it whatever is loaded
//!   from it), and so is memory a foreign pointer is copied from or to. An
//!   atomic exchange is a store as well as a load: `AtomicPtr::swap` (an
//!   `atomicrmw xchg`) and `compare_exchange` (a `cmpxchg`) put their new
//!   value into memory;
//! * *exposure*: a pointer that code outside receives — stored into foreign
//!   memory, returned by an exported function, passed to a foreign
//!   function, copied into foreign memory — makes the object it points to
//!   foreign. An object is found by walking back from the pointer through
//!   getelementptrs, casts, phi and select, loads (the object is reached
//!   through its container), the returns of the functions the call that
//!   made it may call (direct, or indirect: a method called through a
//!   vtable that returns a reference into its `self`), the callers of the
//!   function whose parameter it is, the arguments of C functions that
//!   return a pointer into what they were given (`memchr`, `memcpy`'s
//!   destination: `RETURNS_INTO_ARGUMENT`), the pointers given to the C
//!   functions that keep them for another to hand back
//!   (`pthread_getspecific` returns what `pthread_setspecific` was given:
//!   `HANDS_BACK`), every pointer given to native code for what native code
//!   returns (reltab knows nothing of what it keeps), what the module gave
//!   C code to call one of its functions with, for that function's
//!   parameters (`CCalls`), what C code writes into an out-parameter the
//!   walk reads from (a pointer into an argument: `strtol`'s end; what the
//!   threads' start routines return, for `pthread_join`'s; what its calls
//!   were given, for `hsearch_r`'s), the arguments of
//!   intrinsics that return their argument moved (a thread-local's address
//!   from `llvm.threadlocal.address` is the thread-local) and of inline
//!   assembly, and the old block of a `realloc`; an allocator call is an
//!   object of its own. A static handed out hands out what its initializer
//!   holds, as an exported static does (its vtables, its functions, the
//!   statics it points to). A value that cannot hold an address (a float, a
//!   byte, a flag: see `carries_pointer`) hands none out, and the walk stops
//!   there. Every exported function is looked at, with parameters or not;
//! * calls, with one level of context: a foreign value passed to a function
//!   makes its parameter foreign *because of that call* (past the named
//!   parameters of a variadic function, its `va_list`, for every call).
//!   What the function does with such a value on the way out — returns it,
//!   stores it into the memory of another parameter — is its *effect*,
//!   applied to the calls that passed one in, not to every caller
//!   (`Effects`). A value foreign whoever called its function (from a
//!   global, a foreign call, an exposed object) goes to every caller. An
//!   indirect call through a census read of a vtable slot may call what the
//!   vtables hold at that slot; any other indirect call, any function whose
//!   address is taken other than by vtables only (`IndirectCalls::of`); in
//!   both cases, only functions of the call's own LLVM function type. Rust
//!   calls a function pointer or a virtual method only with a signature
//!   ABI-compatible with the callee's (anything else is undefined
//!   behaviour), and rustc lowers ABI-compatible signatures to the same
//!   LLVM function type: pointers of any pointee are `ptr`, integers of a
//!   size one `iN` whatever their sign, zero-sized arguments are dropped, a
//!   `repr(transparent)` wrapper is its field; LLVM changes the type of no
//!   function whose address is taken;
//! * a word that is an integer (a `usize` parameter) is followed as a
//!   scalar: it makes no memory foreign, except that a pointer read back
//!   from the place it was stored to, from the same base, is foreign (the C
//!   ABI's coercion of a wide pointer to two words);
//! * a word kept in memory and read back elsewhere is not followed (which
//!   word a load reads needs offsets and paths): the program's own casts
//!   decide instead (casts.rs). A foreign word stored into memory crosses
//!   (in) when the program makes a pointer of a word somewhere; a word read
//!   from memory other than a stack slot that reaches code outside crosses
//!   (out) when the program lets a word made of an address go somewhere
//!   ([`Closure::word_crossings`]). By the rules of provenance, those casts
//!   are the only ways such a word becomes an address that either side may
//!   read through.
//!
//! A vtable pointer crosses when a census read's base is foreign (in), or
//! when a vtable pointer is stored into foreign memory, put there inside a
//! value, returned by an exported function, passed to a foreign function
//! (declared, or a function pointer from outside) or held by an exported
//! static (out). The closure keeps no offsets within an
//! object and one level of calling context, so it may find a crossing where
//! there is none (a refusal). It does not miss one as long as the stated
//! assumptions hold (for words: casts.rs's, among them that a word made of
//! an address and then shifted, multiplied or divided is no address until
//! something undoes it, which it does not follow). The seeds of an executable, a cdylib or a staticlib are its
//! `#[no_mangle]` definitions, what its exported statics hold, and the
//! foreign calls of its native code: its Rust-mangled definitions (std's
//! statics kept for the linker) are no interface, since such artifacts
//! export no Rust symbol; a Rust dylib, which does, keeps a Rust-mangled
//! function external.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

use crate::casts::SourceCasts;
use crate::census::Census;
use crate::ir::{demangle, describe_global, describe_vtable, places_from, rustc_name, strip_offsets, walk};
use crate::layout::{Abi, Entry};
use crate::llvm::{Kind, Module, Opcode, Type, TypeKind, Value};
use crate::protect::protection_function;
use crate::provenance::{function_origin, symbol_crate, Origin};
use crate::recognize::{Recognized, Slot};
use crate::sysroot::{is_known_c_function, is_known_c_global};

/// Which way a vtable pointer crosses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// A vtable of this module reaches code outside it.
    Out,
    /// A vtable pointer from outside is read here.
    In,
}

/// One place where a vtable pointer can cross.
#[derive(Clone, Debug)]
pub struct Crossing {
    pub direction: Direction,
    /// In Rust terms: where it happens, and through what.
    pub what: String,
}

/// What the module's boundary is made of, and what crosses it.
#[derive(Debug, Default)]
pub struct Boundary {
    /// Declared Rust functions and globals: Rust code outside the module.
    pub rust_outside: Vec<String>,
    /// The interface, for the user: exported definitions, and declared
    /// symbols that are neither the C library nor named native code.
    pub exported: Vec<String>,
    pub foreign: Vec<String>,
    /// Symbols looked up at run time (`dlsym`) that are not the C library's:
    /// another binary's functions and data.
    pub looked_up: Vec<String>,
    pub crossings: Vec<Crossing>,
}

/// Intrinsics whose result points into the object their first argument
/// points into.
const ADDRESS_INTRINSICS: &[&str] =
    &["llvm.threadlocal.address", "llvm.ptrmask", "llvm.launder.invariant.group", "llvm.strip.invariant.group"];

/// C library functions whose result points into (or is) what one of their
/// arguments points to, as the C standard and POSIX define them: searches
/// return a pointer into the searched memory, copies return their
/// destination, the `_r` functions their buffer. Other C functions return
/// memory of their own or what the module gave them (see the header).
const RETURNS_INTO_ARGUMENT: &[&str] = &[
    "memchr",
    "memrchr",
    "rawmemchr",
    "memmem",
    "strchr",
    "strrchr",
    "strchrnul",
    "strstr",
    "strcasestr",
    "strpbrk",
    "strtok",
    "strtok_r",
    "strsep",
    "index",
    "rindex",
    "bsearch",
    "lfind",
    "lsearch",
    "memcpy",
    "memmove",
    "memset",
    "mempcpy",
    "memccpy",
    "strcpy",
    "strncpy",
    "stpcpy",
    "stpncpy",
    "strcat",
    "strncat",
    "wmemchr",
    "wcschr",
    "wcsrchr",
    "wcsstr",
    "wcspbrk",
    "wmemcpy",
    "wmemmove",
    "wmemset",
    "wcscpy",
    "wcsncpy",
    "wcscat",
    "wcsncat",
    "realpath",
    "getcwd",
    "fgets",
    "ctime_r",
    "asctime_r",
    "gmtime_r",
    "localtime_r",
    "strerror_r",
    "basename",
    "dirname",
    "__xpg_basename",
];

/// Whether what a call of `callee` (a declared function or inline assembly)
/// returns may point into what the call was given.
fn returns_into_argument(callee: Value) -> bool {
    if callee.kind() == Kind::InlineAsm {
        return true;
    }
    let name = callee.name().unwrap_or_default();
    ADDRESS_INTRINSICS.iter().any(|i| name.starts_with(i)) || RETURNS_INTO_ARGUMENT.contains(&c_symbol(&name))
}

/// C library functions that return a pointer an earlier call (of a keeper)
/// was given, and keep no other: a thread's value of a key is what
/// `pthread_setspecific` stored; a search tree's node holds the key that
/// `tsearch` added; a hash table's entry the key and data that `hsearch`
/// entered; the environment the strings given to `putenv`. Each is the
/// returner and its keepers.
const HANDS_BACK: &[(&str, &[&str])] = &[
    ("pthread_getspecific", &["pthread_setspecific"]),
    ("__pthread_getspecific", &["pthread_setspecific", "__pthread_setspecific"]),
    ("tsearch", &["tsearch"]),
    ("tfind", &["tsearch"]),
    ("tdelete", &["tsearch"]),
    ("hsearch", &["hsearch"]),
    ("getenv", &["putenv"]),
    ("secure_getenv", &["putenv"]),
];

/// C library functions that call the functions they are given with what
/// another C function kept, later: (the function, the keeper). The
/// comparison given to a search tree's functions compares the keys
/// `tsearch` added; `twalk` calls its action with each node (which holds
/// its key), `tdestroy` its destructor with each key.
const CALLS_BACK_WITH_KEPT: &[(&str, &str)] = &[
    ("tsearch", "tsearch"),
    ("tfind", "tsearch"),
    ("tdelete", "tsearch"),
    ("twalk", "tsearch"),
    ("twalk_r", "tsearch"),
    ("tdestroy", "tsearch"),
];

/// C library functions that write into an out-parameter what an earlier
/// call of theirs kept: (the function, the out-parameter counted from the
/// last argument, 1 being the last). `hsearch_r` writes the entry (the
/// key and data an earlier call entered) into its `retval`, the argument
/// before the table (its `ENTRY` is passed by value, as two arguments).
const WRITES_KEPT_INTO_OUT_PARAMETER: &[(&str, u32)] = &[("hsearch_r", 2)];

/// C library functions that write into an out-parameter a pointer into one
/// of their arguments: (the function, the out-parameter, the argument).
/// The conversions to numbers write where they stopped in the string, the
/// reentrant tokenizers where the next token starts, `dladdr` the symbol
/// nearest the address (and its object's base).
const WRITES_INTO_OUT_PARAMETER: &[(&str, u32, u32)] = &[
    ("strtol", 1, 0),
    ("strtoul", 1, 0),
    ("strtoll", 1, 0),
    ("strtoull", 1, 0),
    ("strtoq", 1, 0),
    ("strtouq", 1, 0),
    ("strtoimax", 1, 0),
    ("strtoumax", 1, 0),
    ("strtod", 1, 0),
    ("strtof", 1, 0),
    ("strtold", 1, 0),
    ("__isoc23_strtol", 1, 0),
    ("__isoc23_strtoul", 1, 0),
    ("__isoc23_strtoll", 1, 0),
    ("__isoc23_strtoull", 1, 0),
    ("wcstol", 1, 0),
    ("wcstoul", 1, 0),
    ("wcstoll", 1, 0),
    ("wcstoull", 1, 0),
    ("wcstod", 1, 0),
    ("wcstof", 1, 0),
    ("wcstold", 1, 0),
    ("strtok_r", 2, 0),
    ("__strtok_r", 2, 0),
    ("dladdr", 1, 0),
];

/// `pthread_join`'s out-parameter receives what the thread's start routine
/// (`pthread_create`'s argument 2) returned.
const THREAD_JOIN: (&str, u32) = ("pthread_join", 1);
const THREAD_CREATE: (&str, u32) = ("pthread_create", 2);

/// `pthread_key_create`'s destructor is called with the values
/// `pthread_setspecific` was given: (the function, its destructor) and (the
/// function, the value).
const KEY_DESTRUCTOR: (&str, u32) = ("pthread_key_create", 1);
const KEY_VALUE: (&str, u32) = ("pthread_setspecific", 1);

/// A C library function's symbol without its version (`memchr@GLIBC_2.2.5`).
fn c_symbol(name: &str) -> &str {
    name.split('@').next().unwrap_or_default()
}

/// What a call of a C function writes into its out-parameters: each
/// out-parameter, and the argument the pointer written there points into
/// (`WRITES_INTO_OUT_PARAMETER`).
fn out_parameter_writes(call: Value) -> Vec<(Value, Value)> {
    let name = call.called_value().name().unwrap_or_default();
    let symbol = c_symbol(&name);
    let n = call.num_call_args();
    WRITES_INTO_OUT_PARAMETER
        .iter()
        .filter(|(f, out, arg)| *f == symbol && *out < n && *arg < n)
        .map(|(_, out, arg)| (call.operand(*out), call.operand(*arg)))
        .collect()
}

/// The definitions the C runtime and the unwinder call: no boundary for
/// trait objects (see the header).
const ENTRY_POINTS: &[&str] = &["main", "rust_eh_personality"];

/// Allocator entry points (suffixes, as rustc mangles `__rustc::__rust_alloc`)
/// and the C allocator: each call makes an object of its own. The
/// reallocating ones return memory with the contents of their first
/// argument.
const ALLOCATORS: &[&str] = &["__rust_alloc", "__rust_alloc_zeroed", "malloc", "calloc"];
const REALLOCATORS: &[&str] = &["__rust_realloc", "realloc"];

/// `native_code`: declared symbols the user (or cargo reltab) says native
/// code defines (`-reltab-native-code`), C like the C library.
pub fn examine(module: &Module, found: &Recognized, census: &Census, native_code: &HashSet<String>) -> Boundary {
    let mut boundary = Boundary::default();
    // In module order (Vec), so that the same module gives the same
    // crossings, described the same way.
    let mut exported = Vec::new();
    let mut foreign_functions = Vec::new();
    let mut seeds = Vec::new();
    let mut exported_statics = Vec::new();
    // An executable (it defines the C `main`) exports no Rust symbol to
    // other binaries: rustc links executables without a dynamic symbol
    // table of their Rust symbols, and no C code names a Rust-mangled one.
    // std's statics kept for the linker (`EMPTY_PANIC`, `ARGV_INIT_ARRAY`,
    // which the C runtime calls through `.init_array` with argc and argv)
    // are no interface then. (-Zexport-executable-symbols or
    // -Wl,--export-dynamic would make them one: docs/design.md.)
    let executable = module.functions().any(|f| f.is_named("main") && !f.is_declaration());
    // The same holds of a cdylib and a staticlib: rustc exports their C
    // interface only (a cdylib's version script makes every other symbol
    // local; no C code names a Rust-mangled symbol of a staticlib) and keeps
    // std's `#[used]` statics external for the linker alone. A Rust dylib
    // keeps its Rust API, and std's, external: it is told apart by a
    // Rust-mangled function that is not local, which rustc leaves in no
    // module whose exports are C only (it internalizes them all).
    let exports_rust = module.functions().any(|f| {
        !f.is_declaration()
            && !f.is_local_linkage()
            && protection_function(f).is_none()
            && f.name().is_some_and(|n| symbol_crate(&n).is_some())
    });
    let private_rust = |name: &str| (executable || !exports_rust) && symbol_crate(name).is_some();
    for f in module.functions() {
        let Some(name) = f.name() else { continue };
        if f.is_declaration() {
            if name.starts_with("llvm.") || is_known_c_function(&name) || native_code.contains(&name) {
                continue;
            }
            // A declared `rust_eh_personality` is no Rust code outside: a
            // `panic=abort` program without std keeps core's landing pads
            // (which name it) until optimization removes them, and the
            // personality reads the unwinder's tables, never a vtable. A
            // Rust dylib or a shared std declares mangled Rust symbols too.
            if symbol_crate(&name).is_some() {
                boundary.rust_outside.push(rustc_name(f));
            } else {
                boundary.foreign.push(rustc_name(f));
                foreign_functions.push(f);
            }
        } else if !f.is_local_linkage()
            && !ENTRY_POINTS.contains(&name.as_str())
            && protection_function(f).is_none()
            && !private_rust(&name)
        {
            boundary.exported.push(rustc_name(f));
            exported.push(f);
            seeds.extend(f.params());
        }
    }
    for g in module.globals() {
        let Some(name) = g.name() else { continue };
        if name.starts_with("llvm.") || g.is_local_linkage() || (!g.is_declaration() && private_rust(&name)) {
            continue;
        }
        if g.is_declaration() {
            if is_known_c_global(&name) || native_code.contains(&name) {
                continue;
            }
            if symbol_crate(&name).is_some() {
                boundary.rust_outside.push(format!("the static {}", demangle(&name)));
                continue;
            }
            boundary.foreign.push(format!("the static {}", demangle(&name)));
        } else if let Some(vtable) = g.initializer().and_then(|init| vtable_in_constant(census, init)) {
            boundary.crossings.push(Crossing {
                direction: Direction::Out,
                what: format!("the exported static {} holds {}", demangle(&name), describe_vtable(vtable)),
            });
        }
        if !g.is_declaration() {
            boundary.exported.push(format!("the static {}", demangle(&name)));
            exported_statics.push(g);
        }
        seeds.push(g);
    }
    // What `dlsym` finds by a name that is not the C library's is another
    // binary's function or data (a plugin's entry point): foreign, as a
    // foreign function's result is.
    let lookups = dynamic_lookups(module, native_code);
    boundary.looked_up = lookups.iter().map(|(_, name)| name.clone()).collect();
    // (An exported function without parameters still hands out what it
    // returns.)
    if seeds.is_empty() && exported.is_empty() && foreign_functions.is_empty() && lookups.is_empty() {
        return boundary;
    }
    let mut closure = Closure::new(module, found, census, native_code, &exported, foreign_functions);
    for seed in seeds {
        if seed.kind() == Kind::GlobalVariable || closure.carries_pointer(seed) {
            closure.add(seed, true);
        }
    }
    // What exported functions return reaches code outside, and their
    // variadic arguments come from there.
    for f in exported {
        closure.variadic_arguments_foreign(f, true);
        for r in returned_values(f) {
            if closure.carries_pointer(r) {
                // (What it exposes became foreign through `r`: the paths
                // of the warnings start at the exported function.)
                closure.current = Some(r);
                closure.expose(r, true);
            }
        }
        closure.current = None;
    }
    // What an exported static holds reaches code outside: a function it
    // points to can be called from there (its parameters are foreign, what
    // it returns is exposed), a static it points to read and written.
    // (`#[no_mangle] static CALL_IT: extern "C" fn(*const Box<dyn T>)`: a
    // host calls it with its own trait object.)
    for g in exported_statics {
        for v in g.initializer().map(held_in_constant).unwrap_or_default() {
            closure.expose(v, true);
        }
    }
    closure.seed_foreign_calls();
    for (call, _) in lookups {
        closure.add(call, true);
    }
    closure.run();
    boundary.crossings.extend(closure.crossings());
    boundary.crossings.extend(closure.word_crossings(|| SourceCasts::of(module, &found.live)));
    boundary
}

/// The calls of `dlsym` and `dlvsym` whose symbol is not the C library's
/// (nor named native code), with the symbol's name for the user: a constant
/// name that is not the C library's, or `a name computed at run time`. The
/// C library's are what std looks up that way (`weak!`:
/// `__pthread_get_minstack`), and are C.
fn dynamic_lookups(module: &Module, native_code: &HashSet<String>) -> Vec<(Value, String)> {
    let mut found = Vec::new();
    for f in module.functions().filter(|f| f.is_declaration() && DYNAMIC_LOOKUPS.iter().any(|n| f.is_named(n))) {
        for call in f.users().filter(|&u| u.is_direct_call_to(f) && is_dynamic_lookup(u)) {
            match constant_c_string(call.operand(1)) {
                Some(name) if is_known_c_function(&name) || native_code.contains(&name) => {}
                Some(name) => found.push((call, name)),
                None => found.push((call, "a name computed at run time".to_string())),
            }
        }
    }
    found
}

/// The C functions that find a symbol by name (handle, name, ...).
const DYNAMIC_LOOKUPS: &[&str] = &["dlsym", "dlvsym"];

/// Whether `inst` is a call of `dlsym` or `dlvsym`.
fn is_dynamic_lookup(inst: Value) -> bool {
    inst.is_call()
        && inst.num_call_args() >= 2
        && inst.called_value().kind() == Kind::Function
        && DYNAMIC_LOOKUPS.iter().any(|n| inst.called_value().is_named(n))
}

/// The string a constant C string global holds (up to its NUL).
fn constant_c_string(global: Value) -> Option<String> {
    if !global.is_global_constant() {
        return None;
    }
    let bytes = global.initializer()?.const_bytes()?;
    let end = bytes.iter().position(|&b| b == 0)?;
    String::from_utf8(bytes[..end].to_vec()).ok()
}

/// The vtable a constant holds, directly or in a field.
fn vtable_in_constant(census: &Census, constant: Value) -> Option<Value> {
    held_in_constant(constant)
        .into_iter()
        .find(|g| g.kind() == Kind::GlobalVariable && census.vtable_values.contains(g))
}

/// The functions and globals a constant points to, directly or in a field.
fn held_in_constant(constant: Value) -> Vec<Value> {
    let mut held = Vec::new();
    walk([constant], |c, work| match c.kind() {
        Kind::ConstantStruct | Kind::ConstantArray | Kind::ConstantExpr => work.extend(c.operands()),
        Kind::Function | Kind::GlobalVariable => held.push(c),
        _ => {}
    });
    held
}

/// The module's functions a call gives the function it calls: its
/// arguments, and those in the memory an argument points to (a struct of
/// callbacks given by value, which the C ABI passes in memory, or by
/// address: `fopencookie`'s functions, `sigaction`'s handler), one level
/// deep: stored into the argument's stack slot, or held by the constant
/// the argument points into.
fn functions_given(call: Value) -> Vec<Value> {
    let defined = |f: &Value| f.kind() == Kind::Function && !f.is_declaration();
    let mut functions = Vec::new();
    for arg in (0..call.num_call_args()).map(|i| call.operand(i)) {
        if defined(&arg) {
            functions.push(arg);
            continue;
        }
        if !arg.ty().is_pointer() {
            continue;
        }
        let base = strip_offsets(arg);
        match base.kind() {
            Kind::GlobalVariable if base.is_global_constant() => functions
                .extend(base.initializer().map(held_in_constant).unwrap_or_default().into_iter().filter(defined)),
            Kind::Instruction if base.opcode() == Some(Opcode::Alloca) => {
                for p in places_from(base) {
                    let stored = p.users().filter(|u| u.opcode() == Some(Opcode::Store) && u.operand(1) == p);
                    functions.extend(stored.map(|store| store.operand(0)).filter(defined));
                }
            }
            _ => {}
        }
    }
    let mut seen = HashSet::new();
    functions.retain(|f| seen.insert(*f));
    functions
}

/// What a function does with the foreign values that came in through its
/// parameters, as its callers see it.
#[derive(Clone, Debug, Default)]
struct Effects {
    /// It returns one.
    returns: bool,
    /// It stores one into the memory of these parameters.
    stores_into: Vec<u32>,
}

/// The foreign values of the module (see the header).
struct Closure<'m> {
    module: &'m Module,
    census: &'m Census,
    abi: Abi,
    exported: HashSet<Value>,
    /// The foreign functions, in module order.
    foreign_functions: Vec<Value>,
    /// What the vtables hold at each entry, by function type, in module
    /// order: the possible callees of a call of that type through a census
    /// read of that entry.
    at_entry: HashMap<(Entry, Type), Rc<[Value]>>,
    /// The entries at which some vtable holds each function.
    entries_of: HashMap<Value, Vec<Entry>>,
    /// The entry each indirect call through a census read reads its callee
    /// at.
    call_entry: HashMap<Value, Entry>,
    /// Every indirect call, made when the closure first meets one.
    indirect: OnceCell<IndirectCalls>,
    /// Declared symbols that native code defines (`-reltab-native-code`).
    native_code: &'m HashSet<String>,
    /// What the module gives C code and what C code gives back, made when
    /// the closure first meets a call of C code that needs it.
    c_calls: OnceCell<CCalls>,
    foreign: HashSet<Value>,
    /// The foreign values that are foreign whoever called their function.
    always: HashSet<Value>,
    /// The calls that passed a foreign value into each function (and
    /// whether it was foreign for every caller of theirs), in order; and
    /// the same as (function, call, always), for membership.
    entered: HashMap<Value, Vec<(Value, bool)>>,
    entered_set: HashSet<(Value, Value, bool)>,
    /// What each function does with foreign values that came in through
    /// its parameters, seen from its callers.
    effects: HashMap<Value, Effects>,
    /// Why a value is foreign: the value it became foreign through.
    cause: HashMap<Value, Value>,
    /// The value being processed (the cause of what is added now).
    current: Option<Value>,
    /// The foreign values to follow, first in first out: each is reached by
    /// a shortest way, the one its warning names.
    work: VecDeque<Value>,
    /// Values already walked back from by [`Closure::expose`].
    exposed: HashSet<Value>,
    /// Vtable pointers that reached code outside, the value that took them
    /// there, and the foreign value that made it reach outside (none for
    /// what the interface itself hands out).
    vtables_out: Vec<(Value, Value, Option<Value>)>,
    /// The first store of a foreign word into memory, and the word: a word
    /// from outside kept where the module may read it back as a pointer.
    word_kept: Option<(Value, Value)>,
    /// The first word read from memory (not a stack slot) that reaches code
    /// outside, and the foreign value that made it reach there: it may be
    /// an address the module kept as a word.
    word_out: Option<(Value, Option<Value>)>,
}

impl<'m> Closure<'m> {
    fn new(
        module: &'m Module,
        found: &Recognized,
        census: &'m Census,
        native_code: &'m HashSet<String>,
        exported: &[Value],
        foreign_functions: Vec<Value>,
    ) -> Closure<'m> {
        // A call through a census read of a vtable entry calls what some
        // vtable holds at that entry; any other indirect call may call any
        // function whose address is taken.
        let call_entry = census
            .sites
            .iter()
            .flat_map(|s| {
                s.instruction.users().filter(|u| u.is_call() && u.called_value() == s.instruction).map(|c| (c, s.entry))
            })
            .collect();
        let mut at_entry: HashMap<(Entry, Type), Vec<Value>> = HashMap::new();
        let mut entries_of: HashMap<Value, Vec<Entry>> = HashMap::new();
        let mut seen: HashSet<(Entry, Value)> = HashSet::new();
        for vt in &found.vtables {
            let entries = vt.drop.map(|d| (Entry::Drop, d)).into_iter().chain(vt.slots.iter().enumerate().filter_map(
                |(k, slot)| match slot {
                    Slot::Method(f) => Some((Entry::Slot(k as u64), *f)),
                    _ => None,
                },
            ));
            for (entry, f) in entries {
                if seen.insert((entry, f)) {
                    at_entry.entry((entry, f.value_type())).or_default().push(f);
                    entries_of.entry(f).or_default().push(entry);
                }
            }
        }
        Closure {
            module,
            census,
            abi: Abi::of(module),
            exported: exported.iter().copied().collect(),
            foreign_functions,
            at_entry: at_entry.into_iter().map(|(e, fs)| (e, fs.into())).collect(),
            entries_of,
            call_entry,
            indirect: OnceCell::new(),
            native_code,
            c_calls: OnceCell::new(),
            foreign: HashSet::new(),
            always: HashSet::new(),
            entered: HashMap::new(),
            entered_set: HashSet::new(),
            effects: HashMap::new(),
            cause: HashMap::new(),
            current: None,
            work: VecDeque::new(),
            exposed: HashSet::new(),
            vtables_out: Vec::new(),
            word_kept: None,
            word_out: None,
        }
    }

    /// Marks `v` foreign; `always` when it is foreign whoever called its
    /// function (not only because of a parameter some caller filled).
    fn add(&mut self, v: Value, always: bool) {
        let new = self.foreign.insert(v);
        let upgraded = always && self.always.insert(v);
        if new || upgraded {
            if new {
                if let Some(c) = self.current {
                    self.cause.insert(v, c);
                }
            }
            self.work.push_back(v);
        }
    }

    /// How `v` became foreign, from its seed, in Rust terms.
    fn path(&self, v: Value) -> String {
        let mut steps = Vec::new();
        let mut at = Some(v);
        let mut seen = HashSet::new();
        while let Some(x) = at.filter(|x| seen.insert(*x)) {
            at = self.cause.get(&x).copied();
            let place = match x.kind() {
                Kind::Instruction if is_va_list(x) => {
                    format!("the variadic arguments of {}", rustc_name(x.parent_function()))
                }
                Kind::Instruction if is_dynamic_lookup(x) => {
                    let name = constant_c_string(x.operand(1)).unwrap_or_else(|| "a symbol".to_string());
                    format!("{name} looked up with dlsym in {}", rustc_name(x.parent_function()))
                }
                Kind::Instruction => rustc_name(x.parent_function()),
                Kind::Argument => {
                    let (f, i) = x.argument_position();
                    format!("parameter {i} of {}", rustc_name(f))
                }
                Kind::GlobalVariable => describe_static(x),
                _ => continue,
            };
            if steps.last() != Some(&place) {
                steps.push(place);
            }
        }
        steps.reverse();
        // The start and the end say the most; the middle is elided.
        if steps.len() > 6 {
            let end = steps.split_off(steps.len() - 2);
            steps.truncate(3);
            steps.push("...".to_string());
            steps.extend(end);
        }
        steps.join(" -> ")
    }

    /// Whether values of `v`'s type can hold a pointer: pointers, integers
    /// of a word or more, vectors and aggregates (not bytes, not floats).
    pub(crate) fn carries_pointer(&self, v: Value) -> bool {
        let ty = v.ty();
        match ty.kind() {
            TypeKind::Pointer | TypeKind::Vector | TypeKind::Struct | TypeKind::Array => true,
            TypeKind::Integer => ty.int_width().is_some_and(|w| w >= self.abi.word_bits()),
            _ => false,
        }
    }

    /// Calls to foreign functions: their results, and what they are given.
    fn seed_foreign_calls(&mut self) {
        let calls: Vec<Value> =
            self.foreign_functions.iter().flat_map(|f| f.users().filter(|u| u.is_direct_call_to(*f))).collect();
        for call in calls {
            self.foreign_call(call);
        }
    }

    fn foreign_call(&mut self, call: Value) {
        for i in 0..call.num_call_args() {
            let arg = call.operand(i);
            if self.carries_pointer(arg) {
                self.expose(arg, true);
            }
        }
        if self.carries_pointer(call) {
            self.add(call, true);
        }
    }

    fn run(&mut self) {
        while let Some(v) = self.work.pop_front() {
            self.current = Some(v);
            let always = self.always.contains(&v);
            for user in v.users() {
                match user.kind() {
                    Kind::Instruction => self.forward(v, always, user),
                    // A constant expression of a global: foreign everywhere.
                    Kind::ConstantExpr => self.add(user, true),
                    _ => {}
                }
            }
        }
    }

    /// What follows from `v` being foreign for its user `inst`.
    fn forward(&mut self, v: Value, always: bool, inst: Value) {
        match inst.opcode() {
            Some(Opcode::Load) => {
                if self.carries_pointer(inst) {
                    self.add(inst, always);
                }
            }
            Some(Opcode::Store | Opcode::AtomicCmpXchg | Opcode::AtomicRMW) => {
                let Some((value, address)) = stored_value_and_address(inst) else { return };
                let compared = inst.opcode() == Some(Opcode::AtomicCmpXchg) && inst.operand(1) == v;
                if (address == v || compared) && inst.opcode() != Some(Opcode::Store) && self.carries_pointer(inst) {
                    // What an exchange reads from foreign memory, or reads
                    // when it finds the foreign value it compares with.
                    self.add(inst, always);
                }
                if address == v && self.carries_pointer(value) {
                    // Into memory code outside can reach (for every call,
                    // or for the calls that passed that memory in).
                    self.expose(value, always);
                }
                if value == v {
                    if v.ty().kind() == TypeKind::Integer {
                        // A foreign word kept in memory: what is read back
                        // from that place as a pointer is foreign (the
                        // coercion of a wide pointer passed as integers);
                        // read back as a word elsewhere, it is followed by
                        // the casts of the program (`word_crossings`).
                        self.word_kept.get_or_insert((inst, v));
                        self.word_stored(address, always);
                    } else {
                        // The place now holds a foreign pointer.
                        self.expose(address, always);
                    }
                }
            }
            Some(Opcode::Call | Opcode::Invoke) => self.forward_call(v, always, inst),
            Some(Opcode::Ret) => self.returned(inst.parent_function(), always),
            Some(Opcode::ICmp | Opcode::Alloca) => {}
            _ => {
                if inst.opcode() == Some(Opcode::Select) && inst.operand(0) == v {
                    return;
                }
                if self.carries_pointer(inst) {
                    self.add(inst, always);
                }
            }
        }
    }

    fn forward_call(&mut self, v: Value, always: bool, call: Value) {
        let callee = call.called_value();
        if callee == v {
            // A function pointer from outside: calling it is a foreign call.
            return self.foreign_call(call);
        }
        let positions: Vec<u32> = (0..call.num_call_args()).filter(|&i| call.operand(i) == v).collect();
        if positions.is_empty() {
            return; // an operand bundle or the like
        }
        if callee.kind() == Kind::InlineAsm {
            // Inline assembly: code reltab does not see, which may keep or
            // hand on what it is given, as a foreign function may.
            return self.foreign_call(call);
        }
        if callee.kind() != Kind::Function {
            for &f in self.possible_callees(call).iter() {
                self.enter(f, call, &positions, always);
            }
            return;
        }
        let name = callee.name().unwrap_or_default();
        if callee.is_declaration() {
            if self.foreign_functions.contains(&callee) {
                return self.foreign_call(call);
            }
            if name.starts_with("llvm.memcpy") || name.starts_with("llvm.memmove") || name.starts_with("llvm.va_copy") {
                // Whatever one side holds, the other side holds too.
                let (dst, src) = (call.operand(0), call.operand(1));
                self.expose(if v == src { dst } else { src }, always);
            } else if self.carries_pointer(call) {
                // An intrinsic or a C function whose result may be derived
                // from its foreign argument (`llvm.ptrmask`, `realloc`).
                self.add(call, always);
            }
            // C code that calls the module back with what it was given (a
            // thread's start routine with its argument, a comparison with
            // its context): the parameters of those functions may be this
            // foreign value, whoever else calls them.
            for f in self.called_back_with(call) {
                for p in f.params() {
                    if self.carries_pointer(p) {
                        self.add(p, true);
                    }
                }
            }
            // C code that writes a pointer into what it was given into an
            // out-parameter: the out-parameter's place now holds it; and
            // one that writes what it kept (`hsearch_r`): the places of
            // every call's out-parameter may hold it.
            for (out, _) in out_parameter_writes(call).into_iter().filter(|(_, into)| *into == v) {
                self.expose(out, always);
            }
            if WRITES_KEPT_INTO_OUT_PARAMETER.iter().any(|(f, _)| *f == c_symbol(&name)) {
                let outs = self.c_calls().kept_for_out_parameters.get(c_symbol(&name)).map(|(_, outs)| outs.clone());
                for out in outs.unwrap_or_default() {
                    self.expose(out, true);
                }
            }
            // C code that keeps what it is given hands it back later
            // (`pthread_setspecific` to `pthread_getspecific`; native code
            // to any call of native code): those results may be foreign.
            for later in self.hands_back_later(callee) {
                // (In another function, maybe: whoever called it.)
                self.add(later, true);
            }
            // Otherwise the C library: see the header.
            return;
        }
        if REALLOCATORS.iter().any(|r| name.ends_with(r)) {
            if positions.contains(&0) {
                self.add(call, always);
            }
            return;
        }
        if ALLOCATORS.iter().any(|a| name.ends_with(a)) {
            return;
        }
        self.enter(callee, call, &positions, always);
    }

    /// A foreign value passed to `f` at `positions` by `call`: the
    /// parameters are foreign in `f` (because of some caller), and what `f`
    /// does with them on the way out — returns them, stores them into the
    /// memory of a parameter — happens to this call.
    fn enter(&mut self, f: Value, call: Value, positions: &[u32], always: bool) {
        let params = f.params();
        for &i in positions {
            if let Some(&p) = params.get(i as usize) {
                self.add(p, false);
            }
        }
        if positions.iter().any(|&i| i as usize >= params.len()) {
            // Past the named parameters of a variadic function: read back
            // through its `va_list`, in whatever call.
            self.variadic_arguments_foreign(f, true);
        }
        if !self.entered_set.insert((f, call, always)) {
            return;
        }
        self.entered.entry(f).or_default().push((call, always));
        let effects = self.effects.get(&f).cloned().unwrap_or_default();
        self.apply(call, always, &effects);
    }

    /// `f`'s way-out effects, on one call of it.
    fn apply(&mut self, call: Value, always: bool, effects: &Effects) {
        if effects.returns && self.carries_pointer(call) {
            self.add(call, always);
        }
        for &j in &effects.stores_into {
            if j < call.num_call_args() {
                self.expose(call.operand(j), always);
            }
        }
    }

    /// `f`'s variadic arguments may be foreign: the `va_list` that
    /// `llvm.va_start` fills points to them (the caller's registers and
    /// stack), so it is foreign memory, and so is what is read through it
    /// (`VaList::next_arg`, under `c_variadic`).
    fn variadic_arguments_foreign(&mut self, f: Value, always: bool) {
        if !f.value_type().is_var_arg() {
            return;
        }
        let lists: Vec<Value> = f.instructions().filter(|&i| is_va_start(i)).map(|i| i.operand(0)).collect();
        for list in lists {
            self.expose(list, always);
        }
    }

    /// A new way-out effect of `f`: applied to every call that entered it.
    fn effect(&mut self, f: Value, returns: bool, stores_into: Option<u32>) {
        let e = self.effects.entry(f).or_default();
        let new = (returns && !e.returns) || stores_into.is_some_and(|j| !e.stores_into.contains(&j));
        if !new {
            return;
        }
        e.returns |= returns;
        e.stores_into.extend(stores_into);
        let single = Effects { returns, stores_into: stores_into.into_iter().collect() };
        for (call, always) in self.entered.get(&f).cloned().unwrap_or_default() {
            self.apply(call, always, &single);
        }
    }

    /// Reads of pointers from the place a foreign word was stored to: from
    /// the same base, at any offset.
    fn word_stored(&mut self, address: Value, always: bool) {
        for p in places_from(strip_offsets(address)) {
            for user in p.users() {
                if user.opcode() == Some(Opcode::Load)
                    && user.ty().kind() != TypeKind::Integer
                    && self.carries_pointer(user)
                {
                    self.add(user, always);
                }
            }
        }
    }

    /// The indirect calls of the module, made on first use.
    fn indirect(&self) -> &IndirectCalls {
        self.indirect.get_or_init(|| IndirectCalls::of(self.module, self.census, &self.call_entry, &self.entries_of))
    }

    /// The functions an indirect call may call: those of its function type
    /// (see the header) that some vtable holds at the entry it reads, or,
    /// when it reads none, whose address is taken.
    fn possible_callees(&self, call: Value) -> Rc<[Value]> {
        let ty = call.called_function_type();
        let callees = match self.call_entry.get(&call) {
            Some(e) => self.at_entry.get(&(*e, ty)),
            None => self.indirect().address_taken.get(&ty),
        };
        callees.cloned().unwrap_or_else(|| Rc::new([]))
    }

    /// What C code writes into the place `base` points into, given it (or
    /// a field of it) as an out-parameter (see [`CCalls::written_into`]).
    fn written_by_c(&self, base: Value) -> Vec<Value> {
        let written_into = &self.c_calls().written_into;
        places_from(base).iter().filter_map(|p| written_into.get(p)).flatten().copied().collect()
    }

    /// What the module gives C code (the C library and named native code)
    /// and what C code gives back: one walk of every call of a declared
    /// function that is not foreign, in module order.
    fn c_calls(&self) -> &CCalls {
        self.c_calls.get_or_init(|| {
            let mut found = CCalls::default();
            let mut native_data = Vec::new();
            let mut key_values = Vec::new();
            let calls = self.module.functions().flat_map(|f| f.instructions()).filter(|i| i.is_call());
            for call in calls {
                let callee = call.called_value();
                if callee.kind() != Kind::Function
                    || !callee.is_declaration()
                    || self.foreign_functions.contains(&callee)
                {
                    continue;
                }
                let name = callee.name().unwrap_or_default();
                let symbol = c_symbol(&name);
                let at = |i: u32| (i < call.num_call_args()).then(|| call.operand(i));
                let args: Vec<Value> =
                    (0..call.num_call_args()).map(|i| call.operand(i)).filter(|a| self.carries_pointer(*a)).collect();
                let functions = functions_given(call);
                let data: Vec<Value> = args.iter().copied().filter(|a| !functions.contains(a)).collect();
                for &f in &functions {
                    found.data_for.entry(f).or_default().extend(data.iter().copied());
                }
                for (out, into) in out_parameter_writes(call) {
                    found.written_into.entry(out).or_default().push(into);
                }
                if self.native_code.contains(&name) {
                    found.given_to_native_code.extend(args);
                    found.called_back_by_native_code.extend(functions);
                    native_data.extend(data);
                    if self.carries_pointer(call) {
                        found.native_code_calls.push(call);
                    }
                    continue;
                }
                if let Some(k) = HANDS_BACK.iter().flat_map(|(_, k)| k.iter().copied()).find(|k| *k == symbol) {
                    found.kept.entry(k).or_default().extend(args.iter().copied());
                }
                if let Some(r) = HANDS_BACK.iter().map(|(r, _)| *r).find(|r| *r == symbol) {
                    if self.carries_pointer(call) {
                        found.handed_back.entry(r).or_default().push(call);
                    }
                }
                if let Some(&(writer, from_end)) = WRITES_KEPT_INTO_OUT_PARAMETER.iter().find(|(f, _)| *f == symbol) {
                    let (kept, outs) = found.kept_for_out_parameters.entry(writer).or_default();
                    kept.extend(args.iter().copied());
                    let n = call.num_call_args();
                    outs.extend((from_end <= n).then(|| call.operand(n - from_end)));
                }
                if let Some((_, keeper)) = CALLS_BACK_WITH_KEPT.iter().find(|(f, _)| *f == symbol) {
                    found.kept_callbacks.entry(keeper).or_default().extend(functions.iter().copied());
                }
                if symbol == KEY_DESTRUCTOR.0 {
                    found.key_destructors.extend(at(KEY_DESTRUCTOR.1).filter(|d| d.kind() == Kind::Function));
                } else if symbol == KEY_VALUE.0 {
                    key_values.extend(at(KEY_VALUE.1));
                } else if symbol == THREAD_JOIN.0 {
                    found.join_results.extend(at(THREAD_JOIN.1).filter(|r| r.kind() != Kind::ConstantPointerNull));
                } else if symbol == THREAD_CREATE.0 {
                    match at(THREAD_CREATE.1) {
                        Some(routine) if routine.kind() == Kind::Function => {
                            found.start_routines.insert(routine);
                        }
                        // A function pointer: any function whose address
                        // is taken.
                        Some(_) => found.start_routines.extend(self.indirect().address_taken_set.iter().copied()),
                        None => {}
                    }
                }
            }
            for f in found.called_back_by_native_code.clone() {
                found.data_for.entry(f).or_default().extend(native_data.iter().copied());
            }
            for f in found.key_destructors.clone() {
                found.data_for.entry(f).or_default().extend(key_values.iter().copied());
            }
            for (keeper, functions) in found.kept_callbacks.clone() {
                let kept = found.kept.get(keeper).cloned().unwrap_or_default();
                for f in functions {
                    found.data_for.entry(f).or_default().extend(kept.iter().copied());
                }
            }
            // What the start routines return, in module order, is written
            // into `pthread_join`'s out-parameter.
            let results: Vec<Value> = self
                .module
                .functions()
                .filter(|f| found.start_routines.contains(f))
                .flat_map(returned_values)
                .collect();
            for &out in &found.join_results {
                found.written_into.entry(out).or_default().extend(results.iter().copied());
            }
            for (kept, outs) in found.kept_for_out_parameters.values() {
                for &out in outs {
                    found.written_into.entry(out).or_default().extend(kept.iter().copied());
                }
            }
            found
        })
    }

    /// The functions C code may call back with what `call` (of a declared C
    /// function) is given: those given to it, and those that code keeps
    /// to call with it later (native code's, a key's destructors, a search
    /// tree's comparisons and actions).
    fn called_back_with(&self, call: Value) -> Vec<Value> {
        let callee = call.called_value();
        let name = callee.name().unwrap_or_default();
        let mut functions = functions_given(call);
        if self.native_code.contains(&name) {
            functions.extend(self.c_calls().called_back_by_native_code.iter().copied());
        } else if c_symbol(&name) == KEY_VALUE.0 {
            functions.extend(self.c_calls().key_destructors.iter().copied());
        }
        let symbol = c_symbol(&name);
        if CALLS_BACK_WITH_KEPT.iter().any(|(_, keeper)| *keeper == symbol) {
            functions.extend(self.c_calls().kept_callbacks.get(symbol).into_iter().flatten().copied());
        }
        functions
    }

    /// What a call of the declared function `callee` may return that an
    /// earlier call gave: the pointers given to its keepers (`HANDS_BACK`),
    /// or, for native code, of which reltab knows nothing more, every
    /// pointer given to native code (its own arguments among them).
    fn handed_back(&self, callee: Value) -> Vec<Value> {
        let name = callee.name().unwrap_or_default();
        if self.native_code.contains(&name) {
            return self.c_calls().given_to_native_code.clone();
        }
        let Some((_, keepers)) = HANDS_BACK.iter().find(|(r, _)| *r == c_symbol(&name)) else { return Vec::new() };
        keepers.iter().filter_map(|k| self.c_calls().kept.get(k)).flatten().copied().collect()
    }

    /// The calls that may return what a call of the declared function
    /// `callee` is given: of the functions that hand back what it keeps
    /// (`HANDS_BACK`), or, for native code, every call of native code.
    fn hands_back_later(&self, callee: Value) -> Vec<Value> {
        let name = callee.name().unwrap_or_default();
        if self.native_code.contains(&name) {
            return self.c_calls().native_code_calls.clone();
        }
        let returners = HANDS_BACK.iter().filter(|(_, k)| k.contains(&c_symbol(&name))).map(|(r, _)| r);
        returners.filter_map(|r| self.c_calls().handed_back.get(r)).flatten().copied().collect()
    }

    /// The indirect calls that may call `f`, in module order: those of its
    /// function type that are no census read (when its address is taken
    /// other than by the vtables), and those through a census read of an
    /// entry at which some vtable holds `f`.
    fn indirect_callers(&self, f: Value) -> Vec<Value> {
        let indirect = self.indirect();
        let ty = f.value_type();
        let mut positions: Vec<usize> = Vec::new();
        if indirect.address_taken_set.contains(&f) {
            positions.extend(indirect.unresolved.get(&ty).into_iter().flatten());
        }
        for e in self.entries_of.get(&f).into_iter().flatten() {
            positions.extend(indirect.through_entry.get(&(*e, ty)).into_iter().flatten());
        }
        positions.sort_unstable();
        positions.dedup();
        positions.into_iter().map(|i| indirect.calls[i]).collect()
    }

    /// Every call of `f`, direct or indirect.
    fn callers(&self, f: Value) -> Vec<Value> {
        f.users().filter(|u| u.is_direct_call_to(f)).chain(self.indirect_callers(f)).collect()
    }

    /// A foreign value returned by `f`: to code outside when `f` is
    /// exported (exposed there already); to every caller when it is
    /// foreign whoever called `f`; to the calls that passed it in when it
    /// came in through a parameter.
    fn returned(&mut self, f: Value, always: bool) {
        if self.exported.contains(&f) {
            return;
        }
        if self.c_calls().start_routines.contains(&f) {
            // A thread's start routine returns to `pthread_join`, which
            // writes what it returned into its out-parameter.
            for out in self.c_calls().join_results.clone() {
                self.expose(out, true);
            }
        }
        if !always {
            return self.effect(f, true, None);
        }
        for call in self.callers(f) {
            if self.carries_pointer(call) {
                self.add(call, true);
            }
        }
    }

    /// `v` reaches code outside (`always`), or now holds a foreign value:
    /// the objects it may point into become foreign. An object that belongs
    /// to one call of a function (its stack, what it allocated) takes the
    /// foreign value's condition; one reached through a parameter is the
    /// caller's (a way-out effect, when the value came in through a
    /// parameter); any other object is shared, and foreign for everyone.
    fn expose(&mut self, v: Value, always: bool) {
        self.expose_for(v, always, v)
    }

    /// [`Closure::expose`], for a walk that started at `start`.
    fn expose_for(&mut self, v: Value, always: bool, start: Value) {
        walk([v], |v, work| {
            if always && !self.exposed.insert(v) {
                return;
            }
            if always && v != start && self.census.vtable_values.contains(&v) {
                // The vtable pointer itself reaches code outside, inside
                // what `start` carries there (a vtable stored, returned or
                // passed as it is: see the crossings).
                self.vtables_out.push((v, start, self.current));
            }
            if matches!(v.kind(), Kind::Instruction | Kind::Argument) && !self.carries_pointer(v) {
                // A float, a byte, a flag: no address (the analysis takes
                // no pointer for one anywhere: see carries_pointer).
                return;
            }
            match v.kind() {
                Kind::Instruction => match v.opcode() {
                    // A word read from memory is followed no further, unless
                    // the place is a stack slot (where a wide pointer is
                    // coerced to words for the C ABI): whether it can be an
                    // address is for the casts of the program to say
                    // (`word_crossings`).
                    Some(Opcode::Load)
                        if v.ty().kind() == TypeKind::Integer
                            && strip_offsets(v.operand(0)).opcode() != Some(Opcode::Alloca) =>
                    {
                        self.word_out.get_or_insert((v, self.current));
                    }
                    Some(Opcode::Load) => {
                        work.push(v.operand(0));
                        // What C code wrote into the place it was given as
                        // an out-parameter (`strtol`'s end, `pthread_join`'s
                        // result) is the object too.
                        for written in self.written_by_c(strip_offsets(v.operand(0))) {
                            self.expose_for(written, true, start);
                        }
                    }
                    Some(Opcode::Phi) => work.extend(v.incoming()),
                    Some(Opcode::Select) => work.extend([v.operand(1), v.operand(2)]),
                    Some(Opcode::Call | Opcode::Invoke) => {
                        let callee = v.called_value();
                        let name = callee.name().unwrap_or_default();
                        let allocates = ALLOCATORS.iter().any(|a| name.ends_with(a));
                        let reallocates = REALLOCATORS.iter().any(|a| name.ends_with(a));
                        // What an allocator returns is this call's own
                        // object; what another function returns may be
                        // anyone's.
                        self.add(v, always || !(allocates || reallocates));
                        if reallocates {
                            // The new block holds what the old one held.
                            work.push(v.operand(0));
                        } else if callee.kind() == Kind::InlineAsm
                            || (callee.kind() == Kind::Function && callee.is_declaration())
                        {
                            // A C function that returns a pointer into what
                            // it was given (`memchr`, `memcpy`'s
                            // destination), an intrinsic that returns its
                            // argument moved (a thread-local's address is
                            // the thread-local), inline assembly
                            // (anything): the object is the argument's too.
                            // Any other C function returns memory of its own
                            // or what the module gave it.
                            if returns_into_argument(callee) {
                                let args = (0..v.num_call_args()).map(|i| v.operand(i));
                                work.extend(args.filter(|a| self.carries_pointer(*a)));
                            }
                            // A C function that hands back what an earlier
                            // call kept (`pthread_getspecific`), native code
                            // (anything it was ever given): the object is
                            // the one given, whoever called the function
                            // that gave it.
                            for given in self.handed_back(callee) {
                                self.expose_for(given, true, start);
                            }
                        } else if !allocates {
                            // What the functions the call may call return:
                            // its callee, or those of an indirect call (a
                            // method reached through a vtable that returns
                            // a reference into its `self`).
                            let callees = match callee.kind() {
                                Kind::Function => vec![callee],
                                _ => self.possible_callees(v).to_vec(),
                            };
                            for r in callees.into_iter().flat_map(returned_values) {
                                self.expose_for(r, true, start);
                            }
                        }
                    }
                    Some(Opcode::Alloca) => self.add(v, always),
                    // The object is behind the base, the aggregate, the
                    // operand of a cast.
                    Some(Opcode::GetElementPtr | Opcode::ExtractValue) => work.push(v.operand(0)),
                    Some(Opcode::InsertValue) => work.extend([v.operand(0), v.operand(1)]),
                    // Casts and integer arithmetic (tagged pointers).
                    _ => work.extend(v.operands().filter(|o| !o.ty().is_void())),
                },
                Kind::Argument => {
                    let (f, position) = v.argument_position();
                    // A function C code calls back: what C code calls it
                    // with is what the module gave C code for it.
                    let data = self.c_calls().data_for.get(&f).cloned().unwrap_or_default();
                    for given in data {
                        self.expose_for(given, true, start);
                    }
                    if !always {
                        // The caller's object: the calls that passed the
                        // foreign value in see it.
                        self.effect(f, false, Some(position));
                        return;
                    }
                    self.add(v, true);
                    for call in self.callers(f) {
                        if position < call.num_call_args() {
                            work.push(call.operand(position));
                        }
                    }
                }
                // A vtable is read-only: reaching outside is its crossing
                // (above), not memory that code outside could fill.
                Kind::GlobalVariable if self.census.vtable_values.contains(&v) => {}
                Kind::GlobalVariable => {
                    self.add(v, true);
                    // What the static holds is handed out with it, as an
                    // exported static's is: code outside reads the vtables
                    // in its initializer, calls its functions and reaches
                    // the statics it points to.
                    if always {
                        work.extend(v.initializer().map(held_in_constant).unwrap_or_default());
                    }
                }
                Kind::ConstantExpr => work.extend(v.operands()),
                // A function code outside can call: its parameters are
                // foreign, what it returns is exposed.
                Kind::Function if always && !v.is_declaration() && self.exported.insert(v) => {
                    for p in v.params() {
                        self.add(p, true);
                    }
                    self.variadic_arguments_foreign(v, true);
                    work.extend(returned_values(v));
                }
                _ => {}
            }
        });
    }

    /// Whether `v` is a vtable pointer (as a pointer, as an integer, or in
    /// an aggregate).
    fn is_vtable_value(&self, v: Value) -> bool {
        let mut found = false;
        walk([v], |v, work| {
            if self.census.vtable_values.contains(&v) {
                found = true;
                return work.stop();
            }
            match v.opcode() {
                Some(
                    Opcode::PtrToInt
                    | Opcode::IntToPtr
                    | Opcode::BitCast
                    | Opcode::AddrSpaceCast
                    | Opcode::Freeze
                    | Opcode::InsertValue,
                ) => work.extend(v.operands()),
                Some(Opcode::Phi) => work.extend(v.incoming()),
                Some(Opcode::Select) => work.extend([v.operand(1), v.operand(2)]),
                _ if matches!(v.kind(), Kind::ConstantStruct | Kind::ConstantArray) => work.extend(v.operands()),
                _ => {}
            }
        });
        found
    }

    /// The crossings of words kept in memory, once the closure is complete
    /// (see casts.rs): a word from outside kept in memory, where the program
    /// makes pointers of words (in); a word read from memory that reaches
    /// outside, where the program lets words made of addresses go (out).
    /// `casts` is asked only when one of them happened.
    fn word_crossings(&self, casts: impl FnOnce() -> SourceCasts) -> Vec<Crossing> {
        if self.word_kept.is_none() && self.word_out.is_none() {
            return Vec::new();
        }
        let casts = casts();
        let named = |functions: &[String]| match functions {
            [one] => one.clone(),
            [first, rest @ ..] => format!("{first} (and {} other functions)", rest.len()),
            [] => unreachable!("asked for a function"),
        };
        let mut out = Vec::new();
        if let Some((store, word)) = self.word_kept.filter(|_| !casts.pointers_from_words.is_empty()) {
            let what = format!(
                "{} makes a pointer of a word (`as *const T`), and {} keeps a word that code outside the module \
                 can provide in memory (by way of {}): a vtable read through such a pointer may be another binary's",
                named(&casts.pointers_from_words),
                rustc_name(store.parent_function()),
                self.path(word)
            );
            out.push(Crossing { direction: Direction::In, what });
        }
        if let Some((load, why)) = self.word_out.filter(|_| !casts.address_words_leave.is_empty()) {
            let function = rustc_name(load.parent_function());
            let mut what = format!("{function} hands code outside the module a word read from memory");
            if let Some(path) = why.map(|why| self.path(why)).filter(|path| *path != function) {
                what.push_str(&format!(" (by way of {path})"));
            }
            what.push_str(&format!(
                ", and {} makes a word of an address that it keeps or passes on (`as usize`): the word may be \
                 the address of a trait object, whose vtable code outside would read",
                named(&casts.address_words_leave)
            ));
            out.push(Crossing { direction: Direction::Out, what });
        }
        out
    }

    /// The crossings, once the closure is complete: those in the program's
    /// own code first (the precompiled std's follow from them, and say less
    /// to the user), then the most direct, then the vtables handed out.
    fn crossings(&self) -> Vec<Crossing> {
        let mut found = self.all_crossings();
        // Stable: as found, within each rank.
        found.sort_by_key(|(place, c)| {
            let in_std = place.kind() == Kind::Function && function_origin(*place) == Origin::Sysroot;
            (in_std, c.what.matches(" -> ").count(), !c.what.contains(" puts "))
        });
        found.into_iter().map(|(_, c)| c).collect()
    }

    /// A function that uses global `g` (directly or in a constant
    /// expression): an exported one if there is one.
    fn function_using(&self, g: Value) -> Option<Value> {
        let mut functions = Vec::new();
        walk([g], |v, work| {
            for u in v.users() {
                match u.kind() {
                    Kind::Instruction => functions.push(u.parent_function()),
                    Kind::ConstantExpr => work.push(u),
                    _ => {}
                }
            }
        });
        functions.iter().find(|f| self.exported.contains(f)).or(functions.first()).copied()
    }

    /// Every crossing, with the function (or static) it is in.
    fn all_crossings(&self) -> Vec<(Value, Crossing)> {
        let mut out = Vec::new();
        let mut seen_in = HashSet::new();
        for site in &self.census.sites {
            if self.foreign.contains(&site.base) && seen_in.insert(site.function) {
                let what = format!(
                    "{} reads a vtable through a pointer that code outside the module can provide (by way of {})",
                    rustc_name(site.function),
                    self.path(site.base)
                );
                out.push((site.function, Crossing { direction: Direction::In, what }));
            }
        }
        let mut seen_out = HashSet::new();
        for &(vtable, carrier, why) in &self.vtables_out {
            let place = match carrier.kind() {
                Kind::Instruction => carrier.parent_function(),
                Kind::Argument => carrier.argument_position().0,
                // A static handed out: named by the function that hands it
                // out (an exported one, if any uses it).
                Kind::GlobalVariable => self.function_using(carrier).unwrap_or(carrier),
                _ => vtable,
            };
            if seen_out.insert(place) {
                let whose = match vtable.kind() {
                    Kind::GlobalVariable => describe_vtable(vtable),
                    _ => "a vtable pointer".to_string(),
                };
                let named = match place.kind() {
                    Kind::Function => rustc_name(place),
                    _ => describe_static(place),
                };
                let mut what = format!("{named} puts {whose} where code outside the module can reach it");
                if let Some(path) = why.map(|why| self.path(why)).filter(|path| *path != named) {
                    what.push_str(&format!(" (by way of {path})"));
                }
                out.push((place, Crossing { direction: Direction::Out, what }));
            }
        }
        // Only functions that hold such an instruction are walked: stores
        // into foreign values, exported functions, callers of foreign
        // functions and of function pointers from outside.
        let stores_into_foreign = self
            .foreign
            .iter()
            .flat_map(|v| v.users().filter(move |u| stored_value_and_address(*u).is_some_and(|(_, a)| a == *v)));
        let foreign_calls = self
            .foreign_functions
            .iter()
            .chain(self.foreign.iter())
            .flat_map(|f| f.users().filter(move |u| u.is_call() && u.called_value() == *f));
        let holders: HashSet<Value> = stores_into_foreign
            .chain(foreign_calls)
            .map(|i| i.parent_function())
            .chain(self.exported.iter().copied())
            .collect();
        for f in self.module.functions().filter(|f| !f.is_declaration() && holders.contains(f)) {
            for inst in f.instructions() {
                let into_foreign = stored_value_and_address(inst)
                    .filter(|&(value, address)| self.foreign.contains(&address) && self.is_vtable_value(value));
                let what = match inst.opcode() {
                    _ if let Some((_, address)) = into_foreign => &format!(
                        "stores a vtable pointer into memory that code outside the module can reach (by way of {})",
                        self.path(address)
                    ),
                    Some(Opcode::Ret)
                        if self.exported.contains(&f)
                            && inst.num_operands() > 0
                            && self.is_vtable_value(inst.operand(0)) =>
                    {
                        "returns a vtable pointer to code outside the module"
                    }
                    Some(Opcode::Call | Opcode::Invoke)
                        if (self.foreign_functions.contains(&inst.called_value())
                            || self.foreign.contains(&inst.called_value()))
                            && (0..inst.num_call_args()).any(|i| self.is_vtable_value(inst.operand(i))) =>
                    {
                        "passes a vtable pointer to a function outside the module"
                    }
                    _ => continue,
                };
                if seen_out.insert(f) {
                    out.push((f, Crossing { direction: Direction::Out, what: format!("{} {what}", rustc_name(f)) }));
                }
            }
        }
        out
    }
}

/// What the module gives C code (the C library and named native code), and
/// what C code gives back (see the header).
#[derive(Default)]
struct CCalls {
    /// The pointers given to each of `HANDS_BACK`'s keepers, by symbol.
    kept: HashMap<&'static str, Vec<Value>>,
    /// The calls of each of `HANDS_BACK`'s returners, by symbol.
    handed_back: HashMap<&'static str, Vec<Value>>,
    /// The pointers given to native code, in module order.
    given_to_native_code: Vec<Value>,
    /// The calls of native code that return a pointer, in module order.
    native_code_calls: Vec<Value>,
    /// The module's functions that C code calls back (given to it as
    /// arguments: a thread's start routine, a comparison, a destructor),
    /// and what C code may call each with: the other pointers given to the
    /// same call; what `pthread_setspecific` was given, for a key's
    /// destructor; for native code, every pointer given to native code.
    data_for: HashMap<Value, Vec<Value>>,
    /// The functions given to native code, in module order.
    called_back_by_native_code: Vec<Value>,
    /// The destructors given to `pthread_key_create`, in module order.
    key_destructors: Vec<Value>,
    /// The functions given to `CALLS_BACK_WITH_KEPT`'s functions, by their
    /// keeper, in module order.
    kept_callbacks: HashMap<&'static str, Vec<Value>>,
    /// The functions that may be a thread's start routine: those given to
    /// `pthread_create`, and every function whose address is taken when one
    /// is given a function pointer.
    start_routines: HashSet<Value>,
    /// The out-parameters of `pthread_join` (what a start routine returned
    /// is written there).
    join_results: Vec<Value>,
    /// What C code writes into each out-parameter it is given: a pointer
    /// into another of its arguments (`WRITES_INTO_OUT_PARAMETER`), what
    /// the threads' start routines return (`pthread_join`'s), or what the
    /// function's calls kept (`WRITES_KEPT_INTO_OUT_PARAMETER`).
    written_into: HashMap<Value, Vec<Value>>,
    /// The pointers given to each `WRITES_KEPT_INTO_OUT_PARAMETER`
    /// function, and its calls' out-parameters, by symbol, in module order.
    kept_for_out_parameters: HashMap<&'static str, (Vec<Value>, Vec<Value>)>,
}

/// The module's indirect calls, by what they may call.
struct IndirectCalls {
    /// Every indirect call, in module order.
    calls: Vec<Value>,
    /// Positions in `calls` of those that are no census read, by function
    /// type: they may call any function of that type whose address is taken.
    unresolved: HashMap<Type, Vec<usize>>,
    /// Positions in `calls` of those through a census read, by entry and
    /// function type.
    through_entry: HashMap<(Entry, Type), Vec<usize>>,
    /// Functions a call that is no census read may call, by function type,
    /// in module order: those whose address is taken, other than by the
    /// vtables whose reads are all calls (see [`IndirectCalls::of`]).
    address_taken: HashMap<Type, Rc<[Value]>>,
    address_taken_set: HashSet<Value>,
}

impl IndirectCalls {
    /// A walk of every instruction: made only when the closure meets an
    /// indirect call or a function that one may call.
    ///
    /// A function whose address only vtables hold is called through reads
    /// of those vtables alone: every read of a vtable is a census read (the
    /// census is complete, or the module is not converted), so a call that
    /// is no census read gets such a function only from a census read that
    /// is used other than as a callee (stored, merged, passed on). Such
    /// entries are *escaping*, and what the vtables hold there may be called
    /// by any call of its type.
    fn of(
        module: &Module,
        census: &Census,
        call_entry: &HashMap<Value, Entry>,
        entries_of: &HashMap<Value, Vec<Entry>>,
    ) -> IndirectCalls {
        let calls: Vec<Value> = module
            .functions()
            .filter(|f| !f.is_declaration())
            .flat_map(|f| f.instructions())
            .filter(|i| i.is_indirect_call())
            .collect();
        let mut unresolved: HashMap<Type, Vec<usize>> = HashMap::new();
        let mut through_entry: HashMap<(Entry, Type), Vec<usize>> = HashMap::new();
        for (i, call) in calls.iter().enumerate() {
            let ty = call.called_function_type();
            match call_entry.get(call) {
                Some(e) => through_entry.entry((*e, ty)).or_default().push(i),
                None => unresolved.entry(ty).or_default().push(i),
            }
        }
        // Compared (`icmp` with null, for a drop entry) or called, and not
        // passed to the call it calls as well.
        let only_called = |read: Value, u: Value| {
            u.opcode() == Some(Opcode::ICmp)
                || (u.is_direct_call_to(read) && (0..u.num_call_args()).all(|i| u.operand(i) != read))
        };
        let escaping: HashSet<Entry> = census
            .sites
            .iter()
            .filter(|s| s.instruction.users().any(|u| !only_called(s.instruction, u)))
            .map(|s| s.entry)
            .collect();
        let in_a_vtable = |u: Value| {
            matches!(u.kind(), Kind::ConstantStruct | Kind::ConstantArray)
                && u.users().all(|g| census.vtable_values.contains(&g) && g.initializer() == Some(u))
        };
        let callable_from_pointers = |f: Value| {
            f.users().any(|u| !u.is_direct_call_to(f) && !in_a_vtable(u))
                || entries_of.get(&f).into_iter().flatten().any(|e| escaping.contains(e))
        };
        let mut address_taken: HashMap<Type, Vec<Value>> = HashMap::new();
        let mut address_taken_set = HashSet::new();
        for f in module.functions().filter(|f| !f.is_declaration() && callable_from_pointers(*f)) {
            address_taken.entry(f.value_type()).or_default().push(f);
            address_taken_set.insert(f);
        }
        IndirectCalls {
            calls,
            unresolved,
            through_entry,
            address_taken_set,
            address_taken: address_taken.into_iter().map(|(ty, fs)| (ty, fs.into())).collect(),
        }
    }
}

/// The values `f` returns.
fn returned_values(f: Value) -> Vec<Value> {
    f.instructions().filter(|i| i.opcode() == Some(Opcode::Ret) && i.num_operands() > 0).map(|i| i.operand(0)).collect()
}

/// The value a store, a compare-and-exchange (its new value) or an atomic
/// read-modify-write (`AtomicPtr::swap`) puts into memory, and where; `None`
/// for any other instruction.
fn stored_value_and_address(inst: Value) -> Option<(Value, Value)> {
    match inst.opcode() {
        Some(Opcode::Store) => Some((inst.operand(0), inst.operand(1))),
        Some(Opcode::AtomicCmpXchg) => Some((inst.operand(2), inst.operand(0))),
        Some(Opcode::AtomicRMW) => Some((inst.operand(1), inst.operand(0))),
        _ => None,
    }
}

/// Whether `inst` is a call of `llvm.va_start` (which fills its operand, a
/// `va_list`, with pointers to the variadic arguments).
fn is_va_start(inst: Value) -> bool {
    inst.is_call() && inst.called_value().name().is_some_and(|n| n.starts_with("llvm.va_start"))
}

/// Whether `v` is a `va_list` that `llvm.va_start` fills.
fn is_va_list(v: Value) -> bool {
    v.opcode() == Some(Opcode::Alloca) && v.users().any(|u| is_va_start(u) && u.operand(0) == v)
}

/// A static in Rust terms: `the static NAME`, or for one that fat LTO made
/// anonymous (`anon.<hash>.N`) the constant and whose it is
/// ([`describe_global`], as the plan names globals).
fn describe_static(g: Value) -> String {
    match g.name() {
        Some(name) if !name.is_empty() && !name.starts_with("anon.") => format!("the static {}", describe_global(g)),
        _ => describe_global(g),
    }
}
