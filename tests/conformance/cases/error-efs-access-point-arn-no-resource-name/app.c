/* Conformance case 'error-efs-access-point-arn-no-resource-name': see app.js. */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_efs_access_point_from_access_point_attributes(stack, "Imported", &(ccdk_efs_access_point_attributes){
        .access_point_arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
