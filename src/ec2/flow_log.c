/* flow_log.c - ec2.FlowLog (aws-cdk-lib/aws-ec2/lib/vpc-flow-logs.ts): an AWS::EC2::FlowLog for a
 * VPC, subnet, network interface or transit gateway, its destination (CloudWatch Logs with the
 * flow log's own log group and role unless given, or S3 with the bucket's logging policy),
 * FlowLogResourceType and vpc.addFlowLog / VpcProps.flowLogs. Kinesis Data Firehose destinations
 * are not in ccdk (no firehose module). */
#include "ccdk/iam.h"
#include "ccdk/logs.h"
#include "ccdk/s3.h"
#include "ec2_internal.h"

static const ccdk__kind kind_flow_log = {.fqn = "aws-cdk-lib.aws_ec2.FlowLog", .class_name = "FlowLog2"};

struct ccdk_ec2_flow_log {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *flow_log_id, *key_prefix;
    ccdk_logs_log_group *log_group;
    ccdk_iam_role *iam_role;
    ccdk_s3_bucket *bucket;
};

/* ------------------------------------------------------------------ FlowLogResourceType, FlowLogDestination */

ccdk_ec2_flow_log_resource_type ccdk_ec2_flow_log_resource_type_from_vpc(ccdk_ec2_vpc *vpc)
{
    return (ccdk_ec2_flow_log_resource_type){"VPC", ccdk_ec2_vpc_id(vpc)};
}

ccdk_ec2_flow_log_resource_type ccdk_ec2_flow_log_resource_type_from_subnet(ccdk_ec2_subnet *subnet)
{
    return (ccdk_ec2_flow_log_resource_type){"Subnet", ccdk_ec2_subnet_id(subnet)};
}

ccdk_ec2_flow_log_resource_type ccdk_ec2_flow_log_resource_type_from_network_interface_id(const char *id)
{
    return (ccdk_ec2_flow_log_resource_type){"NetworkInterface", id};
}

ccdk_ec2_flow_log_resource_type ccdk_ec2_flow_log_resource_type_from_transit_gateway_id(const char *id)
{
    return (ccdk_ec2_flow_log_resource_type){"TransitGateway", id};
}

ccdk_ec2_flow_log_resource_type ccdk_ec2_flow_log_resource_type_from_transit_gateway_attachment_id(const char *id)
{
    return (ccdk_ec2_flow_log_resource_type){"TransitGatewayAttachment", id};
}

ccdk_ec2_flow_log_destination ccdk_ec2_flow_log_destination_to_cloud_watch_logs(ccdk_logs_log_group *log_group,
                                                                                ccdk_iam_role *iam_role)
{
    return (ccdk_ec2_flow_log_destination){.kind_ = 1, .log_group_ = log_group, .iam_role_ = iam_role};
}

ccdk_ec2_flow_log_destination ccdk_ec2_flow_log_destination_to_s3(ccdk_s3_bucket *bucket, const char *key_prefix,
                                                                  const ccdk_ec2_s3_destination_options *options)
{
    ccdk_ec2_flow_log_destination d = {.kind_ = 2, .bucket_ = bucket, .key_prefix_ = key_prefix};
    if (options)
        d.s3_options_ = *options;
    return d;
}

/* ------------------------------------------------------------------ destinations' bind */

/* CloudWatchLogsDestination.bind: the role and the group (the flow log's own unless given), and
 * the role's permission to write into the group */
static void bind_cloud_watch_logs(ccdk_ec2_flow_log *fl, const ccdk_ec2_flow_log_destination *d)
{
    fl->iam_role = d->iam_role_;
    if (!fl->iam_role)
        fl->iam_role = ccdk_iam_role_new(fl, "IAMRole", &(ccdk_iam_role_props){
            /* PhysicalName.GENERATE_IF_NEEDED: named only when another environment reads it */
            .role_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED,
            .assumed_by = ccdk_iam_service_principal(fl, "vpc-flow-logs.amazonaws.com"),
        });
    fl->log_group = d->log_group_ ? d->log_group_ : ccdk_logs_log_group_new(fl, "LogGroup", NULL);
    ccdk_iam_role_add_to_policy(fl->iam_role, ccdk_iam_policy_statement_new(fl, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"),
        .effect = CCDK_IAM_ALLOW,
        .resources = CCDK_STRS(ccdk_logs_log_group_arn(fl->log_group)),
    }));
}

