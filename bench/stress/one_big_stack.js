// stress shape one_big_stack, aws-cdk-lib half of one_big_stack.c: N functions in ONE stack, each
// with inline code, a timeout, an environment variable of its own and an alias "live" of its
// currentVersion; stackResourceLimit off.
// Usage: node one_big_stack.js [N]   (default 2000; output: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));

const n = parseInt(process.argv[2] || '2000', 10);
if (!(n >= 1)) {
  console.error('usage: node one_big_stack.js [N] (N >= 1)');
  process.exit(2);
}
const app = new cdk.App({ context: { '@aws-cdk/core:stackResourceLimit': 0 } });
const stack = new cdk.Stack(app, 'BigStack');
for (let i = 0; i < n; i++) {
  const fn = new lambda.Function(stack, `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
    timeout: cdk.Duration.seconds(30),
    environment: { BENCH_VALUE: `value-${i}` },
  });
  fn.addAlias('live');
}
app.synth();
