/* ccdk/sns.h - the minimal sns.Topic that Lambda features need (dead-letter topics, SnsEventSource):
 * Topic, Subscription and subscription filter policies. */
#ifndef CCDK_SNS_H
#define CCDK_SNS_H

#include "ccdk/cloudwatch.h"
#include "ccdk/core.h"
#include "ccdk/iam.h"
#include "ccdk/lambda.h" /* LambdaSubscription takes an IFunction */
#include "ccdk/sqs.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_sns_topic ccdk_sns_topic;
typedef struct ccdk_sns_subscription ccdk_sns_subscription;

/** TracingConfig: ACTIVE ("Active") samples the topic's messages into X-Ray, PASS_THROUGH
 *  ("PassThrough") only passes the trace header on. */
typedef enum {
    CCDK_SNS_TRACING_CONFIG_UNSET = 0,
    CCDK_SNS_TRACING_CONFIG_PASS_THROUGH,
    CCDK_SNS_TRACING_CONFIG_ACTIVE
} ccdk_sns_tracing_config;

/** FifoThroughputScope (FIFO topics): "Topic" or "MessageGroup" (high throughput). */
typedef enum {
    CCDK_SNS_FIFO_THROUGHPUT_SCOPE_UNSET = 0,
    CCDK_SNS_FIFO_THROUGHPUT_SCOPE_TOPIC,
    CCDK_SNS_FIFO_THROUGHPUT_SCOPE_MESSAGE_GROUP
} ccdk_sns_fifo_throughput_scope;

/** LoggingProtocol: the kind of endpoint whose delivery status is logged. */
typedef enum {
    CCDK_SNS_LOGGING_PROTOCOL_HTTP = 1, /* "http/s" */
    CCDK_SNS_LOGGING_PROTOCOL_SQS,      /* "sqs" */
    CCDK_SNS_LOGGING_PROTOCOL_LAMBDA,   /* "lambda" */
    CCDK_SNS_LOGGING_PROTOCOL_FIREHOSE, /* "firehose" */
    CCDK_SNS_LOGGING_PROTOCOL_APPLICATION /* "application" */
} ccdk_sns_logging_protocol;

/** LoggingConfig: delivery status logging of one protocol (a DeliveryStatusLogging entry). */
typedef struct {
    ccdk_sns_logging_protocol protocol; /* required */
    ccdk_iam_role *failure_feedback_role;
    ccdk_iam_role *success_feedback_role;
    /** a whole number of 0 to 100 (written as a string); anything else, a number token too, is
     *  aws-cdk-lib's error on the topic when it is rendered */
    ccdk_opt_num success_feedback_sample_rate;
} ccdk_sns_logging_config;
typedef CCDK_LIST_TYPE(ccdk_sns_logging_config) ccdk_sns_logging_configs;

typedef struct {
    /** TopicName; CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED (core.h): named only when another account or region
     *  uses the topic (a FIFO topic's TopicName is that name plus ".fifo", else just ".fifo", as
     *  aws-cdk-lib renders it; its ARN and topic name are without) */
    const char *topic_name;
    /** DisplayName; longer than 100 characters (a literal) is aws-cdk-lib's error. */
    const char *display_name;
    /** masterKey (ccdk/kms.h): the key that encrypts the topic (KmsMasterKeyId: its ARN);
     *  grant_publish also grants kms:Decrypt and kms:GenerateDataKey* on it. */
    ccdk_kms_key *master_key;
    /** fifo: a FIFO topic (FifoTopic). A given topic_name that does not end in ".fifo" gets the
     *  suffix, as aws-cdk-lib does; without a topic_name a FIFO topic is named
     *  Names.uniqueResourceName(topic, {maxLength: 251, separator: "-"}) + ".fifo". */
    ccdk_tristate fifo;
    /** contentBasedDeduplication (ContentBasedDeduplication), written as given; true without fifo
     *  is aws-cdk-lib's error. */
    ccdk_tristate content_based_deduplication;
    /** enforceSSL: the topic's TopicPolicy gets the statement "AllowPublishThroughSSLOnly", which
     *  denies sns:Publish to "*" (StarPrincipal) when aws:SecureTransport is false. */
    ccdk_tristate enforce_ssl;
    /** signatureVersion (SignatureVersion): "1" or "2"; another literal is aws-cdk-lib's error. */
    const char *signature_version;
    ccdk_sns_tracing_config tracing_config;             /* TracingConfig; unset: left out */
    /** fifoThroughputScope (FifoThroughputScope): FIFO topics only (aws-cdk-lib's error otherwise). */
    ccdk_sns_fifo_throughput_scope fifo_throughput_scope;
    /** messageRetentionPeriodInDays: ArchivePolicy {MessageRetentionPeriod: n}; FIFO topics only, a
     *  whole number of 1 to 365 (a number token is not checked), aws-cdk-lib's errors otherwise. */
    ccdk_opt_num message_retention_period_in_days;
    /** loggingConfigs: CCDK_LIST_OF(ccdk_sns_logging_config, {...}), as add_logging_config each */
    ccdk_sns_logging_configs logging_configs;
} ccdk_sns_topic_props;

