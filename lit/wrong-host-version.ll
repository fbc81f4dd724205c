; The plugin loaded into an opt of another LLVM major version (Debian's LLVM 14
; here, when installed) must fail with a message, never crash: either the
; dynamic loader refuses it or reltab's own check does, and the pipeline does
; not run.

; REQUIRES: other-llvm-opt
; RUN: not %other-llvm-opt -load-pass-plugin=%plugin -passes=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK: {{Failed to load passes|Could not load library|reltab: .* is built for LLVM 22}}
; CHECK-NOT: Stack dump
; CHECK-NOT: Segmentation

target triple = "x86_64-unknown-linux-gnu"
