/* ccdk/events.h - EventBridge: events.Rule with Schedule, and the Lambda, ApiDestination, SQS, SNS,
 * event bus and Kinesis targets of aws-events-targets (targets.LambdaFunction,
 * targets.ApiDestination, targets.SqsQueue, targets.SnsTopic, targets.EventBus,
 * targets.KinesisStream); Connection and ApiDestination. */
#ifndef CCDK_EVENTS_H
#define CCDK_EVENTS_H

#include "ccdk/core.h"
#include "ccdk/iam.h"
#include "ccdk/lambda.h"
#include "ccdk/sqs.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_events_rule ccdk_events_rule;
typedef struct ccdk_events_schedule ccdk_events_schedule;
typedef struct ccdk_events_rule_target ccdk_events_rule_target;
typedef struct ccdk_events_rule_target_input ccdk_events_rule_target_input;
typedef CCDK_LIST_TYPE(ccdk_events_rule_target *) ccdk_events_rule_target_list;

/* ================================================================== Schedule */

/** CronOptions: each field NULL means "not given" (minute/hour/month/year default "*"). */
typedef struct {
    const char *minute, *hour, *day, *month, *week_day, *year;
} ccdk_events_cron_options;

/** Schedule.cron(options): cron(minute hour day month weekDay year). Without a minute, the rule
 *  gets aws-cdk-lib's scheduleWillRunEveryMinute warning. Schedules are owned by the owner's App;
 *  day with weekDay is aws-cdk-lib's error on the App (without a path). A bad owner goes to the
 *  process-wide list; never NULL (the same for the three Schedule functions). */
ccdk_events_schedule *ccdk_events_schedule_cron(void *owner, const ccdk_events_cron_options *options);
/** Schedule.rate(duration): rate(1 day), rate(2 hours), rate(5 minutes). A zero, negative or
 *  fractional duration is aws-cdk-lib's error on the App (without a path); the expression is "". */
ccdk_events_schedule *ccdk_events_schedule_rate(void *owner, ccdk_duration duration);
/** Schedule.expression("rate(10 minutes)"), not checked (NULL is ""). */
ccdk_events_schedule *ccdk_events_schedule_expression(void *owner, const char *expression);
/** schedule.expressionString, owned by the App; NULL for NULL. */
const char *ccdk_events_schedule_expression_string(const ccdk_events_schedule *schedule);

/* ================================================================== Rule */

typedef struct {
    /** Name; CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED (core.h): named only when another account or region uses the
     *  rule (its ARN or name) */
    const char *rule_name;
    const char *description;
    ccdk_tristate enabled;          /* default enabled */
    ccdk_events_schedule *schedule;
    /** EventPattern as aws-cdk-lib takes it: an object of arrays/objects, keys such as "source",
     *  "detailType" (rendered "detail-type"), "detail". */
    ccdk_value *event_pattern;
    ccdk_iam_role *role;
    ccdk_events_rule_target_list targets; /* CCDK_LIST(t1, t2) */
    /** eventBus: the bus whose events the rule matches (EventBusName: the bus's name, a Ref for a
     *  new bus); NULL: the account's default bus. Given with a schedule: aws-cdk-lib's error on the
     *  rule ("Cannot associate rule with 'eventBus' when using 'schedule'"). */
    ccdk_events_event_bus *event_bus;
} ccdk_events_rule_props;

/** new events.Rule(scope, id, props); props may be NULL. Owned by the App. A bad scope goes to the
 *  process-wide list; never NULL. */
ccdk_events_rule *ccdk_events_rule_new(void *scope, const char *id, const ccdk_events_rule_props *props);
/** rule.addTarget(target). A cross-account or cross-region target is an error on the rule (ccdk does
 *  not support them); an account or region that is unresolved on one side only (an env-agnostic
 *  rule's stack and a function imported by a literal ARN) is aws-cdk-lib's ruleUnresolvedEnvironment
 *  warning on the rule. A NULL target or rule is an error on the process-wide list. */
void ccdk_events_rule_add_target(ccdk_events_rule *rule, ccdk_events_rule_target *target);
/** rule.addEventPattern(pattern): merged into the rule's pattern as aws-cdk-lib does. A pattern that
 *  is not an object is aws-cdk-lib's error on the App (no path); a NULL pattern or rule
 *  is an error on the process-wide list. */
void ccdk_events_rule_add_event_pattern(ccdk_events_rule *rule, ccdk_value *pattern);
/** Rule.fromEventRuleArn(scope, id, arn): an imported rule (an IRule: ccdk_events_rule_arn and
 *  _name work; its name is the ARN's resource name after "rule/", Fn::Select/Fn::Split for a token
 *  ARN). It has no CfnRule (ccdk_events_rule_resource: NULL), and add_target / add_event_pattern on
 *  it are errors on it (aws-cdk-lib's IRule has neither). An ARN that is not one is aws-cdk-lib's
 *  splitArn error on the App; a bad scope goes to the process-wide list; never NULL. */
ccdk_events_rule *ccdk_events_rule_from_event_rule_arn(void *scope, const char *id, const char *event_rule_arn);
/** rule.ruleArn, rule.ruleName (tokens) and the CfnRule; owned by the App. NULL for NULL. */
const char *ccdk_events_rule_arn(ccdk_events_rule *rule);
const char *ccdk_events_rule_name(ccdk_events_rule *rule);
ccdk_cfn_resource *ccdk_events_rule_resource(ccdk_events_rule *rule);
/** rule.env.account / rule.env.region: the rule's stack's, or for an imported rule its ARN's
 *  (Fn::Select/Fn::Split for a token ARN); owned by the App. NULL for NULL. */