/** new sns.Topic(scope, id, props); props may be NULL. Owned by the App; a bad scope goes to the
 *  process-wide list; never NULL. */
ccdk_sns_topic *ccdk_sns_topic_new(void *scope, const char *id, const ccdk_sns_topic_props *props);
/** Topic.fromTopicArn(scope, id, arn): an existing topic, owned by the App; its name is the ARN's
 *  resource (Fn::Select/Fn::Split for a token ARN). A malformed ARN is aws-cdk-lib's error (without a
 *  path); a bad scope goes to the process-wide list; never NULL. */
ccdk_sns_topic *ccdk_sns_topic_from_topic_arn(void *scope, const char *id, const char *topic_arn);
/** TopicAttributes: topic_arn is required. */
typedef struct {
    const char *topic_arn;
    /** keyArn: kms.Key.fromKeyArn(topic, "Key", key_arn) becomes the import's masterKey. */
    const char *key_arn;
    /** contentBasedDeduplication: only for a FIFO topic (a name ending in ".fifo"): aws-cdk-lib's
     *  error "Cannot import topic; contentBasedDeduplication is only available for FIFO SNS topics."
     *  on the scope otherwise. */
    ccdk_tristate content_based_deduplication;
} ccdk_sns_topic_attributes;
/** Topic.fromTopicAttributes(scope, id, attrs): as ccdk_sns_topic_from_topic_arn, with a key and
 *  contentBasedDeduplication. Owned by the App; never NULL. */
ccdk_sns_topic *ccdk_sns_topic_from_topic_attributes(void *scope, const char *id, const ccdk_sns_topic_attributes *attrs);
/** 1 for a topic imported with ccdk_sns_topic_from_topic_arn / _attributes, else 0 (also for NULL). */
int ccdk_sns_topic_is_imported(ccdk_sns_topic *t);
/** topic.fifo and topic.contentBasedDeduplication: 1 or 0 (an import's fifo: its name ends in
 *  ".fifo"); 0 for NULL, without an error. */
int ccdk_sns_topic_fifo(ccdk_sns_topic *t);
int ccdk_sns_topic_content_based_deduplication(ccdk_sns_topic *t);
/** topic.masterKey: the given key, an import's from key_arn; NULL when none or for NULL. */
ccdk_kms_key *ccdk_sns_topic_master_key(ccdk_sns_topic *t);
/** topic.env.account and topic.env.region: an import's ARN's (Fn::Select tokens for a token ARN),
 *  else the stack's. Owned by the App; NULL for NULL. */
const char *ccdk_sns_topic_env_account(ccdk_sns_topic *t);
const char *ccdk_sns_topic_env_region(ccdk_sns_topic *t);

/** topic.topicArn, topic.topicName, as string tokens owned by the App; NULL for NULL. */
const char *ccdk_sns_topic_arn(ccdk_sns_topic *t);
const char *ccdk_sns_topic_name(ccdk_sns_topic *t);

