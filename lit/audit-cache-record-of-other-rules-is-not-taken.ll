; A record in the audit cache counts only when this plugin's rules made it
; (its "rules", a hash of the plugin's sources: another build of reltab may
; classify by other rules) and it audits the module's very rustc (its
; "compilers", from the audited bitcode's !llvm.ident). A record with other
; rules, or one of another rustc under this rustc's file name, is not taken:
; with the compiled-in audit forgotten (-reltab-forget-audit, testing only),
; the program is left absolute in both cases.

; RUN: rm -rf %t.rules %t.other && mkdir -p %t.rules %t.other
; RUN: %opt -passes=reltab-audit -reltab-report=%t.audit.json -disable-output %S/Inputs/check-program.ll
; RUN: sed 's/"rules": "[0-9a-f]*"/"rules": "0000000000000000"/' %t.audit.json > %t.rules/rustc-1.97.0-nightly-e50aa6fba-2026-05-19.json
; RUN: %opt -passes='reltab-protect,lto<O2>' -reltab-layout=relative -reltab-forget-audit=1.97 -reltab-audit-cache=%t.rules \
; RUN:   -disable-output %S/Inputs/check-program.ll 2>&1 | FileCheck %s
; RUN: sed 's/e50aa6fba 2026-05-19/0000000 2027-01-01/' %t.audit.json > %t.other/rustc-1.97.0-nightly-e50aa6fba-2026-05-19.json
; RUN: %opt -passes='reltab-protect,lto<O2>' -reltab-layout=relative -reltab-forget-audit=1.97 -reltab-audit-cache=%t.other \
; RUN:   -disable-output %S/Inputs/check-program.ll 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute: the precompiled std of rustc version 1.97.0-nightly (e50aa6fba 2026-05-19) has not been audited by this build of reltab
