// Conformance case 'unit-logs-log-group-resource-policy': a log group's resource policy (the
// logs.ResourcePolicy "Policy" of a JSON-string document) from grants and addToResourcePolicy, a
// stack per test: a service principal with conditions, an organization principal, a composite of
// a service and an account, two statements (one policy, unmerged), a group imported by a token
// name (Fn.importValue) granted to a service, an imported role of the same account (its own
// policy, no resource policy).
// Ported from aws-cdk: aws-logs/test/loggroup.test.ts ('grant to service principal' and neighbours).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'Conditions');
  const lg = new logs.LogGroup(stack, 'LogGroup');
  lg.grantWrite(new iam.ServicePrincipal('delivery.logs.amazonaws.com').withConditions({
    StringEquals: { 'aws:SourceAccount': '123456789012' },
  }));
}
{
  const stack = new cdk.Stack(app, 'Organization');
  const lg = new logs.LogGroup(stack, 'LogGroup');
  lg.grantRead(new iam.OrganizationPrincipal('o-1234567890'));
}
{
  const stack = new cdk.Stack(app, 'Composite');
  const lg = new logs.LogGroup(stack, 'LogGroup');
  lg.grantWrite(new iam.CompositePrincipal(new iam.ServicePrincipal('es.amazonaws.com'), new iam.AccountPrincipal('111122223333')));
}
{
  const stack = new cdk.Stack(app, 'TwoStatements');
  const lg = new logs.LogGroup(stack, 'LogGroup');
  lg.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['logs:PutLogEvents'], principals: [new iam.ServicePrincipal('es.amazonaws.com')], resources: [lg.logGroupArn],
  }));
  lg.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['logs:CreateLogStream'], principals: [new iam.ServicePrincipal('es.amazonaws.com')], resources: [lg.logGroupArn],
  }));
}
{
  const stack = new cdk.Stack(app, 'TokenImport');
  const lg = logs.LogGroup.fromLogGroupName(stack, 'Imported', cdk.Fn.importValue('GroupName'));
  lg.grantWrite(new iam.ServicePrincipal('es.amazonaws.com'));
  new cdk.CfnOutput(stack, 'Arn', { value: lg.logGroupArn });
}
{
  const stack = new cdk.Stack(app, 'ImportedRole');
  const lg = new logs.LogGroup(stack, 'LogGroup');
  lg.grantRead(iam.Role.fromRoleArn(stack, 'Role', `arn:aws:iam::${stack.account}:role/reader`));
}
app.synth();
