; The report of a 32-bit module counts in 4-byte words: entry offsets are
; drop 0, size 4, align 8, slot k 12 + 4k (rustc's VtblEntry times the
; target's pointer size), and seven pointer entries take 28 bytes. A report
; that assumed 8-byte words would give 8, 16, 24 and 56.
;
; IR: Inputs/i686-program.ll.

; RUN: %reltab -reltab-report=%t.json %S/Inputs/i686-program.ll
; RUN: FileCheck %s < %t.json

; CHECK:        "pointer_entries": 7,
; CHECK-NEXT:   "vtable_bytes": 60,
; CHECK-NEXT:   "pointer_entry_bytes": 28,
; CHECK:      "name": "vtable.counter",
; CHECK:        "entries": [
; CHECK-NEXT:     {
; CHECK-NEXT:       "offset": 0,
; CHECK-NEXT:       "kind": "drop",
; CHECK-NEXT:       "target": "counter_drop"
; CHECK-NEXT:     },
; CHECK-NEXT:     {
; CHECK-NEXT:       "offset": 4,
; CHECK-NEXT:       "kind": "size",
; CHECK-NEXT:       "value": 12
; CHECK-NEXT:     },
; CHECK-NEXT:     {
; CHECK-NEXT:       "offset": 8,
; CHECK-NEXT:       "kind": "align",
; CHECK-NEXT:       "value": 4
; CHECK-NEXT:     },
; CHECK-NEXT:     {
; CHECK-NEXT:       "offset": 12,
; CHECK-NEXT:       "kind": "method",
; CHECK-NEXT:       "target": "counter_value"
; CHECK-NEXT:     },
; CHECK-NEXT:     {
; CHECK-NEXT:       "offset": 16,
; CHECK-NEXT:       "kind": "method",
; CHECK-NEXT:       "target": "counter_twice"
; CHECK-NEXT:     }
; CHECK-NEXT:   ],
; CHECK:      "load_sites": [
; CHECK:          "offset": 12,
; CHECK-NEXT:     "kind": "method",
