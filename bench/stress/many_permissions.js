// stress shape many_permissions, aws-cdk-lib half: in stack "Main", a function "Target" with N
// addPermission calls of distinct principals (s3 with source ARN and account, an account, events
// with a rule ARN, a role ARN, in turn) and a role "Invoker"; N functions in stacks of 100 each
// grantInvoke the role (stack resource limit off; minimizePolicies off: see many_permissions.c).
// Usage: node many_permissions.js [N]   (default 1000; output: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const iam = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-iam'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));

const PER_STACK = 100;
const n = parseInt(process.argv[2] || '1000', 10);
if (!(n >= 1)) {
  console.error('usage: node many_permissions.js [N] (N >= 1)');
  process.exit(2);
}
const pad11 = (i) => String(i).padStart(11, '0');
const app = new cdk.App({ context: { '@aws-cdk/core:stackResourceLimit': 0 } });
const main = new cdk.Stack(app, 'Main');
const target = new lambda.Function(main, 'Target', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
});
const invoker = new iam.Role(main, 'Invoker', { assumedBy: new iam.ServicePrincipal('states.amazonaws.com') });
for (let i = 0; i < n; i++) {
  const id = `Perm${i}`;
  switch (i % 4) {
    case 0:
      target.addPermission(id, {
        principal: new iam.ServicePrincipal('s3.amazonaws.com'),
        sourceArn: `arn:aws:s3:::bucket-${i}`, sourceAccount: '123456789012',
      });
      break;
    case 1:
      target.addPermission(id, { principal: new iam.AccountPrincipal(`2${pad11(i)}`) });
      break;
    case 2:
      target.addPermission(id, {
        principal: new iam.ServicePrincipal('events.amazonaws.com'),
        sourceArn: `arn:aws:events:us-east-1:123456789012:rule/rule-${i}`,
      });
      break;
    default:
      target.addPermission(id, { principal: new iam.ArnPrincipal(`arn:aws:iam::3${pad11(i)}:role/caller-${i}`) });
  }
}
let stack;
for (let i = 0; i < n; i++) {
  if (i % PER_STACK === 0) stack = new cdk.Stack(app, `Stack${Math.floor(i / PER_STACK)}`);
  const fn = new lambda.Function(stack, `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
  });
  fn.grantInvoke(invoker);
}
app.synth();
