// Conformance case 'iam-role-from-role-name': roles imported with Role.fromRoleName: as the role of
// an imported function a queue grants to (the grant's Policy names the role as given), as a
// function's execution role, and granted invoke; in an environment-agnostic stack (the ARN's
// partition and account are tokens) and in one with an account. Ports aws-cdk
// packages/aws-cdk-lib/aws-lambda-event-sources/test/sqs.test.ts, 'policy added to imported function role'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
for (const [name, env] of [['AgnosticStack', undefined], ['EnvStack', { account: '123456789012', region: 'eu-west-1' }]]) {
  const stack = new cdk.Stack(app, name, { env });
  const role = iam.Role.fromRoleName(stack, 'Role', 'my-role');
  const imported = lambda.Function.fromFunctionAttributes(stack, 'Imported', {
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f',
    role,
  });
  const queue = new sqs.Queue(stack, 'Queue');
  queue.grantConsumeMessages(imported);
  const fn = new lambda.Function(stack, 'Function', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('foo'),
    role: iam.Role.fromRoleName(stack, 'ExecRole', 'service-role/exec-role'),
  });
  fn.grantInvoke(iam.Role.fromRoleName(stack, 'Caller', 'caller'));
  new cdk.CfnOutput(stack, 'RoleArn', { value: role.roleArn });
  new cdk.CfnOutput(stack, 'RoleName', { value: role.roleName });
}
app.synth();
