/* aws-cdk's runtime.test.ts (aws-lambda): runtimeEquals and bundlingDockerImage, their values as
 * outputs (see app.js). */
#include <stdio.h>
#include <string.h>

#include <ccdk/lambda.h>

#define PY(nm, fam, inl) (&(const ccdk_lambda_runtime){.name = (nm), .family = (fam), .supports_inline_code = (inl)})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Runtime", NULL);
    const ccdk_lambda_runtime *runtime1 = PY("python3.7", CCDK_LAMBDA_FAMILY_PYTHON, 1);
    int equals[] = {
        ccdk_lambda_runtime_equals(runtime1, PY("python3.7", CCDK_LAMBDA_FAMILY_PYTHON, 1)),
        ccdk_lambda_runtime_equals(runtime1, runtime1),
        ccdk_lambda_runtime_equals(runtime1, PY("python3.6", CCDK_LAMBDA_FAMILY_PYTHON, 1)),
        ccdk_lambda_runtime_equals(runtime1, PY("python3.7", CCDK_LAMBDA_FAMILY_JAVA, 1)),
        ccdk_lambda_runtime_equals(runtime1, PY("python3.7", CCDK_LAMBDA_FAMILY_PYTHON, 0)),
    };
    char text[64] = "";
    for (size_t i = 0; i < sizeof equals / sizeof *equals; i++)
        snprintf(text + strlen(text), sizeof text - strlen(text), "%s%s", i ? "," : "", equals[i] ? "true" : "false");
    ccdk_cfn_output_new(stack, "Equals", &(ccdk_cfn_output_props){.value = text});
    const ccdk_lambda_runtime plain = {.name = "my-runtime-name"};
    ccdk_cfn_output_new(stack, "BundlingImage", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_runtime_bundling_image(stack, &plain).image});
    const ccdk_lambda_runtime custom = {.name = "my-runtime-name", .bundling_docker_image = "my-docker-image"};
    ccdk_cfn_output_new(stack, "BundlingImageOverride", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_runtime_bundling_image(stack, &custom).image});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
