; At fat LTO the compact layout needs every size and align read of precompiled
; code to be a census read. A live allocator call whose align is read at
; offset 16 from a pointer loaded from memory (std::free_from_memory: the
; shape of a read that lost its !invariant.load) could read a compact table's
; slots as a layout: the module gets the relative layout instead, which keeps
; the size and align words, with a remark naming the function. Without that
; call (the function dead) the same module takes the compact layout.

; RUN: %opt -passes='lto<O2>' -reltab-layout=compact -pass-remarks=reltab -S %S/Inputs/sysroot-layouts.ll -o %t.ll 2>&1 \
; RUN:   | FileCheck %s --check-prefix=FALLBACK
; RUN: sed '/call void @_RNvCsi4IsKQVxMg0_3std16free_from_memory/d' %S/Inputs/sysroot-layouts.ll \
; RUN:   | %opt -passes='lto<O2>' -reltab-layout=compact -pass-remarks=reltab -disable-output 2>&1 \
; RUN:   | FileCheck %s --check-prefix=COMPACT

; FALLBACK: remark: {{.*}}the relative layout instead of the compact one for this module: an allocator call in std::free_from_memory takes a layout read at offset 16 from a pointer not known to be a vtable pointer, as an align read that lost its !invariant.load would be (the compact header does not keep those words)
; FALLBACK: remark: {{.*}}converted 1 vtables to the relative layout

; COMPACT-NOT: relative layout instead
; COMPACT: remark: {{.*}}converted 1 vtables to the compact layout
