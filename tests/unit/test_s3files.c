/* test_s3files.c - the s3files L1s and lambda.FileSystem.fromS3FilesAccessPoint: the validations
 * without a conformance case of their own (messages taken from aws-cdk-lib 2.276.0 by running the
 * same inputs), the C API's own checks, and core's findRelatedCfnResource (closest match first). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ccdk/lambda.h>
#include <ccdk/s3.h>
#include <ccdk/s3files.h>

#include "../../src/core/internal.h"
#include "testlib.h"

typedef void (*build_fn)(ccdk_stack *stack, ccdk_ec2_vpc *vpc, ccdk_s3files_cfn_access_point *ap);

/* Builds in a stack "S" with a Vpc "V", a file system "F" with a mount target "MT" (security group
 * "SG") and an access point "A", then synthesizes into a scratch directory; returns whether synth
 * succeeded; with `message`, one error must hold it (and `path` when given). */
static int synth(build_fn build, const char *message, const char *path)
{
    char dir[] = "/tmp/ccdk-s3files-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "V", NULL);
    ccdk_s3files_cfn_file_system *fs = ccdk_s3files_cfn_file_system_new(s, "F",
        &(ccdk_s3files_cfn_file_system_props){.bucket = "b", .role_arn = "r"});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(s, "SG", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_s3files_cfn_mount_target_new(s, "MT", &(ccdk_s3files_cfn_mount_target_props){
        .file_system_id = ccdk_s3files_cfn_file_system_attr_file_system_id(fs), .subnet_id = "s",
        .security_groups = CCDK_STRS(ccdk_ec2_security_group_id(sg))});
    ccdk_s3files_cfn_access_point *ap = ccdk_s3files_cfn_access_point_new(s, "A",
        &(ccdk_s3files_cfn_access_point_props){.file_system_id = ccdk_s3files_cfn_file_system_attr_file_system_id(fs)});
    build(s, vpc, ap);
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
    ccdk__process_errors_clear();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        abort();
    return rc == 0;
}

#define EXPECT_ERROR(build, message, path) CHECK_MSG(!synth(build, message, path), "synth succeeded: %s", #build)
#define EXPECT_OK(build) CHECK_MSG(synth(build, NULL, NULL), "synth failed: %s", #build)

static void fn(ccdk_stack *s, ccdk_ec2_vpc *vpc, const ccdk_lambda_file_system *filesystem, int snap_start)
{
    ccdk_lambda_function_new(s, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12, .handler = "i.h", .code = ccdk_lambda_code_from_inline(s, "x"),
        .vpc = vpc, .filesystem = filesystem,
        .snap_start = snap_start ? CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS : NULL});
}

static void mounted(ccdk_stack *s, ccdk_ec2_vpc *vpc, ccdk_s3files_cfn_access_point *ap)
{
    fn(s, vpc, ccdk_lambda_file_system_from_s3_files_access_point(ap, "/mnt/x", NULL), 0);
}
static void no_vpc(ccdk_stack *s, ccdk_ec2_vpc *vpc, ccdk_s3files_cfn_access_point *ap)
{
    (void)vpc;
    fn(s, NULL, ccdk_lambda_file_system_from_s3_files_access_point(ap, "/mnt/x", NULL), 0);
}
static void mount_subdir(ccdk_stack *s, ccdk_ec2_vpc *vpc, ccdk_s3files_cfn_access_point *ap)
{
    fn(s, vpc, ccdk_lambda_file_system_from_s3_files_access_point(ap, "/mnt/a/b", NULL), 0);
}
static void snap_start(ccdk_stack *s, ccdk_ec2_vpc *vpc, ccdk_s3files_cfn_access_point *ap)
{
    fn(s, vpc, ccdk_lambda_file_system_from_s3_files_access_point(ap, "/mnt/x", NULL), 1);
}
static void file_system_without_role(ccdk_stack *s, ccdk_ec2_vpc *vpc, ccdk_s3files_cfn_access_point *ap)
{
    (void)vpc, (void)ap;
    ccdk_s3files_cfn_file_system_new(s, "F2", &(ccdk_s3files_cfn_file_system_props){.bucket = "b"});
}
static void access_point_without_file_system(ccdk_stack *s, ccdk_ec2_vpc *vpc, ccdk_s3files_cfn_access_point *ap)
{
    (void)vpc, (void)ap;
    ccdk_s3files_cfn_access_point_new(s, "A2", NULL);
}

