/* Conformance case 'integ-lambda-filesystem': aws-lambda test/integ.lambda.filesystem.ts (nothing
 * dropped). */
#include <ccdk/ec2.h>
#include <ccdk/efs.h>
#include <ccdk/lambda.h>

static const char CODE[] =
    "\n"
    "import json\n"
    "import os\n"
    "import string\n"
    "import random\n"
    "import datetime\n"
    "\n"
    "MSG_FILE_PATH = '/mnt/msg/content'\n"
    "\n"
    "def randomString(stringLength=10):\n"
    "  letters = string.ascii_lowercase\n"
    "  return ''.join(random.choice(letters) for i in range(stringLength))\n"
    "\n"
    "def lambda_handler(event, context):\n"
    "  with open(MSG_FILE_PATH, 'a') as f:\n"
    "      f.write(f\"{datetime.datetime.utcnow():%Y-%m-%d-%H:%M:%S} \" + randomString(5) + ' ')\n"
    "\n"
    "  file = open(MSG_FILE_PATH, \"r\")\n"
    "  file_content = file.read()\n"
    "  file.close()\n"
    "\n"
    "  return {\n"
    "    'statusCode': 200,\n"
    "    'body': str(file_content)\n"
    "  }\n";

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-1", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(3),
        .nat_gateways = CCDK_NUM(1),
        .restrict_default_security_group = CCDK_FALSE,
    });
    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "Efs", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    /* create an access point and expose the root of the filesystem */
    ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(file_system, "AccessPoint",
        &(ccdk_efs_access_point_options){
            .create_acl = &(ccdk_efs_acl){.owner_gid = "1001", .owner_uid = "1001", .permissions = "750"},
            .path = "/export/lambda",
            .posix_user = &(ccdk_efs_posix_user){.gid = "1001", .uid = "1001"},
        });
    ccdk_lambda_code *lambda_code = ccdk_lambda_code_from_inline(stack, CODE);
    /* this function will mount the access point to '/mnt/msg' and write content onto /mnt/msg/content */
    ccdk_lambda_function *lambda1 = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = lambda_code,
        .handler = "index.lambda_handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_7,
        .vpc = vpc,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, "/mnt/msg"),
    });
    ccdk_ec2_security_group_list groups = ccdk_ec2_connections_security_groups(ccdk_efs_file_system_connections(file_system));
    ccdk_efs_file_system *imported_file_system = ccdk_efs_file_system_from_file_system_attributes(stack, "fileSystemImported",
        &(ccdk_efs_file_system_attributes){
            .file_system_id = ccdk_efs_file_system_id(file_system),
            .security_group = ccdk_ec2_security_group_from_security_group_id(stack, "securityGroup",
                ccdk_ec2_security_group_id(groups.items[0]), CCDK_UNSET, CCDK_UNSET),
        });
    ccdk_efs_access_point *imported_access_point = ccdk_efs_access_point_from_access_point_attributes(stack, "AccessPointImported",
        &(ccdk_efs_access_point_attributes){
            .access_point_id = ccdk_efs_access_point_id(access_point),
            .file_system = imported_file_system,
        });
    /* this function will mount the access point to '/mnt/msg' and write content onto /mnt/msg/content */
    ccdk_lambda_function *lambda2 = ccdk_lambda_function_new(stack, "MyLambda2", &(ccdk_lambda_function_props){
        .code = lambda_code,
        .handler = "index.lambda_handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_7,
        .vpc = vpc,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(imported_access_point, "/mnt/msg"),
    });
    /* lambda2 doesn't have dependencies on MountTargets because the fileSystem is imported; the
     * original adds a dependency on the first lambda to simulate another stack. */
    ccdk_node_add_dependency(lambda2, lambda1);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
