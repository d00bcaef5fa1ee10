/* Conformance case 'unit-code-docker-build': see app.js. */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include <ccdk/lambda.h>

int main(void)
{
    char docker[PATH_MAX];
    if (!realpath("fake-docker", docker))
        return 1;
    setenv("CDK_DOCKER", docker, 1);
    /* a TMPDIR of the case's own for the cdk-docker-cp-* directories (see app.js) */
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s/ccdk-docker-build-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(tmp))
        return 1;
    setenv("TMPDIR", tmp, 1);

    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "aws:cdk:enable-asset-metadata", "true");
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_docker_build(stack, "build", NULL),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    static const char *const paths[][2] = {
        {"NoSlashStack", "/my/image/path"}, {"SlashStack", "/my/image/path/"}, {"SlashDotStack", "/my/image/path/."}};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        ccdk_stack *s = ccdk_stack_new(app, paths[i][0], NULL);
        ccdk_lambda_function_new(s, "Fn", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_docker_build(s, "build", &(ccdk_docker_build_options){.image_path = paths[i][1]}),
            .handler = "index.handler",
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    char rm[PATH_MAX + 16];
    snprintf(rm, sizeof rm, "rm -rf '%s'", tmp);
    if (system(rm) != 0)
        rc = 1;
    return rc ? 1 : 0;
}
