/* Conformance case 'core-annotations-info-v2': see app.js. */
#include <ccdk/lambda.h>

static ccdk_lambda_function *mk(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async () => 1;"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Infos", NULL);
    ccdk_lambda_function *a = mk(stack, "A");
    ccdk_lambda_function *b = mk(stack, "B");
    ccdk_stack *group = ccdk_stack_new(app, "Group", NULL);
    ccdk_lambda_function *c = mk(group, "C");
    ccdk_lambda_function *d = mk(group, "D");

    ccdk_annotations_add_info_v2(a, "lib:a.info", "A is informational");
    ccdk_annotations_add_info_v2(a, "lib:shared", "shared info on A");
    ccdk_annotations_add_info_v2(b, "lib:shared", "shared info on B");
    ccdk_annotations_add_info_v2(ccdk_node_default_child(b), "lib:deep", "an info deep in B");
    ccdk_annotations_add_info(b, "a plain info on B");
    ccdk_annotations_acknowledge_info(a, "lib:shared", "fine here");
    ccdk_annotations_acknowledge_info(b, "lib:deep", NULL);
    ccdk_annotations_add_info_v2(ccdk_node_default_child(b), "lib:deep", "an info deep in B, again");
    ccdk_annotations_acknowledge_info(c, "lib:both", NULL);
    ccdk_annotations_add_warning(c, "lib:both", "a warning of an acknowledged info id");
    ccdk_annotations_add_warning(d, "lib:both", "the same warning on D");
    ccdk_annotations_acknowledge_warning(d, "lib:w", NULL);
    ccdk_annotations_add_info_v2(d, "lib:w", "an info of an acknowledged warning id");
    ccdk_annotations_add_info_v2(c, "lib:w", "the same info on C");
    ccdk_annotations_add_info_v2(group, "lib:stack", "on the stack");
    ccdk_annotations_add_info_v2(ccdk_lambda_function_role(d), "lib:stack", "on the role");
    ccdk_annotations_acknowledge_info(group, "lib:stack", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
