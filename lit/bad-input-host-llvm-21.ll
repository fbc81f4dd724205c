; The plugin loaded into an LLVM of another major version that has
; LLVMGetVersion (16 or later; wrong-host-version.ll needs an installed
; older opt and, with Debian's LLVM 14, reaches the "no LLVMGetVersion"
; branch instead). The shim asks the host for its version with
; dlsym(RTLD_DEFAULT, "LLVMGetVersion"); a preloaded library whose
; LLVMGetVersion answers 21.1.8 comes first in that lookup, so this opt
; plays an LLVM 21 host: reltab must refuse at load time with a message
; that names both versions, the pipeline must not run, and nothing crashes.
; (Inputs/fake-llvm-version.ll is the preloaded library; it is linked with
; `cc`, which scripts/setup requires.)
; REQUIRES: x86-64-registered-target
; RUN: llc -relocation-model=pic -filetype=obj %S/Inputs/fake-llvm-version.ll -o %t.o
; RUN: cc -shared %t.o -o %t.so
; RUN: not env LD_PRELOAD=%t.so %opt -load-pass-plugin=%plugin -passes=reltab -disable-output -pass-remarks=reltab %s 2>&1 | FileCheck %s
; CHECK: error: reltab: libreltab_opt.so is built for LLVM 22, but it was loaded into LLVM 21.1.8; use an LLVM 22 host
; CHECK-NOT: remark
; CHECK-NOT: Stack dump

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
