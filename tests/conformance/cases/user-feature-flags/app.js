// Conformance case 'user-feature-flags': an app as a CDK user writes it, not shaped to a feature:
// a feature-flag service. Flags live in a TableV2 (two GSIs, a stream, PITR, TTL); defaults in an
// SSM parameter and the SDK signing key in a generated secret, both read by an arm64 evaluator
// whose `live` alias serves an IAM Function URL (CORS) that a client role may invoke; an admin
// function writes the flags; a stream consumer filtered to flag changes publishes them to a topic
// (failed batches to a queue); an alarm on the evaluator's p99 latency; outputs with exports.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const ssm = require('aws-cdk-lib/aws-ssm');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const iam = require('aws-cdk-lib/aws-iam');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'FeatureFlags', {
  description: 'Feature flag evaluation and administration',
});

const flags = new dynamodb.TableV2(stack, 'Flags', {
  partitionKey: { name: 'flagKey', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'environment', type: dynamodb.AttributeType.STRING },
  dynamoStream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  timeToLiveAttribute: 'expiresAt',
  deletionProtection: true,
  globalSecondaryIndexes: [
    {
      indexName: 'byOwner',
      partitionKey: { name: 'owner', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'updatedAt', type: dynamodb.AttributeType.NUMBER },
      projectionType: dynamodb.ProjectionType.INCLUDE,
      nonKeyAttributes: ['state', 'description'],
    },
    {
      indexName: 'byState',
      partitionKey: { name: 'state', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.KEYS_ONLY,
    },
  ],
});

const defaults = new ssm.StringParameter(stack, 'Defaults', {
  parameterName: '/feature-flags/defaults',
  description: 'Flag values used when a flag has no entry for an environment',
  stringValue: JSON.stringify({ newCheckout: false, darkMode: true }),
  tier: ssm.ParameterTier.STANDARD,
});
const signingKey = new secretsmanager.Secret(stack, 'SdkSigningKey', {
  description: 'HMAC key the SDKs sign evaluation requests with',
  generateSecretString: { passwordLength: 48, excludePunctuation: true },
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

const evaluator = new lambda.Function(stack, 'Evaluator', {
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "{}" });'),
  memorySize: 512,
  timeout: cdk.Duration.seconds(5),
  tracing: lambda.Tracing.ACTIVE,
  loggingFormat: lambda.LoggingFormat.JSON,
  applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
  systemLogLevelV2: lambda.SystemLogLevel.WARN,
  environment: {
    FLAGS_TABLE: flags.tableName,
    DEFAULTS_PARAMETER: defaults.parameterName,
    SIGNING_KEY_ARN: signingKey.secretArn,
  },
  currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN },
});
flags.grantReadData(evaluator);
defaults.grantRead(evaluator);
signingKey.grantRead(evaluator);

const live = new lambda.Alias(stack, 'EvaluatorLive', {
  aliasName: 'live',
  version: evaluator.currentVersion,
});
const url = live.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.AWS_IAM,
  cors: {
    allowedOrigins: ['https://app.example.com', 'https://admin.example.com'],
    allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.POST],
    allowedHeaders: ['content-type', 'authorization', 'x-amz-date'],
    allowCredentials: true,
    maxAge: cdk.Duration.hours(1),
  },
});
const clientRole = new iam.Role(stack, 'SdkClientRole', {
  assumedBy: new iam.AccountPrincipal('123456789012'),
  description: 'Assumed by the web tier to evaluate flags',
});
live.grantInvokeUrl(clientRole);

const admin = new lambda.Function(stack, 'Admin', {
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ ok: true });'),
  timeout: cdk.Duration.seconds(15),
  reservedConcurrentExecutions: 2,
  runtimeManagementMode: lambda.RuntimeManagementMode.FUNCTION_UPDATE,
  environment: { FLAGS_TABLE: flags.tableName },
});
flags.grantReadWriteData(admin);
defaults.grantWrite(admin);

// every change is also written to the compliance team's audit table, in another account and region
const auditLog = dynamodb.TableV2.fromTableAttributes(stack, 'AuditLog', {
  tableArn: 'arn:aws:dynamodb:us-west-2:210987654321:table/flag-audit',
  globalIndexes: ['byFlag'],
});
auditLog.grantWriteData(admin);
admin.addEnvironment('AUDIT_TABLE_ARN', auditLog.tableArn);

const changes = new sns.Topic(stack, 'FlagChanges', { displayName: 'Feature flag changes' });
const failedChanges = new sqs.Queue(stack, 'FailedChanges', {
  retentionPeriod: cdk.Duration.days(14),
  encryption: sqs.QueueEncryption.SQS_MANAGED,
});
const notifier = new lambda.Function(stack, 'ChangeNotifier', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  timeout: cdk.Duration.seconds(30),
  environment: { TOPIC_ARN: changes.topicArn },
});
changes.grantPublish(notifier);
notifier.addEventSource(new sources.DynamoEventSource(flags, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 50,
  maxBatchingWindow: cdk.Duration.seconds(5),
  retryAttempts: 3,
  bisectBatchOnError: true,
  maxRecordAge: cdk.Duration.hours(1),
  onFailure: new sources.SqsDlq(failedChanges),
  filters: [
    lambda.FilterCriteria.filter({
      eventName: lambda.FilterRule.or('INSERT', 'MODIFY'),
      dynamodb: { NewImage: { environment: { S: lambda.FilterRule.isEqual('production') } } },
    }),
  ],
}));

new cloudwatch.Alarm(stack, 'EvaluatorLatency', {
  metric: live.metricDuration({ statistic: 'p99', period: cdk.Duration.minutes(1) }),
  threshold: 250,
  evaluationPeriods: 5,
  datapointsToAlarm: 3,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  alarmDescription: 'Flag evaluation is slow',
});

new cloudwatch.Alarm(stack, 'AuditWritesThrottled', {
  metric: auditLog.metricThrottledRequestsForOperation('PutItem', { period: cdk.Duration.minutes(5) }),
  threshold: 1,
  evaluationPeriods: 1,
});

new cdk.CfnOutput(stack, 'EvaluateUrl', { value: url.url, exportName: 'FeatureFlagsEvaluateUrl' });
new cdk.CfnOutput(stack, 'FlagsTableName', { value: flags.tableName, exportName: 'FeatureFlagsTable' });
new cdk.CfnOutput(stack, 'ClientRoleArn', { value: clientRole.roleArn });
app.synth();
