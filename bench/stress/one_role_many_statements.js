// stress shape one_role_many_statements, aws-cdk-lib half: one function whose role gets N
// statements through fn.addToRolePolicy (half distinct actions on distinct resources, half
// sqs:SendMessage on a distinct queue ARN each, merged under @aws-cdk/aws-iam:minimizePolicies).
// Usage: node one_role_many_statements.js [N]   (default 500; output: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const iam = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-iam'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));

const n = parseInt(process.argv[2] || '500', 10);
if (!(n >= 1)) {
  console.error('usage: node one_role_many_statements.js [N] (N >= 1)');
  process.exit(2);
}
const app = new cdk.App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
const stack = new cdk.Stack(app, 'Stack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
});
for (let i = 0; i < n; i++) {
  const half = i < Math.floor(n / 2);
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: [half ? `s3:GetObjectVersion${i}` : 'sqs:SendMessage'],
    resources: [half ? `arn:aws:s3:::bucket-${i}/*` : `arn:aws:sqs:us-east-1:123456789012:queue-${i}`],
  }));
}
app.synth();
