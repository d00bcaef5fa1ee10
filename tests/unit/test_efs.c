/* test_efs.c - efs.FileSystem, efs.AccessPoint and the Function's `filesystem` prop: the
 * validations without a conformance case of their own. Each bad input makes ccdk_app_synth() fail
 * with aws-cdk-lib 2.276.0's message (taken from aws-cdk-lib by running the same inputs) and the
 * construct path; each good input next to it synthesizes. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ccdk/efs.h>
#include <ccdk/lambda.h>

#include "testlib.h"

typedef void (*build_fn)(ccdk_stack *stack, ccdk_ec2_vpc *vpc);

/* Builds the app in a stack "S" with a Vpc "V", synthesizes into a scratch directory, and returns
 * whether synth succeeded; with `message`, one error must hold it and `path`. */
static int synth(build_fn build, const char *message, const char *path)
{
    char dir[] = "/tmp/ccdk-efs-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    build(stack, ccdk_ec2_vpc_new(stack, "V", NULL));
    int rc = ccdk_app_synth(app);
    if (message) {
        int found = 0;
        for (size_t i = 0; i < ccdk_app_error_count(app) && !found; i++) {
            const char *e = ccdk_app_error(app, i);
            found = strstr(e, message) && (!path || strstr(e, path));
        }
        CHECK_MSG(found, "no error holds \"%s\" at %s", message, path ? path : "");
        if (!found)
            for (size_t i = 0; i < ccdk_app_error_count(app); i++)
                fprintf(stderr, "      error %zu: %s\n", i, ccdk_app_error(app, i));
    } else {
        for (size_t i = 0; i < ccdk_app_error_count(app); i++)
            fprintf(stderr, "      unexpected error %zu: %s\n", i, ccdk_app_error(app, i));
    }
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        abort();
    return rc == 0;
}

#define EXPECT_ERROR(build, message, path) CHECK_MSG(!synth(build, message, path), "synth succeeded: %s", #build)
#define EXPECT_OK(build) CHECK_MSG(synth(build, NULL, NULL), "synth failed: %s", #build)

/* ------------------------------------------------------------------ FileSystem */

static void max_io_one_zone(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){
        .vpc = vpc, .one_zone = CCDK_TRUE, .performance_mode = CCDK_EFS_PERFORMANCE_MODE_MAX_IO});
}
static void one_zone_subnets_without_az(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){
        .vpc = vpc, .one_zone = CCDK_TRUE,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}});
}
static void one_zone_two_azs(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){
        .vpc = vpc, .one_zone = CCDK_TRUE,
        .vpc_subnets = {.availability_zones = CCDK_STRS("a", "b")}});
}
static void one_zone(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){.vpc = vpc, .one_zone = CCDK_TRUE});
}
static void provisioned_fraction(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){
        .vpc = vpc, .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED,
        .provisioned_throughput_per_second = ccdk_size_kibibytes(1500)});
}
static void provisioned(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){
        .vpc = vpc, .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED,
        .provisioned_throughput_per_second = ccdk_size_kibibytes(2048)});
}
/* efs-file-system.test.ts: less than a mebibyte, and 2050 KiB */
static void provisioned_10_kib(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){
        .vpc = vpc, .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED,
        .provisioned_throughput_per_second = ccdk_size_kibibytes(10)});
}
static void provisioned_2050_kib(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_new(s, "F2", &(ccdk_efs_file_system_props){
        .vpc = vpc, .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED,
        .provisioned_throughput_per_second = ccdk_size_kibibytes(2050)});
}
/* and what is built on the file system after its error goes on without a crash */
static void replication_unprotected(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){
        .vpc = vpc, .replication_configuration = &(ccdk_efs_replication_configuration){.region = "us-west-2"},
        .replication_overwrite_protection = CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_DISABLED});
}
static void no_vpc(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(s, "F", NULL);
    ccdk_efs_access_point *ap = ccdk_efs_file_system_add_access_point(fs, "A", NULL);
    ccdk_lambda_function_new(s, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "i.h", .code = ccdk_lambda_code_from_inline(s, "x"),
        .vpc = vpc, .filesystem = ccdk_lambda_file_system_from_efs_access_point(ap, "/mnt/x")});
}