const char *ccdk_events_rule_env_account(ccdk_events_rule *rule);
const char *ccdk_events_rule_env_region(ccdk_events_rule *rule);

/* ================================================================== EventBus */

typedef struct {
    /** default: Names.uniqueId of the bus ("TestStackEventBus13C72310"), as aws-cdk-lib (a Lazy there:
     *  the bus then has no name another account or region can use, aws-cdk-lib's error);
     *  CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED (core.h): named only when another account or region uses it */
    const char *event_bus_name;
    const char *description;
} ccdk_events_event_bus_props;

/** new events.EventBus(scope, id, props); props may be NULL. Owned by the App. A bad name is
 *  aws-cdk-lib's error on the App (without a path), a long description one on the bus; a bad scope
 *  goes to the process-wide list; never NULL. */
ccdk_events_event_bus *ccdk_events_event_bus_new(void *scope, const char *id, const ccdk_events_event_bus_props *props);
/** EventBus.fromEventBusArn(scope, id, arn): an imported bus (no resource); its name is the ARN's
 *  resource name after "event-bus/" (Fn::Select/Fn::Split for a token ARN). An ARN that is not
 *  one is aws-cdk-lib's splitArn error on the App; a bad scope goes to the process-wide list;
 *  never NULL. */
ccdk_events_event_bus *ccdk_events_event_bus_from_event_bus_arn(void *scope, const char *id, const char *event_bus_arn);
/** EventBusAttributes (eventBusPolicy and eventSourceName, which aws-cdk-lib only keeps as the
 *  import's properties, have no use in ccdk). */
typedef struct {
    const char *event_bus_name; /* required */
    const char *event_bus_arn;  /* required */
} ccdk_events_event_bus_attributes;
/** EventBus.fromEventBusAttributes(scope, id, attrs): an imported bus (no resource) of that name and
 *  ARN. An ARN that is not one is aws-cdk-lib's splitArn error on the App; a scope outside any stack
 *  its Stack.of error; a bad scope goes to the process-wide list; never NULL. */
ccdk_events_event_bus *ccdk_events_event_bus_from_event_bus_attributes(void *scope, const char *id,
                                                                     const ccdk_events_event_bus_attributes *attrs);
/** EventBus.fromEventBusName(scope, id, name): fromEventBusAttributes with the ARN formatted in the
 *  scope's stack, arn:${Partition}:events:${Region}:${Account}:event-bus/<name>. As above. */
ccdk_events_event_bus *ccdk_events_event_bus_from_event_bus_name(void *scope, const char *id, const char *event_bus_name);
/** EventBus.grantAllPutEvents(grantee): events:PutEvents on "*" in the grantee's identity policy
 *  (Grant.addToPrincipal: nothing for a grantee without a policy). 1 when a statement was added,
 *  else 0 (a NULL grantee is an error on the process-wide list). */
int ccdk_events_event_bus_grant_all_put_events(ccdk_iam_principal *grantee);
/** bus.eventBusArn, bus.eventBusName (tokens) owned by the App; NULL for NULL. */
const char *ccdk_events_event_bus_arn(ccdk_events_event_bus *bus);
const char *ccdk_events_event_bus_name(ccdk_events_event_bus *bus);
/* ================================================================== Archive */

typedef struct ccdk_events_archive ccdk_events_archive;

/** BaseArchiveProps: what bus.archive(id, props) takes. */
typedef struct {
    /** eventPattern (required by TypeScript): the events archived, as a rule's event_pattern
     *  ("detailType" rendered "detail-type"); NULL or empty: no EventPattern */
    ccdk_value *event_pattern;
    const char *archive_name;  /* ArchiveName; default: CloudFormation's */
    const char *description;
    ccdk_duration retention;   /* RetentionDays, whole days; not given: 0 (kept forever) */
    /** kmsKey: ignored by bus.archive (ccdk_events_event_bus_archive), as aws-cdk-lib's archive()
     *  does not pass it on; new Archive (ccdk_events_archive_props.kms_key) uses it */
    ccdk_kms_key *kms_key;
} ccdk_events_base_archive_props;
/** ArchiveProps: BaseArchiveProps and the bus whose events are archived. */
typedef struct {
    ccdk_events_event_bus *source_event_bus; /* required */
    ccdk_value *event_pattern;
    const char *archive_name;
    const char *description;
    ccdk_duration retention;
    /** kmsKey: the key the archive is encrypted with (KmsKeyIdentifier: its ARN, else ""); its key
     *  policy gets aws-cdk-lib's two statements for events.amazonaws.com (kms:Decrypt,
     *  GenerateDataKey, ReEncrypt* for this bus's events; kms:DescribeKey) */
    ccdk_kms_key *kms_key;
} ccdk_events_archive_props;
/** new events.Archive(scope, id, props): an AWS::Events::Archive "Archive" (its default child) with
 *  SourceArn the bus's ARN and the props above. Owned by the App; a NULL source_event_bus is an
 *  error on the archive, a retention of no whole days aws-cdk-lib's; never NULL. */
ccdk_events_archive *ccdk_events_archive_new(void *scope, const char *id, const ccdk_events_archive_props *props);
/** bus.archive(id, props): an Archive under the bus, its description props.description or "Event
 *  Archive for <bus name> Event Bus", without props.kms_key (aws-cdk-lib's archive() drops it: the
 *  archive is not encrypted). props may be NULL. Differs from the rule: NULL for a NULL bus
 *  (an error on the process-wide list) or a handle that is not a bus (an error on its App). */
