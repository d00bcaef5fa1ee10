// bench workload (e), aws-cdk-lib half: N functions, 50 per stack, sharing N/10 small asset
// directories (Code.fromAsset: AssetStaging's cache stages each directory once), each with a DLQ,
// its currentVersion and an alias "live" with provisioned concurrency and auto scaling on
// utilization, a Function URL with CORS, and an SQS queue as its event source.
// Usage: node shared_asset.js N DIRS   (DIRS holds d0, d1, ...; output: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));
const sqs = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-sqs'));
const sources = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda-event-sources'));

const n = parseInt(process.argv[2] || '1', 10);
const dirs = process.argv[3];
if (!(n >= 1) || !dirs) {
  console.error('usage: node shared_asset.js N DIRS (N >= 1)');
  process.exit(2);
}
const ndirs = Math.max(1, Math.floor(n / 10));
const PER_STACK = 50;

// 50 functions make ~650 resources a stack (the bench is not deployed): aws-cdk-lib's limit off
const app = new cdk.App({ context: { '@aws-cdk/core:stackResourceLimit': 0 } });
let stack;
for (let i = 0; i < n; i++) {
  if (i % PER_STACK === 0) stack = new cdk.Stack(app, `Stack${i / PER_STACK}`);
  const fn = new lambda.Function(stack, `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(dirs, `d${i % ndirs}`)),
    timeout: cdk.Duration.seconds(30),
    deadLetterQueueEnabled: true,
  });
  const alias = fn.addAlias('live', { provisionedConcurrentExecutions: 1 });
  alias.addAutoScaling({ minCapacity: 1, maxCapacity: 10 }).scaleOnUtilization({ utilizationTarget: 0.7 });
  fn.addFunctionUrl({
    authType: lambda.FunctionUrlAuthType.NONE,
    cors: {
      allowedOrigins: ['https://example.com'],
      allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.POST],
      allowedHeaders: ['Content-Type'],
      maxAge: cdk.Duration.hours(1),
    },
  });
  const queue = new sqs.Queue(stack, `Queue${i}`);
  fn.addEventSource(new sources.SqsEventSource(queue, { batchSize: 10 }));
}
app.synth();