TEST(file_system_validations)
{
    EXPECT_ERROR(max_io_one_zone, "performanceMode MAX_IO is not supported for One Zone file systems.", "S/F");
    EXPECT_ERROR(one_zone_subnets_without_az,
                 "When oneZone is enabled and vpcSubnets defined, vpcSubnets.availabilityZones can not be undefined.", "S/F");
    EXPECT_ERROR(one_zone_two_azs, "When oneZone is enabled, vpcSubnets.availabilityZones should exactly have one zone.", "S/F");
    EXPECT_OK(one_zone);
    EXPECT_ERROR(provisioned_fraction, "'1500 kibibytes' cannot be converted into a whole number of mebibytes.", "S/F");
    EXPECT_OK(provisioned);
    EXPECT_ERROR(provisioned_10_kib, "'10 kibibytes' cannot be converted into a whole number of mebibytes.", "S/F");
    EXPECT_ERROR(provisioned_2050_kib, "'2050 kibibytes' cannot be converted into a whole number of mebibytes.", "S/F2");
    EXPECT_ERROR(replication_unprotected,
                 "Cannot configure 'replicationConfiguration' when 'replicationOverwriteProtection' is set to 'DISABLED'", "S/F");
    EXPECT_ERROR(no_vpc, "vpc is required", "S/F");
}

/* ------------------------------------------------------------------ imports */

