/* error: FileSystem.fromFileSystemAttributes with both an ARN (of formatArn) and an id
 * (efs-file-system.test.ts). */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);
    (void)vpc;
    const char *arn = ccdk_stack_format_arn(stack, "elasticfilesystem", "file-system", NULL, "fs-12912923");
    ccdk_efs_file_system_from_file_system_attributes(stack, "existingFS", &(ccdk_efs_file_system_attributes){
        .file_system_arn = arn,
        .file_system_id = "fs-12343435",
        .security_group = ccdk_ec2_security_group_from_security_group_id(stack, "SG", "sg-123456789", CCDK_FALSE, CCDK_UNSET),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
