// Conformance case 'user-catalog-worker': an app as a platform team writes it to publish one
// template (a Service Catalog product) that teams deploy with their own parameter values: memory,
// batch size, batching window, visibility timeout, log retention (allowed values), an alarm
// threshold, an optional alarm e-mail (a condition on the subscription), a prod/dev stage
// (Fn.conditionIf in the environment and reserved concurrency by an override) and the team's
// existing VPC (an AWS::EC2::VPC::Id and a List<AWS::EC2::Subnet::Id> parameter given to
// Vpc.fromVpcAttributes with two literal AZs); the worker runs in those subnets and reads a queue
// with a DLQ; outputs.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const logs = require('aws-cdk-lib/aws-logs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'CatalogWorker', {
  description: 'Queue worker product (platform catalog v3)',
});

const memory = new cdk.CfnParameter(stack, 'MemorySize', {
  type: 'Number', default: 512, minValue: 128, maxValue: 10240, description: 'worker memory (MB)',
});
const batchSize = new cdk.CfnParameter(stack, 'BatchSize', { type: 'Number', default: 10, minValue: 1, maxValue: 100 });
const windowSeconds = new cdk.CfnParameter(stack, 'BatchingWindowSeconds', { type: 'Number', default: 5 });
const visibility = new cdk.CfnParameter(stack, 'VisibilityTimeoutSeconds', { type: 'Number', default: 300 });
const retention = new cdk.CfnParameter(stack, 'LogRetentionDays', {
  type: 'Number', default: 14, allowedValues: ['7', '14', '30', '90'],
});
const threshold = new cdk.CfnParameter(stack, 'DlqAlarmThreshold', { type: 'Number', default: 1 });
const email = new cdk.CfnParameter(stack, 'AlarmEmail', { type: 'String', default: '', description: 'empty: no e-mail' });
const stage = new cdk.CfnParameter(stack, 'Stage', { type: 'String', default: 'dev', allowedValues: ['dev', 'prod'] });
const vpcId = new cdk.CfnParameter(stack, 'VpcId', { type: 'AWS::EC2::VPC::Id' });
const subnetIds = new cdk.CfnParameter(stack, 'SubnetIds', { type: 'List<AWS::EC2::Subnet::Id>' });

const hasEmail = new cdk.CfnCondition(stack, 'HasAlarmEmail', {
  expression: cdk.Fn.conditionNot(cdk.Fn.conditionEquals(email.valueAsString, '')),
});
new cdk.CfnCondition(stack, 'IsProd', { expression: cdk.Fn.conditionEquals(stage.valueAsString, 'prod') });

const vpc = ec2.Vpc.fromVpcAttributes(stack, 'TeamVpc', {
  vpcId: vpcId.valueAsString,
  availabilityZones: ['eu-west-1a', 'eu-west-1b'],
  // a list token is one element to fromVpcAttributes: split it into one per AZ
  privateSubnetIds: cdk.Fn.split(',', cdk.Fn.join(',', subnetIds.valueAsList), 2),
});

const dlq = new sqs.Queue(stack, 'WorkDlq', { retentionPeriod: cdk.Duration.days(14) });
const queue = new sqs.Queue(stack, 'Work', {
  visibilityTimeout: cdk.Duration.seconds(visibility.valueAsNumber),
  deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
});

const worker = new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'main.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'worker')),
  memorySize: memory.valueAsNumber,
  timeout: cdk.Duration.minutes(1),
  vpc,
  environment: {
    STAGE: stage.valueAsString,
    LOG_LEVEL: cdk.Fn.conditionIf('IsProd', 'INFO', 'DEBUG').toString(),
  },
  logGroup: new logs.LogGroup(stack, 'WorkerLogs', {
    retention: retention.valueAsNumber,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  }),
});
worker.node.defaultChild.addPropertyOverride('ReservedConcurrentExecutions',
  cdk.Fn.conditionIf('IsProd', 50, cdk.Aws.NO_VALUE));
worker.addEventSource(new sources.SqsEventSource(queue, {
  batchSize: batchSize.valueAsNumber,
  maxBatchingWindow: cdk.Duration.seconds(windowSeconds.valueAsNumber),
  reportBatchItemFailures: true,
}));

const alerts = new sns.Topic(stack, 'Alerts');
const subscription = new sns.Subscription(stack, 'AlarmEmailSubscription', {
  topic: alerts,
  protocol: sns.SubscriptionProtocol.EMAIL,
  endpoint: email.valueAsString,
});
subscription.node.defaultChild.cfnOptions.condition = hasEmail;

new cloudwatch.Alarm(stack, 'DlqNotEmpty', {
  metric: dlq.metricApproximateNumberOfMessagesVisible(),
  threshold: threshold.valueAsNumber,
  evaluationPeriods: 1,
}).addAlarmAction(new actions.SnsAction(alerts));

new cdk.CfnOutput(stack, 'QueueUrl', { value: queue.queueUrl });
new cdk.CfnOutput(stack, 'FirstSubnet', { value: vpc.privateSubnets[0].subnetId });
app.synth();
