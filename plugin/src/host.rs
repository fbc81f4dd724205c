//! The contract with the C++ shim (rust-shim/src/shim.cpp): what the host
//! tells the pass (phase, options) and how the pass talks back (diagnostics).
//! Keep the `#[repr(C)]` types in sync with `ReltabRunRequest` there (both
//! sides assert its size).
//!
//! With llvm.rs, the only file that names `llvm_sys`: the raw module and the
//! callbacks' raw values cross here, and nowhere else.

use std::ffi::{c_char, c_void, CStr, CString};

use llvm_sys::prelude::{LLVMModuleRef, LLVMValueRef};

use crate::llvm;

/// The module as the shim hands it over.
pub type RawModule = LLVMModuleRef;

/// Runs the pass on `module` as the host asked. Returns true when the module
/// changed. Never unwinds into C++: an error or a panic becomes an LLVM error
/// diagnostic and the module is left as it was.
///
/// # Safety
/// `module` must be a valid module that the host does not touch during the
/// call; `request` must come from the shim, valid for the call.
pub unsafe fn run_from_host(module: RawModule, request: &RunRequest) -> bool {
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let options = request.options()?;
        // SAFETY: the caller's contract.
        let module = unsafe { llvm::Module::from_raw(module) };
        crate::pass::run(&module, &options, request)
    }));
    match outcome {
        Ok(Ok(changed)) => changed,
        Ok(Err(message)) => {
            request.diagnose(Severity::Error, None, "Error", &message);
            false
        }
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("unknown panic");
            request.diagnose(
                Severity::Error,
                None,
                "InternalError",
                &format!("internal error, please report it: {what}; the module was left unchanged"),
            );
            false
        }
    }
}

pub use reltab_report::{Layout, Phase};

/// The phase the shim says, by its number in shim.cpp.
fn phase_from_raw(raw: u32) -> Option<Phase> {
    Some(match raw {
        0 => Phase::Explicit,
        1 => Phase::FullLto,
        2 => Phase::CrateStart,
        3 => Phase::CrateLast,
        4 => Phase::FullLtoLast,
        5 => Phase::Audit,
        _ => return None,
    })
}

/// LLVM's code models (llvm::CodeModel::Model).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeModel {
    Tiny,
    Small,
    Kernel,
    Medium,
    Large,
}

#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Remark = 0,
    Warning = 1,
    Error = 2,
}

/// `ReltabRunRequest` of shim.cpp.
#[repr(C)]
pub struct RunRequest {
    phase: u32,
    lto_phase: u32,
    report_path: *const c_char,
    /// 0: not given (the default); 1: relative; 2: compact.
    layout: u32,
    /// `-reltab-trust-boundary`.
    trust_boundary: u32,
    host_context: *mut c_void,
    diagnose: unsafe extern "C" fn(*mut c_void, u32, LLVMValueRef, *const c_char, *const c_char),
    dso_local_equivalent: unsafe extern "C" fn(LLVMValueRef) -> LLVMValueRef,
    code_model: u32,
    check: u32,
    debug_miss: *const c_char,
    native_code: *const c_char,
    audit_cache: *const c_char,
    toolchain_report: *const c_char,
    forget_audit: *const c_char,
    promote: u32,
}

// shim.cpp asserts the same of `ReltabRunRequest`.
const _: () = assert!(std::mem::size_of::<RunRequest>() == 104 && std::mem::align_of::<RunRequest>() == 8);

/// The options the pass runs with, decoded from a [`RunRequest`].
#[derive(Clone, Debug)]
pub struct Options {
    pub phase: Phase,
    /// The module's code model (`"Code Model"` module flag), when set.
    pub code_model: Option<CodeModel>,
    /// LLVM's ThinOrFullLTOPhase, where the host says it (crate-last).
    pub lto_phase: u32,
    pub report_path: Option<std::path::PathBuf>,
    pub layout: Layout,
    /// `-reltab-check`: trap with a message on any missed vtable read.
    pub check: bool,
    /// `-reltab-debug-miss`: a deliberate miss, to test check mode.
    pub debug_miss: Option<DebugMiss>,
    /// `-reltab-trust-boundary`: the user states that every Rust binary on
    /// the other side of the module's boundary is built by reltab with the
    /// same layout, so trait objects may cross it (boundary.rs).
    pub trust_boundary: bool,
    /// `-reltab-native-code=PATH`: declared symbols that native code (C,
    /// C++, assembly) defines, read from the file: no boundary for trait
    /// objects, as the C library is not (boundary.rs).
    pub native_code: std::collections::HashSet<String>,
    /// `-reltab-audit-cache=DIR`, else the default place
    /// (`reltab_report::audit::default_audit_cache`): the audits of
    /// toolchains the plugin was not built with (sysroot.rs).
    pub audit_cache: Option<std::path::PathBuf>,
    /// `-reltab-toolchain-report=PATH`: write what the plugin knows of the
    /// module's compilers there, in any phase.
    pub toolchain_report: Option<std::path::PathBuf>,
    /// `-reltab-forget-audit=TEXT` (testing): ignore the compiled-in audits
    /// of compilers whose name contains this.
    pub forget_audit: Option<String>,
    /// `-reltab-promote` (default true): promote.rs.
    pub promote: bool,
}

