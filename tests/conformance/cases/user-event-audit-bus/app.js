// Conformance case 'user-event-audit-bus': an app as a CDK user writes it, not shaped to one
// feature: an audit service in one stack (333333333333, ap-southeast-2). A custom event bus keeps
// an archive of its audit events, encrypted with the service's key. Three rules on the bus (by
// source, detail-type and a prefix of a detail field) run three Node.js 20 functions with retry
// limits and a shared dead-letter queue; two of them get a transformed input (an object with event
// fields, the event's detail), and the data-access rule also copies its events to an audit queue
// encrypted with the same key. A rule on the default bus runs a sweeper every five minutes. Every
// function has its own log group with a retention and an alarm on its errors; the bus's ARN and
// the rules' names are outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'EventAudit', {
  env: { account: '333333333333', region: 'ap-southeast-2' },
  description: 'Audit events bus and handlers',
});

const auditKey = new kms.Key(stack, 'AuditKey', {
  alias: 'alias/event-audit',
  description: 'audit archive and queue',
  enableKeyRotation: true,
});

const bus = new events.EventBus(stack, 'AuditBus', {
  eventBusName: 'audit-events',
  description: 'security and data audit events',
});
bus.archive('AuditArchive', {
  archiveName: 'audit-events-archive',
  description: 'every audit event, for replay',
  eventPattern: { source: ['com.example.auth', 'com.example.iam', 'com.example.data'] },
  retention: cdk.Duration.days(365),
  kmsKey: auditKey,
});

const deadLetters = new sqs.Queue(stack, 'AuditDeadLetters', {
  retentionPeriod: cdk.Duration.days(14),
});
const auditQueue = new sqs.Queue(stack, 'DataAccessQueue', {
  encryption: sqs.QueueEncryption.KMS,
  encryptionMasterKey: auditKey,
  visibilityTimeout: cdk.Duration.minutes(2),
});

function auditFunction(id, description, retention) {
  const logGroup = new logs.LogGroup(stack, `${id}Logs`, {
    retention,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  const fn = new lambda.Function(stack, id, {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(`exports.handler = async (event) => { console.log('${id}', JSON.stringify(event)); };`),
    description,
    timeout: cdk.Duration.seconds(15),
    logGroup,
  });
  fn.metricErrors({ period: cdk.Duration.minutes(5) }).createAlarm(stack, `${id}Errors`, {
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    alarmDescription: `${id} failed`,
  });
  return fn;
}

const loginAudit = auditFunction('LoginAudit', 'records employee logins', logs.RetentionDays.ONE_MONTH);
const permissionAudit = auditFunction('PermissionAudit', 'records IAM changes', logs.RetentionDays.ONE_YEAR);
const dataAccessAudit = auditFunction('DataAccessAudit', 'records production data reads', logs.RetentionDays.THREE_MONTHS);
const sweeper = auditFunction('AuditSweeper', 'closes stale audit sessions', logs.RetentionDays.ONE_WEEK);

const loginRule = new events.Rule(stack, 'LoginRule', {
  eventBus: bus,
  description: 'employee logins',
  eventPattern: {
    source: ['com.example.auth'],
    detailType: ['UserLogin'],
    detail: { userId: events.Match.prefix('emp-') },
  },
});
loginRule.addTarget(new targets.LambdaFunction(loginAudit, {
  retryAttempts: 2,
  maxEventAge: cdk.Duration.hours(1),
  deadLetterQueue: deadLetters,
  event: events.RuleTargetInput.fromObject({
    user: events.EventField.fromPath('$.detail.userId'),
    at: events.EventField.time,
    origin: events.EventField.source,
  }),
}));

const permissionRule = new events.Rule(stack, 'PermissionRule', {
  eventBus: bus,
  description: 'IAM permission changes',
  eventPattern: {
    source: ['com.example.iam'],
    detailType: ['PermissionChanged', 'RoleAssumed'],
    detail: { resource: events.Match.prefix('arn:aws:iam::') },
  },
  targets: [new targets.LambdaFunction(permissionAudit, {
    retryAttempts: 0,
    maxEventAge: cdk.Duration.minutes(30),
    deadLetterQueue: deadLetters,
  })],
});

const dataRule = new events.Rule(stack, 'DataAccessRule', {
  eventBus: bus,
  eventPattern: {
    source: ['com.example.data'],
    detailType: ['ObjectRead'],
    detail: { bucket: events.Match.prefix('prod-') },
  },
});
dataRule.addTarget(new targets.LambdaFunction(dataAccessAudit, {
  retryAttempts: 3,
  maxEventAge: cdk.Duration.hours(6),
  deadLetterQueue: deadLetters,
  event: events.RuleTargetInput.fromEventPath('$.detail'),
}));
dataRule.addTarget(new targets.SqsQueue(auditQueue, {
  retryAttempts: 5,
  deadLetterQueue: deadLetters,
  message: events.RuleTargetInput.fromText(`read of ${events.EventField.fromPath('$.detail.bucket')} by ${events.EventField.account}`),
}));

const sweepRule = new events.Rule(stack, 'SweepSchedule', {
  schedule: events.Schedule.rate(cdk.Duration.minutes(5)),
  description: 'audit session sweep',
});
sweepRule.addTarget(new targets.LambdaFunction(sweeper, { retryAttempts: 1 }));

new cdk.CfnOutput(stack, 'AuditBusArn', { value: bus.eventBusArn, exportName: 'AuditBusArn' });
new cdk.CfnOutput(stack, 'LoginRuleName', { value: loginRule.ruleName });
new cdk.CfnOutput(stack, 'PermissionRuleName', { value: permissionRule.ruleName });
new cdk.CfnOutput(stack, 'DataAccessRuleName', { value: dataRule.ruleName });
new cdk.CfnOutput(stack, 'SweepRuleName', { value: sweepRule.ruleName });
app.synth();