static ccdk_ec2_security_group *imported_group(ccdk_stack *s)
{
    return ccdk_ec2_security_group_from_security_group_id(s, "G", "sg-1", CCDK_UNSET, CCDK_UNSET);
}
static void import_both(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_from_file_system_attributes(s, "I", &(ccdk_efs_file_system_attributes){
        .security_group = imported_group(s), .file_system_id = "fs-12345678",
        .file_system_arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-12345678"});
}
static void import_none(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_from_file_system_attributes(s, "I", &(ccdk_efs_file_system_attributes){
        .security_group = imported_group(s), .file_system_id = ""});
}
static void import_bad_arn(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system_from_file_system_attributes(s, "I", &(ccdk_efs_file_system_attributes){
        .security_group = imported_group(s),
        .file_system_arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system"});
}
static void import_arn(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system *fs = ccdk_efs_file_system_from_file_system_attributes(s, "I", &(ccdk_efs_file_system_attributes){
        .security_group = imported_group(s),
        .file_system_arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-12345678"});
    CHECK_STR_EQ(ccdk_efs_file_system_id(fs), "fs-12345678");
    CHECK(ccdk_efs_file_system_resource(fs) == NULL);
    CHECK(ccdk_efs_file_system_mount_target_count(fs) == 0);
    ccdk_efs_access_point_new(s, "AP", fs, &(ccdk_efs_access_point_options){.path = "/x"});
}

/* Arn.split's resource name: after the resource's '/', then ':' and the components after it */
static void import_colon_arn(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system *fs = ccdk_efs_file_system_from_file_system_attributes(s, "I", &(ccdk_efs_file_system_attributes){
        .security_group = imported_group(s),
        .file_system_arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system:fs-1:x"});
    CHECK_STR_EQ(ccdk_efs_file_system_id(fs), "fs-1:x");
    ccdk_efs_access_point *ap = ccdk_efs_access_point_from_access_point_attributes(s, "A", &(ccdk_efs_access_point_attributes){
        .access_point_arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-1:y"});
    CHECK_STR_EQ(ccdk_efs_access_point_id(ap), "fsap-1:y");
    /* stack.formatArn's (tokens in its fields): split as a string */
    ccdk_efs_access_point *ap2 = ccdk_efs_access_point_from_access_point_attributes(s, "A2", &(ccdk_efs_access_point_attributes){
        .access_point_arn = ccdk_stack_format_arn(s, "elasticfilesystem", "access-point", NULL, "fsap-2")});
    CHECK_STR_EQ(ccdk_efs_access_point_id(ap2), "fsap-2");
}

TEST(imported_file_system)
{
    EXPECT_OK(import_colon_arn);
    EXPECT_ERROR(import_both, "One of fileSystemId or fileSystemArn, but not both, must be provided.", "S/I");
    EXPECT_ERROR(import_none, "One of fileSystemId or fileSystemArn, but not both, must be provided.", "S/I");
    EXPECT_ERROR(import_bad_arn, "Invalid FileSystem Arn arn:aws:elasticfilesystem:us-east-1:123456789012:file-system", "S/I");
    EXPECT_OK(import_arn);
}

/* ------------------------------------------------------------------ AccessPoint */

static void token_long(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    char t[66];
    memset(t, 'x', 65);
    t[65] = 0;
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_file_system_add_access_point(fs, "A", &(ccdk_efs_access_point_options){.client_token = t});
}
static void token_empty(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_file_system_add_access_point(fs, "A", &(ccdk_efs_access_point_options){.client_token = ""});
}
/* aws-cdk-lib does not check the path: CloudFormation refuses it at deploy time */
static void relative_path(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_file_system_add_access_point(fs, "A", &(ccdk_efs_access_point_options){.path = "relative"});
}

TEST(access_point_validations)
{
    EXPECT_ERROR(token_long, "The length of 'clientToken' must range from 1 to 64 characters, got: 65 characters", "S/F/A");
    EXPECT_ERROR(token_empty, "The length of 'clientToken' must range from 1 to 64 characters, got: 0 characters", "S/F/A");
    EXPECT_OK(relative_path);
}

static void ap_import_both(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_access_point_from_access_point_attributes(s, "A", &(ccdk_efs_access_point_attributes){
        .access_point_id = "fsap-1", .access_point_arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-1"});
}
static void ap_import_none(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_access_point_from_access_point_attributes(s, "A", NULL);
}
static void ap_import_no_name(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_access_point_from_access_point_attributes(s, "A", &(ccdk_efs_access_point_attributes){
        .access_point_arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point"});
}
static void ap_import_mounted(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_access_point *ap = ccdk_efs_access_point_from_access_point_id(s, "A", "fsap-1");
    ccdk_lambda_function_new(s, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "i.h", .code = ccdk_lambda_code_from_inline(s, "x"),
        .vpc = vpc, .filesystem = ccdk_lambda_file_system_from_efs_access_point(ap, "/mnt/x")});
}
static void ap_import_arn(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    ccdk_efs_access_point *ap = ccdk_efs_access_point_from_access_point_attributes(s, "A", &(ccdk_efs_access_point_attributes){
        .access_point_arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-1"});
    CHECK_STR_EQ(ccdk_efs_access_point_id(ap), "fsap-1");
}

TEST(imported_access_point)
{
    EXPECT_ERROR(ap_import_both, "Only one of accessPointId or AccessPointArn can be provided!", "S/A");
    EXPECT_ERROR(ap_import_none, "One of accessPointId or AccessPointArn is required!", "S/A");
    EXPECT_ERROR(ap_import_no_name, "ARN for AccessPoint must provide the resource name.", "S/A");
    EXPECT_ERROR(ap_import_mounted,
                 "fileSystem is only available if 'fromAccessPointAttributes()' is used and a fileSystem is passed in as an "
                 "attribute.", "S/A");
    EXPECT_OK(ap_import_arn);
}

/* ------------------------------------------------------------------ the Function's filesystem */

static void mount(ccdk_stack *s, ccdk_ec2_vpc *vpc, const char *path)
{
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(s, "F", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_access_point *ap = ccdk_efs_file_system_add_access_point(fs, "A", NULL);
    ccdk_lambda_function_new(s, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "i.h", .code = ccdk_lambda_code_from_inline(s, "x"),
        .vpc = vpc, .filesystem = ccdk_lambda_file_system_from_efs_access_point(ap, path)});
}
static void mount_long(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    char p[200] = "/mnt/";
    memset(p + 5, 'a', 160);
    p[165] = 0;
    mount(s, vpc, p);
}
static void mount_160(ccdk_stack *s, ccdk_ec2_vpc *vpc)
{
    char p[200] = "/mnt/";
    memset(p + 5, 'a', 155);
    p[160] = 0;
    mount(s, vpc, p);
}
static void mount_subdir(ccdk_stack *s, ccdk_ec2_vpc *vpc) { mount(s, vpc, "/mnt/a/b"); }
static void mount_bare(ccdk_stack *s, ccdk_ec2_vpc *vpc) { mount(s, vpc, "/mnt/"); }
static void mount_chars(ccdk_stack *s, ccdk_ec2_vpc *vpc) { mount(s, vpc, "/mnt/a-b_c.d9"); }

TEST(function_filesystem_validations)
{
    EXPECT_ERROR(mount_long, "Local mount path can not be longer than 160 characters but has 165 characters.", "S/Fn");
    EXPECT_OK(mount_160);
    EXPECT_ERROR(mount_subdir, "Local mount path should match with ^/mnt/[a-zA-Z0-9-_.]+$ but given /mnt/a/b.", "S/Fn");
    EXPECT_ERROR(mount_bare, "Local mount path should match with ^/mnt/[a-zA-Z0-9-_.]+$ but given /mnt/.", "S/Fn");
    EXPECT_OK(mount_chars);
}

int main(void)
{
    RUN(file_system_validations);
    RUN(imported_file_system);
    RUN(access_point_validations);
    RUN(imported_access_point);
    RUN(function_filesystem_validations);
    return TEST_DONE();
}
