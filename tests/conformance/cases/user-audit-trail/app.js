// Conformance case 'user-audit-trail': an app as a CDK user writes it, not shaped to one feature:
// an orders function (a shared layer of another account, a database secret it reads, JSON logs
// into a log group of its own) whose audit records are streamed by a subscription filter to an
// auditor function (a dead-letter topic, reserved concurrency) and whose ERROR lines become a
// metric (a metric filter) with an alarm; the secret rotated every 30 days by a rotation function;
// the orders function's current version retained; an account-wide alarm on all functions' errors
// (Function.metricAllErrors) and one on throttles of the auditor.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const destinations = require('aws-cdk-lib/aws-logs-destinations');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const sns = require('aws-cdk-lib/aws-sns');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'AuditTrail', { description: 'orders with an audit trail' });

const shared = lambda.LayerVersion.fromLayerVersionArn(stack, 'PowertoolsLayer',
  'arn:aws:lambda:eu-central-1:999999999999:layer:shared-powertools:7');

const dbSecret = new secretsmanager.Secret(stack, 'DbCredentials', {
  description: 'orders database',
  // (keys in CloudFormation's order: a C struct has no literal order, and tree.json shows them
  // in the order given)
  generateSecretString: {
    excludePunctuation: true,
    generateStringKey: 'password',
    secretStringTemplate: JSON.stringify({ username: 'orders' }),
  },
});

const ordersLogs = new logs.LogGroup(stack, 'OrdersLogs', {
  retention: logs.RetentionDays.ONE_MONTH,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const orders = new lambda.Function(stack, 'Orders', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.orders',
  code: lambda.Code.fromAsset('src'),
  layers: [shared],
  logGroup: ordersLogs,
  loggingFormat: lambda.LoggingFormat.JSON,
  environment: { SECRET_ARN: dbSecret.secretArn },
  currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN, description: 'orders release' },
});
dbSecret.grantRead(orders);
orders.addAlias('current');

const deadLetters = new sns.Topic(stack, 'AuditDeadLetters', { displayName: 'audit dead letters' });
const auditor = new lambda.Function(stack, 'Auditor', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.audit',
  code: lambda.Code.fromAsset('src'),
  deadLetterTopic: deadLetters,
  reservedConcurrentExecutions: 5,
});
ordersLogs.addSubscriptionFilter('AuditRecords', {
  destination: new destinations.LambdaDestination(auditor),
  filterPattern: logs.FilterPattern.booleanValue('$.audit', true),
  filterName: 'audit-records',
});

const errorLines = ordersLogs.addMetricFilter('ErrorLines', {
  filterPattern: logs.FilterPattern.stringValue('$.level', '=', 'ERROR'),
  metricNamespace: 'Orders',
  metricName: 'ErrorLines',
  defaultValue: 0,
});
errorLines.metric({ statistic: 'Sum', period: cdk.Duration.minutes(5) }).createAlarm(stack, 'ErrorLinesAlarm', {
  threshold: 5,
  evaluationPeriods: 1,
});

const rotator = new lambda.Function(stack, 'Rotator', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.rotate',
  code: lambda.Code.fromAsset('src'),
  timeout: cdk.Duration.minutes(2),
});
dbSecret.addRotationSchedule('Rotation', {
  rotationLambda: rotator,
  automaticallyAfter: cdk.Duration.days(30),
});

new cloudwatch.Alarm(stack, 'AccountErrors', {
  metric: lambda.Function.metricAllErrors({ period: cdk.Duration.minutes(10) }),
  threshold: 10,
  evaluationPeriods: 2,
  alarmName: 'all-lambda-errors',
});
auditor.metricThrottles().createAlarm(stack, 'AuditorThrottled', {
  threshold: 1,
  evaluationPeriods: 1,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});
app.synth();
