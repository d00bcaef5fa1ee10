// Conformance case 'error-grant-role-imported-other-account': a Role granted invoke on a function
// imported from another account: the identity policy is not enough (Grant.addToPrincipalOrResource
// compares accounts), addPermission cannot add the Permission, and FunctionBase.grant throws.
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/function.test.ts, describe('grantInvoke'):
// 'on an imported function (different account)', with a Role as the grantee.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '111111111111', region: 'us-east-1' } });
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const fn = lambda.Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:us-east-1:333333333333:function:other');
fn.grantInvoke(role);

app.synth();
