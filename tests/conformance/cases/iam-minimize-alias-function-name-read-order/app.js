// Conformance case 'iam-minimize-alias-function-name-read-order': under @aws-cdk/aws-iam:minimizePolicies
// a role of a consumer stack gets one statement per attribute of two functions and their aliases in a
// producer stack, read in another order than they were made. alias.functionName is a @memoizedGetter
// whose value splits alias.functionArn (itself memoized): its first read numbers the ARN's token and
// then its own, so the merged statement's resources and the producer's exports follow those reads. The
// Lazy strings make aws-cdk-lib's counter (a random start of 0..9) pass 100 first, so its numbers keep
// one width.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

for (let i = 0; i < 100; i++) cdk.Lazy.string({ produce: () => '' });
const app = new cdk.App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
const producer = new cdk.Stack(app, 'Producer');
const consumer = new cdk.Stack(app, 'Consumer');
const fn = (id) => new lambda.Function(producer, id, {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const fn1 = fn('Fn1');
const fn2 = fn('Fn2');
const a1 = fn1.addAlias('live');
const a2 = fn2.addAlias('live');
const role = new iam.Role(consumer, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
for (const resource of [
  fn2.functionArn,
  a2.functionName,
  a1.functionArn,
  fn1.functionArn,
  a1.functionName,
  a2.functionArn,
]) {
  role.addToPolicy(new iam.PolicyStatement({ actions: ['lambda:GetFunction'], resources: [resource] }));
}
app.synth();
