/* error-core-add-validation: node.addValidation errors fail the synth (core app.test.ts). */
#include <stdio.h>
#include <ccdk/core.h>

static void error_from_id(void *construct, void *ctx, ccdk_validation_errors *errors)
{
    (void)ctx;
    char msg[200];
    snprintf(msg, sizeof msg, "Error from %s", ccdk_node_id((ccdk_construct *)construct));
    ccdk_validation_errors_add(errors, msg);
}

static void two_more(void *construct, void *ctx, ccdk_validation_errors *errors)
{
    (void)construct, (void)ctx;
    ccdk_validation_errors_add(errors, "second error");
    ccdk_validation_errors_add(errors, "third error");
}

static void none(void *construct, void *ctx, ccdk_validation_errors *errors) { (void)construct, (void)ctx, (void)errors; }

static ccdk_construct *child(ccdk_construct *scope, const char *id)
{
    ccdk_construct *c = ccdk_construct_new(scope, id);
    ccdk_node_add_validation(c, error_from_id, NULL);
    return c;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *parent = ccdk_stack_new(app, "Parent", NULL);
    child(CCDK_CONSTRUCT(parent), "C1");
    ccdk_construct *c2 = child(CCDK_CONSTRUCT(parent), "C2");
    ccdk_node_add_validation(c2, two_more, NULL);
    ccdk_construct *fine = ccdk_construct_new(parent, "Fine");
    ccdk_node_add_validation(fine, none, NULL);
    child(fine, "Deep");
    ccdk_cfn_resource_new(parent, "Res", "AWS::CloudFormation::WaitConditionHandle", NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
