// stress shape stack_chain, aws-cdk-lib half of stack_chain.c: N stacks in a chain; stack i holds
// two functions that get stack i-1's first function's ARN and role ARN in their environment
// (cross-stack references), and stack i depends on stack i-1 explicitly too.
// Usage: node stack_chain.js [N]   (default 200; output: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));

const n = parseInt(process.argv[2] || '200', 10);
if (!(n >= 1)) {
  console.error('usage: node stack_chain.js [N] (N >= 1)');
  process.exit(2);
}
const app = new cdk.App();
let prevStack, prevFn;
for (let i = 0; i < n; i++) {
  const stack = new cdk.Stack(app, `Stack${i}`);
  if (prevStack) stack.addDependency(prevStack);
  const env = prevFn ? { PREV_FN_ARN: prevFn.functionArn, PREV_ROLE_ARN: prevFn.role.roleArn } : undefined;
  let first;
  for (let j = 0; j < 2; j++) {
    const fn = new lambda.Function(stack, `Fn${j}`, {
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
      timeout: cdk.Duration.seconds(30),
      environment: env,
    });
    if (!first) first = fn;
  }
  prevStack = stack;
  prevFn = first;
}
app.synth();
