// Conformance case 'iam-minimize-cross-stack-export-order': under @aws-cdk/aws-iam:minimizePolicies
// (a flag `cdk init` writes), fourteen queues of a producer stack each grant sendMessages to one
// function of a consumer stack: the statements merge, and aws-cdk-lib's setMerge sorts their
// unresolved resources ("${Token[TOKEN.<n>]}" strings) before they resolve, which is the order the
// producer's exports are made in. ccdk's token numbers all have seven digits, so that order is the
// order the queues were made in, as aws-cdk-lib's is while its own numbers keep one width.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
const producer = new cdk.Stack(app, 'Producer');
const consumer = new cdk.Stack(app, 'Consumer');
const fn = new lambda.Function(consumer, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
for (let i = 0; i < 14; i++) new sqs.Queue(producer, `Q${i}`).grantSendMessages(fn);
app.synth();
