/* bench workload "nodejs": N NodejsFunctions, one per entry <project>/src/fn<i>.ts (bundled with
 * esbuild; the lock file and project root are given). Usage: nodejs N PROJECT_DIR (absolute);
 * output directory: $CDK_OUTDIR, else cdk.out. */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/lambda_nodejs.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: nodejs N PROJECT_DIR\n");
        return 2;
    }
    int n = atoi(argv[1]);
    const char *dir = argv[2];
    char lock[4096];
    snprintf(lock, sizeof lock, "%s/package-lock.json", dir);
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "NodejsStack", NULL);
    for (int i = 0; i < n; i++) {
        char id[32], entry[4200];
        snprintf(id, sizeof id, "Fn%d", i);
        snprintf(entry, sizeof entry, "%s/src/fn%d.ts", dir, i);
        ccdk_lambda_nodejs_function_new(stack, id, &(ccdk_lambda_nodejs_function_props){
            .entry = entry,
            .deps_lock_file_path = lock,
            .project_root = dir,
            .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X},
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
