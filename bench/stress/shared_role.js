// stress shape shared_role, aws-cdk-lib half: one role (stack "Shared", with one queue) shared by
// N functions in stacks of 100; each granted send (even) or consume (odd) on the queue and
// ssm:GetParameter on a parameter of its own (minimizePolicies on; stack resource limit off).
// Usage: node shared_role.js [N]   (default 1000; output: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const iam = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-iam'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));
const sqs = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-sqs'));

const PER_STACK = 100;
const n = parseInt(process.argv[2] || '1000', 10);
if (!(n >= 1)) {
  console.error('usage: node shared_role.js [N] (N >= 1)');
  process.exit(2);
}
const app = new cdk.App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true, '@aws-cdk/core:stackResourceLimit': 0 } });
const shared = new cdk.Stack(app, 'Shared');
const queue = new sqs.Queue(shared, 'Jobs');
const role = new iam.Role(shared, 'Runner', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
let stack;
for (let i = 0; i < n; i++) {
  if (i % PER_STACK === 0) stack = new cdk.Stack(app, `Stack${Math.floor(i / PER_STACK)}`);
  const fn = new lambda.Function(stack, `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
    role,
  });
  if (i % 2 === 0) queue.grantSendMessages(fn);
  else queue.grantConsumeMessages(fn);
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: ['ssm:GetParameter'],
    resources: [`arn:aws:ssm:us-east-1:123456789012:parameter/app/fn${i}`],
  }));
}
app.synth();