TEST(function_filesystem_validations)
{
    EXPECT_OK(mounted);
    EXPECT_ERROR(no_vpc, "Cannot configure 'filesystem' without configuring a VPC.", "S/Fn");
    EXPECT_ERROR(mount_subdir, "Local mount path should match with ^/mnt/[a-zA-Z0-9-_.]+$ but given /mnt/a/b.", "S/Fn");
    EXPECT_ERROR(snap_start, "SnapStart is currently not supported using EFS", "S/Fn");
}

TEST(required_properties)
{
    EXPECT_ERROR(file_system_without_role, "S/F2 [AWS::S3Files::FileSystem] is missing required property: roleArn", NULL);
    EXPECT_ERROR(access_point_without_file_system,
                 "S/A2 [AWS::S3Files::AccessPoint] is missing required property: fileSystemId", NULL);
}

/* the C API's own checks: a mode out of range, enabled(NULL), a NULL access point */
static void bad_mode(ccdk_stack *s, ccdk_ec2_vpc *vpc, ccdk_s3files_cfn_access_point *ap)
{
    ccdk_lambda_s3_files_options o = {.direct_s3_read = {.mode = (ccdk_lambda_direct_s3_read_mode)7}};
    fn(s, vpc, ccdk_lambda_file_system_from_s3_files_access_point(ap, "/mnt/x", &o), 0);
}
static void enabled_null_bucket(ccdk_stack *s, ccdk_ec2_vpc *vpc, ccdk_s3files_cfn_access_point *ap)
{
    ccdk_lambda_s3_files_options o = {.direct_s3_read = ccdk_lambda_direct_s3_read_enabled(NULL)};
    fn(s, vpc, ccdk_lambda_file_system_from_s3_files_access_point(ap, "/mnt/x", &o), 0);
}
static void null_access_point(ccdk_stack *s, ccdk_ec2_vpc *vpc, ccdk_s3files_cfn_access_point *ap)
{
    (void)ap;
    fn(s, vpc, ccdk_lambda_file_system_from_s3_files_access_point(NULL, "/mnt/x", NULL), 0);
}

TEST(api_checks)
{
    EXPECT_ERROR(bad_mode, "directS3Read", NULL);
    EXPECT_ERROR(enabled_null_bucket, "ccdk_lambda_direct_s3_read_enabled: the bucket is NULL", NULL);
    EXPECT_ERROR(null_access_point, "ccdk_lambda_file_system_from_s3_files_access_point: the access point is not a construct", NULL);
}

/* ConstructReflection.findRelatedCfnResource: the closest match wins; a resource's own children
 * come first; a sibling counts as two steps (it is met as a child of the parent), a sibling's child
 * as one */
static int any(ccdk_cfn_resource *candidate, void *ctx)
{
    (void)candidate, (void)ctx;
    return 1;
}

TEST(find_related_cfn_resource)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_construct *group = ccdk_construct_new(s, "Group");
    ccdk_cfn_resource *from = ccdk_cfn_resource_new(group, "From", "T::From", NULL);
    ccdk_cfn_resource *sibling = ccdk_cfn_resource_new(group, "Sibling", "T::X", NULL);
    ccdk_construct *other = ccdk_construct_new(group, "Other");
    ccdk_cfn_resource *nephew = ccdk_cfn_resource_new(other, "Nephew", "T::X", NULL);
    /* the sibling's child (distance 1) beats the sibling itself (distance 2), though it comes later */
    CHECK(ccdk__find_related_cfn_resource(&from->el.node, "T::X", any, NULL) == nephew);
    /* a child of the resource itself comes first of all */
    ccdk_cfn_resource *child = ccdk_cfn_resource_new(CCDK_CONSTRUCT(from), "Child", "T::X", NULL);
    CHECK(ccdk__find_related_cfn_resource(&from->el.node, "T::X", any, NULL) == child);
    /* another stack's resource is found; no type, no match */
    ccdk_stack *s2 = ccdk_stack_new(app, "S2", NULL);
    ccdk_cfn_resource *far = ccdk_cfn_resource_new(s2, "Far", "T::Y", NULL);
    CHECK(ccdk__find_related_cfn_resource(&from->el.node, "T::Y", any, NULL) == far);
    CHECK(ccdk__find_related_cfn_resource(&from->el.node, "T::Z", any, NULL) == NULL);
    (void)sibling;
    ccdk_app_free(app);
}

int main(void)
{
    RUN(function_filesystem_validations);
    RUN(required_properties);
    RUN(api_checks);
    RUN(find_related_cfn_resource);
    return TEST_DONE();
}
