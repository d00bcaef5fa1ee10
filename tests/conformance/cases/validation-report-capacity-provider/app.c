/* Conformance case 'validation-report-capacity-provider': see app.js. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    FILE *f = fopen("resources.tsv", "r");
    if (!f)
        return 2;
    static char line[65536];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        char *type = strchr(line, '\t');
        char *json = type ? strchr(type + 1, '\t') : NULL;
        if (!json)
            continue;
        *type++ = 0;
        *json++ = 0;
        ccdk_cfn_resource_new(stack, line, type, ccdk_v_json(app, json));
    }
    fclose(f);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
