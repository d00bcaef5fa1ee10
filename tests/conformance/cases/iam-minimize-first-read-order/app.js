// Conformance case 'iam-minimize-first-read-order': under @aws-cdk/aws-iam:minimizePolicies a role of
// a consumer stack is granted access to the buckets, queues, a topic, a table, a log group, a
// function and its alias of a producer stack, in another order than they were made. The statements
// merge, and setMerge sorts their unresolved resources ("${Token[TOKEN.<n>]}" strings): aws-cdk-lib
// numbers an attribute of a memoized getter (bucket.bucketArn, fn.functionArn, alias.functionArn,
// ...) when it is first read, here by the grant, not when its construct is made. The merged lists
// follow the order of the grants, and so do the producer's exports (made as the consumer's
// references are met). The Lazy strings first make aws-cdk-lib's counter (which starts at a random
// 0..9) pass 100 before any of this app's tokens, so that its numbers keep one width (a power of ten
// crossed among them would sort "TOKEN.1000" before "TOKEN.999"); they render nothing.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

for (let i = 0; i < 100; i++) cdk.Lazy.string({ produce: () => '' });
const app = new cdk.App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
const producer = new cdk.Stack(app, 'Producer');
const consumer = new cdk.Stack(app, 'Consumer');
const b0 = new s3.Bucket(producer, 'B0');
const b1 = new s3.Bucket(producer, 'B1');
const b2 = new s3.Bucket(producer, 'B2');
const q0 = new sqs.Queue(producer, 'Q0');
const q1 = new sqs.Queue(producer, 'Q1');
const topic = new sns.Topic(producer, 'T');
const table = new dynamodb.Table(producer, 'Tb', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
const logGroup = new logs.LogGroup(producer, 'Lg');
const fn = new lambda.Function(producer, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const alias = fn.addAlias('live');
const role = new iam.Role(consumer, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
b2.grantRead(role);
b0.grantRead(role);
alias.grantInvoke(role);
q1.grantSendMessages(role);
fn.grantInvoke(role);
b1.grantRead(role);
q0.grantSendMessages(role);
logGroup.grantWrite(role);
topic.grantPublish(role);
table.grantReadData(role);
app.synth();
