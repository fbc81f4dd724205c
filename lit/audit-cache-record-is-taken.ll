; At fat LTO the plugin takes the audit of a toolchain it was not built with
; from the audit cache (-reltab-audit-cache), where `cargo reltab` records
; the audits it makes with `opt -passes=reltab-audit` of the same plugin.
; -reltab-forget-audit (testing only) makes the plugin forget its compiled-in
; audit of nightly 1.97: with an empty cache the program is left absolute;
; with a record for that rustc made by this plugin in the cache it is
; converted, and the plugin's toolchain report says where the audit came
; from. (The record here is the audit of the program's own module, not of a
; sysroot: what is tested is where the plugin finds audits, not the audit.)

; RUN: rm -rf %t.cache && mkdir -p %t.cache
; RUN: %opt -passes='reltab-protect,lto<O2>' -reltab-layout=relative -reltab-forget-audit=1.97 -reltab-audit-cache=%t.cache \
; RUN:   -disable-output %S/Inputs/check-program.ll 2>&1 | FileCheck %s --check-prefix=FORGOTTEN
; RUN: %opt -passes=reltab-audit -reltab-report=%t.cache/rustc-1.97.0-nightly-e50aa6fba-2026-05-19.json -disable-output %S/Inputs/check-program.ll
; RUN: %opt -passes='reltab-protect,lto<O2>' -reltab-layout=relative -reltab-forget-audit=1.97 -reltab-audit-cache=%t.cache \
; RUN:   -reltab-verbose -reltab-toolchain-report=%t.known.json -disable-output %S/Inputs/check-program.ll 2>&1 | FileCheck %s --check-prefix=CACHED
; RUN: FileCheck %s --check-prefix=KNOWN < %t.known.json

; FORGOTTEN: warning: reltab: left the vtables of this module absolute: the precompiled std of rustc version 1.97.0-nightly (e50aa6fba 2026-05-19) has not been audited by this build of reltab
; CACHED: remark: reltab: converted 4 vtables to the relative layout
; KNOWN:      "compiler": "rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)",
; KNOWN-NEXT: "calls_audited": true,
; KNOWN-NEXT: "layouts_audited": true,
; KNOWN-NEXT: "source": {
; KNOWN-NEXT:   "cache": "{{.*}}.cache/rustc-1.97.0-nightly-e50aa6fba-2026-05-19.json"