/* the Condition of the bucket's logging statements: the account's log deliveries only */
static ccdk_value *delivery_conditions(ccdk_app *app, ccdk_stack *stack, int with_acl)
{
    ccdk_value *equals = ccdk__v_obj(app);
    if (with_acl)
        ccdk__v_set(equals, "s3:x-amz-acl", ccdk__v_str(app, "bucket-owner-full-control"));
    ccdk__v_set(equals, "aws:SourceAccount", ccdk__v_from_string(app, ccdk_stack_account(stack)));
    ccdk_value *like = ccdk__v_obj(app);
    ccdk__v_set(like, "aws:SourceArn", ccdk__v_from_string(app, ccdk_stack_format_arn(stack, "logs", "*", NULL, NULL)));
    ccdk_value *c = ccdk__v_obj(app);
    ccdk__v_set(c, "StringEquals", equals);
    ccdk__v_set(c, "ArnLike", like);
    return c;
}

/* S3Destination.bind: the bucket (the flow log's own unless given) and, under the flag
 * @aws-cdk/aws-s3:createDefaultLoggingPolicy, its policy for delivery.logs.amazonaws.com */
static ccdk_value *bind_s3(ccdk_ec2_flow_log *fl, const ccdk_ec2_flow_log_destination *d)
{
    ccdk_app *app = fl->node.app;
    fl->bucket = d->bucket_;
    if (!fl->bucket)
        fl->bucket = ccdk_s3_bucket_new(fl, "Bucket", &(ccdk_s3_bucket_props){.removal_policy = CCDK_REMOVAL_POLICY_RETAIN});
    fl->key_prefix = d->key_prefix_ ? ccdk__keep(app, d->key_prefix_) : NULL;
    if (ccdk__feature_flag(&fl->node, "@aws-cdk/aws-s3:createDefaultLoggingPolicy")) {
        ccdk_stack *stack = fl->node.stack;
        const char *prefix = fl->key_prefix ? fl->key_prefix : "";
        size_t n = strlen(prefix);
        const char *sep = n && prefix[n - 1] != '/' ? "/" : "";
        const char *objects = ccdk__sprintf(app, "%s%sAWSLogs/%s%s/*", prefix, sep,
                                            ccdk__tri_true(d->s3_options_.hive_compatible_partitions) ? "aws-account-id=" : "",
                                            ccdk_stack_account(stack));
        ccdk_iam_principal *logs = ccdk_iam_service_principal(fl, "delivery.logs.amazonaws.com");
        ccdk_s3_bucket_add_to_resource_policy(fl->bucket, ccdk_iam_policy_statement_new(fl, &(ccdk_iam_policy_statement_props){
            .effect = CCDK_IAM_ALLOW,
            .principals = CCDK_LIST(logs),
            .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(fl->bucket, objects)),
            .actions = CCDK_STRS("s3:PutObject"),
            .conditions = delivery_conditions(app, stack, 1),
        }));
        ccdk_s3_bucket_add_to_resource_policy(fl->bucket, ccdk_iam_policy_statement_new(fl, &(ccdk_iam_policy_statement_props){
            .effect = CCDK_IAM_ALLOW,
            .principals = CCDK_LIST(logs),
            .resources = CCDK_STRS(ccdk_s3_bucket_arn(fl->bucket)),
            .actions = CCDK_STRS("s3:GetBucketAcl", "s3:ListBucket"),
            .conditions = delivery_conditions(app, stack, 0),
        }));
    }
    /* destinationOptions: only when one of them is truthy, then all three with their defaults */
    const ccdk_ec2_s3_destination_options *o = &d->s3_options_;
    if (!(o->file_format && *o->file_format) && !ccdk__tri_true(o->per_hour_partition) &&
        !ccdk__tri_true(o->hive_compatible_partitions))
        return NULL;
    ccdk_value *opts = ccdk__v_obj(app);
    ccdk__v_set(opts, "fileFormat", ccdk__v_str(app, o->file_format ? o->file_format : CCDK_EC2_FLOW_LOG_FILE_FORMAT_PLAIN_TEXT));
    ccdk__v_set(opts, "perHourPartition", ccdk__v_bool(app, ccdk__tri_true(o->per_hour_partition)));
    ccdk__v_set(opts, "hiveCompatiblePartitions", ccdk__v_bool(app, ccdk__tri_true(o->hive_compatible_partitions)));
    return opts;
}

