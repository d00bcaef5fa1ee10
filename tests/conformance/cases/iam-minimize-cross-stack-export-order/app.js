// Conformance case 'iam-minimize-cross-stack-export-order': under @aws-cdk/aws-iam:minimizePolicies
// (a flag `cdk init` writes), fourteen queues of a producer stack each grant sendMessages to one
// function of a consumer stack: the statements merge, and aws-cdk-lib's setMerge sorts their
// unresolved resources ("${Token[TOKEN.<n>]}" strings) before they resolve, which is the order the
// producer's exports are made in. ccdk's token numbers all have seven digits, so that order is the
// order the queues were made in, as aws-cdk-lib's is while its own numbers keep one width. Its
// counter starts at a random 0..9 and crossed 100 among the queues' tokens in about one fresh
// process of four (the last queue's export came first, "TOKEN.100" < "TOKEN.99"): the Lazy strings
// below take it past 100 first, and render nothing.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

for (let i = 0; i < 100; i++) cdk.Lazy.string({ produce: () => '' });
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
