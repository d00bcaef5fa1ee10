// Conformance case 'user-settlement-guardrails': an app as a CDK user writes it, not shaped to one
// feature: a settlement service in a stack pinned to one account and region, written with the
// team's guardrails. Code must be signed (a signer profile, an enforcing CodeSigningConfig); the
// arm64 settlement function has Lambda Insights and the Parameters and Secrets extension, JSON
// logs at its own levels into its own log group; its `live` alias (on currentVersion) sends
// successes to an event bus and failures to a queue; a refunds function sends its successful
// responses to a reconciler SingletonFunction declared twice. Alarms on the alias's errors and the
// function's p99 duration, a dashboard of both; an aspect that retains every log group; tags on
// the app and the stack.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');
const signer = require('aws-cdk-lib/aws-signer');
const logs = require('aws-cdk-lib/aws-logs');
const sqs = require('aws-cdk-lib/aws-sqs');
const events = require('aws-cdk-lib/aws-events');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

class RetainLogGroups {
  visit(node) {
    if (node instanceof cdk.CfnResource && node.cfnResourceType === 'AWS::Logs::LogGroup') {
      node.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
    }
  }
}

const app = new cdk.App();
cdk.Tags.of(app).add('owner', 'settlement-team');
const stack = new cdk.Stack(app, 'Settlement', {
  env: { account: '123456789012', region: 'us-west-2' },
  tags: { 'data-classification': 'confidential' },
});

const profile = new signer.SigningProfile(stack, 'SigningProfile', {
  platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA,
  signatureValidity: cdk.Duration.days(365),
});
const signing = new lambda.CodeSigningConfig(stack, 'CodeSigning', {
  signingProfiles: [profile],
  untrustedArtifactOnDeployment: lambda.UntrustedArtifactOnDeployment.ENFORCE,
  description: 'settlement code must be signed',
});

const logGroup = new logs.LogGroup(stack, 'SettlementLogs', {
  logGroupName: '/settlement/settle',
  retention: logs.RetentionDays.TWO_WEEKS,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

const settle = new lambda.Function(stack, 'Settle', {
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('settlement'),
  codeSigningConfig: signing,
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_333_0,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {
    cacheSize: 500,
    logLevel: lambda.ParamsAndSecretsLogLevel.WARN,
    secretsManagerTtl: cdk.Duration.minutes(2),
  }),
  loggingFormat: lambda.LoggingFormat.JSON,
  applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
  systemLogLevelV2: lambda.SystemLogLevel.WARN,
  logGroup,
  memorySize: 1024,
  timeout: cdk.Duration.seconds(30),
});

const bus = new events.EventBus(stack, 'SettlementBus', { eventBusName: 'settlement-events' });
const failures = new sqs.Queue(stack, 'SettlementFailures', {
  retentionPeriod: cdk.Duration.days(14),
  encryption: sqs.QueueEncryption.SQS_MANAGED,
});
const live = new lambda.Alias(stack, 'SettleLive', {
  aliasName: 'live',
  version: settle.currentVersion,
  onSuccess: new destinations.EventBridgeDestination(bus),
  onFailure: new destinations.SqsDestination(failures),
  maxEventAge: cdk.Duration.minutes(30),
  retryAttempts: 2,
});

const reconcilerProps = {
  uuid: 'b0c1d2e3-4f50-6172-8394-a5b6c7d8e9f0',
  lambdaPurpose: 'Reconciler',
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.reconcile',
  code: lambda.Code.fromAsset('settlement'),
  codeSigningConfig: signing,
  timeout: cdk.Duration.minutes(1),
};
const reconciler = new lambda.SingletonFunction(stack, 'Reconciler', reconcilerProps);
const refunds = new lambda.Function(stack, 'Refunds', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('settlement'),
  codeSigningConfig: signing,
  onSuccess: new destinations.LambdaDestination(reconciler, { responseOnly: true }),
  retryAttempts: 0,
});
const reconcilerAgain = new lambda.SingletonFunction(stack, 'ReconcilerForAudit', reconcilerProps);
reconcilerAgain.addEnvironment('AUDIT', 'true');

const errorsAlarm = live.metricErrors({ period: cdk.Duration.minutes(1) }).createAlarm(stack, 'LiveErrors', {
  threshold: 1,
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  alarmDescription: 'settlement errors on the live alias',
});
const latencyAlarm = new cloudwatch.Alarm(stack, 'SettleLatency', {
  metric: settle.metricDuration({ statistic: 'p99', period: cdk.Duration.minutes(5) }),
  threshold: 20000,
  evaluationPeriods: 1,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
});

new cloudwatch.Dashboard(stack, 'SettlementDashboard', {
  dashboardName: 'settlement',
  widgets: [
    [
      new cloudwatch.AlarmWidget({ title: 'Live errors', alarm: errorsAlarm }),
      new cloudwatch.AlarmWidget({ title: 'p99 latency', alarm: latencyAlarm }),
    ],
    [
      new cloudwatch.GraphWidget({
        title: 'Refunds',
        left: [refunds.metricInvocations(), refunds.metricErrors()],
        right: [reconciler.metricDuration()],
        width: 24,
      }),
    ],
  ],
});

cdk.Aspects.of(stack).add(new RetainLogGroups());
app.synth();