/** topic.grantPublish(grantee): sns:Publish on the topic, Grant.addToPrincipalOrResource (ccdk/iam.h):
 *  the grantee's policy, and the topic's TopicPolicy ("Policy", its statements given Sids "0", "1",
 *  ...; none for an import) for a grantee without a policy or of another account. Returns 1 when a
 *  statement was added, else 0 (also for NULL arguments: a NULL topic or grantee is an error on the
 *  process-wide list). */
int ccdk_sns_topic_grant_publish(ccdk_sns_topic *t, ccdk_iam_principal *grantee);
/** topic.grantOnKey(grantee, ...actions): masterKey.grant(grantee, ...actions) when the topic has a key
 *  (an import's from its key_arn): 1 when that added a statement, 0 otherwise (no key: aws-cdk-lib's
 *  {grant: undefined}). A NULL topic or grantee is an error on the process-wide list. */
int ccdk_sns_topic_grant_on_key(ccdk_sns_topic *t, ccdk_iam_principal *grantee, ccdk_strs actions);
/** topic.addLoggingConfig(config): a DeliveryStatusLogging entry {Protocol, FailureFeedbackRoleArn,
 *  SuccessFeedbackRoleArn, SuccessFeedbackSampleRate}. An imported topic (ITopic has no such method)
 *  or a NULL config is an error on the process-wide list; a bad protocol is an error on the topic. */
void ccdk_sns_topic_add_logging_config(ccdk_sns_topic *t, const ccdk_sns_logging_config *config);
/** topic.grantSubscribe(grantee): sns:Subscribe on the topic (Grant.addToPrincipalOrResource, as
 *  grant_publish), no key actions. 1 when a statement was added. */
int ccdk_sns_topic_grant_subscribe(ccdk_sns_topic *t, ccdk_iam_principal *grantee);
/** topic.addToResourcePolicy(statement): the statement joins the document of the topic's
 *  TopicPolicy "Policy" (made on first use, with assignSids). An imported topic has none: 0. */
int ccdk_sns_topic_add_to_resource_policy(ccdk_sns_topic *t, ccdk_iam_policy_statement *statement);

/* ================================================================== TopicPolicy */

typedef CCDK_LIST_TYPE(ccdk_sns_topic *) ccdk_sns_topic_list;
/** TopicPolicyProps. */
typedef struct {
    /** topics (required; CCDK_EMPTY_LIST is allowed, as []): CCDK_LIST(topic, ...); Topics lists
     *  their ARNs. Left out: an error on the policy; a NULL item: one on the process-wide list. */
    ccdk_sns_topic_list topics;
    /** policyDocument: the document to use (as given: ccdk_iam_policy_document_assign_sids is
     *  yours to call); default a new empty document with assignSids. */
    ccdk_iam_policy_document *policy_document;
    /** enforceSSL: for each topic, in order, the statement "AllowPublishThroughSSLOnly" denying
     *  sns:Publish on the topic to "*" when aws:SecureTransport is false joins the document. */
    ccdk_tristate enforce_ssl;
} ccdk_sns_topic_policy_props;
/** new sns.TopicPolicy(scope, id, props): an AWS::SNS::TopicPolicy "Resource" with the document
 *  and the topics' ARNs. Unlike topic.addToResourcePolicy's, the document is not validated for a
 *  resource policy (aws-cdk-lib validates only a topic's own). Owned by the App; a NULL props or a
 *  bad scope go to the process-wide list; never NULL. */
ccdk_sns_topic_policy *ccdk_sns_topic_policy_new(void *scope, const char *id, const ccdk_sns_topic_policy_props *props);
/** topicPolicy.document: add statements with ccdk_iam_policy_document_add_statements. */
ccdk_iam_policy_document *ccdk_sns_topic_policy_document(ccdk_sns_topic_policy *p);

/* ================================================================== subscription filters */

/** A SubscriptionFilter (its conditions); owned by the owner's App. A bad owner goes to the
 *  process-wide list, and the filter has no conditions (never NULL). */
