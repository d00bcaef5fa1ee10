/* Conformance case 'handler-code-from-docker-build': Handler Code: `lambda.Code.fromDockerBuild(path, options)`.
 * Code.fromDockerBuild runs `docker build` while the app is constructed. */
#include <stdio.h>
#include <unistd.h>

#include <ccdk/lambda.h>

int main(void)
{
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return 1;
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/docker-build-handler", cwd); /* path.join(__dirname, ...) */
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_code *code = ccdk_lambda_code_from_docker_build(stack, dir, NULL);
    if (!code) { /* aws-cdk-lib throws here: nothing else is constructed */
        ccdk_app_synth(app);
        ccdk_app_free(app);
        return 1;
    }
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = code,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
