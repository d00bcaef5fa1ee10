// Conformance case 'iam-lambda-policy-overflow': one function granted send/consume on 30 SQS queues
// and read/write on 30 DynamoDB tables (10 of them in another stack: cross-stack ARNs), and X-Ray
// tracing: its role's DefaultPolicy overflows into OverflowPolicy managed policies (Role's
// splitLargePolicy), which the function depends on. A second function with a few grants keeps its
// policy inline.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const data = new cdk.Stack(app, 'Data');
const stack = new cdk.Stack(app, 'Service');
const fn = (id, props) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  ...props,
});
const big = fn('Worker', { tracing: lambda.Tracing.ACTIVE });
const small = fn('Small');
for (let i = 0; i < 30; i++) {
  const q = new sqs.Queue(stack, `Queue${i}`);
  q.grantSendMessages(big);
  q.grantConsumeMessages(big);
  if (i < 2) q.grantSendMessages(small);
}
for (let i = 0; i < 30; i++) {
  const t = new dynamodb.Table(i < 10 ? data : stack, `Table${i}`, { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
  t.grantReadWriteData(big);
  if (i === 20) t.grantReadData(small);
}
app.synth();
