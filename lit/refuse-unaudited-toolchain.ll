; At fat LTO the module names the rustc that compiled it (!llvm.ident); when
; reltab has no audit of that rustc's precompiled std (neither compiled in
; from audit/ nor in the audit cache), it leaves the program absolute and
; says how to audit.
; The same module from an audited rustc is converted.

; RUN: sed 's/1.97.0-nightly (e50aa6fba 2026-05-19)/1.99.0-nightly (0000000 2027-01-01)/' %S/Inputs/check-program.ll \
; RUN:   | %opt -passes='reltab-protect,lto<O2>' -reltab-layout=relative -reltab-audit-cache=%t.no-cache -S -o %t.ll 2>&1 | FileCheck %s --check-prefix=WARN
; RUN: FileCheck %s --check-prefix=ABSOLUTE < %t.ll
; RUN: %opt -passes='reltab-protect,lto<O2>' -reltab-layout=relative -reltab-verbose -disable-output %S/Inputs/check-program.ll 2>&1 \
; RUN:   | FileCheck %s --check-prefix=AUDITED

; WARN: warning: reltab: left the vtables of this module absolute: the precompiled std of rustc version 1.99.0-nightly (0000000 2027-01-01) has not been audited by this build of reltab (`cargo reltab` audits a toolchain on first use, `cargo reltab audit` on demand; audited: {{.*}}rustc version 1.97.0-nightly (e50aa6fba 2026-05-19){{.*}}; audit cache: {{.*}}.no-cache)
; ABSOLUTE-NOT: llvm.load.relative
; AUDITED: remark: reltab: converted 4 vtables to the relative layout