/// A deliberate miscompile that check mode must catch (testing only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DebugMiss {
    /// Leave absolute every vtable whose `<Type as Trait>` contains this.
    Vtable(String),
    /// Leave unrewritten every read in functions whose name contains this.
    Read(String),
}

impl DebugMiss {
    fn parse(s: &str) -> Result<DebugMiss, String> {
        match s.split_once(':') {
            Some(("vtable", text)) if !text.is_empty() => Ok(DebugMiss::Vtable(text.to_string())),
            Some(("read", text)) if !text.is_empty() => Ok(DebugMiss::Read(text.to_string())),
            _ => Err(format!("-reltab-debug-miss={s}: expected vtable:TEXT or read:TEXT")),
        }
    }
}

/// A string option of the shim's request: null when not given.
fn string_option(raw: *const c_char) -> Option<String> {
    // SAFETY: the shim passes null or a NUL-terminated string valid for the call.
    (!raw.is_null()).then(|| unsafe { CStr::from_ptr(raw) }.to_string_lossy().into_owned())
}

/// The symbols of a `-reltab-native-code` file: one a line; blank lines and
/// lines starting with `#` are skipped.
fn read_native_code(path: &std::path::Path) -> Result<std::collections::HashSet<String>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("-reltab-native-code={}: cannot read the file: {e}", path.display()))?;
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect())
}

impl RunRequest {
    pub fn options(&self) -> Result<Options, String> {
        let phase = phase_from_raw(self.phase).ok_or_else(|| format!("unknown phase {} from the shim", self.phase))?;
        // The default is the compact layout (the bytes favour it: docs/benchmarks.md,
        // "The compact layout against the relative one"), in check mode too,
        // which checks the layout that ships.
        let layout = match self.layout {
            0 => Layout::Compact,
            1 => Layout::Relative,
            2 => Layout::Compact,
            other => return Err(format!("unknown layout {other} from the shim")),
        };
        let report_path = string_option(self.report_path).map(std::path::PathBuf::from);
        let code_model = match self.code_model {
            0 => None,
            1 => Some(CodeModel::Tiny),
            2 => Some(CodeModel::Small),
            3 => Some(CodeModel::Kernel),
            4 => Some(CodeModel::Medium),
            5 => Some(CodeModel::Large),
            other => return Err(format!("unknown code model {other} from the shim")),
        };
        let debug_miss = string_option(self.debug_miss).map(|s| DebugMiss::parse(&s)).transpose()?;
        let native_code = match string_option(self.native_code) {
            Some(path) => read_native_code(std::path::Path::new(&path))?,
            None => Default::default(),
        };
        Ok(Options {
            phase,
            code_model,
            lto_phase: self.lto_phase,
            report_path,
            layout,
            check: self.check != 0,
            debug_miss,
            trust_boundary: self.trust_boundary != 0,
            native_code,
            audit_cache: string_option(self.audit_cache)
                .map(std::path::PathBuf::from)
                .or_else(reltab_report::audit::default_audit_cache),
            toolchain_report: string_option(self.toolchain_report).map(std::path::PathBuf::from),
            forget_audit: string_option(self.forget_audit),
            promote: self.promote != 0,
        })
    }

    /// `dso_local_equivalent @f` (no C API has it): a reference to function
    /// `f` that needs no dynamic relocation, a PLT entry when `f` is external.
    pub fn dso_local_equivalent(&self, function: llvm::Value) -> llvm::Value {
        // SAFETY: the shim's callback; `function` is a function of the module.
        llvm::Value::from_raw(unsafe { (self.dso_local_equivalent)(function.raw()) })
    }

    /// Sends one diagnostic to LLVM: a remark under the pass name `reltab`
    /// (attached to `function`, or to the module), a warning, or an error.
    pub fn diagnose(&self, severity: Severity, function: Option<llvm::Value>, remark_name: &str, message: &str) {
        let name = CString::new(remark_name.replace('\0', " ")).unwrap();
        let msg = CString::new(message.replace('\0', " ")).unwrap();
        // SAFETY: the callback and context come from the shim and live for the run.
        unsafe {
            (self.diagnose)(
                self.host_context,
                severity as u32,
                function.map_or(std::ptr::null_mut(), |f| f.raw()),
                name.as_ptr(),
                msg.as_ptr(),
            )
        }
    }
}
