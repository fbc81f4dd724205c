//! The Rust half of the shim: the symbols a pass-plugin host looks up.
//!
//! A `cdylib` exports only Rust symbols, so `llvmGetPassPluginInfo` is defined
//! here and forwards to the C++ (shim.cpp), which knows the LLVM 22 types.
//! `reltab_run_module` is what the C++ pass calls for every module; it hands
//! the module to the pass in `reltab_pass`.

use std::ffi::{c_char, c_void};

use reltab_pass::host::{RawModule, RunRequest};

/// `llvm::PassPluginLibraryInfo` of LLVM 22 (shim.cpp asserts size and
/// alignment). Returned by value, as the C ABI returns any 40-byte struct.
#[repr(C)]
pub struct PluginInfo {
    api_version: u32,
    plugin_name: *const c_char,
    plugin_version: *const c_char,
    register_pass_builder_callbacks: *const c_void,
    pre_codegen_callback: *const c_void,
}

extern "C" {
    fn reltab_shim_plugin_info() -> PluginInfo;
}

/// The entry point `PassPlugin::Load` looks for.
#[no_mangle]
pub extern "C" fn llvmGetPassPluginInfo() -> PluginInfo {
    // SAFETY: plain C call; the shim checks the host before it hands out callbacks.
    unsafe { reltab_shim_plugin_info() }
}

/// Called by shim.cpp for each module the pass runs on.
///
/// # Safety
/// `module` and `request` come from the shim and are valid for the call.
#[no_mangle]
pub unsafe extern "C" fn reltab_run_module(module: RawModule, request: *const RunRequest) -> u32 {
    reltab_pass::host::run_from_host(module, &*request) as u32
}
