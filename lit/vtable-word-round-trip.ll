; A vtable pointer kept in a word and made a pointer again is still the
; vtable pointer. SROA keeps the halves of a wide pointer
; (`Option<Box<dyn Error>>` inside winnow's ContextError) as integers: the
; vtable half is `ptrtoint (ptr @vtable to i64)` in a phi of words, and the
; drop glue turns it back with `inttoptr` and reads the vtable through it.
; The global's use (a ptrtoint whose word is only merged, stored whole,
; compared or made a pointer again) is a vtable use (uses.rs), and the census
; follows the pointer through the word (ir::word_uses), so that the reads
; through it, the unmarked one too, are rewritten. Before, the vtable was a
; near miss ("ptrtoint used other than by a store of the whole pointer") and
; the module was refused.
;
; From jql 9.0.3 (crates.io), jql_parser's `parse_lens` after fat LTO
; (cargo reltab compare --keep-bitcode): the blocks that drop the error,
; as they were; the vtable is core's ParseIntError as Error with two of its
; methods, its other code and the rest of the function removed. The read of
; the Display method at offset 32 was made unmarked by hand, as one that lost
; its !invariant.load would be.

; RUN: %opt -passes=reltab -reltab-layout=relative -pass-remarks=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: FileCheck %s --check-prefix=IR < %t.ll

; REMARK: 1 vtables with 2 pointer entries (40 bytes); 3 vtable loads (2 marked !invariant.load, 0 protected, 1 found otherwise); 0 unclassified
; REMARK: converted 1 vtables to the relative layout

; IR:      %vt = inttoptr i64 %word to ptr
; IR:      %[[DROP:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr %vt, i64 0)
; IR:      %[[DISPLAY:[0-9]+]] = call ptr @llvm.load.relative.i64(ptr %vt, i64 28)
; IR-NEXT: call zeroext i1 %[[DISPLAY]](

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.parse_int_error = private unnamed_addr constant <{ [24 x i8], ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00", ptr @_RNvXsd_NtNtCs8NwYtU1Mohg_4core3num5errorNtB5_13ParseIntErrorNtNtB9_3fmt5Debug3fmt, ptr @_RNvXs4_NtNtCs8NwYtU1Mohg_4core3num5errorNtB5_13ParseIntErrorNtNtB9_3fmt7Display3fmt }>, align 8

declare zeroext i1 @_RNvXsd_NtNtCs8NwYtU1Mohg_4core3num5errorNtB5_13ParseIntErrorNtNtB9_3fmt5Debug3fmt(ptr, ptr)
declare zeroext i1 @_RNvXs4_NtNtCs8NwYtU1Mohg_4core3num5errorNtB5_13ParseIntErrorNtNtB9_3fmt7Display3fmt(ptr, ptr)
declare void @mi_free(ptr)

; The error's cause is the ParseIntError on one path, a boxed error read
; from memory (as words) on the other.
define void @drop_context_error(i1 %parsed, i64 %data, ptr %cause, ptr %f) {
start:
  br i1 %parsed, label %.loopexit46.thread, label %.loopexit46

.loopexit46.thread:
  br label %543

.loopexit46:
  %532 = load i64, ptr %cause, align 8
  br label %543

543:
  %word = phi i64 [ ptrtoint (ptr @vtable.parse_int_error to i64), %.loopexit46.thread ], [ %532, %.loopexit46 ]
  %546 = inttoptr i64 %data to ptr
  %vt = inttoptr i64 %word to ptr
  %548 = icmp eq i64 %data, 0
  br i1 %548, label %done, label %549

549:
  %drop = load ptr, ptr %vt, align 8, !invariant.load !0
  %552 = icmp eq ptr %drop, null
  br i1 %552, label %554, label %553

553:
  call void %drop(ptr noundef nonnull %546)
  br label %554

554:
  %555 = getelementptr inbounds nuw i8, ptr %vt, i64 8
  %556 = load i64, ptr %555, align 8, !invariant.load !0
  %557 = icmp eq i64 %556, 0
  br i1 %557, label %report, label %558

558:
  tail call void @mi_free(ptr noundef nonnull %546)
  br label %report

report:
  %d.addr = getelementptr inbounds nuw i8, ptr %vt, i64 32
  %display = load ptr, ptr %d.addr, align 8
  %r = call zeroext i1 %display(ptr %546, ptr %f)
  br label %done

done:
  ret void
}

!0 = !{}
