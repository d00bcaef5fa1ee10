/* Conformance case 'user-efs-media-workers': see app.js. */
#include <ccdk/ec2.h>
#include <ccdk/efs.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

static ccdk_efs_access_point *access_point(ccdk_efs_file_system *fs, const char *id, const char *dir)
{
    return ccdk_efs_file_system_add_access_point(fs, id, &(ccdk_efs_access_point_options){
        .path = dir,
        .create_acl = &(ccdk_efs_acl){.owner_uid = "1001", .owner_gid = "1001", .permissions = "750"},
        .posix_user = &(ccdk_efs_posix_user){.uid = "1001", .gid = "1001"},
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_props env = {.account = "444433332222", .region = "eu-north-1"};
    ccdk_stack *storage = ccdk_stack_new(app, "MediaStorage", &env);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(storage, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(1),
        .restrict_default_security_group = CCDK_FALSE,
    });
    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(storage, "Scratch", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .encrypted = CCDK_TRUE,
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_ELASTIC,
        .lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_14_DAYS,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_efs_access_point *transcode_ap = access_point(file_system, "TranscodeAp", "/transcode");
    ccdk_efs_access_point *thumbs_ap = access_point(file_system, "ThumbsAp", "/thumbs");
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(storage, "UploadsDlq", &(ccdk_sqs_queue_props){.retention_period = ccdk_duration_days(14)});
    ccdk_sqs_queue *uploads_queue = ccdk_sqs_queue_new(storage, "Uploads", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(15),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(3)},
    });
    ccdk_s3_bucket *uploads = ccdk_s3_bucket_new(storage, "UploadsBucket", &(ccdk_s3_bucket_props){
        .enforce_ssl = CCDK_TRUE,
        .versioned = CCDK_TRUE,
    });
    ccdk_s3_bucket_add_event_notification(uploads, CCDK_S3_OBJECT_CREATED, ccdk_s3_sqs_destination(uploads_queue),
                                          CCDK_S3_FILTERS({.prefix = "raw/", .suffix = ".mp4"}));

    ccdk_stack *compute = ccdk_stack_new(app, "MediaCompute", &env);
    ccdk_lambda_function *transcoder = ccdk_lambda_function_new(compute, "Transcoder", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(compute, "def handler(event, context):\n    return None\n"),
        .memory_size = CCDK_NUM(3008),
        .timeout = ccdk_duration_minutes(15),
        .ephemeral_storage_size = ccdk_size_gibibytes(2),
        .vpc = vpc,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(transcode_ap, "/mnt/transcode"),
        .environment = CCDK_KVS({"UPLOADS_BUCKET", ccdk_s3_bucket_name(uploads)}),
    });
    ccdk_lambda_function_add_event_source(transcoder, ccdk_lambda_sqs_event_source(uploads_queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(1),
    }));
    ccdk_s3_bucket_grant_read(uploads, transcoder, "raw/*");
    ccdk_s3_bucket_grant_put(uploads, transcoder, "out/*");
    ccdk_lambda_function *thumbnailer = ccdk_lambda_function_new(compute, "Thumbnailer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(compute, "def handler(event, context):\n    return None\n"),
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(thumbs_ap, "/mnt/thumbs"),
    });
    ccdk_s3_bucket_grant_read_write(uploads, thumbnailer, "thumbs/*");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
