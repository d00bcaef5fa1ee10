// Conformance case 'unit-logs-resource-policy': logs.ResourcePolicy, a stack per test: a log group's
// addToResourcePolicy of a statement without a principal (the group's "Policy"), one made directly
// with statements added to its document later (its PolicyName the unique id), its defaultChild (a
// Ref output), resourcePolicyName and policyStatements, a user ARN principal kept as it is (a log
// group's own would be an account id).
// Ported from aws-cdk: aws-logs/test/policy.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'AddToResourcePolicy');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  logGroup.addToResourcePolicy(new iam.PolicyStatement({ actions: ['logs:CreateLogStream'], resources: ['*'] }));
}
{
  const stack = new cdk.Stack(app, 'Direct');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  const resourcePolicy = new logs.ResourcePolicy(stack, 'ResourcePolicy');
  resourcePolicy.document.addStatements(new iam.PolicyStatement({
    actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
    principals: [new iam.ServicePrincipal('es.amazonaws.com')],
    resources: [logGroup.logGroupArn],
  }));
  new cdk.CfnOutput(stack, 'DefaultChild', { value: resourcePolicy.node.defaultChild.ref });
}
{
  const stack = new cdk.Stack(app, 'Props');
  new logs.ResourcePolicy(stack, 'Named', {
    resourcePolicyName: 'my-policy',
    policyStatements: [
      new iam.PolicyStatement({
        actions: ['logs:PutLogEvents'],
        principals: [new iam.ArnPrincipal('arn:aws:iam::123456789012:user/user-name')],
        resources: ['*'],
      }),
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream'],
        principals: [new iam.ServicePrincipal('delivery.logs.amazonaws.com')],
        resources: ['*'],
      }),
    ],
  });
}
app.synth();
