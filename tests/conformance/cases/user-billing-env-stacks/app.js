// Conformance case 'user-billing-env-stacks': an app as a user writes it: two stacks of one
// environment (account and region set; the availability zones come from cdk.context.json), tags
// on the app, on a stack (props and Tags.of) and on single resources; a shared stack with an
// execution role, a Python layer (retained), an encrypted queue and a bucket, used across stacks
// by a service stack's writer (SQS-fed, the shared role) and a scheduled summary function.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');
const s3 = require('aws-cdk-lib/aws-s3');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const { SqsEventSource } = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
cdk.Tags.of(app).add('project', 'billing');
cdk.Tags.of(app).add('cost-center', 'cc-1234');
const env = { account: '111122223333', region: 'eu-west-1' };

const shared = new cdk.Stack(app, 'BillingShared', {
  env,
  description: 'Billing: shared resources',
  tags: { tier: 'shared' },
});
const role = new iam.Role(shared, 'HandlerRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  description: 'Execution role of the billing functions',
  managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
});
const common = new lambda.LayerVersion(shared, 'Common', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  compatibleRuntimes: [lambda.Runtime.PYTHON_3_12, lambda.Runtime.PYTHON_3_13],
  compatibleArchitectures: [lambda.Architecture.ARM_64],
  description: 'billing helpers',
  license: 'Apache-2.0',
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
const invoices = new sqs.Queue(shared, 'Invoices', {
  encryption: sqs.QueueEncryption.SQS_MANAGED,
  retentionPeriod: cdk.Duration.days(4),
  visibilityTimeout: cdk.Duration.minutes(2),
});
const reports = new s3.Bucket(shared, 'Reports', {
  versioned: true,
  encryption: s3.BucketEncryption.S3_MANAGED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
});
cdk.Tags.of(reports).add('data-classification', 'confidential');

const service = new cdk.Stack(app, 'BillingService', { env, description: 'Billing: functions' });
cdk.Tags.of(service).add('tier', 'service');
const writer = new lambda.Function(service, 'InvoiceWriter', {
  runtime: lambda.Runtime.PYTHON_3_12,
  architecture: lambda.Architecture.ARM_64,
  handler: 'writer.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'src')),
  role,
  layers: [common],
  timeout: cdk.Duration.seconds(60),
  environment: {
    REPORTS_BUCKET: reports.bucketName,
    ZONES: service.availabilityZones.join(','),
  },
});
writer.addEventSource(new SqsEventSource(invoices, { batchSize: 20, maxBatchingWindow: cdk.Duration.seconds(30), reportBatchItemFailures: true }));
reports.grantPut(writer, 'invoices/*');
cdk.Tags.of(writer).add('component', 'writer');

const summary = new lambda.Function(service, 'Summary', {
  runtime: lambda.Runtime.PYTHON_3_12,
  architecture: lambda.Architecture.ARM_64,
  handler: 'summary.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'src')),
  layers: [common],
  environment: { REPORTS_BUCKET: reports.bucketName, QUEUE_URL: invoices.queueUrl },
});
reports.grantRead(summary, 'invoices/*');
invoices.grantSendMessages(summary);
new events.Rule(service, 'Daily', {
  schedule: events.Schedule.cron({ minute: '0', hour: '6' }),
  targets: [new targets.LambdaFunction(summary)],
});
cdk.Tags.of(summary).add('component', 'summary');
cdk.Tags.of(summary).remove('cost-center');

new cdk.CfnOutput(service, 'WriterArn', { value: writer.functionArn, exportName: 'billing-writer-arn' });
new cdk.CfnOutput(shared, 'RoleArn', { value: role.roleArn });
app.synth();
