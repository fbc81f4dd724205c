/* The C program around static_lib.rs: only C types cross. */
#include <stdint.h>
#include <stdio.h>

int64_t calc_run(const char *spec, int64_t x);

int main(int argc, char **argv) {
    const char *spec = argc > 1 ? argv[1] : "+3 *4 +1";
    int64_t r = calc_run(spec, 5);
    printf("C got %lld\n", (long long)r);
    return 0;
}