ccdk_events_archive *ccdk_events_event_bus_archive(ccdk_events_event_bus *bus, const char *id,
                                                   const ccdk_events_base_archive_props *props);
/** archive.archiveArn (Fn::GetAtt Arn) and archive.archiveName (its Ref), owned by the App; NULL for
 *  NULL. */
const char *ccdk_events_archive_arn(ccdk_events_archive *a);
const char *ccdk_events_archive_name(ccdk_events_archive *a);

/** bus.grantPutEventsTo(grantee) without a sid: ccdk_events_event_bus_grant_put_events_to_with_sid(bus,
 *  grantee, NULL). */
int ccdk_events_event_bus_grant_put_events_to(ccdk_events_event_bus *bus, ccdk_iam_principal *grantee);
/** bus.grantPutEventsTo(grantee, sid): events:PutEvents on the bus in the grantee's policy (a Role or a
 *  User, of any account). For a grantee without a policy (a service, an account, ...): under
 *  @aws-cdk/aws-events:requireEventBusPolicySid a statement {Allow events:PutEvents on the bus to the
 *  grantee, Sid sid} for the bus's resource policy (ccdk_events_event_bus_add_to_resource_policy:
 *  without a sid aws-cdk-lib's error on the bus, "Event Bus policy statements must have a sid"; an
 *  imported bus's warning); without the flag aws-cdk-lib's warning ("Unable to grant PutEvents to
 *  service principal: ...") and nothing, sid or not. sid NULL: none. 1 when a statement was added,
 *  else 0 (also for a NULL bus or grantee, each an error on the process-wide list: the synth fails). */
int ccdk_events_event_bus_grant_put_events_to_with_sid(ccdk_events_event_bus *bus, ccdk_iam_principal *grantee,
                                                       const char *sid);
/** bus.addToResourcePolicy(statement): the statement's Sid becomes "cdk-" + its sid (the first 64
 *  characters), and an EventBusPolicy of that id under the bus (an AWS::Events::EventBusPolicy with
 *  StatementId, EventBusName and the statement as rendered now) holds it. A statement without a sid is
 *  aws-cdk-lib's error on the bus; two of one sid are the duplicate-id error; an imported bus warns
 *  ("Unable to add necessary permissions to imported target event bus: <arn>") and adds nothing.
 *  1 when added, else 0 (also for NULL arguments; a NULL bus is an error on the process-wide list). */
int ccdk_events_event_bus_add_to_resource_policy(ccdk_events_event_bus *bus, ccdk_iam_policy_statement *statement);

/* ================================================================== Match */

/* events.Match: the matchers of an event pattern's fields (content filtering). Each returns what
 * aws-cdk-lib's returns: a list value (of string tokens standing for the matcher objects) to put
 * where a field's list goes, e.g. ccdk_v_set(detail, "state", ccdk_events_match_prefix(stack, "run")),
 * or to give to all_of / any_of. Values may hold tokens. The lists are owned by the owner's App (any
 * construct of it); a bad owner goes to the process-wide list; never NULL. aws-cdk-lib's errors
 * (UnscopedValidationErrors) are recorded on the App, without a path; the list is still returned. */
typedef CCDK_LIST_TYPE(double) ccdk_events_numbers;           /* CCDK_LIST(1.0, 2.0) */
typedef CCDK_LIST_TYPE(ccdk_value *) ccdk_events_matchers;    /* CCDK_LIST(m1, m2) */

/** Match.nullValue(): [null]; exists(): [{exists: true}]; doesNotExist(): [{exists: false}]. */
ccdk_value *ccdk_events_match_null_value(void *owner);
ccdk_value *ccdk_events_match_exists(void *owner);
ccdk_value *ccdk_events_match_does_not_exist(void *owner);
/** Match.exactString(v): [v]; equalsIgnoreCase: [{"equals-ignore-case": v}]; prefix: [{prefix: v}];
 *  suffix: [{suffix: v}]; wildcard: [{wildcard: v}]; prefixEqualsIgnoreCase: [{prefix:
 *  {"equals-ignore-case": v}}]; suffixEqualsIgnoreCase: [{suffix: {"equals-ignore-case": v}}]. NULL
 *  is "". */
ccdk_value *ccdk_events_match_exact_string(void *owner, const char *value);
ccdk_value *ccdk_events_match_equals_ignore_case(void *owner, const char *value);
ccdk_value *ccdk_events_match_prefix(void *owner, const char *value);
ccdk_value *ccdk_events_match_suffix(void *owner, const char *value);
ccdk_value *ccdk_events_match_wildcard(void *owner, const char *value);
ccdk_value *ccdk_events_match_prefix_equals_ignore_case(void *owner, const char *value);
ccdk_value *ccdk_events_match_suffix_equals_ignore_case(void *owner, const char *value);
/** Match.cidr(range) and its alias ipAddressRange: [{cidr: range}]. A range that neither of
 *  aws-cdk-lib's IPv4 and IPv6 expressions accepts (they are used as written, quirks included) is
 *  its error "Invalid IP address range: <range>". */
ccdk_value *ccdk_events_match_cidr(void *owner, const char *range);
ccdk_value *ccdk_events_match_ip_address_range(void *owner, const char *range);
/** Match.anythingBut(...strings) / anythingBut(...numbers): [{"anything-but": [values]}]. No value is
 *  aws-cdk-lib's error "anythingBut matchers must be non-empty lists" (a mixed list, its other
 *  error, cannot be written in C). */
