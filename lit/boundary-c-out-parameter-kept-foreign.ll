; What the C library writes into an out-parameter may be what an earlier
; call kept: `keep_host_in_table` enters the caller's `Box<dyn Shape>` as
; the data of a hash table's entry with `hsearch_r`, and `table_area` calls
; through the vtable of the data of the entry a later `hsearch_r` writes
; into its out-parameter (tests/boundary/kept_lib.rs, --cfg table --cfg
; take_in). The entry written there was taken as the C library's memory:
; such a cdylib was converted, and read a stock host's vtable in the other
; layout (SIGSEGV). Now what `hsearch_r` is given may be written into any
; of its calls' out-parameters (`WRITES_KEPT_INTO_OUT_PARAMETER`), and the
; module is left absolute, naming table_area.

; RUN: sed 's/^define internal void @keep_host_in_table(/define void @keep_host_in_table(/' %S/Inputs/boundary-tables.ll \
; RUN:   | %opt -passes='lto<O2>' -pass-remarks=reltab -disable-output 2>&1 | FileCheck %s

; CHECK: warning: reltab: left the vtables of this module absolute:
; CHECK-SAME: a trait object's vtable pointer can enter the module: table_area reads a vtable through a pointer that code outside the module can provide (by way of parameter 0 of keep_host_in_table
; CHECK-NOT: remark: {{.*}}converted
