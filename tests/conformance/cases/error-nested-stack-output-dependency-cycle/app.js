// Conformance case 'error-nested-stack-output-dependency-cycle': a Function in a nested stack with the
// Role of another stack and a dead-letter queue of its own nested stack. The role's policy (in
// RoleStack) reads the queue's ARN through the nested stack's output, and the function reads the
// role's ARN: the cycle's message names that reference by its display name, the output's logical id
// token "Outputs.${Token[<hint>.LogicalID.<n>]}", the hint the output's path (over 100 characters
// here: cut to its first and last 47 around "...") with '/' made '.'. The runner reads <n> as N.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const roleStack = new cdk.Stack(app, 'RoleStack');
const role = new iam.Role(roleStack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const functionStack = new cdk.Stack(app, 'FunctionStack');
const nested = new cdk.NestedStack(functionStack, 'NestedStackWithAnIdLongEnoughToCutTheHint');
const queue = new sqs.Queue(nested, 'Queue');
new lambda.Function(nested, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  role,
  deadLetterQueue: queue,
});
app.synth();
