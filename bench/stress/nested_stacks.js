// stress shape nested_stacks, aws-cdk-lib half of nested_stacks.c: a parent stack with a queue and
// a role, N nested stacks under it with 10 functions each that run as the parent's role and get
// the parent's queue ARN (both passed as nested stack parameters).
// Usage: node nested_stacks.js [N]   (default 100; output: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));
const iam = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-iam'));
const sqs = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-sqs'));

const n = parseInt(process.argv[2] || '100', 10);
if (!(n >= 1)) {
  console.error('usage: node nested_stacks.js [N] (N >= 1)');
  process.exit(2);
}
const app = new cdk.App();
const parent = new cdk.Stack(app, 'Parent');
const queue = new sqs.Queue(parent, 'Jobs');
const role = new iam.Role(parent, 'Runner', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
for (let i = 0; i < n; i++) {
  const nested = new cdk.NestedStack(parent, `Nested${i}`);
  for (let j = 0; j < 10; j++) {
    new lambda.Function(nested, `Fn${j}`, {
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
      timeout: cdk.Duration.seconds(30),
      role,
      environment: { QUEUE_ARN: queue.queueArn },
    });
  }
}
app.synth();
