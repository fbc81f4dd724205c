/* Native code of kept_lib.rs with --cfg native (boundaries.rs,
   native_code_hands_back_what_it_kept): keeps the last pointer other than
   NULL it is given, and returns what it keeps. */
#include <stddef.h>

void *keeper_keep(void *p) {
    static void *kept;
    if (p != NULL)
        kept = p;
    return kept;
}