/* flowLog.addResourceDependency(x) for a construct's default child that is a CfnResource */
static void depend_on_default_child(ccdk_cfn_resource *r, ccdk__node *n)
{
    ccdk__node *child = n ? ccdk__node_default_child(n) : NULL;
    if (child && child->kind->element == CCDK__EL_RESOURCE)
        ccdk__res_add_depends(r, child);
}

/* ------------------------------------------------------------------ FlowLog */

ccdk_ec2_flow_log *ccdk_ec2_flow_log_new(void *scope, const char *id, const ccdk_ec2_flow_log_props *props)
{
    ccdk_ec2_flow_log *fl = ccdk__construct(ccdk_ec2_flow_log, &kind_flow_log, scope, id);
    ccdk_app *app = fl->node.app;
    if (!props || !props->resource_type.resource_type_) {
        ccdk__error(fl, "resourceType is required");
        return fl;
    }
    if (!CCDK__ENUM_OK(fl, props->traffic_type, ccdk_ec2_flow_log_traffic_type, CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_UNSET,
                       CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_REJECT, "trafficType") ||
        !CCDK__ENUM_OK(fl, props->max_aggregation_interval, ccdk_ec2_flow_log_max_aggregation_interval,
                       CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_UNSET,
                       CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_TEN_MINUTES, "maxAggregationInterval"))
        return fl;
    const ccdk_ec2_flow_log_destination *d = &props->destination;
    ccdk_value *destination_options = NULL;
    const char *destination_type;
    if (d->kind_ == 2) {
        destination_options = bind_s3(fl, d);
        destination_type = "s3";
    } else {
        bind_cloud_watch_logs(fl, d);
        destination_type = "cloud-watch-logs";
    }
    ccdk_tags_add(fl, "Name", props->flow_log_name && *props->flow_log_name ? props->flow_log_name : fl->node.path);

    const char *log_destination = NULL;
    if (fl->bucket)
        log_destination = fl->key_prefix && *fl->key_prefix ? ccdk_s3_bucket_arn_for_objects(fl->bucket, fl->key_prefix)
                                                             : ccdk_s3_bucket_arn(fl->bucket);
    /* the LogFormat values, space-separated */
    const char *log_format = NULL;
    if (CCDK__GIVEN(props->log_format)) {
        size_t n = CCDK__LEN(props->log_format, "log_format");
        ccdk__buf b = {0};
        for (size_t i = 0; i < n; i++)
            ccdk__buf_printf(&b, "%s%s", i ? " " : "", props->log_format.items[i] ? props->log_format.items[i] : "");
        log_format = ccdk__strdup(app, b.data ? b.data : "");
        ccdk__buf_free(&b);
    }
    static const char *const traffic[] = {"ALL", "ACCEPT", "ALL", "REJECT"};
    const char *traffic_type = props->traffic_type <= CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_REJECT ? traffic[props->traffic_type] : "ALL";
    const char *rt = props->resource_type.resource_type_;
    if (!strcmp(rt, "TransitGateway") || !strcmp(rt, "TransitGatewayAttachment")) {
        if (props->traffic_type) {
            ccdk__error(fl, "trafficType is not supported for Transit Gateway and Transit Gateway Attachment");
            return fl;
        }
        if (props->max_aggregation_interval &&
            props->max_aggregation_interval != CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_ONE_MINUTE) {
            ccdk__error(fl, "maxAggregationInterval must be set to ONE_MINUTE for Transit Gateway and Transit Gateway Attachment");
            return fl;
        }
        traffic_type = NULL;
    }

    ccdk_cfn_resource *r = ccdk__l1(fl, "FlowLog", "AWS::EC2::FlowLog", "aws-cdk-lib.aws_ec2.CfnFlowLog");
    r->tag_kind = 1;
    if (destination_options)
        ccdk__res_set(r, "DestinationOptions", destination_options);
    if (fl->iam_role)
        ccdk__res_set(r, "DeliverLogsPermissionArn", ccdk__v_from_string(app, ccdk_iam_role_arn(fl->iam_role)));
    ccdk__res_set(r, "LogDestinationType", ccdk__v_str(app, destination_type));
    if (fl->log_group)
        ccdk__res_set(r, "LogGroupName", ccdk__v_from_string(app, ccdk_logs_log_group_name(fl->log_group)));
    if (props->max_aggregation_interval)
        ccdk__res_set(r, "MaxAggregationInterval",
                      ccdk__v_num(app, props->max_aggregation_interval == CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_ONE_MINUTE ? 60 : 600));
    ccdk__res_set(r, "ResourceId", ccdk__v_from_string(app, props->resource_type.resource_id_));
    ccdk__res_set(r, "ResourceType", ccdk__v_str(app, rt));
    if (traffic_type)
        ccdk__res_set(r, "TrafficType", ccdk__v_str(app, traffic_type));
    if (log_format)
        ccdk__res_set(r, "LogFormat", ccdk__v_str(app, log_format));
    if (log_destination)
        ccdk__res_set(r, "LogDestination", ccdk__v_from_string(app, log_destination));
    /* the bucket's policy and its auto-delete custom resource, when it has them by now */
    if (fl->bucket) {
        depend_on_default_child(r, (ccdk__node *)(void *)ccdk_s3_bucket_policy(fl->bucket));
        depend_on_default_child(r, ccdk__node_find_child(ccdk__node_of(fl->bucket), "AutoDeleteObjectsCustomResource"));
    }
    fl->resource = r;
    fl->flow_log_id = ccdk_cfn_resource_ref(r);
    ccdk__ext(&fl->node)->default_child_override = &r->el.node;
    ccdk_validations_acknowledge(fl, "CloudFormation-Validate::F3002",
                                 "AWS::EC2::FlowLog DestinationOptions accepts properties in camelCase, even they are "
                                 "listed as PascalCase in the spec");
    ccdk_validations_acknowledge(fl, "CloudFormation-Validate::F3003",
                                 "AWS::EC2::FlowLog DestinationOptions accepts properties in camelCase, even they are "
                                 "listed as PascalCase in the spec");
    return fl;
}

