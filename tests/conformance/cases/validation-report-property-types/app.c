/* Conformance case 'validation-report-property-types': see app.js. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ccdk/lambda.h>

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
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_cfn_resource *res = ccdk_lambda_function_resource(fn);
    ccdk_cfn_resource_add_property_override(res, "MemorySize", ccdk_v_string(app, "512"));
    ccdk_cfn_resource_add_property_override(res, "Timeout", ccdk_v_string(app, "ten"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