ccdk_value *ccdk_events_match_anything_but(void *owner, ccdk_strs values);
ccdk_value *ccdk_events_match_anything_but_numbers(void *owner, ccdk_events_numbers values);
/** Match.anythingButPrefix / Suffix / Wildcard / EqualsIgnoreCase(...values): [{"anything-but":
 *  {prefix: v}}] for one value, [{"anything-but": {prefix: [v1, v2]}}] for several; none is the
 *  non-empty error. */
ccdk_value *ccdk_events_match_anything_but_prefix(void *owner, ccdk_strs values);
ccdk_value *ccdk_events_match_anything_but_suffix(void *owner, ccdk_strs values);
ccdk_value *ccdk_events_match_anything_but_wildcard(void *owner, ccdk_strs values);
ccdk_value *ccdk_events_match_anything_but_equals_ignore_case(void *owner, ccdk_strs values);
/** Match.greaterThan, greaterThanOrEqual, lessThan, lessThanOrEqual, equal: [{numeric: [op, v]}]. */
ccdk_value *ccdk_events_match_greater_than(void *owner, double value);
ccdk_value *ccdk_events_match_greater_than_or_equal(void *owner, double value);
ccdk_value *ccdk_events_match_less_than(void *owner, double value);
ccdk_value *ccdk_events_match_less_than_or_equal(void *owner, double value);
ccdk_value *ccdk_events_match_equal(void *owner, double value);
/** Match.allOf(...matchers): a list token that resolves (at synth) to [{numeric: [every operator and
 *  operand of the matchers, in order]}]. No matcher is aws-cdk-lib's error "A list of matchers must
 *  contain at least one element."; a matcher that is not numeric is its error at synth, where the
 *  list is rendered ("Only numeric matchers can be merged into a single matcher."). */
ccdk_value *ccdk_events_match_all_of(void *owner, ccdk_events_matchers matchers);
/** Match.interval(lower, upper): allOf(greaterThanOrEqual(lower), lessThanOrEqual(upper)); lower >
 *  upper is aws-cdk-lib's error "Invalid interval: [lower, upper]". */
ccdk_value *ccdk_events_match_interval(void *owner, double lower, double upper);
/** Match.anyOf(...matchers): the items of every matcher list, in order; a matcher that is not a list
 *  (a raw string such as ccdk_v_string(stack, "x"), or a number) is an item itself. No matcher is
 *  the allOf error. */
ccdk_value *ccdk_events_match_any_of(void *owner, ccdk_events_matchers matchers);

/* ================================================================== RuleTargetInput, EventField */

/** RuleTargetInput.fromText(text): the target gets the text as a JSON string ("\"hello\""). Tokens
 *  in it are resolved; EventFields in it make the input an InputTransformer (InputPathsMap of
 *  each field's key to its path, InputTemplate with "<key>" in its place). Owned by the owner's App
 *  (any construct of it); a bad owner goes to the process-wide list; never NULL (NULL text is ""). */
ccdk_events_rule_target_input *ccdk_events_rule_target_input_from_text(void *owner, const char *text);
/** RuleTargetInput.fromMultilineText(text): each line of the text its own JSON string, the lines
 *  joined by newlines (an escaped "\\n" is no newline); EventFields as for from_text. */
ccdk_events_rule_target_input *ccdk_events_rule_target_input_from_multiline_text(void *owner, const char *text);
/** RuleTargetInput.fromObject(obj): the value as JSON text (what Stack.toJsonString writes; tokens
 *  become Fn::Join). EventFields in its strings (and keys) become "<key>" placeholders, and a string
 *  that is nothing but one loses its quotes ({"data": <f1>}), as aws-cdk-lib unquotes them. obj
 *  NULL is JSON null. */
ccdk_events_rule_target_input *ccdk_events_rule_target_input_from_object(void *owner, ccdk_value *object);
/** RuleTargetInput.fromEventPath(path): the target's InputPath ("$.detail"). */
ccdk_events_rule_target_input *ccdk_events_rule_target_input_from_event_path(void *owner, const char *path);
/** EventField.fromPath(path): a string token for a field of the event, to put in a RuleTargetInput's
 *  text or object (elsewhere it resolves to the path itself). Its key in the InputPathsMap is the
 *  path without its leading characters other than letters, digits, "_" and "-", the others
 *  turned into "-" ("$.detail.x" -> "detail-x"), or "f<n>" when nothing is left ("$"), n counting
 *  the fields met in one input. Two paths of one key in an input ("$.a-b", "$.a.b") are aws-cdk-lib's
 *  error when the input is bound (rule.addTarget): "Single key 'a-b' is used for two different
 *  JSON paths: ...". Owned by the owner's App; a bad owner goes to the process-wide list; never
 *  NULL. */
const char *ccdk_events_event_field_from_path(void *owner, const char *path);
/** EventField.eventId ("$.id"), detailType ("$.detail-type"), source, account, time, region ("$.source", ...). */
const char *ccdk_events_event_field_event_id(void *owner);
const char *ccdk_events_event_field_detail_type(void *owner);
const char *ccdk_events_event_field_source(void *owner);
const char *ccdk_events_event_field_account(void *owner);
const char *ccdk_events_event_field_time(void *owner);
const char *ccdk_events_event_field_region(void *owner);

/* ================================================================== targets */

