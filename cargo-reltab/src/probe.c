/* The start-up probe of `cargo reltab compare`, preloaded (LD_PRELOAD) into
 * the program being measured.
 *
 * Its constructor runs after the dynamic loader has mapped and relocated
 * every object (relocation comes before any initializer), and before the
 * program's own initializers and main. It sums Private_Dirty over the
 * mappings of the executable file and over the whole process, writes
 * "<exe kB> <process kB>" to $RELTAB_PROBE_OUT and ends the process, so the
 * program itself never runs: measuring needs no arguments and has no side
 * effects. LD_DEBUG=statistics makes the loader print its cycle counts to
 * stderr before this constructor runs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

__attribute__((constructor)) static void reltab_probe(void) {
  const char *out = getenv("RELTAB_PROBE_OUT");
  if (!out) return;
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n < 0) _exit(113);
  exe[n] = 0;
  FILE *smaps = fopen("/proc/self/smaps", "r");
  if (!smaps) _exit(113);
  char line[8192];
  int in_exe = 0;
  long exe_kb = 0, all_kb = 0, kb;
  unsigned long start, end;
  while (fgets(line, sizeof line, smaps)) {
    if (sscanf(line, "Private_Dirty: %ld kB", &kb) == 1) {
      all_kb += kb;
      if (in_exe) exe_kb += kb;
    } else if (sscanf(line, "%lx-%lx ", &start, &end) == 2) {
      char *path = strchr(line, '/');
      if (path) path[strcspn(path, "\n")] = 0;
      in_exe = path && strcmp(path, exe) == 0;
    }
  }
  fclose(smaps);
  FILE *o = fopen(out, "w");
  if (!o) _exit(113);
  fprintf(o, "%ld %ld\n", exe_kb, all_kb);
  fclose(o);
  _exit(0);
}