typedef struct ccdk_sns_subscription_filter ccdk_sns_subscription_filter;
/** StringConditions: allowlist values, then {"anything-but": denylist}, {prefix}, {suffix} items. */
typedef struct {
    ccdk_strs allowlist, denylist, match_prefixes, match_suffixes;
} ccdk_sns_string_conditions;
typedef struct {
    double start, stop;
} ccdk_sns_between_condition;
typedef CCDK_LIST_TYPE(double) ccdk_sns_numbers; /* CCDK_LIST(1.0, 2.5): doubles */
/** NumericConditions: allowlist ({numeric: ["=", v]} each), then >, >=, <, <=, between, between_strict. */
typedef struct {
    ccdk_sns_numbers allowlist;
    ccdk_opt_num greater_than, greater_than_or_equal_to, less_than, less_than_or_equal_to;
    const ccdk_sns_between_condition *between, *between_strict;
} ccdk_sns_numeric_conditions;
/** SubscriptionFilter.stringFilter(c), numericFilter(c), existsFilter(), notExistsFilter(); c may be NULL. */
ccdk_sns_subscription_filter *ccdk_sns_subscription_filter_string(void *owner, const ccdk_sns_string_conditions *c);
ccdk_sns_subscription_filter *ccdk_sns_subscription_filter_numeric(void *owner, const ccdk_sns_numeric_conditions *c);
ccdk_sns_subscription_filter *ccdk_sns_subscription_filter_exists(void *owner);
ccdk_sns_subscription_filter *ccdk_sns_subscription_filter_not_exists(void *owner);

/** A filterPolicy: attribute names and their filters, in order ({"color", filter}). */
typedef struct {
    const char *name;
    ccdk_sns_subscription_filter *filter;
} ccdk_sns_filter_entry;
typedef CCDK_LIST_TYPE(ccdk_sns_filter_entry) ccdk_sns_filter_policy;

/** A FilterOrPolicy of filterPolicyWithMessageBody: FilterOrPolicy.filter(f) or FilterOrPolicy.policy(map).
 *  Owned by the App of the filter / owner; NULL arguments give an empty filter (never NULL). */
typedef struct ccdk_sns_filter_or_policy ccdk_sns_filter_or_policy;
typedef struct {
    const char *name;
    ccdk_sns_filter_or_policy *value;
} ccdk_sns_filter_or_policy_entry;
typedef CCDK_LIST_TYPE(ccdk_sns_filter_or_policy_entry) ccdk_sns_filter_or_policy_map;
ccdk_sns_filter_or_policy *ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter *filter);
ccdk_sns_filter_or_policy *ccdk_sns_filter_or_policy_policy(void *owner, ccdk_sns_filter_or_policy_map policy);

/* ================================================================== Subscription */

/** sns.SubscriptionProtocol. */
typedef enum {
    CCDK_SNS_PROTOCOL_LAMBDA = 1,
    CCDK_SNS_PROTOCOL_SQS,
    CCDK_SNS_PROTOCOL_HTTP,
    CCDK_SNS_PROTOCOL_HTTPS,
    CCDK_SNS_PROTOCOL_EMAIL,
    CCDK_SNS_PROTOCOL_EMAIL_JSON,
    CCDK_SNS_PROTOCOL_SMS,
    CCDK_SNS_PROTOCOL_APPLICATION,
    CCDK_SNS_PROTOCOL_FIREHOSE /* "firehose": needs a subscription_role_arn */
} ccdk_sns_subscription_protocol;

/** sns.BackoffFunction (HealthyRetryPolicy.backoffFunction). */
typedef enum {
    CCDK_SNS_BACKOFF_FUNCTION_UNSET = 0,
    CCDK_SNS_BACKOFF_FUNCTION_ARITHMETIC,
    CCDK_SNS_BACKOFF_FUNCTION_EXPONENTIAL,
    CCDK_SNS_BACKOFF_FUNCTION_GEOMETRIC,
    CCDK_SNS_BACKOFF_FUNCTION_LINEAR
} ccdk_sns_backoff_function;

