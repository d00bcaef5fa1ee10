// bench workload (a), aws-cdk-lib half: N functions, 100 per stack, inline code, a timeout, one
// environment variable and (when BENCH_ALIAS=1) an alias "live" each.
// Usage: node synth.js N     (output directory: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));

const PER_STACK = 100;
const n = parseInt(process.argv[2] || '1', 10);
if (!(n >= 1)) {
  console.error('usage: node synth.js N (N >= 1)');
  process.exit(2);
}
const alias = process.env.BENCH_ALIAS === '1';

const app = new cdk.App();
let stack;
for (let i = 0; i < n; i++) {
  if (i % PER_STACK === 0) stack = new cdk.Stack(app, `Stack${Math.floor(i / PER_STACK)}`);
  const fn = new lambda.Function(stack, `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
    timeout: cdk.Duration.seconds(30),
    environment: { BENCH_VALUE: `value-${i}` },
  });
  if (alias) fn.addAlias('live');
}
app.synth();
