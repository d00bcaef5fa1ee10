/* handles.h - a live construct of each handle type the API sweep passes (see gen.py): mk_<type>(stack)
 * makes one in the given Stack, with a fresh id each call. Adding a type here makes the sweep pass
 * live handles of it to every function that takes one. */
static int hid;
static const char *nid(const char *p) { static char b[64][32]; char *s = b[hid % 64]; snprintf(s, 32, "%s%d", p, hid++); return s; }
static ccdk_lambda_function *mk_lambda_function(ccdk_stack *s) {
    return ccdk_lambda_function_new(s, nid("Fn"), &(ccdk_lambda_function_props){.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler", .code = ccdk_lambda_code_from_inline(s, "exports.handler=1")}); }
static ccdk_s3_bucket *mk_s3_bucket(ccdk_stack *s) { return ccdk_s3_bucket_new(s, nid("B"), NULL); }
static ccdk_sqs_queue *mk_sqs_queue(ccdk_stack *s) { return ccdk_sqs_queue_new(s, nid("Q"), NULL); }
static ccdk_sns_topic *mk_sns_topic(ccdk_stack *s) { return ccdk_sns_topic_new(s, nid("T"), NULL); }
static ccdk_sns_topic_policy *mk_sns_topic_policy(ccdk_stack *s) {
    return ccdk_sns_topic_policy_new(s, nid("TP"), &(ccdk_sns_topic_policy_props){.topics = CCDK_EMPTY_LIST}); }
static ccdk_sqs_queue_policy *mk_sqs_queue_policy(ccdk_stack *s) {
    return ccdk_sqs_queue_policy_new(s, nid("QP"), &(ccdk_sqs_queue_policy_props){.queues = CCDK_EMPTY_LIST}); }
static ccdk_kms_key *mk_kms_key(ccdk_stack *s) { return ccdk_kms_key_new(s, nid("K"), NULL); }
static ccdk_kinesis_stream *mk_kinesis_stream(ccdk_stack *s) { return ccdk_kinesis_stream_new(s, nid("St"), NULL); }
static ccdk_dynamodb_table *mk_dynamodb_table(ccdk_stack *s) { return ccdk_dynamodb_table_new(s, nid("Tb"), &(ccdk_dynamodb_table_props){.partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING}}); }
static ccdk_secretsmanager_secret *mk_secretsmanager_secret(ccdk_stack *s) { return ccdk_secretsmanager_secret_new(s, nid("Se"), NULL); }
static ccdk_iam_role *mk_iam_role(ccdk_stack *s) { return ccdk_iam_role_new(s, nid("R"), &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(s, "lambda.amazonaws.com")}); }
static ccdk_iam_user *mk_iam_user(ccdk_stack *s) { return ccdk_iam_user_new(s, nid("U"), NULL); }
static ccdk_iam_principal *mk_iam_principal(ccdk_stack *s) { return ccdk_iam_service_principal(s, "sns.amazonaws.com"); }
static ccdk_ec2_vpc *mk_ec2_vpc(ccdk_stack *s) { return ccdk_ec2_vpc_new(s, nid("V"), NULL); }
static ccdk_ec2_security_group *mk_ec2_security_group(ccdk_stack *s) { return ccdk_ec2_security_group_new(s, nid("SG"), &(ccdk_ec2_security_group_props){.vpc = mk_ec2_vpc(s)}); }
static ccdk_ec2_connections *mk_ec2_connections(ccdk_stack *s) { return ccdk_ec2_security_group_connections(mk_ec2_security_group(s)); }
static ccdk_efs_file_system *mk_efs_file_system(ccdk_stack *s) { return ccdk_efs_file_system_new(s, nid("FS"), &(ccdk_efs_file_system_props){.vpc = mk_ec2_vpc(s)}); }
static ccdk_efs_access_point *mk_efs_access_point(ccdk_stack *s) { return ccdk_efs_file_system_add_access_point(mk_efs_file_system(s), nid("AP"), NULL); }
static ccdk_logs_log_group *mk_logs_log_group(ccdk_stack *s) { return ccdk_logs_log_group_new(s, nid("LG"), NULL); }
static ccdk_lambda_version *mk_lambda_version(ccdk_stack *s) { return ccdk_lambda_function_current_version(mk_lambda_function(s)); }
static ccdk_lambda_alias *mk_lambda_alias(ccdk_stack *s) { return ccdk_lambda_function_add_alias(mk_lambda_function(s), "live", NULL); }
static ccdk_lambda_layer_version *mk_lambda_layer_version(ccdk_stack *s) { return ccdk_lambda_layer_version_new(s, nid("L"), &(ccdk_lambda_layer_version_props){.code = ccdk_lambda_code_from_asset(s, "tests/api-sweep/asset", NULL)}); }
static ccdk_events_event_bus *mk_events_event_bus(ccdk_stack *s) { return ccdk_events_event_bus_new(s, nid("EB"), NULL); }
static ccdk_iam_policy_statement *mk_iam_policy_statement(ccdk_stack *s) { return ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*")}); }
static ccdk_cloudwatch_metric *mk_cloudwatch_metric(ccdk_stack *s) { return ccdk_lambda_function_metric_errors(mk_lambda_function(s), NULL); }
static ccdk_kinesis_stream_consumer *mk_kinesis_stream_consumer(ccdk_stack *s) { return ccdk_kinesis_stream_consumer_new(s, nid("C"), &(ccdk_kinesis_stream_consumer_props){.stream = mk_kinesis_stream(s), .stream_consumer_name = "c"}); }
static ccdk_lambda_code *mk_lambda_code(ccdk_stack *s) { return ccdk_lambda_code_from_inline(s, "x"); }
static ccdk_value *mk_value(ccdk_stack *s) { return ccdk_v_string(s, "v"); }
static ccdk_cfn_resource *mk_cfn_resource(ccdk_stack *s) { return ccdk_cfn_resource_new(s, nid("Res"), "AWS::SQS::Queue", NULL); }
static ccdk_stage *mk_stage(ccdk_stack *s) { return ccdk_stage_new(s, nid("Stage"), NULL); /* a Stage in a Stack: aws-cdk-lib's error, not a crash */ }
static ccdk_iam_policy_document *mk_iam_policy_document(ccdk_stack *s) { return ccdk_iam_policy_document_new(s, (ccdk_iam_policy_statement_list)CCDK_LIST(mk_iam_policy_statement(s))); }
static ccdk_kinesis_resource_policy *mk_kinesis_resource_policy(ccdk_stack *s) { return ccdk_kinesis_resource_policy_new(s, nid("RP"), &(ccdk_kinesis_resource_policy_props){.stream = mk_kinesis_stream(s), .policy_document = mk_iam_policy_document(s)}); }
static ccdk_logs_resource_policy *mk_logs_resource_policy(ccdk_stack *s) { return ccdk_logs_resource_policy_new(s, nid("LRP"), &(ccdk_logs_resource_policy_props){.policy_statements = CCDK_LIST(ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("logs:PutLogEvents"), .principals = CCDK_LIST(ccdk_iam_service_principal(s, "es.amazonaws.com")), .resources = CCDK_STRS("*")}))}); }
static ccdk_iam_policy *mk_iam_policy(ccdk_stack *s) { return ccdk_iam_policy_new(s, nid("Pol"), NULL); }
static ccdk_events_schedule *mk_events_schedule(ccdk_stack *s) { return ccdk_events_schedule_rate(s, ccdk_duration_minutes(5)); }
static ccdk_events_rule *mk_events_rule(ccdk_stack *s) { return ccdk_events_rule_new(s, nid("Rule"), &(ccdk_events_rule_props){.schedule = mk_events_schedule(s)}); }
static ccdk_cloudwatch_alarm *mk_cloudwatch_alarm(ccdk_stack *s) { return ccdk_cloudwatch_alarm_new(s, nid("Alarm"), &(ccdk_cloudwatch_alarm_props){.metric = mk_cloudwatch_metric(s), .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)}); }
static ccdk_ec2_subnet *mk_ec2_subnet(ccdk_stack *s) { return ccdk_ec2_subnet_from_subnet_id(s, nid("Sub"), "subnet-1234"); }
static ccdk_ec2_network_acl *mk_ec2_network_acl(ccdk_stack *s) { return ccdk_ec2_network_acl_from_network_acl_id(s, nid("Acl"), "acl-1234"); }
static ccdk_lambda_function_url *mk_lambda_function_url(ccdk_stack *s) { return ccdk_lambda_function_add_function_url(mk_lambda_function(s), NULL); }
static ccdk_logs_log_retention *mk_logs_log_retention(ccdk_stack *s) { return ccdk_logs_log_retention_new(s, nid("LR"), &(ccdk_logs_log_retention_props){.log_group_name = "/aws/x", .retention = CCDK_LOGS_RETENTION_ONE_DAY}); }
static ccdk_lambda_scalable_attribute *mk_lambda_scalable_attribute(ccdk_stack *s) { return ccdk_lambda_alias_add_auto_scaling(mk_lambda_alias(s), &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)}); }
static ccdk_cfn_parameter *mk_cfn_parameter(ccdk_stack *s) { return ccdk_cfn_parameter_new(s, nid("Param"), NULL); }
static ccdk_iam_managed_policy *mk_iam_managed_policy(ccdk_stack *s) { return ccdk_iam_managed_policy_from_aws_managed_policy_name(s, "ReadOnlyAccess"); }
static ccdk_cfn_output *mk_cfn_output(ccdk_stack *s) { return ccdk_cfn_output_new(s, nid("Out"), &(ccdk_cfn_output_props){.value = "x"}); }
static ccdk_sns_subscription_filter *mk_sns_subscription_filter(ccdk_stack *s) { return ccdk_sns_subscription_filter_exists(s); }
static ccdk_cfn_rule *mk_cfn_rule(ccdk_stack *s) { return ccdk_cfn_rule_new(s, nid("Rule"), NULL); }
static ccdk_iam_grant *mk_iam_grant(ccdk_stack *s) { return ccdk_iam_grant_on_principal(ccdk_iam_role_principal(mk_iam_role(s)), CCDK_STRS("s3:GetObject"), CCDK_STRS("*")); }
static ccdk_iam_lazy_role *mk_iam_lazy_role(ccdk_stack *s) { return ccdk_iam_lazy_role_new(s, nid("LR"), &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(s, "lambda.amazonaws.com")}); }
