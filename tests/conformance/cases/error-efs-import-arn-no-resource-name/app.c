/* Conformance case 'error-efs-import-arn-no-resource-name': see app.js. */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_efs_file_system_from_file_system_attributes(stack, "existingFS", &(ccdk_efs_file_system_attributes){
        .file_system_arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system",
        .security_group = ccdk_ec2_security_group_from_security_group_id(stack, "SG", "sg-123456789", CCDK_FALSE, CCDK_UNSET),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
