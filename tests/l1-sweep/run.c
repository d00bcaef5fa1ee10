#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ccdk/lambda.h>
/* run.c - the ccdk side of tests/l1-sweep: reads lines "<class snake name>\t<properties JSON>", makes
 * each L1 in an App of its own (output under argv[1]) and prints per line OK or ERR and the App's
 * errors, each after " || ", newlines as \n. */
int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    static char line[1 << 20];
    int i = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        char *tab = strchr(line, '\t');
        if (!tab)
            return 2;
        *tab = 0;
        char outdir[4096];
        snprintf(outdir, sizeof outdir, "%s/c/%d", argv[1], i++);
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1});
        ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
        ccdk_value *p = ccdk_v_json(st, tab + 1);
#define C(n) if (!strcmp(line, #n)) ccdk_lambda_cfn_##n##_new(st, "R", p);
        C(function) C(alias) C(version) C(permission) C(event_source_mapping) C(layer_version)
        C(layer_version_permission) C(url) C(code_signing_config) C(capacity_provider) C(microvm_image)
        C(network_connector) C(web_function) C(web_function_endpoint) C(web_function_revision)
        int rc = ccdk_app_synth(app);
        if (rc == 0) printf("OK\n");
        else {
            printf("ERR");
            for (size_t k = 0; k < ccdk_app_error_count(app); k++) {
                const char *e = ccdk_app_error(app, k);
                printf(" || ");
                for (; *e; e++) if (*e == '\n') printf("\\n"); else putchar(*e);
            }
            printf("\n");
        }
        ccdk_app_free(app);
    }
    return 0;
}
