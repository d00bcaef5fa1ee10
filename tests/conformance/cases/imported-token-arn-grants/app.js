// Conformance case 'imported-token-arn-grants': grantInvoke on functions imported from an ARN that
// is a token, in a stack with an account. The import's env.account is then Fn::Select(4, Fn::Split
// (':', arn)), unresolved, which Grant.addToPrincipalOrResource never finds the same as the role's
// literal account: the role gets the policy and the function a Permission too (sameEnvironment
// lets the import take it; skipPermissions lets the other one go without). A literal ARN of the
// stack's own account with sameEnvironment gets the policy only.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const arn = new cdk.CfnParameter(stack, 'TargetArn', { type: 'String' });
const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

const same = lambda.Function.fromFunctionAttributes(stack, 'FromParameter', {
  functionArn: arn.valueAsString,
  sameEnvironment: true,
});
same.grantInvoke(role);

const skipped = lambda.Function.fromFunctionAttributes(stack, 'FromParameterSkipped', {
  functionArn: cdk.Fn.join(':', ['arn:aws:lambda:us-east-1', arn.valueAsString]),
  skipPermissions: true,
});
skipped.grantInvoke(role);

const literal = lambda.Function.fromFunctionAttributes(stack, 'Literal', {
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:local',
  sameEnvironment: true,
});
literal.grantInvoke(role);
app.synth();
