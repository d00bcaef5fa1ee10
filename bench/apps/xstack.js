// bench workload (e), aws-cdk-lib half: N functions in stacks of 10 that reference each other. A
// "Shared" stack holds a queue and a role; every function runs as the shared role, gets the
// queue's URL, and the functions of stack i > 0 get the name of stack i-1's first function.
// Usage: node xstack.js N     (output directory: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const iam = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-iam'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));
const sqs = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-sqs'));

const PER_STACK = 10;
const n = parseInt(process.argv[2] || '1', 10);
if (!(n >= 1)) {
  console.error('usage: node xstack.js N (N >= 1)');
  process.exit(2);
}

const app = new cdk.App();
const shared = new cdk.Stack(app, 'Shared');
const queue = new sqs.Queue(shared, 'Jobs');
const role = new iam.Role(shared, 'Runner', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
let stack, first, prevFirst;
for (let i = 0; i < n; i++) {
  if (i % PER_STACK === 0) {
    stack = new cdk.Stack(app, `Stack${Math.floor(i / PER_STACK)}`);
    prevFirst = first;
  }
  const environment = { BENCH_VALUE: `value-${i}`, QUEUE_URL: queue.queueUrl };
  if (prevFirst) environment.PREV = prevFirst.functionName;
  const fn = new lambda.Function(stack, `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
    timeout: cdk.Duration.seconds(30),
    role,
    environment,
  });
  if (i % PER_STACK === 0) first = fn;
}
app.synth();
