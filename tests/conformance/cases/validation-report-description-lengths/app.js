// Conformance case 'validation-report-description-lengths': validation-report.json (compared) on
// descriptions longer than a schema allows that no L2 refuses: release notes of 300 characters as a
// currentVersion's, an alias', a layer version's description (256 each: F3033), and a security
// group's (GroupDescription, 255); beside them descriptions of the same length that their schemas
// take (a function's of 256, an alarm's, a secret's, a parameter's, a key's, a rule's).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const events = require('aws-cdk-lib/aws-events');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const ssm = require('aws-cdk-lib/aws-ssm');
const kms = require('aws-cdk-lib/aws-kms');
const ec2 = require('aws-cdk-lib/aws-ec2');

const notes = 'Release 2026.12: '.padEnd(300, 'x');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'ReleaseNotes');
const fn = new lambda.Function(stack, 'Api', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  description: notes.slice(0, 256),
  currentVersionOptions: { description: notes },
});
new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, description: notes });
new lambda.LayerVersion(stack, 'Helpers', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  description: notes,
});
const vpc = new ec2.Vpc(stack, 'Vpc', {
  maxAzs: 1,
  natGateways: 0,
  subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  restrictDefaultSecurityGroup: false,
});
new ec2.SecurityGroup(stack, 'ApiSg', { vpc, description: notes });
new ec2.SecurityGroup(stack, 'WorkerSg', { vpc, description: notes.slice(0, 255) });
new cloudwatch.Alarm(stack, 'Errors', {
  metric: fn.metricErrors(), threshold: 1, evaluationPeriods: 1, alarmDescription: notes,
});
new events.Rule(stack, 'Nightly', { schedule: events.Schedule.rate(cdk.Duration.days(1)), description: notes });
new secretsmanager.Secret(stack, 'Secret', { description: notes });
new ssm.StringParameter(stack, 'Param', { stringValue: 'v', description: notes });
new kms.Key(stack, 'Key', { description: notes });
app.synth();