/** sns.HealthyRetryPolicy: the retries of an HTTP/S subscription's delivery. */
typedef struct {
    ccdk_duration min_delay_target; /* whole seconds, 1..3600; default 20 seconds */
    ccdk_duration max_delay_target; /* whole seconds, 1..3600, not below min_delay_target; default 20 seconds */
    ccdk_opt_num num_retries;       /* 0..100; default 3 */
    ccdk_opt_num num_no_delay_retries;  /* a whole number, 0 or more */
    ccdk_opt_num num_min_delay_retries; /* a whole number, 0 or more */
    ccdk_opt_num num_max_delay_retries; /* a whole number, 0 or more */
    ccdk_sns_backoff_function backoff_function;
} ccdk_sns_healthy_retry_policy;

/** sns.ThrottlePolicy. */
typedef struct {
    ccdk_opt_num max_receives_per_second; /* a whole number, 1 or more */
} ccdk_sns_throttle_policy;

/** sns.RequestPolicy. */
typedef struct {
    const char *header_content_type;
} ccdk_sns_request_policy;

/** sns.DeliveryPolicy: the DeliveryPolicy of an HTTP or HTTPS subscription
 *  ({healthyRetryPolicy, throttlePolicy, requestPolicy}); each part may be NULL. */
typedef struct {
    const ccdk_sns_healthy_retry_policy *healthy_retry_policy;
    const ccdk_sns_throttle_policy *throttle_policy;
    const ccdk_sns_request_policy *request_policy;
} ccdk_sns_delivery_policy;

/** SubscriptionProps (the subset ccdk supports). */
typedef struct {
    ccdk_sns_topic *topic; /* required */
    ccdk_sns_subscription_protocol protocol; /* required */
    const char *endpoint;  /* required */
    ccdk_sns_filter_policy filter_policy;
    ccdk_sns_filter_or_policy_map filter_policy_with_message_body; /* ignored when filter_policy is given */
    ccdk_sqs_queue *dead_letter_queue; /* gets a policy statement that lets the topic send to it */
    const char *region;
    ccdk_tristate raw_message_delivery;
    const ccdk_sns_delivery_policy *delivery_policy; /* HTTP and HTTPS only */
    /** SubscriptionRoleArn: the role SNS assumes to write to a Firehose delivery stream; required
     *  with CCDK_SNS_PROTOCOL_FIREHOSE (aws-cdk-lib's error on the subscription: "Subscription role
     *  arn is required field for subscriptions with a firehose protocol."), written as given with
     *  any other protocol too (aws-cdk-lib checks nothing there) */
    const char *subscription_role_arn;
} ccdk_sns_subscription_props;

/** new sns.Subscription(scope, id, props). Owned by the App. More than 5 attributes, more than 150
 *  combinations, raw message delivery on a protocol without it (it has: HTTP, HTTPS, SQS, Firehose),
 *  a Firehose subscription without subscription_role_arn: aws-cdk-lib's errors on the
 *  subscription; a bad scope goes to the process-wide list; never NULL. A delivery policy renders
 *  healthyRetryPolicy with minDelayTarget/maxDelayTarget 20 and numRetries 3 unless given, and its
 *  errors are aws-cdk-lib's on the subscription: "Delivery policy is only supported for HTTP and
 *  HTTPS subscriptions, got: <protocol>", "minDelayTarget must be a whole number of seconds, got:
 *  Duration.<unit>(<n>)", "minDelayTarget must be between 1 and 3600 seconds inclusive, got: <n>s"
 *  (and maxDelayTarget's), "minDelayTarget must not exceed maxDelayTarget", "numRetries must be
 *  between 0 and 100 inclusive, got: <n>", "num{No,Min,Max}DelayRetries must be an integer zero or
 *  greater, got: <n>", "maxReceivesPerSecond must be an integer greater than zero, got: <n>". As
 *  there, a 0 numRetries or num*DelayRetries is not checked, and a number token fails these checks
 *  (its number in the message is not aws-cdk-lib's, which depends on the token). */
ccdk_sns_subscription *ccdk_sns_subscription_new(void *scope, const char *id, const ccdk_sns_subscription_props *props);
/** subscription.node.defaultChild: the AWS::SNS::Subscription (CfnSubscription) of a subscription,
 *  for escape hatches (ccdk_cfn_resource_add_property_override, ...); owned by the App. NULL for
 *  NULL, and for a subscription whose props failed before its resource was made. */
