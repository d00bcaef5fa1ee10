/* main.h - the API sweep's driver (included last by the generated program; see gen.py).
 *
 * SWEEP_MODE (set by gen.py): 0 one call, 1 the call twice, 2 a synth before the call.
 * must_fail[i] (gen.py): case i is a mutator called on a NULL target (or, variant null_arg, with a
 * NULL required argument; names[i] is then "function: argument"): its synth must fail and write nothing (exit status 4 of the child when it succeeds, 5 when it wrote the assembly).
 *
 * usage: sweep OUTDIR [FUNCTION]
 * Each public function runs in a child of its own: a fresh App (outdir OUTDIR/<n>) and Stack "S",
 * the call, ccdk_app_synth, ccdk_app_free. A child killed by a signal or exiting non-zero (a
 * sanitizer's report) is a failure. With FUNCTION, only that one runs, in this process (for gdb). */
#ifndef SWEEP_BASES
#define SWEEP_BASES 0
static void (*const bases[1])(ccdk_app *, ccdk_stack *);
#endif

/* variant null_arg: case i's call with every argument given (bases[i]) in a child of its own;
 * 1 when its synth fails too -- the case shows nothing about its NULL (a weaker argument to fix in
 * gen.py/handles.h), 0 when it succeeds */
static int base_fails(int i, const char *outdir)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        if (!freopen("/dev/null", "w", stderr))
            _exit(3);
        ccdk_app_props ap;
        memset(&ap, 0, sizeof ap);
        ap.outdir = outdir;
        ccdk_app *app = ccdk_app_new(&ap);
        ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
        bases[i](app, stack);
        _exit(ccdk_app_synth(app) != 0);
    }
    int st = 0;
    return pid > 0 && waitpid(pid, &st, 0) == pid && !(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

static int one(int i, const char *outdir)
{
    ccdk_app_props ap;
    memset(&ap, 0, sizeof ap);
    ap.outdir = outdir;
    ccdk_app *app = ccdk_app_new(&ap);
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    if (SWEEP_MODE == 2)
        ccdk_app_synth(app);
    calls[i](app, stack);
    if (SWEEP_MODE == 1)
        calls[i](app, stack);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    if (must_fail[i] && rc == 0)
        return 4;
    if (must_fail[i] && access(outdir, F_OK) == 0)
        return 5;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s OUTDIR [FUNCTION]\n", argv[0]);
        return 2;
    }
    int n = (int)(sizeof calls / sizeof calls[0]), bad = 0, shown = 0, needed = 0;
    char dir[4200];
    if (argc > 2) {
        for (int i = 0; i < n; i++)
            if (!strcmp(names[i], argv[2])) {
                snprintf(dir, sizeof dir, "%s/one", argv[1]);
                int rc = one(i, dir);
                if (rc)
                    fprintf(stderr, "%s: %s: NULL, and the synth %s\n", argv[0], names[i],
                            rc == 4 ? "succeeded" : "wrote the assembly");
                return rc;
            }
        fprintf(stderr, "%s: no public function %s\n", argv[0], argv[2]);
        return 2;
    }
    for (int i = 0; i < n; i++) {
        fflush(NULL);
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            return 2;
        }
        if (pid == 0) {
            /* the child's messages (the errors the calls are meant to cause) are not the sweep's */
            if (!freopen("/dev/null", "w", stderr))
                _exit(3);
            snprintf(dir, sizeof dir, "%s/%d", argv[1], i);
            _exit(one(i, dir));
        }
        int st = 0;
        if (waitpid(pid, &st, 0) < 0) {
            perror("waitpid");
            return 2;
        }
        if (WIFSIGNALED(st)) {
            printf("FAILED: %s: killed by signal %d\n", names[i], WTERMSIG(st));
            bad++;
        } else if (WEXITSTATUS(st) == 4 || WEXITSTATUS(st) == 5) {
            printf("FAILED: %s: a mutator given NULL (%s), and the synth %s\n", names[i],
                   strchr(names[i], ':') ? "a required argument" : "its target",
                   WEXITSTATUS(st) == 4 ? "succeeded (a template without the change)" : "failed but wrote the assembly");
            bad++;
        } else if (WEXITSTATUS(st) != 0) {
            printf("FAILED: %s: exit status %d (a sanitizer's report: run `%s %s %s` to see it)\n", names[i],
                   WEXITSTATUS(st), argv[0], argv[1], names[i]);
            bad++;
        }
    }
    if (SWEEP_BASES) {
        /* how many of the required-argument cases show their NULL's error: the others' calls fail
         * even with every argument given (an id or props the sweep does not make valid) */
        for (int i = 0; i < n; i++) {
            if (!must_fail[i])
                continue;
            needed++;
            snprintf(dir, sizeof dir, "%s/base%d", argv[1], i);
            if (base_fails(i, dir))
                printf("%s%s", needed - 1 == shown ? "note: these calls fail with every argument given too (their NULL "
                                                     "shows nothing): " : "; ", names[i]);
            else
                shown++;
        }
        printf("%snote: %d of %d required-argument cases call with live arguments that synthesize\n",
               shown < needed ? "\n" : "", shown, needed);
    }
    printf("api-sweep: %d passed, %d failed\n", n - bad, bad);
    return bad != 0;
}
