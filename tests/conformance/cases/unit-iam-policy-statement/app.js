// Conformance case 'unit-iam-policy-statement': aws-iam policy-statement.test.ts, the documents of
// the 'from JSON' tests as they render (fromJson itself is not in ccdk): addActions,
// addAllResources, addCondition, an ArnPrincipal, notPrincipals, notActions, notResources; and
// repeated resources rendered as one scalar. Each document is a property of a Custom::Doc resource.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const put = (id, doc) => new cdk.CfnResource(stack, id, { type: 'Custom::Doc', properties: { Document: doc } });
const docOf = (s) => { const d = new iam.PolicyDocument(); d.addStatements(s); return d; };
{
  const s = new iam.PolicyStatement();
  s.addActions('service:action1', 'service:action2');
  s.addAllResources();
  s.addCondition('key', { equals: 'value' });
  put('NoPrincipal', docOf(s));
}
{
  const s = new iam.PolicyStatement();
  s.addActions('service:action1', 'service:action2');
  s.addAllResources();
  s.addArnPrincipal('somearn');
  s.addCondition('key', { equals: 'value' });
  put('GivenPrincipal', docOf(s));
}
{
  const s = new iam.PolicyStatement();
  s.addActions('service:action1', 'service:action2');
  s.addAllResources();
  s.addNotPrincipals(new iam.AnyPrincipal());
  s.addCondition('key', { equals: 'value' });
  put('NotPrincipal', docOf(s));
}
{
  const s = new iam.PolicyStatement();
  s.addNotActions('service:action3');
  s.addAllResources();
  put('NotAction', docOf(s));
}
{
  const s = new iam.PolicyStatement();
  s.addNotActions('service:action3', 'service:action4');
  s.addAllResources();
  put('NotActions', docOf(s));
}
{
  const s = new iam.PolicyStatement();
  s.addActions('service:action3', 'service:action4');
  s.addNotResources('resource1');
  put('NotResource', docOf(s));
}
{
  const s = new iam.PolicyStatement();
  s.addActions('service:action3', 'service:action4');
  s.addNotResources('resource1', 'resource2');
  put('NotResources', docOf(s));
}
{
  const s = new iam.PolicyStatement({ actions: ['aws:Action'] });
  s.addResources('asdf');
  s.addResources('asdf');
  s.addResources('asdf');
  put('IdenticalEntries', docOf(s));
}
{
  // principals added by method, twice the same object, and two of one ARN
  const p = new iam.ServicePrincipal('sqs');
  const s = new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] });
  s.addPrincipals(p, new iam.ArnPrincipal('arn:aws:iam::123456789012:root'));
  s.addPrincipals(p, new iam.ArnPrincipal('arn:aws:iam::123456789012:root'));
  const n = new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] });
  const any = new iam.AnyPrincipal();
  n.addNotPrincipals(any, new iam.AccountPrincipal('123456789012'));
  n.addNotPrincipals(any);
  put('AddPrincipals', new iam.PolicyDocument({ statements: [s, n] }));
}
app.synth();