/** LambdaFunctionProps (targets): retry policy of the target. */
typedef struct {
    ccdk_duration max_event_age;
    ccdk_opt_num retry_attempts;
    /** event: RuleTargetInput.fromEventPath(path), the target's InputPath ("$.detail.x"); NULL: none */
    const char *input_path;
    /** event: RuleTargetInput.fromObject(obj), the target's Input (the object as JSON text, as
     *  Stack.toJsonString writes it; its strings may hold tokens). An object, list, string or number
     *  (ccdk_v_object, ...); NULL: none. Given with input_path, input_path wins. */
    ccdk_value *event_object;
    /** event: the RuleTargetInput the function gets (ccdk_events_rule_target_input_from_*); given, it
     *  wins over input_path and event_object, which stand for from_event_path and from_object. */
    const ccdk_events_rule_target_input *event;
    /** deadLetterQueue: the target's DeadLetterConfig, and a statement for the queue's policy
     *  (Sid "AllowEventRule<rule's unique id>": sqs:SendMessage from events.amazonaws.com on the
     *  rule's ARN) when the queue is of the rule's account; of another account aws-cdk-lib's warning
     *  instead; of another region aws-cdk-lib's error on the rule. NULL: none. */
    ccdk_sqs_queue *dead_letter_queue;
} ccdk_events_lambda_function_target_props;

/** new targets.LambdaFunction(handler, props): handler is a Function, Version, Alias or import.
 *  Binding it to a rule adds the events.amazonaws.com invoke Permission (once per rule and function).
 *  Owned by the handler's App. A construct that is not an IFunction is an error on its App, a NULL
 *  handler one on the process-wide list; a usable target is returned all the same (never NULL). */
ccdk_events_rule_target *ccdk_events_targets_lambda_function(void *handler,
                                                             const ccdk_events_lambda_function_target_props *props);

/** SqsQueueProps (targets): the base target props and the queue's own. */
typedef struct {
    /** message: the RuleTargetInput the queue gets (ccdk_events_rule_target_input_from_*); NULL: the
     *  event itself */
    const ccdk_events_rule_target_input *message;
    /** messageGroupId: the target's SqsParameters {MessageGroupId} (for a FIFO queue); NULL: none */
    const char *message_group_id;
    ccdk_duration max_event_age;
    ccdk_opt_num retry_attempts;
    /** deadLetterQueue: as ccdk_events_lambda_function_target_props' */
    ccdk_sqs_queue *dead_letter_queue;
} ccdk_events_sqs_queue_target_props;

/** new targets.SqsQueue(queue, props): binding it to a rule grants events.amazonaws.com
 *  queue.grantSendMessages (a statement in the queue's policy, and encrypt on its key): conditioned
 *  by ArnEquals aws:SourceArn the rule's ARN for a queue without a key of its own; for one with an
 *  encryption_master_key by StringEquals aws:SourceAccount the rule's account under
 *  @aws-cdk/aws-events:eventsTargetQueueSameAccount, else by nothing. Owned by the queue's App. A
 *  NULL or bad queue is an error on the process-wide list; a target is returned all the same (never
 *  NULL), which a rule then takes as nothing. props may be NULL. */
ccdk_events_rule_target *ccdk_events_targets_sqs_queue(ccdk_sqs_queue *queue, const ccdk_events_sqs_queue_target_props *props);

typedef struct ccdk_sns_topic ccdk_sns_topic; /* ccdk/sns.h */
/** SnsTopicProps (targets): the base target props and the topic's own. */
typedef struct {
    /** message: the RuleTargetInput the topic gets (ccdk_events_rule_target_input_from_*); NULL: the
     *  event itself */
    const ccdk_events_rule_target_input *message;
    /** authorizeUsingRole: publish through a role (the target's RoleArn) rather than the topic's
     *  policy; unset: true when a role is given */
    ccdk_tristate authorize_using_role;
    /** role: the role to publish with; NULL with authorize_using_role true: the rule's singleton
     *  "EventsRole" (assumed by events.amazonaws.com). Given with authorize_using_role CCDK_FALSE:
     *  aws-cdk-lib's error on the rule ("Cannot provide a role when authorizeUsingRole is false"). */
    ccdk_iam_role *role;
    ccdk_duration max_event_age;
    ccdk_opt_num retry_attempts;
    /** deadLetterQueue: as ccdk_events_lambda_function_target_props' */
    ccdk_sqs_queue *dead_letter_queue;
} ccdk_events_sns_topic_target_props;

/** new targets.SnsTopic(topic, props): binding it to a rule grants topic.grantPublish to the role
 *  (a policy statement of the role's) or, without one, to events.amazonaws.com (a statement in the
 *  topic's policy); encrypt on the topic's key too. Owned by the topic's App. A NULL or bad topic is
 *  an error on the process-wide list; a target is returned all the same (never NULL), which a rule
 *  then takes as nothing. props may be NULL. */
ccdk_events_rule_target *ccdk_events_targets_sns_topic(ccdk_sns_topic *topic, const ccdk_events_sns_topic_target_props *props);

/** EventBusProps (targets): no retry policy or input (aws-cdk-lib's EventBus target has none). */
typedef struct {
    /** role: the role EventBridge puts events with; NULL: the rule's singleton "EventsRole" */
    ccdk_iam_role *role;
    /** deadLetterQueue: as ccdk_events_lambda_function_target_props' */
    ccdk_sqs_queue *dead_letter_queue;
} ccdk_events_event_bus_target_props;

