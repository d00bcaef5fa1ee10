// Conformance case 'core-removal-policies': RemovalPolicies.of(scope) and
// MissingRemovalPolicies.of(scope) (aspects with priorities): a stack-wide destroy that spares
// tables, a queue's own retain below it (same priority: the child's runs last), a missing-only
// policy filtered by type, explicit priorities (the lower runs first, the later wins), a missing
// policy with a priority (aws-cdk-lib's warning); resources a construct made for you (roles, log
// retention, auto-delete provider, a nested stack's resource) are CfnResources too.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();

const dev = new cdk.Stack(app, 'Dev');
const fn = new lambda.Function(dev, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  logRetention: logs.RetentionDays.ONE_WEEK,
});
fn.currentVersion;
new s3.Bucket(dev, 'Uploads', { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
const queue = new sqs.Queue(dev, 'Queue');
new dynamodb.Table(dev, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
new logs.LogGroup(dev, 'Logs');
const nested = new cdk.NestedStack(dev, 'Nested');
new sqs.Queue(nested, 'NestedQueue');
cdk.RemovalPolicies.of(dev).destroy({ excludeResourceTypes: ['AWS::DynamoDB::Table'] });
cdk.RemovalPolicies.of(queue).retain();

const prod = new cdk.Stack(app, 'Prod');
new sqs.Queue(prod, 'Queue', { removalPolicy: cdk.RemovalPolicy.DESTROY });
new sqs.Queue(prod, 'Other');
new logs.LogGroup(prod, 'Logs');
new lambda.Function(prod, 'Fn', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(e, c):\n    return None\n'),
});
cdk.MissingRemovalPolicies.of(prod).retainOnUpdateOrDelete({ applyToResourceTypes: ['AWS::SQS::Queue', 'AWS::Lambda::Function'] });

const ordered = new cdk.Stack(app, 'Ordered');
new sqs.Queue(ordered, 'Queue');
new logs.LogGroup(ordered, 'Logs');
cdk.RemovalPolicies.of(ordered).retain({ priority: 300 });
cdk.RemovalPolicies.of(ordered).destroy({ priority: 100 });
cdk.MissingRemovalPolicies.of(ordered).destroy({ priority: 50 });
cdk.RemovalPolicies.of(ordered).apply(cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE, { applyToResourceTypes: ['AWS::Logs::LogGroup'], priority: 400 });
app.synth();
