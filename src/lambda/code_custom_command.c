/* code_custom_command.c - Code.fromCustomCommand (aws-lambda/lib/code.js): run the user's build
 * command as child_process.spawnSync does (no shell, output piped), then Code.fromAsset(output). */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lambda_internal.h"

extern char **environ;

static char *slurp(FILE *f)
{
    ccdk__buf b = {0};
    char tmp[4096];
    size_t n;
    rewind(f);
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        ccdk__buf_put(&b, tmp, n);
    ccdk__buf_putc(&b, 0);
    return b.data;
}

/* String.prototype.trim, into the arena */
static const char *js_trim(ccdk_app *app, const char *s)
{
    size_t n = strlen(s);
    ccdk__js_trim_span(&s, &n);
    return ccdk__strndup(app, s, n);
}

ccdk_lambda_code *ccdk_lambda_code_from_custom_command(void *scope, const char *output, ccdk_strs command,
                                                       const ccdk_lambda_custom_command_options *options)
{
    ccdk__node *n = ccdk__scope(scope);
    ccdk_app *app = n->app;
    const ccdk_asset_options *asset = options ? &options->asset : NULL;
    size_t argc = CCDK__GIVEN(command) ? CCDK__LEN(command, "command") : 0;
    if (argc == 0) {
        ccdk__unscoped_error(app, "command must contain at least one argument. For example, [\"node\", \"buildFile.js\"].");
        return ccdk_lambda_code_from_asset(n, output, asset);
    }
    if (app->orphan_stack || ccdk__failed(app)) /* a bad scope, or errors already: nothing external runs */
        return ccdk_lambda_code_from_asset(n, output, asset);

    char **argv = ccdk__alloc(app, (argc + 1) * sizeof *argv);
    for (size_t i = 0; i < argc; i++)
        argv[i] = (char *)(command.items[i] ? command.items[i] : "");
    argv[argc] = NULL;
    /* commandOptions.env replaces the environment, as spawnSync's env does; libuv then looks the
     * program up in that environment's PATH */
    char **envp = environ;
    const char *path = NULL;
    if (options && CCDK__GIVEN(options->env)) {
        size_t ne = CCDK__LEN(options->env, "commandOptions.env");
        envp = ccdk__alloc(app, (ne + 1) * sizeof *envp);
        for (size_t i = 0; i < ne; i++) {
            envp[i] = ccdk__sprintf(app, "%s=%s", options->env.items[i].key, options->env.items[i].value);
            if (options->env.items[i].key && !strcmp(options->env.items[i].key, "PATH"))
                path = options->env.items[i].value;
        }
        envp[ne] = NULL;
    }
    const char *program = argv[0];
    if (path && !strchr(program, '/'))
        for (const char *d = path; *d;) {
            const char *e = strchr(d, ':');
            size_t dl = e ? (size_t)(e - d) : strlen(d);
            const char *cand = ccdk__sprintf(app, "%.*s/%s", (int)dl, dl ? d : ".", argv[0]);
            if (access(cand, X_OK) == 0) {
                program = cand;
                break;
            }
            if (!e)
                break;
            d = e + 1;
        }

    FILE *fo = tmpfile(), *fe = tmpfile();
    if (!fo || !fe)
        abort();
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, fileno(fo), 1);
    posix_spawn_file_actions_adddup2(&fa, fileno(fe), 2);
    int rc = 0;
    if (options && options->cwd) {
        /* spawnSync checks the cwd before it runs anything: a missing one is its ENOENT */
        if (access(options->cwd, X_OK) != 0)
            rc = errno;
        else
            posix_spawn_file_actions_addchdir_np(&fa, options->cwd);
    }
    if (!rc && path && program == argv[0] && !strchr(program, '/'))
        rc = ENOENT; /* not on the given PATH */
    pid_t pid = 0;
    if (!rc)
        rc = program != argv[0] ? posix_spawn(&pid, program, &fa, NULL, argv, envp)
                                : posix_spawnp(&pid, argv[0], &fa, NULL, argv, envp);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        ccdk__unscoped_error(app, "Failed to execute custom command: Error: spawnSync %s %s", argv[0],
                             rc == ENOENT ? "ENOENT" : rc == EACCES ? "EACCES" : strerror(rc));
    } else {
        int st = 0;
        while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
            ;
        if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
            char *so = slurp(fo), *se = slurp(fe);
            /* aws-cdk-lib took the arguments off `command` with splice(1) before it joins it for this
             * message: only the program's name is left of it */
            const char *status = WIFEXITED(st) ? ccdk__sprintf(app, "%d", WEXITSTATUS(st)) : "null";
            ccdk__unscoped_error(app, "%s exited with status: %s\n\nstdout: %s\n\nstderr: %s", argv[0], status,
                                 js_trim(app, so), js_trim(app, se));
            free(so);
            free(se);
        }
    }
    fclose(fo);
    fclose(fe);
    return ccdk_lambda_code_from_asset(n, output, asset);
}
