// Conformance case 'lambda-grant-invoke-statements'
// Upstream: aws-lambda/test/singleton-lambda.test.ts 'grantInvoke works correctly': the Grant's
// resourceStatement, resolved (here an output: JSON.stringify of stack.resolve(statement.toJSON()));
// with the principalStatement of a role's grant (no resourceStatement), a second equal grant (the
// cached Grant's statements) and a function of another account's role (both statements).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const out = (id, statement) => new cdk.CfnOutput(stack, id, {
  value: statement ? JSON.stringify(stack.resolve(statement.toJSON())) : 'none',
});

const singleton = new lambda.SingletonFunction(stack, 'Singleton', {
  uuid: '84c0de93-353f-4217-9b0b-45b6c993251a',
  code: new lambda.InlineCode('def hello(): pass'),
  runtime: lambda.Runtime.PYTHON_3_9,
  handler: 'index.hello',
});
const invokeResult = singleton.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
out('SingletonResource', invokeResult.resourceStatement);
out('SingletonPrincipal', invokeResult.principalStatement);

const fn = new lambda.Function(stack, 'Fn', {
  code: new lambda.InlineCode('foo'), runtime: lambda.Runtime.NODEJS_LATEST, handler: 'index.handler',
});
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const roleGrant = fn.grantInvoke(role);
out('RolePrincipal', roleGrant.principalStatement);
out('RoleResource', roleGrant.resourceStatement);
const again = fn.grantInvoke(role);
out('AgainPrincipal', again.principalStatement);

const otherRole = iam.Role.fromRoleArn(stack, 'OtherRole', 'arn:aws:iam::111111111111:role/other');
const otherGrant = fn.grantInvoke(otherRole);
out('OtherPrincipal', otherGrant.principalStatement);
out('OtherResource', otherGrant.resourceStatement);

const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'live', version: fn.currentVersion });
out('AliasResource', alias.grantInvoke(new iam.AccountPrincipal('222222222222')).resourceStatement);
app.synth();