ccdk_cfn_resource *ccdk_sns_subscription_resource(ccdk_sns_subscription *subscription);

/* ================================================================== topic.addSubscription */

/** TopicSubscriptionConfig: what an ITopicSubscription of one's own returns from bind(topic) (call
 *  your bind, then pass its result). */
typedef struct {
    const char *subscriber_id; /* required; a token: "TokenSubscription:<n>" */
    void *subscriber_scope;    /* NULL: the topic */
    /** a construct the subscription depends on (subscriptionDependency), or NULL */
    void *subscription_dependency;
    ccdk_sns_subscription_protocol protocol; /* required */
    const char *endpoint;                    /* required */
    ccdk_sns_filter_policy filter_policy;
    ccdk_sns_filter_or_policy_map filter_policy_with_message_body; /* ignored when filter_policy is given */
    ccdk_sqs_queue *dead_letter_queue;
    const char *region;
    ccdk_tristate raw_message_delivery;
    const ccdk_sns_delivery_policy *delivery_policy;
    const char *subscription_role_arn; /* required with CCDK_SNS_PROTOCOL_FIREHOSE */
} ccdk_sns_topic_subscription_config;
/** topic.addSubscription(subscription), with the config its bind returned: new Subscription(scope, id,
 *  {topic, ...config}) under subscriber_scope (default the topic), then the dependency. A second
 *  subscription of the same id is aws-cdk-lib's error on the scope, and NULL; NULL arguments (or a
 *  NULL subscriber_id) are errors on the process-wide list, and NULL. Owned by the App. */
ccdk_sns_subscription *ccdk_sns_topic_add_subscription(ccdk_sns_topic *t, const ccdk_sns_topic_subscription_config *config);

/** EmailSubscriptionProps (aws-sns-subscriptions). */
typedef struct {
    ccdk_tristate json; /* the "email-json" protocol instead of "email" */
    ccdk_sns_filter_policy filter_policy;
    ccdk_sns_filter_or_policy_map filter_policy_with_message_body; /* ignored when filter_policy is given */
    ccdk_sqs_queue *dead_letter_queue;
} ccdk_sns_email_subscription_props;

/** topic.addSubscription(new EmailSubscription(email_address, props)): a Subscription under the
 *  topic (an imported one too) whose id is the address -- for an address that is a token,
 *  "TokenSubscription:<n>" as aws-cdk-lib numbers them -- made as ccdk_sns_subscription_new makes
 *  it; props may be NULL. Owned by the App. A second subscription of the same id is aws-cdk-lib's
 *  error on the topic ('A subscription with id "<id>" already exists under the scope <path>'), and
 *  NULL; NULL for a NULL address, without an error, and for a NULL topic (an error on the
 *  process-wide list). */
ccdk_sns_subscription *ccdk_sns_topic_add_email_subscription(ccdk_sns_topic *t, const char *email_address,
                                                             const ccdk_sns_email_subscription_props *props);

/** SmsSubscriptionProps (aws-sns-subscriptions). */
typedef struct {
    ccdk_sns_filter_policy filter_policy;
    ccdk_sns_filter_or_policy_map filter_policy_with_message_body; /* ignored when filter_policy is given */
    /** ignored, as aws-cdk-lib's SmsSubscription ignores it (its bind leaves it out): no RedrivePolicy */
    ccdk_sqs_queue *dead_letter_queue;
} ccdk_sns_sms_subscription_props;

/** topic.addSubscription(new SmsSubscription(phone_number, props)): a Subscription (protocol "sms")
 *  under the topic whose id is the number ("TokenSubscription:<n>" for a token), as an
 *  EmailSubscription; props may be NULL. Owned by the App. The same errors and NULLs as
 *  ccdk_sns_topic_add_email_subscription. */
ccdk_sns_subscription *ccdk_sns_topic_add_sms_subscription(ccdk_sns_topic *t, const char *phone_number,
                                                           const ccdk_sns_sms_subscription_props *props);

