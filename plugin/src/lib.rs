//! reltab: relative vtables for Rust, as an LLVM pass.
//!
//! The pass itself is described in [`pass`], the design in docs/design.md.
//! This crate is linked into the plugin artifacts by `rust-shim/`, which owns
//! the LLVM C++ side and enters through [`host::run_from_host`].

pub mod audit;
pub mod audit_layouts;
pub mod boundary;
pub mod casts;
pub mod census;
pub mod check_mode;
pub mod compact_decode;
pub mod count;
pub mod host;
pub mod ir;
pub mod layout;
pub mod live;
pub mod llvm;
pub mod pass;
pub mod paths;
pub mod plan;
pub mod promote;
pub mod protect;
pub mod provenance;
pub mod recognize;
pub mod report;
pub mod rewrite_loads;
pub mod rewrite_tables;
pub mod sysroot;
pub mod uses;