/** new targets.EventBus(eventBus, props): binding it to a rule adds events:PutEvents on the bus's
 *  ARN to the role's policy; the target's RoleArn is the role. The bus may be of another account or
 *  region (an import by ARN): aws-cdk-lib's target names no resource, so the rule makes no mirror
 *  rule and checks no environment. Owned by the bus's App. A NULL or bad bus is an error on the
 *  process-wide list; a target is returned all the same (never NULL), which a rule then takes as
 *  nothing. props may be NULL. */
ccdk_events_rule_target *ccdk_events_targets_event_bus(ccdk_events_event_bus *bus, const ccdk_events_event_bus_target_props *props);

typedef struct ccdk_kinesis_stream ccdk_kinesis_stream; /* ccdk/kinesis.h */
/** KinesisStreamProps (targets): the base target props and the stream's own. */
typedef struct {
    /** message: the RuleTargetInput the stream gets; NULL: the event itself */
    const ccdk_events_rule_target_input *message;
    /** partitionKeyPath: the target's KinesisParameters {PartitionKeyPath}; NULL: none */
    const char *partition_key_path;
    ccdk_duration max_event_age;
    ccdk_opt_num retry_attempts;
    /** deadLetterQueue: the target's DeadLetterConfig only -- aws-cdk-lib's KinesisStream target adds
     *  no statement to the queue's policy (nor checks its region), and neither does ccdk */
    ccdk_sqs_queue *dead_letter_queue;
} ccdk_events_kinesis_stream_target_props;

/** new targets.KinesisStream(stream, props): binding it to a rule grants stream.grantWrite to the
 *  stream's singleton "EventsRole" (made under the stream, assumed by events.amazonaws.com), the
 *  target's RoleArn. Owned by the stream's App. A NULL or bad stream is an error on the process-wide
 *  list; a target is returned all the same (never NULL), which a rule then takes as nothing. props
 *  may be NULL. */
ccdk_events_rule_target *ccdk_events_targets_kinesis_stream(ccdk_kinesis_stream *stream,
                                                            const ccdk_events_kinesis_stream_target_props *props);

/* ================================================================== Connection, ApiDestination */

typedef struct ccdk_events_connection ccdk_events_connection;
typedef struct ccdk_events_api_destination ccdk_events_api_destination;

/** HttpMethod (0: unset; an ApiDestination's default is POST). */
typedef enum {
    CCDK_EVENTS_HTTP_METHOD_UNSET = 0,
    CCDK_EVENTS_HTTP_METHOD_POST,
    CCDK_EVENTS_HTTP_METHOD_GET,
    CCDK_EVENTS_HTTP_METHOD_HEAD,
    CCDK_EVENTS_HTTP_METHOD_OPTIONS,
    CCDK_EVENTS_HTTP_METHOD_PUT,
    CCDK_EVENTS_HTTP_METHOD_PATCH,
    CCDK_EVENTS_HTTP_METHOD_DELETE
} ccdk_events_http_method;

/** A named HttpParameter: HttpParameter.fromString(value), or with secret CCDK_TRUE
 *  HttpParameter.fromSecret(secretValue), value then being what secretValue.unsafeUnwrap() gives (e.g.
 *  "{{resolve:secretsmanager:MySecret:SecretString:token::}}", a secret's secret_string_value). */
typedef struct {
    const char *name;
    const char *value;
    ccdk_tristate secret;
} ccdk_events_http_parameter;
/** Record<string, HttpParameter>: CCDK_LIST_OF(ccdk_events_http_parameter, {"k", "v"}, ...), in order. */
typedef CCDK_LIST_TYPE(ccdk_events_http_parameter) ccdk_events_http_parameters;

/** Authorization's kind. */
typedef enum {
    CCDK_EVENTS_AUTHORIZATION_UNSET = 0,
    CCDK_EVENTS_AUTHORIZATION_API_KEY, /* Authorization.apiKey(api_key_name, api_key_value) */
    CCDK_EVENTS_AUTHORIZATION_BASIC,   /* Authorization.basic(username, password) */
    CCDK_EVENTS_AUTHORIZATION_OAUTH    /* Authorization.oauth({...}) */
} ccdk_events_authorization_type;

/** An Authorization: the fields of its kind (secrets as SecretValue.unsafeUnwrap() gives them). */
typedef struct {
    ccdk_events_authorization_type type; /* required */
    const char *api_key_name, *api_key_value;
    const char *username, *password;
    const char *authorization_endpoint;
    /** OAuth: GET, POST or PUT (another is aws-cdk-lib's error, without a path) */
    ccdk_events_http_method http_method;
    const char *client_id, *client_secret;
    ccdk_events_http_parameters body_parameters, header_parameters, query_string_parameters; /* OAuth's */
} ccdk_events_authorization;

/** ConnectionProps. */
typedef struct {
    const char *connection_name; /* default: CloudFormation's */
    const char *description;
    ccdk_events_authorization authorization; /* required */
    /** the invocation's parameters (InvocationHttpParameters, when any is given) */
    ccdk_events_http_parameters body_parameters, header_parameters, query_string_parameters;
} ccdk_events_connection_props;
/** new events.Connection(scope, id, props): an AWS::Events::Connection ("Connection" under it). A
 *  missing or bad authorization is an error on the connection (the OAuth method's: aws-cdk-lib's, on
 *  the App). Owned by the App; never NULL. */
ccdk_events_connection *ccdk_events_connection_new(void *scope, const char *id, const ccdk_events_connection_props *props);
typedef struct {
    const char *connection_name;       /* required */
    const char *connection_arn;        /* required */
    const char *connection_secret_arn; /* required */
} ccdk_events_connection_attributes;
/** Connection.fromConnectionAttributes(scope, id, attrs), and Connection.fromEventBusArn(scope, id,
 *  connectionArn, connectionSecretArn) (the name: the ARN's resource name). Never NULL. */
