//! reltab: relative vtables for Rust, as an LLVM pass.
//!
//! The pass itself is described in [`pass`]. This crate is linked into the
//! plugin artifacts by `rust-shim/`, which owns the LLVM C++ side.

pub mod audit;
pub mod audit_layouts;
pub mod check;
pub mod compact_decode;
pub mod host;
pub mod llvm;
pub mod layout;
pub mod loads;
pub mod pass;
pub mod plan;
pub mod protect;
pub mod provenance;
pub mod recognize;
pub mod report;
pub mod rewrite_loads;
pub mod rewrite_tables;
pub mod uses;

pub use llvm_sys;

use host::{RunRequest, Severity};
use llvm_sys::prelude::LLVMModuleRef;

/// Runs the pass on `module` as the host asked. Returns true when the module
/// changed. Never unwinds into C++: an error or a panic becomes an LLVM error
/// diagnostic and the module is left as it was.
pub fn run_from_host(module: LLVMModuleRef, request: &RunRequest) -> bool {
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let options = request.options()?;
        // SAFETY: the shim hands over a live module for the duration of the call.
        let module = unsafe { llvm::Module::from_raw(module) };
        pass::run(&module, &options, request)
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
