/* efs-file-system.test.ts's imported file systems (by id, by a formatArn ARN, with
 * connections.allowToAnyIpv4) and access-point.test.ts: AccessPoint tags, fromAccessPointId and
 * fromAccessPointAttributes (by id, by ARN) with their id, ARN and file system as outputs. */
#include <ccdk/efs.h>

static void output(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});

    ccdk_efs_file_system *by_id = ccdk_efs_file_system_from_file_system_attributes(stack, "existingFS",
        &(ccdk_efs_file_system_attributes){
            .file_system_id = "fs123",
            .security_group = ccdk_ec2_security_group_from_security_group_id(stack, "SG", "sg-123456789", CCDK_FALSE, CCDK_UNSET),
        });
    ccdk_ec2_connections_allow_to_any_ipv4(ccdk_efs_file_system_connections(by_id), ccdk_ec2_port_tcp(443), NULL);
    const char *arn = ccdk_stack_format_arn(stack, "elasticfilesystem", "file-system", NULL, "fs-12912923");
    ccdk_efs_file_system *by_arn = ccdk_efs_file_system_from_file_system_attributes(stack, "existingFSByArn",
        &(ccdk_efs_file_system_attributes){
            .file_system_arn = arn,
            .security_group = ccdk_ec2_security_group_from_security_group_id(stack, "SG2", "sg-223456789", CCDK_FALSE, CCDK_UNSET),
        });
    ccdk_ec2_connections_allow_to_any_ipv4(ccdk_efs_file_system_connections(by_arn), ccdk_ec2_port_tcp(443), NULL);
    output(stack, "ByIdId", ccdk_efs_file_system_id(by_id));
    output(stack, "ByIdArn", ccdk_efs_file_system_arn(by_id));
    output(stack, "ByArnId", ccdk_efs_file_system_id(by_arn));
    output(stack, "ByArnArn", ccdk_efs_file_system_arn(by_arn));

    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "EfsFileSystem", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_access_point *ap = ccdk_efs_access_point_new(stack, "MyAccessPoint", file_system, NULL);
    ccdk_tags_add(ap, "key1", "value1");
    ccdk_tags_add(ap, "key2", "value2");
    ccdk_tags_add(ap, "Name", "MyAccessPointName");
    ccdk_efs_access_point *from_id = ccdk_efs_access_point_from_access_point_id(stack, "ImportedById", ccdk_efs_access_point_id(ap));
    output(stack, "FromIdId", ccdk_efs_access_point_id(from_id));
    output(stack, "FromIdArn", ccdk_efs_access_point_arn(from_id));
    ccdk_efs_access_point *from_attrs_id = ccdk_efs_access_point_from_access_point_attributes(stack, "ImportedByAttrsId",
        &(ccdk_efs_access_point_attributes){.access_point_id = ccdk_efs_access_point_id(ap), .file_system = file_system});
    ccdk_efs_access_point *from_attrs_arn = ccdk_efs_access_point_from_access_point_attributes(stack, "ImportedByAttrsArn",
        &(ccdk_efs_access_point_attributes){.access_point_arn = ccdk_efs_access_point_arn(ap), .file_system = file_system});
    output(stack, "AttrsIdId", ccdk_efs_access_point_id(from_attrs_id));
    output(stack, "AttrsIdArn", ccdk_efs_access_point_arn(from_attrs_id));
    output(stack, "AttrsIdFileSystem", ccdk_efs_file_system_id(ccdk_efs_access_point_file_system(from_attrs_id)));
    output(stack, "AttrsArnId", ccdk_efs_access_point_id(from_attrs_arn));
    output(stack, "AttrsArnArn", ccdk_efs_access_point_arn(from_attrs_arn));
    output(stack, "AttrsArnFileSystem", ccdk_efs_file_system_id(ccdk_efs_access_point_file_system(from_attrs_arn)));
    output(stack, "ApArn", ccdk_efs_access_point_arn(ap));
    output(stack, "ApFileSystem", ccdk_efs_file_system_id(ccdk_efs_access_point_file_system(ap)));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