ccdk_events_connection *ccdk_events_connection_from_connection_attributes(void *scope, const char *id,
                                                                          const ccdk_events_connection_attributes *attrs);
ccdk_events_connection *ccdk_events_connection_from_event_bus_arn(void *scope, const char *id, const char *connection_arn,
                                                                  const char *connection_secret_arn);
/** connection.connectionName, connectionArn, connectionSecretArn (tokens for a new one); NULL for NULL. */
const char *ccdk_events_connection_name(ccdk_events_connection *connection);
const char *ccdk_events_connection_arn(ccdk_events_connection *connection);
const char *ccdk_events_connection_secret_arn(ccdk_events_connection *connection);

/** ApiDestinationProps. */
typedef struct {
    const char *api_destination_name; /* default: CloudFormation's */
    const char *description;
    ccdk_events_connection *connection; /* required */
    const char *endpoint;               /* required */
    ccdk_events_http_method http_method; /* default POST */
    ccdk_opt_num rate_limit_per_second;
} ccdk_events_api_destination_props;
/** new events.ApiDestination(scope, id, props): an AWS::Events::ApiDestination ("ApiDestination" under
 *  it). A missing connection or endpoint is an error on it. Owned by the App; never NULL. */
ccdk_events_api_destination *ccdk_events_api_destination_new(void *scope, const char *id,
                                                             const ccdk_events_api_destination_props *props);
typedef struct {
    const char *api_destination_arn; /* required: its name is the resource name after "/" */
    ccdk_events_connection *connection; /* required */
    const char *api_destination_arn_for_policy;
} ccdk_events_api_destination_attributes;
/** ApiDestination.fromApiDestinationAttributes(scope, id, attrs): an ARN without a name after its "/"
 *  is aws-cdk-lib's error (without a path). Never NULL. */
ccdk_events_api_destination *ccdk_events_api_destination_from_api_destination_attributes(
    void *scope, const char *id, const ccdk_events_api_destination_attributes *attrs);
/** apiDestination.apiDestinationName, apiDestinationArn, apiDestinationArnForPolicy (NULL for an import
 *  without one), and its connection; NULL for NULL. */
const char *ccdk_events_api_destination_name(ccdk_events_api_destination *destination);
const char *ccdk_events_api_destination_arn(ccdk_events_api_destination *destination);
const char *ccdk_events_api_destination_arn_for_policy(ccdk_events_api_destination *destination);
ccdk_events_connection *ccdk_events_api_destination_connection(ccdk_events_api_destination *destination);

/* ================================================================== targets.ApiDestination */

/** ApiDestinationProps (targets). */
typedef struct {
    /** event: the RuleTargetInput the destination gets (ccdk_events_rule_target_input_from_*); NULL:
     *  the event as it is */
    const ccdk_events_rule_target_input *event;
    /** eventRole: the role EventBridge assumes (its policy gets events:InvokeApiDestination on the
     *  destination's ARN); NULL: the destination's "EventsRole" (a Role for events.amazonaws.com made
     *  under the destination on first use, shared by its targets) */
    ccdk_iam_role *event_role;
    /** headerParameters, queryStringParameters: CCDK_KVS({"name", "value"}, ...), in order;
     *  pathParameterValues: CCDK_STRS(...). Any of the three given (an empty one too): the target's
     *  HttpParameters with those given. */
    ccdk_kvs header_parameters;
    ccdk_strs path_parameter_values;
    ccdk_kvs query_string_parameters;
    /** deadLetterQueue, maxEventAge, retryAttempts: as ccdk_events_lambda_function_target_props's */
    ccdk_sqs_queue *dead_letter_queue;
    ccdk_duration max_event_age;
    ccdk_opt_num retry_attempts;
} ccdk_events_api_destination_target_props;

/** new targets.ApiDestination(apiDestination, props): the rule's target of the destination's ARN with
 *  the role's ARN (RoleArn). Binding it (ccdk_events_rule_add_target) adds the role's policy
 *  statement, and the queue policy statement of a dead-letter queue as the Lambda target's. props may
 *  be NULL. Owned by the destination's App. A NULL or bad destination is an error on the process-wide
 *  list; a target is returned all the same (never NULL), which a rule takes as nothing. */
ccdk_events_rule_target *ccdk_events_targets_api_destination(ccdk_events_api_destination *destination,
                                                             const ccdk_events_api_destination_target_props *props);

/** A RuleTargetConfig, what a target of one's own binds to (an object implementing
 *  events.IRuleTarget, as `{ bind: () => ({ arn: 'ARN', id: '' }) }`). */
typedef struct {
    const char *arn;                            /* required: the target's Arn (a literal or a token) */
    /** id: the target's Id; NULL or "": the rule's "Target<n>" (aws-cdk-lib's `id || autoGeneratedId`) */
    const char *id;
    ccdk_iam_role *role;                        /* role: the target's RoleArn; NULL: none */
    const ccdk_events_rule_target_input *input; /* input: Input, InputPath or InputTransformer; NULL: none */
} ccdk_events_rule_target_config;

/** A target of one's own: binding it (ccdk_events_rule_add_target, a rule's targets) adds nothing
 *  but the config's target (no permission, no cross-environment check: it names no
 *  targetResource). Owned by owner's App (any construct of it); a bad owner, or a NULL config or
 *  arn, is an error on the process-wide list, and a target is returned all the same (never NULL),
 *  which a rule takes as nothing. */