/** LambdaSubscriptionProps (aws-sns-subscriptions). */
typedef struct {
    ccdk_sns_filter_policy filter_policy;
    ccdk_sns_filter_or_policy_map filter_policy_with_message_body; /* ignored when filter_policy is given */
    ccdk_sqs_queue *dead_letter_queue;
} ccdk_sns_lambda_subscription_props;

/** topic.addSubscription(new LambdaSubscription(fn, props)): fn (a Function, Version, Alias or
 *  imported function) gets a Permission "AllowInvoke:<topic's unique id>" for sns.amazonaws.com
 *  on the topic's ARN, and a Subscription (protocol "lambda") under fn whose id is the topic's id.
 *  Its Region is the region of an imported topic's ARN, or that of a topic of another stack whose
 *  region is known and not fn's; fn's stack depends on the stack of a topic of another stack.
 *  props may be NULL. Owned by the App. A second subscription of the same id is aws-cdk-lib's error
 *  on fn ('A subscription with id "<id>" already exists under the scope <path>'), and NULL; NULL for
 *  a NULL function, without an error, and for a NULL topic (an error on the process-wide list). */
ccdk_sns_subscription *ccdk_sns_topic_add_lambda_subscription(ccdk_sns_topic *t, void *fn,
                                                              const ccdk_sns_lambda_subscription_props *props);

/** SqsSubscriptionProps (aws-sns-subscriptions). */
typedef struct {
    ccdk_tristate raw_message_delivery;
    ccdk_sns_filter_policy filter_policy;
    ccdk_sns_filter_or_policy_map filter_policy_with_message_body; /* ignored when filter_policy is given */
    ccdk_sqs_queue *dead_letter_queue;
} ccdk_sns_sqs_subscription_props;

/** topic.addSubscription(new SqsSubscription(queue, props)): the queue's resource policy lets the
 *  SNS service principal (sns.<region>.amazonaws.com between regions where one is opt-in, as
 *  aws-cdk-lib decides) send from the topic (aws:SourceArn); a queue's KMS key lets it
 *  kms:Decrypt and kms:GenerateDataKey (only from the topic under the feature flag
 *  @aws-cdk/aws-sns-subscriptions:restrictSqsDescryption); then a Subscription (protocol "sqs")
 *  under the queue, its id the topic's unique id, that depends on the queue's policy. The queue's
 *  stack depends on the stack of a topic of another stack; Region as for a LambdaSubscription.
 *  props may be NULL. Owned by the App. A queue (or dead-letter queue) encrypted with
 *  KMS_MANAGED is aws-cdk-lib's error on the topic; a second subscription of the same id is its
 *  error on the queue; both return NULL. NULL for a NULL queue, without an error, and for a NULL topic
 *  (an error on the process-wide list). */
ccdk_sns_subscription *ccdk_sns_topic_add_sqs_subscription(ccdk_sns_topic *t, ccdk_sqs_queue *queue,
                                                           const ccdk_sns_sqs_subscription_props *props);

/** UrlSubscriptionProps (aws-sns-subscriptions). */
typedef struct {
    /* required for a URL that is a token; else http or https as the URL starts */
    ccdk_sns_subscription_protocol protocol;
    ccdk_tristate raw_message_delivery;
    ccdk_sns_filter_policy filter_policy;
    ccdk_sns_filter_or_policy_map filter_policy_with_message_body; /* ignored when filter_policy is given */
    ccdk_sqs_queue *dead_letter_queue;
    const ccdk_sns_delivery_policy *delivery_policy;
} ccdk_sns_url_subscription_props;

/** topic.addSubscription(new UrlSubscription(url, props)): a Subscription under the topic whose
 *  id is the URL ("TokenSubscription:<n>" for a token, as for an EmailSubscription) and whose
 *  protocol is "https" or "http" as the URL starts, or props' protocol for a token URL. props may
 *  be NULL. Owned by the App. A literal URL that starts with neither "http://" nor "https://", and
 *  a token URL without a protocol, are aws-cdk-lib's errors (without a path); a second
 *  subscription of the same id is its error on the topic; all return NULL. NULL for a NULL URL,
 *  without an error, and for a NULL topic (an error on the process-wide list). */
