// Conformance case 'unit-iam-policy-document': aws-iam policy-document.test.ts, the tests no other
// case had: each document a property of a Custom::Doc resource, each value read back (hasResource,
// hasPrincipal, statementCount, validateForResourcePolicy) an output. The DOM test (NotResource, Deny,
// NotAction, NotPrincipal), a lazy action left unvalidated, an empty document (no property),
// addFederatedPrincipal, AnyPrincipal and addAnyPrincipal, duplicates dropped by add*, CompositePrincipal
// (one part; in a trust policy with a part's conditions; addPrincipals merged with the statement's own;
// a part with another assumeRoleAction), PrincipalWithConditions (both sides' conditions, addCondition
// after, the original untouched, operators merged, a lazy operator value, values overwritten),
// duplicate statements (with lazy values too), assignSids, props equal to mutations, addCondition then
// addAccountCondition on one operator. ('Anyone' is the deprecated AnyPrincipal: ccdk has only the latter.)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const put = (id, doc) => new cdk.CfnResource(stack, id, { type: 'Custom::Doc', properties: { Document: doc } });
const docOf = (...ss) => { const d = new iam.PolicyDocument(); d.addStatements(...ss); return d; };
const out = (id, value) => new cdk.CfnOutput(stack, id, { value: String(value) });
{ // 'the PolicyDocument class is a dom for iam policy documents'
  const p1 = new iam.PolicyStatement();
  p1.addActions('sqs:SendMessage');
  p1.addNotResources('arn:aws:sqs:us-east-1:123456789012:forbidden_queue');
  const p2 = new iam.PolicyStatement();
  p2.effect = iam.Effect.DENY;
  p2.addActions('cloudformation:CreateStack');
  const p3 = new iam.PolicyStatement();
  p3.effect = iam.Effect.ALLOW;
  p3.addNotActions('cloudformation:UpdateTerminationProtection');
  const p4 = new iam.PolicyStatement();
  p4.effect = iam.Effect.DENY;
  p4.addNotPrincipals(new iam.CanonicalUserPrincipal('OnlyAuthorizedUser'));
  put('Dom', docOf(p1, p2, p3, p4));
}
{ // 'Does not validate unresolved tokens'
  put('LazyAction', docOf(new iam.PolicyStatement({ actions: [`${cdk.Lazy.string({ produce: () => 'sqs:sendMessage' })}`] })));
}
{ // 'Permission allows specifying multiple actions upon construction'
  const perm = new iam.PolicyStatement();
  perm.addResources('MyResource');
  perm.addActions('service:Action1', 'service:Action2', 'service:Action3');
  put('MultipleActions', docOf(perm));
}
{ // 'PolicyDoc resolves to undefined if there are no permissions'
  put('EmptyDoc', new iam.PolicyDocument());
}
{ // 'addFederatedPrincipal adds a Federated principal with the passed value'
  const p = new iam.PolicyStatement();
  p.addFederatedPrincipal('com.amazon.cognito', { StringEquals: { key: 'value' } });
  put('Federated', docOf(p));
}
{ // hasResource
  out('HasResourceNone', new iam.PolicyStatement().hasResource);
  out('HasResourceOne', new iam.PolicyStatement({ resources: ['one-resource'] }).hasResource);
  const p = new iam.PolicyStatement();
  p.addResources('r1');
  p.addResources('r2');
  out('HasResourceTwo', p.hasResource);
}
{ // hasPrincipal
  out('HasPrincipalNone', new iam.PolicyStatement().hasPrincipal);
  const p = new iam.PolicyStatement();
  p.addArnPrincipal('bla');
  out('HasPrincipalArn', p.hasPrincipal);
  const q = new iam.PolicyStatement();
  q.addNotPrincipals(new iam.CanonicalUserPrincipal('test'));
  out('HasPrincipalNot', q.hasPrincipal);
}
{ // 'statementCount returns the number of statement in the policy document'
  const p = new iam.PolicyDocument();
  out('Count0', p.statementCount);
  p.addStatements(new iam.PolicyStatement({ actions: ['service:action1'] }));
  out('Count1', p.statementCount);
  p.addStatements(new iam.PolicyStatement({ actions: ['service:action2'] }));
  out('Count2', p.statementCount);
  p.addStatements(new iam.PolicyStatement({ actions: ['service:action2'] }));
  out('Count3', p.statementCount);
}
{ // '{ AWS: "*" } principal': AnyPrincipal and addAnyPrincipal
  const s = new iam.PolicyStatement();
  s.addAnyPrincipal();
  put('AnyPrincipal', docOf(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()] })));
  put('AddAnyPrincipal', docOf(s));
}
{ // 'addResources()/addActions() will not add duplicates' and the Not* ones
  const s = new iam.PolicyStatement();
  s.addActions('service:a');
  s.addActions('service:a');
  s.addResources('x');
  s.addResources('x');
  const n = new iam.PolicyStatement();
  n.addNotActions('service:a');
  n.addNotActions('service:a');
  n.addNotResources('x');
  n.addNotResources('x');
  put('NoDuplicates', docOf(s));
  put('NoNotDuplicates', docOf(n));
}
{ // CompositePrincipal 'with a single principal'
  const s = new iam.PolicyStatement();
  s.addPrincipals(new iam.CompositePrincipal(new iam.ArnPrincipal('i:am:an:arn')));
  put('CompositeSingle', docOf(s));
}
{ // 'conditions are allowed in an assumerolepolicydocument'
  new iam.Role(stack, 'CompositeRole', {
    assumedBy: new iam.CompositePrincipal(
      new iam.ArnPrincipal('i:am'),
      new iam.FederatedPrincipal('federated', { StringEquals: { 'aws:some-key': 'some-value' } }),
    ),
  });
}
{ // 'principals and conditions are a big nice merge'
  const p = new iam.CompositePrincipal(new iam.ArnPrincipal('i:am:an:arn'), new iam.ServicePrincipal('amazon.com'));
  p.addPrincipals(new iam.AnyPrincipal(), new iam.ServicePrincipal('another.service'));
  const s = new iam.PolicyStatement();
  s.addPrincipals(p);
  s.addArnPrincipal('aws-principal-3');
  s.addCondition('cond2', { boom: '123' });
  put('CompositeMerge', docOf(s));
  // a composite grown after a statement took it: the statement keeps what it was
  const c = new iam.CompositePrincipal(new iam.ArnPrincipal('before'));
  const t = new iam.PolicyStatement({ actions: ['service:action'], principals: [c] });
  c.addPrincipals(new iam.ArnPrincipal('after'));
  const u = new iam.PolicyStatement({ actions: ['service:other'], principals: [c] });
  put('CompositeGrown', docOf(t, u));
}
{ // 'can mix types of assumeRoleAction in a single composite'
  new iam.Role(stack, 'MixedRole', {
    assumedBy: new iam.CompositePrincipal(new iam.ArnPrincipal('arn'), new iam.FederatedPrincipal('fed', {}, 'sts:Boom')),
  });
}
{ // 'includes conditions from both the wrapped principal and the wrapper'
  const p = new iam.ServicePrincipal('s3.amazonaws.com')
    .withConditions({ BinaryEquals: { 'principal-key': 'SGV5LCBmcmllbmQh' } })
    .withConditions({ StringEquals: { 'wrapper-key': ['val-1', 'val-2'] } });
  const s = new iam.PolicyStatement();
  s.addPrincipals(p);
  put('WrapperConditions', docOf(s));
}
{ // 'conditions from addCondition are merged with those from the principal'
  const p = new iam.AccountPrincipal('012345678900').withConditions({ StringEquals: { key: 'val' } });
  const s = new iam.PolicyStatement();
  s.addPrincipals(p);
  s.addCondition('Null', { 'banned-key': 'true' });
  put('AddConditionAfter', docOf(s));
}
{ // 'adding conditions via `withConditions` does not affect the original principal'
  const original = new iam.ArnPrincipal('iam:an:arn');
  const wrapped = original.withConditions({ StringEquals: { key: 'val' } });
  put('OriginalUntouched', docOf(
    new iam.PolicyStatement({ actions: ['service:a'], principals: [original] }),
    new iam.PolicyStatement({ actions: ['service:b'], principals: [wrapped] })));
}
{ // 'conditions are merged when operators conflict'
  const p = new iam.FederatedPrincipal('fed', {
    OperatorOne: { 'fed-key': 'fed-val' },
    OperatorTwo: { 'fed-key': 'fed-val' },
    OperatorThree: { 'fed-key': 'fed-val' },
  }).withConditions({
    OperatorTwo: { 'with-key': 'with-val' },
    OperatorThree: { 'with-key': 'with-val' },
  });
  const s = new iam.PolicyStatement();
  s.addCondition('OperatorThree', { 'add-key': 'add-val' });
  s.addPrincipals(p);
  put('OperatorsMerged', docOf(s));
}
{ // 'tokens can be used in conditions'
  const p = new iam.ArnPrincipal('arn:of:principal').withConditions({
    StringEquals: cdk.Lazy.any({ produce: () => ({ goo: 'zar' }) }),
  });
  const s = new iam.PolicyStatement();
  s.addPrincipals(p);
  put('LazyCondition', docOf(s));
}
{ // 'values passed to `withConditions` overwrite values from the wrapped principal when keys conflict'
  const p = new iam.FederatedPrincipal('fed', { Operator: { key: 'p-val' } }).withConditions({ Operator: { key: 'with-val' } });
  const s = new iam.PolicyStatement();
  s.addPrincipals(p);
  put('ValuesOverwritten', docOf(s));
}
{ // duplicate statements 'without tokens'
  const p = new iam.PolicyDocument();
  const s = new iam.PolicyStatement();
  s.addResources('resource1', 'resource2');
  s.addActions('service:action1', 'service:action2');
  s.addServicePrincipal('service');
  s.addConditions({ a: { b: 'c' }, d: { e: 'f' } });
  p.addStatements(s);
  p.addStatements(s);
  p.addStatements(s);
  put('DuplicatesWithoutTokens', p);
}
{ // duplicate statements 'with tokens'
  const p = new iam.PolicyDocument();
  const s1 = new iam.PolicyStatement();
  s1.addResources(cdk.Lazy.string({ produce: () => 'resource' }));
  s1.addActions(cdk.Lazy.string({ produce: () => 'service:action' }));
  const s2 = new iam.PolicyStatement();
  s2.addResources(cdk.Lazy.string({ produce: () => 'resource' }));
  s2.addActions(cdk.Lazy.string({ produce: () => 'service:action' }));
  p.addStatements(s1);
  p.addStatements(s2);
  put('DuplicatesWithTokens', p);
}
{ // 'autoAssignSids enables auto-assignment of a unique SID for each statement'
  const doc = new iam.PolicyDocument({ assignSids: true });
  for (let i = 0; i < 4; i++) doc.addStatements(new iam.PolicyStatement({ actions: ['service:action1'], resources: ['resource1'] }));
  doc.addStatements(new iam.PolicyStatement({ actions: ['service:action2'], resources: ['resource2'] }));
  put('AssignSids', doc);
}
{ // 'constructor args are equivalent to mutating in-place'
  const s = new iam.PolicyStatement();
  s.addActions('service:action1', 'service:action2');
  s.addAllResources();
  s.addArnPrincipal('arn');
  s.addCondition('key', { equals: 'value' });
  put('Mutated', docOf(s));
  put('Constructed', docOf(new iam.PolicyStatement({
    actions: ['service:action1', 'service:action2'],
    resources: ['*'],
    principals: [new iam.ArnPrincipal('arn')],
    conditions: { key: { equals: 'value' } },
  })));
}
{ // 'adding another condition with the same operator does not delete the original'
  const p = new iam.PolicyStatement();
  p.addCondition('StringEquals', { 'kms:ViaService': 'service' });
  p.addAccountCondition('12221121221');
  put('SameOperator', docOf(p));
}
{ // 'validation error if policy statement has no actions' / '... has no principals specified'
  out('NoActions', new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()] }).validateForResourcePolicy().join('|'));
  out('NoPrincipals', new iam.PolicyStatement({ actions: ['*'] }).validateForResourcePolicy().join('|'));
}
app.synth();
