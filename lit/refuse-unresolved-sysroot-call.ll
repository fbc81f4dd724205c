; At fat LTO (opt's lto<O2> pipeline runs reltab where rustc's does), a live
; indirect call in precompiled code that reads its callee at a vtable entry
; offset from a pointer loaded from memory could be a vtable read no analysis
; sees: unless the sysroot audit knows it, the module is left absolute, with
; a warning naming the function. (std::table_param's read is resolved: it is
; dead here, and a live one would need a caller passing a vtable.)

; RUN: %opt -passes='lto<O2>' -S %S/Inputs/sysroot-calls.ll -o %t.ll 2>&1 | FileCheck %s --check-prefix=WARN
; RUN: FileCheck %s < %t.ll

; WARN: warning: reltab: left the vtables of this module absolute: an indirect call in std::table_from_memory reads its callee at offset 24 from a pointer loaded from memory, as a vtable read no analysis sees would, and the audit of the sysroot does not know it
; CHECK-NOT: llvm.load.relative
; CHECK: define {{.*}}i32 @main()
; CHECK-NOT: llvm.load.relative