ccdk_ec2_flow_log *ccdk_ec2_vpc_add_flow_log(ccdk_ec2_vpc *vpc, const char *id, const ccdk_ec2_flow_log_options *options)
{
    static const ccdk_ec2_flow_log_options empty;
    if (!options)
        options = &empty;
    return ccdk_ec2_flow_log_new(vpc, id, &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_vpc(vpc),
        .destination = options->destination,
        .traffic_type = options->traffic_type,
        .max_aggregation_interval = options->max_aggregation_interval,
        .log_format = options->log_format,
        .flow_log_name = options->flow_log_name,
    });
}

void ccdk__ec2_vpc_add_flow_logs(ccdk_ec2_vpc *vpc, const ccdk_ec2_vpc_props *props)
{
    size_t n = CCDK__LEN(props->flow_logs, "flow_logs");
    for (size_t i = 0; i < n; i++)
        ccdk_ec2_vpc_add_flow_log(vpc, props->flow_logs.items[i].id, &props->flow_logs.items[i].options);
}

/* ------------------------------------------------------------------ getters */

const char *ccdk_ec2_flow_log_id(ccdk_ec2_flow_log *flow_log)
{
    return ccdk__handle_ok(flow_log, __func__) ? flow_log->flow_log_id : NULL;
}

const char *ccdk_ec2_flow_log_key_prefix(ccdk_ec2_flow_log *flow_log)
{
    return ccdk__handle_ok(flow_log, __func__) ? flow_log->key_prefix : NULL;
}

ccdk_logs_log_group *ccdk_ec2_flow_log_log_group(ccdk_ec2_flow_log *flow_log)
{
    return ccdk__handle_ok(flow_log, __func__) ? flow_log->log_group : NULL;
}

ccdk_iam_role *ccdk_ec2_flow_log_iam_role(ccdk_ec2_flow_log *flow_log)
{
    return ccdk__handle_ok(flow_log, __func__) ? flow_log->iam_role : NULL;
}

ccdk_s3_bucket *ccdk_ec2_flow_log_bucket(ccdk_ec2_flow_log *flow_log)
{
    return ccdk__handle_ok(flow_log, __func__) ? flow_log->bucket : NULL;
}
