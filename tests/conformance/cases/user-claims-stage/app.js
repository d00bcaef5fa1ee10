// Conformance case 'user-claims-stage': an app as a user writes it: an insurance claims service as
// a `Prod` Stage (env) of three stacks sharing state by reference: a Data stack (termination
// protection) owning a claims queue with a DLQ, a table and a generated secret; an Api stack whose
// intake function (a Function URL) sends to the queue and reads the table; a Processing stack with
// an assessor in a nested stack (fed by the queue, writing the table, reading the secret) and a
// notifier in another nested stack (fed by the DLQ), plus a nightly report function in the
// Processing stack itself. App-wide policies: feature flags set in the App's context, tags on the
// app and the stage, RemovalPolicies.of the Data stack (retain tables and queues), and two
// compliance aspects: one reads every CfnFunction's TracingConfig and, when it has none, turns
// active tracing on with an override and warns; a read-only one warns about every function
// without reserved concurrency in the Processing stack.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App({
  context: {
    '@aws-cdk/aws-lambda:recognizeLayerVersion': true,
    '@aws-cdk/core:explicitStackTags': true,
  },
});
const prod = new cdk.Stage(app, 'Prod', { env: { account: '444455556666', region: 'eu-west-2' } });
// one Code per stack: an asset belongs to the stack that first uses it
const code = () => lambda.Code.fromAsset(path.join(__dirname, 'services'));

const data = new cdk.Stack(prod, 'Data', { terminationProtection: true, description: 'claims state' });
const dlq = new sqs.Queue(data, 'ClaimsDlq', { retentionPeriod: cdk.Duration.days(14) });
const claimsQueue = new sqs.Queue(data, 'Claims', {
  visibilityTimeout: cdk.Duration.minutes(5),
  deadLetterQueue: { queue: dlq, maxReceiveCount: 3 },
});
const claims = new dynamodb.Table(data, 'ClaimsTable', {
  partitionKey: { name: 'claimId', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
});
const insurerKey = new secretsmanager.Secret(data, 'InsurerApiKey', { description: 'insurer partner API key' });

const api = new cdk.Stack(prod, 'Api');
const intake = new lambda.Function(api, 'Intake', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'claims.intake',
  code: code(),
  tracing: lambda.Tracing.ACTIVE,
  environment: { QUEUE_URL: claimsQueue.queueUrl, TABLE: claims.tableName },
});
claimsQueue.grantSendMessages(intake);
claims.grantReadData(intake);
const url = intake.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
new cdk.CfnOutput(api, 'IntakeUrl', { value: url.url });

const processing = new cdk.Stack(prod, 'Processing');
const assessment = new cdk.NestedStack(processing, 'Assessment', { description: 'claim assessment' });
const assessor = new lambda.Function(assessment, 'Assessor', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'claims.assess',
  code: code(),
  timeout: cdk.Duration.minutes(1),
  reservedConcurrentExecutions: 10,
  environment: { TABLE: claims.tableName, INSURER_SECRET: insurerKey.secretArn },
});
assessor.addEventSource(new sources.SqsEventSource(claimsQueue, { batchSize: 5 }));
claims.grantReadWriteData(assessor);
insurerKey.grantRead(assessor);

const notifications = new cdk.NestedStack(processing, 'Notifications');
const notifier = new lambda.Function(notifications, 'Notifier', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'claims.notify',
  code: code(),
});
notifier.addEventSource(new sources.SqsEventSource(dlq));

const report = new lambda.Function(processing, 'NightlyReport', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'claims.report',
  code: code(),
  timeout: cdk.Duration.minutes(10),
  environment: { TABLE: claims.tableName },
});
claims.grantReadData(report);
new events.Rule(processing, 'Nightly', {
  schedule: events.Schedule.cron({ minute: '0', hour: '3' }),
  targets: [new targets.LambdaFunction(report)],
});

cdk.Tags.of(app).add('application', 'claims');
cdk.Tags.of(prod).add('stage', 'prod');
cdk.RemovalPolicies.of(data).retain({ applyToResourceTypes: ['AWS::DynamoDB::Table', 'AWS::SQS::Queue'] });

cdk.Aspects.of(app).add({
  visit(node) {
    if (node instanceof lambda.CfnFunction && node.tracingConfig === undefined) {
      node.addPropertyOverride('TracingConfig.Mode', 'Active');
      cdk.Annotations.of(node).addWarningV2('claims:tracing', 'tracing was off: turned on by the platform aspect');
    }
  },
}, { priority: cdk.AspectPriority.MUTATING });
cdk.Aspects.of(processing).add({
  visit(node) {
    if (node instanceof lambda.CfnFunction && node.reservedConcurrentExecutions === undefined) {
      cdk.Annotations.of(node).addInfo('no reserved concurrency');
    }
  },
}, { priority: cdk.AspectPriority.READONLY });
app.synth();
