// Conformance case 'user-nightly-cleanup': an app as a CDK user writes it, not shaped to a feature:
// a nightly job (03:15 UTC, through the `prod` alias of its current version) deletes expired
// sessions from a table and reports to an operators' topic; its own log group is kept a month and
// goes with the stack; the operators' automation account may publish to the topic too.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const logs = require('aws-cdk-lib/aws-logs');
const sns = require('aws-cdk-lib/aws-sns');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'NightlyCleanup');

const sessions = new dynamodb.Table(stack, 'Sessions', {
  partitionKey: { name: 'userId', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'expiresAt', type: dynamodb.AttributeType.NUMBER },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
});
const reports = new sns.Topic(stack, 'Reports', { displayName: 'Nightly cleanup reports' });
reports.grantPublish(new iam.AccountPrincipal('222222222222'));

const cleanup = new lambda.Function(stack, 'Cleanup', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"deleted": 0}\n'),
  memorySize: 512,
  timeout: cdk.Duration.minutes(5),
  reservedConcurrentExecutions: 1,
  environment: { TABLE_NAME: sessions.tableName },
  logGroup: new logs.LogGroup(stack, 'CleanupLogs', {
    retention: logs.RetentionDays.ONE_MONTH,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  }),
});
cleanup.addEnvironment('REPORT_TOPIC', reports.topicArn);
sessions.grantReadWriteData(cleanup);
reports.grantPublish(cleanup);
const prod = new lambda.Alias(stack, 'Prod', { aliasName: 'prod', version: cleanup.currentVersion });

new events.Rule(stack, 'Nightly', {
  schedule: events.Schedule.cron({ minute: '15', hour: '3' }),
  targets: [new targets.LambdaFunction(prod, { retryAttempts: 2 })],
});
app.synth();
