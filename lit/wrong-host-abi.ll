; The plugin built for rustc (libreltab.so: LLVM without ABI-breaking checks)
; loaded into the opt of scripts/setup (an LLVM with them) would disagree with
; its host on the layout of cl::opt and PreservedAnalyses. It must refuse at
; load time, say what to load instead, and never run.

; RUN: not %llvm-opt -load-pass-plugin=%rustc-plugin -passes=reltab -disable-output %s 2>&1 | FileCheck %s

; CHECK: error: reltab: libreltab.so is built for an LLVM without ABI-breaking checks, but this host LLVM is with them; load libreltab_opt.so instead
; CHECK-NOT: Stack dump

target triple = "x86_64-unknown-linux-gnu"
