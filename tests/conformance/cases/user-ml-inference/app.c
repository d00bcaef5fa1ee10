/* Conformance case 'user-ml-inference': see app.js. */
#include <ccdk/ec2.h>
#include <ccdk/ec2_vpc_endpoint_services.h>
#include <ccdk/efs.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MlInference", &(ccdk_stack_props){
        .description = "Fraud scoring models: real-time and batch inference",
    });

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "InferenceVpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(0),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Inference", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(24)}),
        .gateway_endpoints = CCDK_LIST_OF(ccdk_ec2_vpc_gateway_endpoint,
            {"S3", {.service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3}}),
        .restrict_default_security_group = CCDK_FALSE,
    });

    ccdk_s3_bucket *models = ccdk_s3_bucket_new(stack, "Models", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
    });

    ccdk_efs_file_system *cache = ccdk_efs_file_system_new(stack, "ModelCache", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED,
        .provisioned_throughput_per_second = ccdk_size_mebibytes(128),
        .performance_mode = CCDK_EFS_PERFORMANCE_MODE_GENERAL_PURPOSE,
        .lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_30_DAYS,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_efs_access_point *models_access = ccdk_efs_access_point_new(stack, "ModelsAccess", cache, &(ccdk_efs_access_point_options){
        .path = "/models",
        .create_acl = &(ccdk_efs_acl){.owner_uid = "1001", .owner_gid = "1001", .permissions = "750"},
        .posix_user = &(ccdk_efs_posix_user){.uid = "1001", .gid = "1001"},
    });
    ccdk_efs_access_point *scratch_access = ccdk_efs_file_system_add_access_point(cache, "ScratchAccess", &(ccdk_efs_access_point_options){
        .path = "/scratch",
        .create_acl = &(ccdk_efs_acl){.owner_uid = "1002", .owner_gid = "1002", .permissions = "770"},
        .posix_user = &(ccdk_efs_posix_user){.uid = "1002", .gid = "1002", .secondary_gids = CCDK_STRS("1001")},
    });

    ccdk_lambda_layer_version *ml_utils = ccdk_lambda_layer_version_new(stack, "MlUtils", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layers/numpy", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_11, CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_X86_64, CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .license = "BSD-3-Clause",
        .layer_version_name = "ml-utils",
        .description = "feature normalisation helpers",
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });

    ccdk_ec2_security_group *predictor_sg = ccdk_ec2_security_group_new(stack, "PredictorSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .description = "real-time predictor",
        .allow_all_outbound = CCDK_FALSE,
    });
    ccdk_ec2_security_group_add_egress_rule(predictor_sg, ccdk_ec2_peer_ipv4(ccdk_ec2_vpc_cidr_block(vpc)),
                                            ccdk_ec2_port_tcp(443), "HTTPS inside the VPC", CCDK_UNSET);

    ccdk_lambda_function *predict = ccdk_lambda_function_new(stack, "Predict", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "app.handler",
        .code = ccdk_lambda_code_from_asset(stack, "predict", NULL),
        .layers = CCDK_LIST(ml_utils),
        .memory_size = CCDK_NUM(3008),
        .timeout = ccdk_duration_seconds(30),
        .ephemeral_storage_size = ccdk_size_gibibytes(2),
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
        .security_groups = CCDK_LIST(predictor_sg),
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(models_access, "/mnt/models"),
        .environment = CCDK_KVS({"MODEL_DIR", "/mnt/models"}, {"MODEL_BUCKET", ccdk_s3_bucket_name(models)}),
    });
    ccdk_s3_bucket_grant_read(models, predict, "models/*");

    ccdk_lambda_function *scorer = ccdk_lambda_docker_image_function_new(stack, "BatchScorer", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "scorer", NULL),
        .memory_size = CCDK_NUM(10240),
        .timeout = ccdk_duration_minutes(15),
        .vpc = vpc,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(scratch_access, "/mnt/scratch"),
        .environment = CCDK_KVS({"MODEL_BUCKET", ccdk_s3_bucket_name(models)},
                                {"PREDICT_FUNCTION", ccdk_lambda_function_name(predict)}),
    });
    ccdk_s3_bucket_grant_read_write(models, scorer, "results/*");
    ccdk_s3_bucket_grant_read(models, scorer, "models/*");
    ccdk_lambda_function_grant_invoke(predict, scorer);

    ccdk_cfn_output_new(stack, "PredictArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(predict)});
    ccdk_cfn_output_new(stack, "ScorerName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(scorer)});
    ccdk_cfn_output_new(stack, "ModelCacheId", &(ccdk_cfn_output_props){.value = ccdk_efs_file_system_id(cache)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
