/* runner: runs a command and reports its wall time, CPU time and peak RSS -- /usr/bin/time's
 * job, done with the clock read right around fork and wait4 in a process this small.
 *
 * Why not /usr/bin/time or Python: wall time taken in bench.py around /usr/bin/time counted ~7 ms
 * of process start-up that was neither implementation's (a quarter of a thousand-function ccdk
 * synth); and a child forked by the Python process itself reports Python's ~20 MB as its peak
 * RSS (Linux records the pre-exec memory's high-water mark at exec).
 *
 * Usage: runner OUTFILE PROGRAM [ARG...]
 * Writes "<wall s> <user s> <sys s> <max rss KiB>" to OUTFILE; exits with the program's status
 * (128 + signal when it was killed). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: runner OUTFILE PROGRAM [ARG...]\n");
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("wait4");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    fprintf(f, "%.6f %.6f %.6f %ld\n", wall, (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6,
            (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6, ru.ru_maxrss);
    fclose(f);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