ccdk_sns_subscription *ccdk_sns_topic_add_url_subscription(ccdk_sns_topic *t, const char *url,
                                                           const ccdk_sns_url_subscription_props *props);

/* ---------------------------------------------------------------- metrics */

/** topic.metric(metricName, options): a cloudwatch.Metric in AWS/SNS with dimension TopicName (the
 *  topic's name; a token for a topic of this app), statistic Average and a 5-minute period unless
 *  options say otherwise (options.dimensions replaces the TopicName dimension). options may be NULL.
 *  Attached to the topic's stack (attachTo): graphed or alarmed in another environment, the metric
 *  carries that stack's account and region. Owned by the App; a NULL topic is an error on the process-wide list, a handle that is not a
 *  topic one on its App; a usable metric is returned all the same (never NULL). */
ccdk_cloudwatch_metric *ccdk_sns_topic_metric(ccdk_sns_topic *t, const char *metric_name, const ccdk_cloudwatch_metric_options *options);
/** topic.metricPublishSize (statistic Average), metricNumberOfMessagesPublished,
 *  metricNumberOfNotificationsDelivered, metricNumberOfNotificationsFailed,
 *  metricNumberOfNotificationsFilteredOut, metricNumberOfNotificationsFilteredOutNoMessageAttributes
 *  ("NumberOfNotificationsFilteredOut-NoMessageAttributes"),
 *  metricNumberOfNotificationsFilteredOutInvalidAttributes
 *  ("NumberOfNotificationsFilteredOut-InvalidAttributes"), metricSMSSuccessRate (Sum) and
 *  metricSMSMonthToDateSpentUSD (Maximum): topic.metric of that name with that default statistic,
 *  as ccdk_sns_topic_metric. */
ccdk_cloudwatch_metric *ccdk_sns_topic_metric_publish_size(ccdk_sns_topic *t, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sns_topic_metric_number_of_messages_published(ccdk_sns_topic *t, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sns_topic_metric_number_of_notifications_delivered(ccdk_sns_topic *t, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sns_topic_metric_number_of_notifications_failed(ccdk_sns_topic *t, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sns_topic_metric_number_of_notifications_filtered_out(ccdk_sns_topic *t, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sns_topic_metric_number_of_notifications_filtered_out_no_message_attributes(ccdk_sns_topic *t, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sns_topic_metric_number_of_notifications_filtered_out_invalid_attributes(ccdk_sns_topic *t, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sns_topic_metric_sms_month_to_date_spent_usd(ccdk_sns_topic *t, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sns_topic_metric_sms_success_rate(ccdk_sns_topic *t, const ccdk_cloudwatch_metric_options *options);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_sns_topic_new(scope, ...) ccdk_sns_topic_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_sns_topic_from_topic_arn(scope, ...) ccdk_sns_topic_from_topic_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_sns_topic_from_topic_attributes(scope, ...) ccdk_sns_topic_from_topic_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_sns_topic_grant_publish(t, grantee) ccdk_sns_topic_grant_publish(t, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_sns_topic_grant_on_key(t, grantee, ...) ccdk_sns_topic_grant_on_key(t, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_sns_topic_grant_subscribe(t, grantee) ccdk_sns_topic_grant_subscribe(t, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_sns_topic_policy_new(scope, ...) ccdk_sns_topic_policy_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_sns_subscription_filter_string(owner, ...) ccdk_sns_subscription_filter_string(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_sns_subscription_filter_numeric(owner, ...) ccdk_sns_subscription_filter_numeric(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_sns_subscription_filter_exists(owner) ccdk_sns_subscription_filter_exists(CCDK_CONSTRUCT(owner))
#define ccdk_sns_subscription_filter_not_exists(owner) ccdk_sns_subscription_filter_not_exists(CCDK_CONSTRUCT(owner))
#define ccdk_sns_filter_or_policy_policy(owner, ...) ccdk_sns_filter_or_policy_policy(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_sns_subscription_new(scope, ...) ccdk_sns_subscription_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_sns_topic_add_lambda_subscription(t, fn, ...) ccdk_sns_topic_add_lambda_subscription(t, CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