ccdk_events_rule_target *ccdk_events_rule_target_of(void *owner, const ccdk_events_rule_target_config *config);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_events_schedule_cron(owner, ...) ccdk_events_schedule_cron(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_schedule_rate(owner, ...) ccdk_events_schedule_rate(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_schedule_expression(owner, ...) ccdk_events_schedule_expression(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_rule_new(scope, ...) ccdk_events_rule_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_rule_from_event_rule_arn(scope, ...) ccdk_events_rule_from_event_rule_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_event_bus_new(scope, ...) ccdk_events_event_bus_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_event_bus_from_event_bus_arn(scope, ...) ccdk_events_event_bus_from_event_bus_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_event_bus_from_event_bus_attributes(scope, ...) ccdk_events_event_bus_from_event_bus_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_event_bus_from_event_bus_name(scope, ...) ccdk_events_event_bus_from_event_bus_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_event_bus_grant_all_put_events(grantee) ccdk_events_event_bus_grant_all_put_events(CCDK_IAM_GRANTABLE(grantee))
#define ccdk_events_archive_new(scope, ...) ccdk_events_archive_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_event_bus_grant_put_events_to(bus, grantee) ccdk_events_event_bus_grant_put_events_to(bus, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_events_event_bus_grant_put_events_to_with_sid(bus, grantee, ...) ccdk_events_event_bus_grant_put_events_to_with_sid(bus, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_events_match_null_value(owner) ccdk_events_match_null_value(CCDK_CONSTRUCT(owner))
#define ccdk_events_match_exists(owner) ccdk_events_match_exists(CCDK_CONSTRUCT(owner))
#define ccdk_events_match_does_not_exist(owner) ccdk_events_match_does_not_exist(CCDK_CONSTRUCT(owner))
#define ccdk_events_match_exact_string(owner, ...) ccdk_events_match_exact_string(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_equals_ignore_case(owner, ...) ccdk_events_match_equals_ignore_case(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_prefix(owner, ...) ccdk_events_match_prefix(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_suffix(owner, ...) ccdk_events_match_suffix(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_wildcard(owner, ...) ccdk_events_match_wildcard(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_prefix_equals_ignore_case(owner, ...) ccdk_events_match_prefix_equals_ignore_case(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_suffix_equals_ignore_case(owner, ...) ccdk_events_match_suffix_equals_ignore_case(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_cidr(owner, ...) ccdk_events_match_cidr(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_ip_address_range(owner, ...) ccdk_events_match_ip_address_range(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_anything_but(owner, ...) ccdk_events_match_anything_but(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_anything_but_numbers(owner, ...) ccdk_events_match_anything_but_numbers(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_anything_but_prefix(owner, ...) ccdk_events_match_anything_but_prefix(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_anything_but_suffix(owner, ...) ccdk_events_match_anything_but_suffix(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_anything_but_wildcard(owner, ...) ccdk_events_match_anything_but_wildcard(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_anything_but_equals_ignore_case(owner, ...) ccdk_events_match_anything_but_equals_ignore_case(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_greater_than(owner, ...) ccdk_events_match_greater_than(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_greater_than_or_equal(owner, ...) ccdk_events_match_greater_than_or_equal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_less_than(owner, ...) ccdk_events_match_less_than(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_less_than_or_equal(owner, ...) ccdk_events_match_less_than_or_equal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_equal(owner, ...) ccdk_events_match_equal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_all_of(owner, ...) ccdk_events_match_all_of(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_interval(owner, ...) ccdk_events_match_interval(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_match_any_of(owner, ...) ccdk_events_match_any_of(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_rule_target_input_from_text(owner, ...) ccdk_events_rule_target_input_from_text(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_rule_target_input_from_multiline_text(owner, ...) ccdk_events_rule_target_input_from_multiline_text(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_rule_target_input_from_object(owner, ...) ccdk_events_rule_target_input_from_object(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_rule_target_input_from_event_path(owner, ...) ccdk_events_rule_target_input_from_event_path(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_event_field_from_path(owner, ...) ccdk_events_event_field_from_path(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_events_event_field_event_id(owner) ccdk_events_event_field_event_id(CCDK_CONSTRUCT(owner))
#define ccdk_events_event_field_detail_type(owner) ccdk_events_event_field_detail_type(CCDK_CONSTRUCT(owner))
#define ccdk_events_event_field_source(owner) ccdk_events_event_field_source(CCDK_CONSTRUCT(owner))
#define ccdk_events_event_field_account(owner) ccdk_events_event_field_account(CCDK_CONSTRUCT(owner))
#define ccdk_events_event_field_time(owner) ccdk_events_event_field_time(CCDK_CONSTRUCT(owner))
#define ccdk_events_event_field_region(owner) ccdk_events_event_field_region(CCDK_CONSTRUCT(owner))
#define ccdk_events_targets_lambda_function(handler, ...) ccdk_events_targets_lambda_function(CCDK_LAMBDA_IFUNCTION(handler), __VA_ARGS__)
#define ccdk_events_connection_new(scope, ...) ccdk_events_connection_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_connection_from_connection_attributes(scope, ...) ccdk_events_connection_from_connection_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_connection_from_event_bus_arn(scope, ...) ccdk_events_connection_from_event_bus_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_api_destination_new(scope, ...) ccdk_events_api_destination_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_api_destination_from_api_destination_attributes(scope, ...) ccdk_events_api_destination_from_api_destination_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_events_rule_target_of(owner, ...) ccdk_events_rule_target_of(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
